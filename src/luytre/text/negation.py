"""Negation scope in Vietnamese: which words a "không"/"chưa"/"chẳng" denies.

"không khó thở, không đau ngực" names two red flags only to deny them; "gọi không
dậy", "sốt không hạ", "không nói được" deny nothing: they are symptoms. A simple
NegEx-style reading (Chapman et al., 2001) is enough for short complaints:

* a cue opens a scope, unless the word after it makes the phrase a symptom
  (``not, able`` verbs, "không hạ", "không ngừng") or a non-negation ("không biết");
* fillers ("có", "bị", "thấy", "ý nghĩ"…) and "hay"/"hoặc" lists do not use up the
  scope; it covers at most ``SCOPE_WORDS`` other words;
* a clause boundary (punctuation, "nhưng", "mà", "thì", "giờ") or an ability word
  ("được", "nổi") closes it.

Everything works on diacritic-folded words, so "ko kho tho" reads like "không khó thở".
"""

from __future__ import annotations

import re

from luytre.text.normalize import cache_short_texts, fold, normalize

SCOPE_WORDS = 3
_CUES = frozenset({"khong", "ko", "k", "kg", "khg", "kh", "chua", "chang", "cha"})
# A cue followed by one of these words does not deny what follows: "không hạ", "không ngừng",
# "không nói được", "không biết sao…", "không ai hiểu".
_NOT_A_NEGATION = frozenset([
    "ai", "an", "bat", "biet", "bot", "bu", "cam", "chac", "chi", "chiu", "cu", "cui", "day", "di", "do",
    "duoc", "dung", "dut", "giam", "goi", "ha", "hieu", "it", "khoi", "kiem", "kip", "lau", "lay", "len", "mo",
    "muon", "nghe", "ngoi", "ngot", "ngu", "ngung", "nhac", "nhan", "nhung", "noi", "nuot", "phai", "phan",
    "ro", "sao", "the", "tho", "thuyen", "tieu", "tinh", "tra", "yen",
])
# Words that neither end a scope nor use it up: "không có ý nghĩ tự tử", "chưa từng bị khó thở".
_FILLERS = frozenset([
    "bao", "bi", "cai", "cam", "cho", "co", "con", "dinh", "gi", "gio", "hay", "he", "hoac", "kem", "lan", "nao",
    "nghi", "rang", "thay", "theo", "tung", "va", "y",
])
_ENDS_SCOPE = frozenset(["duoc", "gio", "lai", "ma", "noi", "nhung", "roi", "sau", "song", "thi", "tuy"])
_CLAUSE = re.compile(r"[,.;:!?\n()\[\]/…-]+")
_WORD = re.compile(r"\w+")


@cache_short_texts(maxsize=1024, max_chars=1024)  # a question is read by the text features and the override rules
def negated_words(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The folded words of ``text`` and, for each, whether a negation cue denies it."""
    words: list[str] = []
    negated: list[bool] = []
    for clause in _CLAUSE.split(fold(normalize(text))):
        clause_words = _WORD.findall(clause)
        words += clause_words
        negated += _scope(clause_words)
    return tuple(words), tuple(negated)


def _scope(words: list[str]) -> list[bool]:
    flags = [False] * len(words)
    remaining = 0
    for i, word in enumerate(words):
        if word in _CUES and (i + 1 == len(words) or words[i + 1] not in _NOT_A_NEGATION):
            remaining = SCOPE_WORDS
            continue
        if remaining == 0:
            continue
        if word in _ENDS_SCOPE and not (word == "gio" and words[i - 1] == "bao"):  # "bao giờ" is not "giờ"
            remaining = 0
            continue
        flags[i] = True
        if word not in _FILLERS:
            remaining -= 1
    return flags
