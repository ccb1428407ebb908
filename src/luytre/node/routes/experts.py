"""Installed experts: what they are (public), asking one directly or in a batch, and, for the operator,
installing, removing, enabling and disabling them."""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, UploadFile
from pydantic import BaseModel, ConfigDict, Field

from luytre.access import ANONYMOUS
from luytre.errors import LuytreError, QueryTooLarge
from luytre.node.answer import AskResponse
from luytre.node.deps import Guards, MetricsDep, NodeDep, asker, metrics_of, node_of
from luytre.node.expert_view import ExpertView, expert_view
from luytre.store.database import InstalledExpert

if TYPE_CHECKING:
    from luytre.node.service import Node

MAX_BATCH = 2000  # questions in one batch request


class InvokeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str
    lang: str = "auto"  # vi, en, or the question's own
    purpose: str = "answer"
    subject: str | None = None


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    queries: list[str] = Field(min_length=1, max_length=MAX_BATCH, description="The questions (e.g. addresses).")
    lang: str = "auto"  # vi, en, or the question's own
    purpose: str = "answer"


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: dict[str, Any] | None = None


class BatchError(BaseModel):
    error: ErrorBody

    @classmethod
    def of(cls, exc: LuytreError) -> BatchError:
        return cls(error=ErrorBody(code=exc.code, message=exc.message, detail=exc.detail or None))


class BatchResponse(BaseModel):
    results: list[AskResponse | BatchError] = Field(description="One answer or error per question, in order.")


class Routing(BaseModel):
    """When an admin change reaches routing: the node answers at once and retrains its router in the
    background (seconds on a busy machine). A disabled or removed expert stops answering at once."""

    generation: int = Field(description="The registry generation holding this change; the router that knows "
                                        "it is live once /healthz reports this generation or a later one.")
    live: bool = Field(description="Whether the node already routes with this change.")


class ExpertChange(ExpertView):
    routing: Routing


class Removed(BaseModel):
    removed: str
    routing: Routing


def routing_of(node: Node) -> Routing:
    """Where routing stands after a change this request made (read after it, so it is included)."""
    generation = node.registry.generation()
    return Routing(generation=generation, live=node.routing_live(generation))


def changed(installed: InstalledExpert, node: Node) -> ExpertChange:
    return ExpertChange(**expert_view(installed, node).model_dump(), routing=routing_of(node))


def experts_router(guards: Guards, *, max_package_bytes: int) -> APIRouter:
    router = APIRouter(prefix="/v1/experts")

    @router.get("", tags=["experts"], summary="Installed experts")
    def list_experts(node: NodeDep) -> list[ExpertView]:
        return [expert_view(e, node) for e in node.registry.list()]

    @router.get("/{expert_id}", tags=["experts"], summary="One installed expert")
    def expert_info(expert_id: str, node: NodeDep) -> ExpertView:
        return expert_view(node.registry.get(expert_id), node)

    @router.post("/{expert_id}/invoke", tags=["experts"], summary="Ask one expert directly")
    async def invoke(expert_id: str, body: InvokeRequest, request: Request) -> AskResponse:
        node = node_of(request)
        actor = asker(request, node, subject=body.subject, purpose=body.purpose)
        answer = await node.ask_async(body.query, expert=expert_id, lang=body.lang, actor=actor, purpose=body.purpose,
                                      subject=body.subject)
        return metrics_of(request).answered(answer)

    @router.post("/{expert_id}/batch", tags=["experts"], summary="Ask one expert many questions")
    async def batch(expert_id: str, body: BatchRequest, request: Request, node: NodeDep,
                    metrics: MetricsDep) -> BatchResponse:
        limits = node.home.config.limits
        actor = asker(request, node, subject=None, purpose=body.purpose)
        most, key = ((limits.max_batch_items, "limits.max_batch_items") if actor != ANONYMOUS
                     else (limits.max_batch_items_anonymous, "limits.max_batch_items_anonymous"))
        if len(body.queries) > most:
            raise QueryTooLarge(f"a batch takes at most {most} questions from this caller ({key})",
                                size=len(body.queries), limit=most)
        ask = partial(node.ask_batch, expert=expert_id, lang=body.lang, actor=actor, purpose=body.purpose)
        results = await node.pool.run(ask, body.queries, budget=node.batch_budget)
        answered = sum(not isinstance(r, LuytreError) for r in results)
        if answered:  # only an expert that answered becomes a metric label, never any id in a URL
            metrics.asks.labels(expert_id).inc(answered)
        return BatchResponse(results=[BatchError.of(r) if isinstance(r, LuytreError) else r for r in results])

    @router.post("", tags=["admin"], status_code=201, summary="Install a package archive",
                 dependencies=guards.operator, max_body_size=max_package_bytes)
    def install(file: UploadFile, node: NodeDep, *, allow_downgrade: bool = False) -> ExpertView:
        # The upload's size is capped by this route's max_body_size while it is read.
        with tempfile.TemporaryDirectory(prefix="luytre-upload-") as tmp:
            target = Path(tmp) / "package.luytre"
            with open(target, "wb") as out:
                shutil.copyfileobj(file.file, out)
            installed = node.install(target, allow_downgrade=allow_downgrade)
        return expert_view(installed, node)

    @router.delete("/{expert_id}", tags=["admin"], summary="Remove an expert and its files",
                   dependencies=guards.operator)
    def remove(expert_id: str, node: NodeDep) -> Removed:
        node.remove(expert_id)
        return Removed(removed=expert_id, routing=routing_of(node))

    @router.post("/{expert_id}/enable", tags=["admin"], summary="Enable an expert", dependencies=guards.operator)
    def enable(expert_id: str, node: NodeDep) -> ExpertChange:
        return changed(node.set_enabled(expert_id, enabled=True), node)

    @router.post("/{expert_id}/disable", tags=["admin"], summary="Disable an expert", dependencies=guards.operator)
    def disable(expert_id: str, node: NodeDep) -> ExpertChange:
        return changed(node.set_enabled(expert_id, enabled=False), node)

    return router
