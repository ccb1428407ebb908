"""``luytre expert build classifier``: train a classifier expert from labeled data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from luytre.cli.common import JsonOption, console, emit_json
from luytre.cli.expert import metrics_table, step_progress


def build_classifier_cmd(
    data: Annotated[Path, typer.Argument(help="Labeled data: JSONL {\"text\",\"label\"} or CSV text,label.",
                                         exists=True, dir_okay=False)],
    manifest: Annotated[Path, typer.Option(help="Source manifest (TOML) with [labels.<label>] answers.",
                                           exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Output package folder (must be new or empty).")],
    test: Annotated[list[Path] | None, typer.Option(help="Extra held-out labeled file to measure on "
                                                    "(repeatable; never trained on).", exists=True)] = None,
    json_out: JsonOption = False,
) -> None:
    """Train a calibrated Vietnamese text classifier on your labeled data and write its package."""
    from luytre.kinds.classifier.build import build_classifier

    with step_progress(4 + len(test or [])) as step:
        package = build_classifier(data, manifest, out, tests=test or [], step=step)
    metrics = [m.model_dump() for m in package.manifest.metrics]
    if json_out:
        emit_json({"package": str(out), "id": package.manifest.id, "version": package.manifest.version,
                   "digest": package.digest, "metrics": metrics})
        return
    console.print(f"[green]Built[/] {package.manifest.id} {package.manifest.version} → {out}")
    metrics_table(metrics)
