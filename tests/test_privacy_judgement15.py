"""Privacy judgement, fifteenth round (issue 19): the classes of error privacy blind12 showed once opened for
development, and the misses a review of privacy14 found. A relative in a state with an adverb between ("con còn đang
sốt", "vợ vẫn bị ra máu"); the asker described without "tôi" (a profile asking for advice, a pregnancy counted, a
loan of one's own from an app); a pawn and its redemption as money. Every sentence was written for this file, not
taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, answered_locally, forwarded
from luytre.sovereignty.privacy_gate import screen_text


def _found(gate, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]


def _hidden_from_expert(gate, text: str, value: str) -> bool:
    redaction = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False).redaction
    return redaction is not None and value not in redaction.text


# -- a relative in a state, an adverb of time between -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Con còn đang sốt 38 độ rưỡi, tối nay có cho đi học thêm được không?",
    "Vợ còn đang mang thai 10 tuần mà thấy ra máu, có phải đi viện ngay không?",
    "chong van dang bi ho ra mau, co can chup phoi ko",
    "Bé 4 tháng vẫn bị sốt về đêm thì làm sao",
    "ck cu bi dau da day hoai, uong thuoc gi",
    "Bà nội vẫn đang nằm viện, mua bảo hiểm gì cho bà được",
])
def test_a_relative_in_a_state_with_an_adverb_between_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "Còn đang sốt thì có nên tiêm phòng cúm không?",  # "còn": still, nobody's kin
    "Trẻ con còn đang bị sốt có nên tắm nước ấm không?",  # children in general
    "Nếu con vẫn bị sốt sau 3 ngày thì phải làm gì?",  # a case put
])
def test_still_or_children_in_general_are_no_relative(gate, text):
    assert forwarded(gate, text) == "allow"


# -- the asker described without "tôi" ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nữ 28 tuổi, cần tư vấn về kinh nguyệt không đều",
    "nam 35t can hoi ve benh gout",
    "Bầu 7 tháng cần ăn gì cho con tăng cân",
    "mang bau 20w bi phu chan co sao ko",
    "Đang bầu 12 tuần đau bụng lâm râm có sao không",
    "Vay 50 triệu app giờ không trả có bị bắt không",
    "no 30tr tin dung den khong tra duoc co sao khong",
])
def test_the_asker_described_without_a_pronoun_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "Nam 30 tuổi cần khám sức khỏe những gì?",  # a case put
    "Phụ nữ mang thai cần bổ sung sắt từ tuần thứ mấy?",
    "Bầu 3 tháng đầu có nên uống nước dừa không?",  # a trimester
    "Vay 50 triệu app không trả thì có bị bắt không?",  # a case put with "thì"
    "Vay app không trả có bị bắt không?",
])
def test_a_case_put_is_no_asker(gate, text):
    assert forwarded(gate, text) == "allow"


# -- a pawn and its redemption -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tôi cầm xe Vision ở tiệm, quá hạn 2 ngày còn chuộc được không?",
    "em cam so do o tiem roi, gio chuoc lai can giay to gi",
    "Mẹ tôi cầm cố nhẫn cưới, tiền chuộc tính lãi thế nào?",
])
def test_a_pawn_of_ones_own_is_sensitive(gate, text):
    assert "finance" in screen_text(gate.scanner, text).categorization.sensitive
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Cấm xe tải vào nội thành từ mấy giờ?",  # "cấm xe", folded like "cầm xe"
    "Tiệm cầm đồ có mở buổi tối không?",  # a topic, nobody's
])
def test_forbidding_or_a_pawnshop_asked_about_is_nobodys(gate, text):
    assert forwarded(gate, text) == "allow"
