"""Pinning NumPy/BLAS/OpenMP threads, for everything that serves or probes.

These libraries start one thread per core in every process. On a shared 2-core
machine with a neighbour busy, that made the retrieval expert answer in 1-2 s
instead of ~40 ms and the vetting probe refuse good packages; one thread per
worker keeps idle latency."""

from __future__ import annotations

import os
import threading

__all__ = ["THREAD_VARIABLES", "name_os_thread", "pin_threads", "thread_env"]

THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                    "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")


def thread_env(count: int) -> dict[str, str]:
    """Environment variables that start a child process's thread pools at ``count`` threads."""
    return dict.fromkeys(THREAD_VARIABLES, str(count))


def pin_threads(count: int) -> None:
    """Limit the pools of the libraries loaded so far to ``count`` threads, and those loaded later
    (through the environment, read when a library starts)."""
    from threadpoolctl import threadpool_limits

    for name in THREAD_VARIABLES:
        os.environ[name] = str(count)
    threadpool_limits(limits=count)


def name_os_thread() -> None:
    """Give the calling thread's Python name (its first 15 characters) to the operating system's view of it, so
    that ``top -H``, ``ps -L`` and ``/proc/<pid>/task/*/comm`` tell the node's threads apart (bench/ask_cpu.py
    splits a served ask's CPU time by them). Where there is no such file, nothing happens."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/comm", "w", encoding="utf-8") as comm:
            comm.write(threading.current_thread().name[:15])
    except OSError:
        pass
