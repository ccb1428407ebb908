"""Choose the federated training settings without looking at the reported held-out set.

Same three label-skewed "hospitals" as bench/federated.py. Each keeps its own 20% held-out part
(``split_local``, exactly what a node evaluates on in a real run); settings are scored on those
parts pooled (the federation's own validation), never on holdout2.jsonl. The rounds are played
in one process (the same local training code a ClientApp runs, then the server's averaging:
FedAvg weighted by examples, FedProx, or FedAdam's server step as in Flower's strategy), which
takes seconds instead of minutes; bench/federated.py then runs the chosen settings through real
Flower processes and reports holdout2.

    .venv/bin/python bench/federated_tune.py [--dp]
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from luytre.kinds.classifier.federated.learn import TrainOptions, fit_features, label_skew_split, read_rows, split_local
from luytre.kinds.classifier.federated.plan import dp_epsilon
from luytre.text.hashed import N_FEATURES, hashed_features

ROOT = Path(__file__).resolve().parents[1]
TRIAGE = ROOT / "experts" / "vn-health-triage"


def encode(rows, classes):  # noqa: ANN001, ANN201
    index = {c: i for i, c in enumerate(classes)}
    return hashed_features([t for t, _ in rows], N_FEATURES), np.array([index[label] for _, label in rows])


def score(w: np.ndarray, b: np.ndarray, data) -> float:  # noqa: ANN001
    matrix, targets = data
    return float(np.mean((np.asarray(matrix @ w) + b).argmax(axis=1) == targets))


def rounds_of(nodes, k: int, rounds: int, options: TrainOptions, server: str, server_lr: float = 0.1,  # noqa: ANN001
              dp: tuple[float, float] | None = None, seed: int = 0):
    """Global weights after each round (list), nodes given as (matrix, targets) training parts.

    ``dp=(noise_multiplier, clip)``: each update is clipped, the mean is uniform and gets Gaussian
    noise of standard deviation noise * clip / nodes, as Flower's client-side fixed clipping does."""
    rng = np.random.default_rng(seed)
    w, b = np.zeros((N_FEATURES, k), np.float32), np.zeros(k, np.float32)
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    history = []
    sizes = np.array([len(t) for _, t in nodes], dtype=np.float64)
    for _ in range(rounds):
        updates = [fit_features(matrix, targets, w, b, options) for matrix, targets in nodes]
        if dp is not None:
            noise, clip = dp
            clipped = []
            for uw, ub in updates:
                norm = float(np.sqrt(((uw - w) ** 2).sum() + ((ub - b) ** 2).sum()))
                scale = min(1.0, clip / norm) if norm > 0 else 1.0
                clipped.append((w + (uw - w) * scale, b + (ub - b) * scale))
            std = noise * clip / len(nodes)
            w = (sum(u[0] for u in clipped) / len(nodes) + rng.normal(0, std, w.shape)).astype(np.float32)
            b = (sum(u[1] for u in clipped) / len(nodes) + rng.normal(0, std, b.shape)).astype(np.float32)
            history.append((w, b))
            continue
        avg_w = sum(s * u[0] for s, u in zip(sizes, updates)) / sizes.sum()
        avg_b = sum(s * u[1] for s, u in zip(sizes, updates)) / sizes.sum()
        if server == "fedadam":  # Flower's FedAdam: Adam on the pseudo-gradient (avg - current), tau 1e-9
            new = []
            for i, (cur, avg) in enumerate(((w, avg_w), (b, avg_b))):
                delta = avg - cur
                m[i] = 0.9 * m[i] + 0.1 * delta
                v[i] = 0.99 * v[i] + 0.01 * delta * delta
                new.append(cur + server_lr * m[i] / (np.sqrt(v[i]) + 1e-9))
            w, b = new[0].astype(np.float32), new[1].astype(np.float32)
        else:
            w, b = avg_w.astype(np.float32), avg_b.astype(np.float32)
        history.append((w, b))
    return history


def main() -> None:
    rows = read_rows(TRIAGE / "data" / "train.jsonl")
    classes = sorted({label for _, label in rows})
    shares = label_skew_split(rows, 3, seed=1)
    local = [split_local(share, seed=0) for share in shares]
    nodes = [encode(part.train, classes) for part in local]
    validation = encode([r for part in local for r in part.held_out], classes)
    pooled = encode([r for part in local for r in part.train], classes)
    print(f"validation: the 3 nodes' local held-out parts, n={len(validation[1])} (holdout2 not read)")
    if "--dp" in sys.argv:
        options = TrainOptions(epochs=20, learning_rate=10.0, balanced=True)
        with threadpool_limits(1):
            for noise, clip in ((0.0, 10.0), (0.001, 10.0), (0.01, 10.0), (0.1, 10.0), (1.0, 10.0)):
                history = rounds_of(nodes, len(classes), 10, options, "fedavg", dp=(noise, clip))
                scores = " ".join(f"{score(w, b, validation):.3f}" for w, b in history)
                epsilon = f"{dp_epsilon(noise, 10, 1e-5):.1f}" if noise else "none (clipping only)"
                print(f"DP noise={noise} clip={clip} epsilon={epsilon} by round: {scores}", flush=True)
        return
    with threadpool_limits(1):
        for epochs_total in (100, 200):
            for lr in (3.0, 10.0):
                for balanced in (False, True):
                    w, b = fit_features(*pooled, np.zeros((N_FEATURES, len(classes)), np.float32),
                                        np.zeros(len(classes), np.float32),
                                        TrainOptions(epochs=epochs_total, learning_rate=lr, balanced=balanced))
                    print(f"centralized (same training parts) epochs={epochs_total} lr={lr} balanced={balanced}: "
                          f"{score(w, b, validation):.3f}", flush=True)
        grid = itertools.product((10,), (5, 10, 20), (3.0, 10.0), (False, True),
                                 (("fedavg", 0.0), ("fedprox", 0.01), ("fedprox", 0.1), ("fedadam", 0.0)))
        for rounds, epochs, lr, balanced, (server, mu) in grid:
            options = TrainOptions(epochs=epochs, learning_rate=lr, balanced=balanced, proximal_mu=mu)
            history = rounds_of(nodes, len(classes), rounds, options, server)
            scores = " ".join(f"{score(w, b, validation):.3f}" for w, b in history)
            print(f"{server:<7} mu={mu:<4} rounds={rounds:>2} epochs={epochs:>2} lr={lr:>4} balanced={balanced!s:<5} "
                  f"by round: {scores}", flush=True)


if __name__ == "__main__":
    main()
