"""Text as the privacy gate reads it: evasions undone before scanning, with the way back to the input.

Two layers, each a ``Mapped`` text that remembers where each of its characters came from:

* ``clean``: the form the node keeps, scans, routes and forwards. NFC; Unicode format characters
  (zero-width spaces and joiners, word joiner, BOM, bidi controls, soft hyphen) removed; full-width
  and other non-ASCII digits (superscript and circled ones too) and full-width letters folded to ASCII;
  every kind of space made a plain space. "CCCD 0\u200b01203012345" and "CCCD ００１２０３０１２３４５" are the
  same text after it.
* ``scan_view``: a scanning aid, never forwarded. Digits glued to letters are set apart
  ("cccdcuatoi001203012345"), digits spelled out in words become digits ("không chín một hai…"),
  "gạch ngang"/"chấm" between digit groups become "-"/"." and "[at]"/"[dot]" in an e-mail address
  become "@"/".". Digit groups split by spaces, dots or dashes are left to the recognizers, which
  read them as one value.

Offsets found in either layer map back to the layer below with ``Mapped.source_span``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from luytre.text.cues import cue_trie
from luytre.text.normalize import drop_marks

# Format characters that are not Cf but are used the same way to split words.
_EXTRA_INVISIBLE = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u034f"}


@dataclass(frozen=True)
class Mapped:
    """``text`` derived from ``source``: ``starts[i]``/``ends[i]`` is the source span of ``text[i]``."""

    text: str
    source: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``source`` that ``text[start:end]`` came from."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.source)
            return at, at
        return self.starts[start], self.ends[end - 1]


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def emit(self, text: str, start: int, end: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def done(self) -> Mapped:
        return Mapped("".join(self.chars), self.source, tuple(self.starts), tuple(self.ends))


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" or ch in _EXTRA_INVISIBLE


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        return chr(code - 0xFEE0)
    if ch.isspace():
        return " "
    # decimal digits of any script, and digits drawn otherwise: superscript, circled, parenthesised ("⁰⁹¹²",
    # "⓪①②"); a number above 9 in one character ("⑩") is no digit and stays
    digit = unicodedata.digit(ch, None)
    if digit is not None:
        return str(digit)
    if unicodedata.category(ch) == "Pd":  # en dash, minus sign, …: a dash between digit groups
        return "-"
    return ch


def clean(text: str, invisible: str = "") -> Mapped:
    """NFC ``text`` without format characters, with ASCII digits, letters and spaces (see module doc).
    ``invisible`` replaces each format character: "" (they split identifiers: "0\u200b012…"), or " " to
    read them as the word breaks they may also stand for ("trầm\u200bcảm" is "trầm cảm")."""
    text = unicodedata.normalize("NFC", text)
    out = _Builder(text)
    for i, ch in enumerate(text):
        if not _is_invisible(ch):
            out.emit(_fold_char(ch), i, i + 1)
        elif invisible:
            out.emit(invisible, i, i + 1)
    mapped = out.done()
    # Removing a joiner can leave combining marks next to a new base letter: compose again where it matters.
    if unicodedata.is_normalized("NFC", mapped.text):
        return mapped
    return _recompose(mapped)


def _recompose(mapped: Mapped) -> Mapped:
    out = _Builder(mapped.source)
    i, text = 0, mapped.text
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        start, end = mapped.starts[i], mapped.ends[j - 1]
        out.emit(composed, start, end)
        i = j
    return out.done()


class _CleanTable(dict[int, str]):
    """``str.translate`` table of ``clean`` for one ``invisible``, filled on first sight of each character;
    at most ``_TABLE_SIZE`` are kept, so a flood of distinct characters cannot grow it without bound."""

    def __init__(self, invisible: str) -> None:
        super().__init__()
        self.invisible = invisible

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        cleaned = self.invisible if _is_invisible(ch) else _fold_char(ch)
        if len(self) < _TABLE_SIZE:
            self[code] = cleaned
        return cleaned


_TABLE_SIZE = 4096
_CLEAN_TABLES = {"": _CleanTable(""), " ": _CleanTable(" ")}


def clean_text(text: str, invisible: str = "") -> str:
    """``clean(text, invisible).text`` without the offsets, a table lookup per character: every ask
    cleans its text several times (scan, categories, facts)."""
    table = _CLEAN_TABLES.get(invisible)
    if table is None:
        return clean(text, invisible).text
    text = unicodedata.normalize("NFC", text)
    cleaned = text.translate(table)
    return cleaned if unicodedata.is_normalized("NFC", cleaned) else clean(text, invisible).text


# -- the scan view -------------------------------------------------------------------
_DIGIT_WORDS = {
    "khong": "0", "linh": "0", "le": "0", "mot": "1", "mốt": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4",
    "nam": "5", "lam": "5", "sau": "6", "bay": "7", "tam": "8", "chin": "9",
    # English, the second language ("zero nine three eight…"); none is a folded Vietnamese digit word
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}
_TENS = "muoi"  # "mười" (ten) and "mươi" (tens) folded: "ba mươi" is 30, "mười hai" 12
_THOUSANDS, _HUNDREDS, _ZERO_TENS = frozenset({"nghin", "ngan"}), "tram", frozenset({"linh", "le"})
_LETTER_WORD = "chu"  # "chữ A": the letter said as such
_ENGLISH_TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
                 "eighty": "8", "ninety": "9"}  # "thirty A one two three…": a plate's code read in English
_MIN_SPELLED = 7  # fewer spelled digits read as ordinary words ("ba năm", "hai ba")
# Read one digit at a time, numerals and words mixed ("không 9 ba 8 7 sáu 5 4 3 hai"): a value however few of
# its digits are words, and its spelled ends count too
_MIN_ONE_BY_ONE = 7
_MIN_SPELLED_WITH_LETTERS = 6  # a plate read aloud ("năm một ép một hai ba bốn") has six digits or more
_SPELLED_SEP = re.compile(r"\s*,\s*|\s+|\s*-\s*| \. ")  # " . " between single digits as in a plate read out
# Words read between spelled groups as the separator they name ("một hai ba chấm bốn năm"): skipped.
_SPOKEN_SEPARATORS = frozenset({"cham", "gach", "ngang", "xet", "set", "dot", "dash", "point", "hyphen", "slash"})
# Letters read aloud, as a plate's series or a passport's first letter is ("ba không A", "xê một hai…",
# "hai chín hát một"), folded. Many are everyday words too ("so" is "số", "xe" a vehicle, "de" is "để"): they
# count only between spelled or written digits; at the start of a run only a name that is no other word, before
# a passport's seven or eight digits; a letter never ends a run.
_LETTER_NAMES = {
    "be": "B", "bo": "B", "xe": "C", "ce": "C", "co": "C", "de": "D", "do": "D", "ep": "F", "go": "G", "gie": "G",
    "ge": "G", "hat": "H", "hac": "H", "ho": "H", "ca": "K", "ka": "K", "lo": "L", "mo": "M", "no": "N", "en": "N",
    "pe": "P", "po": "P", "quy": "Q", "cu": "Q", "ro": "R", "et": "S", "so": "S", "te": "T", "to": "T", "ve": "V",
    "vo": "V", "ich": "X", "xo": "X", "det": "Z", "zet": "Z",
}
_LETTER_PAIRS = {("e", "lo"): "L", ("em", "mo"): "M", ("en", "no"): "N", ("e", "ro"): "R", ("et", "xi"): "S",
                 ("ich", "xi"): "X", ("ve", "kep"): "W", ("ep", "pho"): "F", ("i", "dai"): "Y"}
_LEADING_LETTER_NAMES = frozenset({"ce", "ep", "gie", "hat", "ka", "pe", "quy", "et", "ich", "det", "zet",
                                   "bê", "xê", "cê", "dê", "đê", "giê", "hát", "pê", "ét", "tê", "vê", "ích", "dét"})
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Latin letters, and Cyrillic and Greek ones drawn as digits ("0912З45678": a Cyrillic Ze; "ОО12…": Cyrillic or
# Greek capital O), read as those digits among digits
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "О": "0", "о": "0", "Ο": "0", "ο": "0",
                            "З": "3", "з": "3", "І": "1", "і": "1", "Ч": "4", "б": "6"})
_LIKE = "0-9OoIlОоΟοЗзІіЧб"  # the characters of ``_LOOKALIKE`` and the digits, as a class
# Digit groups joined by dots, dashes, slashes or bars, read whole ("079.2O3.Ol2.347", "2O/O8/2O21"), with a
# digit in one of the first two groups. Linear: the look-ahead reads at most two groups, the run is atomic,
# and a run never starts inside another ("15K-O12.35" starts after the letter).
_LOOKALIKE_RUN = re.compile(rf"(?<![^\W_])(?<![{_LIKE}][./|\-])(?=[{_LIKE}]*\d|[{_LIKE}]+[./|\-][{_LIKE}]*\d)"
                            rf"(?>[{_LIKE}]+(?:[./|\-][{_LIKE}]+)*)")
_MIN_GLUED_LOOKALIKE = 8  # a run glued to the word after it ("l03870l23457vietinbank") is a value only this long
# A licence plate glued to the words around it ("xe51G67890cua"): set apart like glued digit runs.
_GLUED_PLATE = re.compile(r"(?<=[^\W\d_])\d{2}[A-Z]{1,2}\d{4,6}(?=[^\W\d_]|$)"
                          r"|(?<!\w)\d{2}[A-Z]{1,2}\d{4,6}(?=[^\W\d_])")
# Digits glued to letters, or to underscores as in a file name ("cccd_001203012345_mat_truoc.jpg")
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d])\d{8,}|(?<!\d)\d{8,}(?=[^\W\d])")
# ... but not inside a postal item's number (UPU S10: "VN123456789VN", "EE987654321VN"), a parcel's code
_PARCEL_CODE = re.compile(r"(?<!\w)[A-Z]{2}\d{9}[A-Z]{2}(?!\w)")
# Digit groups split by characters the recognizers do not read between digits ("001/203/012/345",
# "0912_345_678", "079|203|001|234", "[0912] [345] [678]", a line break): read as one value when the groups
# hold 9 to 19 digits together and the run is no date or amount. Atomic, bounded groups: linear.
_ODD_SEPARATORS = "/_|,\\\n[]()"
_ODD_RUN = re.compile(r"(?<![\w/.,\-])[\[(]?(?>\d{1,8}(?:[ ]?(?:[/_|,\\\n\[\]().\-–—][ ]?){1,4}\d{1,8}|[ ]\d{1,8})"
                      r"{1,18})[\])]?(?![\w/])")
# "0 9 1 2 - 3 4 5 - 6 7 8": one digit at a time, beyond the recognizers' one separator character; or the marks
# doubled ("0912--345..678", "0912 --- 345 ... 678"). Between longer groups a spaced dash separates fields
# ("… - 0931 738 519 - 104 Cầu Giấy"), unless the groups together have a phone's or a CCCD's shape
# ("0912 - 345 - 678", "001 . 089 . 001 . 234", "0912 - 345678").
_SPACED_DASH_OR_DOT = re.compile(r" [.\-–—]{1,4} ")
_DOUBLED_MARKS = re.compile(r"(?<=\d)[.\-–—]{2,4}(?=\d)")  # no number is written so: whatever its groups
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PHONE_OR_CCCD = re.compile(r"0\d{9}|0\d{11}|84\d{9}")
_ODD_RUN_DIGITS = (9, 19)
_AMOUNT = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
# "phòng 301, 302, 303", "phòng 101 | 102 | 103": a list, typed with spaces after its commas, or around other
# separators between numbers of one length that do not start with 0 (a value's groups do, or differ in length)
_LISTED = re.compile(r"\d+(?:, \d+)+")
_SPACED_LIST = re.compile(r"[1-9]\d{0,3}(?: [/|;] [1-9]\d{0,3})+")
_DATE_LIKE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
# A place's latitude and longitude, in degrees with four decimals or more ("21.0285, 105.8542", "10.762622
# 106.660172"): where something is, no one's number, though a side has a CMND's nine digits. The one rule for it (the
# scanner's and the disguise reader's): a latitude in [-90, 90] and a longitude in [-180, 180], neither with a leading
# zero: "091.2345678, 098.7654321" are two phones, "190.3456 789.0123" an account.
_COORDINATE_PAIR = re.compile(r"(?<![\d.])(-?(?:0|[1-9]\d{0,2})\.\d{4,8})\s{0,3}[,;]?\s{0,3}"
                              r"(-?(?:0|[1-9]\d{0,2})\.\d{4,8})(?![\d.])")


def _in_range(match: re.Match[str]) -> bool:
    return abs(float(match.group(1))) <= 90 and abs(float(match.group(2))) <= 180


def coordinate_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a latitude and a longitude (``_COORDINATE_PAIR``)."""
    return [m.span() for m in _COORDINATE_PAIR.finditer(text) if _in_range(m)]


