"""Helpers every command shares: the home option, output, batch input, errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator

import typer
from rich.console import Console

from luytre.errors import InvalidQuery, LuytreError

console = Console()
err_console = Console(stderr=True)

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", envvar="LUYTRE_HOME", help="Node home folder (default: $LUYTRE_HOME or ~/.luytre).",
                 show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
JsonlOption = Annotated[
    Path | None,
    typer.Option("--jsonl", help="Read one input a line ({\"id\":…,\"<field>\":…} or plain text); "
                 "print one JSON object a line.", exists=False, dir_okay=False),
]


def home_path(home: Path | None) -> Path:
    from luytre.home import default_home

    return home if home is not None else default_home()


def emit_json(obj: Any) -> None:
    """One JSON document on stdout (UTF-8, not ASCII-escaped)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def read_batch(path: Path, field: str) -> Iterator[tuple[Any, str | LuytreError]]:
    """Yield ``(id, text)`` per non-blank line of ``path``; a bad line yields ``(id, error)``.

    Lines are ``{"id": …, field: …}`` objects or plain text (id = line number)."""
    try:
        raw_lines = path.read_bytes().splitlines()
    except OSError as exc:
        raise InvalidQuery(f"cannot read {path}: {exc.strerror}") from exc
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, InvalidQuery(f"line {number} is not valid UTF-8")
            continue
        if line.lstrip().startswith("{"):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, InvalidQuery(f"line {number} is not valid JSON: {exc.msg}")
                continue
            value = record.get(field) if isinstance(record, dict) else None
            ident = record.get("id", number) if isinstance(record, dict) else number
            if not isinstance(value, str):
                yield ident, InvalidQuery(f"line {number} has no string {field!r}")
                continue
            yield ident, value
        else:
            yield number, line


def one_input(value: object, jsonl: Path | None, what: str) -> None:
    """Commands take one input on the command line or a --jsonl batch, never both or neither."""
    if (value is None) == (jsonl is None):
        raise InvalidQuery(f"give {what} or --jsonl FILE (one of them)")


def run_batch(path: Path, field: str, handle: Callable[[str], dict[str, Any]]) -> None:
    """Apply ``handle`` to every line of a JSONL batch; exit 1 at the end if any line failed."""
    failed = 0
    for ident, item in read_batch(path, field):
        if isinstance(item, LuytreError):
            failed += 1
            emit_json({"id": ident, "error": item.to_dict()})
            continue
        try:
            emit_json({"id": ident, **handle(item)})
        except LuytreError as exc:
            failed += 1
            emit_json({"id": ident, field: item, "error": exc.to_dict()})
    if failed:
        err_console.print(f"[yellow]{failed} input(s) failed; see their \"error\" objects[/]")
        raise typer.Exit(1)
