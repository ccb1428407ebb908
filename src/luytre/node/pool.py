"""The bounded worker pool every request's CPU work runs in.

The event loop only parses, waits and writes: scanning, routing, policy and the
expert run here, on ``workers`` threads with at most ``queue_limit`` requests
waiting. A request beyond that is refused at once with ``Overloaded`` (503 and
``Retry-After``) instead of queueing without end, so ``/healthz`` and requests
already admitted keep their latency while the node is saturated."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from luytre.errors import Overloaded
from luytre.threads import pin_threads

T = TypeVar("T")

__all__ = ["WorkerPool"]


class WorkerPool:
    """``workers`` threads and a queue of at most ``queue_limit`` waiting calls."""

    def __init__(self, *, workers: int, queue_limit: int, blas_threads: int = 1) -> None:
        self.workers, self.queue_limit = workers, queue_limit
        self._admitted = 0
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="luytre-worker",
                                            initializer=pin_threads, initargs=(blas_threads,))

    @property
    def pending(self) -> int:
        """Calls running or waiting."""
        return self._admitted

    def _admit(self) -> None:
        with self._lock:
            if self._admitted >= self.workers + self.queue_limit:
                raise Overloaded(f"this node is busy ({self._admitted} requests in progress or waiting); "
                                 "try again shortly", retry_after_s=1)
            self._admitted += 1

    def _release(self) -> None:
        with self._lock:
            self._admitted -= 1

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """``fn(*args)`` on a worker, or ``Overloaded`` at once when the queue is full."""
        self._admit()
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
        finally:
            self._release()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

