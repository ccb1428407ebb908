"""The worker pool's fair share between clients (issue 15): one client sending expensive work cannot take
the pool from the others. Real threads; calls block on events, so the order is certain, not timed."""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time
from concurrent.futures import Future

import pytest

from luytre.errors import Overloaded, RateLimited
from luytre.node.pool import CLIENT, CpuBudget, WorkerPool

WAIT_S = 10.0  # bound on every wait, so a broken pool fails the test instead of hanging it


def _as(client: str, pool: WorkerPool, fn, *args, **kwargs) -> asyncio.Task:
    """A task running ``pool.run(fn, *args)`` for ``client`` (the limits middleware sets CLIENT per request)."""
    context = contextvars.copy_context()
    context.run(CLIENT.set, client)
    return asyncio.get_running_loop().create_task(pool.run(fn, *args, **kwargs), context=context)


async def _until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.005)


def _scenario(pool: WorkerPool, coro) -> None:
    try:
        asyncio.run(coro)
    finally:
        pool.shutdown()


def test_a_client_alone_uses_every_worker_but_only_its_share_once_another_asks():
    pool = WorkerPool(workers=2, queue_limit=16, client_workers=1)
    started: list[str] = []
    gates = {name: threading.Event() for name in ("a1", "a2", "a3", "b1")}

    def job(name: str) -> str:
        started.append(name)
        assert gates[name].wait(WAIT_S)
        return name

    async def scenario() -> None:
        a = [_as("address 203.0.113.1", pool, job, f"a{i}") for i in (1, 2, 3)]
        await _until(lambda: len(started) == 2, "a client alone runs on both workers")
        b = _as("address 203.0.113.2", pool, job, "b1")
        await asyncio.sleep(0.05)
        # both workers are still busy with a's first two calls (started in either order: two threads race)
        assert sorted(started) == ["a1", "a2"]
        gates["a1"].set()
        # The freed worker goes to b, not to a's third call: a already holds its share (one worker) while b asks.
        await _until(lambda: len(started) == 3, "the freed worker takes the next call")
        assert started[2] == "b1"
        for gate in gates.values():
            gate.set()
        assert await asyncio.gather(*a, b) == ["a1", "a2", "a3", "b1"]

    _scenario(pool, scenario())


def test_a_client_over_its_queue_share_is_refused_while_others_still_get_in():
    pool = WorkerPool(workers=1, queue_limit=8, client_workers=1, client_queue=2)
    gate = threading.Event()

    async def scenario() -> None:
        held = [_as("key heavy", pool, gate.wait, WAIT_S) for _ in range(3)]  # one running, two waiting
        await _until(lambda: pool.pending == 3, "three calls admitted")
        with pytest.raises(RateLimited, match="limits.client_queue") as refused:
            await _as("key heavy", pool, gate.wait, WAIT_S)
        assert refused.value.http_status == 429
        light = _as("key light", pool, lambda: "light")  # the node's queue still has room for others
        gate.set()
        assert await light == "light"
        assert await asyncio.gather(*held) == [True, True, True]

    _scenario(pool, scenario())


def test_a_free_worker_serves_the_client_that_used_the_least_cpu_first():
    pool = WorkerPool(workers=1, queue_limit=8)
    order: list[str] = []
    gate = threading.Event()

    def spin(cpu_s: float) -> None:
        started = time.thread_time()
        while time.thread_time() - started < cpu_s:
            sum(i * i for i in range(1000))

    def job(name: str) -> None:
        order.append(name)

    async def scenario() -> None:
        await _as("address heavy", pool, spin, 0.2)  # heavy has used CPU lately; light has not
        blocker = _as("address heavy", pool, gate.wait, WAIT_S)
        await _until(lambda: pool.pending == 1, "the worker is held")
        waiting = [_as("address heavy", pool, job, "heavy 1"), _as("address heavy", pool, job, "heavy 2")]
        await asyncio.sleep(0.02)
        waiting.append(_as("address light", pool, job, "light"))  # arrives last
        await asyncio.sleep(0.02)
        gate.set()
        await asyncio.gather(blocker, *waiting)
        assert order == ["light", "heavy 1", "heavy 2"]  # light overtakes; heavy's own calls keep their order

    _scenario(pool, scenario())


