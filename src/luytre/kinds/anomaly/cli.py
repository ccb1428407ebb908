"""Command line of the anomaly kind.

``build`` is mounted as ``luytre expert build anomaly``; the group as ``luytre anomaly``
(``score`` a file, ``stream`` readings one at a time). ``python -m luytre.kinds.anomaly.cli`` runs both on their own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from luytre.errors import LuytreError
from luytre.experts.package import ExpertPackage

if TYPE_CHECKING:  # loaded by the commands that use them: `luytre --help` and the other commands skip them
    from rich.progress import Progress

err = Console(stderr=True)


def _progress() -> Progress:
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed:,} rows"), TimeElapsedColumn(), console=err,
                    transient=True, disable=not err.is_terminal)


def _fail(exc: LuytreError) -> NoReturn:
    err.print(f"error: {exc.message}", markup=False, highlight=False)
    raise typer.Exit(exc.exit_code)


def build(data: Annotated[Path, typer.Argument(help="CSV or Parquet table of the plant's history.")],
          manifest: Annotated[Path, typer.Option("--manifest", help="Source manifest (TOML) with an [anomaly] table.")],
          out: Annotated[Path, typer.Option("--out", help="Folder to write the (unsigned) package to.")],
          validation: Annotated[Path | None, typer.Option(
              "--validation", help="Labelled file (0/1 label column) to choose the detector.")] = None,
          detector: Annotated[str | None, typer.Option(
              "--detector", help="ecod, copod, hbos, iforest (PyOD), hst, loda (river) or auto; "
                                 "overrides the manifest's [anomaly] detector.")] = None,
          stream_detector: Annotated[str | None, typer.Option(
              "--stream-detector", help="The streaming endpoint's detector (hst, loda, auto or a batch one); "
                                        "overrides [anomaly.stream] detector.")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False) -> None:
    """Learn an anomaly expert from an organization's own sensor or quality data."""
    from threadpoolctl import threadpool_limits

    from luytre.kinds.anomaly.build import build_anomaly

    try:
        with threadpool_limits(1), _progress() as bar:
            task = bar.add_task("reading", total=None)
            package = build_anomaly(data, manifest, out, validation=validation, detector=detector,
                                    stream_detector=stream_detector,
                                    step=lambda name: bar.update(task, description=name),
                                    progress=lambda rows: bar.update(task, completed=rows))
    except LuytreError as exc:
        _fail(exc)
    config = package.manifest.config
    stream = config.get("stream_model") or {"detector": config["detector"]}
    summary = {"package": str(out), "id": package.manifest.id, "detector": config["detector"],
               "stream_detector": stream["detector"],
               "threshold": config["threshold"], "features": config["features"],
               "metrics": [m.model_dump() for m in package.manifest.metrics]}
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False))
        return
    typer.echo(f"built {package.manifest.id} ({config['detector']}, streams: {stream['detector']}, "
               f"{len(config['features'])} signals, threshold {config['threshold']:.4g}) in {out}")
    for metric in package.manifest.metrics:
        typer.echo(f"  {metric.name} = {metric.value:g}  ({metric.dataset}, n={metric.n})")


def score(package: Annotated[Path, typer.Argument(help="An anomaly package folder.")],
          data: Annotated[Path, typer.Argument(help="CSV or Parquet readings to score.")],
          jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON line per row (default when piped).")] = False,
          alerts_only: Annotated[bool, typer.Option("--alerts-only", help="Only rows above the threshold.")] = False,
          lang: Annotated[str, typer.Option("--lang", help="vi or en for signal names.")] = "vi") -> None:
    """Score a file with an anomaly package, offline (nothing leaves this machine)."""
    import numpy as np
    from threadpoolctl import threadpool_limits

    from luytre.kinds.anomaly import AnomalyKind
    from luytre.kinds.anomaly.data import read_table

    if lang not in ("vi", "en"):
        err.print(f"error: --lang must be vi or en, not {lang!r}", markup=False, highlight=False)
        raise typer.Exit(2)
    try:
        expert = AnomalyKind().load(ExpertPackage.open(package))
        with threadpool_limits(1), _progress() as bar:
            task = bar.add_task("reading", total=None)
            table = read_table(data, expert.features, time_column=expert.config.time_column,
                               progress=lambda rows: bar.update(task, completed=rows))
            bar.update(task, description="scoring")
            scored = expert.score_matrix(table.X)
    except LuytreError as exc:
        _fail(exc)
    rows = np.flatnonzero(scored.alerts) if alerts_only else range(table.X.shape[0])
    as_lines = jsonl or not sys.stdout.isatty()
    for i in rows:
        record = expert.describe_record(table.X, scored, int(i), lang)
        time = table.times[i] if table.times else None
        if as_lines:
            typer.echo(json.dumps({"row": int(i) + 1, "time": time, **record}, ensure_ascii=False))
        else:
            top = record["signals"][0]
            typer.echo(f"{int(i) + 1:>8} {time or '':<25} {record['score']:>10.4g} {record['verdict']:<8} "
                       f"{top['name']}={top['value']:g}")
    err.print(f"{int(scored.alerts.sum())} of {table.X.shape[0]} rows above the threshold "
              f"{expert.config.threshold:.4g}", highlight=False)


