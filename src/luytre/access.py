"""Client keys with roles: who may call which of a node's routes (docs/access.md).

A client key is a random secret shown once; the node keeps only its SHA-256, with a role, a name, an
optional expiry, rate and scope. Every request that carries a key is checked against the database, so a
revoked, expired or rotated key stops working at the very next request, also in a running node.

Roles:

- ``public-app``: the public ask path only (what an anonymous caller may do, where the config allows it);
- ``clerk``: the public path, and may name a data subject and a purpose (consent checks), record consent;
- ``teacher``: the public path, class reports and learners of the classes in the key's scope;
- ``auditor``: audit entries, proofs and exports; nothing else;
- ``operator``: everything.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from luytre.errors import Forbidden, InvalidQuery, NotFound, Unauthorized

if TYPE_CHECKING:  # the database loads with the first key looked up: `luytre client --help` needs only the roles
    from sqlalchemy.orm import Session

    from luytre.config import NodeConfig
    from luytre.store.database import Registry
    from luytre.store.models import ClientKeyRow

__all__ = ["ANONYMOUS", "EVERYONE", "NAMES_SUBJECT", "PUBLIC", "ROLES", "Caller", "ClientKey", "ClientKeys",
           "hash_secret", "parse_expiry", "refusal"]

ROLES = ("public-app", "clerk", "teacher", "auditor", "operator")
ANONYMOUS = "anonymous"  # a caller without a key
PUBLIC = frozenset({ANONYMOUS, "public-app", "clerk", "teacher", "operator"})  # the public ask path
EVERYONE = PUBLIC | {"auditor"}  # public records an outside party checks: audit checkpoints and proofs
NAMES_SUBJECT = frozenset({"clerk", "operator"})  # may name a data subject and a non-default purpose
ADMIN_TOKEN_NAME = "admin-token"  # the operator key an older node's config.toml admin token became
_NAME = re.compile(r"^[\w.@:-]{1,64}$")
_SCOPE = re.compile(r"^[\w.-]{1,64}$")
_DURATION = re.compile(r"^(\d{1,5})([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def refusal(caller: Caller | None, allowed: frozenset[str]) -> Unauthorized | Forbidden | None:
    """Why ``caller`` (None: anonymous) may not call a route open to ``allowed`` roles, or None if it may."""
    role = caller.role if caller else ANONYMOUS
    if role in allowed:
        return None
    needed = " or ".join(sorted(allowed - {ANONYMOUS}))
    if caller is None:
        return Unauthorized(f"this route needs a client key (role {needed}): Authorization: Bearer <key>")
    return Forbidden(f"client key {caller.id} ({caller.name}) has role {caller.role}; this route needs {needed}")


def hash_secret(secret: str) -> str:
    """How a key is stored: SHA-256 of a 256-bit random secret (no salt or slow hash needed at that entropy)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def parse_expiry(text: str, now: datetime | None = None) -> datetime:
    """``30d``, ``12h``, ``90m``, ``2w`` from now, or an ISO 8601 date/time (UTC unless it says otherwise)."""
    now = now or datetime.now(UTC)
    match = _DURATION.match(text.strip())
    if match:
        return now + timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidQuery(f"--expires {text!r}: use a duration such as 30d, 12h, 90m, 2w or an ISO date "
                           "such as 2027-06-30") from exc
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    if when <= now:
        raise InvalidQuery(f"--expires {text!r} is already in the past")
    return when


@dataclass(frozen=True)
class Caller:
    """Who a request comes from, as its key says."""

    id: str
    name: str
    role: str
    scope: tuple[str, ...] = ()
    rate_per_s: float | None = None

    @property
    def label(self) -> str:
        """How audit entries and consent records name the caller: role and key id, never the secret."""
        return f"{self.role}:{self.id}"


@dataclass(frozen=True)
class ClientKey:
    """A key as ``luytre client list`` shows it (never the secret)."""

    id: str
    name: str
    role: str
    scope: list[str]
    rate_per_s: float | None
    created_at: str
    created_by: str
    expires_at: str | None
    revoked_at: str | None
    rotated_at: str | None
    status: str  # active | revoked | expired

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _utc(when: datetime | None) -> datetime | None:
    return when if when is None or when.tzinfo else when.replace(tzinfo=UTC)  # SQLite drops the zone


def _iso(when: datetime | None) -> str | None:
    utc = _utc(when)
    return utc.isoformat() if utc else None


def _status(row: ClientKeyRow, now: datetime) -> str:
    if row.revoked_at is not None:
        return "revoked"
    expires = _utc(row.expires_at)
    return "expired" if expires is not None and expires <= now else "active"


def _view(row: ClientKeyRow, now: datetime) -> ClientKey:
    return ClientKey(row.id, row.name, row.role, json.loads(row.scope), row.rate_per_s, _iso(row.created_at) or "",
                     row.created_by, _iso(row.expires_at), _iso(row.revoked_at), _iso(row.rotated_at),
                     _status(row, now))


