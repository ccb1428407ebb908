"""Everyday words for the official terms of public-service documents and school rules (``data/everyday_terms.tsv``).

People say "bằng lái", "sổ đỏ", "nhập hộ khẩu"; the documents say "giấy phép lái xe", "giấy chứng nhận quyền sử
dụng đất", "đăng ký thường trú". A claim reads the everyday words as the official term, so a question and the
documents meet. The lexicon is general Vietnamese usage: an expert whose documents never use a term is unaffected.
(Asking a build's topics in the everyday words too, as router examples, was tried and dropped: bench/README.md.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold


@cache
def everyday_terms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(official term, its everyday words), as written in the lexicon."""
    raw = resources.files("luytre.kinds.retrieval").joinpath("data/everyday_terms.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((official.strip(), tuple(w.strip() for w in everyday.split("|"))) for official, everyday in rows)


@cache
def _everyday_pattern() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    official_of = {fold(word): official for official, words in everyday_terms() for word in words}
    as_written = frozenset(unicodedata.normalize("NFC", word.lower())
                           for _, words in everyday_terms() for word in words)
    return cue_pattern(official_of), official_of, as_written


def with_official_terms(query: str) -> str:
    """``query`` with the official term of each everyday word it uses added after it (folded), for lexical
    matching against documents written in official terms. A word typed with diacritics must be the lexicon's own:
    folded, "thì lại" (then again) is "thi lại" (a resit) and "dì trẻ" is "đi trễ"."""
    pattern, official_of, as_written = _everyday_pattern()
    text = unicodedata.normalize("NFC", query.lower())
    folded = fold(text)
    aligned = len(folded) == len(text)  # one folded letter per letter: a match's span can be read as typed
    officials = dict.fromkeys(fold(official_of[m.group(0)]) for m in pattern.finditer(folded)
                              if not aligned or text[m.start():m.end()] in (m.group(0), *as_written))
    return " ".join((query, *officials)) if officials else query
