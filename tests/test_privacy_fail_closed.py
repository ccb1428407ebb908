"""Privacy judgement v4 (issue 19): forwarding fails closed on what the gate cannot settle.

A question leaves the node as it is only when the gate is confident no concrete person is in it; redacted,
only when nothing in it is or may be sensitive. Every sentence here was written for this file, not taken
from the labelled sets (tests/data/privacy), so it tests the rules, not a memory of the sets.
"""

from __future__ import annotations

import shutil

import pytest

from luytre.node.service import Node
from luytre.sovereignty.categories import UNREAD, categorize, doubtful_topics, sensitive_topics
from luytre.sovereignty.facts import ASKER, NOBODY, OTHER, about
from luytre.sovereignty.policy import ExpertFacts
from luytre.sovereignty.privacy_gate import Gate
from luytre.sovereignty.refusal import explain

PEER = ExpertFacts("helpdesk", "general", "low", ("public",), "peer-b")
LOCAL_PUBLIC = ExpertFacts("hospital-rules", "health", "low", ("public",), "local")


@pytest.fixture(scope="module")
def gate(tmp_path_factory, reference_home) -> Gate:
    home = tmp_path_factory.mktemp("fail-closed") / "node"
    shutil.copytree(reference_home, home)
    node = Node.open(home)
    yield node.gate
    node.close()


def forward(gate: Gate, text: str) -> tuple[str, str]:
    verdict = gate.decide(gate.screen(text), PEER, "anonymous", "answer", False, action="forward",
                          destination="peer-b", jurisdiction="VN")
    return verdict.outcome, verdict.plan.rule


def answer_locally(gate: Gate, text: str) -> str:
    return gate.decide(gate.screen(text), LOCAL_PUBLIC, "anonymous", "answer", False).outcome


# -- kinship and role words, folded, decided by context ------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("chi toi dang dieu tri lao phoi o benh vien phoi", ASKER),  # "chi toi" then a verb of state
    ("anh toi nghien ruou may nam nay roi", ASKER),
    ("sep em dang bi thanh tra thue", ASKER),
    ("vo toi moi sinh be thu hai", ASKER),
    ("bạn em đang mang bầu tháng thứ 5", ASKER),  # "bạn" typed with its marks: no doubt it is a friend
    ("thay giao chu nhiem cua con co phai dong tinh khong", OTHER),  # a role pinned by "của con"
    ("co giao lop 5B1 bi ung thu vu", OTHER),  # a role pinned by a class
    ("co ay moi di cai nghien ve", OTHER),  # "cô ấy" typed bare
    ("Trẻ em dưới 6 tuổi khám có mất tiền không?", NOBODY),
    ("buoi toi benh vien co kham ngoai gio khong", NOBODY),
    ("Chị em phụ nữ nên khám phụ khoa bao lâu một lần?", NOBODY),
])
def test_kinship_and_role_words_read_folded_and_in_context(text, person):
    assert about(text).person == person


@pytest.mark.parametrize("text", [
    "anh toi den tang may de lam thu tuc",  # "anh tôi" (my brother) or "anh tới" (you come)
    "ban toi co can dat lich truoc khong",  # "bạn tôi" or "ban tối" (in the evening)
    "anh em trong nhà có được vào thăm cùng lúc không",  # siblings in general, or "my brother"
    "giam doc cong ty Hoa Binh Xanh da nop don chua",  # a role placed by its organisation
])
def test_an_unconfirmed_person_is_a_signal_not_a_disclosure(gate, text):
    found = categorize(text, [])
    assert found.person == NOBODY and found.signal and not found.personal
    assert forward(gate, text) == ("deny", "personal-data-stays-local")  # never leaves as it is ...
    assert answer_locally(gate, text) == "allow"  # ... yet the node's own public expert answers it


@pytest.mark.parametrize("text", [
    "Mấy giờ được vào thăm người bệnh ở khoa hồi sức?",
    "Tội đánh bạc bị phạt tù mấy năm?",
    "lai suat vay mua nha hien nay bao nhieu",
    "Trẻ em dưới 6 tuổi khám có mất tiền không?",
    "Chị em phụ nữ nên khám phụ khoa bao lâu một lần?",
    "Bác sĩ bệnh viện công có được mở phòng khám riêng không?",
    "Giáo viên trường công có được dạy thêm không?",
])
def test_anonymous_topic_questions_still_leave_as_they_are(gate, text):
    assert not categorize(text, []).signal
    assert forward(gate, text) == ("allow", "forward-without-personal-data")


