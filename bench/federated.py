"""Federated vs centralized vs each organization alone, on one held-out set.

Data: experts/vn-health-triage/data/train.jsonl split non-IID across three "hospitals"
(each label goes 70% to one hospital, 15% to each other: label skew, seed 1), scored on
experts/vn-health-triage/data/holdout2.jsonl (320 rows). The settings (rounds, local epochs,
learning rate, class-balanced loss, strategy) were chosen by bench/federated_tune.py on the
hospitals' own held-out parts, never on holdout2. All arms train the same model (hashed
features, multinomial logistic regression, luytre.kinds.classifier.federated.learn) with the
same options and the same total number of epochs:

* centralized: all three shares pooled in one place; and pooled from the same 80% training
  parts the nodes train on (each node keeps 20% to report its local held-out accuracy);
* local only: each hospital on its whole share;
* federated: real Flower processes on 127.0.0.1 (1 SuperLink with TLS and SuperNode
  authentication, 3 SuperNodes running luytre's pinned clientapp), through the coordinator and
  participant code: with SecAgg+ (the default), without it, and with differential privacy.

Prints accuracy, rounds, wall time, bytes sent by the nodes, and how many of the nodes' own
updates the coordinator received (it logs a digest of every array it receives).

    .venv/bin/python bench/federated.py [--rounds 10] [--epochs 20] [--arms secagg,plain,dp]
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
from luytre.kinds.classifier.federated.learn import (
    TrainOptions,
    accuracy,
    fit_local,
    label_skew_split,
    read_rows,
    split_local,
)
from luytre.mesh.peers import PeerStore
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import Registry
from luytre.text.hashed import N_FEATURES
from luytre.vetting.signing import create_keys
from luytre.vetting.trust import TrustStore

ROOT = Path(__file__).resolve().parents[1]
TRIAGE = ROOT / "experts" / "vn-health-triage"
ORG = "Bench coordinator"
ARMS = {"secagg": {"secagg": True}, "plain": {"secagg": False},
        "dp": {"secagg": False, "dp_noise": 1.0, "dp_clip": 10.0}}  # SecAgg+ does not change accuracy


def train_alone(rows, classes, options: TrainOptions):  # noqa: ANN001, ANN201
    zeros = np.zeros((N_FEATURES, len(classes)), np.float32), np.zeros(len(classes), np.float32)
    return fit_local([t for t, _ in rows], [label for _, label in rows], classes, *zeros, options)


def federated(shares, settings: dict, root: Path) -> dict:  # noqa: ANN001
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
    plan = coordinator.propose(TRIAGE / "manifest.toml", requests, peers, ORG, keys.private_key, run_dir, **settings)
    joined, threads = {}, []

    def join(i: int) -> None:
        home = homes[i]
        audit = AuditLog(Registry.open(home.database_url, 5, home.experts_dir), home.identity(), home.node_id)
        joined[i] = participant.join(home, run_dir / "plan.json", home.path / "labelled.jsonl", audit,
                                     timeout_s=1800)

    def ready() -> None:
        for i in range(len(homes)):
            threads.append(threading.Thread(target=join, args=(i,)))
            threads[-1].start()

    start = time.perf_counter()
    coordinator.run(run_dir, keys.private_key, root / "package", timeout_s=1800, ready=ready)
    for thread in threads:
        thread.join(timeout=120)
    wall = time.perf_counter() - start
    with np.load(run_dir / "result" / "weights.npz", allow_pickle=False) as arrays:
        coef, intercept = arrays["coef"], arrays["intercept"]
    own = {json.loads(line).get("sha256_before_masking") for home in homes
           for line in next((home.path / "federated").glob("*/sent.jsonl")).read_text().splitlines()} - {None}
    received = {a["sha256_float32"] for line in (run_dir / "result" / "received.jsonl").read_text().splitlines()
                for a in json.loads(line)["arrays"]}
    return {"coef": coef, "intercept": intercept, "wall_s": wall, "epsilon": plan.epsilon(),
            "bytes_sent_by_nodes": sum(info["bytes_sent"] for info in joined.values()),
            "messages_sent_by_nodes": sum(info["messages_sent"] for info in joined.values()),
            "own_updates": len(own), "own_updates_received": len(own & received)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--epochs", type=int, default=20, help="local epochs per round")
    parser.add_argument("--arms", default="secagg,plain,dp", help="federated runs: " + ",".join(ARMS))
    args = parser.parse_args()
    rows = read_rows(TRIAGE / "data" / "train.jsonl")
    held_out = read_rows(TRIAGE / "data" / "holdout2.jsonl")
    classes = sorted({label for _, label in rows})
    shares = label_skew_split(rows, 3, seed=1)
    training_parts = [r for share in shares for r in split_local(share).train]
    options = TrainOptions(epochs=args.rounds * args.epochs, balanced=True)  # as the plan's defaults
    results = {}
    with threadpool_limits(1):
        results["centralized, all rows pooled"] = accuracy(*train_alone(rows, classes, options), classes, held_out)
        results["centralized, the nodes' training parts pooled"] = accuracy(
            *train_alone(training_parts, classes, options), classes, held_out)
        for i, share in enumerate(shares):
            results[f"hospital-{i} alone ({len(share)} rows)"] = accuracy(*train_alone(share, classes, options),
                                                                         classes, held_out)
    print(f"held-out: holdout2.jsonl, n={len(held_out)}; {len(rows)} training rows, label-skewed over 3 hospitals; "
          f"{args.rounds} rounds x {args.epochs} local epochs (centralized and local: {options.epochs} epochs)")
    for name, value in results.items():
        print(f"  {name:<52} accuracy {value:.3f}", flush=True)
    centralized, best_local = results["centralized, all rows pooled"], max(
        v for k, v in results.items() if "alone" in k)
    for arm in args.arms.split(","):
        settings = {"rounds": args.rounds, "local_epochs": args.epochs, **ARMS[arm]}
        with tempfile.TemporaryDirectory() as tmp:
            fed = federated(shares, settings, Path(tmp))
        score = accuracy(fed["coef"], fed["intercept"], classes, held_out)
        privacy = "SecAgg+" if settings["secagg"] else "no SecAgg+"
        if fed["epsilon"] is not None:
            privacy += f", DP noise {settings['dp_noise']} clip {settings['dp_clip']} (epsilon {fed['epsilon']:.1f})"
        print(f"  federated FedAvg, {privacy:<42} accuracy {score:.3f}  ({100 * (score - centralized):+.1f} vs "
              f"centralized, {100 * (score - best_local):+.1f} vs best local-only)")
        print(f"      wall {fed['wall_s']:.0f} s (SuperLink start to signed package); nodes sent "
              f"{fed['messages_sent_by_nodes']} messages, {fed['bytes_sent_by_nodes'] / 1e6:.1f} MB; the coordinator "
              f"received {fed['own_updates_received']} of the nodes' {fed['own_updates']} own updates", flush=True)


if __name__ == "__main__":
    main()
