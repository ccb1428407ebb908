"""A VietQR code asked for in words: "tạo mã vietqr chuyển 50.000 cho stk 0011001932418 vietcombank".

The question is read for a bank (BIN, name or short code), an account number, an amount written the
Vietnamese way and a message; the payload and its PNG are made by the same code as ``luytre identity
vietqr make``. A request missing its bank or account gets an answer naming what is missing.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass, field
from typing import Any

from luytre.identifiers.vietqr import check_payload, make_payload, parse_amount, resolve_bank
from luytre.text.normalize import fold

MAX_QUESTION_CHARS = 500
_ASKS_FOR_CODE = re.compile(
    r"\b(?:tao|lam|sinh|xuat|in|cho (?:toi|minh|em)|make|create|generate)\b[^.?!]{0,40}\b(?:vietqr|qr)\b"
    r"|\b(?:vietqr|ma qr|qr code)\b[^.?!]{0,40}\b(?:de )?(?:chuyen|nhan|thanh toan|transfer|pay)\b")
_ACCOUNT = re.compile(r"\b(?:stk|so tai khoan|so tk|tai khoan|tk|account|acct)\s*(?:so\s*|la\s*|:\s*)?"
                      r"(?P<account>\d[\d ]{4,22}\d)\b")
_AMOUNT = re.compile(r"\b(?:chuyen|so tien|nhan|thanh toan|transfer|send|pay|amount)\s*(?:khoan\s*)?(?::\s*)?"
                     r"(?P<amount>\d[\d.,]*\s?(?:k|nghin|ngan|tr|trieu|ty|d|dong|vnd)?)(?![\w.,])")
_MESSAGE = re.compile(r"\b(?:noi dung|nd|ghi chu|loi nhan|message|memo)\s*(?:la\s*|:\s*)?"
                      r"[\"“']?(?P<message>[^\"”']{1,60}?)[\"”']?\s*$")


@dataclass
class PaymentRequest:
    """What a question asked for; ``problems`` says what could not be read."""

    bank: str | None = None
    account: str | None = None
    amount: str | None = None
    message: str | None = None
    problems: list[str] = field(default_factory=list)


def asks_for_code(query: str) -> bool:
    return bool(_ASKS_FOR_CODE.search(fold(query[:MAX_QUESTION_CHARS])))


def _bank_in(text: str, account: str | None) -> str | None:
    """The first run of one to three words that names a bank (longest first at each place)."""
    words = re.findall(r"[a-z0-9]+", text)
    for i in range(len(words)):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words) - i < n or (account and phrase.replace(" ", "") in account):
                continue
            if phrase.isdigit() and not phrase.startswith("970"):
                continue
            try:
                return resolve_bank(phrase)
            except ValueError:
                continue
    return None


def read_request(query: str) -> PaymentRequest:
    text = fold(query[:MAX_QUESTION_CHARS])
    request = PaymentRequest()
    if found := _ACCOUNT.search(text):
        request.account = found["account"].replace(" ", "")
    if found := _MESSAGE.search(text):
        request.message = found["message"].strip()
        text = text[:found.start()]
    if found := _AMOUNT.search(text):
        try:
            request.amount = parse_amount(found["amount"])
        except ValueError as exc:
            request.problems.append(str(exc))
    request.bank = _bank_in(text.replace(request.account or "\0", " "), request.account)
    return request


def png_base64(payload: str) -> str:
    import segno

    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="png", scale=8, border=4)
    return base64.b64encode(out.getvalue()).decode("ascii")


def make_from_question(query: str, lang: str) -> tuple[str, float, dict[str, Any]]:
    """The answer's text, confidence and result for a question asking for a VietQR code."""
    vi = lang != "en"
    request = read_request(query)
    missing = [name for name, value in ((("ngân hàng" if vi else "the bank"), request.bank),
                                        (("số tài khoản" if vi else "the account number"), request.account))
               if value is None]
    said = list(request.problems)
    if missing:
        said.insert(0, ("Câu hỏi chưa có " if vi else "The question does not give ")
                    + (" và " if vi else " and ").join(missing) + ".")
    payload = None
    if not said and request.bank and request.account:
        try:
            payload = make_payload(request.bank, request.account, request.amount, request.message)
        except ValueError as exc:
            said.append(str(exc))
    if payload is None:
        said.append("Ví dụ: “tạo mã VietQR chuyển 50.000 cho stk 0011001932418 Vietcombank nội dung học phí”."
                    if vi else "For example: “make a VietQR code to pay 50,000 to account 0011001932418 at VCB”.")
        return " ".join(said), 0.5, {"vietqr": None, "missing": missing, "problems": request.problems}
    details = check_payload(payload).details
    amount = f"{int(request.amount):,} đ".replace(",", ".") if request.amount else None
    if vi:
        parts = [f"Mã VietQR nhận tiền vào tài khoản {request.account} tại {details['bank']}",
                 f"số tiền {amount}" if amount else "người chuyển tự nhập số tiền",
                 f"nội dung “{request.message}”" if request.message else None]
    else:
        parts = [f"VietQR code to pay account {request.account} at {details['bank']}",
                 f"amount {amount}" if amount else "the payer enters the amount",
                 f"message “{request.message}”" if request.message else None]
    text = ", ".join(p for p in parts if p) + "."
    result = {"vietqr": {"payload": payload, "bank_bin": request.bank, "bank": details["bank"],
                         "account": request.account, "amount": request.amount, "message": request.message,
                         "png_base64": png_base64(payload)},
              "missing": [], "problems": []}
    return text, 1.0, result
