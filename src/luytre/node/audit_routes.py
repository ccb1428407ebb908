"""The audit routes: the signed checkpoint (public, so anyone may witness it), proofs, entries and
verification (behind one access dependency the node passes in, so a role other than the operator's can
be given it in one place)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.params import Depends
from pydantic import BaseModel, ConfigDict, Field

from luytre.node.deps import NodeDep
from luytre.sovereignty.checkpoint_model import CheckpointModel


class InclusionProofModel(BaseModel):
    seq: int
    leaf_hash: str = Field(description="SHA-256(0x00 ‖ entry), hex.")
    size: int = Field(description="The tree the proof is against: the latest checkpoint's by default.")
    root: str = Field(description="The tree's root; equal to checkpoint.root when a checkpoint is given.")
    path: list[str] = Field(description="RFC 6962 audit path, hex, innermost first.")
    checkpoint: CheckpointModel | None = Field(description="The signed checkpoint at `size`, if there is one.")


class ConsistencyProofModel(BaseModel):
    old_size: int
    size: int
    old_root: str
    root: str
    proof: list[str] = Field(description="RFC 6962 consistency proof, hex.")
    checkpoint: CheckpointModel | None = Field(description="The signed checkpoint at `size`, if there is one.")


class VerificationModel(BaseModel):
    ok: bool
    size: int
    checkpoints_checked: int
    first_bad_seq: int | None = None
    problem: str | None = None
    reason: str | None = Field(None, description="copied, foreign_checkpoint, bad_signature, truncated, rewritten, "
                                                 "checkpoint_missing, checkpoint_stale, checkpoint_deleted, …")
    checkpoint_file: str | None = None


class AuditEntryModel(BaseModel):
    """One audit entry as stored: what happened and why (actor, purpose, expert, destination, decision, rule,
    data categories, HMACs; a kind's events name themselves in ``event``), never a personal value."""

    model_config = ConfigDict(extra="allow")
    seq: int


def audit_router(*, proofs: list[Depends], records: list[Depends]) -> APIRouter:
    """Routes over the node's audit log. ``proofs`` guards the checkpoint and the proofs (hashes only, for witnesses
    and for a caller checking its own answer's entry); ``records`` guards the entries and the verification."""
    router = APIRouter(tags=["audit"])

    @router.get("/v1/audit/checkpoint", response_model=CheckpointModel, dependencies=proofs,
                summary="The latest signed checkpoint of the audit log (public, for witnesses)")
    def latest_checkpoint(node: NodeDep) -> dict[str, Any]:
        return (node.audit.latest() or node.audit.checkpoint()).to_dict()

    @router.get("/v1/audit/proof/{seq}", response_model=InclusionProofModel, dependencies=proofs,
                summary="Inclusion proof of one audit entry against the latest checkpoint, O(log n)")
    def audit_proof(seq: int, node: NodeDep,
                    size: int | None = Query(None, ge=1, description="Prove against the tree of this many entries "
                                                                     "instead.")) -> dict[str, Any]:
        return node.audit.prove(seq, size)

    @router.get("/v1/audit/consistency", response_model=ConsistencyProofModel, dependencies=proofs,
                summary="Proof that the log at `from` entries is a prefix of the log at `to`, O(log n)")
    def audit_consistency(node: NodeDep, from_size: int = Query(alias="from", ge=1),
                          to: int | None = Query(None, ge=1, description="Default: the latest checkpoint.")
                          ) -> dict[str, Any]:
        if to is None:
            to = (node.audit.latest() or node.audit.checkpoint()).size
        return node.audit.prove_consistency(from_size, to)

    @router.get("/v1/audit/entries", summary="The newest audit entries, newest first", dependencies=records)
    def audit_entries(node: NodeDep, limit: int = Query(50, ge=1, le=500),
                      before: int | None = None) -> list[AuditEntryModel]:
        return [AuditEntryModel.model_validate(entry) for entry in node.audit.recent(limit, before)]

    @router.get("/v1/audit/verify", response_model=VerificationModel, summary="Verify the whole audit log",
                dependencies=records)
    def audit_verify(node: NodeDep) -> dict[str, Any]:
        return node.audit.verify().to_dict()

    return router
