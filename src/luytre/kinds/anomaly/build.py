"""``luytre expert build anomaly``: learn what normal looks like from a plant's own history.

Input: a CSV or Parquet table and a TOML manifest whose ``[anomaly]`` table names
the feature columns (default: all but the time and label columns), their names
and units, the time column, an optional 0/1 label column and the target alert rate.

- Detector: the one named in the manifest (or ``--detector``): PyOD's ``ecod``, ``copod``,
  ``hbos``, ``iforest`` or river's ``hst``, ``loda``; with ``detector = "auto"`` and a
  labelled validation file, the one with the highest ROC-AUC on it; otherwise ECOD
  (``DEFAULT_DETECTOR``: no parameters, deterministic, per-feature attribution, fast).
- Stream detector (``[anomaly.stream] detector``, or ``--stream-detector``): what the
  streaming endpoint scores events with. Unset: the detector above. ``"auto"``: river's
  HST or LODA, whichever has the higher ROC-AUC on the validation file, else HST
  (``DEFAULT_STREAM_DETECTOR``: the faster of the two per event). Its own threshold is
  set from the same alert rate.
- Threshold: the training score exceeded by ``alert_rate`` of the training rows. A reading
  beyond the training range (widened by ``range_margin`` of it) is also an alert: a detector's
  score saturates outside the history, so one sensor far out of range could otherwise pass.
- Metrics: when the data has labels, a time-ordered split: fitted on the first
  ``1 - holdout`` of rows, measured on the rest; the package is then fitted on all rows.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luytre.errors import BuildError
from luytre.experts.manifest import DOSSIER_FILE, MANIFEST_FILE, Localized, Metric, manifest_from_dict
from luytre.experts.package import ExpertPackage
from luytre.experts.sources import read_toml
from luytre.kinds.anomaly import detectors
from luytre.kinds.anomaly.data import Progress, Table, read_table
from luytre.kinds.anomaly.detectors import Floats

ARTIFACT = "detector.npz"
STREAM_ARTIFACT = "stream-detector.npz"
DETECTOR_NAME = r"^(ecod|copod|hbos|iforest|hst|loda)$"
QUANTILES = 201  # training-score quantiles kept to turn a score into a percentile
Step = Callable[[str], None]
RANGE_MARGIN = ("A reading beyond the training range widened by this share of the range is an alert whatever "
                "its score (detectors saturate outside the history); none disables it.")


class SignalSpec(BaseModel):
    """How a feature is shown: its name in both languages and its unit."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Localized | None = None
    unit: str = Field("", max_length=32)


class StreamSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    window: int = Field(512, ge=16, le=100_000, description="recent scores kept per stream")
    max_streams: int = Field(1000, ge=1, le=1_000_000, description="streams kept per expert (least recent dropped)")
    persist: int = Field(1, ge=1, le=1000, description="consecutive abnormal events that raise an alert")
    detector: str | None = Field(None, pattern=r"^(auto|ecod|copod|hbos|iforest|hst|loda)$",
                                 description="the streaming endpoint's detector; unset: the package's detector")


class ModelConfig(BaseModel):
    """A second detector of the package (the streaming endpoint's) with its own threshold."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    detector: str = Field(pattern=DETECTOR_NAME)
    artifact: str = Field(STREAM_ARTIFACT, pattern=r"^[A-Za-z0-9_-]+\.npz$")
    threshold: float
    score_quantiles: list[float] = Field(min_length=2)


class AnomalySource(BaseModel):
    """The ``[anomaly]`` table of a source manifest."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    features: list[str] | None = None
    time_column: str | None = None
    label_column: str | None = None
    detector: str = Field("auto", pattern=r"^(auto|ecod|copod|hbos|iforest|hst|loda)$")
    alert_rate: float = Field(0.01, gt=0.0, lt=0.5)
    range_margin: float | None = Field(0.1, ge=0.0, description=RANGE_MARGIN)
    holdout: float = Field(0.5, gt=0.0, lt=0.9)
    drop_missing: bool = False
    seed: int = 0
    signals: dict[str, SignalSpec] = {}
    stream: StreamSettings = StreamSettings()


