"""The peers an operator trusts, their last accepted catalogs, and the nonces seen from them."""

from __future__ import annotations

import builtins
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from luytre.errors import ExpertExists, InvalidQuery, NotFound
from luytre.home import node_id_of
from luytre.mesh.protocol import MAX_SKEW_S, MeshAuthError, load_public_key, verify_catalog
from luytre.sovereignty import merkle
from luytre.sovereignty.consent import check_purpose
from luytre.store.database import Registry
from luytre.store.models import NonceRow, PeerRow
from luytre.tls import is_loopback, parse_pin

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Peer:
    name: str
    node_id: str
    url: str
    public_key: str
    jurisdiction: str
    revoked: bool
    catalog: dict[str, Any] | None  # the last accepted catalog (already verified)
    tls_pin: str | None = None  # the https peer's certificate or key, pinned at ``peer add``
    allow_http: bool = False  # plain http beyond loopback, allowed by the operator
    purposes: tuple[str, ...] = ("answer",)  # what it may forward questions for: its agreement with this node

    def transport_problem(self) -> str | None:
        """Why this node must not send the peer anything over its URL, or None."""
        parsed = urlparse(self.url)
        if parsed.scheme == "https" and not self.tls_pin:
            return (f"peer {self.name} has no pinned TLS certificate; re-add it with `luytre peer add` "
                    "(the pin is fetched and shown, or given with --tls-pin)")
        if parsed.scheme == "http" and not is_loopback(parsed.hostname or "") and not self.allow_http:
            return f"peer {self.name} is plain http beyond loopback; use https or re-add it with --allow-http"
        return None

    def to_dict(self) -> dict[str, Any]:
        experts = (self.catalog or {}).get("experts")
        experts = experts if isinstance(experts, list) else []  # signed, yet possibly malformed: list valid ids
        return {"name": self.name, "node_id": self.node_id, "url": self.url, "public_key": self.public_key,
                "jurisdiction": self.jurisdiction, "revoked": self.revoked,
                "catalog_version": (self.catalog or {}).get("version"),
                "catalog_expires_at": (self.catalog or {}).get("expires_at"),
                "experts": [e["id"] for e in experts if isinstance(e, dict) and isinstance(e.get("id"), str)],
                "tls_pin": self.tls_pin, "allow_http": self.allow_http, "purposes": list(self.purposes)}