def is_coordinate_pair(text: str) -> bool:
    """``text`` is a latitude and a longitude, all of it (``_COORDINATE_PAIR``)."""
    match = _COORDINATE_PAIR.fullmatch(text)
    return match is not None and _in_range(match)


_SPOKEN_SEPARATOR = re.compile(r"(?<=\d)\s*(?:(?P<dash>gạch ngang|gach ngang|gạch|gach)|(?P<dot>chấm|cham))\s*(?=\d)",
                               re.IGNORECASE)
_OBFUSCATED_AT = re.compile(r"\s*(?:\[\s*(?:at|@|a)\s*\]|\(\s*(?:at|@|a)\s*\)|\{\s*(?:at|@|a)\s*\}"
                            r"|\s(?:còng|cong|a còng|a móc|a moc|at)\s|\s@|@\s)\s*",
                            re.IGNORECASE)
_OBFUSCATED_DOT = re.compile(r"\s*(?:\[\s*(?:dot|\.)\s*\]|\(\s*(?:dot|\.)\s*\)|\{\s*(?:dot|\.)\s*\}"
                             r"|\s(?:chấm|cham|dot)\s|\s\.|\.\s)\s*",
                             re.IGNORECASE)
# Bounded pieces: every match attempt costs at most a few hundred steps, whatever the text. A plain "@" too: only
# the dot may be disguised ("hoa.tran1992@gmail[.]com"); a plain address is left as it is (nothing to join).
# "[@]", "[.]", "(a)" as well as "[at]", "[dot]"; the English words "at" and "dot" only together ("ten at gmail dot
# com"): "at" alone is too common a word before a place and a full stop.
_EMAIL_LIKE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}(?:(?:\s{0,3}(?:\[\s?(?:at|@|a)\s?\]|\(\s?(?:at|@|a)\s?\)|"
                         r"\{\s?(?:at|@|a)\s?\}|\s(?:còng|cong|a còng|a móc|a moc)\s|\s@|@\s|@)\s{0,3})[\w-]{1,63}"
                         r"(?:\s{0,3}(?:\[\s?(?:dot|\.)\s?\]|\(\s?(?:dot|\.)\s?\)|\{\s?(?:dot|\.)\s?\}|\s(?:chấm|cham)\s|\.)"
                         r"\s{0,3}[\w-]{1,63}){1,6}|\sat\s[\w-]{1,63}(?:\sdot\s[\w-]{1,63}){1,6}"
                         # "hoa.tran1992 at gmail.com": "at" before a host whose name ends in a dot and letters
                         r"|\sat\s[A-Za-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,4}\.[A-Za-z]{2,6}(?![\w.]))", re.IGNORECASE)


_PLAIN_AT = re.compile(r"(?<![\s\[({])@(?![\s\])}])")
_MARKED_DOT = re.compile(r"[\[({]\s?(?:dot|\.)\s?[\])}]|\s(?:chấm|cham|dot)\s", re.IGNORECASE)


def _fold_word(word: str) -> str:
    lowered = word.lower()
    if lowered.isascii():  # most tokens of a run: nothing to fold, and the costly path is skipped
        return lowered
    return drop_marks(unicodedata.normalize("NFD", lowered).replace("đ", "d"))


_DIGIT_WORDS_MARKED = frozenset(unicodedata.normalize("NFC", w) for w in (
    "không", "linh", "lẻ", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín",
    "mười", "mươi"))


def digit_word(word: str) -> bool:
    """Whether ``word`` reads as a digit ("chín", "chin", "nine") or a tens word ("mươi"): typed with its
    diacritics, or bare ("từ" is no "tư")."""
    if len(word) > 6 or not word.isalpha():
        return False
    lowered = word.lower()
    if not lowered.isascii():
        return lowered in _DIGIT_WORDS_MARKED
    return lowered in _DIGIT_WORDS or lowered == _TENS


_PASSPORT_READ = re.compile(r"[A-Z]\d{7,8}")  # a run may begin with a letter only as a passport number does
_PLATE_PROVINCE = re.compile(r"\d{2}[A-Z]?")  # two or three characters: a run of more entries never fits


def _letter_fits(run: list[tuple[int, int, str, bool]]) -> bool:
    """Whether a letter may follow ``run``: a plate's series after its two-digit province code ("ba không A",
    "29 LD"); a passport's letter only begins a run."""
    return len(run) <= 3 and bool(_PLATE_PROVINCE.fullmatch("".join(value for _, _, value, _ in run)))


class _FoldCharTable(dict[int, str]):
    """``str.translate`` table folding each letter as ``_fold_word`` folds it, one character for one: a letter that
    folds to one ASCII letter becomes it, any other letter ``_UNFOLDED``; every other character stays. Filled on
    first sight of each character, at most ``_TABLE_SIZE`` kept."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if not _LETTER.fullmatch(ch):
            folded = ch
        else:
            folded = _fold_word(ch)
            if not (len(folded) == 1 and folded.isascii() and folded.isalpha()):
                folded = _UNFOLDED
        if len(self) < _TABLE_SIZE:
            self[code] = folded
        return folded


_LETTER = re.compile(r"[^\W\d_]")
_UNFOLDED = "\x00"
_FOLD_CHARS = _FoldCharTable()
# The pre-check of ``_spelled_runs``, on the text folded letter by letter (``_FOLD_CHARS``: each word as
# ``_fold_word`` folds it): chains of the tokens a run can hold, joined as a run's tokens are (``_SPELLED_SEP``, or
# touching), each from a token a run can start with (a numeral, a digit word, a letter's name that may lead).
_RUN_DIGIT_WORDS = sorted({w for w in _DIGIT_WORDS if w.isascii()} | {_TENS, _HUNDREDS, *_ENGLISH_TENS},
                          key=lambda w: (-len(w), w))
_RUN_LETTERS = sorted({*_LETTER_NAMES, *(w for pair in _LETTER_PAIRS for w in pair)}, key=lambda w: (-len(w), w))
_RUN_LEADING = sorted({_fold_word(w) for w in _LEADING_LETTER_NAMES} | {first for first, _ in _LETTER_PAIRS},
                      key=lambda w: (-len(w), w))
_RUN_SKIPPED = sorted({*_SPOKEN_SEPARATORS, _LETTER_WORD}, key=lambda w: (-len(w), w))


def _words(words: list[str], *, or_any_letter: bool = False) -> str:
    """Any of ``words`` (or, ``or_any_letter``, any single letter) as a whole token, laid out as a trie
    (``cue_trie``), so that each position's first letter is read once."""
    return r"(?<![^\W\d_])(?:" + cue_trie(words) + (r"|[a-z]" if or_any_letter else "") + r")(?![^\W\d_])"


_RUN_CHAIN = re.compile(rf"(?:\d+|{_words(_RUN_DIGIT_WORDS + _RUN_LEADING)})(?:(?:\s*,\s*|\s+|\s*-\s*| \. )?"
                        rf"(?:\d+|{_words(_RUN_DIGIT_WORDS + _RUN_LETTERS + _RUN_SKIPPED, or_any_letter=True)}))*")
_RUN_DIGIT_WORD = re.compile(_words(_RUN_DIGIT_WORDS))
_RUN_LETTER = re.compile(_words(_RUN_LETTERS, or_any_letter=True))
_TOUCHING = re.compile(r"[a-z]\d|\d[a-z]")
_DIGIT_CHAR = re.compile(r"\d")
_WORD_DIGITS = 2  # the most digits one word adds to a run: "mười" is 10, "ba mươi" 30, "hai trăm" 200


def _may_hold_spelled_run(text: str, folded: str | None = None) -> bool:
    """False only when ``_spelled_runs(text)`` finds nothing for sure. A run kept has
    ``_MIN_SPELLED_WITH_LETTERS`` digits or more, and a letter, or two words read as digits, or a digit word
    touching a numeral (``_spelled_runs_read``'s ``flush``: one word among numerals is trimmed or reads as a
    number said). Its tokens are consecutive tokens of one chain (``_RUN_CHAIN``), each adding its digits (a
    numeral) or at most ``_WORD_DIGITS`` (a word). A text with a letter that does not fold to one ASCII letter is
    read word by word. ``folded``: ``text.translate(_FOLD_CHARS)``, if the caller has it."""
    folded = text.translate(_FOLD_CHARS) if folded is None else folded
    if _UNFOLDED in folded:
        return True
    for chain in _RUN_CHAIN.finditer(folded):
        run = chain.group()
        if len(run) < _MIN_SPELLED_WITH_LETTERS:
            continue
        words = len(_RUN_DIGIT_WORD.findall(run))
        if len(_DIGIT_CHAR.findall(run)) + _WORD_DIGITS * words >= _MIN_SPELLED_WITH_LETTERS and (
                words >= 2 or _RUN_LETTER.search(run) or _TOUCHING.search(run)):
            return True
    return False


def _spelled_runs(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """Runs of digit words, alone or between digit groups ("079 hai không ba 001234"), joined by spaces,
    commas, dashes or a spoken separator, as digits: at least ``_MIN_SPELLED`` digits, one of them spelled out;
    letters read aloud among them ("ba không A một hai ba chấm bốn sáu") as letters. Read word by word only when
    the text may hold one (``_may_hold_spelled_run``): most texts hold none."""
    return _spelled_runs_read(text) if _may_hold_spelled_run(text, folded) else []


def _spelled_runs_read(text: str) -> list[tuple[int, int, str]]:
    """``_spelled_runs``, word by word."""
    found: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str, bool]] = []  # (start, end, its digits or letter, spelled out)
    leading: set[int] = set()  # starts of the letters that may begin a run
    glued = [False]  # a digit word typed against a numeral ("09one2three45678"): a disguise, however few words

    def flush() -> None:
        mixed, glued[0] = glued[0], False
        if not run:  # called at every word that is no digit: the common case, at once
            return
        if sum(len(value) for _, _, value, _ in run if value.isdigit()) < _MIN_SPELLED_WITH_LETTERS:
            run.clear()  # too few digits to be a value, however the ends are trimmed: the common case, cheaply
            return
        # one digit at a time, after a prefix typed whole maybe ("09 một 2 ba 4 năm…")
        one_by_one = len(run) >= _MIN_ONE_BY_ONE and len(run[0][2]) <= 2 \
            and all(len(value) == 1 for _, _, value, _ in run[1:]) and sum(spelled for *_, spelled in run) >= 2
        # Digit words at the ends of a run only count in threes ("gọi 0912345678 hai lần" is not a digit);
        # a letter never ends a run, nor begins one but as a passport's letter, read from a name no other word
        while run and (run[-1][2].isalpha() or run[-1][3] and not one_by_one
                       and not all(spelled for *_, spelled in run[-3:])):
            run.pop()
        while run and (run[0][2].isalpha() and (run[0][0] not in leading or not _PASSPORT_READ.fullmatch(
                           "".join(value for _, _, value, _ in run)))
                       or run[0][3] and not run[0][2].isalpha() and not one_by_one
                       and not all(spelled for *_, spelled in run[:3])):
            run.pop(0)
        digits = "".join(d for _, _, d, _ in run if d.isdigit())
        letters = sum(d.isalpha() for _, _, d, _ in run)
        spelled_pairs = any(a[3] and b[3] for a, b in zip(run, run[1:]))  # "10 năm 1986" is a date, not a value
        enough = _MIN_SPELLED_WITH_LETTERS if letters else _MIN_SPELLED
        if len(digits) >= enough and letters <= 2 and (spelled_pairs or letters or one_by_one or mixed
                                                        or all(s for *_, s in run)):
            found.append((run[0][0], run[-1][1], "".join(d for _, _, d, _ in run)))
        run.clear()

    tokens = list(_TOKEN.finditer(text))
    folds = [_fold_word(token.group()) for token in tokens] + [""]
    previous_end: int | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.group()
        folded, following = folds[i], folds[i + 1]
        # a digit word against a numeral ("09one2…"); letters glued to digits are a plate's (``_GLUED_PLATE``)
        touching = bool(run) and previous_end == token.start() and (
            not word.isdigit() and folded in _DIGIT_WORDS or run[-1][3] and run[-1][2].isdigit())
        joined = touching or previous_end is not None and bool(_SPELLED_SEP.fullmatch(text, previous_end,
                                                                                         token.start()))
        if run and not joined:
            flush()
        if run and (folded in _SPOKEN_SEPARATORS  # "chấm", "gạch ngang" between groups
                    or folded == _LETTER_WORD and _letter_fits(run) and len(tokens[i + 1:i + 2]) == 1
                    and len(tokens[i + 1].group()) == 1):  # "ba mươi chữ A": the series named as a letter
            previous_end, i = token.end(), i + 1
            continue
        if folded == _HUNDREDS and run and run[-1][3] and len(run[-1][2]) == 1 and run[-1][2] != "0" \
                and any(value.isalpha() for _, _, value, _ in run) and _SPELLED_SEP.fullmatch(text, run[-1][1],
                                                                                             token.start()):
            # a plate's number read as numbers ("… chữ A, một trăm hai mươi ba, bốn mươi lăm"): 123
            hundreds = run.pop()
            rest = _spelled_number(tokens, folds, i + 1) if _spaced(tokens, i) else None
            if rest is None and folds[i + 1] in _ZERO_TENS and _spaced(tokens, i):
                ones = _spelled_number(tokens, folds, i + 2) if _spaced(tokens, i + 1) else None
                rest = ones if ones and ones[0] < 10 else None
            value, after = rest if rest else (0, i + 1)
            run.append((hundreds[0], tokens[after - 1].end(), f"{hundreds[2]}{value:02d}", True))
            previous_end, i = tokens[after - 1].end(), after
            continue
        digit = word if word.isdigit() else _DIGIT_WORDS.get(folded)
        letter, width = None, 1
        english_tens = _ENGLISH_TENS.get(folded)
        if folded == _TENS or english_tens:  # "ba mươi a…" is a plate's 30A, "hai mươi chín" 29, "mười" 10
            tens = None if english_tens else \
                run.pop() if run and run[-1][3] and run[-1][2] in "23456789" and len(run[-1][2]) == 1 else None
            unit = _DIGIT_WORDS.get(following, "0") if i + 1 < len(tokens) and not tokens[i + 1].group().isdigit() \
                and _SPELLED_SEP.fullmatch(text, token.end(), tokens[i + 1].start()) else "0"
            if unit != "0" and (i + 2 >= len(tokens) or _DIGIT_WORDS.get(folds[i + 2]) is None):
                width = 2  # "hai mươi chín a…": the unit belongs to the tens; "ba mươi một hai ba…" reads 30 1 2 3
            start = tens[0] if tens else token.start()
            tens_digit = english_tens or (tens[2] if tens else "1")
            run.append((start, tokens[i + width - 1].end(), tens_digit + (unit if width == 2 else "0"), True))
            previous_end, i = tokens[i + width - 1].end(), i + width
            continue
        if digit is None and (folded, following) in _LETTER_PAIRS and \
                _SPELLED_SEP.fullmatch(text, token.end(), tokens[i + 1].start()):
            letter, width = _LETTER_PAIRS[folded, following], 2
        elif digit is None and len(word) == 1 and word.isascii():
            letter = word.upper()
        elif digit is None and folded in _LETTER_NAMES:
            letter = _LETTER_NAMES[folded]
        may_lead = letter is not None and (width == 2 or folded in _LEADING_LETTER_NAMES
                                           or unicodedata.normalize("NFC", word.lower()) in _LEADING_LETTER_NAMES)
        if letter and run and not _letter_fits(run):
            flush()  # "0398765123, số cũ 0912…": a letter stands only where a plate's or a passport's does
        if letter and not run and not may_lead:
            letter = None  # an everyday word before the digits ("số", "xe"), not a letter
        if digit is None and letter is None:
            flush()
        else:
            end = tokens[i + width - 1].end()
            run.append((token.start(), end, digit or letter or "", not word.isdigit()))
            glued[0] = glued[0] or touching
            if letter and may_lead:
                leading.add(token.start())
        previous_end, i = tokens[i + width - 1].end(), i + width
    flush()
    return found


def _spelled_number(tokens: list[re.Match[str]], folds: list[str], at: int) -> tuple[int, int] | None:
    """The number of 1 to 99 read from ``tokens[at:]`` ("mười hai", "ba mươi mốt", "bảy", "12"): (value, the
    index after it), or None."""
    word = tokens[at].group() if at < len(tokens) else ""
    if word.isdigit():
        return (int(word), at + 1) if len(word) <= 2 else None
    tens = 1 if folds[at] == _TENS else None
    if tens is None and _DIGIT_WORDS.get(folds[at], "0") != "0" and folds[at + 1] == _TENS and _spaced(tokens, at):
        tens, at = int(_DIGIT_WORDS[folds[at]]), at + 1
    if tens is None:
        unit = _DIGIT_WORDS.get(folds[at])
        return (int(unit), at + 1) if unit else None
    unit = _DIGIT_WORDS.get(folds[at + 1], "0") if _spaced(tokens, at) else "0"
    return (tens * 10 + int(unit), at + 2) if unit != "0" else (tens * 10, at + 1)


def _spaced(tokens: list[re.Match[str]], at: int) -> bool:
    """Whether only spaces stand between ``tokens[at]`` and the next: words of one number ("mười, năm" are two)."""
    return at + 1 < len(tokens) and tokens[at].string[tokens[at].end():tokens[at + 1].start()].isspace()




def _spoken_year(tokens: list[re.Match[str]], folds: list[str], at: int) -> tuple[str, int] | None:
    """A year said as a number, "hai nghìn không trăm linh ba", "một nghìn chín trăm tám mươi bảy": (its four
    digits, the index of its last word), or None."""
    thousands = _DIGIT_WORDS.get(folds[at])
    if thousands not in ("1", "2") or folds[at + 1] not in _THOUSANDS or not _spaced(tokens, at):
        return None
    at += 2
    if not _spaced(tokens, at - 1):
        return None
    # without its hundreds, as a year of this century is mostly said: "hai nghìn linh năm", "hai nghìn mười lăm"
    if folds[at] in _ZERO_TENS and _DIGIT_WORDS.get(folds[at + 1], "0") != "0" and _spaced(tokens, at):
        return f"{thousands}00{_DIGIT_WORDS[folds[at + 1]]}", at + 1
    if folds[at] == _TENS or folds[at + 1] == _TENS:
        rest = _spelled_number(tokens, folds, at)
        return (f"{thousands}0{rest[0]:02d}", rest[1] - 1) if rest and rest[0] >= 10 else None
    hundreds = _DIGIT_WORDS.get(folds[at])
    if hundreds is None or folds[at + 1] != _HUNDREDS:
        return None
    at += 2
    if folds[at] in _ZERO_TENS and _DIGIT_WORDS.get(folds[at + 1], "0") != "0":
        return f"{thousands}{hundreds}0{_DIGIT_WORDS[folds[at + 1]]}", at + 1
    rest = _spelled_number(tokens, folds, at) if at < len(tokens) and _spaced(tokens, at - 1) else None
    if rest is None or rest[0] < 10:
        return f"{thousands}{hundreds}00", at - 1
    return f"{thousands}{hundreds}{rest[0]:02d}", rest[1] - 1


_SHORT_YEAR_PIVOT = 30  # a year said in two digits: "tám lăm" is 1985, "không năm" 2005
_MONTH_WORDS = frozenset(("thang", "thg"))  # "tháng", and as it is shortened in a hurry
_DAY_WORDS = frozenset(("mung", "mong"))  # "mùng 5", "mồng năm": the first ten days of a month, said so


def _two_word_year(tokens: list[re.Match[str]], folds: list[str], at: int) -> bool:
    """Whether ``tokens[at:]`` say a year in exactly two digit words ("tám lăm", "chín mốt")."""
    return at + 1 < len(tokens) and not tokens[at].group().isdigit() and not tokens[at + 1].group().isdigit() \
        and folds[at] in _DIGIT_WORDS and folds[at + 1] in _DIGIT_WORDS and _spaced(tokens, at) \
        and folds[at + 2] not in _DIGIT_WORDS


_MONTH_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(_MONTH_WORDS)) + r")(?![^\W\d_])")  # in folded text