class AnomalyConfig(BaseModel):
    """The ``config`` of an anomaly package's manifest: everything ``load`` needs besides the arrays."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    detector: str = Field(pattern=DETECTOR_NAME)
    artifact: str = Field(ARTIFACT, pattern=r"^[A-Za-z0-9_-]+\.npz$")
    features: list[str] = Field(min_length=1, max_length=10_000)
    signals: dict[str, SignalSpec] = {}
    threshold: float
    alert_rate: float = Field(gt=0.0, lt=0.5)
    range_margin: float | None = Field(0.1, ge=0.0, description=RANGE_MARGIN)
    score_quantiles: list[float] = Field(min_length=2)
    time_column: str | None = None
    top_signals: int = Field(3, ge=1, le=50)
    stream: StreamSettings = StreamSettings()
    stream_model: ModelConfig | None = None


def _measure(name: str, train: Floats, test: Floats, labels: Floats, alert_rate: float,
             dataset: str, seed: int) -> list[Metric]:
    from sklearn.metrics import average_precision_score, roc_auc_score

    detector, train_scores = detectors.fit(name, train, seed=seed)
    threshold = float(np.quantile(train_scores, 1 - alert_rate))
    start = time.perf_counter()
    scores = detector.score(test)
    per_second = test.shape[0] / max(time.perf_counter() - start, 1e-9)
    flagged = scores > threshold
    n, positives = int(test.shape[0]), int(labels.sum())
    metrics = [Metric(name="records_per_s", value=round(per_second), dataset=dataset, n=n)]
    if 0 < positives < n:
        metrics += [
            Metric(name="roc_auc", value=round(float(roc_auc_score(labels, scores)), 4), dataset=dataset, n=n),
            Metric(name="pr_auc", value=round(float(average_precision_score(labels, scores)), 4), dataset=dataset,
                   n=n),
            Metric(name="alert_recall", value=round(float(flagged[labels == 1].mean()), 4), dataset=dataset,
                   n=positives),
        ]
        if flagged.any():
            metrics.append(Metric(name="alert_precision", value=round(float(labels[flagged].mean()), 4),
                                  dataset=dataset, n=int(flagged.sum())))
    return metrics


def choose_detector(choice: str, train: Floats, validation: Table | None, step: Step, settings: AnomalySource,
                    *, candidates: tuple[str, ...] = detectors.DETECTORS, default: str = detectors.DEFAULT_DETECTOR,
                    known: dict[str, Metric] | None = None) -> tuple[str, dict[str, Metric]]:
    """The detector named by ``choice``, or for ``auto`` the one of ``candidates`` with the highest ROC-AUC on
    a labelled validation file (``known``: measured already), or ``default``. Returns the validation ROC-AUCs."""
    if choice != "auto":
        return choice, {}
    if validation is None or validation.labels is None:
        return default, {}
    if not 0 < validation.labels.sum() < validation.labels.size:
        raise BuildError("the validation file needs both normal (0) and anomalous (1) rows to choose a detector")
    results = {name: metric for name, metric in (known or {}).items() if name in candidates}
    for name in candidates:
        if name not in results:
            step(f"validating {name}")
            metric = next(m for m in _measure(name, train, validation.X, validation.labels, settings.alert_rate,
                                              "validation file (used to choose the detector)", settings.seed)
                          if m.name == "roc_auc")
            results[name] = metric.model_copy(update={"name": f"validation_roc_auc_{name}"})
    return max(candidates, key=lambda name: results[name].value), results


def build_anomaly(data: Path, manifest_path: Path, out: Path, *, validation: Path | None = None,
                  detector: str | None = None, stream_detector: str | None = None,
                  step: Step = lambda _: None, progress: Progress = lambda _: None) -> ExpertPackage:
    """Learn, measure and write an anomaly expert package to ``out`` (which must be empty or absent).

    ``detector`` and ``stream_detector`` override the manifest's choices."""
    source = read_toml(manifest_path)
    try:
        table_of = source.pop("anomaly", {})
        if detector is not None:
            table_of = {**table_of, "detector": detector}
        if stream_detector is not None:
            table_of = {**table_of, "stream": {**table_of.get("stream", {}), "detector": stream_detector}}
        settings = AnomalySource.model_validate(table_of)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise BuildError(f"{manifest_path.name} [anomaly] {'.'.join(map(str, problem['loc']))}: "
                         f"{problem['msg']}") from exc
    if out.exists() and any(out.iterdir()):
        raise BuildError(f"output folder {out} is not empty")

    step("reading data")
    table = read_table(data, settings.features, time_column=settings.time_column,
                       label_column=settings.label_column, drop_missing=settings.drop_missing, progress=progress)
    if table.X.shape[0] < 20:
        raise BuildError(f"{data.name} has {table.X.shape[0]} usable rows; at least 20 are needed")
    unknown = sorted(set(settings.signals) - set(table.features))
    if unknown:
        raise BuildError(f"[anomaly.signals] names column(s) that are not features: {', '.join(unknown)}")
    held = None
    if validation is not None:
        step("reading validation data")
        held = read_table(validation, table.features, time_column=settings.time_column,
                          label_column=settings.label_column or "label", drop_missing=settings.drop_missing)

    name, validated = choose_detector(settings.detector, table.X, held, step, settings)
    stream_name = settings.stream.detector
    if stream_name is not None:
        stream_name, more = choose_detector(stream_name, table.X, held, step, settings,
                                            candidates=detectors.STREAM_DETECTORS,
                                            default=detectors.DEFAULT_STREAM_DETECTOR, known=validated)
        validated |= more
    metrics = list(validated.values())
    if table.labels is not None:
        step("measuring on a time-ordered split")
        cut = round(table.X.shape[0] * (1 - settings.holdout))
        split = (f"{data.name}: fitted on the first {1 - settings.holdout:.0%} of rows, "
                 f"scored on the last {settings.holdout:.0%}")
        metrics += _measure(name, table.X[:cut], table.X[cut:], table.labels[cut:], settings.alert_rate, split,
                            settings.seed)
        if stream_name is not None and stream_name != name:
            metrics += [m.model_copy(update={"name": f"stream_{m.name}"})
                        for m in _measure(stream_name, table.X[:cut], table.X[cut:], table.labels[cut:],
                                          settings.alert_rate, split, settings.seed)]

    step(f"fitting {name} on all {table.X.shape[0]} rows")
    fitted, threshold, quantiles = _fit(name, table.X, settings)
    stream_model, stream_fitted = None, None
    if stream_name is not None and stream_name != name:
        step(f"fitting the stream detector {stream_name}")
        stream_fitted, stream_threshold, stream_quantiles = _fit(stream_name, table.X, settings)
        stream_model = ModelConfig(detector=stream_name, threshold=stream_threshold, score_quantiles=stream_quantiles)
    config = AnomalyConfig(detector=name, features=table.features, signals=settings.signals,
                           threshold=threshold, alert_rate=settings.alert_rate, range_margin=settings.range_margin,
                           score_quantiles=quantiles, time_column=settings.time_column,
                           stream=settings.stream.model_copy(update={"detector": stream_name}),
                           stream_model=stream_model)

    step("writing package")
    examples = list(source.pop("examples", [])) + _reading_examples(table, fitted, config)
    manifest = manifest_from_dict({**source, "kind": "anomaly", "examples": list(dict.fromkeys(examples)),
                                   "metrics": [m.model_dump() for m in metrics],
                                   "config": config.model_dump(mode="json", exclude_none=True)},
                                  manifest_path.name)
    out.mkdir(parents=True, exist_ok=True)
    detectors.save(fitted, out / ARTIFACT)
    if stream_fitted is not None:
        detectors.save(stream_fitted, out / STREAM_ARTIFACT)
    if (manifest_path.parent / DOSSIER_FILE).is_file():
        shutil.copyfile(manifest_path.parent / DOSSIER_FILE, out / DOSSIER_FILE)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return ExpertPackage.open(out)


