"""Per-hour client quotas counted in the store (``luytre.store.quotas``): takers on separate connections, as
separate processes of one node are, never get more than the bound between them, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from luytre.errors import RateLimited
from luytre.store.database import Registry
from luytre.store.quotas import ClientQuota

BOUND = 5
TAKERS = 12


@pytest.fixture
def database_url(new_database, tmp_path) -> str:
    return new_database() or f"sqlite:///{tmp_path / 'quota.db'}"


def test_concurrent_takers_on_separate_connections_share_one_bound(database_url):
    Registry.create(database_url).close()  # migrated once, before the takers start
    quota = ClientQuota("test.starts", BOUND, refusal="started {n} things (limits.test)")
    registries = [Registry.create(database_url) for _ in range(TAKERS)]
    outcomes: list[str] = []
    ready = threading.Barrier(TAKERS)

    def take(registry: Registry) -> None:
        ready.wait()
        try:
            with registry.transaction() as db:
                quota.take(db, "address 203.0.113.7")
            outcomes.append("taken")
        except RateLimited as exc:
            outcomes.append(f"refused {exc.detail['retry_after_s']}")

    threads = [threading.Thread(target=take, args=(r,)) for r in registries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert outcomes.count("taken") == BOUND and len(outcomes) == TAKERS, outcomes
        assert all(o.startswith("refused ") and 3500 < int(o.split()[1]) <= 3600 for o in outcomes if o != "taken")
        with registries[0].transaction() as db:  # another client has its own count
            quota.take(db, "address 198.51.100.1")
    finally:
        for registry in registries:
            registry.close()


def test_a_rolled_back_transaction_counts_nothing(database_url):
    registry = Registry.create(database_url)
    quota = ClientQuota("test.rollback", 1, refusal="started {n} things (limits.test)")
    try:
        with pytest.raises(ValueError), registry.transaction() as db:
            quota.take(db, "key ck_1")
            raise ValueError("the record the quota guards was not written")
        with registry.transaction() as db:
            quota.take(db, "key ck_1")
        with pytest.raises(RateLimited, match="started 1 things"), registry.transaction() as db:
            quota.take(db, "key ck_1")
    finally:
        registry.close()
