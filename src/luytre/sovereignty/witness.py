"""Witnessing a node's audit log from outside: keep its signed checkpoints, and accept a new one only
with an RFC 6962 consistency proof that it extends the last one kept.

A witness (a regulator, another organization) needs no account on the node beyond read access to its
proofs. What it keeps is evidence: two checkpoints signed by the same key that no consistency proof
joins (a fork), or a smaller one after a larger (a rollback), prove the node rewrote its history.

Layout of a witness store::

    STORE/sources.json                   url -> the node id (key fingerprint) first seen there
    STORE/<node id>/checkpoints.jsonl    every checkpoint accepted, oldest first
    STORE/<node id>/refused.jsonl        every checkpoint refused, with the reason (the evidence)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from luytre.errors import LuytreError
from luytre.home import node_id_of
from luytre.sovereignty import merkle
from luytre.sovereignty.audit import Checkpoint
from luytre.storage import atomic_write

__all__ = ["WitnessRefused", "WitnessStore", "fetch_checkpoint", "witness"]

SOURCES = "sources.json"
MAX_RESPONSE_BYTES = 1 << 20  # a checkpoint or a proof is a few KB


class WitnessRefused(LuytreError):
    """The node showed a checkpoint that does not extend what this witness holds."""

    code, http_status, exit_code = "witness_refused", 409, 1


class WitnessUnreachable(LuytreError):
    code, http_status, exit_code = "witness_unreachable", 502, 7


@dataclass
class WitnessStore:
    root: Path

    def _folder(self, node_id: str) -> Path:
        return self.root / node_id

    def held(self, node_id: str) -> list[Checkpoint]:
        path = self._folder(node_id) / "checkpoints.jsonl"
        if not path.exists():
            return []
        return [Checkpoint.from_dict(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]

    def node_of(self, url: str) -> str | None:
        return self._sources().get(url)

    def _sources(self) -> dict[str, str]:
        path = self.root / SOURCES
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _append(self, node_id: str, name: str, record: dict[str, Any]) -> None:
        folder = self._folder(node_id)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / name, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def keep(self, url: str, checkpoint: Checkpoint) -> None:
        self._append(checkpoint.signer, "checkpoints.jsonl",
                     {k: v for k, v in checkpoint.to_dict().items() if k != "cosignatures"})
        sources = self._sources()
        if url not in sources:
            self.root.mkdir(parents=True, exist_ok=True)
            atomic_write(self.root / SOURCES, json.dumps({**sources, url: checkpoint.signer}, indent=2).encode())

    def refuse(self, url: str, checkpoint: Checkpoint, reason: str, message: str) -> WitnessRefused:
        self._append(checkpoint.signer, "refused.jsonl",
                     {"url": url, "reason": reason, "message": message, "seen_at": datetime.now(UTC).isoformat(),
                      "checkpoint": checkpoint.to_dict()})
        return WitnessRefused(message)


def _get(client: httpx.Client, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    try:
        response = client.get(url, params=params)
    except httpx.HTTPError as exc:
        raise WitnessUnreachable(f"cannot reach {url}: {exc}") from exc
    if len(response.content) > MAX_RESPONSE_BYTES:
        raise WitnessUnreachable(f"{url} answered {len(response.content)} bytes; a checkpoint or proof is smaller")
    if response.status_code != 200:
        raise WitnessUnreachable(f"{url} answered {response.status_code}: {response.text[:200]}")
    try:
        body = response.json()
    except ValueError as exc:
        raise WitnessUnreachable(f"{url} did not answer JSON") from exc
    if not isinstance(body, dict):
        raise WitnessUnreachable(f"{url} did not answer a JSON object")
    return body


def fetch_checkpoint(client: httpx.Client, base_url: str) -> Checkpoint:
    """The node's latest checkpoint, checked to be signed by the key it names (whose fingerprint is the signer)."""
    body = _get(client, f"{base_url.rstrip('/')}/v1/audit/checkpoint")
    try:
        checkpoint = Checkpoint.from_dict(body)
    except ValueError as exc:
        raise WitnessUnreachable(f"{base_url} answered something that is not a checkpoint: {exc}") from exc
    if not checkpoint.signed_by(checkpoint.public_key):
        raise WitnessUnreachable(f"{base_url}'s checkpoint is not validly signed by the key it names")
    return checkpoint


def witness(base_url: str, store: WitnessStore, client: httpx.Client) -> str:
    """Fetch the node's checkpoint and keep it if it extends the last one held; return what happened.
    Raises ``WitnessRefused`` (the checkpoint is kept as evidence) on a fork, a rollback or a new key."""
    url = base_url.rstrip("/")
    checkpoint = fetch_checkpoint(client, url)
    known = store.node_of(url)
    if known is not None and known != checkpoint.signer:
        raise store.refuse(url, checkpoint, "key_changed",
                           f"refused: {url} was node {known} but now signs as {checkpoint.signer} "
                           f"(key {checkpoint.public_key[:12]}…): another key cannot continue its log")
    held = store.held(checkpoint.signer)
    if not held:
        store.keep(url, checkpoint)
        return f"first checkpoint of {checkpoint.signer}: size {checkpoint.size}; its key is now pinned"
    last = held[-1]
    if checkpoint.size < last.size:
        raise store.refuse(url, checkpoint, "rollback",
                           f"refused: rollback: {url} shows size {checkpoint.size} but this witness holds size "
                           f"{last.size} signed at {last.time}")
    if checkpoint.size == last.size:
        if checkpoint.root != last.root:
            raise store.refuse(url, checkpoint, "fork",
                               f"refused: fork: two different roots signed at size {last.size} "
                               f"({last.root[:12]}… held, {checkpoint.root[:12]}… shown)")
        return f"{checkpoint.signer} unchanged at size {last.size}"
    if last.size == 0:
        consistent = True
    else:
        proof = _get(client, f"{url}/v1/audit/consistency", {"from": last.size, "to": checkpoint.size})
        consistent = (proof.get("old_root") == last.root and proof.get("root") == checkpoint.root
                      and merkle.verify_consistency(last.size, checkpoint.size, bytes.fromhex(last.root),
                                                    bytes.fromhex(checkpoint.root),
                                                    [bytes.fromhex(h) for h in proof.get("proof", [])]))
    if not consistent:
        raise store.refuse(url, checkpoint, "fork",
                           f"refused: fork: size {checkpoint.size} does not extend the size {last.size} this "
                           f"witness holds (no valid consistency proof)")
    store.keep(url, checkpoint)
    return f"{checkpoint.signer} grew from {last.size} to {checkpoint.size}: consistency proof verified"


def held_by_sources(sources: list[str], public_key: str, client: httpx.Client) -> tuple[dict[str, list[Checkpoint]],
                                                                                         dict[str, str]]:
    """What each source holds of the node with ``public_key``: a witness store folder (every checkpoint it
    kept) or a node URL (the checkpoint it shows now). Returns the checkpoints and a line per source."""
    node_id = node_id_of(public_key)
    held: dict[str, list[Checkpoint]] = {}
    report: dict[str, str] = {}
    for source in sources:
        if source.startswith(("http://", "https://")):
            try:
                checkpoints = [fetch_checkpoint(client, source)]
            except LuytreError as exc:
                report[source] = f"unreachable: {exc.message}"
                continue
        else:
            checkpoints = WitnessStore(Path(source)).held(node_id)
        held[source] = checkpoints
        report[source] = (f"holds {len(checkpoints)} checkpoint(s), up to size {checkpoints[-1].size}"
                          if checkpoints else "holds no checkpoint of this node")
    return held, report