def _spelled_dates(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """Dates read aloud, "mười hai tháng ba năm một chín chín không", as "12/3/1990" (a birth date's cue then
    types it as one). Linear: each "tháng" looks at a few words around it. Read word by word only when a word
    folds to a month's (in ``text.translate(_FOLD_CHARS)``, ``folded`` if the caller has it)."""
    if "th" not in text.lower():
        return []
    folded = text.translate(_FOLD_CHARS) if folded is None else folded
    if _UNFOLDED not in folded and not _MONTH_WORD.search(folded):
        return []
    tokens = list(_TOKEN.finditer(text))
    folds = [_fold_word(token.group()) for token in tokens] + [""] * 8
    found = []
    for k, month_word in enumerate(folds[:len(tokens)]):
        if month_word not in _MONTH_WORDS or k == 0:
            continue
        day = next(((start, read[0]) for start in range(max(0, k - 3), k)
                    if (read := _spelled_number(tokens, folds, start)) and read[1] == k and 1 <= read[0] <= 31), None)
        month = _spelled_number(tokens, folds, k + 1)
        if month and month[0] == 15 and folds[month[1] - 1] == "nam":  # "tháng mười năm …": October, then the year
            month = (10, month[1] - 1)
        if day is None or month is None or not 1 <= month[0] <= 12:
            continue
        at = month[1] + 1
        year_words = tokens[at:at + 4]
        written = tokens[month[1]].group() if month[1] < len(tokens) else ""
        if folds[month[1]] != "nam":  # "5 thg 8 1955", "5 tháng 8, 1955": without "năm", only a year in numerals
            if not (len(written) == 4 and written.isdigit()):
                continue
            year, end = written, month[1]
        elif spoken := _spoken_year(tokens, folds, at):
            year, end = spoken
        elif year_words and len(year_words[0].group()) == 4 and year_words[0].group().isdigit():
            year, end = year_words[0].group(), at
        elif year_words and len(year_words[0].group()) == 2 and year_words[0].group().isdigit():  # "năm 55"
            short = year_words[0].group()
            year, end = ("20" if int(short) <= _SHORT_YEAR_PIVOT else "19") + short, at
        elif _two_word_year(tokens, folds, at):  # "năm tám lăm": 1985
            short = _DIGIT_WORDS[folds[at]] + _DIGIT_WORDS[folds[at + 1]]
            year, end = ("20" if int(short) <= _SHORT_YEAR_PIVOT else "19") + short, at + 1
        elif folds[at + 1] == _TENS and _DIGIT_WORDS.get(folds[at], "0") != "0" \
                and (said := _spelled_number(tokens, folds, at)):
            # "năm tám mươi lăm", "năm chín mươi": a year's last two digits said as a number, 1985, 1990
            year, end = ("20" if said[0] <= _SHORT_YEAR_PIVOT else "19") + f"{said[0]:02d}", said[1] - 1
        elif folds[at + 3] == _TENS and (tens := _spelled_number(tokens, folds, at + 2)):
            # "một chín chín mươi": the century digit by digit, the rest as a number ("chín mươi", "tám mươi lăm")
            year = _DIGIT_WORDS.get(folds[at], "") + _DIGIT_WORDS.get(folds[at + 1], "") + f"{tens[0]:02d}"
            end = tens[1] - 1
        else:
            year = "".join(w.group() if w.group().isdigit() and len(w.group()) == 1 else
                           _DIGIT_WORDS.get(folds[at + n], "") for n, w in enumerate(year_words))
            end = at + 3
        if len(year) == 4 and year[:2] in ("19", "20"):
            first = day[0] - 1 if day[0] and folds[day[0] - 1] in _DAY_WORDS else day[0]  # "mùng 5": the day
            found.append((tokens[first].start(), tokens[end].end(), f"{day[1]}/{month[0]}/{year}"))
    return found


def _letter_digits(text: str) -> list[tuple[int, int, str]]:
    """Digit groups with letters that look like digits ("O9I2 345 678", "079.2O3.Ol2.347"): O is 0, I and
    l are 1. A run glued to the letters after it is set apart, as glued digit runs are."""
    found: list[tuple[int, int, str]] = []
    for match in _LOOKALIKE_RUN.finditer(text):
        run = match.group()
        read = run.translate(_LOOKALIKE)
        length = sum(ch.isalnum() for ch in run)
        if read == run or length < 3 or sum(ch.isdigit() for ch in run) < 2:
            continue
        after = text[match.end():match.end() + 1]
        if after == "_" or after.isalnum() and length < _MIN_GLUED_LOOKALIKE:
            continue
        found.append((match.start(), match.end(), f"{read} " if after.isalnum() else read))
    return found


# Letters drawn as digits among a value's digits: O, I, l as above, and S 5, B 8, Z 2, G 6, read as those digits.
# * a value that opens with its own letters, a passport's, a health insurance card's ("c1234S67", "CI234567",
#   "DN47979I2345678"): its letters stay; at least five real digits and at most three letters so read, so that a
#   word or a product code ("SOS2024", "iPhone15") is not one;
# * a run that opens with a digit and is as long as a phone number, capitals among its digits ("09S4B23G71",
#   "079Z0301ZSBG"): no word is written so, however few real digits are left.
# Linear: one atomic run.
_PREFIXED_LOOKALIKE = re.compile(r"(?<![^\W_])(?P<letters>[A-Za-z]{0,2})(?P<digits>(?>[0-9OoIlSsBbZzGg]{7,13}))"
                                 r"(?![^\W_])")
_LEADING_LOOKALIKE = frozenset("OoIl")
_FIRST_DIGIT = frozenset("0123456789OIlSBZG")  # a digit, or a capital drawn as one, opens the digits
_CAPITAL_LOOKALIKE = frozenset("0123456789OISBZG")
_MIN_BARE_LOOKALIKE = 9  # a run without letters of its own: a phone number's length at least
_MORE_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "s": "5", "B": "8", "b": "8",
                                 "Z": "2", "z": "2", "G": "6", "g": "6"})


