"""The processing log: append-only, a hash chain and an RFC 6962 Merkle tree at once.

Each entry is canonical JSON (sorted keys, no spaces, UTF-8). Its leaf hash is
SHA-256(0x00 ‖ entry) and its chain hash SHA-256(previous chain hash ‖ leaf hash).
Every complete subtree of the Merkle tree is stored once (``audit_tree``), so
proofs and checkpoint roots read O(log n) hashes instead of rehashing the log.

Checkpoints sign (size, Merkle root, chain head, time) with THIS node's Ed25519
key. They are signed inside the append transaction every ``every`` entries and
whenever an entry arrives while an older one has waited ``interval_s`` unsigned,
and appended to a file outside the database. ``verify`` fails, naming the reason,
when a checkpoint is missing, stale, signed by another key, absent from the
database, or when the log is shorter than a checkpoint or was written by another node.

What this cannot catch alone: whoever holds the database, the file and the node
key can rewrite everything before anyone outside kept a checkpoint. Witnesses
(``luytre audit witness``) and peers keep checkpoints elsewhere to close that gap.

Entries never hold the question itself: only a keyed hash (HMAC-SHA-256 with a
key derived from the node identity), so a short question such as a phone number
cannot be recovered by hashing guesses, yet the node can show that a given
question was processed.
"""

from __future__ import annotations

import asyncio
import base64
import fcntl
import hashlib
import hmac
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pydantic import TypeAdapter
from sqlalchemy import Connection, TextClause, delete, select, text

from luytre.errors import AuditEntryNotFound, InvalidQuery
from luytre.home import node_id_of, public_key_b64
from luytre.sovereignty import merkle
from luytre.store.database import DriverStatements, Registry
from luytre.store.models import AuditCheckpointRow, AuditEntryRow, AuditTreeRow
from luytre.threads import name_os_thread

if TYPE_CHECKING:
    from luytre.home import NodeHome

log = logging.getLogger(__name__)

GENESIS = bytes(32)
CHECKPOINT_FILE = "audit-checkpoints.jsonl"
# The append path runs once per answered question: its statements are built once
# (SQLAlchemy would otherwise rebuild and re-coerce them on every call, ~1 ms).
# Plain SQL that SQLite (>= 3.35, for RETURNING) and PostgreSQL both accept. The
# counter update takes the log's write lock (SQLite's database lock, PostgreSQL's
# row lock) until commit: writers in any number of processes serialize on it.
_RESERVE = text("UPDATE registry_state SET value = value + :n WHERE key = 'audit_seq' RETURNING value")
# Several processes may find the row missing at once: all insert-or-skip, then reserve under the row's lock.
# ("WHERE true": SQLite's parser needs it before ON CONFLICT after a SELECT.)
_ENSURE_COUNTER = text("INSERT INTO registry_state (key, value) SELECT 'audit_seq', COALESCE(MAX(seq), 0) "
                       "FROM audit_entries WHERE true ON CONFLICT (key) DO NOTHING")
_COUNTER = text("SELECT value FROM registry_state WHERE key = 'audit_seq'")
_CHAIN_AT = text("SELECT chain_hash FROM audit_entries WHERE seq = :seq")
_TAIL_AT = text("SELECT chain_hash, leaf_hash FROM audit_entries WHERE seq = :seq")
_ENTRY_AT = text("SELECT entry_json FROM audit_entries WHERE seq = :seq")
_LEAF_AT = text("SELECT leaf_hash FROM audit_entries WHERE seq = :seq")
_LAST_SEQ = text("SELECT MAX(seq) FROM audit_entries")
_NODE_AT = text("SELECT hash FROM audit_tree WHERE level = :level AND idx = :idx")
_LATEST_SIZE = text("SELECT MAX(size) FROM audit_checkpoints")
_LATEST_CHECKPOINT = text("SELECT size, checkpoint_json FROM audit_checkpoints ORDER BY size DESC LIMIT 1")
_INSERT_ENTRY = text("INSERT INTO audit_entries (seq, entry_json, leaf_hash, chain_hash) "
                     "VALUES (:seq, :entry_json, :leaf_hash, :chain_hash)")
_INSERT_NODE = text("INSERT INTO audit_tree (level, idx, hash) VALUES (:level, :idx, :hash)")
_INSERT_CHECKPOINT = text("INSERT INTO audit_checkpoints (size, checkpoint_json, signature, cosignatures) "
                          "VALUES (:size, :checkpoint_json, :signature, '[]')")
