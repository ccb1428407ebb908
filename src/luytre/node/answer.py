"""The answer to one question: one typed model, filled by the node service and returned by the API (and by the
mesh to a peer that forwarded the question)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from luytre.kinds import Action
from luytre.llm_comparison import SmallLLMFigure


class Candidate(BaseModel):
    expert: str
    score: float = Field(description="The probability that this expert should answer (the router's last stage).")
    fused: float | None = Field(default=None, description="The fusion of text and claim, before re-ranking.")
    text: float | None = Field(default=None, description="The text model's probability alone.")
    claim: float | None = Field(default=None, description="The expert's own claim on the question (0..1), if asked.")
    reason: str | None = Field(default=None, description="Why the expert claimed it, in its words.")
    urgent: bool = Field(default=False, description="The expert's safety rule fired (e.g. an emergency): it gets the "
                                            "question whatever the scores.")


class AskResponse(BaseModel):
    answer: str
    expert: str | None
    confidence: float
    candidates: list[Candidate]
    result: dict[str, Any] | None
    timings_ms: dict[str, float]
    cpu_ms: float
    energy_j_est: float = Field(description="Estimate: CPU time times the configured watts per core.")
    node: dict[str, str]
    audit_seq: int = Field(description="This answer's entry in the node's audit log (see /v1/audit/proof/{seq}).")
    privacy: dict[str, Any] = Field(description="Personal data found (types and offsets, no values), the "
                                                "request's data categories, and whether it was redacted.")
    policy: dict[str, str] | None = Field(description="The policy outcome and the rule that decided it.")
    actions: list[Action] = Field(default_factory=list, description="Typed follow-ups of the answer, from the "
                                                                    "expert's kind (e.g. tutor.session_started).")
    ai_generated: bool = Field(default=True, description="Marks AI-generated content (Law 71/2025).")
    small_llm: SmallLLMFigure | None = Field(default=None, description="What a small general LLM used per answer "
                                             "for this kind of question in the last bench run (bench/vs_llm), "
                                             "beside energy_j_est; null when not measured.")

    def to_dict(self) -> dict[str, Any]:
        """The answer as JSON-ready data, exactly as the API sends it."""
        return self.model_dump(mode="json")


class RouteResponse(BaseModel):
    query: str
    expert: str | None
    confidence: float
    candidates: list[Candidate]