_LETTER_BY_DIGIT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")  # every such value has one: the cheap pre-check


def _more_letter_digits(text: str) -> list[tuple[int, int, str]]:
    if not _LETTER_BY_DIGIT.search(text):
        return []
    found = []
    for match in _PREFIXED_LOOKALIKE.finditer(text):
        letters, digits = match.group("letters", "digits")
        real = sum(ch.isdigit() for ch in digits)
        if real == len(digits):
            continue
        if letters:
            if set(letters) & _LEADING_LOOKALIKE or real < 5 or len(digits) - real > 3 \
                    or digits[0] not in _FIRST_DIGIT:  # "O9O8l2345G": digits all along (``_letter_digits``)
                continue
        elif not digits[0].isdigit() or len(digits) < _MIN_BARE_LOOKALIKE or real < 2 \
                or not set(digits) <= _CAPITAL_LOOKALIKE:
            continue
        found.append((match.start(), match.end(), letters + digits.translate(_MORE_LOOKALIKE)))
    return found


# Digits written as Roman numerals, one numeral a digit ("STK I-IX-VII-IV-VIII-II-III-V-VI-I", "ix.viii.vii…"): a
# run of at least eight, the fewest digits of an account, a phone or a CCCD; spaced only in capitals. A list of
# chapters ("I, II, III", "I II III IV V VI VII VIII") is no value. And a month so written between a day and a year
# ("21/VII/2019", "12.iii.1979"). Atomic numerals, one separator each: linear.
_ROMAN_DIGITS = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9"}
_ROMAN_DIGIT = r"(?>VIII|VII|VI|V|IX|IV|III|II|I)"
_ROMAN_SEPARATOR = re.compile(r"[\-./_ ]")
_ROMAN_RUN = re.compile(rf"(?<![\w.\-/]){_ROMAN_DIGIT}(?:[\-./_ ]{_ROMAN_DIGIT}){{7,18}}(?![\w\-/])", re.IGNORECASE)
_ROMAN_MONTHS = {**_ROMAN_DIGITS, "X": "10", "XI": "11", "XII": "12"}
_ROMAN_DATE = re.compile(r"(?<![\w/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>XII|XI|IX|X|VIII|VII|VI|V|IV|III|II|I)"
                         r"(?P=sep)(?P<year>\d{4}|\d{2})(?![\w/])", re.IGNORECASE)
