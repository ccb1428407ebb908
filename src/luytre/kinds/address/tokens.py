"""Turn a free-form address into tokens that know their segment, type words and street cues.

Abbreviations are read here (P., F., Q., H., TX., TT., TP., P12, Q.1, Phường 01,
Roman ward numbers), so the parser only sees canonical type words and numbers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from luytre.text.normalize import fold, normalize

MAX_ADDRESS_CHARS = 1000  # longer input is not one address; only its head is read

# Type words, by their folded spelling (one or two tokens), and the unit levels they may introduce.
WARD, DISTRICT, PROVINCE = "ward", "district", "province"
_TYPE_WORDS: dict[tuple[str, ...], tuple[str, frozenset[str]]] = {
    ("phuong",): ("Phường", frozenset({WARD})), ("p",): ("Phường", frozenset({WARD})),
    ("f",): ("Phường", frozenset({WARD})), ("ph",): ("Phường", frozenset({WARD})),
    ("xa",): ("Xã", frozenset({WARD})), ("x",): ("Xã", frozenset({WARD})),
    ("thi", "tran"): ("Thị trấn", frozenset({WARD})), ("tt",): ("Thị trấn", frozenset({WARD})),
    ("dac", "khu"): ("Đặc khu", frozenset({WARD})),
    ("quan",): ("Quận", frozenset({DISTRICT})), ("q",): ("Quận", frozenset({DISTRICT})),
    ("huyen",): ("Huyện", frozenset({DISTRICT})), ("h",): ("Huyện", frozenset({DISTRICT})),
    ("thi", "xa"): ("Thị xã", frozenset({DISTRICT})), ("tx",): ("Thị xã", frozenset({DISTRICT})),
    ("thanh", "pho"): ("Thành phố", frozenset({DISTRICT, PROVINCE})),
    ("tp",): ("Thành phố", frozenset({DISTRICT, PROVINCE})),
    ("tinh",): ("Tỉnh", frozenset({PROVINCE})), ("t",): ("Tỉnh", frozenset({PROVINCE})),
}
_TYPE_FIRST = {words[0] for words in _TYPE_WORDS}
# With diacritics, a type word must be spelled as one ("Phúc Xá" does not contain the type word "xã").
_MARKED_TYPE_WORDS = {"phường", "xã", "thị trấn", "đặc khu", "quận", "huyện", "thị xã", "thành phố", "tỉnh"}
_CANONICAL_NUMBERED = {"Phường": "phuong", "Quận": "quan", "Xã": "xa"}

# Words that introduce a street, a house or a hamlet: a unit name right after one is not an administrative unit.
STREET_CUES = {"duong", "d", "pho", "ngo", "ngach", "hem", "kiet", "so", "sn", "lo", "to", "thon", "ap", "xom",
               "khom", "ban", "kp", "khu", "ql", "dt", "tl", "dl", "toa", "tang", "cc", "kdc", "kcn", "cum",
               "hxh"}
_STREET_CUES_MARKED = {"đường", "đ", "phố", "ngõ", "ngách", "hẻm", "kiệt", "số", "sn", "lô", "tổ", "thôn", "ấp",
                       "xóm", "khóm", "bản", "kp", "khu", "ql", "đt", "tl", "đl", "tòa", "tầng", "cc", "kdc", "kcn",
                       "cụm", "hxh", "lộ"}
_NOISE_WORDS = {("vietnam",), ("vn",), ("viet", "nam"), ("dia", "chi")}
_NOISE_FIRST = {words[0] for words in _NOISE_WORDS}

_TOKEN = re.compile(r"[^\W_]+")
_SEPARATOR = re.compile(r"[,;|\n]|\s[-–]\s")  # a spaced dash separates parts; "BR-VT" keeps its hyphen
_JOINED_NUMBER = re.compile(r"^(p|f|q|ph|phuong|quan)(\d{1,2})$")
_ROMAN = re.compile(r"^(?=[ivx])(x{0,2})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


@dataclass(slots=True)
class Token:
    """One word of the address: its canonical folded form, its spelling with marks and where it sits."""

    key: str  # folded, with abbreviations and numbers made canonical
    marked: str  # lowercase with diacritics, as typed
    start: int  # character offsets in the (truncated) input
    end: int
    segment: int  # index of the comma-separated part it is in
    has_marks: bool
    type_word: tuple[str, frozenset[str]] | None = None  # (unit type, levels) when this token starts a type word
    type_len: int = 0  # tokens the type word spans
    is_number: bool = False
    in_type_word: bool = False  # this token is part of a type word ("thành phố")
    noise: bool = False  # "Việt Nam", "VN", "địa chỉ": says nothing about the unit


@lru_cache(maxsize=65536)  # addresses reuse a small vocabulary
def _spellings(word: str) -> tuple[str, str]:
    """A word lowercased with its tone mark placed one way, and folded."""
    marked = normalize(word)
    return marked, fold(marked)


def _roman(text: str) -> int | None:
    if not text or not _ROMAN.match(text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > value else value
    return total


def tokenize(text: str, dashed_names: re.Pattern[str] | None = None) -> tuple[str, list[Token]]:
    """Normalize ``text`` and split it into tokens; returns the text the offsets refer to.

    ``dashed_names`` matches (folded) unit names that contain a spaced dash, such as "ba ria - vung tau":
    their dash does not separate parts."""
    # Offsets refer to the NFC text, so parts of it (the street) can be returned as the user wrote them.
    normalized = unicodedata.normalize("NFC", text[:MAX_ADDRESS_CHARS])
    separators = [m.start() for m in _SEPARATOR.finditer(normalized)]
    if dashed_names is not None and any(normalized[at] != "," for at in separators):
        folded = fold(normalized)
        if len(folded) == len(normalized):
            inside = [range(m.start(), m.end()) for m in dashed_names.finditer(folded)]
            separators = [at for at in separators if not any(at in span for span in inside)]
    tokens: list[Token] = []
    segment, last_end = 0, 0
    for match in _TOKEN.finditer(normalized):
        segment += sum(last_end <= at < match.start() for at in separators)
        last_end = match.end()
        marked, key = _spellings(match.group(0))
        joined = _JOINED_NUMBER.match(key)
        if joined:  # "p12", "q1", "f7": a type word and its number in one token
            word = "phuong" if joined.group(1) in ("p", "f", "ph", "phuong") else "quan"
            mid = match.start() + len(joined.group(1))
            tokens.append(Token(word, marked[:len(joined.group(1))], match.start(), mid, segment, False))
            tokens.append(Token(str(int(joined.group(2))), joined.group(2), mid, match.end(), segment, False,
                                is_number=True))
            continue
        tokens.append(Token(key, marked, match.start(), match.end(), segment, key != marked,
                            is_number=key.isdigit()))
    _mark_type_words(tokens)
    _mark_noise(tokens)
    return normalized, tokens


def _mark_noise(tokens: list[Token]) -> None:
    for i in range(len(tokens)):
        if tokens[i].is_number and len(tokens[i].key) >= 5:  # a postcode, not a house number
            tokens[i].noise = True
        if tokens[i].key not in _NOISE_FIRST:
            continue
        for words in _NOISE_WORDS:
            span = tokens[i:i + len(words)]
            if tuple(t.key for t in span) == words and all(t.segment == span[0].segment for t in span):
                for t in span:
                    t.noise = True


def _mark_type_words(tokens: list[Token]) -> None:
    i = 0
    while i < len(tokens):
        token, step = tokens[i], 1
        for length in ((2, 1) if token.key in _TYPE_FIRST else ()):
            words = tuple(t.key for t in tokens[i:i + length])
            if len(words) < length or words not in _TYPE_WORDS:
                continue
            span = tokens[i:i + length]
            if any(t.segment != token.segment for t in span):
                continue
            if any(t.has_marks for t in span) and " ".join(t.marked for t in span) not in _MARKED_TYPE_WORDS:
                continue
            token.type_word, token.type_len, step = _TYPE_WORDS[words], length, length
            for part in span:
                part.in_type_word = True
            numbered = i + 1 < len(tokens) and (tokens[i + 1].is_number or _roman(tokens[i + 1].key) is not None)
            if length == 1 and numbered and " " not in token.type_word[0]:
                token.key = fold(token.type_word[0])  # "P 13" is looked up as "phuong13", like "Phường 13"
            _canonical_number(tokens, i + length, token.type_word[0])
            break
        i += step


def _canonical_number(tokens: list[Token], at: int, unit_type: str) -> None:
    """"Phường 01" -> 1 and "Phường IV" -> 4, so numbered units match their table key."""
    if at >= len(tokens) or unit_type not in _CANONICAL_NUMBERED:
        return
    nxt = tokens[at]
    # "Phường IV" but not "P. Vị Tân" or "P. Vi Tan": a Roman number ends its part.
    ends_part = at + 1 == len(tokens) or tokens[at + 1].segment != nxt.segment
    roman = _roman(nxt.key) if unit_type == "Phường" and not nxt.has_marks and ends_part else None
    if nxt.is_number and len(nxt.key) <= 3:
        nxt.key = str(int(nxt.key))
    elif roman is not None:
        nxt.key, nxt.is_number = str(roman), True


def is_street_cue(token: Token) -> bool:
    return token.marked in _STREET_CUES_MARKED if token.has_marks else token.key in STREET_CUES
