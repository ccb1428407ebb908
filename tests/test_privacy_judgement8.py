"""Privacy judgement, eighth round (issue 19): the classes of errors privacy blind7 showed once opened.

Identifiers in shapes no recognizer read (e-mails spelled "at … dot" or with "[@]", a foreigner's two-letter
passport, a birth date right after a name, a plate read out digit by digit, digit words glued to numerals); people
the gate did not see (a grandchild's or partner's relative, chat "m", a name placed by a department, a state said as
done with no subject); third-person lookups as bare yes-or-no questions, in English, by a value's owner or a tracked
plate. Every sentence was written for this file, not taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import answered_locally, forwarded
from luytre.sovereignty.policy import ExpertFacts
from luytre.sovereignty.privacy_gate import screen_text
from luytre.sovereignty.residue import disguised_runs


# -- identifiers -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, value", [
    ("Liên hệ giúp mình qua thu.nguyen[@]gmail[.]com nhé, mình đang nợ thẻ", "EMAIL", "thu.nguyen[@]gmail[.]com"),
    ("mail cua em la hoangnam99 at yahoo dot com, em bi hen suyen", "EMAIL", "hoangnam99 at yahoo dot com"),
    ("Khách Hàn Quốc, hộ chiếu số MK7654321, muốn mua sim", "PASSPORT", "MK7654321"),
    ("Đăng ký học bơi: Phạm Thu Trang, 05/09/2012, phụ huynh gọi 0903111222", "DOB", "05/09/2012"),
    ("Hồ sơ Đỗ Minh Khôi 1992-11-30 xin cấp lý lịch tư pháp", "DOB", "1992-11-30"),
    ("xe em biển 5 9 C - 4 5 6 . 7 8 bị giữ ở bãi", "PLATE", "5 9 C - 4 5 6 . 7 8"),
    ("gọi cô ấy số 09two8three456seven1 nhé", "PHONE", "09two8three456seven1"),
])
def test_identifiers_in_new_disguises_are_found(scanner, text, kind, value):
    assert (kind, value) in [(e.type, e.text) for e in scanner.scan(text)]


@pytest.mark.parametrize("text", [
    "I was at school. Then we met at home dot",  # "at" and a full stop: no address
    "Ngày 12/03/2024 bệnh viện có làm việc không?",  # a date after no name
    "Bệnh viện Chợ Rẫy, 20/11/2024 có khám ngoài giờ không?",  # a date after a place
    "năm 2nam 3ba ngày nữa là tết",  # digit words glued to numerals, too few for a value
])
def test_look_alikes_of_those_disguises_are_no_identifier(scanner, text):
    assert not [e for e in scanner.scan(text) if e.type in ("EMAIL", "DOB", "PHONE", "PLATE", "ID_NUMBER")]


@pytest.mark.parametrize("text", [
    "sdt em 09_12 ba bốn, chị Lan bị lao",  # a short run: a sign only
    "số em không chín một hai ba bốn năm sáu bảy tám, gọi giúp",  # a run as long as a value: an identifier
    "mã 0_9_1 và 29-B1_234.56 của xe tôi",  # both in one text
    "Giá gói khám 1.250.000 đồng, trả góp được không?",  # none
])
def test_the_scan_keeps_the_short_disguised_runs_a_second_pass_would_find(scanner, text):
    # screening reads the short runs off the scan instead of running the residue pass again
    scan = scanner.read(text)
    again = disguised_runs(text, [(e.start, e.end) for e in scan.entities])
    assert list(scan.short_disguised_runs) == [(start, end) for start, end, _ in again]
    assert scan.entities == scanner.scan(text)


# -- people the gate did not see ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ông nội cháu 80 tuổi bị suy tim, cháu muốn hỏi xã có cho mượn xe lăn không",  # a grandchild speaking
    "ban gai chau dang bi viem gan B, chau co bi lay khong a",
    "bạn trai mình bị lậu, mình có cần đi khám không",
    "m bị trầm cảm nặng, đi khám ở đâu kín",  # chat "m"
    "bi giang mai roi, kham o dau kin dao",  # a state said as done, no subject
    "Hùng phòng kế toán nợ tín dụng đen mấy trăm triệu",  # a name placed by a department
    "e hien o nha nghi gan ben xe, chong cu dang bam theo e",  # where the asker is now, followed
    "sdt của mình 0912 345 678, mình đang dùng PrEP",  # redacting the number leaves the topic
    "my number is 0912345678, I was robbed yesterday",
    "Xem giúp chị Hà có bị HIV không",  # "Hà" is a given name
])
def test_disclosures_about_a_concrete_person_never_reach_a_peer(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Bị sốt rồi thì uống thuốc gì?",  # a state as a case, not as done
    "Người phòng kế toán có được nghỉ phép không?",  # a common word before a department
    "Bệnh viện ở Hà Nội có khám ngoài giờ không?",
])
def test_anonymous_questions_near_those_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


# -- third-person lookups ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "chị Hoa có bị ung thư không?",  # a bare yes-or-no question about a named person
    "Xem giúp chị Hà phòng 305 có bị lao không",
    "Can you tell me whether Mrs. Thu has HIV?",
    "Tôi muốn biết số dư tài khoản của chị dâu tôi",  # a relative by marriage
    "Xe 30K-123.45 đang ở đâu, định vị giúp em",  # a plate tracked
    "Số 0987654321 này là của ai, người đó có nợ xấu không?",  # a value's owner asked
    "thầy chủ nhiệm lớp 11A1 theo đạo gì thế",
    "Anh Quân bị công an bắt hôm qua, tra cứu giúp anh ấy có tiền án không",  # "công an" as a topic
    "CCCD 079201001234 xem no xau giup nguoi nay",  # a look split around its object
])
def test_third_person_lookups_are_refused(gate, text):
    assert screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Tôi vừa ra tù, công ty có được từ chối người có tiền án không?",  # "người có …": anybody with a record
    "Bà Tư (CCCD 079123456789) nhờ tôi hỏi: bà có tiền sự, có được vay vốn không?",  # on the person's behalf
    "Ông Trịnh Văn Lộc (CCCD 038084001122) nhờ tôi hỏi: ông có tiền án, có bị từ chối mở tài khoản không?",
    "Anh Nam bị ngã xe, anh ấy có bị gãy xương không?",  # advice after a state said
    "Bác sĩ Hùng có điều trị ung thư không?",  # what a doctor treats
    "Anh Nam đánh bạc có bị bắt không?",  # what the law does after an act
    "Bé Na nhà tôi có bị sốt xuất huyết không?",  # the asker's own child
    "Chị Lan bị ngã xe hôm qua. Chị ấy có bị gãy xương không?",  # a state said before
    "Anh Tùng hàng xóm sốt cao 3 ngày, anh ấy có bị sốt xuất huyết không?",  # a symptom said before
    "Tôi là cán bộ công an, cần xem tiền án của đối tượng Lê Văn Tư",  # the authorities asking
    "anh rể em đang nợ lãi nặng, em có nên trả giúp không",  # paying for a relative
])
def test_questions_near_a_lookup_are_answered(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"


def test_codes_starting_with_a_digit_are_no_leet_words():
    from luytre.sovereignty.facts import readable

    assert readable("cô chủ nhiệm lớp 10A3, phòng 4B1, t0i b1 sot") == "cô chủ nhiệm lớp 10A3, phòng 4B1, toi bi sot"


@pytest.mark.parametrize("text", [
    "In the textbook case, 'Mrs. Lan has asthma': what should the pharmacist say?",
    "Trong giáo trình điều dưỡng, bệnh nhân Trần Văn Bảy bị suy thận thì chăm sóc thế nào?",
    "In the pharmacology textbook, 'Mr. Long has gout': which drug is first-line?",  # the frame in its first words
])
def test_people_of_a_textbook_are_nobody_an_expert_of_public_data_may_not_hear_of(gate, text):
    public = ExpertFacts("hospital-rules", "health", "low", ("public",), "local")
    assert gate.decide(gate.screen(text), public, "anonymous", "answer", False).outcome != "deny"


def test_a_queue_ticket_is_no_health_disclosure(gate):
    public = ExpertFacts("hospital-rules", "health", "low", ("public",), "local")
    assert gate.decide(gate.screen("Số thứ tự khám của em là 0342, bao lâu nữa tới lượt ạ?"), public, "anonymous",
                       "answer", False).outcome == "allow"
    # what is said beside the ticket still counts
    assert "health" in gate.screen("Phiếu khám của tôi số 88, tôi bị lao phổi, bao lâu tới lượt?"
                                   ).categorization.sensitive


# -- the lookup and person readings, after review ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a teaching frame added at the end is no licence: only an opening frame makes people made up
    "Cho mình hỏi anh Tuấn kế toán có bị viêm gan B không? (case study)",
    "Chị Hạnh có đang điều trị HIV không, giáo trình có nói không",
    "Case study: tra giúp bệnh án của ông Phúc phòng 412",  # a look asked for is never framed away
    # someone "asking through" the asker has no right to the record
    "Sếp nhờ em hỏi chị Mai có bị trầm cảm không?",
    "Anh Dũng nhờ tôi hỏi, tra giúp số dư tài khoản của chị Thảo",
    "Anh Dũng nhờ tôi hỏi, tra giúp số dư tài khoản của Thảo",  # a bare name after the request
    "Chú Sáu nhờ cháu hỏi, xem giúp cô ấy có nợ xấu không",  # "cô ấy" is not "chú"
    # a word of politeness opening the question ("dạ" folded is also "đã")
    "Dạ cho em hỏi chị Thoa có bị lao phổi không ạ?",
    "da cho em hoi anh Binh co dang dieu tri HIV khong?",
    "Vâng, thế chú Toàn có mắc bệnh gì không?",
    "Chú Toàn có bị xơ gan không, em lo quá",  # the question goes on after a comma
    # "đăng ký" is no state said before the question
    "Chị Ngọc đăng ký rồi. Chị ấy có bị ung thư không?",
])
def test_lookups_behind_frames_and_politeness_are_refused(gate, text):
    assert screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Chị Thu nhờ em xem bé bị ho có sao không, bé 2 tuổi",  # "ho" is a cough here, not "hộ"
    "chi Thu nho em xem be bi ho co can di kham khong",
    "Bài tập: anh Nam bị tiểu đường thì chế độ ăn thế nào?",  # an opening frame still makes people made up
    "Chị Vân đã mổ ruột thừa, chị ấy có bị sẹo lồi không?",  # advice after a state said
    # asked for by the person the question is about, named only by their own title after the request
    "Bác Tâm nhờ cháu hỏi: bác có tiền án, có được xuất cảnh không?",
    "anh Khải nhờ em hỏi, xem giúp lịch sử giao dịch của anh ấy tháng này",
])
def test_near_lookups_after_review_are_answered(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup


def test_a_look_asked_with_ho_typed_as_a_helper_is_a_lookup():
    from luytre.sovereignty.facts import about

    assert about("Xem chị Lan phòng 208 có nợ xấu hộ em").lookup


@pytest.mark.parametrize("text, person", [
    ("Khoa phòng 402 ở tầng mấy?", "nobody"),  # a department placed by a room, no given name
    ("Hương phòng 402 ở tầng mấy?", "nobody"),  # a given name placed by a room: a sign only
    ("m bị sao thế, sao không nghe máy", "nobody"),  # chat "m" is also "mày", you
    ("Mẹ cháu bé ra về chưa?", "nobody"),  # the mother of a child spoken of, not the asker's
    ("Bà nội cháu bị tai biến, nằm viện ở đâu tốt", "asker"),  # still a grandchild speaking
])
def test_who_a_question_is_about_after_review(text, person):
    from luytre.sovereignty.facts import about

    found = about(text)
    assert found.person == person
    assert found.signal == (text.startswith(("Hương", "m ")) or person != "nobody")