_COUNTING = "123456789"
# Chinese numerals, one a digit ("〇九一二三四五六七八"): no Unicode digit, so ``clean`` leaves them; a run as long
# as a value is read as one. A single character class: linear.
_CJK_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_CJK_RUN = re.compile(r"[〇零一二三四五六七八九]{7,}")


def _other_numerals(text: str) -> list[tuple[int, int, str]]:
    """Roman or Chinese numerals read as the digits they stand for: a run of them, or a date's month."""
    found = []
    for match in _ROMAN_RUN.finditer(text):
        run = match.group()
        digits = "".join(_ROMAN_DIGITS[numeral.upper()] for numeral in _ROMAN_SEPARATOR.split(run))
        if " " in run and not run.isupper() or digits in _COUNTING:
            continue
        found.append((match.start(), match.end(), digits))
    found += [(match.start(), match.end(), match.group().translate(_CJK_DIGITS)) for match in _CJK_RUN.finditer(text)]
    for match in _ROMAN_DATE.finditer(text):
        day, sep, year = match.group("day", "sep", "year")
        found.append((match.start(), match.end(),
                      f"{day}{sep}{_ROMAN_MONTHS[match.group('month').upper()]}{sep}{year}"))
    return found


_ENGLISH_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ENGLISH_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                  "nineteen")
# A year said in English, "nineteen eighty-five", "twenty oh three", "nineteen hundred", "two thousand and four":
# read as its four digits so that a birth cue before it ("born on the fifth of May …") types it as a date.
# Bounded alternations of words: linear.
_ENGLISH_YEAR = re.compile(
    r"(?<![\w-])(?:(?P<century>nineteen|twenty)[\s-]+(?:(?:oh|o)[\s-]+(?P<oh>" + "|".join(_ENGLISH_UNITS) + r")"
    r"|(?P<teen>" + "|".join(_ENGLISH_TEENS) + r")|(?P<tens>" + "|".join(_ENGLISH_TENS) + r")(?:[\s-]+(?P<unit>"
    + "|".join(_ENGLISH_UNITS) + r"))?|(?P<hundred>hundred))"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:(?P<unit2>" + "|".join(_ENGLISH_UNITS) + r")|(?P<teen2>"
    + "|".join(_ENGLISH_TEENS) + r")|(?P<tens2>twenty)(?:[\s-]+(?P<unit3>" + "|".join(_ENGLISH_UNITS) + r"))?))?)"
    r"(?![\w-])", re.IGNORECASE)


def _english_years(text: str) -> list[tuple[int, int, str]]:
    if "een" not in text.lower() and "thousand" not in text.lower() and "twenty" not in text.lower():
        return []
    found = []
    for match in _ENGLISH_YEAR.finditer(text):
        word = {k: (v or "").lower() for k, v in match.groupdict().items()}
        if word["century"]:
            rest = (_ENGLISH_UNITS.index(word["oh"]) + 1 if word["oh"] else
                    _ENGLISH_TEENS.index(word["teen"]) + 10 if word["teen"] else
                    int(_ENGLISH_TENS[word["tens"]]) * 10 + (_ENGLISH_UNITS.index(word["unit"]) + 1 if word["unit"]
                                                             else 0) if word["tens"] else 0)
            year = (19 if word["century"] == "nineteen" else 20) * 100 + rest
        else:
            year = 2000 + (_ENGLISH_UNITS.index(word["unit2"]) + 1 if word["unit2"] else
                           _ENGLISH_TEENS.index(word["teen2"]) + 10 if word["teen2"] else
                           20 + (_ENGLISH_UNITS.index(word["unit3"]) + 1 if word["unit3"] else 0) if word["tens2"]
                           else 0)
        found.append((match.start(), match.end(), str(year)))
    return found


# A symbol or an emoji between a value's groups ("51G👉678.90", "0912★345★678"): read as a dash. Only between a
# digit (or a plate's series after its digits) and a digit; the characters are checked to be symbols (category S).
_SYMBOL_JOINER = re.compile(r"(?:(?<=\d)|(?<=\d[A-Z]))[^\w\s\x00-\x7f]{1,4}(?=\d)")
_EMOJI_VARIATION = frozenset("\ufe0e\ufe0f")  # "➡️" is an arrow and the selector that draws it as an emoji


def _symbol_joiners(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "-") for m in _SYMBOL_JOINER.finditer(text)
            if all(unicodedata.category(ch).startswith("S") or ch in _EMOJI_VARIATION for ch in m.group())]


