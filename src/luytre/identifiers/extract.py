"""Find identifiers in free text, with and without diacritics.

Candidates are found by shape (digit runs with the separators people type,
plates, BHYT numbers, VietQR payloads), then checked. Words just before a
candidate ("mã số thuế", "sdt", "cccd", "biển số"…) decide its type; without
such a word only a candidate that is valid as some type is reported, so prices,
order numbers and dates are not mistaken for identifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from luytre.identifiers.checks import MAX_VALUE_CHARS, CheckedIdentifier, check, digits_of
from luytre.text.cues import cue_pattern, nearest_cue

MAX_TEXT_CHARS = 20_000

_CANDIDATES = re.compile(
    r"(?P<vietqr>000201\S{20,})"
    # a BHYT number's 13 digits in whatever groups, split by spaces, dots or dashes ("GD.4.01.0123456789")
    r"|(?P<bhyt>\b[A-Z]{2}[ .\-]?\d(?:[ .\-]?\d){12}\b)"
    # a plate, its last groups split by a dot or a space too ("30 A 123 45")
    r"|(?P<plate>\b\d{2}\s?-?\s?[A-Z]{1,2}\d?\s?[-. ]?\s?\d{3}(?:\.?\d{1,2}|\s\d{2})\b)"
    r"|(?P<number>(?<![\w.])(?:(?<!,)|(?=[0+]))(?:\+84[\s.]?|\(0\d{1,3}\)\s?)?\d(?:\d|[ .\-](?=\d)){6,26}(?![\w]))"
)
# A number glued after a comma starts a new one only with "0" or "+84" ("091.2345678,098.7654321" is two phones),
# not a thousands group ("1,000000").
# Words (diacritic-folded) that name the type of the identifier after them.
HINTS = {
    kind: cue_pattern(words.split("|"))
    for kind, words in (
        ("mst", "ma so thue|mst|ma thue|masothue|tax code|tax number|tax id"),
        ("cccd", "cccd|can cuoc|cmnd|chung minh|cmt|dinh danh|id card|identity card|citizen id|national id"),
        ("phone", "sdt|so dien thoai|dien thoai|so dt|dt|tel|hotline|goi|zalo|lien he|phone"),
        ("card", "so the|the visa|the atm|the tin dung|the ghi no|card|visa|mastercard|the"),
        ("skip", "ma don|don hang|order|van don|hoa don|ma giao dich|stk|so tai khoan|tai khoan|ma ho so"
                 "|hop dong|van ban so|so van ban|cong van so"),
    )
}
HINT_REACH_WORDS = 6  # "mã số thuế cá nhân của tôi là 0100109106"
# A BHYT number's own cue, nearer than an invoice's ("hóa đơn BHYT GD4010123456789" is the card's number)
_BHYT_HINTS = {**HINTS, "bhyt": cue_pattern(("bhyt", "the bhyt", "so the bhyt", "bao hiem y te"))}
_MONEY_AFTER = re.compile(r"^\s?(?:đ|đồng|dong|vnd|vnđ|k|tr|triệu|trieu|nghìn|nghin|ngàn|ngan|usd)(?!\w)|^\s?\$",
                          re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# A number in a sum ("123456789 chia hết cho 9 không?", "987654321 × 3 = ?"): the operand of arithmetic, not a
# value of anyone's, when no word before it names an identifier. Only words no message after a phone or an
# account has ("nhắn", "trú" fold to "nhan", "tru": not here). A symbol's operand is short: "0912345678 + 0987654321"
# is two phones.
ARITHMETIC_AFTER = re.compile(r"\s?(?:(?:có|co)\s+)?(?:chia hết cho|chia het cho|chia cho|nhân với|cộng với|trừ đi"
                              r"|bình phương|binh phuong|lập phương|lap phuong|là số nguyên tố|la so nguyen to"
                              r"|là số chính phương|la so chinh phuong|divisible by|is prime|squared"
                              r"|[+*×÷=^]\s?\d{1,4}(?![\d.,]))", re.IGNORECASE)


@dataclass
class Found:
    start: int
    end: int
    text: str
    checked: CheckedIdentifier

    def to_dict(self) -> dict[str, Any]:
        """The match and its check result; a card number is shown masked, never in full."""
        text = self.checked.value if self.checked.type == "card" else self.text
        return {"start": self.start, "end": self.end, "text": text, **self.checked.to_dict()}


def _typed(candidate: str, hint: str) -> CheckedIdentifier:
    if hint == "cccd" and len(digits_of(candidate)) == 9:
        return check(candidate, "cmnd")
    return check(candidate, hint)


def extract(text: str) -> list[Found]:
    """Identifiers in ``text``, in order, each with its check result."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_TEXT_CHARS]
    found: list[Found] = []
    for match in _CANDIDATES.finditer(text):
        kind = match.lastgroup
        assert kind is not None  # every alternative of _CANDIDATES is a named group
        candidate = match.group(kind)
        if len(candidate) > MAX_VALUE_CHARS:
            continue
        start, end = match.span(kind)
        if kind == "bhyt" and nearest_cue(text[:start], _BHYT_HINTS, HINT_REACH_WORDS) == "skip":
            continue  # "Hóa đơn số HD-2024-05-1234567": an invoice's code, though its letters start a BHYT number
        if kind in ("vietqr", "bhyt", "plate"):
            checked = check(candidate, kind)
            if checked.valid or kind == "vietqr":
                found.append(Found(start, end, candidate, checked))
            continue
        hint = nearest_cue(text[:start], HINTS, HINT_REACH_WORDS)
        if hint == "skip" or _MONEY_AFTER.match(text[end:]) or hint is None and (
                _THOUSANDS.fullmatch(candidate.strip()) or ARITHMETIC_AFTER.match(text, end)):
            continue
        checked = _typed(candidate, hint) if hint else check(candidate)
        if hint or checked.valid:
            found.append(Found(start, end, candidate, checked))
    return found
