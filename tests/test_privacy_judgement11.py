"""Privacy judgement, eleventh round (issue 19): the classes of errors privacy blind10 showed once opened.

Values in new disguises: digits written as Roman numerals (a run of them, or a date's month), an e-mail address
whose local part ends in digits read as words. Signs of one person typed bare ("thang cha" for "thằng cha"), and
the asker's whereabouts said as a journey ("đang trên xe"). Every sentence was written for this file, not taken
from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, answered_locally, forwarded
from luytre.sovereignty.normalize import clean, scan_view
from luytre.sovereignty.privacy_gate import screen_text


def _view(text: str) -> str:
    return scan_view(clean(text).text).text


# -- values in new disguises -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Số tài khoản VIII-II-I-III-IV-V-IX-VII Vietcombank của em", "82134597"),
    ("sđt mẹ: IX.VIII.VII.VI.V.IV.III.II.I.I", "9876543211"),
    ("Bé Nguyễn An, sinh ngày 03/XII/2020, cần tiêm mũi gì", "03/12/2020"),
    ("DOB: 9-IV-85", "9-4-85"),
    ("mail anh Tùng: tungpham chín năm a còng gmail chấm com", "tungpham95@gmail.com"),
    ("gửi vào thảo một hai ba a còng yahoo chấm com giúp chị", "thao123@yahoo.com"),
    ("stk em: ix-i-iii-v-vii-ii-iv-vi-viii ạ", "913572468"),  # lower case
    ("SĐT IX VIII VII I II III IV V VI VI gọi sau 6 giờ", "9871234566"),  # spaced, in capitals
    ("ngay sinh 30.xi.1991", "30.11.1991"),
    ("Căn cước 〇七九一八五〇〇四三二一", "079185004321"),  # Chinese numerals
    ("mail: baongoc a móc gmail chấm com", "baongoc@gmail.com"),  # "a móc", as the South says "@"
    ("gửi cv qua trang chấm lê a còng gmail chấm com", "trang.le@gmail.com"),  # "chấm" in the local part
    ("địa chỉ mail: minh(a)fpt.edu.vn", "minh@fpt.edu.vn"),  # "(a)" for "@"
    ("sđt 09З8 76Ч 321", "0938 764 321"),  # Cyrillic letters drawn as digits
    ("CCCD ΟΟ1203012345", "001203012345"),  # Greek capital omicrons
])
def test_the_scan_view_reads_new_disguises(text, value):
    assert value in _view(text)


@pytest.mark.parametrize("text, kind, value", [
    ("STK VII-IV-II-I-IX-V-VIII-III-VI-I-II Techcombank, chuyển khoản hộ em", "BANK_ACCOUNT",
     "VII-IV-II-I-IX-V-VIII-III-VI-I-II"),
    ("Hồ Minh Khang, ngày sinh 14/IX/2016, học lớp mấy", "DOB", "14/IX/2016"),
    ("Liên hệ: leminhchau bảy bảy a còng gmail chấm com", "EMAIL", "leminhchau bảy bảy a còng gmail chấm com"),
])
def test_values_in_new_disguises_are_identifiers(gate, text, kind, value):
    assert (kind, value) in [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]
    redacted = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False).redaction
    assert redacted is not None and value not in redacted.text
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text", [
    "Phụ lục I-II-III của thông tư quy định gì?",  # a few chapters, no value
    "Chương I II III IV V VI VII VIII của luật đất đai nói về gì",  # a list of chapters, spaced
    "Thế kỷ XIX-XX có những phong trào nào?",  # centuries
    "Vua Louis XIV sinh năm nào?",  # a regnal number
    "Đội hình 4-IV-2 nghĩa là gì",  # too few numerals
    "Các phần I-II-III-IV-V-VI-VII-VIII-IX của giáo trình học trong mấy tuần?",  # parts counted in order
    "vi vi vi v i ii iii iv la tieng gi vay",  # spaced, in lower case: words
    "Chữ 一二三 trong tiếng Trung đọc thế nào?",  # a few Chinese numerals
])
def test_roman_numerals_in_ordinary_sentences_are_no_identifier(gate, text):
    assert not [e for e in screen_text(gate.scanner, text).entities
                if e.type in ("DOB", "ID_NUMBER", "CMND", "CCCD", "BANK_ACCOUNT", "PHONE_NUMBER")]
    assert forwarded(gate, text) == "allow"


def test_digit_words_not_before_an_address_stay_words():
    assert "hai ba" in _view("Tôi có hai ba câu hỏi về email công ty a còng gmail chấm com")


# -- signs of a person typed bare; whereabouts said as a journey -------------------------------------------------
@pytest.mark.parametrize("text", [
    "thang cha o tang 3 co tien an khong may ba",  # "thằng cha" typed bare
    "thằng cha bán vé số đầu hẻm có tiền án không",
])
def test_a_third_person_typed_bare_beside_a_record_is_a_lookup(gate, text):
    assert answered_locally(gate, text) == "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "ba ta o tang 2 bi lao phoi ha",  # "bà ta" typed bare
    "con mu ban rau dang no ngap dau",  # "con mụ"
    "thang nho nha so 5 di cai nghien ve chua",  # "thằng nhỏ"
    "ong gia dau hem bi tieu duong nang lam ha",  # "ông già"
])
def test_a_person_spoken_of_typed_bare_never_leaves_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Tháng bé nhất trong năm là tháng mấy?",  # "tháng" with its marks
    "Ông già Noel có thật không?",  # a figure of a feast, no topic
])
def test_months_and_figures_are_no_person(gate, text):
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "Em đang trên xe buýt số 36 gần chợ Bến Thành, bị móc mất điện thoại thì báo ai?",
    "Tôi đang trên tàu SE3 qua ga Huế, bị đau bụng dữ dội thì làm sao",
    "mình đang trên chuyến bay về Đà Nẵng, hành lý thất lạc thì khiếu nại ở đâu",
    "I am currently at Tan Son Nhat airport, gate 12, and my passport is gone",  # English, placed now
    "We're stuck in a taxi near Cho Ray hospital, who do we call?",
])
def test_the_asker_on_board_now_never_leaves_the_node(gate, text):
    assert answered_locally(gate, text) != "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Đang trên xe buýt có được ăn uống không?",  # anybody aboard: a rule asked
    "Tháng chạp có được nghỉ phép thêm không?",  # "tháng" folded is no "thằng"
    "Trẻ em đang trên tàu hỏa có phải mua vé không?",
    "Can I smoke while I am waiting in the hospital lobby?",  # a rule asked, whoever waits
    "Is the pharmacy near the hospital open now?",  # English words of place and time, nobody placed
])
def test_rules_for_anyone_aboard_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


# -- names that are no one: characters, feasts, works, places typed bare; an organisation's "we" ---------------
@pytest.mark.parametrize("text", [
    "Xuân Tóc Đỏ trong Số đỏ là người thế nào?",  # a character of a novel
    "Vì sao Lục Vân Tiên bị mù, có phải bệnh di truyền không?",  # a character's illness
    "Hàn Mặc Tử bị bệnh gì mà mất sớm vậy?",  # a poet long dead
    "Le Giang Sinh nam nay co duoc nghi khong?",  # a feast typed bare
    "Ga Sai Gon cach san bay bao xa?",  # a city's old name typed bare
    "Studio co nhan chup anh dam hoi ngoai troi khong?",  # "chụp ảnh" typed bare: a photo
    "Parcel RR987654321VN has been stuck at customs for a week, is that normal?",  # a postal item's number
    "Chúng tôi là phòng khám tư, bệnh nhân bị sốt xuất huyết phải báo ai?",  # an organisation speaks
])
def test_names_that_are_no_one_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "chị Nguyễn Thúy Vân phòng kế toán bị ung thư à",  # a given name that is also a character's stays a name
    "Ông Lê Phúc Sinh tổ 5 có tiền án không?",  # a name that is also a feast, with diacritics and a title
    "Chúng tôi bị nợ xấu nhóm 3, vay mua nhà được không?",  # "we" who disclose a state
    "Chúng tôi là công ty may, tôi bị ho lâu ngày thì nghỉ được mấy ngày?",  # an organisation, then the asker
    "CMND cua toi: VN123456789 nhe",  # a value after letters, not a parcel's shape
])
def test_people_beside_those_names_still_stay_on_the_node(gate, text):
    assert forwarded(gate, text) != "allow"


# -- a queue ticket's number --------------------------------------------------------------------------------------
def test_a_queue_number_is_no_identifier(gate):
    assert forwarded(gate, "Số thứ tự khám 20261130-0187 đã gọi tới chưa ạ?") == "allow"


@pytest.mark.parametrize("text, kind", [
    ("số thứ tự của em ghi 0987654321, gọi lại giúp em", "PHONE"),  # a phone's shape wins over the cue
    ("STT 079185004321 là căn cước của mẹ em", "CCCD"),
])
def test_a_value_beside_a_queue_cue_is_still_found(gate, text, kind):
    assert kind in [e.type for e in screen_text(gate.scanner, text).entities]
    assert forwarded(gate, text) != "allow"