# A plate typed with look-alike letters for its digits ("3OA-l23.45", "5lF-O12.34"): a plate's series never holds
# O or I, so in a plate's shape they are digits. Fixed widths: linear.
_LOOKALIKE_PLATE = re.compile(r"(?<![^\W_])(?P<code>[0-9OIl]{2})(?P<series>[A-Z]{1,2}[0-9OIl]?)(?P<sep>[\-. ]?)"
                              r"(?P<number>[0-9OIl]{3}[. ]?[0-9OIl]{2})(?![^\W_])")


# A plate with spaces around its marks or the marks doubled ("29A - 123 . 45", "51g-123 .45", "30E--456..78"), in
# lower case too: read as written on the plate ("29A-123.45"), which the plate's validator then checks. Only with a
# mark between its parts: "29 A 123 45" is a plate only after a vehicle's cue (``candidates``). Bounded: linear.
_SPACED_PLATE = re.compile(r"(?<![\w.\-])(?P<code>\d{2})(?P<gap0> ?[.\-]? ?)(?P<series>[A-Za-z]{1,2}\d?)"
                           r"(?P<gap1> {0,2}[.\-]{0,2} {0,2})(?P<head>\d{3})(?P<gap2> {0,2}[.\-]{0,2} {0,2})"
                           r"(?P<tail>\d{2})(?![\w]|[.\-]\d)")