class ClientKeys:
    """The node's client keys, in its database."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def create(self, role: str, name: str | None = None, *, expires_at: datetime | None = None,
               rate_per_s: float | None = None, scope: tuple[str, ...] = (),
               created_by: str = "cli") -> tuple[ClientKey, str]:
        """A new key; returns it with its secret (the only time the secret exists outside the caller)."""
        from sqlalchemy import select

        from luytre.store.models import ClientKeyRow

        if role not in ROLES:
            raise InvalidQuery(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
        if rate_per_s is not None and not 0 < rate_per_s <= 10_000:
            raise InvalidQuery("--rate is requests per second, above 0 and at most 10000")
        for value in scope:
            if not _SCOPE.match(value):
                raise InvalidQuery(f"scope value {value!r}: 1-64 letters, digits or . _ -")
        key_id = "ck_" + secrets.token_hex(4)
        name = name or f"{role}-{key_id[3:]}"
        if not _NAME.match(name):
            raise InvalidQuery("a key name is 1-64 letters, digits or . _ @ : -")
        secret = "lt_" + secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        row = ClientKeyRow(id=key_id, name=name, role=role, key_sha256=hash_secret(secret),
                           scope=json.dumps(list(scope)), rate_per_s=rate_per_s, created_at=now,
                           created_by=created_by[:64], expires_at=expires_at)
        with self._registry.transaction() as session:
            if session.scalars(select(ClientKeyRow.id).where(ClientKeyRow.name == name,
                                                             ClientKeyRow.revoked_at.is_(None))).first():
                raise InvalidQuery(f"an active key is already named {name!r}; choose another --name")
            session.add(row)
            session.flush()
            return _view(row, now), secret

    def list(self) -> list[ClientKey]:
        from sqlalchemy import select

        from luytre.store.models import ClientKeyRow

        now = datetime.now(UTC)
        with self._registry.transaction() as session:
            return [_view(row, now) for row in session.scalars(select(ClientKeyRow).order_by(ClientKeyRow.created_at))]

    def revoke(self, key: str) -> ClientKey:
        """Revoke the key with this id or name; it is refused from the next request on."""
        now = datetime.now(UTC)
        with self._registry.transaction() as session:
            row = self._find(session, key)
            if row.revoked_at is None:
                row.revoked_at = now
            return _view(row, now)

    def rotate(self, key: str) -> tuple[ClientKey, str]:
        """A new secret for the key with this id or name (same role, name and limits); the old secret
        is refused from the next request on. A revoked key is not brought back."""
        now = datetime.now(UTC)
        secret = "lt_" + secrets.token_urlsafe(32)
        with self._registry.transaction() as session:
            row = self._find(session, key)
            if row.revoked_at is not None:
                raise InvalidQuery(f"key {row.id} ({row.name}) is revoked; create a new one instead")
            row.key_sha256, row.rotated_at = hash_secret(secret), now
            return _view(row, now), secret

    def _find(self, session: Session, key: str) -> ClientKeyRow:
        from sqlalchemy import or_, select

        from luytre.store.models import ClientKeyRow

        rows = session.scalars(select(ClientKeyRow).where(or_(ClientKeyRow.id == key, ClientKeyRow.name == key))
                               .order_by(ClientKeyRow.revoked_at.is_(None).desc(),
                                         ClientKeyRow.created_at.desc())).all()
        if not rows:
            raise NotFound(f"no client key with id or name {key!r}; see `luytre client list`")
        return rows[0]  # a name reused after a revocation means the active key

    def authenticate(self, secret: str) -> Caller:
        """The caller a key stands for, or ``Unauthorized`` saying why it is refused."""
        if not secret or len(secret) > 200:
            raise Unauthorized("no valid client key: send Authorization: Bearer <key>")
        from sqlalchemy import select

        from luytre.store.models import ClientKeyRow

        with self._registry.transaction() as session:
            row = session.scalars(select(ClientKeyRow).where(ClientKeyRow.key_sha256 == hash_secret(secret))).first()
            if row is None:
                raise Unauthorized("unknown client key (a rotated key's old secret is unknown too)")
            status = _status(row, datetime.now(UTC))
            if status != "active":
                raise Unauthorized(f"client key {row.id} ({row.name}) is {status}")
            return Caller(row.id, row.name, row.role, tuple(json.loads(row.scope)), row.rate_per_s)

    @classmethod
    def of_node(cls, registry: Registry, config: NodeConfig) -> "ClientKeys":
        """The keys of a node whose config may still hold an older admin token's hash (adopted on first open)."""
        keys = cls(registry)
        if config.admin is not None:
            keys.adopt_admin_token(config.admin.token_sha256)
        return keys

    def caller(self, authorization: str | None) -> Caller | None:
        """The caller an ``Authorization`` header names: None without one; ``Unauthorized`` for a bad one."""
        if authorization is None:
            return None
        scheme, _, secret = authorization.partition(" ")
        if scheme.lower() != "bearer":
            raise Unauthorized("send the client key as: Authorization: Bearer <key>")
        return self.authenticate(secret.strip())

    def adopt_admin_token(self, token_sha256: str) -> None:
        """Make an older node's admin token (its hash in config.toml) an operator key, once: a key with
        that hash, even revoked or rotated away, is never added again."""
        from sqlalchemy import or_, select

        from luytre.store.models import ClientKeyRow

        with self._registry.transaction() as session:
            if session.scalars(select(ClientKeyRow.id).where(or_(ClientKeyRow.name == ADMIN_TOKEN_NAME,
                                                                 ClientKeyRow.key_sha256 == token_sha256))).first():
                return
            session.add(ClientKeyRow(id="ck_" + secrets.token_hex(4), name=ADMIN_TOKEN_NAME, role="operator",
                                     key_sha256=token_sha256, scope="[]", created_at=datetime.now(UTC),
                                     created_by="config.toml admin token"))
