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

from luytre.sovereignty.normalize import digit_word, reads_as_list

IDENTIFIER_DIGITS = 7  # a plate has 7 or 8 digits, a passport 7 or 8, a phone 10, a CCCD 12
SIGNAL_DIGITS = 4
_MAX_GAP = 3
_PIECE = re.compile(r"[^\W_]+")
_LOOKALIKES = frozenset("OoIlSZB")  # letters typed for 0, 1, 5, 2, 8
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
    real = sum(ch.isdigit() for ch in piece)
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


def disguised_runs(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
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
    return found