def _spaced_plates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _SPACED_PLATE.finditer(text):
        gaps = "".join(match.group("gap0", "gap1", "gap2"))
        if gaps.strip(" ") == "" or not any(ch in ".-" for ch in gaps):
            continue
        code, series, head, tail = match.group("code", "series", "head", "tail")
        found.append((match.start(), match.end(), f"{code}{series.upper()}-{head}.{tail}"))
    return found


# Two or more spaces or tabs between digits ("0912  345  678", "001\t203\t012\t345"): read as the one space the
# recognizers read between a value's groups, so that the value is judged as it would be typed plainly.
_WIDE_GAP = re.compile(r"(?<=\d)[ \t]{2,8}(?=\d)|(?<=\d)\t(?=\d)")
GAP_GROUP_DIGITS = 4  # a value's groups are short; a whole value on either side is a column of a table


def _grouped_gap(text: str, gap: re.Match[str]) -> bool:
    """Whether ``gap`` lies between two groups of one value ("0912  345  678"), not between two values set out
    in columns ("001089001234  0912345678": two, each read alone)."""
    reach = GAP_GROUP_DIGITS + 1  # enough to tell a short group from a long one, in constant time per gap
    before = text[max(0, gap.start() - reach):gap.start()]
    after = text[gap.end():gap.end() + reach]
    return (len(before) - len(before.rstrip("0123456789")) <= GAP_GROUP_DIGITS
            and len(after) - len(after.lstrip("0123456789")) <= GAP_GROUP_DIGITS)


def _lookalike_plates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _LOOKALIKE_PLATE.finditer(text):
        code, number = match.group("code"), match.group("number")
        if sum(ch.isdigit() for ch in code + number) < 3 or (code + number).isdigit():
            continue
        series = match.group("series")
        series = series[:-1] + series[-1].translate(_LOOKALIKE) if series[-1] in "OIl" and len(series) > 1 else series
        found.append((match.start(), match.end(),
                      code.translate(_LOOKALIKE) + series + match.group("sep") + number.translate(_LOOKALIKE)))
    return found


