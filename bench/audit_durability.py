"""What `database.sqlite_synchronous = "full"` costs on the audit append path, beside the default "normal".

Each level appends the same entries to its own fresh SQLite log (WAL), alternating the levels round by round so
that a busy machine weighs on both alike: one entry per transaction (a lone request), then batches of 8 (the
node's group commit under load). Prints the wall time per commit (median, p95) and the ratio full / normal.

    .venv/bin/python bench/audit_durability.py [--commits 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from luytre.sovereignty.audit import AuditLog
from luytre.store.database import Registry

LEVELS = ("normal", "full")


def commit_times(folder: Path, level: str, commits: int, batch: int) -> list[float]:
    """Seconds per ``append_many`` of ``batch`` entries, ``commits`` times, on a new log at ``level``."""
    registry = Registry.create(f"sqlite:///{folder / f'{level}-{batch}.db'}", synchronous=level)
    log = AuditLog(registry, Ed25519PrivateKey.generate(), "lt-bench")
    entry = {"event": "ask", "actor": "anonymous", "expert": "vn-health-triage", "decision": "allow",
             "query_hmac": log.query_digest("tôi bị sốt cao ba ngày nay")}
    times = []
    try:
        for _ in range(commits):
            started = time.perf_counter()
            log.append_many([entry] * batch)
            times.append(time.perf_counter() - started)
    finally:
        registry.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="luytre-bench-durability-") as tmp:
        print(f"SQLite WAL, {args.commits} commits per level and round, {args.rounds} rounds, in {tmp}")
        for batch in (1, 8):
            times: dict[str, list[float]] = {level: [] for level in LEVELS}
            for round_ in range(args.rounds):
                for level in LEVELS if round_ % 2 == 0 else reversed(LEVELS):
                    folder = Path(tmp) / f"r{round_}"
                    folder.mkdir(exist_ok=True)
                    times[level] += commit_times(folder, level, args.commits, batch)
            figures = {level: (statistics.median(t) * 1000, statistics.quantiles(t, n=20)[18] * 1000)
                       for level, t in times.items()}
            for level, (median, p95) in figures.items():
                print(f"batch {batch}: {level:6} median {median:7.3f} ms  p95 {p95:7.3f} ms per commit")
            print(f"batch {batch}: full / normal = {figures['full'][0] / figures['normal'][0]:.2f} (median), "
                  f"{figures['full'][1] / figures['normal'][1]:.2f} (p95)")


if __name__ == "__main__":
    main()
