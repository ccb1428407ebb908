"""What a node serves its peers (``/v1/mesh``): its signed catalog, and answers to forwarded questions.

Every request must be signed by a trusted, unrevoked peer, fresh and not replayed; every response is
signed by this node. A forwarded question is answered like a local one — this node's own policy,
this node's audit log — with the asking peer as the actor.
"""

from __future__ import annotations

import base64
import json
import time
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from luytre.errors import Forbidden, InvalidQuery
from luytre.mesh.peers import Peer
from luytre.mesh.protocol import CATALOG_TTL_S, MeshAuthError, sign_catalog, sign_response, verify_request
from luytre.mesh.remote import examples_digest
from luytre.node.refusals import ACTOR_STATE
from luytre.sovereignty.audit import Checkpoint, canonical
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
        return peer, body, signed.nonce

    def signed_json(obj: Any, nonce: str) -> Response:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        return Response(body, media_type="application/json",
                        headers={"x-luytre-signature": sign_response(key, nonce, 200, body)})

    @router.get("/catalog", summary="This node's signed catalog of experts, for the calling peer")
    async def catalog(request: Request) -> Response:
        peer, _, nonce = await authenticated(request)
        return signed_json(sign_catalog(key, catalog_for(node, peer)), nonce)

    @router.post("/ask", summary="Answer a question forwarded by a peer")
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

    @router.get("/held", summary="The caller's audit checkpoint this node co-signed last")
    async def held(request: Request) -> Response:
        peer, _, nonce = await authenticated(request)
        return signed_json({"checkpoint": node.peers.held_checkpoint(peer.name)}, nonce)

    @router.post("/cosign", summary="Co-sign the caller's audit checkpoint if it extends the one held")
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
