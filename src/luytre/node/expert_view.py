"""The public record of an installed expert: what ``GET /v1/experts`` answers and ``luytre expert list`` and
``info`` print. Pydantic only, so the CLI reads it without importing FastAPI (~0.3 s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from luytre.store.database import InstalledExpert

if TYPE_CHECKING:
    from luytre.node.service import Node


class ExpertVersion(BaseModel):
    version: str
    digest: str
    installed_at: str
    size_bytes: int


class ExpertView(BaseModel):
    """The public record of an installed expert (also what ``luytre expert info`` prints)."""

    id: str
    version: str
    enabled: bool
    loaded: bool
    load_error: str | None
    kind: str
    domain: str
    title: dict[str, str]
    risk_tier: str
    data_categories: list[str]
    publisher: str
    digest: str
    installed_at: str
    manifest: dict[str, Any]
    vetting: dict[str, Any] | None
    unsigned: bool
    versions: list[ExpertVersion]


def expert_view(installed: InstalledExpert, node: Node) -> ExpertView:
    """The public record of ``installed`` as ``node`` serves it."""
    return ExpertView(
        id=installed.id,
        version=installed.active.version,
        enabled=installed.enabled,
        loaded=installed.id in node.loaded(),
        load_error=node.load_failures().get(installed.id),
        kind=installed.manifest.kind,
        domain=installed.manifest.domain,
        title=installed.manifest.title.model_dump(),
        risk_tier=installed.manifest.risk_tier,
        data_categories=list(installed.manifest.data_categories),
        publisher=installed.manifest.publisher,
        digest=installed.active.digest,
        installed_at=installed.active.installed_at.isoformat(),
        manifest=installed.manifest.model_dump(mode="json"),
        vetting=installed.active.vetting_report,
        unsigned=bool((installed.active.vetting_report or {}).get("unsigned")),
        versions=[ExpertVersion(version=v.version, digest=v.digest, installed_at=v.installed_at.isoformat(),
                                size_bytes=v.size_bytes) for v in installed.versions],
    )
