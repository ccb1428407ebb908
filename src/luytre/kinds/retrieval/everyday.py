"""Everyday words for the official terms of public-service documents and school rules (``data/everyday_terms.tsv``),
and the short forms of chat Vietnamese (``data/chat_forms.tsv``).

People say "bằng lái", "sổ đỏ", "nhập hộ khẩu"; the documents say "giấy phép lái xe", "giấy chứng nhận quyền sử
dụng đất", "đăng ký thường trú". A claim reads the everyday words as the official term, so a question and the
documents meet; the answer writes them as the official term where the documents use it, and reads what people do to
a paper ("làm lại", "làm mới") as the documents' "cấp lại", "cấp đổi" in a question naming a paper the documents name
(``in_official_words``). The lexicon is general Vietnamese usage: an expert whose documents never use a term is
unaffected.
(Asking a build's topics in the everyday words too, as router examples, was tried and dropped: bench/README.md.)
Typed fast, "được" is "dc", "không" "ko", "điện thoại" "đt": such a question shares almost no word with documents until
its short forms are read as the words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from importlib import resources

from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold

_WORD = re.compile(r"(\w+)")


@cache
def _chat_forms() -> dict[str, tuple[str, ...]]:
    """Each short form with its readings, the most common first ("dk": đăng ký, điều kiện)."""
    raw = resources.files("luytre.kinds.retrieval").joinpath("data/chat_forms.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#"))
    return {short.strip(): tuple(w.strip() for w in words.split("|")) for short, words in rows}


_NUMBERED_FORM = re.compile(r"([^\W\d_]+)(\d+)")  # "hk2": a short form and its number written together


def with_chat_forms_read(query: str, documents_use: Callable[[str], bool] | None = None) -> str:
    """``query`` with each chat short form written as the word ("tr mình có cho mang đt vào lớp ko" -> "trường
    mình có cho mang điện thoại vào lớp không"). Whole words only, and not a unit after a number ("5 tr"); a form
    written with its number ("hk2") is read too ("học kỳ 2"). In a question typed without diacritics the words
    come without them too ("co dc ko" -> "co duoc khong"), so it is still read as such (its diacritics restored
    from the documents).
    A form with several readings ("dk": "đăng ký" or "điều kiện", "hk": "học kỳ" or "hộ khẩu") is read as the one
    the documents use beside the question's next or previous word ("dk lên lớp": the rules say "điều kiện lên
    lớp"), or, typed alone, as one they use at all; given no ``documents_use`` (the folded term -> whether some
    passage has it), or when they use none so, it stays as typed."""
    forms = _chat_forms()
    text = unicodedata.normalize("NFC", query)
    bare = fold(text) == text.lower()
    parts = _WORD.split(text)  # words at the odd places
    for i in range(1, len(parts), 2):
        word, number = parts[i].lower(), ""
        if word not in forms and (joined := _NUMBERED_FORM.fullmatch(word)) and joined.group(1) in forms:
            word, number = joined.group(1), " " + joined.group(2)
        readings = forms.get(word)
        after_number = i >= 3 and not parts[i - 1].strip() and parts[i - 2][-1:].isdigit()
        if readings is None or after_number:
            continue
        full = _reading(readings, parts, i, documents_use)
        if full is not None:
            parts[i] = (fold(full) if bare else full) + number
    return _WEEKDAY.sub(lambda m: f"{m.group(1)} {fold(_WEEKDAYS[m.group(2)]) if bare else _WEEKDAYS[m.group(2)]}",
                        "".join(parts))


# A weekday written as its number ("thứ 2", "thu 7") as rules write it ("thứ Hai", "thứ Bảy").
_WEEKDAYS = {"2": "hai", "3": "ba", "4": "tư", "5": "năm", "6": "sáu", "7": "bảy"}
_WEEKDAY = re.compile(r"(?<!\w)(thứ|thu|Thứ|Thu|THỨ|THU)\s*([2-7])(?![\w.,]\d)(?!\w)")


def _reading(readings: tuple[str, ...], parts: list[str], i: int,
             documents_use: Callable[[str], bool] | None) -> str | None:
    """The reading of the short form at ``parts[i]`` (see ``with_chat_forms_read``)."""
    if len(readings) == 1:
        return readings[0]
    if documents_use is None:
        return None
    neighbours = [fold(parts[j]).lower() for j in (i - 2, i + 2) if 0 < j < len(parts)]
    used = [r for r in readings if documents_use(fold(r))]
    beside = [r for r in used if any(documents_use(f"{fold(r)} {n}") or documents_use(f"{n} {fold(r)}")
                                     for n in neighbours)]
    chosen = beside if neighbours else used  # beside a word, the documents must say it so: "hk2 nhận" is no hộ khẩu
    return chosen[0] if chosen else None


_LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)?(?![\w-])")
_INFLECTIONS = ("", "s", "es", "ed", "d", "ing")


@cache
def _english_terms() -> dict[str, str]:
    raw = resources.files("luytre.kinds.retrieval").joinpath("data/english_terms.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#"))
    return {english.strip(): vietnamese.strip() for english, vietnamese in rows}


def with_english_read(query: str) -> str:
    """``query`` with the English words of an organization's rules that the bundled glossary leaves as written
    (``data/english_terms.tsv``: "Saturdays", "overdue", "fine") in Vietnamese: "mấy giờ thư viện đóng Saturdays"
    -> "mấy giờ thư viện đóng thứ bảy". Two-word terms first ("nail polish"), then words, read with their plural
    or participle ending taken off. A word is only read so when it has no diacritics and is in the list, which holds
    no word that is also a Vietnamese syllable typed without them."""
    terms = _english_terms()
    if not _LATIN_WORD.search(query):
        return query

    def term(words: str) -> str | None:
        lowered = words.lower()
        for ending in _INFLECTIONS:
            if lowered.endswith(ending) and (gloss := terms.get(lowered[:len(lowered) - len(ending)])) is not None:
                return gloss
        return None

    two = re.compile(r"(?<![\w-])([A-Za-z]+ [A-Za-z]+)(?![\w-])")
    query = two.sub(lambda m: term(m.group(1)) or m.group(0), query)
    return _LATIN_WORD.sub(lambda m: term(m.group(0)) or m.group(0), query)


@cache
def question_words() -> frozenset[str]:
    """Syllables (folded) that say how a question is asked, not what it is about (``data/question_words.txt``)."""
    raw = resources.files("luytre.kinds.retrieval").joinpath("data/question_words.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#") for w in line.split())


def _rows(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(official term, its everyday words) of a lexicon in ``data/``."""
    raw = resources.files("luytre.kinds.retrieval").joinpath(f"data/{name}").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#"))
    # A line without a tab names a word the lexicon only finds (a paper), as its own official term.
    return tuple((row[0].strip(), tuple(w.strip() for w in row[-1].split("|"))) for row in rows)


