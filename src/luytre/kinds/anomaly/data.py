"""Reading an organization's sensor or quality table (CSV or Parquet) into numbers.

Every problem is a ``BuildError`` that names the file, the column and the first
row at fault: a missing column, text in a numeric column, an empty value or NaN
(unless the manifest says to drop such rows), an empty file.
"""

from __future__ import annotations

import csv
import gzip
import math
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from luytre.errors import BuildError
from luytre.kinds.anomaly.detectors import Floats

CHUNK_ROWS = 100_000
Progress = Callable[[int], None]  # called with the number of rows read so far
Column = Floats | list[str]  # a column as read: numbers (a numeric Parquet column) or text to convert


@dataclass
class Table:
    """The numeric features (n, d), the time column's text (or None) and the label column (or None)."""

    X: Floats
    features: list[str]
    times: list[str] | None
    labels: Floats | None
    dropped: int = 0


def _columns_of(path: Path) -> list[str]:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_schema(path).names)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh), None)
    if not header:
        raise BuildError(f"{path.name} is empty: a header row with the column names is needed")
    return [h.strip() for h in header]


def choose_features(path: Path, features: Sequence[str] | None, exclude: Sequence[str]) -> list[str]:
    """The manifest's feature columns (checked to exist), or every column but the time and label ones."""
    columns = _columns_of(path)
    if features:
        missing = [f for f in features if f not in columns]
        if missing:
            raise BuildError(f"{path.name} has no column(s) {', '.join(map(repr, missing))}; "
                             f"its columns are {', '.join(columns)}")
        return list(features)
    chosen = [c for c in columns if c not in exclude]
    if not chosen:
        raise BuildError(f"{path.name} has no feature columns besides {', '.join(exclude)}")
    return chosen


def _numbers(values: Column, column: str, path: Path) -> Floats:
    """A column's values as numbers; a text value that is not a number is a ``BuildError`` naming its row."""
    if isinstance(values, np.ndarray):
        return values.astype(np.float64, copy=False)
    return _to_float(values, column, 2, path)


def _to_float(values: Sequence[str], column: str, first_row: int, path: Path) -> Floats:
    try:
        return np.array(values, dtype=np.float64)
    except ValueError:
        for i, value in enumerate(values):
            try:
                float(value)
            except ValueError:
                shown = value if len(value) <= 40 else value[:40] + "…"
                raise BuildError(f"{path.name}, row {first_row + i}: column {column!r} holds {shown!r}, "
                                 "which is not a number") from None
        raise


def read_table(path: Path, features: Sequence[str] | None = None, *, time_column: str | None = None,
               label_column: str | None = None, drop_missing: bool = False,
               progress: Progress = lambda _: None) -> Table:
    """Read ``path`` (``.csv`` or ``.parquet``) into a ``Table``; row numbers in errors count the header as 1."""
    if not path.is_file():
        raise BuildError(f"{path} does not exist")
    if path.stat().st_size == 0:
        raise BuildError(f"{path.name} is empty")
    exclude = [c for c in (time_column, label_column) if c]
    names = choose_features(path, features, exclude)
    columns = _columns_of(path)
    for needed in exclude:
        if needed not in columns:
            raise BuildError(f"{path.name} has no column {needed!r} (named in the manifest)")
    wanted = names + exclude
    raw: Mapping[str, Column] = (_read_parquet(path, wanted, progress) if path.suffix.lower() == ".parquet"
                                 else _read_csv(path, wanted, progress))
    n = len(raw[names[0]])
    if n == 0:
        raise BuildError(f"{path.name} has a header but no data rows")
    X = np.column_stack([_numbers(raw[c], c, path) for c in names])
    labels = None
    if label_column:
        labels = _numbers(raw[label_column], label_column, path)
        if not np.isin(labels, (0.0, 1.0)).all():
            raise BuildError(f"{path.name}: label column {label_column!r} must hold 0 (normal) or 1 (anomaly)")
    times = [str(t) for t in raw[time_column]] if time_column else None
    bad = ~np.isfinite(X).all(axis=1)
    dropped = 0
    if bad.any():
        if not drop_missing:
            row = int(np.argmax(bad))
            column = names[int(np.argmax(~np.isfinite(X[row])))]
            raise BuildError(f"{path.name}, row {row + 2}: column {column!r} is empty, NaN or infinite "
                             f"({int(bad.sum())} such rows); clean the data or set drop_missing = true")
        dropped = int(bad.sum())
        kept = np.flatnonzero(~bad)
        X = X[kept]
        labels = labels[kept] if labels is not None else None
        times = [times[i] for i in kept.tolist()] if times is not None else None
        if X.shape[0] == 0:
            raise BuildError(f"{path.name}: every row has an empty or NaN value")
    return Table(X, names, times, labels, dropped)


