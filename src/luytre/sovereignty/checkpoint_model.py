"""A signed audit checkpoint as JSON: what the node serves, peers co-sign and ``luytre audit verify --checkpoint``
reads from a file (pydantic only, so the CLI reads one without importing the web framework)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CheckpointModel(BaseModel):
    size: int = Field(description="How many entries the signed tree holds.")
    root: str = Field(description="RFC 6962 Merkle tree hash of those entries, hex.")
    chain: str = Field(description="Hash-chain head after the last of them, hex.")
    time: str = Field(description="When it was signed (UTC, ISO 8601).")
    signer: str = Field(description="The node id; it must be the fingerprint of public_key.")
    public_key: str = Field(description="The node's Ed25519 public key, base64 (pin it on first sight).")
    signature: str = Field(description="Ed25519 signature of the canonical statement, base64.")
    cosignatures: list[dict[str, str]] = Field(default_factory=list, description="Peers' co-signatures.")