@cache
def everyday_terms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(official term, its everyday words), as written in the lexicon."""
    return _rows("everyday_terms.tsv")


@cache
def _lexicon(name: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, tuple[str, ...]]]:
    """A lexicon's pattern over folded text, the official term of each folded everyday word, and how each folded
    everyday word is written with its diacritics."""
    rows = _rows(name)
    official_of = {fold(word): official for official, words in rows for word in words}
    written: dict[str, tuple[str, ...]] = {}
    for _, words in rows:
        for word in words:
            written[fold(word)] = (*written.get(fold(word), ()), unicodedata.normalize("NFC", word.lower()))
    return cue_pattern(official_of), official_of, written


def _marks(letter: str) -> set[str]:
    """The diacritics of one letter ("ổ" -> circumflex, hook; "đ" -> its stroke)."""
    decomposed = unicodedata.normalize("NFD", letter)
    return set(decomposed[1:]) | ({"stroke"} if letter == "đ" else set())


def _typed_as(typed: str, word: str) -> bool:
    """``typed`` is ``word`` with some of its diacritics left out ("sô đo" for "sổ đỏ"), none added: "thì lại"
    has a mark "thi lại" has not."""
    return len(typed) == len(word) and all(_marks(a) <= _marks(b) for a, b in zip(typed, word, strict=False))


def _uses(query: str, name: str) -> list[tuple[int, int, str]]:
    """The everyday words of lexicon ``name`` that ``query`` uses: (start, end, official term). A word typed with
    diacritics must be the lexicon's own, at most with some marks left out: folded, "thì lại" (then again) is "thi
    lại" (a resit), "dì trẻ" "đi trễ". The span is in ``query`` NFC-lowered, or -1 when the folded text cannot be
    read letter for letter against it."""
    pattern, official_of, written = _lexicon(name)
    text = unicodedata.normalize("NFC", query.lower())
    folded = fold(text)
    aligned = len(folded) == len(text)  # one folded letter per letter: a match's span can be read as typed
    return [(m.start() if aligned else -1, m.end() if aligned else -1, official_of[m.group(0)])
            for m in pattern.finditer(folded)
            if not aligned or any(_typed_as(text[m.start():m.end()], word) for word in written[m.group(0)])]


# A question asking for a procedure on a paper (folded): to make it again, renew it, where, how long, what it costs.
_ASKS_PROCEDURE = cue_pattern(("lam lai", "lam moi", "lam o dau", "lam the nao", "lam sao", "cap lai", "cap doi",
                               "cap moi", "doi lai", "doi sang", "doi moi", "doi o dau", "het han", "bi mat",
                               "thu tuc", "ho so", "giay to gi", "le phi", "o dau", "bao lau", "xin cap", "nop"))
_IDENTIFIER_LONG = re.compile(r"\d(?:[\s.-]?\d){5,}")  # six digits or more, grouped or not


def _old_names_read(query: str) -> bool:
    """Whether ``query`` asks for a procedure and carries no identifier-length number (``data/old_names.tsv``)."""
    return bool(_ASKS_PROCEDURE.search(fold(query.lower()))) and not _IDENTIFIER_LONG.search(query)


def _term_uses(query: str) -> list[tuple[int, int, str]]:
    """The everyday words of ``query`` with an official term, and its old names of papers when it asks for a
    procedure on one (``_old_names_read``)."""
    return _uses(query, "everyday_terms.tsv") + (_uses(query, "old_names.tsv") if _old_names_read(query) else [])


def official_terms(query: str) -> list[str]:
    """The official terms (folded) of the everyday words ``query`` uses (``_term_uses``)."""
    return list(dict.fromkeys(fold(official) for _, _, official in _term_uses(query)))


def everyday_words(query: str) -> list[tuple[str, str]]:
    """The everyday words of ``query`` that have an official term, folded, each with that term (folded): "đi trễ bị
    gì" -> [("di tre", "di muon")]. Words whose place in ``query`` cannot be read letter for letter are left out."""
    text = fold(unicodedata.normalize("NFC", query.lower()))
    return [(text[start:stop], fold(official)) for start, stop, official in _term_uses(query)
            if start >= 0]


