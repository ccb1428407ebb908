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
from collections.abc import Callable

from luytre.sovereignty.normalize import (
    _DIGIT_WORDS,
    _DIGIT_WORDS_MARKED,
    _TENS,
    coordinate_spans,
    digit_word,
    reads_as_list,
)
from luytre.text.normalize import fold
from luytre.text.organizations import sectors

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


# -- the loose reading: what a peer may receive as it is ---------------------------------------------------------
# Every leak that reached a peer or an undeclared expert in fifteen blind sets had one shape: a value of an
# identifier's length written in a way no recognizer listed ("29 H1 234 56", "8.123.456.789" after "MST",
# "09 tám 8 chấm 765 chấm 432", Roman numerals, digits split by words of dictation). Each round listed the new way;
# the next set found another. The loose reading does not ask how a value is written: it reads every run of
# digit-bearing pieces (numerals, digit words between numerals, look-alike letters, a plate's series), joined by
# anything short that is no letter or digit, or by a word that only dictates ("chấm", "gạch", "lẻ"), and counts its
# digits. A run as long as an identifier that nothing explains (an amount with its unit, a date, a time, a year
# range, a legal document's number) means the text is not read as anonymous: it never leaves the node as it is
# (``categories``: an unread value). Fail closed toward the peer; a local answer is not affected.
LOOSE_DIGITS = 7  # a plate's 7 digits, a passport's 7 or 8, a phone's 10, a CCCD's 12
_JOINED_VALUE_DIGITS = 9
_LOOSE_PIECE = re.compile(r"[^\W_]+")
_LOOSE_MAX_GAP = 3
_LOOSE_SEPARATOR_WORDS = frozenset(("cham", "gach", "ngang", "le", "linh", "dot", "dash", "hyphen", "cach", "xet",
                                    "slash", "point"))
_LOOSE_SHORT_GROUP = 4  # a digit word joins a run only beside groups this short: dictation ("09 tám 8 …")
_DIGIT_WORD_ONLY = frozenset(("khong", "mot", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam",
                              "chin"))
_YEAR_AFTER = re.compile(r"\s{1,3}(?:19|20)\d{2}(?!\d)")  # "năm 2024": a year said, no digit
_EXPLAINED = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:1[5-9]|20)?\d{2}"  # a date
    r"|\d{1,4}\s?/\s?(?:1[5-9]|20)\d{2}"  # a legal document's number and year ("168/2024"), a month ("11/2024")
    r"|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    r"|(?:19|20)\d{2}\s?[\-–—/]\s?(?:19|20)?\d{2}"  # a year range, a school year
    r"|\d{1,2}[:h]\d{2}(?:\s?[\-–—]\s?\d{1,2}[:h]\d{2})?"  # a time, an opening span
    r"|\d+[.,]\d+(?:\s?[\-–—]\s?\d+[.,]\d+)?")  # decimals ("37,5 - 38,5")
_YEAR = re.compile(r"(?:1[5-9]|20)\d{2}")
_YEAR_LAST = re.compile(r"/(?:19|20)\d{2}$")
_LEGAL_AFTER = re.compile(r"/?[A-ZĐ]{1,5}(?:-[A-ZĐ]{1,5})*(?!\w)")  # "100/2019/NĐ-CP", "15/2023/TT-BYT"
_ACCOUNT_HOLDERS = next(sector.names for sector in sectors() if sector.name == "bank") | {
    "mb", "ctg", "stb", "momo", "zalopay"}
_IDENTIFIER_CUE = re.compile(r"(?<!\w)(?:mst|ma so thue|tax|cccd|cmnd|can cuoc|dinh danh|ho chieu|passport|sdt|"
                             r"so dien thoai|dien thoai|dt|phone|zalo|goi|stk|so tai khoan|tai khoan|account|"
                             r"card|so the|bhyt|bhxh|bao hiem|bien so|bien kiem soat|bks|plate|so xe|ma so|"
                             r"ma dinh danh|"
                             # a bank's or a wallet's name before a number: its account ("acb 12345678"); the banks
                             # the organisations' table knows, and the short forms and wallets people type
                             + "|".join(sorted(map(re.escape, _ACCOUNT_HOLDERS), key=len, reverse=True)) + ")"
                             r"\s{0,3}[:.\-]?\s{0,3}(?:[^\W\d_]+[:.]?\s{1,3}){0,3}$")
