"""Ordinary asks while an attacker sends worst-case texts as fast as it can, beside a normal run.

One node on 127.0.0.1 (the reference triage and identity experts). Phase 1: a
client asks the triage test questions one after another for ``--seconds`` and
records throughput and latency. Phase 2: the same, while ``--attackers`` clients
send 4 KB worst-case texts (repeated alleys, capitalised words, digit groups) to
/v1/pii/scan and /v1/ask without pause. Target (issue 15): under attack the
ordinary client keeps >= 50% of its normal throughput with p99 < 200 ms. The
node's rate limits leave loopback alone (``limits.rate_exempt``), so what is
measured is the worker pool and bounded work per request, not the rate limiter.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import node_process, triage_home, triage_questions  # noqa: E402

WORST = [("ngõ 12 , " * 460)[:4000], ("Abc Xyz " * 500)[:4000], ("0912 345 " * 450)[:4000],
         ("ngo 1 " * 680)[:4000], ("hẻm 3/4 " * 500)[:4000]]


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
    with httpx.Client(timeout=60) as client:
        i = 0
        while not stop.is_set():
            text = WORST[i % len(WORST)]
            route, body = (("/v1/pii/scan", {"text": text}) if i % 2 else ("/v1/ask", {"query": text}))
            status = client.post(url + route, json=body).status_code
            counts[status] = counts.get(status, 0) + 1
            i += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--attackers", type=int, default=2)
    args = parser.parse_args()
    node = node_process(triage_home())
    try:
        ordinary(node.url, 2.0)  # warm up
        normal = ordinary(node.url, args.seconds)
        stop, counts = threading.Event(), {}
        attackers = [threading.Thread(target=attack, args=(node.url, stop, counts)) for _ in range(args.attackers)]
        for thread in attackers:
            thread.start()
        time.sleep(1.0)
        attacked = ordinary(node.url, args.seconds)
        stop.set()
        for thread in attackers:
            thread.join()
    finally:
        node.stop()
    print(f"{'run':<14}{'asks/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for name, run in (("normal", normal), ("under attack", attacked)):
        print(f"{name:<14}{run['req_s']:>10.1f}{run['p50_ms']:>10.1f}{run['p99_ms']:>10.1f}")
    ratio = attacked["req_s"] / normal["req_s"]
    print(f"throughput kept: {ratio:.0%} (target >= 50%); p99 under attack {attacked['p99_ms']:.0f} ms "
          f"(target < 200 ms); attacker responses by status: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
