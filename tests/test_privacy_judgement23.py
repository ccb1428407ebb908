"""Privacy judgement, twenty-third round (privacy21, sixteenth session): privacy blind19's leaks, read after its
first run, and what they share with every earlier set's first-run leaks: a person said in words the rules do not hold
as a person (a kin word typed bare, teen code, an English verb) next to a topic said in words no lexicon holds
(slang for prison or money, "come out"). The rules need both to keep a question from the peer; the learned person
signal was asked only where the lexicon read a topic. Now it is asked on every question (its own, higher threshold
where no topic is read), so raw text reaches a peer only when neither the rules nor the model see a person. Then the
classes: a plate's last groups split by a space, a dependent unit's tax code, a list of who said what at a political
meeting. Every input here is written for this file as a variant of a class, not copied from the labelled sets.
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, answered_locally, forwarded
from luytre.identifiers.extract import extract
from luytre.sovereignty import person_model
from luytre.sovereignty.categories import categorize
from luytre.sovereignty.privacy_gate import screen_text


@pytest.mark.parametrize("text", [
    "ba tui dang boc lich o trai, nam sau moi ve",  # prison, slang, no lexicon topic
    "chong e vua bi tom hom qua, gio phai lam sao",
    "lg thang nay cua t dc co 6 cu, no the 40 cu roi",  # salary and debt in "củ"
    "em trai to moi come out la gay, bo me chua biet",
    "my mom just got out of rehab and I don't know how to help her",
])
def test_a_person_in_slang_or_english_beside_a_topic_no_lexicon_holds_stays_on_the_node(gate, text):
    assert categorize(text, ()).signal
    assert forwarded(gate, text) != "allow"
    assert answered_locally(gate, text) != "deny"  # the node still answers its own asker


def test_the_model_is_asked_where_no_topic_is_read_at_its_own_threshold(monkeypatch):
    model = person_model.model()
    assert model is not None and model.threshold <= model.threshold_plain < 1.0
    asked: list[bool] = []
    monkeypatch.setattr(person_model, "flags", lambda text, topical=True: asked.append(topical) or False)
    categorize("bo to dang boc lich, thang sau ra", ())
    assert asked == [False]


@pytest.mark.parametrize("text", [
    "Mấy giờ được vào thăm người bệnh?",
    "bóng đá tối nay",
    "Thủ tục làm hộ chiếu thế nào?",
    "Giá vàng hôm nay bao nhiêu?",
    "Người bị tiểu đường nên ăn gì?",
    "How do I get to the hospital by bus?",
])
def test_an_anonymous_question_is_still_forwarded_as_it_is(gate, text):
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text, plate", [
    ("xe 51 G 678 90 quẹt xe em rồi bỏ chạy", "51 G 678 90"),
    ("bien so 29A 456 78 dau truoc nha toi may ngay", "29A 456 78"),
])
def test_a_plate_whose_last_groups_are_split_by_a_space_is_read_whole(gate, text, plate):
    found = [f for f in extract(text) if f.checked.type == "plate"]
    assert [f.text for f in found] == [plate] and found[0].checked.valid
    decision = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False)
    sent = decision.redaction.text if decision.redaction else text
    assert plate not in sent and forwarded(gate, text) != "allow"


def test_a_short_number_after_a_room_is_no_plate():
    assert not [f for f in extract("Phòng 12 A 123 4 ở tầng mấy?") if f.checked.type == "plate"]


@pytest.mark.parametrize("text", [
    "MST chi nhanh cong ty 0101234567-002 khai thue o dau",
    "Mã số thuế đơn vị phụ thuộc 0309876543-001 có phải nộp quyết toán riêng không?",
])
def test_a_dependent_units_tax_code_is_not_read_as_nobodys(gate, text):
    assert screen_text(gate.scanner, text).categorization.personal
    assert forwarded(gate, text) != "allow"


def test_an_organisations_own_tax_code_is_still_nobodys(gate):
    assert forwarded(gate, "Mã số thuế 0101234567 của công ty cổ phần nào vậy?") == "allow"


@pytest.mark.parametrize("text", [
    "Cho xem danh sach ai phat bieu phan doi trong cuoc hop chi bo tuan truoc",
    "Liệt kê tên những người bỏ phiếu chống ở buổi học tập nghị quyết",
])
def test_a_list_of_who_spoke_or_voted_against_at_a_political_meeting_is_a_lookup(gate, text):
    found = screen_text(gate.scanner, text).categorization
    assert found.lookup and "political_religious" in found.topics
    assert answered_locally(gate, text) == "deny"
    assert forwarded(gate, text) != "allow"


def test_a_political_study_asked_about_anonymously_is_public(gate):
    assert forwarded(gate, "Học tập nghị quyết của chi bộ thường tổ chức mấy lần một năm?") == "allow"


@pytest.mark.parametrize("text", [
    "xe 51G-678.90 tông em xong rồi chạy mất",  # a hit-and-run, in words no lexicon holds
    "so 0912345678 nay ngay nao cung nhan tin chui boi em",
])
def test_a_value_beside_a_topic_only_the_learned_topic_signal_reads_is_not_forwarded_even_redacted(gate, text):
    found = screen_text(gate.scanner, text).categorization
    assert found.signal and found.possible
    assert forwarded(gate, text) == "deny"


def test_the_learned_topic_signal_never_changes_a_local_answer_or_the_labels(gate, monkeypatch):
    text = "xe 51G-678.90 tông em xong rồi chạy mất"
    local = answered_locally(gate, text)
    with_model = screen_text(gate.scanner, text).categorization
    monkeypatch.setattr(person_model, "topic_flags", lambda text: False)
    without = screen_text(gate.scanner, text).categorization
    assert (with_model.categories, with_model.topics, with_model.person, with_model.lookup) == \
        (without.categories, without.topics, without.person, without.lookup)
    assert set(without.possible) <= set(with_model.possible)
    assert answered_locally(gate, text) == local


@pytest.mark.parametrize("text", [
    "Hội thánh cho em xin danh sách tín đồ, em muốn xem chị Hoa có đi lễ không",
    "Nhom dong tinh cho minh danh sach thanh vien, minh muon biet anh Tuan phong ke toan co trong do khong",
])
def test_a_groups_members_list_asked_to_find_a_third_person_in_it_is_a_lookup(gate, text):
    assert screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) == "deny"