_PLATE_LOOSE = re.compile(r"\d{2}\s?[\-.]?\s?[A-Z]{1,2}\d?\s?[\-.]?\s?\d{3}\s?[.\-]?\s?\d{1,2}")


# An organisation's service number: a national hotline (1800 …, 1900 …), whoever is asked about it.
_SERVICE_NUMBER = re.compile(r"1[89]00\d{4,6}")
# A landline (02x …) said as an organisation's: after a hotline's or a switchboard's word.
_LANDLINE = re.compile(r"02\d{8,9}")
_HOTLINE_CUE = re.compile(r"(?<!\w)(?:tong dai|hotline|duong day nong|so may ban|may ban|switchboard)(?!\w)")
# What numbers an organisation gives a thing: an invoice, an order, a parcel, a product's barcode, a batch, a
# programme of study, a bank's code, a book, a record at a public service, a queue: such a number is no person's
# unless it has an identifier's shape (``_identifier_like``: "Đơn hàng 0912345678" stays unread). Folded.
_CODE_CUE = re.compile(r"(?<!\w)(?:hoa don|bien lai|don hang|ma don|van don|ma van don|ma vach|barcode|sku|ma san pham|"
                       r"ma sp|ma hang|ma nganh|so lo|lo|isbn|ma ho so|ho so|so thu tu|stt|hop dong|phieu|invoice|"
                       r"order|ma tra cuu|ma ngan hang|ma thuoc|ma buu gui|tong dai|hotline|duong day nong|"
                       r"ma giao dich cua|ma khuyen mai|ma tour|so hieu|ky hieu|seri|so seri|serial|model|ma may)"
                       r"(?:\s{1,3}(?:so|no|ma|code|number))?\.?\s{0,3}[:#]?\s{0,3}"
                       r"(?:[^\W\d_]+\s{1,3}){0,4}$")
# An exercise in arithmetic ("có chia hết cho 9", "tổng các chữ số", "đọc là gì bằng chữ", "12 345 678 x 9"). Folded.
_ARITHMETIC = re.compile(r"(?<!\w)(?:chia het|tong cac chu so|doc la|bang chu|bai toan|so nguyen to|uoc so|boi so|"
                         r"divisible|prime|digits of)(?!\w)|\d\s?[x×*]\s?\d")
# A code glued to its letters ("HD-2025-000178", "000.00.23.H29-…", "SP-0092451", "2026/CC-1234")
_GLUED_BEFORE = re.compile(r"[A-Za-z]{1,6}\d{0,3}[\-/_.]$")
_GLUED_AFTER = re.compile(r"[\-/_.][A-Za-z]")


def _loose_digits(piece: str, folded: str) -> int | None:
    """Digits a piece stands for in the loose reading, or None."""
    real = sum(map(str.isdigit, piece))
    if real == len(piece):
        return real
    if real and all(ch.isdigit() or ch in _LOOKALIKES for ch in piece):
        return len(piece)
    if not real and folded in _DIGIT_WORD_ONLY:
        return 1
    return None


