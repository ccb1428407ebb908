"""A loaded anomaly expert: scores readings, says which signals were abnormal, answers in vi/en.

A question carries its readings as JSON after any text: one record
(``{"f1": 50, ...}``) or a list of records, e.g.
``máy nén số 3 có bất thường không? {"nhiet_do": 81.2, "ap_suat": 7.9}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from luytre.errors import InvalidQuery
from luytre.experts.manifest import Manifest
from luytre.kinds import Answer, Claim, Expert
from luytre.kinds.anomaly.build import AnomalyConfig, feature_units, signal_labels
from luytre.kinds.anomaly.data import record_matrix
from luytre.kinds.anomaly.detectors import Detector, Flags, Floats
from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold

MAX_RECORDS = 10_000  # records in one scoring call
# Routing claim (folded): a machine, its sensors or its readings named, and a state of it asked. A sensor or a reading
# (``_SENSOR``) is this kind's word; a machine or a device (``_MACHINE``: not "máy" alone, which is also a motorbike,
# a computer or a phone; nor "số đo", folded also "sổ đỏ" and "sơ đồ") is everybody's ("thiết bị đăng nhập", "động cơ
# xe"), and so are a check or a fault (``_STATE``) beside an anomaly itself (``_ANOMALY``). Readings attached (JSON)
# claim outright.
_SENSOR = cue_pattern(("cam bien", "sensor", "sensors", "readings", "reading", "may nen", "compressor", "do rung",
                       "vibration", "ap suat", "chuoi so lieu", "du lieu van hanh", "time series"))
_MACHINE = cue_pattern(("day chuyen", "dong co", "may moc", "machine", "machines", "thiet bi", "van hanh", "nha may",
                        "tin hieu", "signal", "signals"))
_ANOMALY = cue_pattern(("bat thuong", "canh bao", "vuot nguong", "lech chuan", "anomaly", "anomalies", "anomalous",
                        "abnormal", "alert", "outlier", "outliers"))
_STATE = cue_pattern(("binh thuong", "su co", "nguong", "hong", "loi", "kiem tra", "check", "cham diem", "score",
                      "normal", "fault"))
READINGS_CLAIM = 1.0
SURE_CLAIM = 0.9  # a sensor with a state asked, or a machine with an anomaly asked
LIKELY_CLAIM = 0.6  # a sensor named alone, or a machine with a check or a fault asked
MACHINE_ONLY_CLAIM = 0.3  # a machine named alone: below the kind's threshold (0.5), the text decides


@dataclass
class Scored:
    """Scores of many records: raw score, percentile among training scores, verdict and signals."""

    X: Floats
    detector: Detector
    scores: Floats
    percentiles: Floats
    alerts: Flags
    out_of_range: Flags  # (n, d) True where a reading lies beyond the widened training range

    @cached_property
    def signals(self) -> Floats:
        """Per-feature signals of every record, computed when an answer first describes one."""
        return self.detector.signals(self.X)


class Model:
    """A detector with its alert threshold and the training-score quantiles that give percentiles."""

    def __init__(self, detector: Detector, threshold: float, quantiles: Sequence[float]) -> None:
        self.detector, self.threshold = detector, float(threshold)
        self.name = detector.name
        self.quantiles = np.asarray(quantiles, dtype=np.float64)
        self.levels = np.linspace(0, 1, self.quantiles.size)


class AnomalyExpert(Expert):
    def __init__(self, manifest: Manifest, config: AnomalyConfig, detector: Detector,
                 stream_detector: Detector | None = None) -> None:
        super().__init__(manifest)
        self.config = config
        self.detector = detector
        self.model = Model(detector, config.threshold, config.score_quantiles)
        self.models = {detector.name: self.model}
        if stream_detector is not None and config.stream_model is not None:
            self.models[stream_detector.name] = Model(stream_detector, config.stream_model.threshold,
                                                      config.stream_model.score_quantiles)
        # the streaming endpoint's detector unless a request names another of the package's
        self.stream_model = self.models[config.stream_model.detector] if config.stream_model else self.model
        self.features = list(config.features)
        self.units = feature_units(config)
        # typical range of each feature (1st, 50th, 99th percentile of the training values)
        values = detector.tails.sorted_values
        self.typical = values[np.clip((np.array([0.01, 0.5, 0.99]) * (values.shape[0] - 1)).round().astype(int),
                                      0, values.shape[0] - 1)]
        if config.range_margin is None:
            self.low, self.high = np.full(len(self.features), -np.inf), np.full(len(self.features), np.inf)
        else:
            span = values[-1] - values[0]
            self.low, self.high = values[0] - config.range_margin * span, values[-1] + config.range_margin * span

        self._range = list(zip(self.low.tolist(), self.high.tolist()))

    # -- scoring ----------------------------------------------------------
    def beyond_range(self, values: Sequence[float]) -> bool:
        """Whether one record has a reading beyond the widened training range (plain Python, one event)."""
        return any(v < low or v > high for v, (low, high) in zip(values, self._range))

    def model_named(self, name: str | None) -> Model:
        """The package's detector called ``name`` (None: the streaming endpoint's)."""
        if name is None:
            return self.stream_model
        if name not in self.models:
            raise InvalidQuery(f"{self.manifest.id} has no detector {name!r}; it has {', '.join(self.models)}")
        return self.models[name]

    def score_matrix(self, X: Floats, model: Model | None = None) -> Scored:
        model = model or self.model
        scores = model.detector.score(X)
        percentiles = np.interp(scores, model.quantiles, model.levels)
        out_of_range = (X < self.low) | (X > self.high)
        return Scored(X, model.detector, scores, percentiles, (scores > model.threshold) | out_of_range.any(axis=1),
                      out_of_range)

    def matrix(self, records: Sequence[object]) -> Floats:
        if not records:
            raise InvalidQuery("no readings given")
        if len(records) > MAX_RECORDS:
            raise InvalidQuery(f"{len(records)} records; at most {MAX_RECORDS} per call")
        try:
            return record_matrix(records, self.features)
        except (TypeError, ValueError) as exc:
            raise InvalidQuery(f"{exc}; this expert reads {', '.join(self.features)}",
                               features=self.features) from exc

    def top_signals(self, row: Floats, signals: Floats, out_of_range: Flags,
                    lang: str) -> list[dict[str, Any]]:
        """The most unusual signals: those beyond the training range first, then by tail surprise."""
        names = signal_labels(self.config, lang)
        order = np.lexsort((-signals, ~out_of_range))[: self.config.top_signals]
        return [{"feature": self.features[j], "name": names[self.features[j]], "unit": self.units[self.features[j]],
                 "value": float(row[j]), "surprise": round(float(signals[j]), 3),
                 "typical": [float(v) for v in self.typical[:, j]]} for j in order]

    def describe_record(self, X: Floats, scored: Scored, i: int, lang: str) -> dict[str, Any]:
        return {"score": round(float(scored.scores[i]), 6), "percentile": round(float(scored.percentiles[i]), 4),
                "verdict": "anomaly" if scored.alerts[i] else "normal",
                "out_of_range": [self.features[j] for j in np.flatnonzero(scored.out_of_range[i])],
                "signals": self.top_signals(X[i], scored.signals[i], scored.out_of_range[i], lang)}

    # -- answering --------------------------------------------------------
    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        records = _readings(query)
        if records is None:
            return Answer(text=_NEED_READINGS[lang].format(features=", ".join(self.features)),
                          confidence=0.2, result={"needs": self.features})
        X = self.matrix(records)
        scored = self.score_matrix(X)
        described = [self.describe_record(X, scored, i, lang) for i in range(X.shape[0])]
        worst = int(np.argmax(scored.scores))
        alerts = int(scored.alerts.sum())
        result = {"verdict": "anomaly" if alerts else "normal", "alerts": alerts, "records": described,
                  "score": described[worst]["score"], "threshold": round(self.config.threshold, 6),
                  "detector": self.config.detector, "signals": described[worst]["signals"]}
        return Answer(text=self._text(described, worst, alerts, lang),
                            confidence=self._confidence(float(scored.percentiles[worst])), result=result)

    # -- routing claim ----------------------------------------------------
    def claim(self, query: str) -> Claim | None:
        """Readings attached (a JSON record or list of them after the text) claim outright; a machine, its sensors
        or a series of readings named with its state asked ("cảm biến dây chuyền có bất thường không") claims
        surely; a machine named alone stays below the threshold (0.5); a question that names no machine, sensor or
        reading is not this expert's (0), whatever its words share with the examples ("mua xe máy mới")."""
        if "{" in query or "[" in query:
            try:
                records = _readings(query)
            except InvalidQuery:
                records = None
            if records and all(isinstance(r, dict) for r in records):
                return Claim(READINGS_CLAIM, "readings attached")
        folded = fold(query)
        sensor = _SENSOR.search(folded) or self._signal_named(folded)
        machine = sensor or _MACHINE.search(folded)
        if machine is None:
            return Claim(0.0, "no machine, sensor or reading named")
        anomaly = _ANOMALY.search(folded)
        state = anomaly or _STATE.search(folded)
        if state is not None and (sensor is not None or anomaly is not None):
            return Claim(SURE_CLAIM, f"{machine.group(0)} named, its state asked: {state.group(0)}")
        if sensor is not None or state is not None:
            return Claim(LIKELY_CLAIM, f"{machine.group(0)} named" + (f", {state.group(0)}" if state else ""))
        return Claim(MACHINE_ONLY_CLAIM, f"{machine.group(0)} named, no state asked")

    def _signal_named(self, folded: str) -> re.Match[str] | None:
        """One of this expert's own signals named by its display name (two words or more: "cảm biến 3")."""
        return self._signal_pattern.search(folded) if self._signal_pattern is not None else None

    @cached_property
    def _signal_pattern(self) -> re.Pattern[str] | None:
        names = {fold(name) for lang in ("vi", "en") for name in signal_labels(self.config, lang).values()}
        names = {n for n in names if len(n.split()) >= 2}
        return cue_pattern(sorted(names)) if names else None

    def _confidence(self, percentile: float) -> float:
        """How far the worst record lies from the threshold, in training percentiles, mapped to [0.5, 1]."""
        q = 1 - self.config.alert_rate
        side = (percentile - q) / (1 - q) if percentile > q else (q - percentile) / q
        return round(0.5 + 0.5 * min(1.0, side), 4)

    def _text(self, described: list[dict[str, Any]], worst: int, alerts: int, lang: str) -> str:
        record = described[worst]
        top = record["signals"][0]
        unit = f" {top['unit']}" if top["unit"] else ""
        low, _, high = top["typical"]
        signal = _SIGNAL[lang].format(name=top["name"], value=_num(top["value"]), unit=unit, low=_num(low),
                                      high=_num(high))
        share = f"{record['percentile']:.1%}"
        if len(described) == 1 and record["out_of_range"] and record["score"] <= self.config.threshold:
            head = _OUT_OF_RANGE[lang]
        elif len(described) == 1:
            head = _ONE[lang][record["verdict"]].format(score=_num(record["score"]),
                                                        threshold=_num(self.config.threshold), share=share)
        else:
            head = _MANY[lang].format(alerts=alerts, n=len(described), worst=worst + 1, score=_num(record["score"]))
        return f"{head} {signal}"

    def describe(self) -> dict[str, Any]:
        info = super().describe()
        info["features"] = self.features
        return info


