"""Per-hour quotas of one client (an address, a key), counted in the node's database.

A node served by several processes (``serve --workers N``, replicas on one PostgreSQL) is one node: a count
kept in each process's memory would let a client do N times what the operator allowed. Each time counted is a
row of ``quota_events``; checking and counting happen in the caller's transaction, one taker of a client at a
time, so concurrent requests to different processes cannot both take the last place.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from luytre.errors import RateLimited
from luytre.store.models import QuotaEventRow

WINDOW_S = 3600.0
MAX_CLIENT_CHARS = 255


class ClientQuota:
    """At most ``per_hour`` times per client in any sliding hour, under the name ``quota``. ``refusal`` is the
    429's message, with ``{n}`` for the count (name the setting that sets the bound)."""

    def __init__(self, quota: str, per_hour: int, *, refusal: str, clock: Callable[[], float] = time.time) -> None:
        self.quota, self.per_hour, self.refusal, self.clock = quota, per_hour, refusal, clock

    def take(self, db: Session, client: str) -> None:
        """Count one time for ``client`` in ``db``'s transaction (undone if it rolls back), or refuse with 429
        saying when the client may do it again."""
        now = self.clock()
        if len(client) > MAX_CLIENT_CHARS:
            client = "sha256:" + hashlib.sha256(client.encode()).hexdigest()
        if db.get_bind().dialect.name == "postgresql":  # one taker of this client at a time, until commit
            db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(self.quota, client)})
        # On SQLite this write comes first: it takes the database's write lock, so the count below is current
        # and no other process counts until this transaction ends. It also forgets every client's past hour.
        db.execute(delete(QuotaEventRow).where(QuotaEventRow.quota == self.quota,
                                               QuotaEventRow.at <= now - WINDOW_S))
        now = self.clock()  # read once this taker holds the lock: takers count and write in the order they got it
        count, first = db.execute(select(func.count(), func.min(QuotaEventRow.at)).where(
            QuotaEventRow.quota == self.quota, QuotaEventRow.client == client)).one()
        if count >= self.per_hour:
            raise RateLimited(self.refusal.format(n=count), retry_after_s=max(1, math.ceil(first + WINDOW_S - now)))
        db.add(QuotaEventRow(quota=self.quota, client=client, at=now))
        db.flush()


def _lock_key(quota: str, client: str) -> int:
    """A signed 64-bit advisory lock key for ``quota`` and ``client``."""
    return int.from_bytes(hashlib.sha256(f"quota:{quota}:{client}".encode()).digest()[:8], "big", signed=True)
