"""What the recognizers leave: digit runs in a disguise nobody listed, read without knowing which.

Each recognizer knows one way of writing a value. A writer who mixes them ("khong 9 ba 8 7…", "29-B1_234.56",
"O9l2 ba 45 678") may meet none. Whatever the recognizers found, this module reads the rest of the text as runs
of digit-bearing pieces: numerals, digit words, numerals with letters that look like digits, single letters
between them (a plate's series), joined by at most ``_MAX_GAP`` characters that are no letter or digit. A run in
a disguise (a digit word, a look-alike letter, a letter among digits, a separator other than a space, dot or
dash) is not a plain number the recognizers already judged (an order number, an amount, a date):

* with ``IDENTIFIER_DIGITS`` digits or more it is taken for an identifier of unknown type (``ID_NUMBER``):
  redacted for an expert that does not check identifiers, and the question stays on the node;
* with ``SIGNAL_DIGITS`` or more, short of a full value, it is a sign that a value was being hidden: the
  question is not forwarded as it is (``categories``: a person signal and an unread topic).

Linear: one pass over the tokens, each looked at once.
"""

from __future__ import annotations

import re

from luytre.sovereignty.normalize import (
    _DIGIT_WORDS,
    _DIGIT_WORDS_MARKED,
    _TENS,
    coordinate_spans,
    digit_word,
    reads_as_list,
)
from luytre.text.normalize import fold

IDENTIFIER_DIGITS = 7  # a plate has 7 or 8 digits, a passport 7 or 8, a phone 10, a CCCD 12
SIGNAL_DIGITS = 4
_MAX_GAP = 3
_PIECE = re.compile(r"[^\W_]+")
_LOOKALIKES = frozenset("OoIlSZBОоΟοЗзІіЧб")  # letters typed for 0, 1, 5, 2, 8; Cyrillic and Greek for 0, 1, 3, 4, 6
_PLATE_SERIES = re.compile(r"[A-Z]{1,2}\d?")  # "F2", "LD", "A": a plate's series, after its two-digit code
_PLATE_CODE_DIGITS = 2
# Separators between digits: plain (the recognizers read them), odd (slashes, commas, brackets, line breaks:
# dates and legal numbers have them too, so only in a run as long as a value) and rare (no number is written so)
_PLAIN_GAP = frozenset(" .-")
_ODD_GAP, _RARE_GAP = 1, 2
_RARE_GAP_CHARS = frozenset("_|~\\*#^")
_ODD_GAP_DIGITS = 9  # as ``normalize``'s odd separators
_CODE_JOINERS = frozenset("/_-|.\\")  # after a word: a code's parts ("GHN/2023/0012345678", "KG-100…")
_AMOUNT_OR_DATE = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}"
                             r"|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}")
_MONEY_AFTER = re.compile(r"\s?(?:đ|đồng|dong|vnd|vnđ|k|tr|triệu|trieu|tỷ|ty|nghìn|nghin|ngàn|ngan|usd|%)(?!\w)",
                          re.IGNORECASE)
# a numeral; a digit word; digits with look-alike letters, or a letter among digits
_PLAIN, _WORD, _MIXED = 0, 1, 2


def _digits(piece: str) -> tuple[int, int] | None:
    """(digits it stands for, its kind) for a digit-bearing piece, else None. Letters other than look-alikes
    make a code ("VN123", "QH15", "DH2026…"), not a disguised value."""
    real = sum(map(str.isdigit, piece))
    if real == len(piece):
        return real, _PLAIN
    if real and all(ch.isdigit() or ch in _LOOKALIKES for ch in piece):  # "O9I2", "B1": look-alike letters
        return len(piece), _MIXED
    if not real and digit_word(piece):
        return 1, _WORD
    return None


