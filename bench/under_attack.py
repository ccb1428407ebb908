"""Ordinary asks while an attacker sends worst-case texts as fast as it can, beside a normal run.

One node on 127.0.0.1 (the reference triage and identity experts). Phase 1: a
client asks the triage test questions one after another for ``--seconds`` and
records throughput and latency. Phase 2: the same, while ``--attackers`` clients
send 4 KB worst-case texts (repeated alleys, capitalised words, digit groups) to
/v1/pii/scan and /v1/ask without pause. Target (issue 15): under attack the
ordinary client keeps >= 50% of its normal throughput with p99 < 200 ms.

The attacker is another client than the ordinary one: it connects from 127.0.0.2,
the ordinary client from 127.0.0.1. Both addresses are left out of the node's rate
limits (``limits.rate_exempt``), so what is measured is the worker pool's fair share
and bounded work per request, not the rate limiter.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

from luytre.config import update_limits

sys.path.insert(0, str(Path(__file__).parent))
from _common import node_process, triage_home, triage_questions  # noqa: E402 - after the sys.path entry

ATTACKER = "127.0.0.2"  # the attacker's own client address (all of 127.0.0.0/8 is loopback on Linux)
QUERY_BYTES = 4096  # the node's default limits.max_query_bytes: the largest text an attacker may send


def _four_kb(piece: str) -> str:
    """``piece`` repeated to exactly the largest accepted text (UTF-8 bytes, not characters)."""
    return (piece * QUERY_BYTES).encode()[:QUERY_BYTES].decode("utf-8", "ignore")


WORST = [_four_kb(p) for p in ("ngõ 12 , ", "Abc Xyz ", "0912 345 ", "ngo 1 ", "hẻm 3/4 ", "Nguyễn Văn ")]


def ordinary(url: str, seconds: float) -> dict[str, float]:
    questions, latencies = triage_questions(), []
    deadline = time.monotonic() + seconds
    with httpx.Client(timeout=30) as client:
        i = 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            response = client.post(url + "/v1/ask", json={"query": f"{questions[i % len(questions)]} {i}"})
            latencies.append((time.perf_counter() - started) * 1000)
            assert response.status_code in (200, 503), response.text
            i += 1
    latencies.sort()
    return {"req_s": len(latencies) / seconds, "p50_ms": statistics.median(latencies),
            "p99_ms": latencies[int(len(latencies) * 0.99) - 1]}


def attack(url: str, stop: threading.Event, counts: dict[int, int]) -> None:
    with httpx.Client(timeout=60, transport=httpx.HTTPTransport(local_address=ATTACKER)) as client:
        i = 0
        while not stop.is_set():
            text = WORST[i % len(WORST)]
            route, body = (("/v1/pii/scan", {"text": text}) if i % 2 else ("/v1/ask", {"query": text}))
            status = client.post(url + route, json=body).status_code
            counts[status] = counts.get(status, 0) + 1
            i += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each measured run")
    parser.add_argument("--attackers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="normal and attacked runs, alternated")
    parser.add_argument("--home", type=Path, help="a home built by an earlier run (default: build one)")
    args = parser.parse_args()
    home = args.home or triage_home()
    update_limits(home / "config.toml", rate_exempt=["127.0.0.1", "::1", ATTACKER])
    node = node_process(home)
    runs: list[tuple[str, dict[str, float], float]] = []
    counts: dict[int, int] = {}
    try:
        ordinary(node.url, 2.0)  # warm up
        for _ in range(args.rounds):  # alternated, so a neighbour's load drifting over time hits both alike
            runs.append(("normal", ordinary(node.url, args.seconds), os.getloadavg()[0]))
            stop = threading.Event()
            attackers = [threading.Thread(target=attack, args=(node.url, stop, counts))
                         for _ in range(args.attackers)]
            for thread in attackers:
                thread.start()
            time.sleep(1.0)
            runs.append(("under attack", ordinary(node.url, args.seconds), os.getloadavg()[0]))
            stop.set()
            for thread in attackers:
                thread.join()
    finally:
        node.stop()
    print(f"{'run':<14}{'asks/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'load':>8}")
    for name, run, load in runs:
        print(f"{name:<14}{run['req_s']:>10.1f}{run['p50_ms']:>10.1f}{run['p99_ms']:>10.1f}{load:>8.1f}")
    normal = statistics.mean(r["req_s"] for name, r, _ in runs if name == "normal")
    attacked = [r for name, r, _ in runs if name != "normal"]
    kept = statistics.mean(r["req_s"] for r in attacked) / normal
    worst_p99 = max(r["p99_ms"] for r in attacked)
    print(f"throughput kept: {kept:.0%} (target >= 50%); worst p99 under attack {worst_p99:.0f} ms "
          f"(target < 200 ms); attacker responses by status: {dict(sorted(counts.items()))}; "
          f"load: 1-minute load average of this {os.cpu_count()}-core machine")


if __name__ == "__main__":
    main()
