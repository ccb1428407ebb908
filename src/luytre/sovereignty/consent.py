"""Consent records: per data subject and purpose, granted or withdrawn, with time and evidence.

Every grant and withdrawal is a new row; nothing is updated or deleted, so the
node can show when consent was given, on what evidence, and when it ended
(Decree 13/2023 art. 11-12, Law 91/2025). The current state for a subject and
purpose is its latest event; a request that needs consent reads it at the
moment it is processed, so a withdrawal blocks the very next request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import select

from luytre.errors import InvalidQuery
from luytre.store.database import Registry
from luytre.store.models import ConsentRow

Status = Literal["granted", "withdrawn"]
_SUBJECT = re.compile(r"^[\w.@+:-]{1,128}$")
_PURPOSE = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class ConsentEvent:
    subject: str
    purpose: str
    status: Status
    at: str
    evidence: str
    recorded_by: str

    def to_dict(self) -> dict[str, str]:
        return self.__dict__.copy()


def check_subject(subject: str) -> str:
    if not isinstance(subject, str) or not _SUBJECT.match(subject):
        raise InvalidQuery("a data subject id is 1-128 letters, digits or . _ @ + : -")
    return subject


def check_purpose(purpose: str) -> str:
    if not isinstance(purpose, str) or not _PURPOSE.match(purpose):
        raise InvalidQuery("a purpose is a lowercase word such as answer, research or training (max 64 chars)")
    return purpose


class ConsentRegister:
    """The node's consent events, stored in its database."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def record(self, subject: str, purpose: str, status: Status, evidence: str, recorded_by: str) -> ConsentEvent:
        """Add a grant or a withdrawal; ``evidence`` says how it was obtained (form id, recording, ...)."""
        check_subject(subject)
        check_purpose(purpose)
        if status not in ("granted", "withdrawn"):
            raise InvalidQuery("consent status is granted or withdrawn")
        if not evidence.strip() or len(evidence) > 2000:
            raise InvalidQuery("say how consent was obtained or withdrawn (evidence, 1-2000 characters)")
        row = ConsentRow(subject=subject, purpose=purpose, status=status, at=datetime.now(UTC),
                         evidence=evidence.strip(), recorded_by=recorded_by[:64])
        with self._registry.transaction() as session:
            session.add(row)
            session.flush()
            return _event(row)

    def has_consent(self, subject: str | None, purpose: str) -> bool:
        """True when ``subject``'s latest event for ``purpose`` is a grant."""
        if subject is None:
            return False
        with self._registry.transaction() as session:
            status = session.scalars(
                select(ConsentRow.status).where(ConsentRow.subject == subject, ConsentRow.purpose == purpose)
                .order_by(ConsentRow.id.desc()).limit(1)).first()
        return status == "granted"

    def history(self, subject: str | None = None) -> list[ConsentEvent]:
        """Every event, oldest first; only ``subject``'s when given."""
        query = select(ConsentRow).order_by(ConsentRow.id)
        if subject is not None:
            query = query.where(ConsentRow.subject == check_subject(subject))
        with self._registry.transaction() as session:
            return [_event(row) for row in session.scalars(query)]


def _event(row: ConsentRow) -> ConsentEvent:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)  # SQLite drops the zone
    status: Status = "granted" if row.status == "granted" else "withdrawn"
    return ConsentEvent(row.subject, row.purpose, status, at.isoformat(), row.evidence, row.recorded_by)
