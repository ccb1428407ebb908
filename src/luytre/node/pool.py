"""The bounded worker pool every request's CPU work runs in, shared fairly between clients.

The event loop only parses, waits and writes: scanning, routing, policy and the
expert run here, on ``workers`` threads with at most ``queue_limit`` requests
waiting. A request beyond that is refused at once with ``Overloaded`` (503 and
``Retry-After``) instead of queueing without end, so ``/healthz`` and requests
already admitted keep their latency while the node is saturated.

Fair share between clients (a client is a client key, else an address: ``CLIENT``,
set by the limits middleware for each request). One client sending expensive texts
must not take the pool from the others, so:

- while another client has asked within the last ``ACTIVE_S``, a client runs at most
  ``client_workers`` calls at once (alone, it may use every worker);
- a client has at most ``client_workers + client_queue`` calls admitted, running or
  waiting; beyond that its next one is refused with ``RateLimited`` (429), while
  other clients still find room in the queue;
- a free worker takes the waiting call of the client that used the least CPU time
  lately (each call's own thread CPU time, halved every ``CPU_HALF_LIFE_S``), oldest
  first within a client: a cheap client's ask overtakes an expensive client's queue;
- while ``n`` clients are present, a client whose recent CPU use is over ``1/(n+1)`` of
  one core (the event loop counts as one more party) waits, even with a worker free.
  Threads share one interpreter lock, so a second worker is no second core: without
  this ceiling, a client that keeps one worker busy with expensive texts slows every
  hand-over of the others' requests, although it keeps to its share of workers.

Python threads share one interpreter lock, so the pool also shortens the interval
after which a running thread must hand it over (``switch_interval_s``): a worker deep
in an expensive text then delays the event loop and the other worker by about a
millisecond per hand-over instead of five.

A call may carry a CPU budget: the event loop watches the worker thread's own CPU
clock and answers ``CpuBudgetExceeded`` as soon as the call has spent more, without
waiting for it. A thread cannot be killed, so the call is abandoned, not stopped:
the work checks the same budget between its stages (``CpuBudget.check``) and ends at
the next one, and its worker stays counted as busy (and its CPU time charged to its
client) until then, so the pool never admits more work than it has threads and queue for."""

from __future__ import annotations

import asyncio
import collections
import itertools
import math
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from luytre.errors import CpuBudgetExceeded, Overloaded, RateLimited
from luytre.threads import name_os_thread, pin_threads

T = TypeVar("T")

__all__ = ["CLIENT", "CpuBudget", "WorkerPool"]

WATCH_INTERVAL_S = 0.02  # how often the event loop reads a long call's CPU clock
ACTIVE_S = 2.0  # a client that asked this recently counts as present: the others keep to their share
CPU_HALF_LIFE_S = 1.0  # how fast a client's CPU use is forgiven: the ceiling acts within about a second
CPU_AT_ONE_CORE_S = CPU_HALF_LIFE_S / math.log(2)  # a client's decayed CPU use when it keeps one core busy
MAX_TRACKED_CLIENTS = 10_000  # idle clients beyond this are forgotten, oldest first
MAX_PRESENT_READ = 256  # idle clients read per pick: bounds the pick's cost when many clients come and go

CLIENT: ContextVar[str] = ContextVar("luytre_client", default="local")  # who the current request's work is for


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
        clock_id = time.pthread_getcpuclockid(threading.get_ident())
        self.started = time.clock_gettime(clock_id)
        # Published last: read between the two, the clock would charge the call with all the CPU time its
        # worker thread ever spent (seconds, after a few thousand asks) and refuse it as over budget.
        self.clock_id = clock_id

    def spent(self) -> float:
        if self.clock_id is None or self.finished:  # still queued, or done: nothing to charge
            return 0.0
        return time.clock_gettime(self.clock_id) - self.started


@dataclass(eq=False)
class _Call:
    run: Callable[[], Any]
    future: Future[Any]
    clock: _Clock


