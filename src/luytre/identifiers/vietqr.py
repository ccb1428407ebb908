"""VietQR (Napas EMVCo) payloads: decode every TLV field, verify the CRC, make new ones.

The payload is a sequence of fields ``ID(2) LEN(2) VALUE``; template fields nest
the same way. The last field, 63, is a CRC-16/CCITT-FALSE (poly 0x1021, init
0xFFFF) over everything before its value, "6304" included.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from luytre.identifiers import tables
from luytre.identifiers.checks import CheckedIdentifier
from luytre.text.normalize import fold

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT, SERVICE_TO_CARD = "QRIBFTTA", "QRIBFTTC"
_TEMPLATES = {"38", "62"}  # fields whose value is itself a TLV list
_FIELD_NAMES = {
    "00": "payload_format", "01": "initiation_method", "38": "merchant_account", "52": "merchant_category",
    "53": "currency", "54": "amount", "58": "country", "59": "merchant_name", "60": "merchant_city",
    "62": "additional_data", "63": "crc",
}


def crc16(data: bytes) -> str:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def parse_tlv(payload: str) -> list[tuple[str, str]]:
    """Split a TLV string; raises ``ValueError`` naming the offset of a malformed field."""
    fields, i = [], 0
    while i < len(payload):
        if i + 4 > len(payload) or not payload[i:i + 4].isdigit():
            raise ValueError(f"malformed field header at offset {i}")
        tag, length = payload[i:i + 2], int(payload[i + 2:i + 4])
        value = payload[i + 4:i + 4 + length]
        if len(value) != length:
            raise ValueError(f"field {tag} claims {length} characters but only {len(value)} remain")
        fields.append((tag, value))
        i += 4 + length
    return fields


def _tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"field {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def check_payload(payload: str) -> CheckedIdentifier:
    """Decode a VietQR payload and verify its CRC and Napas structure."""
    v = CheckedIdentifier(payload, "vietqr", True)
    payload = payload.strip()
    try:
        fields = parse_tlv(payload)
    except ValueError as exc:
        return v.fail("tlv", str(exc))
    decoded: dict[str, Any] = {}
    for tag, value in fields:
        name = _FIELD_NAMES.get(tag, f"field_{tag}")
        if tag in _TEMPLATES:
            try:
                decoded[name] = {sub: val for sub, val in parse_tlv(value)}
            except ValueError as exc:
                return v.fail("tlv", f"field {tag}: {exc}")
        else:
            decoded[name] = value
    v.details = {"fields": decoded}
    if not fields or fields[-1][0] != "63" or len(fields[-1][1]) != 4:
        return v.fail("crc", "the payload does not end with a 4-character CRC field (63)")
    expected = crc16(payload[:-4].encode("utf-8"))
    if fields[-1][1].upper() != expected:
        v.fail("crc", f"CRC is {fields[-1][1]}, expected {expected}")
    account_info = decoded.get("merchant_account")
    if not isinstance(account_info, dict) or account_info.get("00") != NAPAS_GUID:
        return v.fail("napas", f"field 38 is not a Napas (GUID {NAPAS_GUID}) account template")
    try:
        beneficiary = dict(parse_tlv(account_info.get("01", "")))
    except ValueError as exc:
        return v.fail("tlv", f"beneficiary: {exc}")
    bin_ = beneficiary.get("00")
    v.details.update(
        bank_bin=bin_, bank=tables.BANK_BINS.get(bin_ or ""), account=beneficiary.get("01"),
        service=account_info.get("02"), amount=decoded.get("amount"), currency=decoded.get("currency"),
        country=decoded.get("country"),
        message=(decoded.get("additional_data") or {}).get("08") if isinstance(decoded.get("additional_data"),
                                                                                dict) else None,
        dynamic=decoded.get("initiation_method") == "12",
    )
    if not bin_ or bin_ not in tables.BANK_BINS:
        v.fail("bank_bin", f"{bin_!r} is not a known Napas bank BIN")
    if not beneficiary.get("01"):
        v.fail("account", "no beneficiary account or card number")
    return v


def _bank_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name).lower()).removeprefix("nganhang").removesuffix("bank")


_BANK_NAMES = {_bank_key(name): bin_ for bin_, name in tables.BANK_BINS.items()}
_BANK_NAMES.update({_bank_key(code): bin_ for code, bin_ in tables.BANK_SHORT_CODES.items()})


def resolve_bank(bank: str) -> str:
    """The Napas BIN of ``bank``: a BIN, a bank's name or its short code, any case, with or without
    diacritics ("970436", "Vietcombank", "VCB", "ngân hàng Vietcombank"); ``ValueError`` if unknown."""
    text = bank.strip()
    if text in tables.BANK_BINS:
        return text
    found = _BANK_NAMES.get(_bank_key(text))
    if found is None:
        raise ValueError(f"{bank!r} is not a known bank: give its BIN, name or short code "
                         "(`luytre identity banks` lists them)")
    return found


def banks() -> list[dict[str, Any]]:
    """Every known bank: BIN, name and short codes."""
    codes: dict[str, list[str]] = {}
    for code, bin_ in tables.BANK_SHORT_CODES.items():
        codes.setdefault(bin_, []).append(code)
    return [{"bin": bin_, "name": name, "codes": codes.get(bin_, [])} for bin_, name in tables.BANK_BINS.items()]


_AMOUNT = re.compile(r"(?P<number>\d+(?:[.,]\d+)*)(?P<unit>k|nghin|ngan|tr|trieu|m|ty|d|dong|vnd)?")
_UNITS = {"k": 1000, "nghin": 1000, "ngan": 1000, "tr": 1_000_000, "trieu": 1_000_000, "m": 1_000_000,
          "ty": 1_000_000_000}
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def parse_amount(text: str) -> str:
    """Whole đồng from the ways Vietnamese write an amount: "50000", "50.000", "50,000", "50k", "1,5tr",
    "2 triệu", "50.000đ"; ``ValueError`` for anything else, or a fraction of a đồng."""
    match = _AMOUNT.fullmatch(fold(text.strip()).lower().replace(" ", ""))
    if match is None:
        raise ValueError(f"{text!r} is not an amount: write it as 50000, 50.000, 50,000, 50k or 1,5tr")
    number, unit = match["number"], (match["unit"] or "").lower()
    if _GROUPED.fullmatch(number):  # 50.000 or 50,000: a thousands separator
        value = Decimal(re.sub(r"[.,]", "", number))
    elif unit in _UNITS and re.fullmatch(r"\d+(?:[.,]\d+)?", number):  # 1,5tr or 1.5tr: a decimal mark
        value = Decimal(number.replace(",", "."))
    elif number.isdigit():
        value = Decimal(number)
    else:
        raise ValueError(f"{text!r} is not an amount: write it as 50000, 50.000, 50,000, 50k or 1,5tr")
    value *= _UNITS.get(unit, 1)
    if value != value.to_integral_value() or not 0 < value < 10**13:
        raise ValueError("the amount is a whole number of đồng, more than 0 and under 10 000 billion")
    return str(int(value))


def make_payload(bank: str, account: str, amount: str | None = None, message: str | None = None, *,
                 to_card: bool = False) -> str:
    """Build a VietQR payload (dynamic when an amount is given) with its CRC. ``bank`` is a BIN, name or short
    code; ``amount`` is written any way ``parse_amount`` reads."""
    bank_bin = resolve_bank(bank)
    account = account.replace(" ", "")
    if not account.isascii() or not account.isalnum() or len(account) > 19:
        raise ValueError("the account must be 1 to 19 letters or digits")
    if amount is not None:
        amount = parse_amount(amount)
    beneficiary = _tlv("00", bank_bin) + _tlv("01", account)
    merchant = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv(
        "02", SERVICE_TO_CARD if to_card else SERVICE_TO_ACCOUNT)
    body = _tlv("00", "01") + _tlv("01", "12" if amount else "11") + _tlv("38", merchant) + _tlv("53", "704")
    if amount:
        body += _tlv("54", amount)
    body += _tlv("58", "VN")
    if message:
        body += _tlv("62", _tlv("08", message))
    body += "6304"
    return body + crc16(body.encode("utf-8"))