CHECKPOINT_FORMAT = "luytre.audit-checkpoint/1"


@cache
def _nodes_query(count: int) -> TextClause:
    """``count`` stored subtrees in one indexed lookup (one statement per count, built once)."""
    return text("SELECT level, idx, hash FROM audit_tree WHERE "
                + " OR ".join(f"(level = :l{i} AND idx = :i{i})" for i in range(count)))


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

    def signed_by(self, public_key: str) -> bool:
        """A valid signature by ``public_key`` over a statement naming that key's node."""
        return self.public_key == public_key and self.signer == node_id_of(public_key) and self.signature_ok()

    def signed_at(self) -> datetime:
        return datetime.fromisoformat(self.time)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, fields: object) -> "Checkpoint":
        """A checkpoint from JSON another party wrote (a file, a peer, a witness, an old node): typed and checked
        here, so that a bad one raises ``ValueError`` (pydantic's ``ValidationError``), the one error readers
        handle. Fields it does not know are ignored; no cosignatures may be given as null."""
        if isinstance(fields, dict) and fields.get("cosignatures") is None:
            fields = {**fields, "cosignatures": []}
        return _CHECKPOINT.validate_python(fields)


_CHECKPOINT = TypeAdapter(Checkpoint)


@dataclass(frozen=True)
class CheckpointRule:
    """When checkpoints are due (``audit.*`` in the node config) and how late one may be before verify fails."""

    every: int = 1000  # entries between checkpoints
    interval_s: float = 300.0  # an entry waits at most this long unsigned while entries keep arriving
    grace_s: float = 30.0  # slack for clocks and a busy node before a late checkpoint counts as stale


@dataclass
class Verification:
    ok: bool
    size: int
    checkpoints_checked: int
    first_bad_seq: int | None = None
    problem: str | None = None
    reason: str | None = None  # a stable code: copied, foreign_checkpoint, truncated, checkpoint_missing, …
    checkpoint_file: str | None = None  # the file outside the database that was compared, if any

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class _Failed(Exception):
    """One verification failure: its reason code, its message and the entry it names."""

    def __init__(self, reason: str, problem: str, seq: int | None = None) -> None:
        super().__init__(problem)
        self.reason, self.problem, self.seq = reason, problem, seq


class _TreeIncomplete(Exception):
    """A subtree hash a proof needs is not stored yet (a log from before the tree existed, or rewritten)."""


def _checkpoint_from_row(checkpoint_json: str, signature: str, cosignatures: str) -> Checkpoint:
    fields = json.loads(checkpoint_json)
    fields.pop("frontier", None)  # bookkeeping of older versions, not signed
    return Checkpoint(**fields, signature=signature, cosignatures=json.loads(cosignatures))


def _entry_time(entry_json: str) -> datetime:
    return datetime.fromisoformat(json.loads(entry_json)["time"])


