"""The node database's own tables (SQLAlchemy 2 declarative models); kinds declare theirs in their package."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ExpertRow(Base):
    __tablename__ = "experts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    active_version: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    versions: Mapped[list["ExpertVersionRow"]] = relationship(
        back_populates="expert", cascade="all, delete-orphan", passive_deletes=True
    )


class ExpertVersionRow(Base):
    __tablename__ = "expert_versions"

    expert_id: Mapped[str] = mapped_column(ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[str] = mapped_column(String(128), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    manifest_json: Mapped[str] = mapped_column(Text)
    storage_dir: Mapped[str] = mapped_column(String(512))
    size_bytes: Mapped[int] = mapped_column(Integer)
    installed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    vetting_report: Mapped[str | None] = mapped_column(Text, nullable=True)
    expert: Mapped[ExpertRow] = relationship(back_populates="versions")


class StateRow(Base):
    """Counters other processes poll cheaply, e.g. the registry generation."""

    __tablename__ = "registry_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntryRow(Base):
    """One processing-log entry: canonical JSON, its RFC 6962 leaf hash and the chain hash."""

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_json: Mapped[str] = mapped_column(Text)
    leaf_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))


class AuditTreeRow(Base):
    """A complete subtree of the audit log's Merkle tree: the hash of leaves [index·2^level, (index+1)·2^level).
    Level 0 is the entries' own leaf hashes, so only levels >= 1 are kept here; a complete subtree never
    changes, so proofs read O(log n) of these instead of rehashing the log."""

    __tablename__ = "audit_tree"

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpointRow(Base):
    """A signed statement of the log's size, Merkle root and chain head."""

    __tablename__ = "audit_checkpoints"

    size: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    checkpoint_json: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(128))
    cosignatures: Mapped[str] = mapped_column(Text, default="[]")


class ConsentRow(Base):
    """One consent event; the latest event per (subject, purpose) is the current state.
    Events are only ever added, so the history a regulator may ask for is kept."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(String(128), index=True)
    purpose: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # "granted" | "withdrawn"
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    evidence: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))


class ClientKeyRow(Base):
    """A client's API key: a role, optional limits, and only the SHA-256 of the secret (shown once)."""

    __tablename__ = "client_keys"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)  # "ck_" + 8 hex, safe to show and log
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    key_sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    scope: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, e.g. a teacher's class ids
    rate_per_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    rotated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class PeerRow(Base):
    """A node of another organization that an operator chose to trust, and what it last offered."""

    __tablename__ = "mesh_peers"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    node_id: Mapped[str] = mapped_column(String(32), unique=True)
    url: Mapped[str] = mapped_column(String(300))
    public_key: Mapped[str] = mapped_column(String(64))
    jurisdiction: Mapped[str] = mapped_column(String(2))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    catalog_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # the last accepted signed catalog
    catalog_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    held_checkpoint: Mapped[str | None] = mapped_column(Text, nullable=True)  # the peer's audit checkpoint we co-signed
    tls_pin: Mapped[str | None] = mapped_column(String(80), nullable=True)  # spki-sha256:… or cert-sha256:…
    allow_http: Mapped[bool] = mapped_column(Boolean, default=False)  # plain http beyond loopback, by the operator
    purposes: Mapped[str] = mapped_column(Text, default='["answer"]')  # JSON: what the peer may forward questions for


class NonceRow(Base):
    """Nonces of signed peer requests seen recently: a replay is refused."""

    __tablename__ = "mesh_nonces"

    nonce: Mapped[str] = mapped_column(String(80), primary_key=True)  # "<sender>:<nonce>"
    seen_at: Mapped[float] = mapped_column(Float, index=True)


class QuotaEventRow(Base):
    """One thing a client (an address, a key) did under a per-hour quota (``luytre.store.quotas``): every
    process of a node counts in this table, so ``serve --workers N`` does not multiply the bound by N."""

    __tablename__ = "quota_events"
    __table_args__ = (Index("ix_quota_events_client", "quota", "client", "at"),
                      Index("ix_quota_events_at", "quota", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    quota: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(255))
    at: Mapped[float] = mapped_column(Float)  # seconds since the epoch: the processes share no monotonic clock
