"""Experts other nodes offer, as this node's router and policy see them."""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from luytre.mesh.peers import Peer
from luytre.sovereignty.policy import ExpertFacts

REMOTE_SUFFIX = "@mesh"  # router label of an expert offered by peers: "<expert id>@mesh"
log = logging.getLogger("luytre.mesh")

_Short = Annotated[str, StringConstraints(min_length=1, max_length=128)]


class CatalogEntry(BaseModel):
    """One expert in a peer's catalog, as far as this node reads it: typed, with bounded sizes."""

    model_config = ConfigDict(extra="ignore")
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]  # as a manifest's id
    domain: Annotated[str, StringConstraints(max_length=128)] = ""
    risk_tier: _Short = "high"
    data_categories: list[_Short] = Field(["public"], max_length=32)
    examples: list[Annotated[str, StringConstraints(max_length=1024)]] = Field([], max_length=200)


class Catalog(BaseModel):
    model_config = ConfigDict(extra="ignore")
    expires_at: float = 0
    experts: list[Any] = Field([], max_length=1000)


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
    offers: dict[str, list[tuple[Peer, CatalogEntry]]] = {}
    for peer in peers:
        if peer.revoked or peer.catalog is None:
            continue
        try:
            catalog = Catalog.model_validate(peer.catalog)
        except ValidationError as exc:
            log.warning("catalog of peer %s skipped: %s", peer.name, exc.errors()[0]["msg"])
            continue
        if catalog.expires_at < now:
            continue
        for raw in catalog.experts:
            try:  # a bad entry is skipped and logged; it never stops the node
                entry = CatalogEntry.model_validate(raw)
            except ValidationError as exc:
                log.warning("an expert in the catalog of peer %s skipped: %s", peer.name, exc.errors()[0]["msg"])
                continue
            if entry.id not in local_ids:
                offers.setdefault(entry.id, []).append((peer, entry))
    out = {}
    for expert_id, offered in offers.items():
        first = offered[0][1]
        remote = RemoteExpert(expert_id, first.domain, first.risk_tier, tuple(first.data_categories),
                              tuple(first.examples), tuple(p for p, _ in offered))
        if remote.examples:
            out[remote.label] = remote
    return out


def examples_digest(examples: list[str]) -> str:
    return hashlib.sha256("\n".join(examples).encode("utf-8")).hexdigest()