class AuditLog:
    """The node's processing log, stored in the node's database; checkpoints also in ``checkpoint_file``."""

    def __init__(self, registry: Registry, key: Ed25519PrivateKey, node_id: str, *,
                 rule: CheckpointRule = CheckpointRule(), checkpoint_file: Path | None = None) -> None:
        self._registry = registry
        self._key = key
        self.node_id = node_id
        self.rule = rule
        self.checkpoint_file = checkpoint_file
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        self._query_key = hashlib.sha256(b"luytre-audit-query-key\0" + raw).digest()
        self.public_key = public_key_b64(key)  # pinned: the only key this log's checkpoints may carry
        # (size, chain hash, Merkle frontier) after this object's last committed append: the next append
        # starts from it without reading the tail back, when no other writer appended in between.
        self._head: tuple[int, bytes, merkle.Frontier] | None = None

    @classmethod
    def of_home(cls, home: NodeHome, registry: Registry) -> "AuditLog":
        """The log of a node home: its identity key, its ``audit.*`` settings and its checkpoint file."""
        section = home.config.audit
        return cls(registry, home.identity(), home.node_id, checkpoint_file=home.path / CHECKPOINT_FILE,
                   rule=CheckpointRule(section.checkpoint_every, section.checkpoint_interval_s,
                                       section.checkpoint_grace_s))

    def query_digest(self, query: str) -> str:
        """Keyed hash of a question: provable by the node, not reversible by guessing."""
        return hmac.new(self._query_key, query.encode("utf-8"), hashlib.sha256).hexdigest()

    # -- writing ----------------------------------------------------------
    def append(self, entry: dict[str, Any]) -> int:
        """Append one entry (``seq``, ``time`` and ``node`` are added); return its sequence number."""
        return self.append_many([entry])[0]

    def append_many(self, entries: list[dict[str, Any]]) -> list[int]:
        """Append entries in one transaction (group commit) and return their sequence numbers; sign the
        checkpoints that fall due in the same transaction, so none can be skipped or signed out of order."""
        n = len(entries)
        if not n:
            return []
        with self._registry.core_transaction() as conn:
            driver = self._registry.driver(conn)  # one commit per answered ask: its statements on the driver
            last = self._lock(driver, n)
            first = last - n + 1
            head = self._head  # the counter is contiguous under the lock: a head at first - 1 is the log's tail
            if head is not None and head[0] == first - 1:
                chain, frontier = head[1], list(head[2])
            else:
                tail = driver.first(_TAIL_AT, {"seq": first - 1})
                chain = bytes.fromhex(tail[0]) if tail else GENESIS
                frontier = self._frontier(conn, first - 1, bytes.fromhex(tail[1]) if tail else None)
            latest = driver.first(_LATEST_CHECKPOINT)
            signed_size = latest[0] if latest else 0
            now = datetime.now(UTC)
            checkpoints = []
            if signed_size < first - 1:
                # Every unsigned entry arrived after the latest checkpoint was signed: once that is interval_s
                # old, sign before adding more, so no entry waits longer (one checkpoint per interval at most).
                since = (datetime.fromisoformat(json.loads(latest[1])["time"]) if latest else
                         _entry_time(driver.scalar(_ENTRY_AT, {"seq": 1}) or "{}"))
                if (now - since).total_seconds() >= self.rule.interval_s:
                    checkpoints.append(self._sign(first - 1, frontier, chain.hex(), now))
                    signed_size = first - 1
            rows, nodes = [], []
            for seq, entry in zip(range(first, last + 1), entries):
                record = {**entry, "seq": seq, "time": datetime.now(UTC).isoformat(timespec="microseconds"),
                          "node": self.node_id}
                data = canonical(record)
                leaf = merkle.leaf_hash(data)
                chain = chain_next(chain, leaf)
                rows.append({"seq": seq, "entry_json": data.decode("utf-8"), "leaf_hash": leaf.hex(),
                             "chain_hash": chain.hex()})
                nodes += merkle.push(frontier, leaf, seq - 1)
                if seq - signed_size >= self.rule.every:
                    checkpoints.append(self._sign(seq, frontier, chain.hex(), datetime.now(UTC)))
                    signed_size = seq
            driver.execute_many(_INSERT_ENTRY, rows)
            if nodes:
                driver.execute_many(_INSERT_NODE, [{"level": lv, "idx": i, "hash": h.hex()} for lv, i, h in nodes])
            self._store(conn, checkpoints)
        self._head = (last, chain, frontier)  # committed
        self._keep_outside(checkpoints)
        return list(range(first, last + 1))

    def checkpoint(self) -> Checkpoint:
        """A signed checkpoint of the whole log: the latest one if no entry arrived since, otherwise a
        new one, stored (in the database and the checkpoint file) and returned."""
        with self._registry.core_transaction() as conn:
            self._lock(self._registry.driver(conn), 0)  # no entry lands between reading the size and signing it
            size = conn.execute(_LAST_SEQ).scalar() or 0
            row = conn.execute(select(AuditCheckpointRow.checkpoint_json, AuditCheckpointRow.signature,
                                      AuditCheckpointRow.cosignatures).where(AuditCheckpointRow.size == size)).first()
            if row is not None:
                return _checkpoint_from_row(*row)
            chain = conn.execute(_CHAIN_AT, {"seq": size}).scalar() or GENESIS.hex()
            cp = self._sign(size, self._frontier(conn, size), chain, datetime.now(UTC))
            self._store(conn, [cp])
        self._keep_outside([cp])
        return cp

    def checkpoint_if_due(self) -> Checkpoint | None:
        """Sign a checkpoint when entries have waited ``interval_s`` or ``every`` of them are unsigned
        (a serving node calls this often, so the last entries before a quiet spell are signed too)."""
        with self._registry.core_transaction() as conn:
            size = conn.execute(_LAST_SEQ).scalar() or 0
            signed_size = conn.execute(_LATEST_SIZE).scalar() or 0
            if size <= signed_size:
                return None
            oldest = _entry_time(conn.execute(_ENTRY_AT, {"seq": signed_size + 1}).scalar() or "{}")
        waited = (datetime.now(UTC) - oldest).total_seconds()
        if waited >= self.rule.interval_s or size - signed_size >= self.rule.every:
            return self.checkpoint()
        return None

    @staticmethod
    def _lock(driver: DriverStatements, n: int) -> int:
        """Take the log's write lock by moving the sequence counter by ``n``; return its new value."""
        last = driver.scalar(_RESERVE, {"n": n})
        if last is None:  # a database whose counter row was removed
            driver.execute(_ENSURE_COUNTER)
            last = driver.scalar(_RESERVE, {"n": n})
        if last is None:
            raise RuntimeError("the audit log's sequence counter could not be reserved")
        return int(last)

    def _sign(self, size: int, frontier: merkle.Frontier, chain: str, at: datetime) -> Checkpoint:
        cp = Checkpoint(size, merkle.frontier_root(frontier).hex(), chain, at.isoformat(timespec="seconds"),
                        self.node_id, self.public_key, "")
        cp.signature = base64.b64encode(self._key.sign(cp.statement())).decode()
        return cp

    @staticmethod
    def _store(conn: Connection, checkpoints: list[Checkpoint]) -> None:
        if checkpoints:
            conn.execute(_INSERT_CHECKPOINT, [
                {"size": cp.size, "signature": cp.signature,
                 "checkpoint_json": json.dumps({k: v for k, v in cp.to_dict().items()
                                                if k not in ("signature", "cosignatures")})}
                for cp in checkpoints])

    def _keep_outside(self, checkpoints: list[Checkpoint]) -> None:
        """Append checkpoints to the file outside the database (one JSON line each; the lock keeps lines
        of several processes whole). After the commit: a line never names a checkpoint the log lacks."""
        if self.checkpoint_file is None or not checkpoints:
            return
        lines = "".join(json.dumps({k: v for k, v in cp.to_dict().items() if k != "cosignatures"}) + "\n"
                        for cp in checkpoints)
        with open(self.checkpoint_file, "a", encoding="utf-8") as out:
            fcntl.flock(out, fcntl.LOCK_EX)
            out.write(lines)
            out.flush()
            os.fsync(out.fileno())

    # -- the stored tree --------------------------------------------------
    def _frontier(self, conn: Connection, size: int, last_leaf: bytes | None = None) -> merkle.Frontier:
        """The complete subtrees of the first ``size`` leaves in one query (``last_leaf``, the leaf of entry
        ``size``, saves another), rebuilding the stored tree if one is missing."""
        keys = merkle.frontier_nodes(size)
        wanted = [(level, idx) for level, idx in keys if level]
        found = {(level, idx): bytes.fromhex(h) for level, idx, h in conn.execute(
            _nodes_query(len(wanted)), {f"{name}{i}": value for i, key in enumerate(wanted)
                                        for name, value in zip("li", key)})} if wanted else {}
        if size % 2:
            leaf = last_leaf or bytes.fromhex(conn.execute(_LEAF_AT, {"seq": size}).scalar() or "")
            if leaf:
                found[(0, size - 1)] = leaf
        if len(found) < len(keys):
            return self._rebuild_tree(conn, size)
        return [(1 << level, found[(level, idx)]) for level, idx in keys]

    @staticmethod
    def _perfect(conn: Connection) -> Callable[[int, int], bytes]:
        """Hash of the complete subtree (level, idx), read from the database (level 0: the entry's leaf)."""
        def perfect(level: int, idx: int) -> bytes:
            if level == 0:
                found = conn.execute(_LEAF_AT, {"seq": idx + 1}).scalar()
            else:
                found = conn.execute(_NODE_AT, {"level": level, "idx": idx}).scalar()
            if found is None:
                raise _TreeIncomplete(f"subtree ({level}, {idx})")
            return bytes.fromhex(found)

        return perfect

    @staticmethod
    def _rebuild_tree(conn: Connection, size: int) -> merkle.Frontier:
        """Store every complete subtree of the first ``size`` leaves afresh (under the write lock: atomic)."""
        conn.execute(delete(AuditTreeRow))
        frontier: merkle.Frontier = []
        batch: list[dict[str, Any]] = []
        leaves = conn.execute(select(AuditEntryRow.leaf_hash).where(AuditEntryRow.seq <= size)
                              .order_by(AuditEntryRow.seq)).scalars()
        for index, leaf in enumerate(leaves):
            batch += [{"level": lv, "idx": i, "hash": h.hex()}
                      for lv, i, h in merkle.push(frontier, bytes.fromhex(leaf), index)]
            if len(batch) >= 5000:
                conn.execute(_INSERT_NODE, batch)
                batch = []
        if batch:
            conn.execute(_INSERT_NODE, batch)
        log.info("audit: stored the Merkle tree of %d entries", size)
        return frontier

    def _read_tree(self, work: Callable[[merkle.Subtree, Connection], dict[str, Any]]) -> dict[str, Any]:
        """Run ``work`` over range hashes from the stored tree; a tree still incomplete is rebuilt once."""
        for attempt in range(2):
            try:
                with self._registry.core_transaction() as conn:
                    return work(merkle.perfect_subtrees(self._perfect(conn)), conn)
            except _TreeIncomplete:
                if attempt:
                    raise
                with self._registry.core_transaction() as conn:
                    size = conn.execute(_LAST_SEQ).scalar() or 0
                    self._lock(self._registry.driver(conn), 0)
                    self._rebuild_tree(conn, size)
        raise AssertionError("unreachable")

    # -- reading ----------------------------------------------------------
    def size(self) -> int:
        with self._registry.core_transaction() as conn:
            return conn.execute(_LAST_SEQ).scalar() or 0

    def latest(self) -> Checkpoint | None:
        """The most recent stored checkpoint, without signing anything."""
        return self._checkpoint_at(None)

    def _checkpoint_at(self, size: int | None) -> Checkpoint | None:
        query = select(AuditCheckpointRow.checkpoint_json, AuditCheckpointRow.signature,
                       AuditCheckpointRow.cosignatures)
        query = query.order_by(AuditCheckpointRow.size.desc()).limit(1) if size is None else \
            query.where(AuditCheckpointRow.size == size)
        with self._registry.core_transaction() as conn:
            row = conn.execute(query).first()
        return _checkpoint_from_row(*row) if row is not None else None

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
        with self._registry.core_transaction() as conn:
            rows = conn.execute(select(AuditCheckpointRow.checkpoint_json, AuditCheckpointRow.signature,
                                       AuditCheckpointRow.cosignatures).order_by(AuditCheckpointRow.size)).all()
        return [_checkpoint_from_row(*row) for row in rows]

    def _leaves(self) -> list[bytes]:
        with self._registry.transaction() as session:
            return [bytes.fromhex(h) for h in session.scalars(select(AuditEntryRow.leaf_hash)
                                                               .order_by(AuditEntryRow.seq))]

    def prove(self, seq: int, size: int | None = None) -> dict[str, Any]:
        """Inclusion proof of entry ``seq`` in the tree of the first ``size`` entries (by default the
        latest checkpoint's, signed now if it does not cover ``seq`` yet), read in O(log n)."""
        checkpoint = self.latest() if size is None else self._checkpoint_at(size)
        if size is None and (checkpoint is None or checkpoint.size < seq):
            checkpoint = self.checkpoint()
        tree_size = checkpoint.size if size is None and checkpoint is not None else size or 0
        if not 1 <= seq <= tree_size or tree_size > self.size():
            raise AuditEntryNotFound(f"no audit entry {seq} in a tree of {tree_size}; the log has {self.size()}")

        def work(subtree: merkle.Subtree, conn: Connection) -> dict[str, Any]:
            leaf = conn.execute(_LEAF_AT, {"seq": seq}).scalar()
            if leaf is None:
                raise AuditEntryNotFound(f"audit entry {seq} is missing from the log")
            return {"seq": seq, "leaf_hash": leaf, "size": tree_size, "root": subtree(0, tree_size).hex(),
                    "path": [h.hex() for h in merkle.inclusion_path(seq - 1, tree_size, subtree)]}

        return {**self._read_tree(work), "checkpoint": checkpoint.to_dict() if checkpoint else None}

    def prove_consistency(self, old_size: int, new_size: int | None = None) -> dict[str, Any]:
        """Proof that the log at ``old_size`` is a prefix of the log at ``new_size`` (default: now), O(log n)."""
        size = self.size()
        new_size = size if new_size is None else new_size
        if not 0 < old_size <= new_size <= size:
            raise InvalidQuery(f"a consistency proof needs 0 < from ({old_size}) <= to ({new_size}) <= "
                               f"the log's size ({size})")

        def work(subtree: merkle.Subtree, _conn: Connection) -> dict[str, Any]:
            return {"old_size": old_size, "size": new_size, "old_root": subtree(0, old_size).hex(),
                    "root": subtree(0, new_size).hex(),
                    "proof": [h.hex() for h in merkle.consistency_path(old_size, new_size, subtree)]}

        checkpoint = self._checkpoint_at(new_size)
        return {**self._read_tree(work), "checkpoint": checkpoint.to_dict() if checkpoint else None}

    def add_cosignature(self, size: int, cosignature: dict[str, str]) -> None:
        """Keep a peer's co-signature of our checkpoint at ``size`` (one per co-signer)."""
        with self._registry.transaction() as session:
            row = session.get(AuditCheckpointRow, size)
            if row is None:
                return
            kept = [c for c in json.loads(row.cosignatures) if c.get("cosigner") != cosignature.get("cosigner")]
            row.cosignatures = json.dumps([*kept, cosignature])

    # -- verifying --------------------------------------------------------
    def verify(self, external: Sequence[Checkpoint] = (),
               held: Mapping[str, Sequence[Checkpoint]] | None = None) -> Verification:
        """Recompute every hash; check every checkpoint (stored, in the checkpoint file, ``external`` ones and
        those ``held`` by named witnesses or peers) against this node's key and the log; check checkpoints were
        signed as often as the rule says. A held checkpoint the log does not match is a fork."""
        with self._registry.core_transaction() as conn:
            rows = conn.execute(select(AuditEntryRow.seq, AuditEntryRow.entry_json, AuditEntryRow.leaf_hash,
                                       AuditEntryRow.chain_hash).order_by(AuditEntryRow.seq)).all()
            counter = conn.execute(_COUNTER).scalar()
            stored_tree = conn.execute(select(AuditTreeRow.level, AuditTreeRow.idx, AuditTreeRow.hash)).all()
        stored = self.checkpoints()
        file_path = str(self.checkpoint_file) if self.checkpoint_file is not None else None
        checked = 0
        try:
            leaves, times = self._check_entries(rows)
            merkle_frontier: merkle.Frontier = []
            tree: dict[tuple[int, int], bytes] = {}
            for index, leaf in enumerate(leaves):
                for level, idx, h in merkle.push(merkle_frontier, leaf, index):
                    tree[(level, idx)] = h
            kept_outside = self._read_checkpoint_file(stored)
            groups = [("the database", stored, "rewritten"), (f"the checkpoint file {file_path}", kept_outside,
                                                               "rewritten"),
                      ("a checkpoint kept elsewhere", external, "rewritten"),
                      *((label, list(cps), "fork") for label, cps in (held or {}).items())]
            needed = {cp.size for _, group, _ in groups for cp in group}
            subtree = merkle.perfect_subtrees(lambda level, idx: tree[(level, idx)] if level else leaves[idx])
            roots = {size: subtree(0, size).hex() if size else merkle.root([]).hex()
                     for size in needed if size <= len(leaves)}
            for where, group, mismatch in groups:
                for cp in group:
                    checked += 1
                    self._check_checkpoint(cp, len(leaves), roots, where, mismatch)
            stored_roots = {(cp.size, cp.root) for cp in stored}
            for cp in kept_outside:
                if (cp.size, cp.root) not in stored_roots:
                    raise _Failed("checkpoint_deleted", f"the checkpoint at size {cp.size} signed at {cp.time} is in "
                                  f"{file_path} but was deleted from the database")
            if counter is not None and counter > len(leaves):
                raise _Failed("truncated", f"the log is shorter ({len(leaves)}) than the sequence counter ({counter}): "
                              f"entries {len(leaves) + 1}..{counter} were cut", len(leaves) + 1)
            self._check_schedule(stored, times)
            for level, idx, stored_hash in stored_tree:
                if (level, idx) in tree and tree[(level, idx)].hex() != stored_hash:
                    raise _Failed("tree_mismatch", f"the stored subtree hash ({level}, {idx}) does not match the "
                                  f"entries: proofs served from it would fail")
        except _Failed as failure:
            return Verification(False, len(rows), checked, failure.seq, failure.problem, failure.reason, file_path)
        return Verification(True, len(rows), checked, checkpoint_file=file_path)

    def _check_entries(self, rows: Sequence[Any]) -> tuple[list[bytes], list[datetime]]:
        chain, leaves, times = GENESIS, [], []
        for expected_seq, (seq, entry_json, leaf_hex, chain_hex) in enumerate(rows, start=1):
            if seq != expected_seq:
                raise _Failed("entry_missing", f"entry {expected_seq} is missing", expected_seq)
            data = entry_json.encode("utf-8")
            try:
                record = json.loads(entry_json)
            except json.JSONDecodeError:
                record = {}
            leaf = merkle.leaf_hash(data)
            if record.get("seq") != seq or canonical(record) != data or leaf.hex() != leaf_hex:
                raise _Failed("altered", f"entry {seq} was altered", seq)
            chain = chain_next(chain, leaf)
            if chain.hex() != chain_hex:
                raise _Failed("chain_broken", f"the chain breaks at entry {seq}", seq)
            if record.get("node") != self.node_id:
                raise _Failed("copied", f"entry {seq} was written by node {record.get('node')}, not this node "
                              f"({self.node_id}): the log was copied from another node", seq)
            leaves.append(leaf)
            times.append(datetime.fromisoformat(record["time"]))
        return leaves, times

    def _check_checkpoint(self, cp: Checkpoint, size: int, roots: dict[int, str], where: str, mismatch: str) -> None:
        if cp.public_key != self.public_key or cp.signer != self.node_id:
            raise _Failed("foreign_checkpoint", f"the checkpoint at size {cp.size} in {where} is signed by "
                          f"{cp.signer} (key {cp.public_key[:12]}…), not by this node's key ({self.node_id})")
        if not cp.signature_ok():
            raise _Failed("bad_signature", f"checkpoint at size {cp.size} in {where} has a bad signature")
        if cp.size > size:
            raise _Failed("truncated", f"the log is shorter ({size}) than a signed checkpoint ({cp.size}) in "
                          f"{where}", size + 1)
        if roots[cp.size] != cp.root and mismatch == "fork":
            raise _Failed("fork", f"fork: {where} holds a checkpoint at size {cp.size} signed by this node at "
                          f"{cp.time} whose root this log does not have: the node showed it another history")
        if roots[cp.size] != cp.root:
            # Every hash was consistent, so the log was rewritten as a whole; a root alone cannot say which entry.
            raise _Failed("rewritten", f"entries 1..{cp.size} were rewritten: they no longer match the checkpoint "
                          f"signed at {cp.time} in {where}")

    def _read_checkpoint_file(self, stored: list[Checkpoint]) -> list[Checkpoint]:
        if self.checkpoint_file is None:
            return []
        try:
            text_lines = self.checkpoint_file.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            if stored:
                raise _Failed("checkpoint_file_missing", f"the database holds {len(stored)} checkpoint(s) but the "
                              f"checkpoint file {self.checkpoint_file} is gone") from None
            return []
        try:
            return [Checkpoint.from_dict(json.loads(line)) for line in text_lines if line.strip()]
        except ValueError as exc:  # bad JSON or not a checkpoint
            raise _Failed("checkpoint_file_damaged", f"{self.checkpoint_file} is damaged: {exc}") from exc

    def _check_schedule(self, stored: list[Checkpoint], times: list[datetime]) -> None:
        """Checkpoints every ``every`` entries, and no entry left unsigned longer than ``interval_s`` while
        later entries arrived (the tail of a quiet log may wait: nothing arrived to sign it)."""
        sizes = [0, *(cp.size for cp in stored)]
        for before, after in zip(sizes, sizes[1:]):
            if after - before > self.rule.every:
                raise _Failed("checkpoint_missing", f"no checkpoint between entries {before} and {after}: more "
                              f"than audit.checkpoint_every={self.rule.every} entries went unsigned", before + 1)
        if len(times) - sizes[-1] >= self.rule.every:
            raise _Failed("checkpoint_missing", f"entries {sizes[-1] + 1}..{len(times)} have no checkpoint: "
                          f"audit.checkpoint_every={self.rule.every}", sizes[-1] + 1)
        limit = self.rule.interval_s + self.rule.grace_s
        by_time = sorted((cp.signed_at(), cp.size) for cp in stored)
        signed, covered = 0, 0
        for seq, arrived in enumerate(times, start=1):
            while signed < len(by_time) and by_time[signed][0] <= arrived:
                covered = max(covered, by_time[signed][1])
                signed += 1
            first_unsigned = covered + 1
            if first_unsigned < seq and (arrived - times[first_unsigned - 1]).total_seconds() > limit:
                waited = (arrived - times[first_unsigned - 1]).total_seconds()
                raise _Failed("checkpoint_stale", f"entry {first_unsigned} was still unsigned {waited:.0f} s later "
                              f"when entry {seq} arrived: checkpoints are stale (audit.checkpoint_interval_s="
                              f"{self.rule.interval_s:g} + audit.checkpoint_grace_s={self.rule.grace_s:g})",
                              first_unsigned)


