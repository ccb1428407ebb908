"""The node-to-node protocol: signed requests, signed responses and signed catalogs.

Every request a node sends a peer carries its node id, a timestamp, a random
nonce and an Ed25519 signature over the method, path, time, nonce, the hash of
the body and the *recipient's* node id (so a request meant for one node cannot
be replayed at another). The recipient accepts it only from a peer it added
and has not revoked, within ``MAX_SKEW_S`` of its own clock, with a nonce it has
not seen. Every response is signed by the responder over the request's nonce,
the status and the hash of the body, so the caller knows who answered what.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from luytre.errors import LuytreError
from luytre.sovereignty.audit import canonical

PROTOCOL = "luytre-mesh-v1"
MAX_SKEW_S = 60
CATALOG_TTL_S = 3600


class MeshAuthError(LuytreError):
    """A node-to-node message that is not from a trusted peer, is stale or replayed, or is badly signed."""

    code, http_status, exit_code = "peer_not_authenticated", 401, 7


class PeerError(LuytreError):
    """A peer could not be reached or answered wrongly (timeout, garbage, bad signature)."""

    code, http_status, exit_code = "peer_failed", 502, 8


def load_public_key(public_key: str) -> Ed25519PublicKey:
    """A peer's public key from its base64 form; a typo fails here, it can never name another node."""
    try:
        raw = base64.b64decode(public_key, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:  # not base64 (binascii.Error), or not 32 bytes
        raise MeshAuthError("not an Ed25519 public key (base64 of 32 bytes, as `luytre init` prints it)") from exc


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _request_statement(method: str, path: str, stamp: str, nonce: str, body: bytes, recipient: str) -> bytes:
    return "\n".join((PROTOCOL, method.upper(), path, stamp, nonce, digest(body), recipient)).encode("utf-8")


def sign_request(key: Ed25519PrivateKey, sender: str, recipient: str, method: str, path: str,
                 body: bytes) -> dict[str, str]:
    """The headers that authenticate one request from ``sender`` to ``recipient``."""
    stamp, nonce = str(int(time.time())), secrets.token_urlsafe(16)
    signature = key.sign(_request_statement(method, path, stamp, nonce, body, recipient))
    return {"x-luytre-node": sender, "x-luytre-time": stamp, "x-luytre-nonce": nonce,
            "x-luytre-signature": base64.b64encode(signature).decode("ascii")}


@dataclass(frozen=True)
class SignedRequest:
    sender: str
    nonce: str
    stamp: int


def verify_request(headers: Any, method: str, path: str, body: bytes, recipient: str,
                   public_key_for: Any, now: float | None = None) -> SignedRequest:
    """Check a request's headers; ``public_key_for(node_id)`` returns the trusted key or None.
    Replay (the nonce) is checked by the caller, which owns the store of seen nonces."""
    sender = headers.get("x-luytre-node")
    stamp, nonce, signature = headers.get("x-luytre-time"), headers.get("x-luytre-nonce"), headers.get(
        "x-luytre-signature")
    if not (sender and stamp and nonce and signature):
        raise MeshAuthError("missing node signature headers (x-luytre-node, -time, -nonce, -signature)")
    key = public_key_for(sender)
    if key is None:
        raise MeshAuthError(f"node {sender} is not a trusted peer of this node (unknown or revoked)")
    try:
        when = int(stamp)
    except ValueError as exc:
        raise MeshAuthError("bad x-luytre-time") from exc
    if abs((now if now is not None else time.time()) - when) > MAX_SKEW_S:
        raise MeshAuthError(f"request time is more than {MAX_SKEW_S} s away from this node's clock")
    try:
        load_public_key(key).verify(base64.b64decode(signature), _request_statement(method, path, stamp, nonce,
                                                                                     body, recipient))
    except (InvalidSignature, ValueError) as exc:
        raise MeshAuthError(f"bad signature from {sender}") from exc
    return SignedRequest(sender, nonce, when)


def _response_statement(nonce: str, status: int, body: bytes) -> bytes:
    return "\n".join((PROTOCOL, "response", nonce, str(status), digest(body))).encode("utf-8")


def sign_response(key: Ed25519PrivateKey, nonce: str, status: int, body: bytes) -> str:
    return base64.b64encode(key.sign(_response_statement(nonce, status, body))).decode("ascii")


def verify_response(public_key: str, nonce: str, status: int, body: bytes, signature: str | None) -> None:
    if not signature:
        raise PeerError("the peer's response is not signed")
    try:
        load_public_key(public_key).verify(base64.b64decode(signature), _response_statement(nonce, status, body))
    except (InvalidSignature, ValueError) as exc:
        raise PeerError("the peer's response signature does not verify") from exc


# -- catalogs ----------------------------------------------------------------------------------------

def sign_catalog(key: Ed25519PrivateKey, catalog: dict[str, Any]) -> dict[str, Any]:
    signature = key.sign(canonical({"protocol": PROTOCOL, "catalog": catalog}))
    return {"catalog": catalog, "signature": base64.b64encode(signature).decode("ascii")}


def verify_catalog(signed: Any, public_key: str, node_id: str, last_version: int | None,
                   now: float | None = None) -> dict[str, Any]:
    """The catalog if it is signed by the pinned key, for that node, unexpired and not older than the
    last one accepted (no rollback)."""
    if not isinstance(signed, dict) or not isinstance(signed.get("catalog"), dict):
        raise PeerError("the peer's catalog is not a signed catalog")
    catalog: dict[str, Any] = signed["catalog"]
    try:
        load_public_key(public_key).verify(base64.b64decode(signed.get("signature") or ""),
                                           canonical({"protocol": PROTOCOL, "catalog": catalog}))
    except (InvalidSignature, ValueError) as exc:
        raise PeerError("the peer's catalog signature does not verify") from exc
    if catalog.get("node") != node_id:
        raise PeerError("the catalog names another node")
    if not isinstance(catalog.get("version"), int) or not isinstance(catalog.get("expires_at"), (int, float)):
        raise PeerError("the catalog has no version or expiry")
    if catalog["expires_at"] < (now if now is not None else time.time()):
        raise PeerError("the peer's catalog has expired")
    if last_version is not None and catalog["version"] < last_version:
        raise PeerError(f"the peer's catalog version {catalog['version']} is older than the one already accepted "
                        f"({last_version}): rollback refused")
    return catalog
