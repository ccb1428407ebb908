"""What a node serves its peers (``/v1/mesh``): its signed catalog, and answers to forwarded questions.

Every request must be signed by a trusted, unrevoked peer, fresh and not replayed; every response to it is
signed by this node, refusals included (``luytre.node.refusals.sign_refusal``). A forwarded question is
answered like a local one — this node's own policy, this node's audit log — with the asking peer as the actor.
"""

from __future__ import annotations

import base64
import json
import time
from functools import partial
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from luytre.errors import Forbidden, InvalidQuery
from luytre.experts.manifest import Localized
from luytre.mesh.peers import Peer
from luytre.mesh.protocol import CATALOG_TTL_S, MeshAuthError, sign_catalog, sign_response, verify_request
from luytre.mesh.remote import Catalog, CatalogEntry, examples_digest
from luytre.node.answer import AskResponse
from luytre.node.refusals import ACTOR_STATE, SIGNER_STATE
from luytre.sovereignty.audit import Checkpoint, canonical
from luytre.sovereignty.checkpoint_model import CheckpointModel
from luytre.sovereignty.consent import check_purpose

COSIGN_FORMAT = "luytre-cosign/1"

if TYPE_CHECKING:
    from luytre.node.service import Node


class ForwardedAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str
    expert: str
    lang: str = "vi"
    purpose: str = "answer"
    redacted: bool = Field(False, description="The sender replaced personal values with placeholders.")


# What the mesh routes answer. Each body is sent as signed bytes (``signed_json``), so these models describe
# the responses in OpenAPI; tests/test_federation.py checks the bytes against them.

class Vetting(BaseModel):
    admitted: bool = Field(description="The expert passed this node's vetting.")
    unsigned: bool = Field(description="It was installed without a publisher's signature.")


class Load(BaseModel):
    asks_per_min: int = Field(description="Questions this node answered in the last minute.")


class OfferedExpert(CatalogEntry):
    """One expert of the catalog: what a peer's router and policy read (``CatalogEntry``) and the rest."""

    version: str
    kind: str
    title: Localized
    examples_digest: str = Field(description="SHA-256 of the examples, to notice a change without reading them.")
    vetting: Vetting
    load: Load


class OfferedCatalog(Catalog):
    node: str = Field(description="This node's id.")
    name: str = Field(description="This node's name.")
    for_peer: str = Field(alias="for", description="The id of the peer the catalog was made for.")
    version: int = Field(description="This node's registry generation: a peer refuses an older one (rollback).")
    issued_at: int
    experts: list[OfferedExpert]


class SignedCatalog(BaseModel):
    catalog: OfferedCatalog
    signature: str = Field(description="Ed25519 signature of the canonical catalog by this node's key, base64.")


class HeldCheckpoint(BaseModel):
    checkpoint: CheckpointModel | None = Field(description="The caller's checkpoint this node co-signed last "
                                                           "(without co-signatures); null before the first.")


class Cosignature(BaseModel):
    cosigner: str = Field(description="This node's id.")
    name: str = Field(description="This node's name.")
    public_key: str = Field(description="This node's Ed25519 public key, base64.")
    signature: str = Field(description="Signature, base64, of the statement that the log had this size and root.")


def catalog_for(node: "Node", peer: Peer) -> dict[str, Any]:
    """The experts this node offers ``peer``: its own loaded experts, never ones it reaches through others."""
    installed = {e.id: e for e in node.registry.list()}
    experts = []
    for expert in node.loaded().values():
        m = expert.manifest
        report = (installed[m.id].active.vetting_report or {}) if m.id in installed else {}
        experts.append({"id": m.id, "version": m.version, "kind": m.kind, "domain": m.domain,
                        "title": m.title.model_dump(), "examples": list(m.examples[:200]),
                        "examples_digest": examples_digest(list(m.examples[:200])),
                        "data_categories": list(m.data_categories), "risk_tier": m.risk_tier,
                        "vetting": {"admitted": report.get("admitted", True),
                                    "unsigned": report.get("unsigned", False)},
                        "load": {"asks_per_min": node.asks_per_minute()}})
    now = int(time.time())
    return {"node": node.home.node_id, "name": node.home.config.node.name, "for": peer.node_id,
            "version": node.registry.generation(), "issued_at": now, "expires_at": now + CATALOG_TTL_S,
            "experts": sorted(experts, key=lambda e: e["id"])}


