"""Audit logs watched by peers: each peer co-signs our checkpoints and keeps the last one it signed,
so a node that rewrites or cuts its history is caught by comparing its log with what peers hold."""

from __future__ import annotations

from typing import Any

from luytre.errors import LuytreError
from luytre.mesh.client import MeshClient
from luytre.mesh.peers import Peer, PeerStore
from luytre.mesh.protocol import PeerError
from luytre.sovereignty.audit import AuditLog, Checkpoint


def cosign_with_peers(audit: AuditLog, peers: PeerStore, client: MeshClient) -> dict[str, str]:
    """Have every unrevoked peer co-sign our latest checkpoint, proving it extends the one the peer holds;
    the co-signatures are kept with the checkpoint. A peer that refuses or fails is reported."""
    checkpoint = audit.checkpoint()  # a new one if entries arrived since the last
    body_checkpoint = {k: v for k, v in checkpoint.to_dict().items() if k != "cosignatures"}
    outcome = {}
    for peer in peers.list():
        if peer.revoked:
            continue
        try:
            held = _held(client, peer)
            proof = (audit.prove_consistency(held.size, checkpoint.size)["proof"]
                     if held and 0 < held.size < checkpoint.size else None)
            cosignature = client.call(peer, "POST", "/v1/mesh/cosign", {"checkpoint": body_checkpoint, "proof": proof},
                                      background=True)
            audit.add_cosignature(checkpoint.size, cosignature)
            outcome[peer.name] = f"co-signed size {checkpoint.size}"
        except LuytreError as exc:
            outcome[peer.name] = f"failed: {exc.message}"
    return outcome


def held_by_peers(peers: PeerStore, client: MeshClient) -> tuple[list[Checkpoint], dict[str, Any]]:
    """The checkpoints of our log that peers hold (to verify our log against), and a line per peer."""
    checkpoints, report = [], {}
    for peer in peers.list():
        if peer.revoked:
            continue
        try:
            held = _held(client, peer)
        except LuytreError as exc:
            report[peer.name] = f"unreachable: {exc.message}"
            continue
        if held is None:
            report[peer.name] = "holds no checkpoint of this node yet"
            continue
        checkpoints.append(held)
        report[peer.name] = f"holds size {held.size} signed {held.time}"
    return checkpoints, report


def _held(client: MeshClient, peer: Peer) -> Checkpoint | None:
    """The checkpoint of this node's log that ``peer`` holds, or None; a signed answer that is not a checkpoint
    is the peer's failure (``PeerError``), never a crash of whoever asked."""
    held = client.call(peer, "GET", "/v1/mesh/held", background=True).get("checkpoint")
    if held is None:
        return None
    try:
        return Checkpoint.from_dict(held)
    except ValueError as exc:
        raise PeerError(f"peer {peer.name} answered something that is not a checkpoint") from exc
