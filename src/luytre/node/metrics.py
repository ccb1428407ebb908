"""A serving node's recent history, for the operator's dashboard (``GET /v1/metrics/history``).

Prometheus (``/metrics``) keeps counters for operators who run it; this keeps the last hour in memory, in
fixed time buckets, so the node's own page can draw what it is doing without any other service: asks per
expert, latency p50/p99, energy per answer, refusals and redactions by policy rule. Nothing personal is
kept: expert ids, rule ids, error codes and numbers only.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import numpy as np
from prometheus_client import CollectorRegistry, Gauge, Histogram, generate_latest
from prometheus_client import Counter as PromCounter

from luytre.errors import LuytreError

if TYPE_CHECKING:
    from luytre.node.answer import AskResponse

BUCKET_S = 10
BUCKETS = 360  # one hour
LATENCY_SAMPLES = 2000  # per bucket: bounds memory whatever the load; percentiles of the first N are close


@dataclass
class _Bucket:
    start: int
    asks: Counter[str] = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)
    energy_j: float = 0.0
    answered: int = 0
    refused: int = 0

    def view(self) -> dict[str, Any]:
        p50, p99 = np.percentile(self.latencies_ms, [50, 99]).tolist() if self.latencies_ms else (None, None)
        return {"t": self.start, "asks": dict(self.asks), "answered": self.answered, "refused": self.refused,
                "p50_ms": p50, "p99_ms": p99,
                "energy_j_per_answer": self.energy_j / self.answered if self.answered else None}


class MetricHistory:
    """Thread-safe recent history of a node's asks; ``answered``/``refused`` record, ``snapshot`` reads."""

    def __init__(self, *, bucket_s: int = BUCKET_S, buckets: int = BUCKETS,
                 clock: Callable[[], float] = time.time) -> None:
        self.bucket_s = bucket_s
        self._clock = clock
        self._buckets: deque[_Bucket] = deque(maxlen=buckets)
        self._refusals: Counter[str] = Counter()  # by policy rule (denials) or error code (everything else)
        self._redactions: Counter[str] = Counter()  # by the policy rule that asked for redaction
        self._lock = threading.Lock()

    def _current(self) -> _Bucket:
        start = int(self._clock()) // self.bucket_s * self.bucket_s
        if not self._buckets or self._buckets[-1].start != start:
            self._buckets.append(_Bucket(start))
        return self._buckets[-1]

    def answered(self, expert: str | None, total_ms: float, energy_j: float, policy: dict[str, str] | None, *,
                 redacted: bool) -> None:
        with self._lock:
            bucket = self._current()
            bucket.asks[expert or "none"] += 1
            bucket.answered += 1
            bucket.energy_j += energy_j
            if len(bucket.latencies_ms) < LATENCY_SAMPLES:
                bucket.latencies_ms.append(total_ms)
            if redacted:
                self._redactions[(policy or {}).get("rule") or "redacted"] += 1

    def refused(self, code: str, rule: str | None = None) -> None:
        with self._lock:
            self._current().refused += 1
            self._refusals[rule or code] += 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            self._current()  # the series always reaches "now", so an idle node's charts show time passing
            series = [b.view() for b in self._buckets]
            experts = sorted({e for b in self._buckets for e in b.asks})
            return {"bucket_s": self.bucket_s, "now": int(self._clock()), "experts": experts, "series": series,
                    "refusals": dict(self._refusals), "redactions": dict(self._redactions),
                    "totals": {"answered": sum(b.answered for b in self._buckets),
                               "refused": sum(b.refused for b in self._buckets)}}


class ApiMetrics:
    """What the API counts: Prometheus series (``/metrics``) and the dashboard's history, fed together."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.history = MetricHistory()
        self.asks = PromCounter("luytre_asks_total", "Questions answered", ["expert"], registry=self.registry)
        self.errors = PromCounter("luytre_errors_total", "Requests refused, by error code", ["code"],
                                  registry=self.registry)
        self.latency = Histogram("luytre_ask_seconds", "Time to answer one question", registry=self.registry,
                                 buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0))
        self.loaded = Gauge("luytre_experts_loaded", "Experts loaded and answering", registry=self.registry)
        self.energy = PromCounter("luytre_energy_joules", "Estimated energy spent answering", registry=self.registry)
        self.redactions = PromCounter("luytre_redactions_total", "Questions redacted before the expert saw them, "
                                      "by policy rule", ["rule"], registry=self.registry)
        self.denials = PromCounter("luytre_policy_denials_total", "Questions denied by the data policy, by rule",
                                   ["rule"], registry=self.registry)

    def answered(self, result: AskResponse) -> AskResponse:
        redacted = bool(result.privacy.get("redacted"))
        self.asks.labels(result.expert or "none").inc()
        self.latency.observe(result.timings_ms["total"] / 1000)
        self.energy.inc(result.energy_j_est)
        if redacted:
            self.redactions.labels((result.policy or {}).get("rule") or "redacted").inc()
        self.history.answered(result.expert, result.timings_ms["total"], result.energy_j_est, result.policy,
                              redacted=redacted)
        return result

    def refused(self, exc: LuytreError) -> None:
        self.errors.labels(exc.code).inc()
        rule = exc.detail.get("rule")
        if rule:
            self.denials.labels(str(rule)).inc()
        self.history.refused(exc.code, str(rule) if rule else None)

    def exposition(self, loaded: int) -> bytes:
        """The Prometheus text format, with the number of loaded experts as of now."""
        self.loaded.set(loaded)
        return generate_latest(self.registry)
