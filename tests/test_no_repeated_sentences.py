"""No answer says the same sentence twice (issue 20: "Chưa đúng. Đáp án: chicken. Đáp án: chicken."), over the
manifest examples and the test sets of vn-identity, vn-address and vn-tutor, each answered in Vietnamese and
English. vn-procedures is covered in test_procedures_user.py (its full build is too slow for a unit test)."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from luytre.experts.package import ExpertPackage
from luytre.kinds import load_expert
from luytre.kinds.tutor.bank import feedback, load_bank


def repeated(text: str) -> list[str]:
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]
    return [s for s, n in Counter(sentences).items() if n > 1]


def _field(path: Path, name: str) -> list[str]:
    return [json.loads(line)[name] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check(package: Path, questions: list[str]) -> None:
    expert = load_expert(ExpertPackage.open(package))
    questions = [*expert.manifest.examples, *questions]
    failures = [(q, lang, text) for q in questions for lang in ("vi", "en")
                if repeated(text := expert.answer(q, lang=lang).text)]
    assert not failures, failures[:5]


def test_identity(identity_package):
    _check(identity_package, _field(DATA / "identity" / "extract.jsonl", "text")
           + _field(DATA / "identity" / "values.jsonl", "value"))


def test_address(address_package):
    _check(address_package, _field(DATA / "address" / "test.jsonl", "text")
           + _field(DATA / "address" / "handwritten.jsonl", "text"))


def test_tutor(tutor_package):
    banks = [load_bank(path) for path in sorted((ROOT / "experts" / "vn-tutor" / "banks").glob("*.yaml"))]
    questions = [item.question for bank in banks for item in bank.items]
    _check(tutor_package, questions + [f"giải giúp em: {q}" for q in questions])
    for bank in banks:  # and what a learner reads after each answer
        for item in bank.items:
            for correct in (True, False):
                assert not [t for t in feedback(item, correct).values() if repeated(t)], item.id


@pytest.mark.parametrize("text", ["Một câu. Một câu.", "Dòng một\nDòng một", "Đáp án: chicken. Đáp án: chicken."])
def test_the_check_sees_a_repeat(text):
    assert repeated(text)
