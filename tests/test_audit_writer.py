"""The audit commit never holds the event loop: with several processes on one SQLite file, a commit that meets
another process's write lock waits in SQLite's busy handler, and only the entries of its batch wait with it."""

import shutil
import sqlite3
import threading
import time

import httpx

from conftest import RunningNode, exempt_loopback

HELD_S = 3.0  # under the store's busy timeout (5 s): the held commit then succeeds
QUESTION = "tôi bị sốt và ho ba ngày nay, có cần đi khám không"


def test_a_commit_waiting_for_another_process_holds_only_its_own_batch(reference_home, tmp_path):
    """Another process holds the store's write lock (as another worker process's commit does, here for seconds):
    the node keeps answering /healthz at once while an answered ask waits for its audit commit; the ask is
    answered only once its entry is stored, after the lock is released."""
    home = tmp_path / "home"
    shutil.copytree(reference_home, home)
    exempt_loopback(home)
    node = RunningNode(home)
    try:
        with httpx.Client(timeout=60) as client:
            assert client.post(f"{node.url}/v1/ask", json={"query": QUESTION}).status_code == 200  # warm
            other = sqlite3.connect(home / "luytre.db", timeout=30, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")  # the write lock, as a commit of another process holds it
            held_at = time.monotonic()
            answered: dict = {}

            def ask() -> None:
                answered["response"] = client.post(f"{node.url}/v1/ask", json={"query": f"{QUESTION} (2)"})
                answered["at"] = time.monotonic()

            asking = threading.Thread(target=ask)
            asking.start()
            health = []
            while time.monotonic() - held_at < HELD_S - 0.5:
                started = time.monotonic()
                assert client.get(f"{node.url}/healthz").status_code == 200
                health.append(time.monotonic() - started)
                time.sleep(0.1)
            other.execute("COMMIT")
            other.close()
            asking.join(60)
        # The event loop answered throughout. A loop running the commit itself waits in SQLite's busy handler
        # for the lock this test holds while the test waits for /healthz, until the busy timeout refuses the
        # ask (503): what the code before the writer thread did.
        assert len(health) >= 3 and max(health) < 1.5, health
        response = answered["response"]
        assert response.status_code == 200 and response.json()["audit_seq"] >= 2
        assert answered["at"] - held_at >= HELD_S - 0.5  # not answered while its entry could not be written
        assert response.json()["timings_ms"]["audit"] >= 1000  # answered early, then waited for its commit
    finally:
        node.stop()
