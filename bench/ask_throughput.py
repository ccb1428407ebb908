"""Throughput and latency of POST /v1/ask on loopback, side by side with a bare
FastAPI endpoint on the same stack (the ceiling any Python node could reach here).

Load comes from wrk (Debian package ``wrk``) when installed, else from a small
asyncio client; both send the triage test questions in turn over keep-alive
connections for a fixed duration, then stop.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import Process, free_port, node_process, triage_home, triage_questions  # noqa: E402 - after the sys.path entry

# Every request carries a unique number after the question, so no cache can
# serve a repeat: each ask pays for the whole path, as a new question would.
WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local queries = {%s}
local i = 0
request = function()
  i = i + 1
  local body = '{"query": "' .. queries[i %% #queries + 1] .. ' ' .. i .. '"}'
  return wrk.format(nil, "/v1/ask", nil, body)
end
"""


def run_wrk(url: str, questions: list[str], seconds: int, connections: int) -> dict:
    escaped = ",".join("[==[" + json.dumps(q, ensure_ascii=False)[1:-1] + "]==]" for q in questions)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False, encoding="utf-8") as script:
        script.write(WRK_SCRIPT % escaped)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
                         capture_output=True, text=True, timeout=seconds + 30).stdout
    Path(script.name).unlink()

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50_ms": ms("50"),
            "p99_ms": ms("99"), "errors": int(errors.group(1)) if errors else 0, "tool": "wrk"}


async def _client(host: str, port: int, questions: list[str], deadline: float, latencies: list[float],
                  errors: list[int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = 0
    while time.perf_counter() < deadline:
        i += 1
        body = json.dumps({"query": f"{questions[i % len(questions)]} {id(writer)}-{i}"}).encode()
        start = time.perf_counter()
        # The Host a client of this address sends: a node refuses names outside server.allowed_hosts with 400
        writer.write(b"POST /v1/ask HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (host.encode(), port, len(body), body))
        await writer.drain()
        headers = await reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"content-length: (\d+)", headers, re.I).group(1))
        await reader.readexactly(length)
        latencies.append((time.perf_counter() - start) * 1000)
        if not headers.startswith((b"HTTP/1.1 2", b"HTTP/1.1 3")):  # counted as wrk counts them
            errors.append(int(headers.split(b" ", 2)[1]))
    writer.close()


def run_python_client(url: str, questions: list[str], seconds: int, connections: int) -> dict:
    host, port = url.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors: list[int] = []

    async def main() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(host, int(port), questions, deadline, latencies, errors)
                               for _ in range(connections)))

    start = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50_ms": q[49], "p99_ms": q[98], "errors": len(errors),
            "tool": "python"}

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--home", type=Path, help="a home built by an earlier run (default: build one)")
    args = parser.parse_args()
    load = run_wrk if shutil.which("wrk") else run_python_client
    questions = triage_questions()
    home = args.home or triage_home()
    node = node_process(home)
    port = free_port()
    peer = Process([sys.executable, str(Path(__file__).parent / "bare_fastapi.py"), str(port)],
                   f"http://127.0.0.1:{port}", "/healthz")
    try:
        load(node.url, questions[:20], 2, args.connections)  # warm-up
        load(peer.url, questions[:20], 2, args.connections)
        ours = load(node.url, questions, args.seconds, args.connections)
        bare = load(peer.url, questions, args.seconds, args.connections)
    finally:
        node.stop()
        peer.stop()
    print(f"POST /v1/ask on 127.0.0.1, {args.connections} connections, {args.seconds} s, load by {ours['tool']}")
    print(f"{'':24}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
    print(f"{'luytre (route+triage)':24}{ours['rps']:>10.0f}{ours['p50_ms']:>10.2f}{ours['p99_ms']:>10.2f}"
          f"{ours['errors']:>8}")
    print(f"{'bare FastAPI (peer)':24}{bare['rps']:>10.0f}{bare['p50_ms']:>10.2f}{bare['p99_ms']:>10.2f}"
          f"{bare['errors']:>8}")
    print(f"ratio luytre / peer: throughput {ours['rps'] / bare['rps']:.2f}x, "
          f"p99 {ours['p99_ms'] / bare['p99_ms']:.2f}x")
    print(f"targets: >= 500 req/s {'MET' if ours['rps'] >= 500 else 'NOT MET'}, "
          f"p99 < 50 ms {'MET' if ours['p99_ms'] < 50 else 'NOT MET'}")


if __name__ == "__main__":
    main()