def loose_runs(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, digits, identifier-like) of each run of ``text`` read loosely with ``LOOSE_DIGITS`` digits or
    more that nothing explains. Identifier-like: it starts with a 0 and holds a phone's to a CCCD's digits, has a
    plate's shape, or follows a word that asks for a value ("MST", "sđt", "biển số"). Linear: one pass."""
    if sum(map(str.isdigit, text)) < 2:
        return []
    found: list[tuple[int, int, int, bool]] = []
    run: list[tuple[int, int, int, bool]] = []  # (start, end, digits, numeral)
    exercise: list[bool] = []  # whether the text is an exercise in arithmetic, read once when a run first asks

    def arithmetic() -> bool:
        if not exercise:
            exercise.append(bool(_ARITHMETIC.search(_fold(text))))
        return exercise[0]

    def flush() -> None:
        while run and not run[-1][3]:  # nor a letter, nor a digit word ("giá 2.500.000 một tháng") ends a run
            run.pop()
        if len(run) >= 2 and _MONEY_AFTER.match(text, run[-1][1]):
            # the unit names only the amount its last groups make ("thẻ 5123 4500 1234 6789 23 triệu")
            del run[len(run) - _amount_groups(text, run):]
        while run and not run[0][3]:  # a run starts at a numeral: "năm", "ba" before it are words
            run.pop(0)
        if run and any(numeral for *_, numeral in run):
            digits = sum(d for _, _, d, _ in run)
            start, end = run[0][0], run[-1][1]
            if digits >= LOOSE_DIGITS and not _explained(text, start, end, arithmetic):
                # unexplained and joined from pieces, as long as a CMND or more: a value of unknown type too
                like = _identifier_like(text, start, end, digits) or digits >= _JOINED_VALUE_DIGITS and len(run) >= 2
                found.append((start, end, digits, like))
        run.clear()

    position = 0
    for match in _LOOSE_PIECE.finditer(text):
        start, end = match.span()
        piece = match.group()
        gap = text[position:start]
        position = end
        if run and (len(gap) > _LOOSE_MAX_GAP or ", " in gap or "\n" in gap):
            flush()
        folded = _fold(piece)
        read = _loose_digits(piece, folded)
        if read is not None and not piece.isdigit():
            # a digit word joins only among short numeral groups; a look-alike only with a real digit by it
            if read == 1 and not (run and run[-1][3] and run[-1][2] <= _LOOSE_SHORT_GROUP):
                read = None
        if read is None:
            if run and folded in _LOOSE_SEPARATOR_WORDS:
                continue
            digits_so_far = sum(d for _, _, d, _ in run)
            if run and digits_so_far == _PLATE_CODE_DIGITS and _PLATE_SERIES.fullmatch(piece):
                run.append((start, end, sum(map(str.isdigit, piece)), True))
                continue
            if run and _PLATE_SERIES.fullmatch(piece.upper()) and len(piece) <= 2 and piece.isupper():
                continue  # letters inside a value ("0912 A 345 678") neither count nor end it
            flush()
            continue
        if piece.isdigit() and _YEAR_AFTER.match(" " + piece) and run and _fold(text[run[-1][0]:run[-1][1]]) == "nam":
            run.clear()  # "năm 2024": the year said, not a digit
        run.append((start, end, read, piece.isdigit() or read > 1))
    flush()
    return found


def _amount_groups(text: str, run: list[tuple[int, int, int, bool]]) -> int:
    """How many of the run's last groups one amount makes: a lead of one to three digits and thousands groups of
    three after it ("1 200 000 000", "23")."""
    taken = 0
    for start, end, _, _ in reversed(run):
        group = text[start:end]
        if group.isdigit() and len(group) <= 3:
            taken += 1
        if not (group.isdigit() and len(group) == 3):
            break
    return taken


def _explained(text: str, start: int, end: int, arithmetic: Callable[[], bool]) -> bool:
    """A run a plain number explains: an amount (its unit after, or no value's word before it), a date, a time, a
    year range, decimals, a legal document's number, a list of numbers, an organisation's hotline, or a number an
    organisation gives a thing or an exercise uses, unless it has an identifier's shape."""
    written = text[start:end]
    if _EXPLAINED.fullmatch(written) or reads_as_list(written) or _MONEY_AFTER.match(text, end):
        return True
    groups = re.findall(r"\d+", written)
    if len(groups) >= 2 and all(_YEAR.fullmatch(group) for group in groups):  # "1945--1954--1975": years
        return True
    if _counted(groups) or _amounts_apart(written):  # rooms 1201 - 1202 - 1203; "7.000.000 - 9.000.000"
        return True
    if "." in written and any(s <= start and end <= e for s, e in coordinate_spans(text)):
        return True  # a place's latitude and longitude
    if _YEAR_LAST.search(written) and _LEGAL_AFTER.match(text, end):
        return True
    before = _fold(text[max(0, start - 40):start])
    cued = bool(_IDENTIFIER_CUE.search(before))
    if _AMOUNT_OR_DATE.fullmatch(written) and not cued:
        return True  # "2.000.000.000", "giá thuê 2.500.000": an amount; "MST 8.123.456.789" is not
    digits = "".join(ch for ch in written if ch.isdigit())
    if _SERVICE_NUMBER.fullmatch(digits) or _LANDLINE.fullmatch(digits) and _HOTLINE_CUE.search(before):
        return True
    if _identifier_like(text, start, end, len(digits)):
        return False
    return bool(_CODE_CUE.search(before) or _GLUED_BEFORE.search(text, max(0, start - 12), start)
                or bool(_GLUED_AFTER.match(text, end)) or arithmetic())