def _disguised(run: list[tuple[int, int, int, int]], gap: int) -> bool:
    """A look-alike letter or a letter among digits; a rare separator, or an odd one in a run as long as a value;
    or digit words read one by one: two side by side, or among single digits ("không 9 ba 8…"). One word by a
    number is a number said ("năm 2024", "10 năm 1986"); "13/2023", "24/7" are no values."""
    kinds = [kind for *_, kind in run]
    digits = sum(count for _, _, count, _ in run)
    if _MIXED in kinds or gap == _RARE_GAP or gap and digits >= _ODD_GAP_DIGITS:
        return True
    if kinds.count(_WORD) < 2:
        return False
    return any(a == b == _WORD for a, b in zip(kinds, kinds[1:])) or all(count == 1 for _, _, count, _ in run)


def _gap_kind(gap: str) -> int:
    if any(ch in _RARE_GAP_CHARS for ch in gap):
        return _RARE_GAP
    return _ODD_GAP if any(ch not in _PLAIN_GAP for ch in gap) else 0


class _DigitTable(dict[int, str]):
    """``str.translate`` table writing every digit (``str.isdigit``: superscript and circled ones too) as "0" and
    leaving every other character, filled on first sight of each character (at most ``_TABLE_SIZE`` kept)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        read = "0" if ch.isdigit() else ch
        if len(self) < _TABLE_SIZE:
            self[code] = read
        return read


_TABLE_SIZE = 4096
_DIGITS_AS_ZERO = _DigitTable()
# Where a run may start: a piece with a digit, or a piece that may be a digit word (``digit_word``: a superset,
# each is read again), found in the text with its digits written as "0"; pieces between, read while no run is
# open, change nothing, so the reading jumps from one to the next.
_DIGIT_WORD_FORMS = sorted({*_DIGIT_WORDS_MARKED, *(w for w in _DIGIT_WORDS if w.isascii()), _TENS},
                           key=lambda w: (-len(w), w))
_RUN_START_PATTERN = r"(?<![^\W_])(?:[^\W\d_]*\d|(?:" + "|".join(_DIGIT_WORD_FORMS) + r")(?![^\W_]))"
# Searched in the lowered text (a word is a digit word by its lower case; lowering keeps every character a letter,
# a digit or neither, as ``tests/test_screen_exact.py`` checks): unless lowering changes its length ("İ").
_RUN_START = re.compile(_RUN_START_PATTERN)
_RUN_START_ANY_CASE = re.compile(_RUN_START_PATTERN, re.IGNORECASE)


def disguised_runs(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, digits) of each disguised digit run in ``text`` outside the ``skip`` spans, in order."""
    marked = text.translate(_DIGITS_AS_ZERO)
    lowered = marked.lower()
    starts, scanned = (_RUN_START, lowered) if len(lowered) == len(marked) else (_RUN_START_ANY_CASE, marked)
    if starts.search(scanned) is None:  # no digit and no digit word
        return []
    found: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int, int]] = []  # (start, end, digits, kind)
    gaps = [0]  # the run's oddest separator so far
    # a place's latitude and longitude ("-33.8688; 151.2093") is no one's number, whatever separates its sides
    spans = sorted([*(skip or []), *(coordinate_spans(text) if "." in text else ())])
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

    position = 0
    while True:
        # the next piece; with no run open, the next piece where one may start (the pieces between are no-ops)
        match = _PIECE.search(text, position) if run else _next_piece(text, starts.search(scanned, position))
        if match is None:
            break
        start, end = match.span()
        position = end
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
    dictated = _dictated_runs(text, spans)
    if not dictated:
        return found
    apart = [run for run in found if not any(run[0] < end and start < run[1] for start, end, _ in dictated)]
    return sorted(apart + dictated)


