"""CPU time per ask: the node's server process beside a bare FastAPI peer, each sent the same fixed batch.

On a shared, loaded machine wall-clock throughput says more about the neighbours than about the node; the
CPU time a server process spends per request does not depend on how long it waited for a core. For each
server this reads the process's user + system time from ``/proc/<pid>/stat`` (all its threads), sends a fixed
number of asks over ``--connections`` keep-alive connections, reads it again, and divides; the node's time is
also split by thread (event loop, pool workers, audit writer, other) from ``/proc/<pid>/task``. A node from
sources older than the thread names shows its workers and writer as "other". Node and peer
alternate for ``--rounds`` rounds; the median is printed with every round.

Workloads: the vn-health-triage test questions ("triage") and the same with every fourth carrying someone's
personal data ("mixed", as in scale.py). Every request carries a unique number, so no per-text cache can
answer a repeated question. ``--pythonpath DIR`` runs the node from another copy of the sources (e.g. an
older commit's ``src`` exported with ``git archive``), for before/after pairs on the same home.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import Process, free_port, triage_home, triage_questions  # noqa: E402 - after the sys.path entry
from scale import mixed, peer  # noqa: E402 - after the sys.path entry

TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` and all its threads so far."""
    return _stat_cpu(Path(f"/proc/{pid}/stat"))


def _stat_cpu(stat: Path) -> float:
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_S  # utime, stime: fields 14 and 15 of stat


# The node names its threads for the operating system (luytre.threads.name_os_thread): a served ask's CPU time
# split between the event loop (the main thread), the pool's workers and the audit writer.
THREAD_GROUPS = (("loop", None), ("workers", "luytre-worker"), ("audit", "luytre-audit"))


def thread_cpu(pid: int) -> dict[int, tuple[str, float]]:
    """Each live thread of ``pid``: its group (``THREAD_GROUPS``, else "other") and its CPU seconds so far."""
    threads = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name, cpu = (task / "comm").read_text().strip(), _stat_cpu(task / "stat")
        except (FileNotFoundError, ProcessLookupError):  # the thread ended meanwhile
            continue
        group = "loop" if int(task.name) == pid else next(
            (label for label, prefix in THREAD_GROUPS if prefix and name.startswith(prefix)), "other")
        threads[int(task.name)] = (group, cpu)
    return threads


def split_ms(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]], count: int) -> dict[str, float]:
    """CPU ms per ask of each thread group between two readings (a thread started meanwhile counts from zero)."""
    groups: dict[str, float] = {}
    for tid, (group, cpu) in after.items():
        groups[group] = groups.get(group, 0.0) + (cpu - before.get(tid, (group, 0.0))[1]) * 1000 / count
    return groups