# -- disclosures typed without diacritics never leave the node ------------------------------------------
@pytest.mark.parametrize("text", [
    "chi toi dang dieu tri lao phoi, nguoi nha co duoc o lai khong",
    "sep em dang bi dieu tra vi nhan hoi lo, em co bi lien luy khong",
    "thay giao chu nhiem cua con theo dao gi vay",
    "co ay vua duoc tai ngoai, co duoc di lam khong",
    "bac si truc dem hom truoc co say ruou khong",  # a role placed by a time: maybe one person
    "con toi 4 tuoi bi viem tai giua",
])
def test_disclosures_typed_bare_are_never_forwarded(gate, text):
    outcome, rule = forward(gate, text)
    assert outcome == "deny" and rule in ("sensitive-stays-local", "possibly-sensitive-stays-local",
                                          "no-third-party-lookup"), rule


# -- the wider lexicon, accented and folded ------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("con tôi bị vàng da sau sinh 5 ngày", "health"),
    ("con toi bi vang da sau sinh 5 ngay", "health"),
    ("bố tôi vừa mổ ruột thừa hôm qua", "health"),
    ("bo toi vua mo ruot thua hom qua", "health"),
    ("mẹ tôi bị rối loạn tiền đình", "health"),
    ("chong toi duoc bao lanh tai ngoai tuan truoc", "criminal"),
    ("anh tôi là bị can trong vụ tham ô", "criminal"),
    ("em gái tôi mới quy y ở chùa", "political_religious"),
    ("ba toi bi vo hui mat 200 trieu", "finance"),
])
def test_the_wider_lexicon_is_read_with_and_without_diacritics(text, kind):
    assert kind in sensitive_topics(text)
    assert kind in categorize(text, []).sensitive


# -- doubt: an identifier next to what may be sensitive stays here --------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("Số BHXH 0123456789 của tôi, tôi phải nằm giường 12 suốt ba tuần, thủ tục thế nào?", "health"),
    ("so bhxh 7912345678, toi nghi om 2 tuan co duoc huong khong", "health"),  # "om": "ốm" or "ôm"
    ("CCCD 001085012345 của tôi, mai tôi phải ra tòa thì mang giấy gì?", "criminal"),
    ("sdt 0912345678 cua toi bi tru tien oan", "finance"),
])
def test_an_identifier_next_to_a_possible_topic_is_not_forwarded_even_redacted(gate, text, kind):
    found = gate.screen(text)
    assert found.entities and kind in found.categorization.possible
    outcome, rule = forward(gate, text)
    assert outcome == "deny" and rule in ("possibly-sensitive-stays-local", "sensitive-stays-local"), rule


@pytest.mark.parametrize("text", [
    "My tax code is 8012345675, how do I get my PIT refund?",
    "tax id 0312345678 — do I still owe income tax from last year?",
])
def test_an_english_tax_question_with_the_askers_tax_code_stays_here(gate, text):
    found = gate.screen(text)
    assert [e.type for e in found.entities] == ["TAX_CODE"] and "finance" in found.categorization.sensitive
    assert forward(gate, text)[0] == "deny"


def test_words_run_together_next_to_an_identifier_are_unread_and_stay_here(gate):
    text = "cmndcuatoila025123456hethanphailamsao"
    assert UNREAD in doubtful_topics(text)
    assert forward(gate, text)[0] == "deny"


@pytest.mark.parametrize("text", [
    "Số điện thoại 0912345678 của tôi bị khóa, mở lại thế nào?",
    "CCCD 001085012345 của tôi hết hạn, làm lại ở đâu?",
    "Email tran.van.binh@gmail.com của tôi bị khóa, lấy lại thế nào?",
])
def test_an_identifier_with_nothing_sensitive_is_still_forwarded_redacted(gate, text):
    assert forward(gate, text) == ("redact", "forward-without-personal-data")