# A value dictated in pieces, with words between its digit groups that say how they follow ("0912 lẻ 345 lẻ 678",
# "đầu số 0903, còn đuôi là 112 233", "CCCD đầu là 001 089. Sáu số cuối: 001 234", a plate "30G, số 456 chấm 78"):
# words of dictation only, a few between two groups, and punctuation of a sentence. The value starts with a 0, as a
# phone's or an identity number's does (an amount, a room, a time does not), and holds a phone's to a CCCD's digits;
# or it opens with a plate's code and series and holds a plate's number. Folded words; digit words count as words
# of dictation ("sáu số cuối") and not as digits: the reading is the writer's own.
# Words that only dictation has ("lẻ", "đầu", "đuôi", "chấm"), and words that also join a list or a story ("và",
# "rồi": "Phòng 0305 và 0306 và 0307", "Hoá đơn 0123 rồi 456 rồi 789"): with only the latter, a value is read only
# beside a word that asks for one (``_VALUE_CUE``: "sđt", "căn cước", "gọi") and not as a list of equal groups.
_DICTATION_ONLY_WORDS = frozenset(("le", "linh", "duoi", "dau", "cuoi", "cham", "gach", "ngang", "ke", "dot", "dash",
                                   "ending", "starts"))
_DICTATION_WORDS = _DICTATION_ONLY_WORDS | frozenset(("roi", "con", "so", "la", "tiep", "theo", "va", "sau", "do",
                                                      "nua", "phan", "lai", "nhe", "giua", "tiep theo", "then", "and",
                                                      "with"))
_LIST_JOINERS = frozenset(("va", "and"))
_VALUE_CUE = re.compile(r"(?<!\w)(?:sdt|so dien thoai|dien thoai|dt|so may|phone|zalo|goi|nhan tin|lien he|cccd|"
                        r"cmnd|can cuoc|ho chieu|passport|so tai khoan|stk|tai khoan|so the|bhyt|bhxh|ma so|"
                        r"dinh danh)(?!\w)")
_CUE_REACH = 60  # characters before the value, or after it, where a cue counts
_DICTATION_GAP = re.compile(r"[\s,.:;\-]{1,4}")
_MAX_DICTATION_WORDS = 5  # between two groups ("còn sáu số cuối là")
_GROUP = re.compile(r"\d{2,6}")  # halves too ("nửa đầu 001203, nửa sau 012345")
_PLATE_HEAD = re.compile(r"\d{2}[A-Z]{1,2}\d?")
# a piece that ``_GROUP`` or ``_PLATE_HEAD`` reads whole
_GROUP_START = re.compile(r"(?<![^\W_])(?:\d{2,6}|\d{2}[A-Z]{1,2}\d?)(?![^\W_])")
_DICTATED_DIGITS = (9, 12)  # a CMND's 9 to a CCCD's 12
_DICTATED_PLATE_DIGITS = (4, 5)  # after the plate's code and series


def _next_piece(text: str, at: re.Match[str] | None) -> re.Match[str] | None:
    """The piece of ``text`` that starts where ``at`` does."""
    return None if at is None else _PIECE.match(text, at.start())


def _dictated_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
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

    s, previous_end, position = 0, 0, 0
    while True:
        # the next piece; with no group yet, the next piece that may be one (the pieces between are no-ops)
        match = _PIECE.search(text, position) if groups else _next_piece(text, _GROUP_START.search(text, position))
        if match is None:
            break
        start, end = match.span()
        position = end
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


def _read_as_a_value(text: str, groups: list[tuple[int, int]], said: set[str]) -> bool:
    """Whether groups dictated with the words ``said`` between them read as one value: words only dictation has,
    or a cue asking for a value near them (``_VALUE_CUE``) and not groups of one width joined by "và" (a list)."""
    if said & _DICTATION_ONLY_WORDS:
        return True
    if said & _LIST_JOINERS and len({end - start for start, end in groups}) == 1:
        return False
    start, end = groups[0][0], groups[-1][1]
    near = _fold(text[max(0, start - _CUE_REACH):start]) + " " + _fold(text[end:end + _CUE_REACH])
    return bool(_VALUE_CUE.search(near))


def _fold(word: str) -> str:
    return fold(word.lower())
