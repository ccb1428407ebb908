"""Override rules: phrase lexicons that force a label when every group matches.

Rules are a safety net for cases a statistical model must not miss. Phrases are
written with diacritics and matched on whole words of the diacritic-folded text,
so "dau nguc" and "đau ngực" both fire a rule written as "đau ngực"; text typed with
diacritics is matched with them, so "rạn da" does not fire a rule about "rắn". A phrase
that a negation denies ("không khó thở") does not count (``luytre.text.negation``), nor
a rule whose ``unless`` phrases appear ("từng bị", "phòng ngừa").

Matching is set membership: the question's word n-grams are built once and each
rule's phrase groups are tested with ``isdisjoint``, so a hundred rules cost
tens of microseconds, not one regex search per phrase group.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luytre.errors import PackageError
from luytre.text import fold, normalize, tokens
from luytre.text.negation import negated_words


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    flag: str | None = None
    all: list[list[str]] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)


class _RuleFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1)
    advice_vi: str = ""
    advice_en: str = ""
    rules: list[_RuleSpec] = Field(min_length=1)


@dataclass(frozen=True)
class RuleMatch:
    id: str
    flag: str | None


def _marked(text: str) -> str:
    """Diacritics kept, but hỏi and ngã merged: the two tones people confuse most."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace("\u0303", "\u0309"))


def _as_typed(word: str) -> str:
    """A word of the question as it is matched: marked if it was typed with marks, else folded."""
    folded = fold(word)
    return _marked(word) if folded != word else folded


def _phrase_keys(phrase: str) -> set[str]:
    """Every way the phrase can be typed word by word, with or without marks ("đau nguc" too).
    A phrase written "=tự vẫn" matches only as typed with its marks ("tu van" is "tư vấn")."""
    marks_only = phrase.startswith("=")
    words = tokens(normalize(phrase.removeprefix("=")))
    options = ({_marked(w)} if marks_only else {_marked(w), fold(w)} for w in words)
    return {" ".join(combo) for combo in itertools.product(*options)} if words else set()


def _group(phrases: list[str]) -> frozenset[str]:
    keys = frozenset(k for p in phrases for k in _phrase_keys(p))
    if not keys:
        raise ValueError("a rule group has no phrases")
    return keys


class OverrideRules:
    """All rules of one file; ``match`` returns the first rule whose every group matches."""

    def __init__(self, label: str, advice: dict[str, str],
                 rules: list[tuple[RuleMatch, list[frozenset[str]], frozenset[str]]]):
        self.label = label
        self.advice = advice
        self._rules = rules
        self._longest = max(k.count(" ") + 1 for _, groups, unless in rules for g in (*groups, unless) for k in g)

    @classmethod
    def from_file(cls, path: Path) -> "OverrideRules":
        try:
            spec = _RuleFileSpec.model_validate(json.loads(path.read_text(encoding="utf-8")))
            compiled = [(RuleMatch(r.id, r.flag), [_group(g) for g in r.all],
                         _group(r.unless) if r.unless else frozenset()) for r in spec.rules]
        except (OSError, json.JSONDecodeError, UnicodeDecodeError, ValidationError, ValueError) as exc:
            raise PackageError(f"override rules {path.name} are invalid: {exc}") from exc
        return cls(spec.label, {"vi": spec.advice_vi, "en": spec.advice_en}, compiled)

    @property
    def flags(self) -> frozenset[str]:
        """The families the rules name (their ``flag``)."""
        return frozenset(rule.flag for rule, _, _ in self._rules if rule.flag)

    def match(self, text: str) -> RuleMatch | None:
        """The first rule whose every group names a phrase of ``text`` and whose ``unless`` does not.

        A word typed with marks must match them ("rạn" is not "rắn", "màu" is not "máu"); a word
        typed without marks matches any marks."""
        folded, negated = negated_words(text)
        typed = [_as_typed(w) for w in tokens(normalize(text))]
        words = typed if len(typed) == len(folded) else folded
        grams = {" ".join(words[i:i + n]) for n in range(1, self._longest + 1)
                 for i in range(len(words) - n + 1) if not negated[i]}
        for rule, groups, unless in self._rules:
            if all(not g.isdisjoint(grams) for g in groups) and unless.isdisjoint(grams):
                return rule
        return None
