"""Child process of the resource gate: ``python -m luytre.vetting.probe PACKAGE RSS_LIMIT_MB``.

Loads the package and answers ``ANSWERS`` questions, cycling through its examples, under an
address-space cap and a CPU-time cap, then prints one JSON line: the memory the
expert added over a bare interpreter with luytre loaded, and its latencies.

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


def main(root: Path, rss_limit_mb: int, cpu_limit_s: int) -> None:
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    cap = (2 * rss_limit_mb + HEADROOM_MB) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_limit_s, cpu_limit_s + 1))
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


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