class LoopGroupCommit:
    """Group commit gathered on the event loop and written on the writer thread ``luytre-audit``: entries
    submitted close together are written by a single transaction, and the event loop never waits for the
    database. With several processes on one SQLite file a commit may meet another process's write lock and
    wait in SQLite's busy handler (sleeps of 1–100 ms): on the loop, every request of the process stalled
    with it; on the writer thread only the entries of that batch wait. Requests await their own entry, so no
    answer leaves before its entry is stored.

    Flush policy, tied to the worker pool (``backlog``: the calls it is running or holding, each of which
    ends in an entry): with no other call in the pool, nothing else is coming soon and the entry is written
    in the next loop iteration; while others are, it waits up to ``max_wait_s`` (about one ask's CPU time)
    for their entries, or until ``max_batch`` have come. While a batch is being written, the entries that
    arrive wait for it and go in the next one. A commit costs about 0.2 ms of CPU alone and under 0.1 ms per
    entry in fours (bench/README.md), and a busy node's requests wait for a worker far longer."""

    def __init__(self, audit_log: AuditLog, *, backlog: Callable[[], int] | None = None,
                 max_wait_s: float = 0.004, max_batch: int = 32) -> None:
        self.audit_log = audit_log
        self.backlog = backlog or (lambda: 0)
        self.max_wait_s, self.max_batch = max_wait_s, max_batch
        self._pending: list[tuple[dict[str, Any], asyncio.Future[int]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._writing = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="luytre-audit",
                                          initializer=name_os_thread)

    def submit(self, entry: dict[str, Any]) -> asyncio.Future[int]:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._pending.append((entry, future))
        if self._writing:  # written right after the batch under way
            return future
        # The call that made this entry may still count in the backlog for a moment: only more than it waits.
        if self.backlog() <= 1 or len(self._pending) >= self.max_batch:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = loop.call_later(0, self._flush)  # the next iteration: entries submitted in this one too
        elif self._timer is None:
            self._timer = loop.call_later(self.max_wait_s, self._flush)
        return future

    def _flush(self) -> None:
        self._timer = None
        batch, self._pending = self._pending, []
        if not batch:
            return
        self._writing = True
        written = asyncio.get_running_loop().run_in_executor(self._writer, self.audit_log.append_many,
                                                             [entry for entry, _ in batch])
        written.add_done_callback(lambda done: self._written(batch, done))

    def _written(self, batch: list[tuple[dict[str, Any], asyncio.Future[int]]],
                 written: asyncio.Future[list[int]]) -> None:
        self._writing = False
        if self._pending and self._timer is None:
            self._flush()
        error = None if written.cancelled() else written.exception()
        for index, (_, future) in enumerate(batch):
            if future.done():  # a request that stopped waiting has cancelled its future
                continue
            if written.cancelled():
                future.set_exception(RuntimeError("the audit entry could not be written"))
            elif error is not None:
                future.set_exception(error)
            else:
                future.set_result(written.result()[index])

    def close(self) -> None:
        self._writer.shutdown(wait=True)
