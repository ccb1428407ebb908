"""The processing log: append-only, a hash chain and an RFC 6962 Merkle tree at once.

Each entry is canonical JSON (sorted keys, no spaces, UTF-8). Its leaf hash is
SHA-256(0x00 ‖ entry) and its chain hash SHA-256(previous chain hash ‖ leaf hash).
Checkpoints sign (size, Merkle root, chain head, time) with the node's Ed25519 key.

What this catches: any change, deletion, reordering or truncation of entries
(hashes stop matching, or a signed checkpoint no longer does). What it cannot
catch alone: whoever holds both the database and the node key rewriting
everything, checkpoints included. Checkpoints kept elsewhere close that gap,
which is why they are exported and designed to be co-signed by peers.

Entries never hold the question itself: only a keyed hash (HMAC-SHA-256 with a
key derived from the node identity), so a short question such as a phone number
cannot be recovered by hashing guesses, yet the node can show that a given
question was processed.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import func, select, text

from luytre.errors import AuditEntryNotFound
from luytre.home import public_key_b64
from luytre.sovereignty import merkle
from luytre.store.database import Registry
from luytre.store.models import AuditCheckpointRow, AuditEntryRow

GENESIS = bytes(32)
# The append path runs once per answered question: its statements are built once
# (SQLAlchemy would otherwise rebuild and re-coerce them on every call, ~1 ms).
# Plain SQL that SQLite (>= 3.35, for RETURNING) and PostgreSQL both accept.
_RESERVE = text("UPDATE registry_state SET value = value + :n WHERE key = 'audit_seq' RETURNING value")
_FIRST_RESERVATION = text("INSERT INTO registry_state (key, value) VALUES ('audit_seq', :n)")
_CHAIN_AT = text("SELECT chain_hash FROM audit_entries WHERE seq = :seq")
_INSERT_ENTRY = text("INSERT INTO audit_entries (seq, entry_json, leaf_hash, chain_hash) "
                     "VALUES (:seq, :entry_json, :leaf_hash, :chain_hash)")
CHECKPOINT_FORMAT = "luytre.audit-checkpoint/1"


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_next(previous: bytes, leaf: bytes) -> bytes:
    return hashlib.sha256(previous + leaf).digest()


@dataclass
class Checkpoint:
    size: int
    root: str
    chain: str
    time: str
    signer: str
    public_key: str
    signature: str
    cosignatures: list[dict[str, str]] = field(default_factory=list)

    def statement(self) -> bytes:
        """The bytes that are signed."""
        return canonical({"format": CHECKPOINT_FORMAT, "size": self.size, "root": self.root, "chain": self.chain,
                          "time": self.time, "signer": self.signer})

    def signature_ok(self) -> bool:
        try:
            key = Ed25519PublicKey.from_public_bytes(base64.b64decode(self.public_key))
            key.verify(base64.b64decode(self.signature), self.statement())
            return True
        except (InvalidSignature, ValueError):
            return False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Verification:
    ok: bool
    size: int
    checkpoints_checked: int
    first_bad_seq: int | None = None
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _checkpoint_from_row(row: AuditCheckpointRow) -> Checkpoint:
    fields = json.loads(row.checkpoint_json)
    fields.pop("frontier", None)  # bookkeeping for the next checkpoint, not signed
    return Checkpoint(**fields, signature=row.signature, cosignatures=json.loads(row.cosignatures))


class AuditLog:
    """The node's processing log, stored in the node's database."""

    def __init__(self, registry: Registry, key: Ed25519PrivateKey, node_id: str) -> None:
        self._registry = registry
        self._key = key
        self.node_id = node_id
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        self._query_key = hashlib.sha256(b"luytre-audit-query-key\0" + raw).digest()
        self.public_key = public_key_b64(key)
        self._checkpoint_lock = threading.Lock()  # the watcher and count-based signing may overlap

    def query_digest(self, query: str) -> str:
        """Keyed hash of a question: provable by the node, not reversible by guessing."""
        return hmac.new(self._query_key, query.encode("utf-8"), hashlib.sha256).hexdigest()

    # -- writing ----------------------------------------------------------
    def append(self, entry: dict[str, Any]) -> int:
        """Append one entry (``seq``, ``time`` and ``node`` are added); return its sequence number."""
        return self.append_many([entry])[0]

    def append_many(self, entries: list[dict[str, Any]]) -> list[int]:
        """Append entries in one transaction (group commit) and return their sequence numbers."""
        n = len(entries)
        with self._registry.core_transaction() as session:
            # Reserve a block of sequence numbers first: the counter update takes the
            # write lock, so writers in several processes serialize instead of racing.
            last = session.execute(_RESERVE, {"n": n}).scalar()
            if last is None:
                session.execute(_FIRST_RESERVATION, {"n": n})
                last = n
            first = last - n + 1
            previous = session.execute(_CHAIN_AT, {"seq": first - 1}).scalar()
            chain = bytes.fromhex(previous) if previous else GENESIS
            rows = []
            for seq, entry in zip(range(first, last + 1), entries):
                record = {**entry, "seq": seq, "time": datetime.now(UTC).isoformat(timespec="microseconds"),
                          "node": self.node_id}
                data = canonical(record)
                leaf = merkle.leaf_hash(data)
                chain = chain_next(chain, leaf)
                rows.append({"seq": seq, "entry_json": data.decode("utf-8"), "leaf_hash": leaf.hex(),
                             "chain_hash": chain.hex()})
            session.execute(_INSERT_ENTRY, rows)
        return list(range(first, last + 1))

    def checkpoint(self) -> Checkpoint:
        """A signed checkpoint of the whole log: the latest one if no entry arrived
        since, otherwise a new one, stored and returned.

        Incremental: each checkpoint keeps the tree's compact range (at most log2(n)
        subtree hashes), so the next one hashes only the entries added since."""
        with self._checkpoint_lock, self._registry.transaction() as session:
            last = session.scalars(select(AuditCheckpointRow).order_by(AuditCheckpointRow.size.desc())
                                   .limit(1)).first()
            stored = json.loads(last.checkpoint_json) if last is not None else {}
            frontier = [(size, bytes.fromhex(h)) for size, h in stored.get("frontier", [])]
            base = last.size if last is not None else 0
            if sum(size for size, _ in frontier) != base:  # no usable range: start over
                base, frontier = 0, []
            new = session.execute(select(AuditEntryRow.leaf_hash, AuditEntryRow.chain_hash)
                                  .where(AuditEntryRow.seq > base).order_by(AuditEntryRow.seq)).all()
            if last is not None and not new and base == last.size:
                return _checkpoint_from_row(last)
            frontier = merkle.extend(frontier, [bytes.fromhex(leaf) for leaf, _ in new])
            chain = new[-1][1] if new else GENESIS.hex()
            cp = Checkpoint(base + len(new), merkle.frontier_root(frontier).hex(), chain,
                            datetime.now(UTC).isoformat(timespec="seconds"), self.node_id, self.public_key, "")
            cp.signature = base64.b64encode(self._key.sign(cp.statement())).decode()
            body = {k: v for k, v in cp.to_dict().items() if k not in ("signature", "cosignatures")}
            body["frontier"] = [[n, h.hex()] for n, h in frontier]
            session.merge(AuditCheckpointRow(size=cp.size, checkpoint_json=json.dumps(body),
                                             signature=cp.signature, cosignatures="[]"))
        return cp

    def latest(self) -> Checkpoint | None:
        """The most recent stored checkpoint, without signing anything."""
        with self._registry.transaction() as session:
            row = session.scalars(select(AuditCheckpointRow).order_by(AuditCheckpointRow.size.desc())
                                  .limit(1)).first()
            return _checkpoint_from_row(row) if row is not None else None

    # -- reading ----------------------------------------------------------
    def size(self) -> int:
        with self._registry.transaction() as session:
            return session.scalar(select(func.count()).select_from(AuditEntryRow)) or 0

    def entries(self, since: datetime | None = None) -> list[dict[str, Any]]:
        with self._registry.transaction() as session:
            rows = session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)).all()
            out = [json.loads(r.entry_json) for r in rows]
        if since is not None:
            out = [e for e in out if datetime.fromisoformat(e["time"]) >= since]
        return out

    def recent(self, limit: int = 50, before: int | None = None) -> list[dict[str, Any]]:
        """The newest ``limit`` entries (before sequence number ``before``), newest first, with their ``seq``."""
        with self._registry.transaction() as session:
            query = select(AuditEntryRow).order_by(AuditEntryRow.seq.desc()).limit(limit)
            if before is not None:
                query = query.where(AuditEntryRow.seq < before)
            return [{"seq": r.seq, **json.loads(r.entry_json)} for r in session.scalars(query)]

    def checkpoints(self) -> list[Checkpoint]:
        with self._registry.transaction() as session:
            rows = session.scalars(select(AuditCheckpointRow).order_by(AuditCheckpointRow.size)).all()
            return [_checkpoint_from_row(r) for r in rows]

    def _leaves(self) -> list[bytes]:
        with self._registry.transaction() as session:
            return [bytes.fromhex(h) for h in session.scalars(select(AuditEntryRow.leaf_hash)
                                                               .order_by(AuditEntryRow.seq))]

    def prove(self, seq: int) -> dict[str, Any]:
        """Inclusion proof of entry ``seq`` in the current tree."""
        leaves = self._leaves()
        if not 1 <= seq <= len(leaves):
            raise AuditEntryNotFound(f"no audit entry {seq}; the log has {len(leaves)}")
        return {"seq": seq, "leaf_hash": leaves[seq - 1].hex(), "size": len(leaves),
                "root": merkle.root(leaves).hex(),
                "path": [h.hex() for h in merkle.inclusion_proof(seq - 1, leaves)]}

    def add_cosignature(self, size: int, cosignature: dict[str, str]) -> None:
        """Keep a peer's co-signature of our checkpoint at ``size`` (one per co-signer)."""
        with self._registry.transaction() as session:
            row = session.get(AuditCheckpointRow, size)
            if row is None:
                return
            kept = [c for c in json.loads(row.cosignatures) if c.get("cosigner") != cosignature.get("cosigner")]
            row.cosignatures = json.dumps([*kept, cosignature])

    def prove_consistency(self, old_size: int) -> dict[str, Any]:
        leaves = self._leaves()
        return {"old_size": old_size, "size": len(leaves), "old_root": merkle.root(leaves[:old_size]).hex(),
                "root": merkle.root(leaves).hex(),
                "proof": [h.hex() for h in merkle.consistency_proof(old_size, leaves)]}

    def verify(self, external: list[Checkpoint] = ()) -> Verification:
        """Recompute every hash; check every stored checkpoint and any ``external`` ones."""
        with self._registry.transaction() as session:
            rows = session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)).all()
            rows = [(r.seq, r.entry_json, r.leaf_hash, r.chain_hash) for r in rows]
        chain, leaves = GENESIS, []
        for expected_seq, (seq, entry_json, leaf_hex, chain_hex) in enumerate(rows, start=1):
            if seq != expected_seq:
                return Verification(False, len(rows), 0, expected_seq, f"entry {expected_seq} is missing")
            data = entry_json.encode("utf-8")
            try:
                inner_seq = json.loads(entry_json).get("seq")
            except json.JSONDecodeError:
                inner_seq = None
            leaf = merkle.leaf_hash(data)
            if inner_seq != seq or canonical(json.loads(entry_json)) != data or leaf.hex() != leaf_hex:
                return Verification(False, len(rows), 0, seq, f"entry {seq} was altered")
            chain = chain_next(chain, leaf)
            if chain.hex() != chain_hex:
                return Verification(False, len(rows), 0, seq, f"the chain breaks at entry {seq}")
            leaves.append(leaf)
        checked = 0
        for cp in [*self.checkpoints(), *external]:
            checked += 1
            if not cp.signature_ok():
                return Verification(False, len(rows), checked, None,
                                    f"checkpoint at size {cp.size} has a bad signature")
            if cp.size > len(leaves):
                return Verification(False, len(rows), checked, len(leaves) + 1,
                                    f"the log is shorter ({len(leaves)}) than a signed checkpoint ({cp.size})")
            if merkle.root(leaves[:cp.size]).hex() != cp.root:
                # Every hash was consistent, so the log was rewritten as a whole; a root
                # alone cannot say which entry changed.
                return Verification(False, len(rows), checked, None,
                                    f"entries 1..{cp.size} were rewritten: they no longer match the checkpoint "
                                    f"signed at {cp.time}")
        return Verification(True, len(rows), checked)


class LoopGroupCommit:
    """Group commit on the event loop: every entry submitted during one loop
    iteration is written by a single transaction scheduled with ``call_soon``.

    No thread is involved on purpose: a writer thread that releases the GIL for
    the commit then waits up to the interpreter's switch interval to get it back,
    and every request waiting on it stalls with it (measured: 474 asks/s against
    this design's figure in bench/README.md). Requests await their own entry, so
    no answer leaves before its entry is stored."""

    def __init__(self, audit_log: AuditLog) -> None:
        self.audit_log = audit_log
        self._pending: list[tuple[dict[str, Any], asyncio.Future[int]]] = []

    def submit(self, entry: dict[str, Any]) -> asyncio.Future[int]:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        if not self._pending:
            loop.call_soon(self._flush)
        self._pending.append((entry, future))
        return future

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        try:
            seqs = self.audit_log.append_many([entry for entry, _ in batch])
        except Exception as exc:  # every waiting request learns the write failed
            for _, future in batch:
                future.set_exception(exc)
            return
        for (_, future), seq in zip(batch, seqs):
            future.set_result(seq)
