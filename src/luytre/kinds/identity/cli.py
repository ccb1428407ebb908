"""``luytre id …``: check, extract and make Vietnamese identifiers and VietQR codes (offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from luytre.cli.common import JsonlOption, JsonOption, console, emit_json, one_input, run_batch
from luytre.errors import InvalidQuery
from luytre.identifiers.checks import CheckedIdentifier

id_app = typer.Typer(help="Check and extract Vietnamese identifiers (CCCD, CMND, MST, phone, card, VietQR, "
                          "plate, BHYT).", no_args_is_help=True)
vietqr_app = typer.Typer(help="Make VietQR payment codes.", no_args_is_help=True)
id_app.add_typer(vietqr_app, name="vietqr")

TypeOption = Annotated[str | None, typer.Option("--type", help="Check as this type instead of guessing it: "
                                                "cccd, cmnd, mst, phone, card, vietqr, plate, bhyt.")]


def _print(checked: CheckedIdentifier, shown: str) -> None:
    from luytre.kinds.identity.kind import describe_check

    colour = "green" if checked.valid else "red"
    console.print(f"[{colour}]{describe_check(checked, shown, 'vi')}[/]")


@id_app.command("check")
def check_cmd(
    value: Annotated[str | None, typer.Argument(help="The value to check.", show_default=False)] = None,
    type_: TypeOption = None,
    jsonl: JsonlOption = None,
    json_out: JsonOption = False,
) -> None:
    """Check one value (or --jsonl FILE of {"id","value"} lines): type, validity, details, errors."""
    from luytre.identifiers import TYPES, check

    if type_ is not None and type_ not in TYPES:
        raise InvalidQuery(f"unknown type {type_!r}; use one of {', '.join(TYPES)}")
    one_input(value, jsonl, "a value")
    if jsonl is not None:
        run_batch(jsonl, "value", lambda v: check(v, type_).to_dict())
        return
    assert value is not None  # one_input let through exactly one of VALUE and --jsonl
    checked = check(value, type_)
    if json_out:
        emit_json(checked.to_dict())
    else:
        _print(checked, checked.value)
    if not checked.valid:
        raise typer.Exit(1)


@id_app.command("extract")
def extract_cmd(
    text: Annotated[str, typer.Argument(help="Free text, with or without diacritics.")],
    json_out: JsonOption = False,
) -> None:
    """Find identifiers in free text and check each one."""
    from luytre.identifiers import extract

    found = extract(text)
    if json_out:
        emit_json([f.to_dict() for f in found])
        return
    if not found:
        console.print("không tìm thấy mã định danh nào / no identifier found")
    for item in found:
        _print(item.checked, item.to_dict()["text"])  # to_dict masks card numbers


@vietqr_app.command("make")
def vietqr_make(
    bank: Annotated[str, typer.Option(help="The bank: its Napas BIN (970436), name (Vietcombank) or short code "
                                           "(VCB); `luytre identity banks` lists them.")],
    account: Annotated[str, typer.Option(help="Beneficiary account number.")],
    amount: Annotated[str | None, typer.Option(help="Amount in đồng: 50000, 50.000, 50,000, 50k or 1,5tr.")] = None,
    message: Annotated[str | None, typer.Option(help="Transfer message.")] = None,
    png: Annotated[Path | None, typer.Option(help="Also write the QR code as a PNG image here.")] = None,
    json_out: JsonOption = False,
) -> None:
    """Make a VietQR payload (EMVCo, CRC-16) to receive a transfer, optionally as a PNG QR code."""
    from luytre.identifiers.vietqr import make_payload

    try:
        payload = make_payload(bank, account, amount, message)
    except ValueError as exc:
        raise InvalidQuery(str(exc)) from exc
    if png is not None:
        import segno

        segno.make(payload, error="m").save(str(png), scale=8, border=4)
    if json_out:
        emit_json({"payload": payload, "png": str(png) if png else None})
    else:
        console.print(payload, highlight=False, soft_wrap=True)


@id_app.command("banks")
def banks_cmd(json_out: JsonOption = False) -> None:
    """List the banks a VietQR code can be made for: BIN, name and the short codes accepted by --bank."""
    from luytre.identifiers.vietqr import banks

    rows = banks()
    if json_out:
        emit_json(rows)
        return
    for row in rows:
        console.print(f"{row['bin']}  {row['name']:<28} {', '.join(row['codes'])}", highlight=False)