def _fit(name: str, X: Floats, settings: AnomalySource) -> tuple[detectors.Detector, float, list[float]]:
    """A fitted detector, its alert threshold (exceeded by ``alert_rate`` of the training rows) and the
    training-score quantiles that turn a score into a percentile."""
    fitted, train_scores = detectors.fit(name, X, seed=settings.seed)
    threshold = float(np.quantile(train_scores, 1 - settings.alert_rate))
    return fitted, threshold, [float(q) for q in np.quantile(train_scores, np.linspace(0, 1, QUANTILES))]


def _reading_examples(table: Table, detector: detectors.Detector, config: AnomalyConfig) -> list[str]:
    """Two questions with readings attached (the most typical and the most abnormal training rows), so
    the router learns what this expert's questions look like and the vetting probe exercises scoring."""
    sample = table.X[:: max(1, table.X.shape[0] // 5000)]
    scores = detector.score(sample)
    typical, worst = sample[int(np.argmin(scores))], sample[int(np.argmax(scores))]

    def reading(row: Floats) -> str:
        return json.dumps({f: _compact(v) for f, v in zip(config.features, row)}, ensure_ascii=False)

    return [f"thiết bị có bất thường không? {reading(typical)}", f"is this reading abnormal? {reading(worst)}"]


def _compact(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else round(float(value), 6)


def signal_labels(config: AnomalyConfig, lang: str) -> dict[str, str]:
    """Each feature's display name in ``lang`` (the column name when the manifest gives none)."""
    labels = {}
    for feature in config.features:
        spec = config.signals.get(feature)
        labels[feature] = spec.name.pick(lang) if spec is not None and spec.name is not None else feature
    return labels


def feature_units(config: AnomalyConfig) -> dict[str, str]:
    return {f: config.signals[f].unit if f in config.signals else "" for f in config.features}

