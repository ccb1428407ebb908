"""The node database's own tables (SQLAlchemy 2 declarative models); kinds declare theirs in their package."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, String, Text
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


class NonceRow(Base):
    """Nonces of signed peer requests seen recently: a replay is refused."""

    __tablename__ = "mesh_nonces"

    nonce: Mapped[str] = mapped_column(String(80), primary_key=True)  # "<sender>:<nonce>"
    seen_at: Mapped[float] = mapped_column(Float, index=True)
