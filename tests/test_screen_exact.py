"""The privacy screen's speed changes (docs/ask-profile.md, items 5 to 7) against the plain readings they replace:
the same output on every open privacy set and on random and adversarial texts (``bench/screen_exact.py`` compares
``Gate.screen`` as a whole, before and after, on 20,000 of them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luytre.sovereignty import categories, residue
from luytre.sovereignty import normalize as scan_normalize
from luytre.sovereignty.normalize import clean_text, digit_word, reads_as_list
from luytre.sovereignty.residue import (
    _AMOUNT_OR_DATE,
    _CODE_JOINERS,
    _DICTATED_DIGITS,
    _DICTATED_PLATE_DIGITS,
    _DICTATION_GAP,
    _DICTATION_WORDS,
    _GROUP,
    _MAX_DICTATION_WORDS,
    _MAX_GAP,
    _MIXED,
    _MONEY_AFTER,
    _PIECE,
    _PLATE_CODE_DIGITS,
    _PLATE_HEAD,
    _PLATE_SERIES,
    _RARE_GAP,
    _WORD,
    IDENTIFIER_DIGITS,
    SIGNAL_DIGITS,
    _digits,
    _disguised,
    _fold,
    _gap_kind,
    _read_as_a_value,
)
from luytre.text.normalize import fold, normalize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from screen_exact import screen_texts, set_questions  # noqa: E402 - after the sys.path entry

RANDOM_TEXTS = 3000


@pytest.fixture(scope="module")
def texts() -> list[str]:
    questions = [q for _, q in set_questions()]
    return questions + list(screen_texts(RANDOM_TEXTS, seed=23, questions=questions))


# -- the plain readings, as they were before the speed changes -------------------------------------------------
def plain_disguised_runs(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, digits) of each disguised digit run in ``text`` outside the ``skip`` spans, in order."""
    if not any(ch.isdigit() for ch in text) and not any(digit_word(m.group()) for m in _PIECE.finditer(text)):
        return []
    found: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int, int]] = []  # (start, end, digits, kind)
    gaps = [0]  # the run's oddest separator so far
    spans = sorted(skip or [])
    s = 0

    def flush() -> None:
        while run and run[-1][2] == 0:  # a letter never ends a run
            run.pop()
        digits = sum(count for _, _, count, _ in run)
        short = SIGNAL_DIGITS if gaps[0] == _RARE_GAP or sum(k == _WORD for *_, k in run) >= SIGNAL_DIGITS \
            else IDENTIFIER_DIGITS
        if run and digits >= short and _disguised(run, gaps[0]):
            start, end = run[0][0], run[-1][1]
            written = text[start:end]
            glued = start >= 2 and text[start - 1] in _CODE_JOINERS and text[start - 2].isalnum()
            if not (glued or _AMOUNT_OR_DATE.fullmatch(written) or reads_as_list(written)
                    or _MONEY_AFTER.match(text, end)):
                found.append((start, end, digits))
        run.clear()
        gaps[0] = 0

    for match in _PIECE.finditer(text):
        start, end = match.span()
        while s < len(spans) and spans[s][1] <= start:
            s += 1
        piece = "" if s < len(spans) and spans[s][0] < end else match.group()
        read = _digits(piece) if piece else None
        gap = text[run[-1][1]:start] if run else ""
        if run and (len(gap) > _MAX_GAP or ", " in gap):  # ", ": a list, a clause
            flush()
        if read is None:
            # a letter or a plate's series stands only after a plate's two-digit code ("ba mươi a…", "51-F2…");
            # "123456789 x 9" is a sum
            if run and _PLATE_SERIES.fullmatch(piece.upper() if len(piece) == 1 else piece) and \
                    sum(count for _, _, count, _ in run) == _PLATE_CODE_DIGITS:
                gaps[0] = max(gaps[0], _gap_kind(gap))
                run.append((start, end, sum(ch.isdigit() for ch in piece), _MIXED))
            elif run:
                flush()
            continue
        if run:
            gaps[0] = max(gaps[0], _gap_kind(gap))
        run.append((start, end, *read))
    flush()
    dictated = plain_dictated_runs(text, spans)
    if not dictated:
        return found
    apart = [run for run in found if not any(run[0] < end and start < run[1] for start, end, _ in dictated)]
    return sorted(apart + dictated)


