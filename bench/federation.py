"""What federation costs: a question forwarded to a peer against the same question asked at the peer,
and a node's throughput while one of the two peers offering the expert is down.

    .venv/bin/python bench/federation.py [--asks 300]

Three node processes on 127.0.0.1: A (no expert of its own for these questions), B and C (both host
school-helpdesk, the test suite's small classifier). One client thread asks one question at a time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT, node_process  # noqa: E402 - after the sys.path entry

QUESTIONS = ["thư viện mở cửa mấy giờ", "thu vien mo cua may gio", "thư viện mở cửa đến mấy giờ tối"]


def luytre(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "luytre", *args], capture_output=True, text=True, check=True)
    return out.stdout


def homes(base: Path) -> dict[str, dict]:
    from luytre.kinds.classifier.build import build_classifier
    from luytre.node.service import Node
    from luytre.vetting.signing import create_keys, sign
    from luytre.vetting.trust import TrustStore

    data = ROOT / "tests" / "data" / "school-helpdesk"
    keys = create_keys("luytre-tests", base / "keys")  # the test expert's publisher
    out = {}
    for name in ("a", "b", "c"):
        out[name] = json.loads(luytre("init", "--home", str(base / name), "--name", name, "--json"))
        if name != "a":
            TrustStore.of_home(base / name).add(keys.public_key.read_bytes(), "luytre-tests")
            package = build_classifier(data / "train.jsonl", data / "manifest.toml", base / f"pkg-{name}")
            sign(package.root, keys.private_key)
            node = Node.open(base / name)
            node.install(package.root)
            node.close()
    return out


def timed_asks(url: str, n: int, expect: str) -> tuple[list[float], float]:
    latencies = []
    started = time.perf_counter()
    with httpx.Client(timeout=30) as client:
        for i in range(n):
            begin = time.perf_counter()
            reply = client.post(url + "/v1/ask", json={"query": QUESTIONS[i % len(QUESTIONS)]}).json()
            latencies.append((time.perf_counter() - begin) * 1000)
            assert (reply.get("expert") or "").startswith(expect), reply
    return latencies, n / (time.perf_counter() - started)


def p99(values: list[float]) -> float:
    return sorted(values)[int(0.99 * (len(values) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--asks", type=int, default=300)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="luytre-bench-mesh-"))
    spec = homes(base)
    nodes = {name: node_process(base / name) for name in spec}
    try:
        for here, there in (("a", "b"), ("a", "c"), ("b", "a"), ("c", "a")):
            luytre("peer", "add", there, nodes[there].url, "--pub", spec[there]["public_key"],
                   "--home", str(base / here))
        luytre("peer", "list", "--home", str(base / "a"))
        deadline = time.monotonic() + 30  # node A notices the catalogs and retrains its router
        while not (httpx.post(nodes["a"].url + "/v1/ask", json={"query": QUESTIONS[0]}, timeout=30).json()
                   .get("expert") or "").startswith("school-helpdesk@") and time.monotonic() < deadline:
            time.sleep(0.3)
        local, local_rate = timed_asks(nodes["c"].url, args.asks, "school-helpdesk")
        remote, remote_rate = timed_asks(nodes["a"].url, args.asks, "school-helpdesk@")
        nodes["b"].stop()
        down, down_rate = timed_asks(nodes["a"].url, args.asks, "school-helpdesk@c")
    finally:
        for node in nodes.values():
            node.stop()
    print(f"{args.asks} asks each, one client, 2 cores\n")
    print(f"{'':34} {'p50 ms':>8} {'p99 ms':>8} {'asks/s':>8}")
    for label, values, rate in (("local ask at C", local, local_rate),
                                ("asked at A, answered by a peer", remote, remote_rate),
                                ("at A with peer B down", down, down_rate)):
        print(f"{label:34} {statistics.median(values):8.2f} {p99(values):8.2f} {rate:8.1f}")
    print(f"\nfederated / local: p50 {statistics.median(remote) / statistics.median(local):.2f}×, "
          f"p99 {p99(remote) / p99(local):.2f}×; with one peer down, throughput {down_rate / remote_rate:.2f}× "
          "of both up")


if __name__ == "__main__":
    main()
