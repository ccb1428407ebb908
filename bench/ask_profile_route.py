"""CPU time of the routing stage (``Router.route``, claims included) per question, and each expert's share of it,
measured with the thread's CPU clock in one process: on a loaded machine a wall-clock percentile measures the
neighbours, a thread's CPU time much less so.

    .venv/bin/python bench/ask_profile_route.py --packages DIR [--pythonpath OLD/src] [--sets dev test blind14]

``--packages`` holds the experts and trained router of ``bench/routing.py`` (built there when missing). Every
question of the sets is routed ``--rounds`` times, each time with a unique number appended so no per-text cache
answers a repeat. Printed: mean, p50, p90 and p99 in ms, and per expert its share of the routing time, its mean
cost per claim and its claims per route. Run old and new sources alternately (``--pythonpath``) for a
before/after pair. A set whose folder holds a ``BLIND`` file is refused.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SETS = ("dev", "test", "blind12", "blind13", "blind14")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path, required=True)
    parser.add_argument("--pythonpath", type=Path, help="import luytre from this source folder instead")
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if args.pythonpath:
        sys.path.insert(0, str(args.pythonpath.resolve()))
    sys.path.insert(0, str(Path(__file__).parent))
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    import luytre
    from luytre.routing.router import cached_router
    from routing import build_experts, load_experts, read_set, set_path

    experts = load_experts(build_experts(args.packages))
    examples = {eid: list(e.manifest.examples) for eid, e in experts.items()}
    router = cached_router(args.packages / "router-cache", examples, 0.3, claimers=experts,
                           versions={eid: e.manifest.version for eid, e in experts.items()})
    router.compose_min = 0.4
    questions = []
    for name in args.sets:
        if (set_path(name).parent / "BLIND").exists():
            raise SystemExit(f"{name} is blind (its BLIND file): not read")
        questions += [item["query"] for item in read_set(name)]
    for n, q in enumerate(questions[:300]):  # warm-up: lazily built tables, caches of the experts' own data
        router.route(f"{q} #w{n}", experts)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()

    def timed(eid: str, claim: Callable):  # type: ignore[no-untyped-def, type-arg]
        def wrapper(query: str):  # type: ignore[no-untyped-def]
            started = time.thread_time()
            try:
                return claim(query)
            finally:
                spent[eid] += time.thread_time() - started
                calls[eid] += 1
        return wrapper

    for eid, expert in experts.items():
        expert.claim = timed(eid, expert.claim)  # type: ignore[method-assign]
    samples = []
    for r in range(args.rounds):
        for n, q in enumerate(questions):
            started = time.thread_time()
            router.route(f"{q} #{r}.{n}", experts)
            samples.append(time.thread_time() - started)
    total = sum(samples)
    q = statistics.quantiles(samples, n=100)
    with open("/proc/loadavg", encoding="ascii") as f:
        load = " ".join(f.read().split()[:3])
    print(f"luytre from {Path(luytre.__file__).parent}; {len(samples)} routings ({len(questions)} questions of "
          f"{', '.join(args.sets)} x {args.rounds}); load average {load}")
    print(f"route CPU ms: mean {1000 * total / len(samples):.3f}  p50 {1000 * q[49]:.3f}  p90 {1000 * q[89]:.3f}  "
          f"p99 {1000 * q[98]:.3f}")
    for eid in sorted(spent, key=lambda e: -spent[e]):
        print(f"  {eid:20} {100 * spent[eid] / total:5.1f}% of routing  {1000 * spent[eid] / calls[eid]:.3f} ms per "
              f"claim  {calls[eid] / len(samples):.2f} claims per route")


if __name__ == "__main__":
    main()