def with_official_terms(query: str) -> str:
    """``query`` with the official term of each everyday word it uses added after it (folded), for lexical
    matching against documents written in official terms."""
    officials = official_terms(query)
    return " ".join((query, *officials)) if officials else query


def in_official_words(query: str, documents_use: Callable[[str], bool]) -> str:
    """``query`` with each everyday word written as the official term, where the documents use that term (given
    folded to ``documents_use``), for the answer to read a question as the claim does: "làm lại bằng lái ở đâu" ->
    "cấp lại giấy phép lái xe ở đâu". Names of things come from ``data/everyday_terms.tsv``; what is done to a paper
    ("làm lại", "làm mới" for "cấp lại", "cấp đổi": ``data/everyday_actions.tsv``) is read so only in a question
    naming a paper the documents name too (``data/papers.txt``): "làm lại bài kiểm tra" at a school is a resit,
    and "xin lại thẻ thư viện" read as "cấp lại" would only draw a public office's documents about another card.
    In a question typed without diacritics the term comes without them too (the restorer then reads it from the
    documents)."""
    asked = unicodedata.normalize("NFC", query)
    text = _written_as(asked, "everyday_terms.tsv", documents_use)
    if _old_names_read(asked):  # "làm lại cmnd" is the căn cước's procedure; "số cmnd 0123…" is a number
        text = _written_as(text, "old_names.tsv", documents_use)
    # The paper as asked or as the documents' term ("sổ bhxh" is written "bảo hiểm xã hội").
    if any(documents_use(fold(paper)) for _, _, paper in _uses(asked, "papers.txt") + _uses(text, "papers.txt")):
        text = _written_as(text, "everyday_actions.tsv", documents_use)
    return text


def _written_as(text: str, lexicon: str, documents_use: Callable[[str], bool]) -> str:
    """``text`` with the everyday words of ``lexicon`` written as the official terms the documents use: in place,
    or added at the end when a word's place cannot be read."""
    folded = fold(text)
    spans = [span for span in _uses(text, lexicon)
             if documents_use(fold(span[2])) and not _within_term(folded, span)]
    if not spans:
        return text
    bare = fold(text) == text.lower()
    if len(text.lower()) != len(text) or any(start < 0 for start, _, _ in spans):
        return " ".join((text, *dict.fromkeys(fold(official) if bare else official for _, _, official in spans)))
    out, end = [], 0
    for start, stop, official in spans:  # in order, never overlapping (one pattern's matches)
        out += [text[end:start], fold(official) if bare else official]
        end = stop
    return "".join(out) + text[end:]


def _within_term(folded: str, span: tuple[int, int, str]) -> bool:
    """The everyday word at ``span`` is already part of its official term as written ("phiếu lý lịch tư pháp")."""
    start, stop, official = span
    term = fold(official)
    if start < 0:
        return term in folded
    return any(m.start() <= start and stop <= m.start() + len(term)
               for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", folded))