class PeerStore:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def add(self, name: str, url: str, public_key: str, jurisdiction: str = "VN", *, tls_pin: str | None = None,
            allow_http: bool = False, purposes: tuple[str, ...] = ("answer",)) -> Peer:
        """Trust a node: its name here, its URL, its public key (which fixes its node id) and, over
        https, the pin of its TLS certificate or key. Plain http only on loopback or with ``allow_http``.
        ``purposes``: what the peer may forward questions for (a question claiming another is refused)."""
        if not _NAME.match(name):
            raise InvalidQuery("peer name: lowercase letters, digits and dashes, up to 64")
        purposes = tuple(dict.fromkeys(check_purpose(p) for p in purposes))
        if not purposes:
            raise InvalidQuery("a peer needs at least one purpose it may forward questions for (--purpose answer)")
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise InvalidQuery(f"peer URL {url!r} is not an http(s) URL")
        if parsed.scheme == "https" and not tls_pin:
            raise InvalidQuery(f"peer URL {url!r} is https: its TLS pin is needed (--tls-pin, or fetched and shown)")
        if parsed.scheme == "http" and not is_loopback(parsed.hostname) and not allow_http:
            raise InvalidQuery(f"refusing plain http to {parsed.hostname}, beyond loopback: questions and answers "
                               "would cross the network readable by anyone on the path; use the peer's https URL, "
                               "or --allow-http if the link is protected otherwise (VPN, private line)")
        tls_pin = parse_pin(tls_pin) if tls_pin and parsed.scheme == "https" else None
        if not re.fullmatch(r"[A-Z]{2}", jurisdiction):
            raise InvalidQuery("jurisdiction: an ISO 3166 country code such as VN")
        try:
            load_public_key(public_key)
        except MeshAuthError as exc:
            raise InvalidQuery(exc.message) from exc
        node_id = node_id_of(public_key)
        with self.registry.transaction() as db:
            if db.get(PeerRow, name) is not None:
                raise ExpertExists(f"a peer named {name!r} exists; revoke or remove it first")
            if db.scalar(select(PeerRow).where(PeerRow.node_id == node_id)) is not None:
                raise ExpertExists(f"node {node_id} is already a peer under another name")
            db.add(PeerRow(name=name, node_id=node_id, url=url.rstrip("/"), public_key=public_key,
                           jurisdiction=jurisdiction, added_at=datetime.now(UTC), tls_pin=tls_pin,
                           allow_http=allow_http and parsed.scheme == "http", purposes=json.dumps(list(purposes))))
        self.registry.bump()
        return self.get(name)

    def revoke(self, name: str) -> Peer:
        with self.registry.transaction() as db:
            row = self._row(db, name)
            row.revoked_at = datetime.now(UTC)
            row.catalog_json, row.catalog_version = None, None
        self.registry.bump()
        return self.get(name)

    def get(self, name: str) -> Peer:
        with self.registry.transaction() as db:
            return _peer(self._row(db, name))

    def list(self) -> list[Peer]:
        with self.registry.transaction() as db:
            return [_peer(r) for r in db.scalars(select(PeerRow).order_by(PeerRow.name))]

    def trusted_key(self, node_id: str) -> str | None:
        """The public key of a trusted, unrevoked peer with ``node_id``."""
        with self.registry.transaction() as db:
            row = db.scalar(select(PeerRow).where(PeerRow.node_id == node_id))
            return row.public_key if row is not None and row.revoked_at is None else None

    def by_node(self, node_id: str) -> Peer | None:
        with self.registry.transaction() as db:
            row = db.scalar(select(PeerRow).where(PeerRow.node_id == node_id))
            return _peer(row) if row is not None else None

    def accept_catalog(self, name: str, signed: Any) -> dict[str, Any]:
        """Verify a peer's signed catalog against its pinned key and the last version, then keep it."""
        with self.registry.transaction() as db:
            row = self._row(db, name)
            if row.revoked_at is not None:
                raise MeshAuthError(f"peer {name} is revoked")
            catalog = verify_catalog(signed, row.public_key, row.node_id, row.catalog_version)
            changed = row.catalog_version != catalog["version"] or row.catalog_json is None
            row.catalog_json, row.catalog_version = json.dumps(signed, ensure_ascii=False), catalog["version"]
        if changed:
            self.registry.bump()
        return catalog

    def held_checkpoint(self, name: str) -> dict[str, Any] | None:
        """The peer's audit checkpoint this node co-signed last."""
        with self.registry.transaction() as db:
            raw = self._row(db, name).held_checkpoint
        return json.loads(raw) if raw else None

    def hold_checkpoint(self, name: str, checkpoint: dict[str, Any], proof: builtins.list[str] | None) -> None:
        """Keep a peer's newer checkpoint once it is shown to extend the one held (append-only)."""
        with self.registry.transaction() as db:
            row = self._row(db, name)
            held = json.loads(row.held_checkpoint) if row.held_checkpoint else None
            if held is not None:
                if checkpoint["size"] < held["size"]:
                    raise MeshAuthError(f"checkpoint at size {checkpoint['size']} is older than the one held "
                                        f"({held['size']}): the log was cut or rolled back")
                consistent = merkle.verify_consistency(held["size"], checkpoint["size"], bytes.fromhex(held["root"]),
                                                       bytes.fromhex(checkpoint["root"]),
                                                       [bytes.fromhex(h) for h in proof or []])
                if not consistent:
                    raise MeshAuthError("the new checkpoint does not extend the one held: the log was rewritten")
            row.held_checkpoint = json.dumps(checkpoint)

    def remember_nonce(self, sender: str, nonce: str) -> None:
        """Record a request nonce; a nonce seen before (within the accepted clock window) is a replay."""
        now = time.time()
        key = f"{sender}:{nonce}"[:80]
        with self.registry.transaction() as db:
            if db.get(NonceRow, key) is not None:
                raise MeshAuthError("replayed request (this nonce was already used)")
            db.add(NonceRow(nonce=key, seen_at=now))
            db.execute(delete(NonceRow).where(NonceRow.seen_at < now - 2 * MAX_SKEW_S))

    def _row(self, db: Session, name: str) -> PeerRow:
        row = db.get(PeerRow, name)
        if row is None:
            raise NotFound(f"no peer named {name!r}")
        return row


def _peer(row: PeerRow) -> Peer:
    catalog = json.loads(row.catalog_json)["catalog"] if row.catalog_json else None
    return Peer(row.name, row.node_id, row.url, row.public_key, row.jurisdiction, row.revoked_at is not None,
                catalog, row.tls_pin, bool(row.allow_http), tuple(json.loads(row.purposes or '["answer"]')))
