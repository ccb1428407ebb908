"""Privacy judgement v7 (issue 19): forwarding fails closed on what the recognizers leave unread.

Each earlier round listed the disguises a new writer used; the next writer found others. Here the gate keeps a
question on the node on weaker signals that no list has to name: digits left in a disguise once every recognizer
has run, a person named only by a role beside a topic that is or may be sensitive, a word mixing scripts. Every
sentence was written for this file, not taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import shutil

import pytest

from luytre.node.service import Node
from luytre.sovereignty.categories import UNREAD
from luytre.sovereignty.facts import mixed_script_words, role_sentences
from luytre.sovereignty.normalize import scan_view
from luytre.sovereignty.policy import ExpertFacts
from luytre.sovereignty.privacy_gate import Gate
from luytre.sovereignty.residue import disguised_runs

PEER = ExpertFacts("helpdesk", "general", "low", ("public",), "peer-b")
LOCAL_PUBLIC = ExpertFacts("hospital-rules", "health", "low", ("public",), "local")
# the organisation's patient-facing expert: declared for sensitive data, not for identifying values
LOCAL_PERSONAL = ExpertFacts("patient-desk", "health", "high", ("public", "sensitive_personal"), "local")


@pytest.fixture(scope="module")
def gate(tmp_path_factory, reference_home) -> Gate:
    home = tmp_path_factory.mktemp("unread") / "node"
    shutil.copytree(reference_home, home)
    node = Node.open(home)
    yield node.gate
    node.close()


def forward(gate: Gate, text: str) -> str:
    return sent_to_peer(gate, text)[0]


def sent_to_peer(gate: Gate, text: str) -> tuple[str, str]:
    """The forward outcome and the text a peer would get (nothing when it is denied)."""
    screening = gate.screen(text)
    decision = gate.decide(screening, PEER, "anonymous", "answer", False, action="forward", destination="peer-b",
                           jurisdiction="VN")
    shown = "" if decision.outcome == "deny" else decision.redaction.text if decision.redaction else screening.text
    return decision.outcome, shown


def local(gate: Gate, text: str, expert: ExpertFacts = LOCAL_PUBLIC) -> tuple[str, str]:
    """A local expert's outcome and the text it would be handed."""
    screening = gate.screen(text)
    decision = gate.decide(screening, expert, "anonymous", "answer", False)
    return decision.outcome, decision.redaction.text if decision.redaction else screening.text


# -- digits the recognizers leave --------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("so cua chi ay la 0 chin 1 hai 3 bon 5 sau 7 tam, nho goi", "0 chin 1 hai 3 bon 5 sau 7 tam"),  # one by one
    ("biển số 51-F2_678.90 đỗ trước cổng cả tuần nay", "51-F2_678.90"),  # underscore inside a plate
    ("zalo tôi: O9lZ~345~678, nhắn giúp", "O9lZ~345~678"),  # look-alikes and tildes
])
def test_disguised_digits_are_an_identifier_no_expert_without_a_need_sees(gate, text, value):
    screening = gate.screen(text)
    assert any(value in e.text or e.text in value for e in screening.entities), screening.entities
    outcome, handed = local(gate, text)
    assert outcome == "redact" and value not in handed
    outcome, shown = sent_to_peer(gate, text)
    assert outcome != "allow" and value not in shown


@pytest.mark.parametrize("text", [
    "số bí mật của em là bốn bảy hai một, đừng nói ai",  # four digits said one by one: short of a value
    "pin thẻ: chín chín một ba nha",
    "cmnd 1_8_7_2_2_3 cua ba em bi mat",  # part of a value, in underscores
])
def test_a_short_spelled_run_keeps_the_question_here_and_it_is_still_answered(gate, text):
    screening = gate.screen(text)
    assert screening.categorization.signal and UNREAD in screening.categorization.possible
    assert forward(gate, text) == "deny"
    assert local(gate, text)[0] != "deny"


@pytest.mark.parametrize("text", [
    "Mã vận chuyển VTP/2024/0098765432 tới đâu rồi?",  # a code's parts after a word
    "Thông tư 46/2018/TT-BYT còn hiệu lực không?",
    "Hội thảo ngày 15/12 và 20/12 có cần đăng ký không?",
    "Phòng 201 | 202 | 203 thuộc khoa nào?",  # a list
    "Giá gói khám 1.250.000 đồng, trả góp được không?",
    "Giờ thăm từ năm giờ chiều đến bảy giờ tối phải không?",  # "từ" is no "tư"
    "Mười người một phòng có đông quá không?",
    "Uống thuốc ba lần một ngày, mỗi lần hai viên phải không?",
    "Chuyến bay VN245 cất cánh lúc mấy giờ?",
])
def test_numbers_that_are_no_disguise_still_leave_as_they_are(gate, text):
    assert disguised_runs(gate.screen(text).text) == []
    assert forward(gate, text) == "allow"