@dataclass(eq=False)
class _Client:
    """One client's calls in the pool and its recent CPU use."""

    waiting: collections.deque[_Call] = field(default_factory=collections.deque)
    running: int = 0
    admitted: int = 0  # waiting + running (abandoned calls included, until they return)
    cpu_s: float = 0.0  # decayed CPU seconds, as of ``charged_at``
    charged_at: float = 0.0
    seen: float = 0.0

    def cpu(self, now: float) -> float:
        return float(self.cpu_s * 0.5 ** ((now - self.charged_at) / CPU_HALF_LIFE_S))


class WorkerPool:
    """``workers`` threads and a queue of at most ``queue_limit`` waiting calls, shared fairly between
    clients (see the module's docstring): ``client_workers`` running and ``client_queue`` waiting per
    client while others are present."""

    def __init__(self, *, workers: int, queue_limit: int, blas_threads: int = 1, client_workers: int | None = None,
                 client_queue: int | None = None, switch_interval_s: float | None = None) -> None:
        self.workers, self.queue_limit = workers, queue_limit
        self.client_workers = client_workers if client_workers is not None else max(1, workers // 2)
        self.client_queue = client_queue if client_queue is not None else queue_limit
        self._admitted = 0
        self._clients: collections.OrderedDict[str, _Client] = collections.OrderedDict()  # least recently seen first
        self._busy: dict[str, _Client] = {}  # clients with calls admitted: the only ones a worker looks at
        self._ready = threading.Condition()
        self._closed = False
        if switch_interval_s is not None:
            sys.setswitchinterval(switch_interval_s)
        self._threads = [threading.Thread(target=self._work, args=(blas_threads,), name=f"luytre-worker-{i}",
                                          daemon=True) for i in range(workers)]
        for thread in self._threads:
            thread.start()

    @property
    def pending(self) -> int:
        """Calls running or waiting (abandoned ones included, until they return)."""
        return self._admitted

    def _admit(self, name: str, call: _Call) -> None:
        now = time.monotonic()
        with self._ready:
            if self._closed:
                raise RuntimeError("the worker pool is shut down")
            if self._admitted >= self.workers + self.queue_limit:
                raise Overloaded(f"this node is busy ({self._admitted} requests in progress or waiting); "
                                 "try again shortly", retry_after_s=1)
            client = self._clients.pop(name, None) or _Client(charged_at=now)
            self._clients[name] = client  # most recently seen last
            client.seen = now
            if client.admitted >= self.client_workers + self.client_queue:
                raise RateLimited(f"this client has {client.admitted} requests in progress or waiting, its share "
                                  f"of this node (limits.client_workers + limits.client_queue); wait for them",
                                  retry_after_s=1)
            self._admitted += 1
            client.admitted += 1
            client.waiting.append(call)
            self._busy[name] = client
            self._forget_idle()
            self._ready.notify()

    def _forget_idle(self) -> None:
        while len(self._clients) > MAX_TRACKED_CLIENTS:
            name, oldest = next(iter(self._clients.items()))
            if oldest.admitted:
                break
            del self._clients[name]

    def _next(self) -> tuple[str, _Call] | float | None:
        """The call a free worker takes: from the client with the least recent CPU use among those with a
        call waiting, fewer running calls than their share (every worker for a client alone) and recent CPU
        use under the ceiling (``_ceiling``). Else the seconds until a client held at its ceiling may run
        again, or None when no call waits."""
        now = time.monotonic()
        present = self._present(now)
        share = self.client_workers if len(present) > 1 else self.workers
        ceiling = _ceiling(len(present))
        best: tuple[float, str, _Client] | None = None
        wait: float | None = None
        for name, client in self._busy.items():
            if client.waiting and client.running < share:
                used = present[name]
                if used > ceiling:
                    until = CPU_HALF_LIFE_S * math.log2(used / ceiling)
                    wait = until if wait is None else min(wait, until)
                elif best is None or used < best[0]:
                    best = (used, name, client)
        if best is None:
            return wait
        _, name, client = best
        client.running += 1
        return name, client.waiting.popleft()

    def _present(self, now: float) -> dict[str, float]:
        """The recent CPU use of each client with calls admitted or that asked within ``ACTIVE_S`` (the most
        recently seen are last, so only they are read, at most ``MAX_PRESENT_READ`` of them)."""
        present = {name: client.cpu(now) for name, client in self._busy.items()}
        for name in itertools.islice(reversed(self._clients), MAX_PRESENT_READ):
            client = self._clients[name]
            if now - client.seen >= ACTIVE_S:
                break
            present.setdefault(name, client.cpu(now))
        return present

    def _work(self, blas_threads: int) -> None:
        name_os_thread()
        pin_threads(blas_threads)
        while True:
            with self._ready:
                picked = self._next()
                while not isinstance(picked, tuple) and not self._closed:
                    self._ready.wait(picked)  # None: until notified; a float: until a held client may run
                    picked = self._next()
                if not isinstance(picked, tuple):
                    return
            name, call = picked
            started = time.thread_time()
            try:
                if call.future.set_running_or_notify_cancel():  # not cancelled while it waited
                    try:
                        call.future.set_result(call.run())
                    except BaseException as exc:  # handed to the waiting request, as an executor would
                        call.future.set_exception(exc)
            finally:
                self._done(name, time.thread_time() - started)

    def _done(self, name: str, cpu_s: float) -> None:
        now = time.monotonic()
        with self._ready:
            client = self._clients.get(name)
            if client is not None:
                client.running -= 1
                client.admitted -= 1
                client.cpu_s, client.charged_at = client.cpu(now) + cpu_s, now
                if not client.admitted:
                    self._busy.pop(name, None)
            self._admitted -= 1
            self._ready.notify()  # a call held back by its client's share may go now

    async def run(self, fn: Callable[..., T], *args: object, budget: CpuBudget | None = None,
                  abandoned: Callable[[str, Future[Any]], None] | None = None) -> T:
        """``fn(*args)`` on a worker for the current ``CLIENT``, or ``Overloaded`` at once when the queue (or
        the client's share of it) is full; with a ``budget``, ``CpuBudgetExceeded`` as soon as the call has
        spent it (see the module's docstring). When the caller stops waiting for a call that has started
        (``"cpu_budget_exceeded"``, or ``"cancelled"``: the request was cancelled), ``abandoned(reason, future)``
        is called at once, on the event loop, with the future the call will end in."""
        clock = _Clock()

        def call() -> T:
            clock.start()
            try:
                return fn(*args)
            finally:
                clock.finished = True

        future: Future[T] = Future()
        self._admit(CLIENT.get(), _Call(call, future, clock))
        waiting = asyncio.wrap_future(future)  # cancelling it (client gone) drops a call still queued
        waiting.add_done_callback(_retrieve)  # an abandoned call's error is retrieved, not logged as lost
        # A thread cannot spend more CPU time than the wall time since it started: no clock is read before
        # the budget's seconds have passed since admission (most asks end long before; each watch costs a
        # timer and a wait on the loop), then every WATCH_INTERVAL_S.
        timeout = budget.seconds if budget else None
        while True:
            try:
                done, _ = await asyncio.wait({waiting}, timeout=timeout)
            except asyncio.CancelledError:  # the request was cancelled: drop the call if it is still queued
                if not future.cancel() and abandoned is not None:
                    abandoned("cancelled", future)
                raise
            if done:
                return waiting.result()
            timeout = WATCH_INTERVAL_S
            spent = clock.spent()
            if budget is not None and spent > budget.seconds:
                if abandoned is not None:
                    abandoned("cpu_budget_exceeded", future)
                raise budget.exceeded(spent, "while running; abandoned")

    def shutdown(self) -> None:
        """Stop the workers once their running calls return; calls still waiting are cancelled."""
        with self._ready:
            self._closed = True
            for client in self._busy.values():
                while client.waiting:
                    call = client.waiting.popleft()
                    call.future.cancel()
                    client.admitted -= 1
                    self._admitted -= 1
            self._ready.notify_all()


def _ceiling(present: int) -> float:
    """The most recent CPU use a client may have and still be given a worker while ``present`` clients ask:
    an equal share of one core, with the event loop, which reads and writes every client's requests,
    counted as one more party on the interpreter lock. Alone, no ceiling."""
    return CPU_AT_ONE_CORE_S / (present + 1) if present > 1 else math.inf


def _retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
