"""The bounded worker pool every request's CPU work runs in.

The event loop only parses, waits and writes: scanning, routing, policy and the
expert run here, on ``workers`` threads with at most ``queue_limit`` requests
waiting. A request beyond that is refused at once with ``Overloaded`` (503 and
``Retry-After``) instead of queueing without end, so ``/healthz`` and requests
already admitted keep their latency while the node is saturated.

A call may carry a CPU budget: the event loop watches the worker thread's own CPU
clock and answers ``CpuBudgetExceeded`` as soon as the call has spent more, without
waiting for it. A thread cannot be killed, so the call is abandoned, not stopped:
the work checks the same budget between its stages (``CpuBudget.check``) and ends at
the next one, and its worker stays counted as busy until then, so the pool never
admits more work than it has threads and queue for."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from luytre.errors import CpuBudgetExceeded, Overloaded
from luytre.threads import pin_threads

T = TypeVar("T")

__all__ = ["CpuBudget", "WorkerPool"]

WATCH_INTERVAL_S = 0.02  # how often the event loop reads a long call's CPU clock


@dataclass(frozen=True)
class CpuBudget:
    """``seconds`` of CPU time for one request, set by the config key ``key``."""

    seconds: float
    key: str

    def exceeded(self, spent_s: float, stage: str) -> CpuBudgetExceeded:
        return CpuBudgetExceeded(f"the request used {spent_s:.2f} s of CPU time ({stage}), over this "
                                 f"node's {self.seconds:g} s per request ({self.key}); send a shorter or simpler "
                                 "request", limit_s=self.seconds, config_key=self.key, stage=stage)

    def check(self, started_cpu_s: float, stage: str) -> None:
        """Raise ``CpuBudgetExceeded`` if this thread spent the budget since ``started_cpu_s`` (its
        ``time.thread_time()`` when the request began): the cooperative check between stages."""
        spent = time.thread_time() - started_cpu_s
        if spent > self.seconds:
            raise self.exceeded(spent, stage)


class _Clock:
    """The CPU clock of the worker thread running one call, read from the event loop."""

    def __init__(self) -> None:
        self.clock_id: int | None = None
        self.started = 0.0
        self.finished = False

    def start(self) -> None:
        self.clock_id = time.pthread_getcpuclockid(threading.get_ident())
        self.started = time.clock_gettime(self.clock_id)

    def spent(self) -> float:
        if self.clock_id is None or self.finished:  # still queued, or done: nothing to charge
            return 0.0
        return time.clock_gettime(self.clock_id) - self.started


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
        """Calls running or waiting (abandoned ones included, until they return)."""
        return self._admitted

    def _admit(self) -> None:
        with self._lock:
            if self._admitted >= self.workers + self.queue_limit:
                raise Overloaded(f"this node is busy ({self._admitted} requests in progress or waiting); "
                                 "try again shortly", retry_after_s=1)
            self._admitted += 1

    def _release(self, future: Future[Any] | asyncio.Future[Any]) -> None:
        with self._lock:
            self._admitted -= 1
        if not future.cancelled():
            future.exception()  # an abandoned call's error is retrieved here, not logged as lost

    async def run(self, fn: Callable[..., T], *args: object, budget: CpuBudget | None = None) -> T:
        """``fn(*args)`` on a worker, or ``Overloaded`` at once when the queue is full; with a ``budget``,
        ``CpuBudgetExceeded`` as soon as the call has spent it (see the module's docstring)."""
        self._admit()
        clock = _Clock()

        def call() -> T:
            clock.start()
            try:
                return fn(*args)
            finally:
                clock.finished = True

        try:
            future = self._executor.submit(call)
        except RuntimeError:  # the pool is shut down
            with self._lock:
                self._admitted -= 1
            raise
        future.add_done_callback(self._release)
        waiting = asyncio.wrap_future(future)  # cancelling it (client gone) drops a call still queued
        if budget is None:
            return await waiting
        while True:
            try:
                done, _ = await asyncio.wait({waiting}, timeout=WATCH_INTERVAL_S)
            except asyncio.CancelledError:  # the client went away: drop the call if it is still queued
                waiting.cancel()
                raise
            if done:
                return waiting.result()
            spent = clock.spent()
            if spent > budget.seconds:
                waiting.add_done_callback(_retrieve)
                raise budget.exceeded(spent, "while running; abandoned")

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
