"""The public ask path: answer a question, say which expert would, and scan a text for personal data."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from luytre.node.answer import AskResponse, RouteResponse
from luytre.node.deps import NodeDep, asker, metrics_of, node_of
from luytre.node.service import check_query
from luytre.sovereignty.privacy_gate import scan_report


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(description="The question, in Vietnamese or English.")
    expert: str | None = Field(None, description="Ask this expert directly instead of routing.")
    lang: str = Field("auto", description="Answer language: vi, en, or auto (the question's own: English "
                                        "when it reads as English, else Vietnamese).")
    purpose: str = Field("answer", description="What the answer is for: answer, research, training, ... "
                                               "The node's policy may require the subject's consent for it.")
    subject: str | None = Field(None, description="Whose personal data the query carries (for consent checks).")


class RouteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str


class TextRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="Text to scan for personal data.")


class ScanReport(BaseModel):
    """Personal data found in a text, with the values: for the node's own users only."""

    model_config = ConfigDict(extra="allow")
    text: str = Field(description="The text as scanned (normalized).")
    redacted: str = Field(description="The text with each value replaced by a placeholder.")
    entities: list[dict[str, Any]] = Field(description="type, start, end, text and score of each value found.")
    categories: list[str]
    sensitive: list[str]


def ask_router() -> APIRouter:
    router = APIRouter(tags=["ask"])

    @router.post("/v1/ask", summary="Answer a question")
    async def ask(body: AskRequest, request: Request) -> AskResponse:
        node = node_of(request)
        actor = asker(request, node, subject=body.subject, purpose=body.purpose)
        answer = await node.ask_async(body.query, expert=body.expert, lang=body.lang, actor=actor, purpose=body.purpose,
                                      subject=body.subject)
        return metrics_of(request).answered(answer)

    @router.post("/v1/route", summary="Which expert would answer")
    async def route(body: RouteRequest, node: NodeDep) -> RouteResponse:
        found = await node.pool.run(node.route, body.query, budget=node.ask_budget)
        return RouteResponse.model_validate({"query": body.query, "expert": found.expert,
                                             "confidence": found.confidence, "candidates": found.candidates})

    @router.post("/v1/pii/scan", tags=["privacy"], summary="Find personal data in a text")
    async def pii_scan(body: TextRequest, node: NodeDep) -> ScanReport:
        check_query(body.text, node.home.config.limits.max_query_bytes)  # scanned as typed, as an ask is
        return ScanReport.model_validate(await node.pool.run(scan_report, node.gate.scanner, body.text.strip(),
                                                             budget=node.ask_budget))

    return router
