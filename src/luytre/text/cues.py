"""Cue phrases: the words just before a value that say what the value is.

"mã số thuế 0100109106", "sdt: 0912 345 678", "sinh ngày 12/03/1985": the
nearest cue phrase before a value, close enough and with no other number in
between, names its type. Phrases are matched diacritic-folded and on word
boundaries, so "so dien thoai" and "số điện thoại" are the same cue and "dt"
does not match inside "dtdd".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from luytre.text.normalize import fold

CUE_WINDOW_CHARS = 80  # how far back a cue is looked for
_Trie = dict[str, "_Trie"]  # a letter to the phrases' rest; "" marks a phrase's end


def cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of ``phrases`` (given folded) as whole words, longest first.

    The phrases are laid out as a trie ("ung thư|ung nhọt" is "ung (?:thư|nhọt)"): a plain alternation of a
    lexicon's hundreds of phrases is tried phrase by phrase at every position of the text, which made a 4 KB
    question cost tens of milliseconds; the trie reads each position's first letter once."""
    return re.compile(r"(?<!\w)" + cue_trie(phrases) + r"(?!\w)")


def cue_trie(phrases: Iterable[str]) -> str:
    """The alternation of ``phrases`` laid out as ``cue_pattern`` lays it out, without its word boundaries: for
    patterns that put other boundaries or alternatives around it."""
    trie: _Trie = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: _Trie) -> str:
    """The alternation of ``node``'s branches, the longer ones first: a phrase that ends here is tried last,
    so the longest phrase that ends on a word boundary matches, as a longest-first alternation's would."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def nearest_cue(before: str, cues: Mapping[str, re.Pattern[str]], reach_words: int) -> str | None:
    """The name of the cue that ends nearest to the end of ``before``, if at most
    ``reach_words`` words and no digit stand between it and the value."""
    window = fold(before[-CUE_WINDOW_CHARS:])
    nearest, found = -1, None
    for name, pattern in cues.items():
        for match in pattern.finditer(window):
            if match.end() > nearest:
                nearest, found = match.end(), name
    if found is None:
        return None
    gap = window[nearest:]
    if re.search(r"\d", gap) or len(re.findall(r"\w+", gap)) > reach_words:
        return None
    return found


# A school exercise set out, folded: its frame ("Đề bài: …", "bài toán lớp 7", "giải giúp em") beside at least
# ``EXERCISE_FIGURES`` figures. Such a question is a learner's homework, whatever its words share with a bank's
# savings or a clinic's doses ("Đề bài: gửi tiết kiệm 10 triệu, lãi suất 6%…"): a tutor's, and no other domain
# classifier's.
EXERCISE_FIGURES = 2
_EXERCISE_FRAME = cue_pattern(("de bai", "bai toan", "giai giup em", "giai ho em", "giai giup con", "giai ho con",
                               "giai giup minh", "giai giup chau", "em lam ra", "con lam ra", "em tinh ra",
                               "con tinh ra", "dap an la"))
# "bài tập phần trăm lớp 6", "bài toán lớp 7", "đề toán lớp 5": an exercise of a school grade
_GRADE_EXERCISE = re.compile(r"\b(?:bai tap|bai toan|de toan|de bai)(?:\s+\w+){0,3}\s+lop\s*\d")
_FIGURE = re.compile(r"\d+")


@lru_cache(maxsize=4096)  # every classifier among a question's candidates asks it of the same text
def exercise_set_out(folded: str) -> str | None:
    """The frame of a school exercise set out in ``folded`` (a folded question) with its figures, or None."""
    frame = _EXERCISE_FRAME.search(folded) or _GRADE_EXERCISE.search(folded)
    if frame is None or len(_FIGURE.findall(folded)) < EXERCISE_FIGURES:
        return None
    return frame.group(0)