def _read_csv(path: Path, wanted: list[str], progress: Progress) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {c: [] for c in wanted}
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = [h.strip() for h in next(reader)]
            index = [header.index(c) for c in wanted]
            width = len(header)
            for n, row in enumerate(reader, start=2):
                if not row:
                    continue
                if len(row) != width:
                    raise BuildError(f"{path.name}, row {n}: {len(row)} fields where the header has {width}")
                for c, i in zip(wanted, index):
                    value = row[i].strip()
                    out[c].append(value if value else "nan")
                if n % CHUNK_ROWS == 0:
                    progress(n - 1)
    except UnicodeDecodeError as exc:
        raise BuildError(f"{path.name} is not UTF-8 text: {exc}") from exc
    except csv.Error as exc:
        raise BuildError(f"{path.name} is not a readable CSV file: {exc}") from exc
    progress(len(out[wanted[0]]))
    return out


def _read_parquet(path: Path, wanted: list[str], progress: Progress) -> dict[str, Column]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path, columns=wanted)
    except (pa.ArrowException, OSError) as exc:
        raise BuildError(f"{path.name} is not a readable Parquet file: {exc}") from exc
    out: dict[str, Column] = {}
    for name in wanted:
        column = table.column(name)
        if pa.types.is_integer(column.type) or pa.types.is_floating(column.type) or pa.types.is_boolean(column.type):
            out[name] = column.to_numpy(zero_copy_only=False).astype(np.float64)
        else:
            out[name] = ["nan" if v is None else str(v) for v in column.to_pylist()]
    progress(table.num_rows)
    return out


def record_matrix(records: Sequence[object], features: Sequence[str]) -> Floats:
    """Records (objects mapping feature name to number) as a matrix; ``TypeError``/``ValueError`` say what
    is wrong."""
    X = np.empty((len(records), len(features)))
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            raise TypeError(f"record {i + 1} is not an object of feature values")
        for j, name in enumerate(features):
            value = record.get(name)
            if value is None:
                raise ValueError(f"record {i + 1} has no value for {name!r}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                shown = repr(value)[:40]
                raise TypeError(f"record {i + 1}: {name!r} is {shown}, not a number")
            number = float(value) if isinstance(value, float) or abs(value) < 2**1000 else math.inf
            if not math.isfinite(number):
                raise ValueError(f"record {i + 1}: {name!r} is not a finite number")
            X[i, j] = number
    return X


@contextmanager
def wheel_dataset(name: str) -> Iterator[Path]:
    """A data set shipped inside a PyPI wheel, as a CSV path for the time of the ``with`` block.

    ``name`` is ``river:<Dataset>`` (e.g. ``river:Shuttle``): river ships these as gzipped CSV files, read
    from site-packages, never downloaded."""
    library, _, dataset = name.partition(":")
    if library != "river" or not dataset.isidentifier():
        raise BuildError(f"unknown data set {name!r}: use river:<Dataset>, e.g. river:Shuttle")
    import river.datasets

    factory = getattr(river.datasets, dataset, None)
    path = Path(getattr(factory(), "path", "")) if callable(factory) else None
    if path is None or not path.is_file():
        raise BuildError(f"river ships no file for data set {dataset!r}")
    with tempfile.TemporaryDirectory(prefix="luytre-dataset-") as tmp:
        csv_path = Path(tmp) / f"{dataset.lower()}.csv"
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as src, open(csv_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        yield csv_path