def reads_as_list(run: str) -> bool:
    """Whether digit groups read as a list of numbers ("301, 302, 303", "101 | 102 | 103"), not one value."""
    return bool(_LISTED.fullmatch(run) or _SPACED_LIST.fullmatch(run)
                and len({len(group) for group in re.findall(r"\d+", run)}) == 1)


def _in_fours(groups: list[str]) -> bool:
    """Whether digit groups are a card's or an account's, grouped in fours ("9704 - 2212 - 3456 - 7890"; the last
    group may be shorter), not numbers counted up ("1201 - 1202 - 1203 - 1204": rooms)."""
    numbers = [int(g) for g in groups]
    counted = all(0 < after - before < 100 for before, after in zip(numbers, numbers[1:]))
    return len(groups) >= 3 and all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4 \
        and 12 <= len("".join(groups)) <= 19 and not counted


_RANGE_MARK = re.compile(r"\s*[.\-–—~]{2,4}\s*| [\-–—~] ")


def _amounts(run: str) -> bool:
    """Whether ``run`` is a range of sums ("15.000.000--20.000.000", "5.000.000 - 7.000.000"): each side a sum."""
    sides = _RANGE_MARK.split(run)
    return len(sides) > 1 and all(_AMOUNT.fullmatch(side) for side in sides)


def _odd_separated(text: str) -> list[tuple[int, int, str]]:
    """Digit groups split by slashes, underscores, bars, commas, brackets or line breaks, as one value."""
    found = []
    for match in _ODD_RUN.finditer(text):
        run = match.group()
        digits = "".join(ch for ch in run if ch.isdigit())
        inner = run.strip("[]()")
        odd = any(ch in _ODD_SEPARATORS for ch in inner)
        groups = re.findall(r"\d+", inner)
        years = all(_YEAR.fullmatch(g) for g in groups)  # "1990--2000--2010": a span of years
        spaced = _DOUBLED_MARKS.search(inner) and not years or _SPACED_DASH_OR_DOT.search(inner) and (
            all(len(g) == 1 for g in groups)
            or _PHONE_OR_CCCD.fullmatch(digits) is not None and all(2 <= len(g) <= 7 for g in groups)
            or not years and _in_fours(groups))
        if not (odd or spaced) or \
                not _ODD_RUN_DIGITS[0] <= len(digits) <= _ODD_RUN_DIGITS[1] or \
                _AMOUNT.fullmatch(inner) or _DATE_LIKE.search(inner) or reads_as_list(inner) \
                or is_coordinate_pair(inner) or _amounts(inner):
            continue
        found.append((match.start(), match.end(), digits))
    return found


_LOCAL_PART = re.compile(r"[\w.+-]{1,64}")
_MAX_LOCAL_WORDS = 12
_SPOKEN_DOTS = frozenset(("cham", "dot"))


def _digit_of(word: str) -> str | None:
    """The digit ``word`` reads as ("tám", "tam", "eight"), else None: "lê" is a surname, not "lẻ"."""
    return _DIGIT_WORDS.get(_fold_word(word)) if digit_word(word) else None


def _spoken_local_part(text: str, start: int, joined: str) -> tuple[int, str]:
    """An address whose local part is read out ("hoa tám tám a còng…", "hoa chấm nguyễn a còng…"): the pattern
    sees only the last word before the "@"; the words back to the name are taken in, digit words as digits and
    "chấm" as a dot; folded, as the recognizer reads an address ("nguyễn" is nguyen)."""
    local = _LOCAL_PART.match(joined)
    if local is None:
        return start, joined
    words = text[max(0, start - 1 - 16 * _MAX_LOCAL_WORDS):start - 1].split(" ") if text[start - 1:start] == " " \
        else []
    read = _digit_of(local.group())
    pieces = [read or _fold_word(local.group())]
    begin = start
    if read:  # digits end the local part: the words back to a name are digits too, and a name must come first
        while len(words) > 1 and len(pieces) < _MAX_LOCAL_WORDS and _digit_of(words[-1]):
            word = words.pop()
            pieces.insert(0, _digit_of(word) or "")
            begin -= len(word) + 1
        if not words or not _LOCAL_PART.fullmatch(words[-1]) or _digit_of(words[-1]):
            return start, joined
        name = words.pop()
        pieces.insert(0, _fold_word(name))
        begin -= len(name) + 1
    while len(words) >= 2 and len(pieces) < _MAX_LOCAL_WORDS and _fold_word(words[-1]) in _SPOKEN_DOTS \
            and _LOCAL_PART.fullmatch(words[-2]) and not _digit_of(words[-2]):
        dot, name = words.pop(), words.pop()
        pieces[0:0] = [_fold_word(name), "."]
        begin -= len(dot) + len(name) + 2
    return begin, "".join(pieces) + joined[local.end():]


def _replacements(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each evasion found in ``text``, not overlapping, in order."""
    folded = text.translate(_FOLD_CHARS)  # each word as ``_fold_word`` folds it, for the pre-checks
    found = _spelled_dates(text, folded) + _spelled_runs(text, folded) + _lookalike_plates(text) \
        + _spaced_plates(text) + _letter_digits(text) + _odd_separated(text) + _english_years(text) \
        + _symbol_joiners(text) + _other_numerals(text) + _more_letter_digits(text)
    for match in _GLUED_PLATE.finditer(text):
        found.append((match.start(), match.end(), f" {match.group()} "))
    found += [(match.start(), match.end(), " ") for match in _WIDE_GAP.finditer(text) if _grouped_gap(text, match)]
    for match in _SPOKEN_SEPARATOR.finditer(text):
        found.append((match.start(), match.end(), "-" if match.group("dash") else "."))
    for match in _EMAIL_LIKE.finditer(text):
        if _PLAIN_AT.search(match.group()) and not _MARKED_DOT.search(match.group()):
            continue  # a plain address, perhaps at a sentence's end ("x@outlook.com. Please"): nothing disguised
        joined = _OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", match.group()))
        start, joined = _spoken_local_part(text, match.start(), joined)
        if joined != match.group():
            found.append((start, match.end(), joined))
    parcels = [match.span() for match in _PARCEL_CODE.finditer(text)]
    for match in _GLUED_DIGITS.finditer(text):
        if not any(start < match.start() < end for start, end in parcels):
            found.append((match.start(), match.end(), f" {match.group()} "))
    found.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def scan_view(cleaned: str) -> Mapped:
    """``cleaned`` (output of ``clean``) with the evasions above undone, mapped back to ``cleaned``."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for start, end, replacement in [*_replacements(cleaned), (len(cleaned), len(cleaned), "")]:
        pieces += (cleaned[position:start], replacement)  # each character kept maps to itself, in slices
        starts += range(position, start)
        ends += range(position + 1, start + 1)
        starts += [start] * len(replacement)
        ends += [end] * len(replacement)
        position = end
    return Mapped("".join(pieces), cleaned, tuple(starts), tuple(ends))
