"""The node's data policy (for the operator) and the consent register (for roles that may name a subject)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, ConfigDict, Field

from luytre.node.deps import Guards, NodeDep, caller_label
from luytre.sovereignty.consent import Status
from luytre.sovereignty.policy import PolicyRequest


class PolicyStatusModel(BaseModel):
    state: str = Field(description="loaded, default (no policy file: the built-in one) or stale (the file "
                                   "changed but fails to load)")
    source: str
    sha256: str | None
    loaded_at: str
    last_error: str | None = None


class PolicyView(BaseModel):
    source: str
    rules: list[str]
    text: str
    status: PolicyStatusModel


class PolicyDecision(BaseModel):
    allowed: bool
    rule: str | None
    matched: list[str]


class ConsentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: str
    purpose: str
    status: Status = Field(description="granted or withdrawn")
    evidence: str = Field(description="How consent was obtained or withdrawn: form number, recording, ...")


class ConsentEventModel(BaseModel):
    subject: str
    purpose: str
    status: str
    at: str
    evidence: str
    recorded_by: str


def policy_router(guards: Guards) -> APIRouter:
    router = APIRouter()

    @router.get("/v1/policy", tags=["admin"], summary="The node's data policy and its rules",
                dependencies=guards.operator)
    def policy_show(node: NodeDep) -> PolicyView:
        policy = node.gate.policy
        return PolicyView(source=policy.source, rules=sorted(policy.rule_ids.values()), text=policy.text,
                          status=PolicyStatusModel.model_validate(node.gate.status.to_dict()))

    @router.post("/v1/policy/check", tags=["admin"], summary="Explain the policy's decision for a request",
                 dependencies=guards.operator)
    async def policy_check(node: NodeDep, body: dict[str, Any] = Body(
            description="A policy request as `luytre policy check` reads it (docs/sovereignty.md); a field that "
                        "does not fit is refused with the field named.")) -> PolicyDecision:
        # Checked by PolicyRequest.from_dict rather than as a body model: its refusals name the policy's fields.
        decision = await node.pool.run(node.gate.policy.decide, PolicyRequest.from_dict(body))
        return PolicyDecision(allowed=decision.allowed, rule=decision.rule, matched=list(decision.rules))

    @router.post("/v1/consents", tags=["consent"], status_code=201, summary="Record a consent grant or withdrawal",
                 dependencies=guards.clerks)
    def consent_record(body: ConsentRequest, request: Request, node: NodeDep) -> ConsentEventModel:
        event = node.consents.record(body.subject, body.purpose, body.status, body.evidence,
                                     caller_label(request, node))
        return ConsentEventModel.model_validate(event.to_dict())

    @router.get("/v1/consents", tags=["consent"], summary="Consent events, oldest first", dependencies=guards.clerks)
    def consent_history(node: NodeDep, subject: str | None = None) -> list[ConsentEventModel]:
        return [ConsentEventModel.model_validate(event.to_dict()) for event in node.consents.history(subject)]

    return router