# -- the refusal says what was found and what to do, in both languages -----------------------------------
def test_refusal_for_a_possible_topic_helps_in_vietnamese_and_english():
    found = categorize("so bhxh 7912345678, toi nghi om 2 tuan co duoc huong khong", ["SOCIAL_INSURANCE"])
    vi = explain("possibly-sensitive-stays-local", found, ("SOCIAL_INSURANCE",), "vi")
    en = explain("possibly-sensitive-stays-local", found, ("SOCIAL_INSURANCE",), "en")
    assert "số BHXH" in vi and "sức khỏe" in vi and "chuyên gia trên nút này" in vi and "7912345678" not in vi
    assert "social insurance" in en and "health" in en and "expert on this node" in en and "7912345678" not in en
    unsure = categorize("anh toi den tang may de lam thu tuc", [])
    assert "possibly information about a specific person" in explain("personal-data-stays-local", unsure, (), "en")


# -- English, the second language: its pronouns and topics are read too ---------------------------------
@pytest.mark.parametrize("text", [
    "My father-in-law had a stroke on Sunday and cannot speak, is that permanent?",
    "our daughter was diagnosed with ADHD at school, who pays for the therapy?",
    "I owe two credit card companies and my salary is being garnished",
    "My cousin got arrested at the airport last night, can the family visit him?",
    "my coworker told me she is bisexual, is it legal to mention that at work?",
])
def test_an_english_disclosure_never_leaves_the_node_and_is_still_answered_by_a_declared_expert(gate, text):
    assert about(text).person == ASKER
    assert forward(gate, text)[0] == "deny"
    patients = ExpertFacts("hospital-patients", "health", "high", ("public", "sensitive_personal"), "local")
    assert gate.decide(gate.screen(text), patients, "anonymous", "answer", False).outcome == "allow"


@pytest.mark.parametrize("text", [
    "How can I get a hepatitis B vaccine for adults in Da Nang?",
    "Where can I collect insurance medicine after a clinic visit?",
    "Could you tell me the penalty for embezzlement under Vietnamese law?",
    "What is the interest rate for a mortgage at a state bank?",
])
def test_an_anonymous_english_topic_question_is_answered_and_may_be_forwarded(gate, text):
    assert about(text).person == NOBODY
    assert answer_locally(gate, text) == "allow"
    assert forward(gate, text)[0] == "allow"


def test_english_pronouns_are_not_read_in_vietnamese_typed_bare():
    # "my" is also "Mỹ" typed without diacritics: a Vietnamese question about America discloses no one
    assert about("chuyen tien sang my mat bao lau").person == NOBODY


# -- privacy v5: what a question names is not always a person ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Làm thế nào để biết mình có bị tiểu đường không?",  # "mình": anybody, in a way to find out
    "lam sao nhan biet minh bi viem xoang hay cam cum",
    "Thu nhập tối thiểu để được vay tín chấp là bao nhiêu?",  # "tối thiểu", not "tôi"
    "vay the chap can thu nhap toi thieu bao nhieu",
    "Người bị buộc tội có quyền im lặng không?",  # "buộc tội", "phạm tội": "tội", not "tôi"
    "nguoi pham toi nhieu lan co duoc an treo khong",
    "Số hiệu tài khoản ngân hàng có bao nhiêu chữ số?",  # "chữ số", not the owner of a number
    "Nếu mình bị viêm gan B thì có được đi xuất khẩu lao động không?",  # a supposition
    "Khi bị sốt phát ban, mình nên kiêng gì?",  # what one should do in a case
    "How can I tell if I have a food allergy?",  # "I" in a way to find out: anybody
    "Bệnh nhân có được xin bản sao bệnh án của mình không?",  # "của mình" goes back to anybody
    "goi cap cuu thi bao lau xe toi kip?",  # "tới kịp", not "tôi"
    "Ví dụ: anh B nợ thẻ tín dụng 20 triệu thì lãi phạt tính thế nào?",  # a textbook's people
    "Bài tập: bà Hoa gửi tiết kiệm 100 triệu lãi 6% một năm, sau 2 năm được bao nhiêu?",
])
def test_generic_people_and_look_alike_words_are_nobody(gate, text):
    assert about(text).person == NOBODY
    assert answer_locally(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "mình bị tiểu đường 5 năm nay, có được hiến máu không?",  # a state, not a way to find out
    "toi thieu mau nen hay chong mat, co sao khong",  # "tôi thiếu máu": the asker
    "Nguyễn Văn H. bị bắt vì tội gì?",  # a real name cut short is someone
    "hôm qua mình bị ngất ở chỗ làm, mình nên khám ở đâu?",  # a state said first: the asker
])
def test_the_asker_and_shortened_names_are_still_read(text):
    assert about(text, names="Nguyễn" in text).person != NOBODY


