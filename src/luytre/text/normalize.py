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
from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Generic, TypeVar

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED_VOWELS = set("ăâêôơư")
_WORD = re.compile(r"\w+", re.UNICODE)
# A word (a whole run of \w) with a letter beyond ASCII: an ASCII word carries no tone mark to place, so only these
# are handed to ``_place_tone`` (linear: a run is read from its start only).
_MARKED_WORD = re.compile(r"(?<!\w)(?=\w*[^\W\x00-\x7f])\w+")
_Result = TypeVar("_Result")


class _ShortTextCache(Generic[_Result]):
    """``function`` with an ``lru_cache`` for texts of at most ``max_chars`` characters (``cache_short_texts``)."""

    def __init__(self, function: Callable[[str], _Result], *, maxsize: int, max_chars: int) -> None:
        update_wrapper(self, function)
        self._function, self._cached, self._max_chars = function, lru_cache(maxsize=maxsize)(function), max_chars

    @property
    def cached(self) -> Callable[[str], _Result]:
        """The ``lru_cache``d function itself, for callers that work word by word and can bound a word's length
        by ``max_chars`` themselves (no Python frame of this wrapper per word)."""
        return self._cached

    @property
    def max_chars(self) -> int:
        return self._max_chars

    def __call__(self, text: str) -> _Result:
        return self._cached(text) if len(text) <= self._max_chars else self._function(text)

    def cache_clear(self) -> None:
        self._cached.cache_clear()


def cache_short_texts(*, maxsize: int,
                      max_chars: int) -> Callable[[Callable[[str], _Result]], _ShortTextCache[_Result]]:
    """``lru_cache`` for texts of at most ``max_chars`` characters only: every stage of an ask reads the same
    words and question again, but a cache of whole 4 KB texts (or 4 KB "words" typed without spaces) would let
    varied hostile requests fill it to gigabytes; this one holds at most ``maxsize * max_chars`` characters."""
    def decorate(function: Callable[[str], _Result]) -> _ShortTextCache[_Result]:
        return _ShortTextCache(function, maxsize=maxsize, max_chars=max_chars)
    return decorate


@cache_short_texts(maxsize=65536, max_chars=16)  # the syllable inventory of Vietnamese is small
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


def _toned(match: re.Match[str]) -> str:
    """``_place_tone`` of a matched word, through its cache directly (one Python frame per word, not two)."""
    word = match.group(0)
    return _place_tone.cached(word) if len(word) <= _place_tone.max_chars else _place_tone(word)


@cache_short_texts(maxsize=1024, max_chars=1024)  # a question is normalized by the features, negation, rules, scan
def normalize(text: str) -> str:
    """NFC-normalize ``text``, unify tone placement, collapse white space and lowercase it."""
    text = unicodedata.normalize("NFC", text)
    text = _MARKED_WORD.sub(_toned, text)
    return " ".join(text.split()).lower()


# After NFD, Vietnamese text is ASCII letters, đ and the combining marks U+0300-U+036F (all but U+034F, the
# grapheme joiner, of combining class 0): such text folds by dropping every non-ASCII character, in C.
_BEYOND_VIETNAMESE = re.compile(r"[^\x00-\x7f\u0300-\u034e\u0350-\u036f]")


def drop_marks(decomposed: str) -> str:
    """``decomposed`` (NFD text) without its combining characters."""
    if not _BEYOND_VIETNAMESE.search(decomposed):  # the common case, read by every stage of an ask
        return decomposed.encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache_short_texts(maxsize=16384, max_chars=256)  # mostly words and phrases, read again by every stage of an ask
def fold(text: str) -> str:
    """Lowercase ``text`` and strip every Vietnamese diacritic ("Đắk Lắk" -> "dak lak")."""
    stripped = drop_marks(unicodedata.normalize("NFD", text.lower()).replace("đ", "d"))
    return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped).replace("đ", "d")


def tokens(text: str) -> list[str]:
    """Split already-normalized text into word tokens (letters and digits)."""
    return _WORD.findall(text)
