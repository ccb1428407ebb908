"""The audit append's statements run on the driver's cursor (``Registry.driver``) inside SQLAlchemy's transaction:
the same rows, the same transaction (a failed append leaves nothing), and a locked database still reported as
SQLAlchemy reports it, on SQLite and on PostgreSQL."""

import sqlite3

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from luytre.errors import StoreBusy
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import Registry

ROWS = text("SELECT key, value FROM registry_state WHERE value >= :least ORDER BY key")
SET = text("INSERT INTO registry_state (key, value) VALUES (:key, :value)")


@pytest.fixture
def registry(tmp_path, new_database):
    registry = Registry.create(new_database() or f"sqlite:///{tmp_path / 'store.db'}", busy_timeout_s=0.3)
    yield registry
    registry.close()


def test_driver_statements_read_and_write_what_sqlalchemy_does(registry):
    with registry.core_transaction() as conn:
        driver = registry.driver(conn)
        driver.execute_many(SET, [{"key": f"driver-{i}", "value": 1000 + i} for i in range(3)])
        assert driver.scalar(text("SELECT value FROM registry_state WHERE key = :key"), {"key": "driver-1"}) == 1001
        assert driver.first(ROWS, {"least": 1000}) == tuple(conn.execute(ROWS, {"least": 1000}).first())
        assert driver.first(ROWS, {"least": 5000}) is None and driver.scalar(ROWS, {"least": 5000}) is None
    with registry.core_transaction() as conn:  # committed with SQLAlchemy's transaction
        assert [tuple(row) for row in conn.execute(ROWS, {"least": 1000})] == [
            ("driver-0", 1000), ("driver-1", 1001), ("driver-2", 1002)]


def test_a_failed_append_leaves_no_entry_and_the_log_goes_on(registry, monkeypatch):
    """An error after the driver's inserts rolls the whole append back (counter, entries, tree) with SQLAlchemy's
    transaction; the next append starts from the committed log."""
    log = AuditLog(registry, Ed25519PrivateKey.generate(), "lt-driver-test")
    assert log.append_many([{"n": 0}, {"n": 1}]) == [1, 2]

    def refuse(*_args):
        raise RuntimeError("the checkpoint store failed")

    monkeypatch.setattr(AuditLog, "_store", staticmethod(refuse))
    with pytest.raises(RuntimeError):
        log.append_many([{"n": 2}])
    monkeypatch.undo()
    assert log.size() == 2
    assert log.append_many([{"n": 2}, {"n": 3}, {"n": 4}]) == [3, 4, 5]
    assert log.verify().ok and log.prove(5)["size"] == 5


def test_a_locked_sqlite_database_is_reported_as_busy(tmp_path):
    path = tmp_path / "store.db"
    registry = Registry.create(f"sqlite:///{path}", busy_timeout_s=0.3)
    log = AuditLog(registry, Ed25519PrivateKey.generate(), "lt-driver-test")
    log.append({"n": 0})
    other = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process's write lock
        with pytest.raises(StoreBusy, match="locked by another process"):
            log.append({"n": 1})
        other.execute("COMMIT")
        assert log.append({"n": 1}) == 2 and log.verify().ok
    finally:
        other.close()
        registry.close()
