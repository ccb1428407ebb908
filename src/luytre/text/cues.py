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

from luytre.text.normalize import fold

CUE_WINDOW_CHARS = 80  # how far back a cue is looked for


def cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of ``phrases`` (given folded) as whole words, longest first."""
    alternatives = sorted({re.escape(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


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
