"""Per-stream state on the node, bounded in memory whatever arrives.

Each stream (a machine, a line, a sensor group) keeps a fixed-size ring of its
latest times and scores, counters, and whether it is in alert. An alert is raised
when ``persist`` consecutive events score above the threshold and cleared by the
first normal event, so a long fault is one alert, not one per reading. At most
``max_streams`` streams are kept per expert; the least recently seen is dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from luytre.kinds.anomaly.detectors import Flags, Floats
from luytre.kinds.anomaly.expert import AnomalyExpert, Model

MAX_STREAM_ID = 128


@dataclass
class StreamState:
    window: int
    scores: Floats = field(init=False)
    times: list[str] = field(init=False)
    events: int = 0
    alerts: int = 0
    run: int = 0  # consecutive abnormal events
    in_alert: bool = False
    last_alert: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self.scores = np.full(self.window, np.nan)
        self.times = [""] * self.window

    def remember(self, times: list[str], scores: Floats) -> None:
        """Append to the ring (only the last ``window`` values of a long batch matter)."""
        skipped = max(0, scores.size - self.window)
        times, scores = times[skipped:], scores[skipped:]
        slots = (self.events + skipped + np.arange(scores.size)) % self.window
        self.scores[slots] = scores
        for slot, t in zip(slots.tolist(), times):
            self.times[slot] = t

    def recent(self) -> tuple[list[str], list[float]]:
        count = min(self.events, self.window)
        slots = (self.events - count + np.arange(count)) % self.window
        return [self.times[s] for s in slots.tolist()], [round(float(v), 6) for v in self.scores[slots]]


class StreamStore:
    """The streams of every anomaly expert on a node, each store bounded by its expert's settings."""

    def __init__(self) -> None:
        self._streams: dict[str, OrderedDict[str, StreamState]] = {}
        self._lock = threading.Lock()

    def _state(self, expert: AnomalyExpert, stream_id: str) -> StreamState:
        streams = self._streams.setdefault(expert.manifest.id, OrderedDict())
        state = streams.get(stream_id)
        if state is None:
            state = streams[stream_id] = StreamState(expert.config.stream.window)
            while len(streams) > expert.config.stream.max_streams:
                streams.popitem(last=False)
        streams.move_to_end(stream_id)
        return state

    def push(self, expert: AnomalyExpert, stream_id: str, X: Floats, times: list[str],
             lang: str = "vi", model: Model | None = None) -> dict[str, Any]:
        """Score a batch of events of one stream in order with ``model`` (default: the expert's stream
        detector); return their scores and the alerts they raised."""
        model = model or expert.stream_model
        scored = expert.score_matrix(X, model)
        persist = expert.config.stream.persist
        raised: list[dict[str, Any]] = []
        with self._lock:
            state = self._state(expert, stream_id)
            abnormal = scored.alerts
            run = state.run
            # an alert starts where a run of abnormal events (continuing the last batch's run) reaches persist
            runs = _run_lengths(abnormal, run)
            starts = np.flatnonzero(abnormal & (runs == persist)).tolist()
            state.run = int(runs[-1]) if runs.size else run
            state.in_alert = bool(state.run >= persist)
            for i in starts:
                raised.append({"index": i, "time": times[i], **expert.describe_record(X, scored, i, lang)})
            state.alerts += len(raised)
            if raised:
                state.last_alert = raised[-1]
            state.remember(times, scored.scores)
            state.events += X.shape[0]
            events, alerts = state.events, state.alerts
        return {"stream": stream_id, "events": int(X.shape[0]), "stream_events": events, "stream_alerts": alerts,
                "in_alert": state.in_alert, "scores": [round(float(s), 6) for s in scored.scores],
                "abnormal": int(scored.alerts.sum()), "alerts": raised, "threshold": model.threshold,
                "detector": model.name}

    def push_one(self, expert: AnomalyExpert, stream_id: str, values: Sequence[float], time: str,
                 lang: str = "vi", model: Model | None = None) -> dict[str, Any]:
        """``push`` for a single event (``values`` in the expert's feature order), in plain Python: one event
        a call is a sensor's usual rhythm, and NumPy's per-call cost would dominate it."""
        model = model or expert.stream_model
        score = model.detector.score_one(values)
        abnormal = score > model.threshold or expert.beyond_range(values)
        persist = expert.config.stream.persist
        with self._lock:
            state = self._state(expert, stream_id)
            state.run = state.run + 1 if abnormal else 0
            raised = state.run == persist
            state.in_alert = state.run >= persist
            state.scores[state.events % state.window] = score
            state.times[state.events % state.window] = time
            state.events += 1
            state.alerts += raised
            events, alerts, in_alert = state.events, state.alerts, state.in_alert
        found: list[dict[str, Any]] = []
        if raised:  # rare: describe it with the batch path
            X = np.array([values], dtype=np.float64)
            found.append({"index": 0, "time": time, **expert.describe_record(X, expert.score_matrix(X, model), 0,
                                                                               lang)})
            with self._lock:
                state.last_alert = found[0]
        return {"stream": stream_id, "events": 1, "stream_events": events, "stream_alerts": alerts,
                "in_alert": in_alert, "scores": [round(score, 6)], "abnormal": int(abnormal), "alerts": found,
                "threshold": model.threshold, "detector": model.name}

    def view(self, expert: AnomalyExpert, stream_id: str) -> dict[str, Any] | None:
        with self._lock:
            streams = self._streams.get(expert.manifest.id)
            state = streams.get(stream_id) if streams is not None else None
            if state is None:
                return None
            times, scores = state.recent()
            return {"stream": stream_id, "events": state.events, "alerts": state.alerts, "in_alert": state.in_alert,
                    "last_alert": state.last_alert, "times": times, "scores": scores,
                    "threshold": expert.stream_model.threshold}

    def count(self, expert_id: str) -> int:
        with self._lock:
            return len(self._streams.get(expert_id, {}))


def _run_lengths(abnormal: Flags, carried: int) -> npt.NDArray[np.int64]:
    """For each event, how many consecutive abnormal events end at it (0 for a normal one);
    ``carried`` continues a run from the previous batch."""
    n = abnormal.size
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    index = np.arange(n)
    last_normal = np.maximum.accumulate(np.where(~abnormal, index, -1))
    runs = np.where(abnormal, index - last_normal, 0)
    return np.where(abnormal & (last_normal < 0), runs + carried, runs)
