"""Anomaly kind beside PyOD and river used directly, on the same time-ordered split, in one run.

Data (inside river's wheel, see DATA.md): Shuttle (49,097 rows, 9 sensors, 7.15% anomalies) and
WaterFlow (1,268 hourly readings; its file carries no labels, so only throughput and alert counts).
Split: fit on the first half of the rows in their file order, score the second half.

luytre: detectors fitted by PyOD, kept as arrays (what a package holds) and scored with our NumPy.
Peers: the same PyOD models' own ``decision_function``; river HalfSpaceTrees and LODA (with a
MinMaxScaler) learned one event at a time on the first half, then scoring the second half event
by event. Streaming: luytre's per-stream state fed one event per call (the worst case) and in
micro-batches of 100. BLAS/OpenMP pinned to one thread.

    .venv/bin/python bench/anomaly/run.py [--stream-events 20000]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import time

import numpy as np
from threadpoolctl import threadpool_limits


def shuttle() -> tuple[np.ndarray, np.ndarray]:
    from river.datasets import Shuttle

    with gzip.open(Shuttle().path, "rt") as fh:
        rows = np.array(list(csv.reader(fh))[1:], dtype=float)
    return rows[:, :9], rows[:, 9]


def water_flow() -> np.ndarray:
    from river.datasets import WaterFlow

    with open(WaterFlow().path) as fh:
        return np.array([[float(r[1])] for r in list(csv.reader(fh))[1:]])


def timed(fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


def quality(labels, scores) -> tuple[float, float]:
    from sklearn.metrics import average_precision_score, roc_auc_score

    if labels is None:
        return float("nan"), float("nan")
    return roc_auc_score(labels, scores), average_precision_score(labels, scores)


def pyod_model(name: str):
    from pyod.models.copod import COPOD
    from pyod.models.ecod import ECOD
    from pyod.models.hbos import HBOS
    from pyod.models.iforest import IForest

    return {"ecod": ECOD(), "copod": COPOD(), "hbos": HBOS(n_bins=10),
            "iforest": IForest(n_estimators=100, max_samples=256, random_state=0, n_jobs=1)}[name]


def river_scores(name: str, train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, float]:
    from river import anomaly, preprocessing

    detector = anomaly.HalfSpaceTrees(seed=42) if name == "hst" else anomaly.LODA(seed=42)
    model = preprocessing.MinMaxScaler() | detector
    names = [f"x{j}" for j in range(train.shape[1])]
    for row in train:
        model.learn_one(dict(zip(names, row.tolist())))
    events = [dict(zip(names, row.tolist())) for row in test]
    start = time.perf_counter()
    scores = np.array([model.score_one(x) for x in events])
    return scores, test.shape[0] / (time.perf_counter() - start)


def row(name: str, auc: float, pr: float, per_second: float) -> str:
    return f"{name:<28}{auc:>9.4f}{pr:>9.4f}{per_second:>14,.0f}"


def run(dataset: str, X: np.ndarray, y: np.ndarray | None, stream_events: int) -> None:
    from luytre.kinds.anomaly import detectors

    cut = X.shape[0] // 2
    train, test = X[:cut], X[cut:]
    labels = y[cut:] if y is not None else None
    print(f"\n{dataset}: fit on rows 1-{cut}, score rows {cut + 1}-{X.shape[0]}"
          + (f" ({int(labels.sum())} anomalies of {labels.size})" if labels is not None else " (no labels)"))
    print(f"{'detector':<28}{'ROC-AUC':>9}{'PR-AUC':>9}{'records/s':>14}")
    best_peer = 0.0
    ours: dict[str, float] = {}
    for name in detectors.DETECTORS:
        detector, _ = detectors.fit(name, train)
        detector.score(test[:100])  # warm-up
        (scores, _), seconds = timed(detector.score, test)
        auc, pr = quality(labels, scores)
        ours[name] = auc
        print(row(f"luytre {name}", auc, pr, test.shape[0] / seconds))
        peer = pyod_model(name).fit(train)
        peer_scores, seconds = timed(peer.decision_function, test)
        auc, pr = quality(labels, peer_scores)
        best_peer = max(best_peer, auc)
        print(row(f"  PyOD {name} (peer)", auc, pr, test.shape[0] / seconds))
    for name in ("hst", "loda"):
        scores, per_second = river_scores(name, train, test)
        auc, pr = quality(labels, scores)
        best_peer = max(best_peer, auc)
        print(row(f"  river {name} (peer)", auc, pr, per_second))
    if labels is not None:
        best = max(ours, key=ours.get)
        print(f"best luytre {best} {ours[best]:.4f} vs best peer {best_peer:.4f}: "
              f"gap {best_peer - ours[best]:+.4f} (target: within 0.01)")
    stream(dataset, train, test, stream_events)


def stream(dataset: str, train: np.ndarray, test: np.ndarray, n_events: int) -> None:
    """luytre's per-stream state, one event per call and in micro-batches, with the default detector."""
    from luytre.experts.manifest import Manifest
    from luytre.kinds.anomaly import detectors
    from luytre.kinds.anomaly.build import AnomalyConfig
    from luytre.kinds.anomaly.expert import AnomalyExpert
    from luytre.kinds.anomaly.stream import StreamStore

    detector, train_scores = detectors.fit(detectors.DEFAULT_DETECTOR, train)
    features = [f"x{j}" for j in range(train.shape[1])]
    config = AnomalyConfig(detector=detector.name, features=features, threshold=float(np.quantile(train_scores, 0.99)),
                           alert_rate=0.01, score_quantiles=list(np.quantile(train_scores, np.linspace(0, 1, 201))))
    manifest = Manifest.model_validate({
        "id": "bench-stream", "version": "1.0.0", "kind": "anomaly", "domain": "manufacturing",
        "title": {"vi": "bench", "en": "bench"}, "description": {"vi": "bench", "en": "bench"}, "languages": ["vi"],
        "examples": ["a", "b", "c"], "data_categories": ["public"], "risk_tier": "low", "license": "Apache-2.0",
        "publisher": "bench", "budget": {"max_rss_mb": 100, "p95_latency_ms": 10}})
    expert = AnomalyExpert(manifest, config, detector)
    events = np.resize(test, (n_events, test.shape[1]))
    for batch in (1, 100):
        store = StreamStore()
        start = time.perf_counter()
        for i in range(0, n_events, batch):
            part = events[i:i + batch]
            store.push(expert, f"machine-{(i // batch) % 10}", part, [str(i)] * part.shape[0])
        print(f"luytre stream ({detector.name}), {batch:>3} event(s)/call: "
              f"{n_events / (time.perf_counter() - start):>10,.0f} events/s over {n_events} events (target 10,000)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stream-events", type=int, default=20_000)
    args = parser.parse_args()
    with threadpool_limits(1):
        X, y = shuttle()
        run("Shuttle (river.datasets.Shuttle)", X, y, args.stream_events)
        run("WaterFlow (river.datasets.WaterFlow)", water_flow(), None, args.stream_events)


if __name__ == "__main__":
    main()
