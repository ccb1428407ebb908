"""Advice per rule family and per audience, read from a package's advice file.

A rule names a family (its ``flag``: "stroke", "seizure"…). The advice file gives each
family what to say when one of its rules fires: ``answer`` replaces the label's answer
(a self-harm answer starts with empathy, not with a department), ``advice`` follows it.
Audiences ("child") are phrase lists; the first one the question names picks the
family's and the label's wording for that audience ("đặt bé nằm nghiêng").

File format (JSON)::

    {"audiences": {"child": ["bé", "con tôi", …]}, "ages": {"child": [0, 15]},
     "default": {"advice": {"vi": …, "en": …}},
     "families": {"seizure": {"advice": {…}, "audiences": {"child": {"advice": {…}}}}}}
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from luytre.errors import PackageError, translated
from luytre.experts.manifest import Localized
from luytre.text import fold, normalize, tokens

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class Wording(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    answer: Localized | None = None
    advice: Localized | None = None


class FamilyAdvice(Wording):
    audiences: dict[str, Wording] = Field(default_factory=dict)

    def for_audience(self, audience: str | None) -> Wording:
        variant = self.audiences.get(audience) if audience else None
        if variant is None:
            return self
        return Wording(answer=variant.answer or self.answer, advice=variant.advice or self.advice)


class _AdviceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    audiences: dict[str, list[str]] = Field(default_factory=dict)
    # An audience's ages in years, when it has some: an age stated outside them is not that audience
    # ("con gái tôi 25 tuổi" names a daughter, not a child).
    ages: dict[str, tuple[int, int]] = Field(default_factory=dict)
    default: FamilyAdvice = FamilyAdvice()
    families: dict[str, FamilyAdvice] = Field(default_factory=dict)


def _key(phrase: str) -> str:
    return " ".join(tokens(fold(normalize(phrase))))


class AdviceBook:
    """The advice of one package: ``family`` for a rule's flag, ``audience`` for a question."""

    def __init__(self, spec: _AdviceFile) -> None:
        self._spec = spec
        self._audiences = [(name, frozenset(filter(None, map(_key, phrases))))
                           for name, phrases in spec.audiences.items()]
        lengths = [k.count(" ") + 1 for _, keys in self._audiences for k in keys]
        self._longest = max(lengths, default=1)
        unknown = sorted(set(spec.ages) - set(spec.audiences))
        if unknown:
            raise PackageError(f"ages given for audiences the advice file does not define: {unknown}")

    @classmethod
    def from_file(cls, path: Path) -> AdviceBook:
        with translated(PackageError, f"advice file {path.name} is invalid"):
            return cls(_AdviceFile.model_validate_json(path.read_bytes()))

    @property
    def families(self) -> frozenset[str]:
        return frozenset(self._spec.families)

    @property
    def audiences(self) -> frozenset[str]:
        return frozenset(self._spec.audiences)

    def audience(self, text: str) -> str | None:
        """The first audience whose phrases the text names, else None."""
        if not self._audiences:
            return None
        words = tokens(fold(normalize(text)))
        grams = {" ".join(words[i:i + n]) for n in range(1, self._longest + 1) for i in range(len(words) - n + 1)}
        ages = [int(word) for word, unit in zip(words, words[1:])
                if unit == "tuoi" and word.isdigit() and len(word) < 4]
        for name, keys in self._audiences:
            span = self._spec.ages.get(name)
            if keys.isdisjoint(grams) or (span and ages and not any(span[0] <= age <= span[1] for age in ages)):
                continue
            return name
        return None

    def family(self, flag: str | None, audience: str | None) -> Wording:
        """The wording for ``flag`` (the default family's when it has none) and ``audience``."""
        chosen = self._spec.families.get(flag or "", self._spec.default)
        return chosen.for_audience(audience)


def join_sentences(*parts: str | None) -> str:
    """Join answer parts, dropping any sentence already said (the same advice must not be read twice)."""
    seen: set[str] = set()
    kept: list[str] = []
    for part in parts:
        for sentence in _SENTENCE_END.split(part or ""):
            key = sentence.strip().lower()
            if key and key not in seen:
                seen.add(key)
                kept.append(sentence.strip())
    return " ".join(kept)
