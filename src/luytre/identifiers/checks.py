"""Check one value: what it is, whether it is valid, what it says, what is wrong.

Every checker returns a ``CheckedIdentifier``; nothing here raises on bad input. Errors
carry a stable ``code`` (so answers can be worded in Vietnamese or English) and
an English ``message`` naming the failed check.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Callable

from luytre.identifiers import tables

TYPES = ("cccd", "cmnd", "mst", "phone", "card", "vietqr", "plate", "bhyt")
MAX_VALUE_CHARS = 512  # longer input is not an identifier; say so instead of scanning it
_SEPARATORS = re.compile(r"[\s.\-]")


@dataclass
class CheckedIdentifier:
    value: str
    type: str
    valid: bool
    details: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)

    def fail(self, code: str, message: str) -> "CheckedIdentifier":
        self.valid = False
        self.errors.append({"code": code, "message": message})
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def digits_of(value: str) -> str:
    """Drop the spaces, dots and hyphens people put between digit groups."""
    return _SEPARATORS.sub("", value)


def is_digits(value: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also accepts "٠١٢" and superscripts."""
    return value.isascii() and value.isdigit()


# -- identity documents ------------------------------------------------------
def check_cccd(value: str, today: date | None = None) -> CheckedIdentifier:
    """12-digit citizen ID: province of birth registration, sex and century, birth year."""
    v = CheckedIdentifier(value, "cccd", True)
    d = digits_of(value)
    if not is_digits(d) or len(d) != 12:
        return v.fail("shape", "a CCCD number has exactly 12 digits")
    province = tables.CCCD_PROVINCES.get(d[:3])
    if province is None:
        v.fail("province_code", f"{d[:3]} is not a province code used on citizen IDs")
    century_digit = int(d[3])
    century = 1900 + 100 * (century_digit // 2)
    birth_year = century + int(d[4:6])
    v.details = {"province_code": d[:3], "province": province, "sex": "female" if century_digit % 2 else "male",
                 "birth_year": birth_year, "normalized": d}
    if birth_year > (today or date.today()).year:
        v.fail("birth_year", f"birth year {birth_year} is in the future")
    return v


def check_cmnd(value: str) -> CheckedIdentifier:
    """Old 9-digit identity card: only the shape can be checked."""
    v = CheckedIdentifier(value, "cmnd", True,
                          {"checksum": "CMND numbers have no check digit; only the shape is verified"})
    d = digits_of(value)
    if not is_digits(d) or len(d) != 9:
        return v.fail("shape", "an old CMND number has exactly 9 digits")
    v.details["normalized"] = d
    return v


def mst_check_digit(nine: str) -> int | None:
    """The 10th digit of a tax code; None when the remainder is 0 (no valid code exists)."""
    remainder = sum(int(c) * w for c, w in zip(nine, tables.MST_WEIGHTS)) % 11
    return None if remainder == 0 else 10 - remainder


def check_mst(value: str) -> CheckedIdentifier:
    """Tax code: 10 digits, or 10 + '-' + 3-digit branch; check digit verified."""
    v = CheckedIdentifier(value, "mst", True)
    compact = re.sub(r"\s", "", value)
    match = re.fullmatch(r"([0-9]{10})(?:-?([0-9]{3}))?", compact.replace(".", ""))
    if not match:
        return v.fail("shape", "a tax code has 10 digits, optionally followed by '-' and a 3-digit branch")
    main, branch = match.groups()
    v.details = {"normalized": main + (f"-{branch}" if branch else ""), "branch": branch}
    expected = mst_check_digit(main[:9])
    if expected is None:
        v.fail("check_digit", "no valid tax code starts with these 9 digits (weighted sum divisible by 11)")
    elif int(main[9]) != expected:
        v.fail("check_digit", f"check digit is {main[9]}, expected {expected}")
    if branch == "000":
        v.fail("branch", "branch numbers run from 001 to 999")
    return v


# -- phones and cards --------------------------------------------------------
def check_phone(value: str) -> CheckedIdentifier:
    """Mobile (carrier by prefix) or landline; normalized to E.164."""
    v = CheckedIdentifier(value, "phone", True)
    d = digits_of(value.replace("(", "").replace(")", ""))
    if d.startswith("+84"):
        d = "0" + d[3:]
    elif d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    if not is_digits(d) or not d.startswith("0"):
        return v.fail("shape", "a Vietnamese phone number starts with 0, +84 or 84 and has only digits")
    v.details = {"e164": "+84" + d[1:]}
    if d.startswith(tables.LANDLINE_PREFIX):
        area = d[:3] if d[:3] in tables.LANDLINE_AREAS else d[:4]
        v.details.update(kind="landline", area_code=area, province=tables.LANDLINE_AREAS.get(area))
        if len(d) != 11:
            v.fail("length", "a landline number has 11 digits (0 + area code + number)")
        if area not in tables.LANDLINE_AREAS:
            v.fail("area_code", f"{area} is not an area code of the 2017 plan")
        return v
    v.details["kind"] = "mobile"
    if len(d) != 10:
        return v.fail("length", "a mobile number has 10 digits")
    carrier = tables.MOBILE_PREFIXES.get(d[:3])
    if carrier is None:
        return v.fail("prefix", f"{d[:3]} is not an allocated mobile prefix")
    v.details["carrier"] = carrier
    return v


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def card_scheme(d: str) -> str | None:
    if d.startswith("9704"):
        return "napas"
    if d.startswith("4"):
        return "visa"
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return "mastercard"
    if 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if d[:2] in ("34", "37"):
        return "amex"
    if d.startswith("62"):
        return "unionpay"
    return None


_CARD_LENGTHS = {"napas": (16, 19), "visa": (13, 16, 19), "mastercard": (16,), "jcb": (16, 17, 18, 19),
                 "amex": (15,), "unionpay": (16, 17, 18, 19)}


def mask_card(d: str) -> str:
    return d[:6] + "*" * (len(d) - 10) + d[-4:]


def check_card(value: str) -> CheckedIdentifier:
    """Payment card: Luhn, scheme by prefix, length per scheme. The number is masked."""
    d = digits_of(value)
    v = CheckedIdentifier(mask_card(d) if is_digits(d) and len(d) >= 12 else "<masked>", "card", True)
    if not is_digits(d) or not 12 <= len(d) <= 19:
        return v.fail("shape", "a card number has 12 to 19 digits")
    scheme = card_scheme(d)
    v.details = {"scheme": scheme, "length": len(d)}
    if scheme == "napas":
        v.details["bank"] = tables.BANK_BINS.get(d[:6])
    if scheme is None:
        v.fail("scheme", "the prefix belongs to no known card scheme")
    elif len(d) not in _CARD_LENGTHS[scheme]:
        v.fail("length", f"{scheme} cards have {' or '.join(map(str, _CARD_LENGTHS[scheme]))} digits")
    if not luhn_ok(d):
        v.fail("luhn", "the Luhn check digit does not match")
    return v


# -- vehicles and insurance --------------------------------------------------
# the last groups split by a dot, or by a space before two digits ("30 A 123 45")
_PLATE = re.compile(r"(\d{2})\s*-?\s*([A-Z]{1,2})(\d?)\s*[-. ]?\s*(\d{3})(?:\.?(\d{1,2})|\s(\d{2}))", re.ASCII)


def check_plate(value: str) -> CheckedIdentifier:
    """Licence plate: province by code; car (series letters) or motorbike (letter + digit)."""
    v = CheckedIdentifier(value, "plate", True)
    match = _PLATE.fullmatch(value.strip().upper())
    if not match:
        return v.fail("shape", "a plate looks like 30A-123.45, 51F-1234 or 29B1-123.45")
    code, series, sub, first, last, spaced = match.groups()
    last = last or spaced
    number = first + last
    if len(number) not in (4, 5):
        return v.fail("shape", "a plate number has 4 or 5 digits")
    province = tables.PLATE_PROVINCES.get(code)
    vehicle = "motorbike" if sub else "car"
    v.details = {"province_code": code, "province": province, "series": series + sub, "vehicle": vehicle,
                 "normalized": f"{code}{series}{sub}-{number[:3]}.{number[3:]}" if len(number) == 5
                 else f"{code}{series}{sub}-{number}"}
    if series == "LD":
        v.details["owner"] = "foreign-invested enterprise"
    elif series == "KT":
        v.details["owner"] = "military enterprise"
    if province is None:
        v.fail("province_code", f"{code} is not a licence-plate province code")
    return v


def check_bhyt(value: str) -> CheckedIdentifier:
    """Health-insurance card: object code, benefit level 1-5, province, social-insurance number."""
    v = CheckedIdentifier(value, "bhyt", True)
    compact = re.sub(r"[\s.\-]", "", value).upper()
    match = re.fullmatch(r"([A-Z]{2})([0-9])([0-9]{2})([0-9]{10})", compact)
    if not match:
        return v.fail("shape", "a BHYT number is 2 letters, 1 digit, 2 digits and a 10-digit insurance number")
    obj, level, province, number = match.groups()
    v.details = {"object_code": obj, "object": tables.BHYT_OBJECTS.get(obj), "benefit_level": int(level),
                 "province_code": province, "social_insurance_number": number}
    if obj not in tables.BHYT_OBJECTS:
        v.fail("object_code", f"{obj} is not a beneficiary code")
    if not 1 <= int(level) <= 5:
        v.fail("benefit_level", "the benefit level is a digit from 1 to 5")
    if province == "00":
        v.fail("province_code", "00 is not a province code")
    return v


def check_vietqr(value: str) -> CheckedIdentifier:
    from luytre.identifiers.vietqr import check_payload

    return check_payload(value)


CHECKERS: dict[str, Callable[[str], CheckedIdentifier]] = {
    "cccd": check_cccd, "cmnd": check_cmnd, "mst": check_mst, "phone": check_phone, "card": check_card,
    "vietqr": check_vietqr, "plate": check_plate, "bhyt": check_bhyt,
}


def candidate_types(value: str) -> list[str]:
    """Types ``value`` could be, most likely first, judged from its shape alone."""
    s = value.strip()
    if s.startswith("000201"):
        return ["vietqr"]
    upper = s.upper()
    if _PLATE.fullmatch(upper):
        return ["plate"]
    if re.fullmatch(r"[A-Z]{2}[\s.\-]?[0-9][\s.\-0-9]{12,16}", upper):
        return ["bhyt"]
    d = digits_of(s.replace("(", "").replace(")", ""))
    if d.startswith("+") and is_digits(d[1:]):
        return ["phone"]
    if not is_digits(d):
        return []
    if re.fullmatch(r"[0-9]{10}-[0-9]{3}", re.sub(r"\s", "", s)):
        return ["mst"]
    # Mobile numbers start 03/05/07/08/09; tax codes start with a region code such as 01.
    ten = ["phone", "mst"] if d[1] in "35789" else ["mst", "phone"]
    by_length = {9: ["cmnd"], 10: ten, 11: ["phone"], 12: ["cccd", "card"], 13: ["mst", "card"]}
    if len(d) in by_length:
        return by_length[len(d)]
    if d.startswith("84") and len(d) == 11:
        return ["phone"]
    if 14 <= len(d) <= 19:
        return ["card"]
    return []


def check(value: str, type: str | None = None) -> CheckedIdentifier:
    """Check ``value`` as ``type``, or as whatever its shape says it is.

    When a shape fits several types (a 10-digit number may be a phone or a tax
    code), the first valid reading wins and the other valid readings are listed
    in ``details["also_valid_as"]``."""
    if not isinstance(value, str) or not value.strip():
        return CheckedIdentifier("" if not isinstance(value, str) else value, type or "unknown", False,
                       errors=[{"code": "empty", "message": "the value is empty"}])
    if len(value) > MAX_VALUE_CHARS:
        return CheckedIdentifier(value[:32] + "…", type or "unknown", False,
                       errors=[{"code": "too_long", "message": f"longer than {MAX_VALUE_CHARS} characters"}])
    if type is not None:
        if type not in CHECKERS:
            return CheckedIdentifier(value, type, False, errors=[{"code": "type", "message": f"unknown type {type!r}"}])
        return CHECKERS[type](value)
    readings = [CHECKERS[t](value) for t in candidate_types(value)]
    if not readings:
        return CheckedIdentifier(value, "unknown", False,
                       errors=[{"code": "unknown", "message": "not the shape of any supported identifier"}])
    valid = [v for v in readings if v.valid]
    best = valid[0] if valid else readings[0]
    if len(valid) > 1:
        best.details["also_valid_as"] = [v.type for v in valid[1:]]
    return best
