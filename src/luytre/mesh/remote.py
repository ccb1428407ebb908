"""Experts other nodes offer, as this node's router and policy see them."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from luytre.mesh.peers import Peer
from luytre.sovereignty.gate import ExpertFacts

REMOTE_SUFFIX = "@mesh"  # router label of an expert offered by peers: "<expert id>@mesh"


@dataclass(frozen=True)
class RemoteExpert:
    """One expert id offered by one or more peers (with the same domain and categories)."""

    id: str
    domain: str
    risk_tier: str
    accepts: tuple[str, ...]
    examples: tuple[str, ...]
    peers: tuple[Peer, ...]

    @property
    def label(self) -> str:
        return self.id + REMOTE_SUFFIX

    def facts(self, peer: Peer) -> ExpertFacts:
        """What the policy knows of this expert on ``peer`` (the node it would be sent to)."""
        return ExpertFacts(self.id, self.domain, self.risk_tier, ("public", *(c for c in self.accepts
                                                                            if c != "public")), peer.name)


def remote_experts(peers: list[Peer], local_ids: set[str], now: float | None = None) -> dict[str, RemoteExpert]:
    """Experts in the unexpired catalogs of unrevoked peers, by router label. An expert this node
    hosts itself is left out: local answers are preferred."""
    now = time.time() if now is None else now
    offers: dict[str, list[tuple[Peer, dict[str, Any]]]] = {}
    for peer in peers:
        if peer.revoked or peer.catalog is None or peer.catalog.get("expires_at", 0) < now:
            continue
        for entry in peer.catalog.get("experts", []):
            if entry.get("id") not in local_ids:
                offers.setdefault(entry["id"], []).append((peer, entry))
    out = {}
    for expert_id, offered in offers.items():
        first = offered[0][1]
        remote = RemoteExpert(expert_id, first.get("domain", ""), first.get("risk_tier", "high"),
                              tuple(first.get("data_categories", ["public"])), tuple(first.get("examples", []))[:200],
                              tuple(p for p, _ in offered))
        if remote.examples:
            out[remote.label] = remote
    return out


def examples_digest(examples: list[str]) -> str:
    return hashlib.sha256("\n".join(examples).encode("utf-8")).hexdigest()
