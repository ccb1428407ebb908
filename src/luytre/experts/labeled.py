"""Labeled examples (``text``/``label`` rows): what a classifier is trained on and what an operator
vets any labeling expert against (``luytre expert install --eval``)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from luytre.errors import BuildError


def read_labeled(path: Path, label_field: str = "label") -> list[tuple[str, str]]:
    """Rows of ``(text, label)`` from JSONL (``{"text", "label"}``) or CSV (``text,label`` header);
    ``label_field`` names another label column (e.g. a blind set's ``department``)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read {path}: {exc}") from exc
    rows: list[tuple[str, str]] = []
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(raw))
        if not reader.fieldnames or not {"text", label_field} <= set(reader.fieldnames):
            raise BuildError(f"{path.name}: a CSV needs 'text' and {label_field!r} columns")
        for n, record in enumerate(reader, start=2):
            rows.append(_row(record.get("text"), record.get(label_field), path, n))
    else:
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BuildError(f"{path.name}:{n}: not JSON: {exc.msg}") from exc
            if not isinstance(record, dict):
                raise BuildError(f"{path.name}:{n}: expected an object with 'text' and {label_field!r}")
            rows.append(_row(record.get("text"), record.get(label_field), path, n))
    if not rows:
        raise BuildError(f"{path.name} has no labeled rows")
    return rows


def _row(text: object, label: object, path: Path, line: int) -> tuple[str, str]:
    if not isinstance(text, str) or not text.strip():
        raise BuildError(f"{path.name}:{line}: 'text' is missing or empty")
    if not isinstance(label, str) or not label.strip():
        raise BuildError(f"{path.name}:{line}: 'label' is missing or empty")
    return text.strip(), label.strip()
