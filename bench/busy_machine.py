"""`luytre demo` (which builds, signs, vets and installs every reference expert) beside CPU burners.

Issue 15: with BLAS threads unpinned and wall-clock probe budgets, a busy 2-core
machine made the vetting probe refuse good packages and `luytre demo` fail. This
starts ``--burners`` processes that spin on the CPU, runs `luytre demo --no-serve`
into a fresh home, stops the burners by PID and prints whether every expert was
admitted, with each probe's CPU p95 and wall p95 beside its budget.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def burn() -> None:
    while True:
        sum(i * i for i in range(10_000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burners", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed for luytre demo")
    args = parser.parse_args()
    burners = [multiprocessing.Process(target=burn, daemon=True) for _ in range(args.burners)]
    for process in burners:
        process.start()
    home = Path(tempfile.mkdtemp(prefix="luytre-busy-")) / "home"
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "luytre", "demo", "--no-serve", "--home", str(home)],
                              capture_output=True, text=True, timeout=args.timeout,
                              env={**os.environ, "NO_COLOR": "1"})
    except subprocess.TimeoutExpired:
        installed = sorted(p.name for p in (home / "experts").glob("*")) if (home / "experts").is_dir() else []
        print(f"luytre demo beside {args.burners} CPU burners did not finish within {args.timeout:g} s "
              f"(load average {os.getloadavg()[0]:.1f}); installed by then: {', '.join(installed) or 'none'}")
        sys.exit(1)
    finally:
        for process in burners:
            os.kill(process.pid, signal.SIGTERM)
            process.join()
    elapsed = time.monotonic() - started
    print(f"luytre demo beside {args.burners} CPU burners: exit {done.returncode} in {elapsed:.0f} s "
          f"(load average {os.getloadavg()[0]:.1f})")
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:])
        sys.exit(1)
    listing = subprocess.run([sys.executable, "-m", "luytre", "expert", "list", "--json", "--home", str(home)],
                             capture_output=True, text=True, timeout=300)
    for expert in json.loads(listing.stdout):
        resources = next((c for c in (expert.get("vetting") or {}).get("checks", []) if c["name"] == "resources"),
                         {})
        print(f"  {expert['id']:<22} admitted; {resources.get('detail', '')}")


if __name__ == "__main__":
    main()
