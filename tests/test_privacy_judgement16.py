"""Privacy judgement, sixteenth round: the misses a review of privacy15 (REVIEW12P) found. A name right after a
shop word ("nhân viên quán Phạm Thị Thu"); two phones or an account read as a latitude and a longitude; role cues
typed bare that are everyday words ("có nặng không"). The reviewer's inputs, and variants written for this file,
not taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import answered_locally, forwarded
from luytre.sovereignty import person_model
from luytre.sovereignty.privacy_gate import screen_text


def _found(gate, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]


# -- S1: a shop word right before a full name, or after a word tying a person to the shop ------------------------
@pytest.mark.parametrize("text, name", [
    ("Nhân viên quán Phạm Thị Thu bị lao phổi có được tiếp tục bán hàng không?", "Phạm Thị Thu"),
    ("Khách quen của quán Trần Thị Bích bị ngộ độc thì ai chịu trách nhiệm?", "Trần Thị Bích"),
    ("Quán Lê Thị Hoa bị nợ xấu có vay được không?", "Lê Thị Hoa"),
    ("Khách của tiệm bánh Đỗ Văn Nam bị dị ứng sữa thì sao?", "Đỗ Văn Nam"),
])
def test_a_full_name_after_a_shop_word_is_still_a_person(gate, text, name):
    assert ("PERSON", name) in _found(gate, text)
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text", [
    "quán phở Lê Văn Hưu mở cửa mấy giờ?",
    "Tiệm cầm đồ Phú Hưng số 12 Lê Lợi có mở chủ nhật không?",
    "Cửa hàng điện thoại Minh Tuấn có bảo hành pin không?",
])
def test_a_shop_with_its_goods_before_its_name_is_still_nobody(gate, text):
    assert _found(gate, text) == []
    assert forwarded(gate, text) == "allow"


# -- 2: two phones or an account in the shape of a coordinate pair ------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("SĐT 091.2345678, 098.7654321 nhé", ["091.2345678", "098.7654321"]),
    ("SĐT 091.2345678,\u200b098.7654321 nhé", ["091.2345678", "098.7654321"]),
    ("SĐT 091.2345678,098.7654321 nhé", ["091.2345678", "098.7654321"]),
    ("Gọi giúp tôi 024.39876543, 024.39123456 hỏi kết quả xét nghiệm của tôi", ["024.39876543", "024.39123456"]),
    ("Số máy bàn 028.38123456; 028.38654321 gọi giờ hành chính", ["028.38123456", "028.38654321"]),
    ("STK 190.3456 789.0123 tên Lan", ["190.3456 789.0123"]),
])
def test_phones_or_an_account_shaped_like_coordinates_are_found(gate, text, values):
    found = [value for _, value in _found(gate, text)]
    assert all(value in found for value in values), found
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text", [
    "Tọa độ 10.762622, 106.660172 là ở đâu?",
    "Vị trí -33.8688, 151.2093 là thành phố nào?",
])
def test_a_real_coordinate_pair_is_still_no_identifier(gate, text):
    assert _found(gate, text) == []
    assert answered_locally(gate, text) == "allow"


# -- 4: role cues typed bare that fold like everyday words --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sốt xuất huyết ở người lớn có nặng không?",
    "Ung thư tuyến giáp giai đoạn 1 có nặng không?",
    "Nợ xấu nhóm 5 có nặng không?",
    "Tội cố ý gây thương tích 11% có nặng không?",
    "Hôm nay có nắng không, người bị lupus ra ngoài cần che chắn gì?",
    "Nhà có bé ở cùng, người bị thủy đậu cần cách ly bao lâu?",
    "Khi con còn bé ở nhà với ông bà, tiêm phòng viêm gan B ở đâu?",
    "Trẻ còn nhỏ bán trú ở trường có cần tiêm phòng viêm não không?",
    "Có bè bạn rủ hút cần sa thì xử lý sao?",
    "viem gan b co nang khong",
    "no xau nhom 5 co nang khong",
])
def test_everyday_words_folded_like_a_role_are_nobody(gate, text):
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "Cô bé bán trà sữa đầu ngõ bị HIV phải không?",
    "co be ban tra sua dau ngo bi hiv phai khong",
    "Anh chàng match với em trên app có tiền án không?",
    "Cô nàng tầng 3 có bầu rồi à?",
    "con nho tiem banh bi no xau ha",
])
def test_a_young_person_singled_out_still_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


# -- 5 / S4: a word holding a cue ("học sinh", "sinh viên") cancels only the cue inside it -------------------------
@pytest.mark.parametrize("text, kind, value", [
    ("Số hộ chiếu của sinh viên: C1234567, cần gia hạn visa ở đâu?", "PASSPORT", "C1234567"),
    ("Ngày sinh thí sinh: 05/06/2007, số báo danh 012345", "DOB", "05/06/2007"),
    ("Ngày sinh của học sinh: 15/08/2012, lớp 6A3", "DOB", "15/08/2012"),
    ("Tôi thì sinh 12/03/1990, chồng thì sinh 1988, có hợp tuổi không?", "DOB", "12/03/1990"),
])
def test_a_cue_before_a_word_holding_one_still_counts(gate, text, kind, value):
    assert (kind, value) in _found(gate, text)


@pytest.mark.parametrize("text", [
    "học sinh lớp 10 - 11 - 12 học mấy tiết",
    "Đề thi học sinh giỏi năm 2023 có mấy câu",
])
def test_a_word_holding_a_cue_is_still_no_cue(gate, text):
    assert _found(gate, text) == []


# -- 3 / S3: a bare "toi" after a law word: the asker when a person's verb follows, the offence otherwise ----------
@pytest.mark.parametrize("text", [
    "theo bo luat hinh su toi co bi phat tu khong khi danh nguoi bi thuong 15%",
    "vu an hinh su toi bi tam giam 3 thang co duoc boi thuong khong",
    "Theo BLHS toi bi ket an 2 nam tu treo thi co duoc xuat canh khong",
    "buoi sang hay toi bi chong mat, co phai bi huyet ap thap khong",
])
def test_a_bare_toi_after_a_law_word_with_a_verb_is_the_asker(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "theo BLHS toi co y gay thuong tich 11% bi phat may nam",
    "hanh vi nay cau thanh toi la gi",
])
def test_an_offence_named_after_a_law_word_is_nobody(gate, monkeypatch, text):
    # the rules read nobody here; the learned person signal, asked on every question since privacy21, may still keep
    # it from the peer (bare "toi" is also "tôi"): a cost in "not forwarded raw" only, never in what the node answers
    monkeypatch.setattr(person_model, "flags", lambda text, topical=True: False)
    assert forwarded(gate, text) == "allow"


# -- 16: an occupant typed bare under other titles, a name maybe between -----------------------------------------
@pytest.mark.parametrize("text", [
    "ong phong 5 co tien an tien su gi khong",
    "chi lan phong 5 co tien an tien su gi khong",
    "co giao phong 5 co tien an tien su gi khong",
    "chu phong 12 bi hiv phai khong",
])
def test_an_occupant_typed_bare_under_any_title_is_looked_up(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "co phong 5 nguoi cho benh nhan lao khong",  # "có phòng 5 người"
    "chi phong 5 bao nhieu tien mot dem",  # "chỉ phòng 5"
    "thay phong 5 cho benh nhan hiv duoc khong",  # "thay phòng 5"
])
def test_a_room_after_a_word_folded_like_a_title_is_nobody(gate, text):
    assert forwarded(gate, text) == "allow"


# -- 12: a relative in a state with up to two adverbs between; many children are nobody's ------------------------
@pytest.mark.parametrize("text", [
    "Chồng vẫn còn bị ho ra máu có lây không",
    "Con vẫn còn đang sốt 39 độ có sao không",
    "vo van con dang bi sot xuat huyet co sao khong",
])
def test_a_relative_in_a_state_with_two_adverbs_between_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


def test_many_children_in_a_state_are_nobodys(gate):
    assert forwarded(gate, "Nhiều bé vẫn còn bị sốt sau khi tiêm 5 trong 1, có sao không?") == "allow"


@pytest.mark.parametrize("text", [
    "CCCD 001203012345 0912345678 của tôi, làm lại thẻ ở đâu?",
    "liên hệ 0912345678 0987654321 giúp em",
    "CCCD 001 203 012 345 0912 345 678",
    "0912.345.678.0987.654.321 là số của chị Lan",
    "sdt 0912345678\u200b0987654321 nhé",
])
def test_two_values_side_by_side_that_no_separator_splits_are_read_whole(gate, text):
    """A run longer than any value, with one kind of separator throughout (or none once an invisible character is
    taken out), is read whole as an identifier rather than dropped: never forwarded raw (review of privacy15, 6)."""
    assert _found(gate, text)
    assert forwarded(gate, text) != "allow"
