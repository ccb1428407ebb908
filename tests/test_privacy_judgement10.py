"""Privacy judgement, tenth round (issue 19): the classes of errors privacy blind9 showed once opened.

Values written in new disguises: an emoji or a symbol between a value's groups, a plate with look-alike letters in
its digits, a value dictated in two halves of six digits, a birth year said digit by digit with "mươi" or in English
words. Weak signs of one person beside a sensitive topic (a title typed short or bare before a capitalised word, an
English title run into other words, a definite role in English, a debt said as done): the question stays on the node
(fail closed) while a local answer is still given. Every sentence was written for this file, not taken from the
labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, answered_locally, assert_refused_lookup, forwarded
from luytre.sovereignty.normalize import scan_view
from luytre.sovereignty.privacy_gate import screen_text


# -- values in new disguises -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Xe em biển 29A⭐123.45 bị phạt nguội phải không", "29A-123.45"),
    ("sđt chị 0987➡️654➡️321 nha", "0987-654-321"),
    ("Biển số 5lF-O12.34 của em bị dán thông báo", "51F-012.34"),
    ("Xe ô tô 3OA-l67.89 đỗ trước cổng ai biết không", "30A-167.89"),
    ("born on the third of March nineteen ninety-two", "1992"),
    ("sinh ngày hai tháng tư năm một chín tám mươi", "2/4/1980"),
])
def test_the_scan_view_reads_new_disguises(text, value):
    assert value in scan_view(text).text


@pytest.mark.parametrize("text, kind, value", [
    ("Biển 30F🔸456.78 của bố em có bị phạt nguội không ạ", "PLATE", "30F🔸456.78"),
    ("Xe tôi biển 3OA-l67.89 gửi ở bãi chung cư mất chìa khóa", "PLATE", "3OA-l67.89"),
    ("Con là Lê Minh Anh, sinh ngày năm tháng sáu năm một chín chín mươi hai, xin giấy xác nhận", "DOB",
     "năm tháng sáu năm một chín chín mươi hai"),
    ("My mother Tran Thi Mai was born on the second of July nineteen sixty-one, can she renew her card?", "DOB",
     "the second of July nineteen sixty-one"),
])
def test_values_in_new_disguises_are_identifiers(gate, text, kind, value):
    assert (kind, value) in [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]
    redacted = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False).redaction
    assert redacted is not None and value not in redacted.text


@pytest.mark.parametrize("text, value", [
    ("căn cước của mẹ: nửa đầu 079185, nửa sau 004321, điền giúp con vào tờ khai", "079185, nửa sau 004321"),
    ("Số anh mở đầu 0868. Phần còn lại là 224466. Gọi anh sau 5 giờ nhé", "0868. Phần còn lại là 224466"),
])
def test_values_dictated_in_halves_are_identifiers(gate, text, value):
    assert ("ID_NUMBER", value) in [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text", [
    "Năm 1945 và năm 1975 có sự kiện gì quan trọng?",  # years
    "The war ended in nineteen seventy-five; what happened next?",  # a year in history, nobody's birth
    "Mã giảm giá 🎁 SALE50 dùng đến cuối tháng phải không?",  # an emoji beside a code, no value
])
def test_years_and_emoji_in_ordinary_sentences_are_no_identifier(gate, text):
    assert not [e for e in screen_text(gate.scanner, text).entities if e.type in ("DOB", "ID_NUMBER", "PLATE")]
    assert forwarded(gate, text) == "allow"


# -- weak signs of a person beside a topic: kept on the node, answered there -------------------------------------
@pytest.mark.parametrize("text", [
    "c Lan ke toan co dang bi ung thu khong, ai biet noi e",  # "c" for "chị", typed bare
    "thang Hung xom tren co tien an khong ta",  # "thằng" typed bare
    "bà Năm bán xôi đang nợ xã hội đen à",  # a kin word before a name
    "Is MrTuan from accounting positive for HIV?",  # an English title run into the name
    "Was the day-shift guard at our building arrested last week?",  # a definite role in English
    "NỢ XẤU NHÓM 5 RỒI, VAY MUA XE ĐƯỢC NỮA KHÔNG",  # a debt said as done, in capitals: the asker's
    "cj Thảo phòng bên đang điều trị trầm cảm hả",  # chat spelling of "chị"
    "thg Nam xom trong di tu ve chua",  # chat spelling of "thằng"
    "Does Hoa from the front desk have hepatitis?",  # an English question about a given name
    "Is the new receptionist pregnant? Everyone is asking.",  # an occupation singled out
    "chị Hằng thủ quỹ bị sida hả mọi người",  # a title before a name that is also a word ("hằng")
    "bà nội đang chạy thận ở viện tỉnh, chi phí thế nào",  # a relative named bare, in a state
])
def test_weak_signs_of_a_person_by_a_topic_never_leave_the_node(gate, text):
    assert screen_text(gate.scanner, text).categorization.signal
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Người bệnh ung thư được bảo hiểm chi trả bao nhiêu phần trăm?",  # anonymous topic
    "Tháng Tư năm nay có đợt tiêm vắc xin cúm miễn phí không?",  # a month typed with its marks is no title
    "What does the nurse check before a blood donation?",  # a role, but no sensitive topic asked
    "What does the doctor check for diabetes?",  # an occupation not singled out: whoever treats anyone
    "Ngân hàng nào cho vay mua nhà lãi suất thấp nhất?",  # anonymous finance
    "Can Tho có bệnh viện ung thư nào tốt không?",  # a city typed bare, not an English question
    "Is Hue a good place for cancer treatment?",  # the one-syllable city
    "Does Agribank charge fees for loans?",  # a brand is no syllable
])
def test_anonymous_topic_questions_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


def test_a_weak_sign_refuses_no_local_answer(gate):
    assert answered_locally(gate, "thang Tu co nen tiem phong cum khong") != "deny"


# -- a condition of someone asked as "có … không" ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Chị Hạnh kế toán có đang mang thai không ạ?",
    "ông Ba tổ trưởng có tiền án không vậy",
    "anh Dũng phòng IT có bị trầm cảm không, sao dạo này ít nói thế",
    "Cô Ngân dạy văn có theo đạo Công giáo không?",
])
def test_a_condition_of_someone_asked_yes_or_no_is_a_lookup(gate, text):
    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "Anh Nam ngồi cạnh tôi bị cúm, tôi có bị lây không?",  # what may follow for the asker: advice
    "Chị Mai vượt đèn đỏ, chị ấy có bị phạt không?",  # a consequence asked
    "Anh Hùng có nên đi khám tim mạch định kỳ không?",  # advice, no condition asked
])
def test_consequences_and_advice_asked_yes_or_no_are_answered(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"


# -- the asker's own name ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Em tên là Lê Thu Trang, bị dị ứng hải sản, bác sĩ xem giúp em nên uống thuốc gì?",
    "Con là Đỗ Minh Khang, sinh 03/05/2018, bị ho về đêm, bác sĩ kiểm tra giúp con với ạ",
    "My name is Tran Van Nam and I have had chest pain since yesterday, please check for me",
])
def test_a_name_the_asker_introduces_is_no_third_person(gate, text):
    found = screen_text(gate.scanner, text).categorization
    assert not found.lookup and found.personal
    assert answered_locally(gate, text) == "redact"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Tôi là bạn của Nguyễn Văn Hùng, xem giúp anh ấy bị bệnh gì",  # the asker is the friend: Hùng is looked up
    "Em là hàng xóm chị Lan, chị Lan bị ung thư gì vậy xem giúp em",
])
def test_an_introduction_as_someones_relation_is_still_a_lookup(gate, text):
    assert screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) == "deny"