_RANGE_MARKS = re.compile(r"\s*(?:-{1,2}|[–—~])\s*")
_AMOUNT = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")


def _counted(groups: list[str]) -> bool:
    """Numbers of one width counted up ("1201 - 1202 - 1203 - 1204": rooms), three or more."""
    if len(groups) < 3 or len({len(group) for group in groups}) != 1:
        return False
    numbers = [int(group) for group in groups]
    return all(0 < after - before < 100 for before, after in zip(numbers, numbers[1:]))


def _amounts_apart(written: str) -> bool:
    """Amounts set apart by a range's marks ("15.000.000--20.000.000")."""
    parts = _RANGE_MARKS.split(written)
    return len(parts) >= 2 and all(_AMOUNT.fullmatch(part) for part in parts)


def _identifier_like(text: str, start: int, end: int, digits: int) -> bool:
    written = text[start:end]
    first = next((ch for ch in written if ch.isdigit()), "")
    if _SERVICE_NUMBER.fullmatch("".join(ch for ch in written if ch.isdigit())):
        return False
    if first == "0" and 9 <= digits <= 12 or _PLATE_LOOSE.fullmatch(written):
        return True
    return bool(_IDENTIFIER_CUE.search(_fold(text[max(0, start - 40):start])))


# A mailbox however its "@" is written ("lan.nguyen còng gmail", "lannguyen (a) yahoo", "gmail của em là
# lannguyen1990"): a handle beside a mail provider, or a mailbox word and a handle that has a digit, a dot or an
# underscore. Such a text is not read as anonymous, and the span is an e-mail address of unknown writing (the
# recognizers read the listed ones first). Bounded.
_HANDLE = r"[A-Za-z][\w.+\-]{1,63}"
_AT = (r"\s{0,3}(?:@|\uff20|[(\[{]\s?(?:at|a|@)\s?[)\]}]|(?:a\s)?(?:còng|cong|at|a còng|a cong)"
       r"|a\s?móc|a\s?moc)\s{0,3}")
_PROVIDER = (r"(?:gmail|yahoo|hotmail|outlook|icloud|ymail|protonmail|proton|fpt|vnn)"
             r"(?:\s?(?:\.|chấm|cham|dot)\s?\w{2,4})*")
_MAILBOX = re.compile(r"(?<![\w.+\-])" + _HANDLE + _AT + _PROVIDER + r"(?!\w)", re.IGNORECASE)
# ... or a handle with a digit, a dot or an underscore, then the provider, with no "@" at all ("lan.nguyen90 gmail")
_MAILBOX_BARE = re.compile(r"(?<![\w.+\-])(?=[\w.+\-]*(?:\d|[._][A-Za-z]))[A-Za-z][\w.+\-]{3,63}\s{1,3}"
                           + _PROVIDER + r"(?!\w)", re.IGNORECASE)
_MAILBOX_SAID = re.compile(r"(?<!\w)(?:gmail|e-?mail|mail|yahoo|hotmail|outlook|icloud|hộp thư|hop thu)"
                           r"(?:\s+[^\W\d_]+){0,4}?\s*(?:là|la|:|is)\s*"
                           r"(?P<handle>(?=[\w.+\-]*(?:\d|[._][A-Za-z]))[A-Za-z][\w.+\-]{3,63})(?![\w@])",
                           re.IGNORECASE)


def mailbox_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each mailbox written in ``text`` in a way the e-mail recognizer may not read."""
    if not any(word in text.lower() for word in ("@", "\uff20", "mail", "yahoo", "outlook", "icloud", "fpt",
                                                  "vnn", "proton", "hộp thư", "hop thu")):
        return []
    found = [m.span() for m in _MAILBOX.finditer(text)]
    found += [m.span() for m in _MAILBOX_BARE.finditer(text) if not any(start < m.end() and m.start() < end
                                                                        for start, end in found)]
    found += [m.span("handle") for m in _MAILBOX_SAID.finditer(text)
              if not any(start <= m.start("handle") < end for start, end in found)]
    return sorted(found)
