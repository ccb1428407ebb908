"""Fail closed on numbers that look like a person's identifier but pass no validator.

The validators (``luytre.identity``) say what a *valid* CCCD, tax code or card number is. A user who
mistypes one digit, or a value from a scheme we do not check, still discloses an identifier: to the
privacy gate a long run of digits, read as one value across spaces, dots and dashes ("0 0 1 2 0 3…",
"079-203-001-234"), is a candidate identifier unless its context says it is something else: an amount
of money, a date, an order, ticket, flight, hotline or legal-text number. A candidate scores below a
validated value of any type (``CANDIDATE_SCORE``), so it only fills gaps; its type is its nearest cue's
("stk" → bank account, "thẻ" → card: a card number with a wrong Luhn digit is still someone's card to
the gate), else ``ID_NUMBER``. Licence plates written with spaces ("30 A 123 45") after a vehicle cue
are read the same way.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from luytre.identifiers.extract import ARITHMETIC_AFTER, HINTS
from luytre.text.cues import cue_pattern, nearest_cue

CANDIDATE_SCORE = 0.55  # over the scanner's threshold, under every validated or cued result
MIN_DIGITS, MAX_DIGITS = 9, 19  # CMND has 9 digits; card and account numbers at most 19

# Not after a slash: "GHN/2023/0012345678", "1234/QĐ-BYT" are a code's parts (digit groups split by slashes are
# read whole before this, in ``sovereignty.normalize.scan_view``).
_RUN = re.compile(rf"(?<![\w.,/])\+?\d(?:[ .\-]?\d){{{MIN_DIGITS - 1},{MAX_DIGITS + 2}}}(?![\w])")
# A document number's shape, one or two letters and seven or eight digits grouped any way ("C 123 4567", "N1234567"):
# a passport's, or a scheme's no validator knows. Like a long digit run it is someone's unless its context says it is
# a code ("mã đơn DH1234567", "SKU AB12345678"): a cue word may be missing, stand after it or be an abbreviation
# nobody listed ("pp no. C 123 4567 ho chieu het han"). Capitals, or small letters typed against the digits
# ("c1234567"): "is 1900 9095" is a word and a hotline. Grouped by spaces only: dots and dashes group a code's parts
# ("VD-12345-10", "G22.12345"), and a passport so grouped is read by the cued recognizers. Not a multiplication
# ("2 x 1234567").
_LETTERED = re.compile(r"(?<![\w.,/\-])(?<!\d\s)(?:[A-Z]{1,2} ?|[a-z]{1,2})\d(?: ?\d){6,7}(?![\w.,/\-])")
# A thing's "ID" right before the value ("device ID XY12345678", "product id …", "meeting ID: …"): a code. Not a
# person's ("my ID", "số ID", "ID của tôi" stand otherwise), nor "ID" opening the text.
_THINGS_ID = re.compile(r"(?<!\w)(?!(?:my|your|his|her|our|their|the|and|with|is|so|số|ma|mã|va|và|cua|của)\s)"
                        r"[^\W\d_]{2,}\s+id\s*[:#.]?\s*$", re.IGNORECASE)
_PLATE = re.compile(r"(?<!\w)\d{2}\s?-?\s?[A-Z]{1,2}\s?-?\s?\d?\s?-?\s?\d{3}[ .]?\d{2}(?!\w)", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"^\s?(?:đ|đồng|dong|vnd|vnđ|k|tr|triệu|trieu|tỷ|ty|nghìn|nghin|ngàn|ngan|usd|%)(?!\w)",
                          re.IGNORECASE)
# A code's capitals and dash before the digits ("HS-2024-000123"), when they name no identifier ("CCCD-…" does)
# or the letter-and-digit part of a public service's file number after its office's parts ("000.00.15.H29-241203-0012");
# not a flat's number ("Căn 12A1-079.999.001.234": a value after it)
_CODE_HEAD = re.compile(r"(?<![^\W\d_])[A-Z]{2,5}-$|(?<=\d{3}\.\d{2}\.\d{2}\.)[A-Z]\d{2}-$")
_MONEY_SHAPE = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
# Years one after another ("2019 2020 2021", "2019  2020  2021" from a table's heading): a list, nobody's value,
# when each comes after the one before by a few years (``_years_listed``): "1903 2001 2019 2020" is an account
_YEARS = re.compile(r"(?:19|20)\d{2}(?:[ .\-]+(?:19|20)\d{2})+")
_YEAR = re.compile(r"\d{4}")
_YEARS_APART = 10


def _years_listed(value: str) -> bool:
    if not _YEARS.fullmatch(value):
        return False
    years = [int(y) for y in _YEAR.findall(value)]
    return all(0 < later - earlier <= _YEARS_APART for earlier, later in zip(years, years[1:], strict=False))
_DATE_SHAPE = re.compile(r"\d{1,2}[ .\-]\d{1,2}[ .\-](?:19|20)\d{2}|(?:19|20)\d{2}[ .\-]\d{1,2}[ .\-]\d{1,2}")
_NOT_PERSONAL = cue_pattern((
    "ma don", "ma don hang", "don hang", "order", "van don", "hoa don", "so hoa don", "ma ve", "so ve",
    "chuyen bay", "hotline", "tong dai", "duong day nong", "nghi dinh", "thong tu", "quyet dinh", "so tien",
    "tong tien", "ma bin", "swift", "ma san pham", "ma hang", "serial", "imei", "ma van don", "ma tra cuu",
    "so phong", "ma lop", "isbn", "ma giao dich", "ma gd", "ma tham chieu", "so tham chieu", "ma vach", "barcode",
    "ma so thue doanh nghiep", "ma chung tu", "transaction",
    # goods, parcels and paperwork that belong to no person (privacy v6)
    "seri", "so seri", "so serial", "serial number", "model", "ma model", "part number", "sku", "ma sku", "ean",
    "tracking", "tracking number", "ma theo doi", "ma buu kien", "invoice", "invoice no", "so hop dong",
    "hop dong so", "ma hop dong", "contract", "contract no", "ma buu chinh", "ma buu dien", "postal code",
    "zip code", "so cong van", "cong van", "so quyet dinh", "ma phieu", "so phieu", "so lo", "lo san xuat",
    # a place in a queue: the counter's ticket, not its holder
    "so thu tu", "stt", "so thu tu kham", "so phieu kham", "queue number", "ticket number"))
# 1900 and 1800 numbers are businesses' hotlines by the numbering plan, never a person's line.
_SERVICE_NUMBER = re.compile(r"\+?(?:84)?1[89]00")
# The identity expert's cues and the gate's own, so that "mã đơn hàng … số điện thoại 0912…" is read
# by its nearest cue.
_CUES = {
    "CCCD": HINTS["cccd"], "TAX_CODE": HINTS["mst"], "PHONE": HINTS["phone"], "CARD": HINTS["card"],
    "BANK_ACCOUNT": cue_pattern(("stk", "so tk", "so tai khoan", "tai khoan", "tk", "account")),
    "HEALTH_INSURANCE": cue_pattern(("bhyt", "the bhyt", "bao hiem y te")),
    "SOCIAL_INSURANCE": cue_pattern(("bhxh", "so bhxh", "bao hiem xa hoi")),
    "PASSPORT": cue_pattern(("ho chieu", "passport")),
    "_skip": _NOT_PERSONAL,
}
# "biển" alone too ("biển 30K 765 43"): before a plate's shape it is no sea
_PLATE_CUES = {"PLATE": cue_pattern(("bien so", "bien kiem soat", "bks", "xe", "o to", "xe may", "plate", "bien")),
               "_skip": _NOT_PERSONAL}
CUE_REACH_WORDS = 6


def _within_bounds(run: str) -> str:
    """``run``, or, when it holds more digits than a value, a head that holds a value's digits: first the longest
    that ends at a separator not met before in the run ("0912 345 678.0987 654 321": the dot ends the first phone),
    then the longest that ends where the separator changes ("9704-1234-5678-9012-345 19 số" is a 19-digit card and
    a count after it, typed with another separator). A run no such head splits is returned whole (the recognizer
    reads it as one value, failing closed)."""
    if sum(ch.isdigit() for ch in run) <= MAX_DIGITS:
        return run
    separators = [(at, ch) for at, ch in enumerate(run) if not ch.isdigit() and ch != "+"]
    heads = [at for (at, ch), (_, before) in zip(separators[1:], separators) if ch != before]
    # A separator not met before in the run ends the first value ("0912 345 678.0987 654 321": the dot), where the
    # first one coming back does not (the space after "0987" would cut into the second value): tried first.
    met: set[str] = set()
    fresh = []
    for at, ch in separators:
        if met and ch not in met:
            fresh.append(at)
        met.add(ch)
    for at in [*reversed(fresh), *reversed(heads)]:
        if MIN_DIGITS <= sum(ch.isdigit() for ch in run[:at]) <= MAX_DIGITS:
            return run[:at]
    return run


def _values(text: str) -> list[tuple[int, str]]:
    """(start, value) of each digit run of ``text``, a run longer than a value read as the values in it, one after
    another (``_within_bounds``): "0912 345 678.0987 654 321" is two phones, the second read too."""
    found = []
    for match in _RUN.finditer(text):
        start, run = match.start(), match.group()
        while run:
            value = _within_bounds(run)
            found.append((start, value))
            rest = run[len(value):]
            skipped = len(rest) - len(rest.lstrip(" .-"))
            start, run = start + len(value) + skipped, rest[skipped:]
    return found


class CandidateIdentifierRecognizer(EntityRecognizer):
    """Long digit runs and spaced plates that no validator accepted, unless their context is not personal."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ID_NUMBER", "PLATE", *sorted(k for k in _CUES if k != "_skip")],
                         supported_language="vi", name="luytre-candidate-identifier")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        results = []
        for start, value in _values(text):
            end = start + len(value)
            # a run longer than any value that no separator splits ("CCCD 001203012345 0912345678") is read whole,
            # failing closed: two values side by side, never nothing
            if sum(ch.isdigit() for ch in value) < MIN_DIGITS or _MONEY_AFTER.match(text[end:]) \
                    or _MONEY_SHAPE.fullmatch(value) or _DATE_SHAPE.fullmatch(value) \
                    or _SERVICE_NUMBER.match("".join(ch for ch in value if ch.isdigit() or ch == "+")):
                continue
            cue = nearest_cue(text[:start], _CUES, CUE_REACH_WORDS)
            # a code's head skips only a code-shaped run ("HS-2024-000123"), never a plain one: "VCB-0011004123456"
            # is an account written after its bank's short name
            coded = not value.lstrip("+").isdigit() and _CODE_HEAD.search(
                text, max(0, start - len(".ABCDE-")), start)
            if cue == "_skip" or cue is None and (ARITHMETIC_AFTER.match(text, end) or coded
                                                  or _years_listed(value)):
                continue
            results.append(RecognizerResult(cue or "ID_NUMBER", start, end, CANDIDATE_SCORE))
        for match in _LETTERED.finditer(text):
            cue = nearest_cue(text[:match.start()], _CUES, CUE_REACH_WORDS)
            digits = "".join(ch for ch in match.group() if ch.isdigit())
            if cue == "_skip" or cue is None and (ARITHMETIC_AFTER.match(text, match.end())
                                                  or _THINGS_ID.search(text, 0, match.start())) \
                    or _SERVICE_NUMBER.match(digits):
                continue
            results.append(RecognizerResult(cue or "ID_NUMBER", match.start(), match.end(), CANDIDATE_SCORE))
        for match in _PLATE.finditer(text):
            if nearest_cue(text[:match.start()], _PLATE_CUES, CUE_REACH_WORDS) == "PLATE":
                results.append(RecognizerResult("PLATE", match.start(), match.end(), CANDIDATE_SCORE))
        return results