def _num(value: float) -> str:
    return f"{value:.4g}"


_NEED_READINGS = {
    "vi": "Hãy gửi kèm số đo mới nhất dạng JSON sau câu hỏi, ví dụ: ... {{\"ten_cot\": 1.5}}. "
          "Các cột cần có: {features}.",
    "en": "Attach the latest readings as JSON after the question, e.g. ... {{\"column\": 1.5}}. "
          "Columns needed: {features}.",
}
_ONE = {
    "vi": {"anomaly": "Bất thường: điểm {score} vượt ngưỡng cảnh báo {threshold} (cao hơn {share} dữ liệu lịch sử).",
           "normal": "Bình thường: điểm {score} dưới ngưỡng cảnh báo {threshold} (cao hơn {share} dữ liệu lịch sử)."},
    "en": {"anomaly": "Abnormal: score {score} is above the alert threshold {threshold} (higher than {share} of "
                      "the history).",
           "normal": "Normal: score {score} is below the alert threshold {threshold} (higher than {share} of "
                     "the history)."},
}
_OUT_OF_RANGE = {
    "vi": "Bất thường: có số đo nằm ngoài khoảng từng ghi nhận trong lịch sử vận hành.",
    "en": "Abnormal: a reading lies outside the range seen in the operating history.",
}
_MANY = {
    "vi": "{alerts}/{n} bản ghi bất thường; bất thường nhất là bản ghi {worst} (điểm {score}).",
    "en": "{alerts} of {n} records abnormal; the most abnormal is record {worst} (score {score}).",
}
_SIGNAL = {
    "vi": "Tín hiệu lệch nhiều nhất: {name} = {value}{unit} (thường {low}–{high}{unit}).",
    "en": "Most unusual signal: {name} = {value}{unit} (usually {low}–{high}{unit}).",
}


def _readings(query: str) -> list[object] | None:
    """The JSON readings after any text in ``query``: a list of records, or None when there are none."""
    starts = [i for i in (query.find("{"), query.find("[")) if i >= 0]
    if not starts:
        return None
    try:
        value = json.loads(query[min(starts):])
    except json.JSONDecodeError as exc:
        raise InvalidQuery(f"the readings after the question are not valid JSON: {exc.msg} "
                           f"(at character {min(starts) + exc.pos})") from exc
    except RecursionError as exc:  # "[[[[…" a few thousand deep: no record is nested, so none is read
        raise InvalidQuery("the readings after the question are nested too deeply to be records") from exc
    return value if isinstance(value, list) else [value]
