"""No answer says the same sentence twice (issue 20: "Chưa đúng. Đáp án: chicken. Đáp án: chicken.", triage advice
read twice), over EVERY reference expert of `luytre demo`: its manifest examples (the build's, router examples
included) and its test sets, each answered in Vietnamese and English. vn-procedures is built on its whole corpus.
A reference expert added to the demo without a row here fails this module."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import DATA, ROOT, TRIAGE_SOURCE
from luytre.demo_recipes import REFERENCE_EXPERTS
from luytre.experts.package import ExpertPackage
from luytre.kinds import load_expert
from luytre.kinds.tutor.bank import feedback, load_bank


def repeated(text: str) -> list[str]:
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]
    return [s for s, n in Counter(sentences).items() if n > 1]


def _field(path: Path, name: str) -> list[str]:
    return [json.loads(line)[name] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tutor_banks() -> list:
    return [load_bank(path) for path in sorted((ROOT / "experts" / "vn-tutor" / "banks").glob("*.yaml"))]


def _tutor_questions() -> list[str]:
    questions = [item.question for bank in _tutor_banks() for item in bank.items]
    return questions + [f"giải giúp em: {q}" for q in questions]


# expert id -> (package fixture, its test sets' questions)
SOURCES = {
    "vn-health-triage": ("triage_package", lambda: [
        text for name in ("test.jsonl", "redflags_eval.jsonl", "holdout.jsonl", "holdout2.jsonl")
        for text in _field(TRIAGE_SOURCE / "data" / name, "text")] + _field(DATA / "triage" / "blind.jsonl", "text")),
    "vn-identity": ("identity_package", lambda: _field(DATA / "identity" / "extract.jsonl", "text")
                    + _field(DATA / "identity" / "values.jsonl", "value")),
    "vn-procedures": ("procedures_package", lambda: _field(
        ROOT / "experts" / "vn-procedures" / "eval" / "questions.jsonl", "question")),
    "vn-address": ("address_package", lambda: _field(DATA / "address" / "test.jsonl", "text")
                   + _field(DATA / "address" / "handwritten.jsonl", "text")),
    "vn-tutor": ("tutor_package", _tutor_questions),
    # its questions are readings, not text: the examples are what people type to it
    "vn-factory-sensors": ("factory_package", lambda: []),
}


@pytest.mark.parametrize("expert_id", [r.id for r in REFERENCE_EXPERTS])
def test_no_answer_repeats_a_sentence(request, expert_id):
    assert expert_id in SOURCES, f"{expert_id} is a reference expert without questions here"
    fixture, questions = SOURCES[expert_id]
    expert = load_expert(ExpertPackage.open(request.getfixturevalue(fixture)))
    asked = [*expert.manifest.examples, *questions()]
    assert asked
    failures = [(q, lang, text) for q in asked for lang in ("vi", "en")
                if repeated(text := expert.answer(q, lang=lang).text)]
    assert not failures, failures[:5]


def test_tutor_feedback_after_each_answer():
    for bank in _tutor_banks():  # what a learner reads after each answer
        for item in bank.items:
            for correct in (True, False):
                assert not [t for t in feedback(item, correct).values() if repeated(t)], item.id


@pytest.mark.parametrize("text", ["Một câu. Một câu.", "Dòng một\nDòng một", "Đáp án: chicken. Đáp án: chicken.",
                                  "Gọi 115. gọi 115."])
def test_the_check_sees_a_repeat(text):
    assert repeated(text)
