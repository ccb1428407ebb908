"""Override rules: phrase lexicons that force a label when every group matches.

Rules are a safety net for cases a statistical model must not miss. Phrases are
written with diacritics and matched on whole words of the diacritic-folded text,
so "dau nguc" and "đau ngực" both fire a rule written as "đau ngực".

Matching is set membership: the question's word n-grams are built once and each
rule's phrase groups are tested with ``isdisjoint``, so a hundred rules cost
tens of microseconds, not one regex search per phrase group.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luytre.errors import PackageError
from luytre.text import fold, normalize, tokens


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    flag: str | None = None
    all: list[list[str]] = Field(min_length=1)


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


def _phrase_key(phrase: str) -> str:
    return " ".join(tokens(fold(normalize(phrase))))


def _group(phrases: list[str]) -> frozenset[str]:
    keys = frozenset(k for k in map(_phrase_key, phrases) if k)
    if not keys:
        raise ValueError("a rule group has no phrases")
    return keys


class OverrideRules:
    """All rules of one file; ``match`` returns the first rule whose every group matches."""

    def __init__(self, label: str, advice: dict[str, str], rules: list[tuple[RuleMatch, list[frozenset[str]]]]):
        self.label = label
        self.advice = advice
        self._rules = rules
        self._longest = max(k.count(" ") + 1 for _, groups in rules for g in groups for k in g)

    @classmethod
    def from_file(cls, path: Path) -> "OverrideRules":
        try:
            spec = _RuleFileSpec.model_validate(json.loads(path.read_text(encoding="utf-8")))
            compiled = [(RuleMatch(r.id, r.flag), [_group(g) for g in r.all]) for r in spec.rules]
        except (OSError, json.JSONDecodeError, UnicodeDecodeError, ValidationError, ValueError) as exc:
            raise PackageError(f"override rules {path.name} are invalid: {exc}") from exc
        return cls(spec.label, {"vi": spec.advice_vi, "en": spec.advice_en}, compiled)

    def match(self, text: str) -> RuleMatch | None:
        words = tokens(fold(normalize(text)))
        grams = {" ".join(words[i:i + n]) for n in range(1, self._longest + 1) for i in range(len(words) - n + 1)}
        for rule, groups in self._rules:
            if all(not g.isdisjoint(grams) for g in groups):
                return rule
        return None