def test_a_client_over_its_cpu_share_waits_while_another_client_asks_even_with_a_worker_free():
    """Threads share one interpreter lock, so a client keeping a worker busy slows everyone's requests:
    with another client present it waits once its recent CPU use is over its share of one core (a third,
    with the event loop), then runs again as its use decays. Alone it is never held."""
    pool = WorkerPool(workers=2, queue_limit=8, client_workers=1)
    ran: list[str] = []

    def spin(cpu_s: float) -> None:
        started = time.thread_time()
        while time.thread_time() - started < cpu_s:
            sum(i * i for i in range(1000))

    async def scenario() -> None:
        await _as("address heavy", pool, spin, 1.6)  # alone: no ceiling, but its use is charged: held ~1.7 s
        await _as("address light", pool, ran.append, "light 1")
        held = _as("address heavy", pool, ran.append, "heavy")
        await asyncio.sleep(0.2)
        assert ran == ["light 1"] and pool.pending == 1  # both workers are free, yet heavy waits
        await _as("address light", pool, ran.append, "light 2")  # the light client is not held
        await asyncio.wait_for(held, WAIT_S)  # heavy's use decays below the ceiling (half-life 1 s)
        assert ran == ["light 1", "light 2", "heavy"]

    _scenario(pool, scenario())


def test_the_node_queue_limit_still_bounds_every_client_together():
    pool = WorkerPool(workers=1, queue_limit=1, client_queue=1)
    gate = threading.Event()

    async def scenario() -> None:
        held = [_as("address one", pool, gate.wait, WAIT_S), _as("address two", pool, gate.wait, WAIT_S)]
        await _until(lambda: pool.pending == 2, "one running, one waiting")
        with pytest.raises(Overloaded, match="busy") as refused:
            await _as("address three", pool, gate.wait, WAIT_S)
        assert refused.value.http_status == 503
        gate.set()
        await asyncio.gather(*held)

    _scenario(pool, scenario())


def test_abandoned_calls_are_reported_with_the_future_they_end_in():
    """A request that stops waiting for started work (budget spent, or cancelled) learns which future the
    work ends in, so the node can audit it; a call dropped while still queued reached nothing."""
    pool = WorkerPool(workers=1, queue_limit=4)
    gate = threading.Event()
    reported: list[tuple[str, Future]] = []

    def spin_then(cpu_s: float) -> str:
        started = time.thread_time()
        while time.thread_time() - started < cpu_s:
            sum(i * i for i in range(1000))
        return "finished"

    def record(reason: str, future: Future) -> None:
        reported.append((reason, future))

    async def scenario() -> None:
        with pytest.raises(Overloaded, match="limits.ask_cpu_s"):
            await pool.run(spin_then, 0.3, budget=CpuBudget(0.05, "limits.ask_cpu_s"), abandoned=record)
        assert [reason for reason, _ in reported] == ["cpu_budget_exceeded"]
        assert await asyncio.wrap_future(reported[0][1]) == "finished"  # the work ran on and its result is kept

        running = _as("local", pool, gate.wait, WAIT_S)
        await _until(lambda: pool.pending == 1, "the call runs")
        queued = _as("local", pool, gate.wait, WAIT_S, abandoned=record)
        await asyncio.sleep(0.02)
        queued.cancel()  # still waiting for a worker: dropped, nothing to report
        with pytest.raises(asyncio.CancelledError):
            await queued
        gate.set()
        assert await running is True
        assert [reason for reason, _ in reported] == ["cpu_budget_exceeded"]

        gate.clear()
        started = threading.Event()

        def start_then_wait() -> bool:
            started.set()
            return gate.wait(WAIT_S)

        task = _as("local", pool, start_then_wait, abandoned=record)
        await _until(started.is_set, "the call runs")  # admitted is not enough: a queued call is only dropped
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert [reason for reason, _ in reported] == ["cpu_budget_exceeded", "cancelled"]
        gate.set()
        assert await asyncio.wrap_future(reported[1][1]) is True

    _scenario(pool, scenario())