def mesh_router(node: "Node") -> APIRouter:
    router = APIRouter(prefix="/v1/mesh", tags=["federation"])
    key = node.home.identity()  # read once: every response is signed with it

    async def authenticated(request: Request) -> tuple[Peer, bytes, str]:
        body = await request.body()
        signed = verify_request(request.headers, request.method, request.url.path, body, node.home.node_id,
                                node.peers.trusted_key)
        node.peers.remember_nonce(signed.sender, signed.nonce)
        peer = node.peers.by_node(signed.sender)
        if peer is None or peer.revoked:
            raise MeshAuthError("peer revoked")
        setattr(request.state, ACTOR_STATE, f"peer:{peer.name}")  # who a refusal from here on is audited as
        setattr(request.state, SIGNER_STATE, partial(sign_response, key, signed.nonce))  # and signed by
        return peer, body, signed.nonce

    def signed_json(obj: Any, nonce: str) -> Response:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        return Response(body, media_type="application/json",
                        headers={"x-luytre-signature": sign_response(key, nonce, 200, body)})

    @router.get("/catalog", response_model=SignedCatalog,
                summary="This node's signed catalog of experts, for the calling peer")
    async def catalog(request: Request) -> Response:
        peer, _, nonce = await authenticated(request)
        return signed_json(sign_catalog(key, catalog_for(node, peer)), nonce)

    @router.post("/ask", response_model=AskResponse, summary="Answer a question forwarded by a peer")
    async def ask(request: Request) -> Response:
        peer, body, nonce = await authenticated(request)
        try:
            forwarded = ForwardedAsk.model_validate_json(body)
        except ValueError as exc:
            raise InvalidQuery(f"bad forwarded question: {exc}") from exc
        if forwarded.purpose not in peer.purposes:  # the peer's agreement, not its word, says what it may ask for
            claimed = _shown_purpose(forwarded.purpose)
            raise Forbidden(f"peer {peer.name} may forward questions for {', '.join(peer.purposes)} only, not for "
                            f"{claimed!r}; this node's operator sets them (luytre peer add --purpose)")
        result = await node.ask_async(forwarded.query, expert=forwarded.expert, lang=forwarded.lang,
                                      actor=f"peer:{peer.name}", purpose=forwarded.purpose)
        return signed_json(result.to_dict(), nonce)

    @router.get("/held", response_model=HeldCheckpoint,
                summary="The caller's audit checkpoint this node co-signed last")
    async def held(request: Request) -> Response:
        peer, _, nonce = await authenticated(request)
        return signed_json({"checkpoint": node.peers.held_checkpoint(peer.name)}, nonce)

    @router.post("/cosign", response_model=Cosignature,
                 summary="Co-sign the caller's audit checkpoint if it extends the one held")
    async def cosign(request: Request) -> Response:
        peer, body, nonce = await authenticated(request)
        try:
            request_body = CosignRequest.model_validate_json(body)
            checkpoint = Checkpoint.from_dict(request_body.checkpoint)
        except ValueError as exc:  # not JSON, or not a checkpoint
            raise MeshAuthError(f"bad checkpoint: {exc}") from exc
        if checkpoint.signer != peer.node_id or checkpoint.public_key != peer.public_key or \
                not checkpoint.signature_ok():
            raise MeshAuthError("the checkpoint is not signed by the calling peer's key")
        node.peers.hold_checkpoint(peer.name, {k: v for k, v in checkpoint.to_dict().items() if k != "cosignatures"},
                                   request_body.proof)
        return signed_json(cosignature(node, checkpoint), nonce)

    return router


def _shown_purpose(purpose: str) -> str:
    """A claimed purpose as a refusal (and so the audit log) may show it: only in a purpose's shape."""
    try:
        return check_purpose(purpose)
    except InvalidQuery:
        return "(not a purpose)"


class CosignRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    checkpoint: dict[str, Any]
    proof: list[str] | None = Field(None, description="Consistency proof from the checkpoint this node holds.")


def cosignature(node: "Node", checkpoint: Checkpoint) -> dict[str, str]:
    """This node's signature over a peer's checkpoint: "I have seen this log at this size and root"."""
    statement = canonical({"format": COSIGN_FORMAT, "signer": checkpoint.signer, "size": checkpoint.size,
                           "root": checkpoint.root, "cosigner": node.home.node_id})
    return {"cosigner": node.home.node_id, "name": node.home.config.node.name, "public_key": node.home.public_key,
            "signature": base64.b64encode(node.home.identity().sign(statement)).decode("ascii")}
