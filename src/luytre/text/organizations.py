"""Which organization a question names, against an expert's own (``data/organizations.toml``).

An organization's own expert, whose title names a kind of organization ("Trường THPT Hòa Bình", "Chăm sóc
khách hàng ngân hàng"), answers for that organization only. A question that names another organization of the
same sector is not its own however close its words: another kind ("học phí Đại học Kinh tế Quốc dân" to a high
school), another proper name after a kind word ("Trường THPT Chu Văn An"), or a known brand ("thẻ tín dụng
Techcombank" to a bank that names none). A question naming a business of a neighbouring line (an e-wallet, a
money-transfer company, an insurer for a bank) and nothing of the expert's own sector is that business's question
("phí gửi tiền qua Western Union"), unless the business is the other end of it ("nạp tiền vào ví MoMo từ ngân
hàng"). Phrases are matched folded on word boundaries; a proper name is the title-case words written right after a
kind word, so "trường mình" or "ngân hàng khác" name nobody.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from luytre.text.cues import cue_pattern
from luytre.text.normalize import cache_short_texts, fold

_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[.!?;,…\n]")
MAX_NAME_WORDS = 4  # a proper name after a kind word: "Kinh tế Quốc dân", "Chu Văn An"
# Words after which an organization is named as not the one asked about (folded; the three words before a mention).
DENIALS = frozenset({"khong phai", "ko phai", "k phai", "hong phai", "khong phai la", "ko phai la", "not", "not the",
                     "not a", "not at", "not at the", "not about", "not about the", "isn't", "not from"})


@dataclass(frozen=True)
class Sector:
    """One sector's kinds of organization (each a tuple of folded synonyms), its generic kind words, the
    words after which a kind names an exam rather than an organization, and its known names; the businesses of
    neighbouring lines its organizations do not answer for, the products only the sector sells, and the words
    after which a neighbour is the other end of the question's business or the asker's trade."""

    name: str
    kinds: tuple[tuple[str, ...], ...]
    generic: frozenset[str]
    not_after: frozenset[str]
    counterparts_after: frozenset[str]
    names: frozenset[str]
    neighbours: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
    neighbour_counterparts_after: frozenset[str] = frozenset()
    products_unless_neighbour_after: frozenset[str] = frozenset()

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
                        frozenset(s["names"]), frozenset(s.get("neighbours", [])),
                        frozenset(s.get("products", [])), frozenset(s.get("neighbour_counterparts_after", [])),
                        frozenset(s.get("products_unless_neighbour_after", [])))
                 for name, s in raw["sectors"].items())


@cache
def _sector_pattern(sector: Sector) -> re.Pattern[str]:
    return cue_pattern([*sector.generic, *(k for synonyms in sector.kinds for k in synonyms), *sector.names])


@cache
def _neighbour_pattern(sector: Sector) -> re.Pattern[str]:
    return cue_pattern(sector.neighbours)


@cache
def _product_pattern(sector: Sector) -> re.Pattern[str]:
    return cue_pattern(sector.products)


@cache
def _shared_product_pattern(sector: Sector) -> re.Pattern[str]:
    return cue_pattern(sector.products_unless_neighbour_after)


WORDS_TO_A_PRODUCTS_OWNER = 3  # "tài khoản Facebook", "tài khoản tài xế Grab"
WORDS_FROM_A_PRODUCTS_OWNER = 4  # "iPhone không nhận mã OTP", "Samsung không nhận được mã OTP"


# Words after which a product is what a neighbour requires of the asker, not what the question asks of the sector: "xin
# visa cần sổ tiết kiệm bao nhiêu" is the embassy's, "làm sổ tiết kiệm để xin visa" the bank's.
_REQUIRED = re.compile(r"\b(?:can|can co|yeu cau|phai co|bat buoc co|chung minh|chung minh bang)\s+$")


def _required(folded: str, match: re.Match[str]) -> bool:
    return bool(_REQUIRED.search(folded, max(0, match.start() - 20), match.start()))


def _names_a_product(folded: str, sector: Sector) -> bool:
    """Whether ``folded`` names one of ``sector``'s products, or a product it shares with its neighbours
    ("tài khoản") that no neighbour's name follows or precedes closely; a product a neighbour requires
    (``_REQUIRED``) is none."""
    if sector.products and any(not _required(folded, m) for m in _product_pattern(sector).finditer(folded)):
        return True
    if not sector.products_unless_neighbour_after:
        return False
    for match in _shared_product_pattern(sector).finditer(folded):
        if _required(folded, match):
            continue
        after = " ".join(folded[match.end():match.end() + 100].split()[:WORDS_TO_A_PRODUCTS_OWNER])
        # ... nor before it, as the one the product is asked of ("iPhone không nhận mã OTP")
        before = " ".join(folded[max(0, match.start() - 100):match.start()].split()[-WORDS_FROM_A_PRODUCTS_OWNER:])
        if not _neighbour_pattern(sector).search(after) and not _neighbour_pattern(sector).search(before):
            return True
    return False


def affiliation(*titles: str) -> Affiliation | None:
    """The organization ``titles`` (an expert's title in each language) name, or None when they name no kind
    of organization (a reference expert: "Gia sư luyện tập cá nhân hóa")."""
    for sector in sectors():
        mentions = [m for title in titles for m in _mentions(title, sector.pattern, sector)]
        if mentions:
            kinds = frozenset(k for m in mentions if (k := sector.kind_of(m.phrase)) is not None)
            names = frozenset(m.name if m.phrase not in sector.names else m.phrase for m in mentions
                              if m.name or m.phrase in sector.names)
            return Affiliation(sector, kinds, names)
    return None


@cache
def _names_pattern() -> re.Pattern[str]:
    return cue_pattern([name for sector in sectors() for name in sector.names])


def named_organization(query: str) -> str | None:
    """A known organization ``query`` names (folded: "techcombank"), of any sector; None when it names none."""
    found = _names_pattern().search(fold(query))
    return found.group(0) if found else None


def other_organization(query: str, own: Affiliation) -> str | None:
    """The organization of ``own``'s sector that ``query`` names and that is not ``own``, or the neighbouring business
    it asks about (folded); None when it is ``own``'s question."""
    sector = own.sector
    mentions = _mentions(query, sector.pattern, sector)
    if all(m.counterpart or m.denied for m in mentions):  # none, or only the other end of the business ("ZaloPay
        return _neighbour_asked(query, sector)  # chuyển tiền sang ngân hàng"): a neighbour's, if it names one
    for mention in mentions:
        if mention.counterpart or mention.denied:  # the other end of the question's business ("chuyển tiền
            continue  # sang Vietcombank"), or an organization the asker says is not the one asked about
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


def _neighbour_asked(query: str, sector: Sector) -> str | None:
    """The neighbouring business ``query`` is about (folded), when it names one of ``sector``'s neighbours, not
    as the other end of its business, and none of the sector's products."""
    if not sector.neighbours:
        return None
    asked = next((m.phrase for m in _mentions(query, _neighbour_pattern(sector), sector, neighbour=True)
                  if not m.counterpart and not m.denied), None)
    if asked is None or _names_a_product(fold(query), sector):
        return None
    return asked


class Mention(NamedTuple):
    """A kind word or known name of a sector in a text: the folded phrase, the proper name written after it
    (folded, "" when none), whether it follows an exam word ("thi đại học") and whether it follows a
    counterpart word ("chuyển tiền sang Vietcombank": the other end of a transfer, not the one asked)."""

    phrase: str
    name: str
    after_exam: bool
    counterpart: bool
    denied: bool = False  # written after a denial ("Không phải trường đại học nha, em hỏi trường mình")


def _mentions(text: str, pattern: re.Pattern[str], sector: Sector, *, neighbour: bool = False) -> list[Mention]:
    """Each match of ``pattern`` (``sector``'s kind words and known names, or its ``neighbour`` businesses) in
    ``text``."""
    words, joined, folded, line, starts = _reading(text)
    out = []
    counterparts = sector.neighbour_counterparts_after if neighbour else sector.counterparts_after
    for match in pattern.finditer(line):
        first = starts.get(match.start())
        if first is None:
            continue
        last = first + len(match.group(0).split())
        name = []
        for index in range(last, min(last + MAX_NAME_WORDS, len(words))):
            word = words[index][0]
            if not (joined[index] and word[:1].isupper() and word[1:].islower()):
                break
            name.append(fold(word))
        before = " ".join(folded[max(0, first - 3):first])
        out.append(Mention(match.group(0), " ".join(name), _ends_with_any(before, sector.not_after),
                           _ends_with_any(before, counterparts), _ends_with_any(before, DENIALS)))
    return out


class _Reading(NamedTuple):
    """A text's words as ``_mentions`` reads them, whatever the sector and pattern: each word with its offset,
    whether it continues the phrase before it, the words folded, their line and where each word starts in it."""

    words: tuple[tuple[str, int], ...]
    joined: tuple[bool, ...]
    folded: tuple[str, ...]
    line: str
    starts: dict[int, int]  # read only


@cache_short_texts(maxsize=256, max_chars=1024)  # one question is read for every sector and its neighbours
def _reading(text: str) -> _Reading:
    words = tuple((m.group(0), m.start()) for m in _WORD.finditer(text))
    # Whether each word continues the phrase before it: a name runs across quotes, brackets, a colon or a dash
    # ('Trường THPT "Chu Văn An"', "trường (THPT) Lê Lợi") but not across the end of a sentence or a clause
    # ("thẻ ngân hàng. Khám", "… High School. What …", "ở trường, Lan bị phạt").
    joined = tuple(i > 0 and not _CLAUSE_END.search(text, words[i - 1][1] + len(words[i - 1][0]), start)
                   for i, (_, start) in enumerate(words))
    folded = tuple(fold(w) for w, _ in words)
    starts, position = {}, 0
    for i, word in enumerate(folded):
        starts[position] = i
        position += len(word) + 1
    return _Reading(words, joined, folded, " ".join(folded), starts)


def _ends_with_any(words: str, phrases: frozenset[str]) -> bool:
    return any(words == p or words.endswith(" " + p) for p in phrases)
