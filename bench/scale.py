"""Scaling one node over processes: POST /v1/ask with ``luytre serve --workers 1`` and ``--workers 2``,
each beside a bare FastAPI peer with the same worker count, in the same run, on two workloads:

- triage: the vn-health-triage test questions;
- mixed: the same, a quarter of them carrying personal data (a name, a phone number, a CCCD number),
  so the PII stage (rules and underthesea's NER) and the redaction path run.

Every stage is on (scan, route, Cedar policy, expert, audit commit). Load from wrk when installed,
else ask_throughput's asyncio client. Loopback only; each run stops by itself.
Targets (issue 23): node >= 0.35x its peer; p99 < 50 ms at 16 connections; 2 workers >= 1.6x one.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import Process, free_port, triage_home, triage_questions  # noqa: E402 - after the sys.path entry
from ask_throughput import run_python_client, run_wrk  # noqa: E402 - after the sys.path entry

START_TIMEOUT_S = 300  # a busy machine: the node loads its experts in every worker before answering
PERSONAL = ["tôi là Nguyễn Văn An, số điện thoại 0912345678", "chị Trần Thị Bích, CCCD 079201012345",
            "con tôi tên Lê Minh Khoa, gọi 0987654321", "anh Phạm Quốc Huy, sđt 0903111222"]


def mixed(questions: list[str]) -> list[str]:
    """Every fourth question carries someone's personal data."""
    return [f"{q}, {PERSONAL[i // 4 % len(PERSONAL)]}" if i % 4 == 0 else q for i, q in enumerate(questions)]


def node(home: Path, workers: int) -> Process:
    port = free_port()
    return Process([sys.executable, "-m", "luytre", "serve", "--home", str(home), "--port", str(port),
                    "--workers", str(workers)], f"http://127.0.0.1:{port}", "/healthz", START_TIMEOUT_S)


def peer(workers: int) -> Process:
    port = free_port()
    return Process([sys.executable, "-m", "uvicorn", "bare_fastapi:app", "--app-dir", str(Path(__file__).parent),
                    "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                    "--log-level", "warning", "--no-access-log"], f"http://127.0.0.1:{port}", "/healthz",
                   START_TIMEOUT_S)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--home", type=Path, help="a home built by an earlier run (default: build one)")
    args = parser.parse_args()
    load = run_wrk if shutil.which("wrk") else run_python_client
    questions = triage_questions()
    workloads = {"triage": questions, "mixed": mixed(questions)}
    home = args.home or triage_home()
    rows = []
    for workers in (1, 2):
        ours, bare = node(home, workers), peer(workers)
        try:
            load(ours.url, questions[:20], 2, args.connections)  # warm-up: first answers load caches
            load(bare.url, questions[:20], 2, args.connections)
            for name, workload in workloads.items():
                mine = load(ours.url, workload, args.seconds, args.connections)
                theirs = load(bare.url, workload, args.seconds, args.connections)
                rows.append((workers, name, mine, theirs))
                print(f"measured: {workers} worker(s), {name}: node {mine}, peer {theirs}", flush=True)
        finally:
            ours.stop()
            bare.stop()
    print(f"POST /v1/ask on 127.0.0.1, {args.connections} connections, {args.seconds} s each, "
          f"load by {rows[0][2]['tool']}")
    print(f"{'workers':>7} {'workload':<8}{'node/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
          f"{'peer/s':>9}{'peer p99':>10}{'node/peer':>11}")
    for workers, name, mine, theirs in rows:
        print(f"{workers:>7} {name:<8}{mine['rps']:>9.0f}{mine['p50_ms']:>9.2f}{mine['p99_ms']:>9.2f}"
              f"{mine['errors']:>8}{theirs['rps']:>9.0f}{theirs['p99_ms']:>10.2f}{mine['rps'] / theirs['rps']:>10.2f}x")
    by = {(w, n): (m, t) for w, n, m, t in rows}
    for name in workloads:
        (one, peer_one), (two, peer_two) = by[(1, name)], by[(2, name)]
        print(f"{name}: 2 workers / 1 worker = {two['rps'] / one['rps']:.2f}x "
              f"(peer {peer_two['rps'] / peer_one['rps']:.2f}x)")
    print("targets: node >= 0.35x peer: " + ", ".join(
        f"{w}w {n} {'MET' if m['rps'] >= 0.35 * t['rps'] else 'NOT MET'}" for w, n, m, t in rows))
    print("         p99 < 50 ms: " + ", ".join(
        f"{w}w {n} {'MET' if m['p99_ms'] < 50 else 'NOT MET'}" for w, n, m, _ in rows))
    print("         2 workers >= 1.6x one: " + ", ".join(
        f"{n} {'MET' if by[(2, n)][0]['rps'] >= 1.6 * by[(1, n)][0]['rps'] else 'NOT MET'}" for n in workloads))


if __name__ == "__main__":
    main()