async def _connection(host: str, port: int, bodies: list[bytes], statuses: dict[int, int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while bodies:
            body = bodies.pop()
            writer.write(b"POST /v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = re.search(rb"content-length: (\d+)", head, re.I)
            answer = await reader.readexactly(int(length.group(1)) if length else 0)
            if status != 200:
                print(f"{status}: {answer[:300].decode(errors='replace')}", file=sys.stderr, flush=True)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


def send_batch(url: str, questions: list[str], count: int, connections: int, tag: str) -> dict[int, int]:
    """``count`` asks (the questions in turn, each with a unique number), ``connections`` at a time."""
    host, port = url.removeprefix("http://").split(":")
    bodies = [json.dumps({"query": f"{questions[i % len(questions)]} {tag}{i}"}, ensure_ascii=False).encode()
              for i in range(count)]
    statuses: dict[int, int] = {}

    async def main() -> None:
        await asyncio.gather(*(_connection(host, int(port), bodies, statuses) for _ in range(connections)))

    asyncio.run(main())
    return statuses


def measure(server: Process, questions: list[str], count: int, connections: int, tag: str) -> dict[str, float]:
    """CPU ms per ask of ``server`` over one batch, the batch's wall time and its statuses."""
    pid = server.proc.pid
    threads0, cpu0, wall0 = thread_cpu(pid), cpu_seconds(pid), time.perf_counter()
    statuses = send_batch(server.url, questions, count, connections, tag)
    cpu1, wall1, threads1 = cpu_seconds(pid), time.perf_counter(), thread_cpu(pid)
    refused = count - statuses.get(200, 0)  # e.g. a 503 when a loaded machine starves a request: reported
    return {"cpu_ms": (cpu1 - cpu0) * 1000 / count, "wall_s": wall1 - wall0, "refused": refused,
            **{f"{group}_ms": ms for group, ms in split_ms(threads0, threads1, count).items()}}


def _split(measured: dict[str, float]) -> str:
    return " ".join(f"{group} {measured.get(f'{group}_ms', 0.0):.2f}"
                    for group in (*(label for label, _ in THREAD_GROUPS), "other"))


def node(home: Path, pythonpath: str | None) -> Process:
    """One node process (one worker), on the sources at ``pythonpath`` when given."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": pythonpath} if pythonpath else None
    return Process([sys.executable, "-m", "luytre", "serve", "--home", str(home), "--port", str(port)],
                   f"http://127.0.0.1:{port}", "/healthz", env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--asks", type=int, default=2000, help="asks per batch (default 2000)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--home", type=Path, help="a home built by an earlier run (default: build one)")
    parser.add_argument("--pythonpath", help="run the node from these sources (before/after pairs)")
    parser.add_argument("--workload", choices=("triage", "mixed", "both"), default="both")
    args = parser.parse_args()
    questions = triage_questions()
    workloads = {"triage": questions, "mixed": mixed(questions)}
    if args.workload != "both":
        workloads = {args.workload: workloads[args.workload]}
    home = args.home or triage_home()
    ours, bare = node(home, args.pythonpath), peer(1)
    rows: dict[str, list[tuple[dict[str, float], dict[str, float]]]] = {name: [] for name in workloads}
    load_before = os.getloadavg()[0]
    try:
        # First answers load caches and models; the mixed workload's also the name tagger (seconds of CPU, once)
        for name, workload in workloads.items():
            send_batch(ours.url, workload, 200, args.connections, f"warm-{name}-")
            send_batch(bare.url, workload, 200, args.connections, f"warm-{name}-")
        for round_number in range(args.rounds):
            for name, workload in workloads.items():
                tag = f"r{round_number}-"
                mine = measure(ours, workload, args.asks, args.connections, tag)
                theirs = measure(bare, workload, args.asks, args.connections, tag)
                rows[name].append((mine, theirs))
                print(f"round {round_number + 1} {name}: node {mine['cpu_ms']:.3f} ms/ask ({_split(mine)}), "
                      f"peer {theirs['cpu_ms']:.3f} ms/ask", flush=True)
    finally:
        ours.stop()
        bare.stop()
    load_after = os.getloadavg()[0]
    print(f"\nCPU time per POST /v1/ask (server process, all threads), {args.asks} asks x {args.rounds} rounds, "
          f"{args.connections} connections; load average {load_before:.1f} -> {load_after:.1f}"
          + (f"; node from {args.pythonpath}" if args.pythonpath else ""))
    print(f"{'workload':<10}{'node ms':>10}{'peer ms':>10}{'peer/node':>11}   rounds (node/peer ms)")
    for name, pairs in rows.items():
        node_ms = statistics.median(m["cpu_ms"] for m, _ in pairs)
        peer_ms = statistics.median(t["cpu_ms"] for _, t in pairs)
        each = ", ".join(f"{m['cpu_ms']:.2f}/{t['cpu_ms']:.2f}" for m, t in pairs)
        refused = sum(m["refused"] + t["refused"] for m, t in pairs)
        print(f"{name:<10}{node_ms:>10.3f}{peer_ms:>10.3f}{peer_ms / node_ms:>10.2f}x   {each}"
              + (f"   ({refused} not answered 200)" if refused else ""))
        medians = {f"{group}_ms": statistics.median(m.get(f"{group}_ms", 0.0) for m, _ in pairs)
                   for group in (*(label for label, _ in THREAD_GROUPS), "other")}
        print(f"{'':<10}by thread, medians: {_split(medians)}")
    print("peer/node is the throughput ratio a CPU-bound node would reach beside its peer (target >= 0.35x)")


if __name__ == "__main__":
    main()
