"""Operating a node: liveness, the dashboard's history, Prometheus metrics, and its peers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field

from luytre import __version__
from luytre.node.deps import Guards, MetricsDep, NodeDep
from luytre.node.routes.policy import PolicyStatusModel


class Health(BaseModel):
    status: str
    version: str
    node: dict[str, str]
    experts: list[str] = Field(description="Experts loaded and answering.")
    failed: dict[str, str] = Field(description="Installed experts that failed to load, and why.")
    policy: PolicyStatusModel
    generation: int = Field(description="The registry generation (experts, peers' catalogs) the node serves.")
    remote: dict[str, list[str]] = Field(description="Experts of peers the node routes to, by router label, "
                                                     "with the peers offering each.")


class MetricsHistory(BaseModel):
    bucket_s: int
    now: int
    experts: list[str]
    series: list[dict[str, Any]] = Field(description="Per time bucket: asks per expert, answered, refused, "
                                                     "p50_ms, p99_ms, energy_j_per_answer.")
    refusals: dict[str, int]
    redactions: dict[str, int]
    totals: dict[str, int]


class PeerHealthModel(BaseModel):
    ok: bool | None
    latency_ms: float | None
    failures: int
    circuit: str
    last_error: str | None


class PeerStatus(BaseModel):
    name: str
    node_id: str
    url: str
    public_key: str
    jurisdiction: str | None
    revoked: bool
    catalog_version: int | str | None
    catalog_expires_at: str | float | int | None
    experts: list[str]
    tls_pin: str | None
    allow_http: bool
    health: PeerHealthModel


def operations_router(guards: Guards) -> APIRouter:
    router = APIRouter()

    @router.get("/healthz", tags=["operations"], summary="Liveness and what is loaded")
    async def healthz(node: NodeDep) -> Health:  # on the event loop: answers while every worker is busy
        generation, remote = node.serving()
        return Health(status="ok", version=__version__, node=node.identity, experts=sorted(node.loaded()),
                      failed=node.load_failures(),
                      policy=PolicyStatusModel.model_validate(node.gate.status.to_dict()),
                      generation=generation, remote=remote)

    @router.get("/v1/metrics/history", tags=["operations"],
                summary="The last hour in time buckets, for the dashboard")
    def metrics_history(metrics: MetricsDep) -> MetricsHistory:
        return MetricsHistory.model_validate(metrics.history.snapshot())

    @router.get("/metrics", tags=["operations"], summary="Prometheus metrics", response_class=Response,
                responses={200: {"content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}},
                                "description": "Prometheus text format"}})
    def prometheus(node: NodeDep, metrics: MetricsDep) -> Response:
        return Response(metrics.exposition(len(node.loaded())), media_type=CONTENT_TYPE_LATEST)

    @router.get("/v1/peers", tags=["federation"], summary="Peers, their catalogs and their health",
                dependencies=guards.operator)
    def peers(node: NodeDep) -> list[PeerStatus]:
        return [PeerStatus.model_validate(peer) for peer in node.peer_status()]

    return router