@pytest.mark.parametrize("text, read", [
    ("xe hai mươi chín A một hai ba bốn năm", "29A12345"),  # a tens word in a plate's province code
    ("biển ba mươi tư bê sáu bảy tám chín không", "34B67890"),
    ("ngày sinh hai mươi mốt tháng tám năm một chín tám bảy", "21/8/1987"),
    ("sinh ngày 3 tháng mười hai năm 2001", "3/12/2001"),
    ("sdt 0 chín 8 bảy 6 năm 4 ba 2 một", "0987654321"),  # numerals and words, one digit at a time
    ("sinh ngày chín tháng mười, năm hai nghìn không trăm linh bảy", "9/10/2007"),  # a year said as a number
    ("sn hai tháng tư năm một nghìn chín trăm sáu mươi tám", "2/4/1968"),
])
def test_spelled_values_are_read_as_digits(text, read):
    assert read in scan_view(text).text.replace(" ", "")


def test_a_birth_date_in_words_is_found_and_redacted(gate):
    text = "Bệnh nhân Đỗ Văn Hải, sinh ngày mồng một tháng sáu năm một chín năm lăm, tái khám tim mạch"
    text = text.replace("mồng một", "một")
    assert "DOB" in {e.type for e in gate.screen(text).entities}
    outcome, handed = local(gate, text, LOCAL_PERSONAL)
    assert outcome == "redact" and "một chín năm lăm" not in handed


# -- a person named only by a role ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Trưởng phòng tôi hay đi chùa Ba Vàng, có nên tặng quà Phật giáo không?",
    "ông chủ tiệm vàng đầu phố đang nợ ngân hàng mấy tỷ",
    "chú bảo vệ chung cư bị lao phổi có được làm tiếp không",
    "mấy hôm nay bà hàng xóm hay khóc, hình như trầm cảm",
    "thằng em họ đang đi cai nghiện, thăm được không",
    "ông trông xe ở chợ hay say rượu đánh vợ",  # a title before what the person does
    "Cô dạy văn của con tôi hình như bị trầm cảm nặng",
])
def test_a_role_beside_a_topic_is_a_person_signal_and_stays_here(gate, text):
    assert role_sentences(text)
    assert gate.screen(text).categorization.signal
    assert forward(gate, text) == "deny"
    assert local(gate, text, LOCAL_PERSONAL)[0] != "deny"


@pytest.mark.parametrize("text", [
    "Hiệu trưởng có quyền cho học sinh nghỉ học không?",  # a role, no topic
    "Giám đốc ngân hàng được bổ nhiệm thế nào?",  # the bank the role heads is no topic of its own
    "Anh chị nhân viên cho hỏi tiêm phòng viêm gan B giá bao nhiêu?",  # addressing whoever answers
    "Bác sĩ có được từ chối khám bệnh nhân không có bảo hiểm không?",  # a role most questions name as anybody
    "Tháng này bệnh viện có khám sàng lọc ung thư miễn phí không?",  # "tháng" folded is no "thằng"
    "Bà Triệu khởi nghĩa chống quân Ngô năm nào?",  # a title before a name: the scanner's to read
    "Ông bà nội có được vào thăm cháu ở khoa sơ sinh không?",  # a pair that names anybody
])
def test_roles_without_a_topic_or_said_of_anybody_still_leave(gate, text):
    assert forward(gate, text) == "allow"


# -- what the gate cannot read with certainty -----------------------------------------------------------------
def test_a_word_mixing_scripts_is_unread_and_stays_here(gate):
    text = "t\u043ei b\u0456 ung th\u0432 ph\u043ei"  # Cyrillic о, і, в typed inside Vietnamese words
    assert mixed_script_words(text)
    assert forward(gate, text) == "deny"
    assert mixed_script_words("Bệnh viện Chợ Rẫy ở đâu? Москва") == []  # a whole foreign word is no disguise


# -- unaccented places are not people --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Benh vien Phu san Tu Du co nhan sinh mo theo yeu cau khong?",
    "Pho Hue cach Bach Mai bao xa?",
    "Trung tam day tieng Anh Ly Thai To co lop toi khong?",
])
def test_bare_hospital_and_street_names_are_no_person(gate, text):
    assert "PERSON" not in {e.type for e in gate.screen(text).entities}
    assert local(gate, text)[0] != "deny"


def test_a_bare_name_that_starts_like_a_street_is_still_a_person(gate):
    assert "PERSON" in {e.type for e in gate.screen("Pho Thanh Binh dang bi suy than").entities}

