"""The cheaper claims read exactly as the plain code they replace (perf17): the address parser's fuzzy search over
the names near a key's length, the tutor's skill lookup over the names sharing a word with the question, and the
organizations' per-text reading shared by every sector. Each is compared with the plain reading it replaced, on
real and random keys and questions. (The whole effect, routes, claims and answers on the open routing sets, is
compared by ``bench/ask_profile_exact.py``.)"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from luytre.kinds.address.parser import AddressParser
from luytre.kinds.address.tables import extract_tables
from luytre.text.normalize import fold, tokens

ROUTING = Path(__file__).parent / "data" / "routing"
LETTERS = "abcdeghiklmnopqrstuvxy"


def _questions() -> list[str]:
    return [json.loads(line)["query"] for name in ("dev.jsonl", "test.jsonl")
            for line in (ROUTING / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def parser() -> AddressParser:
    return AddressParser(extract_tables())


def _plain_nearest(parser: AddressParser, scope: str, key: str) -> tuple[int, list[str]]:
    """The search as it was: every name of the scope, the eight nearest within the limit, the least distance."""
    choices = parser._fuzzy_choices(scope)
    limit = 1 if len(key) <= 5 else 2
    hits = process.extract(key, choices.keys(), scorer=OSA.distance, score_cutoff=limit, limit=8)
    closest = min((hit[1] for hit in hits), default=0)
    return closest, [name for name, distance, _ in hits if 0 < distance == closest]


def _window_nearest(parser: AddressParser, scope: str, key: str) -> tuple[int, list[str]]:
    limit = 1 if len(key) <= 5 else 2
    hits = process.extract(key, parser._fuzzy_window(scope, len(key), limit), scorer=OSA.distance,
                           score_cutoff=limit, limit=8)
    if not hits:
        return 0, []
    closest = min(hit[1] for hit in hits)
    return closest, [name for name, distance, _ in hits if 0 < distance == closest]


def test_fuzzy_search_over_the_names_near_a_keys_length_finds_the_same_names(parser: AddressParser) -> None:
    tables = parser.tables
    scopes = ["provinces", *(f"p{c}" for c in list(tables.provinces)[:10]),
              *(f"op{c}" for c in list(tables.old_provinces)[:6]), *(f"od{c}" for c in list(tables.old_districts)[:20]),
              *(f"dop{c}" for c in list(tables.old_provinces)[:6])]
    rng = random.Random(17)
    compared = hits = 0
    for scope in scopes:
        names = list(parser._fuzzy_choices(scope))
        for _ in range(120):
            if names and rng.random() < 0.7:  # a name with up to three typos: most are found
                key = list(rng.choice(names))
                for _ in range(rng.randint(0, 3)):
                    at, edit = rng.randrange(len(key)), rng.randint(0, 3)
                    if edit == 0:
                        key[at] = rng.choice(LETTERS)
                    elif edit == 1 and len(key) > 1:
                        del key[at]
                    elif edit == 2:
                        key.insert(at, rng.choice(LETTERS))
                    elif at + 1 < len(key):
                        key[at], key[at + 1] = key[at + 1], key[at]
                text = "".join(key)
            else:
                text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 14)))
            if len(text) < 4:
                continue
            plain = _plain_nearest(parser, scope, text)
            assert _window_nearest(parser, scope, text) == plain, (scope, text)
            compared += 1
            hits += bool(plain[1])
    assert compared > 3000 and hits > 500  # not vacuous: many keys are typos of a name


def test_parses_of_chat_questions_are_the_same_as_with_the_plain_search(parser: AddressParser,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole parses (the claim's input) with the plain search put back in place of the windowed one."""
    from luytre.kinds.address.kind import address_in

    questions = [address_in(q) for q in _questions()[:250]]
    fast = [parser.parse(q).to_dict() for q in questions]
    plain = AddressParser(parser.tables)
    monkeypatch.setattr(plain, "_fuzzy_window", lambda scope, length, limit: list(plain._fuzzy_choices(scope)))
    assert [plain.parse(q).to_dict() for q in questions] == fast


def test_organizations_reading_is_shared_and_equal_to_reading_each_time() -> None:
    from luytre.text import organizations

    questions = [*_questions()[:300], "Trường THPT \"Chu Văn An\", trường (THPT) Lê Lợi. Ngân hàng  Vietcombank…"]
    for q in questions:
        reading = organizations._reading(q)
        assert reading == organizations._reading.__wrapped__(q)  # type: ignore[attr-defined]
        words = [(m.group(0), m.start()) for m in organizations._WORD.finditer(q)]
        assert list(reading.words) == words
        assert list(reading.folded) == [fold(w) for w, _ in words]
        assert reading.line == " ".join(fold(w) for w, _ in words)


def test_tutor_find_reads_the_same_skill_as_over_every_name(tutor_package: Path) -> None:
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert
    from luytre.kinds.tutor.kind import _BANK_WORDS
    from luytre.kinds.tutor.vocabulary import expand_shorthand

    tutor = load_expert(ExpertPackage.open(tutor_package))

    def plain(query: str) -> tuple[str, str | None, float]:  # ``find`` over every name, each folded each time
        words = set(tokens(expand_shorthand(fold(query))))
        best = (0.0, next(iter(tutor.banks.values())), None)
        for bank in tutor.banks.values():
            for skill in bank.skills:
                for name in (skill.name.vi, skill.name.en):
                    wanted = set(tokens(fold(name)))
                    overlap = len(words & wanted) / len(wanted)
                    if overlap > best[0]:
                        best = (overlap, bank, skill.id)
        if best[0] >= 0.6:
            return best[1].bank, best[2], best[0]
        folded = " ".join(tokens(fold(query)))
        for word, hint in _BANK_WORDS.items():
            hinted = next((b for b in tutor.banks.values() if hint in b.bank), None)
            if hinted is not None and f" {word} " in f" {folded} ":
                return hinted.bank, None, 0.6
        return best[1].bank, None, 0.3

    names = [n for b in tutor.banks.values() for s in b.skills for n in (s.name.vi, s.name.en)]
    rng = random.Random(3)
    questions = [*_questions()[:300], *(f"{rng.choice(names)} {rng.choice(names)}" for _ in range(100))]
    for q in questions:
        bank, skill, sure = tutor.find(q)
        assert (bank.bank, skill, sure) == plain(q), q