def plain_dictated_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, digits) of each value dictated in pieces in ``text``, outside ``spans``. Linear: one pass."""
    found: list[tuple[int, int, int]] = []
    groups: list[tuple[int, int]] = []  # (start, end) of the run's digit groups
    words, worded = 0, False  # words since the last group; whether a gap so far held a word
    said: set[str] = set()  # the words of dictation between the groups

    def close() -> None:
        nonlocal words, worded
        if len(groups) >= 2 and worded:
            head = text[groups[0][0]:groups[0][1]]
            digits = sum(end - start for start, end in groups[1:])
            plate = _PLATE_HEAD.fullmatch(head)
            if plate and _DICTATED_PLATE_DIGITS[0] <= digits <= _DICTATED_PLATE_DIGITS[1] or not plate and \
                    head.startswith("0") and _DICTATED_DIGITS[0] <= digits + len(head) <= _DICTATED_DIGITS[1] \
                    and _read_as_a_value(text, groups, said):
                found.append((groups[0][0], groups[-1][1], digits + sum(ch.isdigit() for ch in head)))
        groups.clear()
        said.clear()
        words, worded = 0, False

    s, previous_end = 0, 0
    for match in _PIECE.finditer(text):
        start, end = match.span()
        while s < len(spans) and spans[s][1] <= start:
            s += 1
        piece = match.group()
        if groups and not _DICTATION_GAP.fullmatch(text, previous_end, start):
            close()
        previous_end = end
        if s < len(spans) and spans[s][0] < end:
            close()
        elif _GROUP.fullmatch(piece) or not groups and _PLATE_HEAD.fullmatch(piece):
            worded = worded or words > 0
            words = 0
            groups.append((start, end))
        elif groups and words < _MAX_DICTATION_WORDS and _fold(piece) in _DICTATION_WORDS:
            words += 1
            said.add(_fold(piece))
        elif groups:
            close()
    close()
    return found


# -- the tests --------------------------------------------------------------------------------------------------
def test_spelled_runs_pre_check_skips_only_texts_without_a_run(texts):
    for text in texts:
        for form in (text, clean_text(text)):
            assert scan_normalize._spelled_runs(form) == scan_normalize._spelled_runs_read(form), form
        cleaned, plain = clean_text(text), scan_normalize._UNFOLDED  # a letter that folds otherwise: word by word
        assert scan_normalize._spelled_dates(cleaned) == scan_normalize._spelled_dates(cleaned, plain), cleaned
    assert scan_normalize._spelled_dates("sinh ngày mười hai tháng ba năm một chín chín không") != []
    assert scan_normalize._spelled_runs("gọi số không chín một hai ba bốn năm sáu bảy tám") != []
    assert not scan_normalize._may_hold_spelled_run("Con tôi sốt 39 độ có cần đi khám không 1234")


def test_disguised_runs_read_as_the_plain_reading(texts):
    for text in texts:
        for form in (text, clean_text(text)):
            skip = [(i, i + 3) for i in range(0, len(form), 17)]
            assert residue.disguised_runs(form) == plain_disguised_runs(form), form
            assert residue.disguised_runs(form, skip) == plain_disguised_runs(form, skip), form


def test_lowering_keeps_letters_digits_and_the_rest_apart():
    """``residue`` looks for digit words in the lowered text: lowering must keep each character a letter, a digit or
    neither, and one character (but for "İ", which ``residue`` reads otherwise)."""
    import re

    piece, digit, letter = re.compile(r"[^\W_]"), re.compile(r"\d"), re.compile(r"[^\W\d_]")
    for ch in map(chr, range(sys.maxunicode + 1)):
        lowered = ch.lower()
        if len(lowered) != 1:
            assert ch == "\u0130"
            continue
        for pattern in (piece, digit, letter):
            assert bool(pattern.match(ch)) == bool(pattern.match(lowered)), hex(ord(ch))


def test_lexicon_tables_find_the_kinds_each_kind_pattern_finds(texts):
    lexicon = categories.lexicon()
    tables = [(lexicon.marked_table, [lexicon.marked]),
              (lexicon.marked_in_bare_text_table, [lexicon.marked_in_bare_text]),
              (lexicon.folded_table, [lexicon.folded, lexicon.folded_extra]),
              (lexicon.possible_marked_table, [lexicon.possible_marked]),
              (lexicon.possible_folded_table, [lexicon.possible_folded]),
              (lexicon.bare_ambiguous_table, [lexicon.bare_ambiguous])]
    for text in texts:
        for form in (text, normalize(text), fold(text)):
            for table, patterns in tables:
                want = {kind for kinds in patterns for kind, pattern in kinds.items() if pattern.search(form)}
                assert table.kinds(form) == want, form


def test_a_table_finds_a_kind_inside_a_longer_phrase_of_another():
    table = categories._table({"health": {"ung thu", "ung thu vu"}, "sex_life": {"thu vu"}, "finance": {"ung"}})
    assert table.kinds("bi ung thu vu") == {"health", "sex_life", "finance"}
    assert table.kinds("ung thuoc") == {"finance"}
    assert table.kinds("khong") == set()


def test_topics_read_after_the_lexicon_is_rebuilt_come_from_the_new_one(monkeypatch):
    """The per-text topic caches are keyed on the lexicon they read: a lexicon rebuilt (an operator's edit, a test's
    patch) is never answered from the old one (REVIEW13S M2)."""
    from luytre.sovereignty import categories

    text = "tôi bị ung thư gan"
    assert categories.sensitive_topics(text) == {"health"}
    monkeypatch.setitem(categories.LEXICON, "health",
                        tuple(w for w in categories.LEXICON["health"] if "ung" not in w))
    categories.lexicon.cache_clear()
    try:
        assert categories.sensitive_topics(text) == set()
    finally:
        monkeypatch.undo()
        categories.lexicon.cache_clear()
    assert categories.sensitive_topics(text) == {"health"}