@pytest.mark.parametrize("text", [
    "Khoa Thần kinh Bệnh viện Trưng Vương ở dãy nhà nào?",  # a department, not "Khoa Thần" the person
    "Từ Bờ Hồ đi Bệnh viện Việt Đức mất bao lâu?",  # a landmark read as a name by the tagger
    "Is there a Buddhist pagoda near Tay Ho lake?",
    "Đạo Hòa Hảo có bao nhiêu tín đồ?",  # a religion named like a person
    "Mã BIN NAPAS của ngân hàng Đông Á là gì?",  # an acronym, not a name
    "Từ Hồ Gươm sang Bệnh viện K có xe buýt không?",  # "Từ" (from) before a place, not a surname
    "Lễ Vu Lan ở chùa có phát chay cho người bệnh không?",  # a feast
    "Ngã Tư Vọng đến Bệnh viện Bạch Mai đi đường nào?",
    "Is the Ho Chi Minh Mausoleum open for visitors on Monday?",
    "Công ty TNHH Thương mại Hoàng Long có mở phòng khám cho nhân viên không?",  # a company's words, then its name
    "Tác giả của Truyện Lục Vân Tiên mất năm nào?",  # a work, not a person
])
def test_places_departments_and_religions_are_not_people(gate, text):
    screening = gate.screen(text)
    assert "PERSON" not in screening.entity_types
    assert not screening.categorization.personal
    assert answer_locally(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "Mã số thuế 0312345678 là của doanh nghiệp nào, tra ở đâu?",  # a company's tax code
    "Tổng đài 1900 6789 12 của công ty điện lực có trực ban đêm không?",  # a 1900 number is a business line
    "Mã giao dịch FT24123456789012 trên biên lai có ý nghĩa gì?",
])
def test_organisation_numbers_are_not_a_person(gate, text):
    assert not gate.screen(text).categorization.personal
    assert answer_locally(gate, text) == "allow"


def test_a_company_tax_code_of_the_asker_is_still_personal(gate):
    assert gate.screen("Mã số thuế 0312345678 của tôi bị khóa, làm sao mở?").categorization.personal


# -- privacy v5: disclosures the gate missed ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ông tôi bị lạc ở bến xe Giáp Bát, mặc áo nâu, ai thấy báo giúp",  # a relative's whereabouts now
    "bo toi di lac tu sang, dang o cho Ben Thanh",
    "i'm hep c positive, can i still work in a kitchen?",
    "ive been on arv for a year, can i travel abroad",
    "Could you tell me where the owner of plate 29A-123.45 is right now?",
    "Số BHXH 0123456789 của tôi, rút BHXH một lần được bao nhiêu tiền?",
])
def test_more_disclosures_never_leave_the_node(gate, text):
    assert forward(gate, text)[0] == "deny"


def test_a_long_glued_run_with_a_stray_letter_is_read_as_glued_words(gate):
    text = "conemmacviemganCmantinhcoduocdihockhong"  # hepatitis C, typed without spaces
    assert UNREAD in doubtful_topics(text)
    assert "health" in sensitive_topics(text)
    assert forward(gate, text)[0] == "deny"


@pytest.mark.parametrize("text, value", [
    ("Hộ chiếu B 765 4321 của tôi hết hạn rồi, gia hạn ở đâu?", "B 765 4321"),
    ("Em tên Trần Thu Hà, sn 7.9.1995, đặt lịch tiêm giúp em", "7.9.1995"),
])
def test_spaced_passports_and_dotted_birth_dates_are_found_and_redacted(gate, text, value):
    screening = gate.screen(text)
    assert any(value in e.text for e in screening.entities)
    patients = ExpertFacts("hospital-patients", "health", "high", ("public", "sensitive_personal"), "local")
    verdict = gate.decide(screening, patients, "anonymous", "answer", False)
    assert verdict.outcome != "allow" and (verdict.redaction is None or value not in verdict.redaction.text)


