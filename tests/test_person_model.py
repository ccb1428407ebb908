"""The gate's learned person signal (``luytre.sovereignty.person_model``, issue 19): a linear text model, stored as
JSON, that only ever adds a person signal the rules did not see. Every sentence here was written for this file,
not taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import answered_locally, forwarded
from luytre.sovereignty import person_model
from luytre.sovereignty.categories import categorize

PRIVACY_SETS = Path(__file__).parent / "data" / "privacy"

# Self-disclosures with no pronoun, kinship word or identifier: the rules see no person in them, the model does.
SELF_DISCLOSURES = [
    "Đi làm 3 năm mà tháng này nhận lương thấy bị trừ mất 2 triệu, hỏi ai?",
    "Đi làm 2 năm mà tháng này nhận lương thấy bị trừ mất 3 triệu, hỏi ai?",
]
# Self-disclosures that neither the rules nor the model (at 0.93, before 0.8) saw, a limit kept so it is known:
# "Tháng này lương bị trừ mất nửa, công ty làm vậy có đúng không?", "Đang đi làm mà bị tai nạn gãy chân, bảo hiểm
# trả những gì?", "Sốt 39 độ hai ngày rồi chưa hạ, có cần nhập viện không?", "Đau bụng dưới bên phải từ sáng đến
# giờ, có phải ruột thừa không?", "Đi làm 3 năm mà tháng này bị trừ lương vì nghỉ ốm 2 ngày, có đúng không?".
# Anonymous questions on a sensitive topic: public, forwarded as they are.
ANONYMOUS_TOPICS = [
    "Người bị tiểu đường nên ăn gì?",
    "Triệu chứng của sốt xuất huyết là gì?",
    "Bệnh viện có khoa tâm thần không?",
    "Phạt nồng độ cồn xe máy bao nhiêu tiền?",
    "Lãi suất gửi tiết kiệm 12 tháng hiện nay bao nhiêu?",
    "Mấy giờ bệnh viện mở cửa khám buổi sáng?",
    "Thủ tục làm căn cước công dân gồm những gì?",
    "bóng đá tối nay",  # no topic: the model is not asked
    "kiểm tra giúp tôi mã số thuế công ty",
    # an organisation speaking: the rules read its "we" as nobody's, and the model does not overrule them
    "Chúng tôi là phòng khám tư, bệnh nhân bị sốt xuất huyết phải báo ai?",
    "Bên mình là công ty may, công nhân bị tai nạn lao động thì báo ai?",
    "Chúng tôi là trường mầm non, cần làm gì khi trẻ bị tay chân miệng?",
]
OTHERS = [
    "Mẹ tôi bị ung thư phổi giai đoạn 3, nên điều trị ở đâu?",
    "CCCD của tôi là 001203012345, tra giúp",
    "toi bi dau nguc tu toi qua",
    "Giờ thăm bệnh buổi chiều là mấy giờ?",
    "Sốt 39 độ hai ngày rồi chưa hạ, có cần nhập viện không?",  # missed by both: the model may not clear it either
]


def test_the_model_file_loads_as_json_fitted_only_on_open_sets():
    model = person_model.model()
    assert model is not None and model is person_model.model()  # read once
    assert 0.5 <= model.threshold < 1 and len(model.weights) > 1000
    data = json.loads(person_model.MODEL.read_text(encoding="utf-8"))
    blind = {p.name for p in PRIVACY_SETS.iterdir() if p.is_dir() and (p / "BLIND").exists()}
    assert data["fitted_on"] and not blind & set(data["fitted_on"])


def test_scoring_is_deterministic():
    model = person_model.model()
    assert model is not None
    for text in SELF_DISCLOSURES + ANONYMOUS_TOPICS:
        assert person_model.features(text) == person_model.features(text)
        assert model.probability(text) == model.probability(text)
        assert categorize(text, ()) == categorize(text, ())


@pytest.mark.parametrize("text", SELF_DISCLOSURES)
def test_a_self_disclosure_the_rules_miss_is_kept_from_the_peer(gate, monkeypatch, text):
    with monkeypatch.context() as patched:
        patched.setattr(person_model, "flags", lambda text, topical=True: False)
        assert not categorize(text, ()).signal
        assert forwarded(gate, text) == "allow"
    assert person_model.flags(text)
    assert categorize(text, ()).signal
    assert forwarded(gate, text) != "allow"
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", ANONYMOUS_TOPICS)
def test_an_anonymous_topic_question_is_still_forwarded(gate, text):
    assert not categorize(text, ()).signal
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text", SELF_DISCLOSURES + ANONYMOUS_TOPICS + OTHERS)
@pytest.mark.parametrize("model_says", [False, True])
def test_the_model_never_clears_a_signal_nor_changes_a_local_answer(gate, monkeypatch, text, model_says):
    with monkeypatch.context() as patched:
        patched.setattr(person_model, "flags", lambda text, topical=True: False)
        rules = gate.screen(text).categorization
        local = answered_locally(gate, text)
    monkeypatch.setattr(person_model, "flags", lambda text, topical=True: model_says)
    found = gate.screen(text).categorization
    assert found.signal >= rules.signal and found.signal <= (rules.signal or model_says)
    assert (found.categories, found.sensitive, found.topics, found.person, found.personal, found.lookup) == \
        (rules.categories, rules.sensitive, rules.topics, rules.person, rules.personal, rules.lookup)
    assert set(rules.possible) <= set(found.possible)
    assert answered_locally(gate, text) == local


def test_scoring_is_bounded_on_4kb_of_hostile_text():
    model = person_model.model()
    assert model is not None
    hostile = ("tôi\u200b1234 ạ" * 600)[:4096]
    assert person_model.features(hostile) == person_model.features(hostile[:person_model.MAX_CHARS])
    model.probability(hostile)
    start = time.perf_counter()
    for _ in range(20):
        model.probability(hostile)
    assert (time.perf_counter() - start) / 20 < 0.005  # a few tenths of a millisecond measured; 5 ms on a busy machine


def test_the_asking_frame_is_read_as_the_rules_read_it():
    """"cho tôi hỏi", "giúp tôi", "can you tell me" frame a question: one token for the model, as they disclose nobody
    to the rules (``facts.asking_frame``), so the frame's "tôi" is not learned as a person."""
    framed = person_model.features("kiểm tra giúp tôi mã số thuế công ty")
    assert person_model.features("kiểm tra giúp em mã số thuế công ty") == framed
    assert not any("tôi" in f or "toi" in f for f in framed if f.startswith("w "))


def test_an_organisation_speaking_is_not_the_models_to_judge():
    assert not person_model.consulted("Chúng tôi là phòng khám tư, bệnh nhân bị sốt xuất huyết phải báo ai?")
    assert person_model.consulted("Đi làm 3 năm mà tháng này nhận lương thấy bị trừ mất 2 triệu, hỏi ai?")
