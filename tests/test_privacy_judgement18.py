"""Privacy judgement, eighteenth round (fixpriv17): classes from the review of privacy17 and from trying the product.
A birth date with the month's name between separators; "ID" a passport's cue only right before the value; a ward's
rule asked of a placed patient read with an allow-list; one coordinate rule; a person located through their number,
plate or account. Every input here is written for this file as a variant of a class, not copied from the labelled
sets (tests/data/privacy).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PEER, answered_locally, assert_refused_lookup, forwarded
from luytre.sovereignty.privacy_gate import screen_text


def _found(gate, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]


# -- 1: a date of birth with the month's name between separators -------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Ngày sinh 30-Sep-1994, làm hộ chiếu ở đâu?", "30-Sep-1994"),
    ("DOB 5/Aug/55, cần tiêm nhắc lại không", "5/Aug/55"),
    ("sinh ngày 1994-Sep-30 thì năm nay bao nhiêu tuổi", "1994-Sep-30"),
    ("born 30.Sept.1994, need a visa", "30.Sept.1994"),
    ("date of birth: 12 - March - 2001", "12 - March - 2001"),
    ("sn 07/jan/88 bị tiểu đường", "07/jan/88"),
    ("Birthday 2003.Dec.1", "2003.Dec.1"),
])
def test_a_birth_date_with_a_month_name_between_separators_is_read(gate, text, value):
    assert ("DOB", value) in _found(gate, text)


@pytest.mark.parametrize("text", [
    "sinh nhật 12-Mayday vui không",  # no month: "Mayday"
    "ngày sinh 12-marketing-2020",  # "mar…" is no month when more letters follow
    "Hạn nộp hồ sơ 30-Sep-2024 phải không?",  # a month's name, no birth cue
])
def test_a_month_like_word_or_an_uncued_date_is_no_birth_date(gate, text):
    assert not [kind for kind, _ in _found(gate, text) if kind == "DOB"]


# -- 2 / finding 7: "ID" is a passport's cue only right before the value -----------------------------------------
@pytest.mark.parametrize("text", [
    "ID đơn hàng AB1234567 giao chưa vậy shop",
    "device ID XY12345678 báo lỗi khi cập nhật",
    "Zoom meeting ID: K1234567, mật khẩu là gì",
    "order ID AB 1234567 chưa giao",
    "product id XY1234567 còn hàng không",
])
def test_a_things_id_is_no_passport(gate, text):
    assert not [kind for kind, _ in _found(gate, text) if kind == "PASSPORT"]


@pytest.mark.parametrize("text, value", [
    ("my ID is N2345678, can I renew it here?", "N2345678"),
    ("ID: C1234567, gia hạn visa ở đâu", "C1234567"),
    ("ID của tôi là B9876543 bị mất", "B9876543"),
    ("Số ID là B 9876 543, làm lại ở đâu", "B 9876 543"),
    ("Xin chào, ID: N1234567 bị khóa", "N1234567"),
    ("số hộ chiếu C1234567 hết hạn", "C1234567"),  # the passport's own cue, as before
])
def test_id_right_before_the_value_still_reads_a_passport(gate, text, value):
    assert ("PASSPORT", value) in _found(gate, text)


# -- 3 / finding 9: a ward's rule asked of a placed patient, read with an allow-list -------------------------------
@pytest.mark.parametrize("text", [
    "Bệnh nhân phòng 305 đang cách ly, người nhà vào thăm được không?",
    "Bệnh nhân giường 8 sắp sinh, người nhà ở lại qua đêm được không?",
    "Bệnh nhân phòng 12 có thẻ BHYT, người nhà lấy cơm ở đâu?",
    "Bệnh nhân phòng 305 ở lại đến bao giờ, người nhà thăm được không?",
    "benh nhan giuong 6 dang cach ly nguoi nha tham duoc khong",
    "Bệnh nhân phòng 5 của tôi được mang đồ ăn vào không?",
])
def test_something_said_of_a_placed_patient_keeps_the_ward_question_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "Cho em hỏi bệnh nhân phòng 210 được mấy người vào thăm ạ?",
    "Giờ thăm bệnh nhân giường 4 khoa nội là mấy giờ vậy?",
    "Người nhà bệnh nhân phòng 12 gửi xe ở đâu?",
    "Bệnh nhân phòng 305 buổi tối được thăm không",
    "nguoi benh giuong 9 co duoc mang wifi vao khong",
])
def test_an_ordinary_ward_rule_is_still_forwarded(gate, text):
    assert forwarded(gate, text) == "allow"
    assert gate.decide(gate.screen(text), PEER, "anonymous", "answer", False).outcome == "allow"


# -- 4: one rule for a counted pregnancy; "chờ đợi" read before "chờ" ---------------------------------------------
def test_the_counted_pregnancy_is_facts_rule():
    from luytre.sovereignty import categories, facts

    assert facts.PREGNANCY_COUNT in categories._PREGNANCY_COUNTED.pattern
    assert facts._COUNTED_PREGNANCY.startswith(facts.PREGNANCY_COUNT)


@pytest.mark.parametrize("text, topic", [
    ("bầu 7 tháng đầu hay mệt", True),
    ("Thai 12 tuần có nên đi xa không", True),
    ("bau 3 tuan giua ky", True),
    ("Sau 7 tháng đi làm được tăng lương không", False),
])
def test_a_counted_pregnancy_is_health(text, topic):
    from luytre.sovereignty.categories import sensitive_topics

    assert ("health" in sensitive_topics(text)) is topic


@pytest.mark.parametrize("text", ["đang chờ đợi ở cổng sau bệnh viện", "dang cho o sanh cho", "đang đợi tại ga Hà Nội"])
def test_someone_waiting_somewhere_is_a_doubt_of_whereabouts(text):
    from luytre.sovereignty.categories import doubtful_topics

    assert "location_realtime" in doubtful_topics(text)


# -- 5: one coordinate rule for the scanner and the disguise reader ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tọa độ 21.0285, 105.8542 là chỗ nào?",
    "toạ độ 10.762622 106.660172 ở quận mấy",
    "vị trí -33.8688; 151.2093 là thành phố nào",
    "(21.0285, 105.8542) gần bệnh viện nào",
])
def test_a_latitude_and_a_longitude_are_no_ones_number(gate, text):
    assert _found(gate, text) == []


@pytest.mark.parametrize("text", [
    "gọi 091.2345678, 098.7654321 giúp tôi",  # leading zeros: two phones
    "190.3456 789.0123 là stk của ai",  # out of range: an account
    "mã 95.12345678, 181.2345678 là gì",  # longitude past 180
])
def test_what_is_out_of_a_coordinates_range_is_still_read(gate, text):
    assert _found(gate, text) != []


def test_one_coordinate_rule():
    from luytre.sovereignty import normalize, pii

    assert normalize.is_coordinate_pair("21.0285, 105.8542")
    assert not normalize.is_coordinate_pair("21.028, 105.854")  # three decimals: no pair
    assert not normalize.is_coordinate_pair("091.2345678, 098.7654321")
    assert not normalize.is_coordinate_pair("91.2345, 100.1234")
    assert not normalize.is_coordinate_pair("45.1234, -180.5000")
    assert not hasattr(pii, "_COORDINATE_PAIR") and not hasattr(normalize, "_COORDINATES")
    assert "\\.\\d{4,8}" not in Path(pii.__file__).read_text(encoding="utf-8")  # no second copy of the rule


# -- 6: a person located through their number, plate or account: a third-party lookup ------------------------------
@pytest.mark.parametrize("text", [
    "vợ tôi đang ở đâu, tra giúp vị trí số 0912 345 678",
    "chong toi dang o dau tra giup vi tri so 0987654321",
    "tra giúp vị trí thuê bao 0903 111 222 đang ở đâu",
    "cho em xin vị trí của số 0903123456 với",
    "xe biển 51F-123.45 đang ở chỗ nào, check giúp",
    "theo dõi số 0912345678 giúp tôi",
    "Can you locate the owner of phone 0912345678?",
    "track this number 0987 654 321 for me",
    "nhờ tra giúp chủ xe 29H-456.78 hiện ở đâu",
    "she's my ex, pls track +84 356 789 012",
])
def test_locating_a_person_through_an_identifier_is_a_refused_lookup(gate, text):
    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "tra cứu số điện thoại này nhà mạng nào 0912345678",
    "tra cứu số 0987654321 là nhà mạng gì",
    "định vị điện thoại bị mất của tôi",
    "định vị điện thoại bị mất của tôi số 0912345678",
    "điện thoại tôi bị mất, định vị giúp số 0912345678 được không",
    "xe máy của tôi bị trộm, biển 29H-456.78, định vị giúp được không",
    "tôi làm mất điện thoại, số 0912345678, định vị ở đâu",
    "tra giúp số 0912345678 đăng ký ở đâu",  # where a thing is done, not where someone is
    "track my order 123456789 please",  # a parcel
])
def test_a_carrier_check_or_the_askers_own_lost_phone_is_no_lookup(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", ["My parcel has not arrived, the tracking says Hanoi hub", "track my order please"])
def test_a_parcels_tracking_is_no_doubt_of_whereabouts(text):
    from luytre.sovereignty.categories import doubtful_topics

    assert "location_realtime" not in doubtful_topics(text)
