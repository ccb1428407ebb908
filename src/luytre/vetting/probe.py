"""Child process of the admission gate, run under an address-space cap and a CPU-time cap:

    python -m luytre.vetting.probe static PACKAGE MAX_PACKAGE_BYTES MEMORY_MB CPU_S
    python -m luytre.vetting.probe exercise PACKAGE RSS_LIMIT_MB CPU_S
    python -m luytre.vetting.probe evaluate PACKAGE RSS_LIMIT_MB CPU_S < ROWS.json

``static`` opens the package as ``ExpertPackage.open`` does (file tree, every artifact's
format parsed from its bytes, the manifest) and prints the files it found or the refusal:
a parser bomb (a nested archive, a lying header) then costs this child its memory cap,
never the server's memory. ``exercise`` loads the expert and answers ``ANSWERS`` questions,
cycling through its examples, and prints the memory the expert added over a bare
interpreter with luytre loaded, and its latencies. ``evaluate`` loads the expert and answers the
operator's labeled rows (``[[text, label], ...]`` on stdin) and prints how many it got right: the
package is not trusted yet, so it never runs in the installing process.

Latency is measured as this thread's CPU time per answer, with BLAS/OpenMP pinned to the
node's thread count (the parent sets them in the environment): wall time on a shared machine
measures the neighbours as much as the expert, and refused good packages when one was busy.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from dataclasses import asdict
from pathlib import Path

ANSWERS = 200
HEADROOM_MB = 1024  # address space is not RSS: libraries reserve far more than they touch


def _peak_rss_mb() -> float:
    # VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over from the parent across fork
    # and exec, so a child of a big process would report the parent's peak.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _current_rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / (1024 * 1024)


def _cap(memory_mb: int, cpu_s: int) -> None:
    cap = (memory_mb + HEADROOM_MB) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))


def static(root: Path, max_package_bytes: int, memory_mb: int, cpu_s: int) -> None:
    from luytre.errors import LuytreError
    from luytre.experts.package import ExpertPackage

    _cap(memory_mb, cpu_s)
    try:
        package = ExpertPackage.open(root, max_bytes=max_package_bytes)
    except LuytreError as exc:
        print(json.dumps({"refused": type(exc).__name__, "message": exc.message}))
        return
    except MemoryError:
        print(json.dumps({"refused": "UnsafeArtifact", "message": "parsing the package's files ran out of the "
                          f"static check's memory cap ({memory_mb} MB; vetting.max_rss_mb) (artifacts check)"}))
        return
    print(json.dumps({"files": [asdict(f) for f in package.files]}))


def exercise(root: Path, rss_limit_mb: int, cpu_s: int) -> None:
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    _cap(2 * rss_limit_mb, cpu_s)
    package = ExpertPackage.open(root)
    baseline = _current_rss_mb()
    expert = load_expert(package)
    examples = package.manifest.examples
    latencies, walls = [], []
    for i in range(ANSWERS):
        start, wall = time.thread_time(), time.perf_counter()
        expert.answer(examples[i % len(examples)])
        latencies.append((time.thread_time() - start) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    print(json.dumps({"peak_rss_mb": round(_peak_rss_mb() - baseline, 1), "baseline_rss_mb": round(baseline, 1),
                      "p95_ms": round(statistics.quantiles(latencies, n=20)[18], 3),
                      "p95_wall_ms": round(statistics.quantiles(walls, n=20)[18], 3), "answers": len(latencies)}))


def evaluate(root: Path, rss_limit_mb: int, cpu_s: int) -> None:
    from luytre.errors import LuytreError
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    rows = json.load(sys.stdin)  # written by the parent from the operator's file, before the caps
    _cap(2 * rss_limit_mb, cpu_s)
    right = 0
    try:
        expert = load_expert(ExpertPackage.open(root))
        for text, label in rows:
            result = expert.answer(text).result or {}
            if "label" not in result:
                print(json.dumps({"unlabeled": True}))
                return
            right += result["label"] == label
    except LuytreError as exc:
        print(json.dumps({"refused": type(exc).__name__, "message": exc.message}))
        return
    except MemoryError:
        print(json.dumps({"refused": "PackageError", "message": "evaluating the expert ran out of the child "
                          f"process's memory cap (from {rss_limit_mb} MB: the manifest's budget.max_rss_mb, at most "
                          "vetting.max_rss_mb)"}))
        return
    from threadpoolctl import threadpool_info

    threads = max([pool["num_threads"] for pool in threadpool_info()] or [1])  # as pinned by the parent
    print(json.dumps({"right": right, "total": len(rows), "threads": threads}))


if __name__ == "__main__":
    mode, package_root, *numbers = sys.argv[1:]
    if mode == "static":
        static(Path(package_root), *(int(n) for n in numbers))
    elif mode == "evaluate":
        evaluate(Path(package_root), *(int(n) for n in numbers))
    else:
        exercise(Path(package_root), *(int(n) for n in numbers))