def test_a_visitor_who_says_i_discloses_no_condition(gate):
    text = "Tôi có được vào thăm người bệnh ở khoa Nội sau 9 giờ tối không?"
    assert categorize(text, []).person == ASKER
    assert answer_locally(gate, text) == "allow"  # the hospital's rules expert answers it
    assert forward(gate, text)[0] == "deny"  # the asker is there: it does not leave as it is


@pytest.mark.parametrize("text", [
    "Tôi vào thăm người bệnh được không, tôi đang bị cúm?",  # a condition besides the visit
    "Tôi đi khám tim ở tuyến huyện được hưởng bao nhiêu?",  # the asker's own check-up
])
def test_the_askers_own_condition_beside_a_visit_or_a_check_up_stays_sensitive(text):
    assert "health" in categorize(text, []).sensitive


@pytest.mark.parametrize("text", [
    "Ông xã em bị tạm giữ vì đánh nhau, gia đình cần làm gì?",  # "ông xã": the asker's husband
    "ong xa minh bi viem gan B, co lay qua an uong chung khong",
    "my mom đang điều trị ung thư vú, có được bảo hiểm chi trả không?",  # English kin in Vietnamese text
    "bố tớ bị đột quỵ tuần trước, giờ tập phục hồi ở đâu?",
    "ck to dang no the tin dung 40 trieu, tat toan the nao",  # folded "chồng tớ" before a state
])
def test_spouses_and_english_kin_are_the_askers_family(text):
    assert categorize(text, []).person == ASKER


@pytest.mark.parametrize("text", [
    "Xe bị thủng ống xả thì thay ở đâu?",  # "ong xa" folded is also an exhaust pipe
    "ong xa xe may bi ro ri thi sua o dau",
    "cai vo to qua, boc lai sach o dau",  # "vỏ to": a big cover
])
def test_an_exhaust_pipe_is_nobody(text):
    assert categorize(text, []).person == NOBODY



# -- privacy v6: chat spellings, no subject, possessives, English records ------------------------------------
@pytest.mark.parametrize("text", [
    "mjk bj hen suyen tu nho, gio leo nui dc ko",  # "j" for "i", "dc" for "được"
    "e dag bj viem xoang, uong j cho nhanh khoi",
    "bme t dag bj no ngan hang, t co phai tra thay k",
    "luong e co 6 cu ma vay app 3 cho, gio tra ko noi",  # "lương e": the asker's wage
    "xe t bị giữ ở đồn 2 tuần rồi, lấy về cần gì",
    "so du tk e con 200k, bi tru tien ko ro ly do",
    "e ms sinh dc 3 thang, di lam lai co dc huong thai san ko",  # "ms" for "mới"
])
def test_chat_spellings_of_a_disclosure_are_read(gate, text):
    assert categorize(text, []).person == ASKER
    assert forward(gate, text)[0] == "deny"


@pytest.mark.parametrize("text", [
    "Chạy thận được 2 năm nay, có đi máy bay đường dài được không?",  # the speaker's own history
    "Uống thuốc chống trầm cảm được 4 tháng, giờ ngưng có sao không?",
    "Năm ngoái bị nhồi máu cơ tim, giờ leo cầu thang vẫn hụt hơi",
    "Nợ xấu từ năm ngoái, giờ mở thẻ tín dụng được không?",
    "Đã mổ thay khớp gối 3 tháng, khi nào chạy bộ lại được",
])
def test_a_disclosure_without_a_subject_is_the_askers(gate, text):
    assert categorize(text, []).person == ASKER
    assert forward(gate, text)[0] == "deny"