def stream(package: Annotated[Path, typer.Argument(help="An anomaly package folder.")],
           data: Annotated[str, typer.Argument(help="CSV readings in time order, or - for standard input "
                                                    "(e.g. tail -f sensors.csv | luytre anomaly stream PKG -).")],
           stream_id: Annotated[str, typer.Option("--stream", help="Stream name shown in the alerts.")] = "cli",
           detector: Annotated[str | None, typer.Option(
               "--detector", help="One of the package's detectors; default: its stream detector.")] = None,
           lang: Annotated[str, typer.Option("--lang", help="vi or en for signal names.")] = "vi") -> None:
    """Score readings one at a time as they arrive, as the node's streaming endpoint does, offline;
    print each alert as a JSON line when it is raised. A row that cannot be read is reported and skipped
    (exit code 1 at the end)."""
    import csv
    import math

    from luytre.kinds.anomaly import AnomalyKind
    from luytre.kinds.anomaly.stream import StreamStore

    if lang not in ("vi", "en"):
        err.print(f"error: --lang must be vi or en, not {lang!r}", markup=False, highlight=False)
        raise typer.Exit(2)
    try:
        expert = AnomalyKind().load(ExpertPackage.open(package))
        model = expert.model_named(detector)
        source = sys.stdin if data == "-" else open(data, encoding="utf-8-sig", newline="")  # closed by `with` below
    except LuytreError as exc:
        _fail(exc)
    except OSError as exc:
        err.print(f"error: cannot read {data}: {exc.strerror}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    store, skipped, events = StreamStore(), 0, 0
    with source:
        reader = csv.reader(source)
        header = [h.strip() for h in next(reader, [])]
        missing = [f for f in expert.features if f not in header]
        if missing:
            err.print(f"error: the header has no column(s) {', '.join(missing)}"
                      f"{'' if header else ' (the input is empty)'}", markup=False, highlight=False)
            raise typer.Exit(1)
        columns = [header.index(f) for f in expert.features]
        time_at = header.index(expert.config.time_column) if expert.config.time_column in header else None
        for row_number, row in enumerate(reader, start=2):
            if not row:
                continue
            try:
                values = [float(row[i]) for i in columns]
                if not all(math.isfinite(v) for v in values):
                    raise ValueError("a value is NaN or infinite")
            except (ValueError, IndexError) as exc:
                skipped += 1
                err.print(f"row {row_number} skipped: {exc}", markup=False, highlight=False)
                continue
            time = row[time_at] if time_at is not None and time_at < len(row) else str(row_number)
            events += 1
            for alert in store.push_one(expert, stream_id, values, time, lang, model)["alerts"]:
                typer.echo(json.dumps({"row": row_number, "stream": stream_id, **alert}, ensure_ascii=False))
                sys.stdout.flush()
    view = store.view(expert, stream_id)
    err.print(f"{events} events, {view['alerts'] if view else 0} alerts ({model.name}), {skipped} rows skipped",
              highlight=False)
    if skipped:
        raise typer.Exit(1)


def app() -> typer.Typer:
    """The ``luytre anomaly`` group."""
    group = typer.Typer(help="Anomaly experts for sensor streams and quality data.", no_args_is_help=True)
    group.command("score")(score)
    group.command("stream")(stream)
    return group


def standalone() -> typer.Typer:
    """``python -m luytre.kinds.anomaly.cli``: build and score without the node's CLI."""
    group = app()
    group.command("build")(build)
    return group


if __name__ == "__main__":
    standalone()()
