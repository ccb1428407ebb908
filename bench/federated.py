"""Federated vs centralized vs each organization alone, on one held-out set.

Data: experts/vn-health-triage/data/train.jsonl split non-IID across three "hospitals"
(each label goes 70% to one hospital, 15% to each other: label skew, seed 1), scored on
experts/vn-health-triage/data/holdout2.jsonl (320 rows, never used to choose anything here).
All three arms train the same model (hashed features, multinomial logistic regression,
luytre.kinds.classifier.federated.learn) with the same total number of local epochs:

* centralized: all three shares pooled in one place;
* local only: each hospital on its own share;
* federated: real Flower processes on 127.0.0.1 (1 SuperLink with TLS and SuperNode
  authentication, 3 SuperNodes, FedAvg), through luytre.kinds.classifier.federated's coordinator and participant code.

Prints accuracy, rounds, wall time and bytes sent by the nodes. SecAgg+ is not measured:
it exists only in Flower's legacy workflow API, which luytre does not use (see the docs).

    .venv/bin/python bench/federated.py [--rounds 5] [--epochs 20]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from luytre.home import init_home
from luytre.kinds.classifier.federated import coordinator, participant
from luytre.kinds.classifier.federated.learn import TrainOptions, accuracy, fit_local, label_skew_split, read_rows
from luytre.mesh.peers import PeerStore
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import Registry
from luytre.text.hashed import N_FEATURES
from luytre.vetting.signing import create_keys
from luytre.vetting.trust import TrustStore

ROOT = Path(__file__).resolve().parents[1]
TRIAGE = ROOT / "experts" / "vn-health-triage"
ORG = "Bench coordinator"


def train_alone(rows, classes, epochs):  # noqa: ANN001, ANN201
    zeros = np.zeros((N_FEATURES, len(classes)), np.float32), np.zeros(len(classes), np.float32)
    return fit_local([t for t, _ in rows], [label for _, label in rows], classes, *zeros,
                     TrainOptions(epochs=epochs))


def federated(shares, rounds: int, epochs: int, root: Path) -> dict:
    coordinator_home, _ = init_home(root / "coordinator", "coordinator")
    keys = create_keys(ORG, root / "keys")
    peers = PeerStore(Registry.open(coordinator_home.database_url, 5, coordinator_home.experts_dir))
    homes, requests = [], []
    for i, share in enumerate(shares):
        home, _ = init_home(root / f"hospital-{i}", f"hospital-{i}")
        TrustStore.of_home(home.path).add(keys.public_key.read_bytes(), ORG)
        peers.add(f"hospital-{i}", f"http://127.0.0.1:{9000 + i}", home.public_key)
        (home.path / "labelled.jsonl").write_text("".join(
            json.dumps({"text": t, "label": label}, ensure_ascii=False) + "\n" for t, label in share), "utf-8")
        homes.append(home)
        requests.append((f"hospital-{i}", participant.join_request(home)))
    run_dir = root / "run"
    coordinator.propose(TRIAGE / "manifest.toml", requests, peers, ORG, keys.private_key, run_dir, rounds=rounds,
                        local_epochs=epochs)
    joined, threads = {}, []

    def join(i: int) -> None:
        home = homes[i]
        audit = AuditLog(Registry.open(home.database_url, 5, home.experts_dir), home.identity(), home.node_id)
        joined[i] = participant.join(home, run_dir / "plan.json", home.path / "labelled.jsonl", audit,
                                     timeout_s=900)

    def ready() -> None:
        for i in range(len(homes)):
            threads.append(threading.Thread(target=join, args=(i,)))
            threads[-1].start()

    start = time.perf_counter()
    coordinator.run(run_dir, keys.private_key, root / "package", timeout_s=900, ready=ready)
    for thread in threads:
        thread.join(timeout=120)
    wall = time.perf_counter() - start
    with np.load(run_dir / "result" / "weights.npz", allow_pickle=False) as arrays:
        coef, intercept = arrays["coef"], arrays["intercept"]
    sent = sum(info["bytes_sent"] for info in joined.values())
    return {"coef": coef, "intercept": intercept, "wall_s": wall, "bytes_sent_by_nodes": sent,
            "bytes_broadcast": rounds * 2 * len(shares) * (coef.nbytes + intercept.nbytes)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=20, help="local epochs per round")
    args = parser.parse_args()
    rows = read_rows(TRIAGE / "data" / "train.jsonl")
    held_out = read_rows(TRIAGE / "data" / "holdout2.jsonl")
    classes = sorted({label for _, label in rows})
    shares = label_skew_split(rows, 3, seed=1)
    budget = args.rounds * args.epochs
    results = {}
    with threadpool_limits(1):
        results["centralized (pooled)"] = accuracy(*train_alone(rows, classes, budget), classes, held_out)
        for i, share in enumerate(shares):
            results[f"hospital-{i} alone ({len(share)} rows)"] = accuracy(*train_alone(share, classes, budget),
                                                                         classes, held_out)
    with tempfile.TemporaryDirectory() as tmp:
        fed = federated(shares, args.rounds, args.epochs, Path(tmp))
    results[f"federated FedAvg ({args.rounds} rounds x {args.epochs} epochs)"] = accuracy(
        fed["coef"], fed["intercept"], classes, held_out)
    print(f"held-out: holdout2.jsonl, n={len(held_out)}; {len(rows)} training rows, label-skewed over 3 hospitals")
    for name, value in results.items():
        print(f"  {name:<48} accuracy {value:.3f}")
    centralized = results["centralized (pooled)"]
    federated_acc = list(results.values())[-1]
    best_local = max(v for k, v in results.items() if "alone" in k)
    print(f"  federated - centralized: {100 * (federated_acc - centralized):+.1f} points; "
          f"federated - best local-only: {100 * (federated_acc - best_local):+.1f} points")
    print(f"  wall time {fed['wall_s']:.0f} s (SuperLink start to signed package); bytes sent by the 3 nodes "
          f"{fed['bytes_sent_by_nodes'] / 1e6:.1f} MB; model broadcast to them {fed['bytes_broadcast'] / 1e6:.1f} MB")
    print("  SecAgg+: not measured (Flower's legacy workflow API only; see docs/federated-training.md)")


if __name__ == "__main__":
    main()