@pytest.mark.parametrize("text", [
    "Vừa bị công an mời lên làm việc vì cá độ bóng đá, có bị ghi vào lý lịch không?",
    "Mới phát hiện u tuyến giáp, nên mổ ở bệnh viện nào?",
    "bệnh án của ba để ở khoa nào thì xin được",  # a bare relative after a possessive: maybe the asker's
    "sổ tiết kiệm của mẹ mất rồi, rút tiền thế nào",
])
def test_a_recent_event_or_a_relative_without_an_owner_is_a_sign_of_a_person(gate, text):
    assert categorize(text, []).signal
    assert forward(gate, text)[0] == "deny"
    assert answer_locally(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "Hôm kia bị ngã xe gãy tay, giờ làm bảo hiểm thế nào?",  # a topic in a time of one's own story
    "Dương tính với lao từ năm 2021, đã khỏi, đi du học được không?",
    "Tuần trước vay tín dụng đen 10 triệu, giờ bị đòi 30 triệu",
])
def test_a_topic_in_a_time_of_ones_own_story_keeps_the_question_here(gate, text):
    assert categorize(text, []).signal
    assert forward(gate, text)[0] == "deny"


@pytest.mark.parametrize("text", [
    "Ho kéo dài hơn 3 tuần có cần chụp X-quang phổi không?",  # a duration a rule speaks of
    "Ngày 24/3 năm nay bệnh viện phổi có khám lao miễn phí không?",  # a date
])
def test_a_duration_or_a_date_in_a_topic_question_is_no_story(text):
    assert not categorize(text, []).signal


@pytest.mark.parametrize("text", [
    "nợ của chồng đang bị công ty tài chính gọi đòi, vợ có phải trả không",
    "bệnh của mẹ ngày càng nặng, có được chuyển tuyến trung ương không",
])
def test_a_bare_relative_with_something_said_of_them_now_is_the_askers(text):
    assert categorize(text, []).person == ASKER


@pytest.mark.parametrize("text", [
    "Patient: Do Van Hieu, DOB 14/02/1971, admitted for a hip replacement",
    "Name: Vo Thi Ngoc | Date of birth: 1983-09-30 | lab results pending",
    "Ms Lam Thi Thu (born 2 May 1966) was discharged yesterday, can her son collect the file?",
    "Resident Ha Van Phuc, d.o.b. 05/05/1959, reported a burglary at his flat",
])
def test_an_english_record_of_a_named_person_never_leaves_the_node(gate, text):
    assert forward(gate, text)[0] == "deny"


@pytest.mark.parametrize("text", [
    "Bị chó cắn thì phải tiêm phòng dại trong bao lâu?",
    "Người bệnh đang điều trị ARV được bao lâu thì có thể đi làm lại?",
    "Đăng ký khám bệnh online trước được mấy ngày?",
    "Quyền lợi của con khi bố mẹ ly hôn là gì?",
    "Nợ của bố mẹ đã mất thì con cái có phải trả không?",
    "theo quy dinh cua bo y te thi bhyt chi tra bao nhieu",
    "Thông tư của Bộ Y tế về giờ thăm bệnh là gì?",
    "Vitamin e có tác dụng gì cho da?",
    "Bằng lái hạng e lái được xe gì?",
    "just a quick question about the job fair in June",
    "Do I have to bring a folding bed to stay overnight in the ward?",  # a rule asked about: anybody
])
def test_generic_questions_near_the_new_cues_are_nobody(gate, text):
    found = categorize(text, [])
    assert found.person == NOBODY and not found.signal
    assert forward(gate, text) == ("allow", "forward-without-personal-data")


@pytest.mark.parametrize("text", [
    "Học phí đóng vào tài khoản nhà trường số 1903 4567 8901 23 ở Techcombank đúng không?",
    "Tài khoản của bệnh viện 0071000987654 có nhận chuyển khoản viện phí ngoài giờ không?",
])
def test_an_organisations_account_is_redacted_not_refused(gate, text):
    screening = gate.screen(text)
    assert screening.categorization.person == NOBODY and "sensitive_personal" not in screening.categorization.categories
    assert answer_locally(gate, text) == "redact"  # the rules expert answers, without the number
    assert forward(gate, text)[0] != "allow"  # never forwarded with the number in it


def test_a_persons_account_beside_an_organisation_is_still_sensitive(gate):
    found = gate.screen("stk của mẹ em 0071000987654, bệnh viện chuyển tiền bảo hiểm vào được không").categorization
    assert "sensitive_personal" in found.categories
