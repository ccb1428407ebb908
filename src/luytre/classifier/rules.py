"""Override rules: phrase lexicons that force a label when every group matches.

Rules are a safety net for cases a statistical model must not miss. Phrases are
written with diacritics and matched on whole words of the diacritic-folded text,
so "dau nguc" and "đau ngực" both fire a rule written as "đau ngực".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luytre.errors import PackageError
from luytre.text import fold, normalize


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


def _group_pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted({" ".join(fold(normalize(p)).split()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not alternatives:
        raise ValueError("a rule group has no phrases")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)")


class OverrideRules:
    """All rules of one file; ``match`` returns the first rule whose every group matches."""

    def __init__(self, label: str, advice: dict[str, str], rules: list[tuple[RuleMatch, list[re.Pattern[str]]]]):
        self.label = label
        self.advice = advice
        self._rules = rules

    @classmethod
    def from_file(cls, path: Path) -> "OverrideRules":
        try:
            spec = _RuleFileSpec.model_validate(json.loads(path.read_text(encoding="utf-8")))
            compiled = [(RuleMatch(r.id, r.flag), [_group_pattern(g) for g in r.all]) for r in spec.rules]
        except (OSError, json.JSONDecodeError, UnicodeDecodeError, ValidationError, ValueError) as exc:
            raise PackageError(f"override rules {path.name} are invalid: {exc}") from exc
        return cls(spec.label, {"vi": spec.advice_vi, "en": spec.advice_en}, compiled)

    def match(self, text: str) -> RuleMatch | None:
        folded = " ".join(fold(normalize(text)).split())
        for rule, groups in self._rules:
            if all(g.search(folded) for g in groups):
                return rule
        return None
