"""Normalize Vietnamese text so that spelling variants compare equal.

Three steps matter for matching user input against training text:

* Unicode NFC, because keyboards emit both precomposed and combining forms.
* One tone-mark placement per syllable ("hoà" and "hòa" are the same word;
  we use the traditional placement, the one most Vietnamese text on the web uses).
* Diacritic folding ("thủ tục" -> "thu tuc") for people who type without marks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED_VOWELS = set("ăâêôơư")
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=65536)  # the syllable inventory of Vietnamese is small
def _place_tone(syllable: str) -> str:
    """Return ``syllable`` (NFC) with its tone mark on the traditional vowel."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = next((ch for ch in decomposed if ch in _TONE_MARKS), None)
    if tone is None:
        return syllable
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    lower = bare.lower()
    positions = [i for i, ch in enumerate(lower) if ch in _VOWELS]
    # "qu" and "gi" + vowel: the u/i belongs to the consonant.
    if len(positions) > 1 and (
        (lower.startswith("qu") and positions[0] == 1) or (lower.startswith("gi") and positions[0] == 1)
    ):
        positions = positions[1:]
    if not positions:
        return syllable
    modified = [i for i in positions if lower[i] in _MODIFIED_VOWELS]
    if modified:
        target = modified[-1]  # "ươ" takes the mark on ơ
    elif len(positions) == 1:
        target = positions[0]
    elif positions[-1] < len(lower) - 1:
        target = positions[-1]  # closed syllable: "hoàng", "toán"
    elif len(positions) == 2:
        target = positions[0]  # open syllable: "hòa", "thủy", "mùa"
    else:
        target = positions[1]  # "ngoài", "khuỷu"
    marked = bare[: target + 1] + tone + bare[target + 1 :]
    return unicodedata.normalize("NFC", marked)


@lru_cache(maxsize=4096)  # one question is normalized by the features, the negation scope, the rules and the scan
def normalize(text: str) -> str:
    """NFC-normalize ``text``, unify tone placement, collapse white space and lowercase it."""
    text = unicodedata.normalize("NFC", text)
    text = _WORD.sub(lambda m: _place_tone(m.group(0)), text)
    return " ".join(text.split()).lower()


# After NFD, Vietnamese text is ASCII letters, đ and the combining marks U+0300-U+036F (all but U+034F, the
# grapheme joiner, of combining class 0): such text folds by dropping every non-ASCII character, in C.
_BEYOND_VIETNAMESE = re.compile(r"[^\x00-\x7f\u0300-\u034e\u0350-\u036f]")


def drop_marks(decomposed: str) -> str:
    """``decomposed`` (NFD text) without its combining characters."""
    if not _BEYOND_VIETNAMESE.search(decomposed):  # the common case, read by every stage of an ask
        return decomposed.encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)  # mostly single words and phrases, read again by every stage of an ask
def fold(text: str) -> str:
    """Lowercase ``text`` and strip every Vietnamese diacritic ("Đắk Lắk" -> "dak lak")."""
    stripped = drop_marks(unicodedata.normalize("NFD", text.lower()).replace("đ", "d"))
    return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped).replace("đ", "d")


def tokens(text: str) -> list[str]:
    """Split already-normalized text into word tokens (letters and digits)."""
    return _WORD.findall(text)
