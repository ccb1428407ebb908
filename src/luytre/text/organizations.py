"""Which organization a question names, against an expert's own (``data/organizations.toml``).

An organization's own expert, whose title names a kind of organization ("Trường THPT Hòa Bình", "Chăm sóc
khách hàng ngân hàng"), answers for that organization only. A question that names another organization of the
same sector is not its own however close its words: another kind ("học phí Đại học Kinh tế Quốc dân" to a high
school), another proper name after a kind word ("Trường THPT Chu Văn An"), or a known brand ("thẻ tín dụng
Techcombank" to a bank that names none). Phrases are matched folded on word boundaries; a proper name is the
title-case words written right after a kind word, so "trường mình" or "ngân hàng khác" name nobody.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold

_WORD = re.compile(r"\w+")
MAX_NAME_WORDS = 4  # a proper name after a kind word: "Kinh tế Quốc dân", "Chu Văn An"


@dataclass(frozen=True)
class Sector:
    """One sector's kinds of organization (each a tuple of folded synonyms), its generic kind words, the
    words after which a kind names an exam rather than an organization, and its known names."""

    name: str
    kinds: tuple[tuple[str, ...], ...]
    generic: frozenset[str]
    not_after: frozenset[str]
    counterparts_after: frozenset[str]
    names: frozenset[str]

    @property
    def pattern(self) -> re.Pattern[str]:
        return _sector_pattern(self)

    def kind_of(self, phrase: str) -> int | None:
        """The index of the kind ``phrase`` is a synonym of; None for a generic word."""
        return next((i for i, synonyms in enumerate(self.kinds) if phrase in synonyms), None)


@dataclass(frozen=True)
class Affiliation:
    """What an expert's title says of its organization: its sector, the kinds it names and the proper names
    written after them (folded)."""

    sector: Sector
    kinds: frozenset[int]
    names: frozenset[str]


@cache
def sectors() -> tuple[Sector, ...]:
    raw = tomllib.loads(resources.files("luytre.text").joinpath("data/organizations.toml").read_text("utf-8"))
    return tuple(Sector(name, tuple(tuple(k) for k in s["kinds"]), frozenset(s["generic"]),
                        frozenset(s["not_after"]), frozenset(s.get("counterparts_after", [])),
                        frozenset(s["names"]))
                 for name, s in raw["sectors"].items())


@cache
def _sector_pattern(sector: Sector) -> re.Pattern[str]:
    return cue_pattern([*sector.generic, *(k for synonyms in sector.kinds for k in synonyms), *sector.names])


def affiliation(*titles: str) -> Affiliation | None:
    """The organization ``titles`` (an expert's title in each language) name, or None when they name no kind
    of organization (a reference expert: "Gia sư luyện tập cá nhân hóa")."""
    for sector in sectors():
        mentions = [m for title in titles for m in _mentions(title, sector)]
        if mentions:
            kinds = frozenset(k for m in mentions if (k := sector.kind_of(m.phrase)) is not None)
            names = frozenset(m.name if m.phrase not in sector.names else m.phrase for m in mentions
                              if m.name or m.phrase in sector.names)
            return Affiliation(sector, kinds, names)
    return None


def other_organization(query: str, own: Affiliation) -> str | None:
    """The organization of ``own``'s sector that ``query`` names and that is not ``own`` (folded), or None."""
    sector = own.sector
    for mention in _mentions(query, sector):
        if mention.counterpart:  # the other end of the question's business: "chuyển tiền sang Vietcombank"
            continue
        phrase, name = mention.phrase, mention.name
        if phrase in sector.names:
            if phrase not in own.names:
                return phrase
            continue
        kind = sector.kind_of(phrase)
        # A title naming only a generic kind ("Quy định nhà trường") says nothing of which kind it is.
        if kind is not None and own.kinds and kind not in own.kinds and not mention.after_exam:
            return phrase
        if name and not any(name.startswith(mine) or mine.startswith(name) for mine in own.names):
            return f"{phrase} {name}"
    return None


class Mention(NamedTuple):
    """A kind word or known name of a sector in a text: the folded phrase, the proper name written after it
    (folded, "" when none), whether it follows an exam word ("thi đại học") and whether it follows a
    counterpart word ("chuyển tiền sang Vietcombank": the other end of a transfer, not the one asked)."""

    phrase: str
    name: str
    after_exam: bool
    counterpart: bool


def _mentions(text: str, sector: Sector) -> list[Mention]:
    """Each kind word or known name of ``sector`` in ``text``."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(text)]
    folded = [fold(w) for w, _ in words]
    line = " ".join(folded)
    starts, position = {}, 0
    for i, word in enumerate(folded):
        starts[position] = i
        position += len(word) + 1
    out = []
    for match in sector.pattern.finditer(line):
        first = starts.get(match.start())
        if first is None:
            continue
        last = first + len(match.group(0).split())
        name = []
        for word, _ in words[last:last + MAX_NAME_WORDS]:
            if not (word[:1].isupper() and word[1:].islower()):
                break
            name.append(fold(word))
        before = " ".join(folded[max(0, first - 3):first])
        out.append(Mention(match.group(0), " ".join(name), _ends_with_any(before, sector.not_after),
                           _ends_with_any(before, sector.counterparts_after)))
    return out


def _ends_with_any(words: str, phrases: frozenset[str]) -> bool:
    return any(words == p or words.endswith(" " + p) for p in phrases)
