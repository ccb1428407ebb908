"""Helpers every command shares: the home option, output, batch input, errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator

import typer
from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from luytre.errors import InvalidQuery, LuytreError

PIPED_WIDTH = 1 << 16  # piped output is never wrapped: a line is as long as its content


def _console(*, stderr: bool = False) -> Console:
    """Rich on a terminal; plain, unwrapped text when the stream is a pipe or a file (whatever $COLUMNS says)."""
    if (sys.stderr if stderr else sys.stdout).isatty():
        return Console(stderr=stderr)
    return Console(stderr=stderr, width=PIPED_WIDTH, soft_wrap=True, no_color=True, emoji=False)


console = _console()
err_console = _console(stderr=True)

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


def table(*columns: str, whole: tuple[str, ...] = ()) -> Table:
    """A table; the ``whole`` columns (ids, fingerprints, digests) are never cut, folded or wrapped.
    Boxed on a terminal, plain space-aligned columns when piped."""
    out = Table(box=box.SIMPLE_HEAD if console.is_terminal else None, pad_edge=False, show_edge=False)
    for name in columns:
        out.add_column(name, no_wrap=name in whole, overflow="ignore" if name in whole else "fold")
    return out


def print_table(rows: Table) -> None:
    """Print ``rows``; when its whole columns do not fit the terminal, print it wider and let the terminal
    wrap lines rather than cut an id a user must copy."""
    for column in rows.columns:
        if column.no_wrap:
            cells = [Text.from_markup(c).cell_len if isinstance(c, str) else 0 for c in column._cells]
            column.min_width = max([len(str(column.header)), *cells])
    if not console.is_terminal:  # plain columns, no padding after the last one
        with console.capture() as captured:
            console.print(rows)
        console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
        return
    needed = Measurement.get(console, console.options.update_width(PIPED_WIDTH), rows).minimum
    if needed <= console.width:
        console.print(rows)
        return
    wide = Console(file=console.file, width=needed, force_terminal=console.is_terminal, soft_wrap=True)
    wide.print(rows)


def plain_help(command: Any) -> None:
    """Help as written, for every command under ``command``: no Rich markup (so ``[labels.<label>]`` shows),
    flags without a ``<bool>`` type, arguments named in capitals (``PATH``) as in the docs."""
    command.rich_markup_mode = None
    for param in command.params:
        if param.param_type_name == "argument" and param.metavar is None:
            param.metavar = (param.name or "value").upper()
    for sub in getattr(command, "commands", {}).values():
        plain_help(sub)


def print_error(message: str, label: str = "error:") -> None:
    """One error line on stderr; the message is shown as written (``[labels.<label>]`` is not markup)."""
    err_console.print(Text.assemble((label, "red"), " ", message), highlight=False)


def home_path(home: Path | None, *, existing: bool = True) -> Path:
    from luytre.home import default_home

    return home if home is not None else default_home(existing=existing)


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
