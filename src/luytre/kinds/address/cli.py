"""``luytre address …``: read Vietnamese addresses and convert them to the 2025 map (offline)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from luytre.cli.common import (
    HomeOption,
    JsonlOption,
    JsonOption,
    console,
    emit_json,
    err_console,
    home_path,
    one_input,
    run_batch,
)
from luytre.errors import HomeNotFound, InvalidQuery
from luytre.kinds.address.csvfile import CsvText, read_csv

if TYPE_CHECKING:
    from luytre.kinds.address.parser import AddressParser

address_app = typer.Typer(help="Read Vietnamese addresses (old, new or mixed) and place them on the 2025 map.",
                          no_args_is_help=True)
ExpertOption = Annotated[str, typer.Option("--expert", help="Installed address expert whose tables to use.")]
# Columns ``convert`` adds to each row.
NEW_COLUMNS = ("province_code", "province", "ward_code", "ward", "street", "format", "confidence", "rule")


def _parser(home: Path | None, expert: str) -> AddressParser:
    """The parser of the node's installed address expert (loaded through the node's digest check); without
    one, the official tables directly."""
    from luytre.kinds import open_context
    from luytre.kinds.address.kind import AddressExpert
    from luytre.kinds.address.parser import AddressParser
    from luytre.kinds.address.tables import extract_tables

    try:
        with open_context(home_path(home), "address") as ctx:
            installed = ctx.experts().get(expert)
    except HomeNotFound:
        installed = None
    if isinstance(installed, AddressExpert):
        return installed.parser
    err_console.print(f"[dim]{expert} is not installed on this node; reading the official tables directly[/]")
    return AddressParser(extract_tables())


@address_app.command("parse")
def parse_cmd(
    text: Annotated[str | None, typer.Argument(help="An address, e.g. \"P. Bến Nghé, Q.1, TP HCM\".",
                                               show_default=False)] = None,
    jsonl: JsonlOption = None,
    json_out: JsonOption = False,
    home: HomeOption = None,
    expert: ExpertOption = "vn-address",
) -> None:
    """Read one address (or --jsonl FILE of {"id","text"} lines or plain lines): new ward and province with
    official codes, old units, street, format, confidence, candidates."""
    one_input(text, jsonl, "an address")
    parser = _parser(home, expert)
    if jsonl is not None:
        run_batch(jsonl, "text", lambda t: parser.parse(t).to_dict())
        return
    parsed = parser.parse(text or "")
    if json_out:
        emit_json(parsed.to_dict())
    else:
        from luytre.kinds.address.kind import describe

        console.print(describe(parsed, "vi"), highlight=False)
        if parsed.street:
            console.print(f"  [dim]số nhà, đường[/] {parsed.street}", highlight=False)
        console.print(f"  [dim]format[/] {parsed.format}  [dim]confidence[/] {parsed.confidence:.0%}  "
                      f"[dim]rule[/] {parsed.rule}", highlight=False)
    if parsed.ward_code is None:
        raise typer.Exit(1)


@address_app.command("convert")
def convert_cmd(
    csv_in: Annotated[Path, typer.Option("--csv", help="CSV file to read, with a header row: UTF-8 (with or without "
                                                       "BOM), Windows-1258 or Windows-1252; fields separated by , ; "
                                                       "tab or | (found from the header).")],
    column: Annotated[str, typer.Option(help="Name of the column that holds the address.")],
    out: Annotated[Path, typer.Option(help="CSV file to write (never the input): the input columns plus new_* "
                                           "columns, with the input's delimiter.")],
    bom: Annotated[bool, typer.Option("--bom/--no-bom", help="Start the output with a UTF-8 byte-order mark, "
                                                             "so Excel reads Vietnamese letters right.")] = True,
    home: HomeOption = None,
    expert: ExpertOption = "vn-address",
    json_out: JsonOption = False,
) -> None:
    """Add the 2025-map columns (new_province_code, new_ward, …) to every row of a CSV file."""
    if out.resolve() == csv_in.resolve() or (out.exists() and csv_in.exists() and out.samefile(csv_in)):
        raise InvalidQuery(f"--out {out} is the input file; write the result to another file")
    rows, fields, source = _read_csv(csv_in, column)
    parser = _parser(home, expert)
    added = [f"new_{name}" for name in NEW_COLUMNS if f"new_{name}" not in fields]
    counts = {"rows": len(rows), "ward": 0, "province_only": 0, "unresolved": 0}
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f, Progress(
                TextColumn("converting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=err_console, disable=len(rows) < 2000) as progress:
            writer = csv.DictWriter(f, fieldnames=[*fields, *added], delimiter=source.delimiter)
            writer.writeheader()
            task = progress.add_task("rows", total=len(rows))
            for row in rows:
                parsed = parser.parse(row.get(column) or "").to_dict()
                counts["ward" if parsed["ward_code"] else "province_only" if parsed["province_code"]
                       else "unresolved"] += 1
                writer.writerow({**row, **{f"new_{name}": parsed[name] for name in NEW_COLUMNS}})
                progress.advance(task)
        tmp.replace(out)  # the output appears whole or not at all
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidQuery(f"cannot write {out}: {exc.strerror}") from exc
    if json_out:
        emit_json({"out": str(out), **counts, "encoding": source.encoding, "delimiter": source.delimiter})
    else:
        console.print(f"[green]Wrote[/] {out}: {counts['rows']} rows, {counts['ward']} with a ward, "
                      f"{counts['province_only']} with a province only, {counts['unresolved']} unresolved "
                      f"(read as {source.encoding}, delimiter {source.delimiter!r})")


def _read_csv(path: Path, column: str) -> tuple[list[dict[str, str]], list[str], CsvText]:
    try:
        rows, fields, source = read_csv(path.read_bytes())
    except OSError as exc:
        raise InvalidQuery(f"cannot read {path}: {exc.strerror}") from exc
    except (ValueError, csv.Error) as exc:
        raise InvalidQuery(f"{path} is not a CSV file this command reads: {exc}") from exc
    if column not in fields:
        raise InvalidQuery(f"{path} has no column {column!r}; its columns are: {', '.join(fields) or 'none'}")
    return rows, fields, source
