"""The tutor's HTTP routes (mounted under ``/v1/tutor``).

Practice needs no client key: a learner's first session issues a learner secret
(shown once; one client without a staff key creates at most
``limits.new_records_per_client_hour`` learners an hour), and continuing that
learner later needs it, or a teacher key of their class, or an operator key. A
session id is an unguessable key held by whoever started it. Moving a learner to
another class is for a teacher (both classes in their key's scope) or an operator. Progress and class reports are
for teachers of the class and operators; export and erasure for operators.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from luytre.kinds import KindContext
from luytre.kinds.tutor.service import TutorService
from luytre.node.refusals import NAMED_STATE


class StartRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    learner: str = Field(description="The learner's id at this school (a pseudonym, not a name).")
    bank: str = Field(description="Item bank id, e.g. math-thcs or english-vocab.")
    skill: str | None = Field(None, description="Practise only this skill.")
    class_id: str | None = Field(None, alias="class", description="The learner's class, for teachers' reports.")
    secret: str | None = Field(None, description="The learner secret issued at the learner's first session; "
                                                 "needed to continue the learner without a teacher key.")


class AnswerRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    item: str = Field(description="Id of the item being answered (the session's current item).")
    answer: str = Field(description="What the learner typed or chose.")


def tutor_router(ctx: KindContext) -> APIRouter:
    tutor = TutorService(ctx)
    admin_only = [ctx.require("operator")]
    teachers = [ctx.require("teacher")]
    router = APIRouter(tags=["tutor"])

    @router.get("/banks", summary="Item banks on this node and their skills")
    def banks() -> list[dict[str, Any]]:
        return [{"bank": b.bank, "title": b.title.model_dump(), "items": len(b.items),
                 "skills": [{"id": s.id, "name": s.name.model_dump(), "prerequisites": s.prerequisites,
                             "curriculum": s.curriculum} for s in b.skills]} for b in tutor.banks().values()]

    @router.post("/sessions", status_code=201, summary="Start (or resume) practice for a learner")
    def start(body: StartRequest, request: Request) -> dict[str, Any]:
        setattr(request.state, NAMED_STATE, {"learner": body.learner})  # a refusal is audited with its digest
        caller = ctx.caller(request)
        client = f"key {caller.id}" if caller else f"address {request.client.host if request.client else '?'}"
        return tutor.start(body.learner, body.bank, body.skill, body.class_id, caller=caller, secret=body.secret,
                           client=client)

    @router.get("/sessions/{session_id}/next", summary="The item to work on now, and why")
    def next_item(session_id: str) -> dict[str, Any]:
        return tutor.next(session_id)

    @router.post("/sessions/{session_id}/answer", summary="Answer the current item")
    def answer(session_id: str, body: AnswerRequest) -> dict[str, Any]:
        return tutor.answer(session_id, body.item, body.answer)

    @router.get("/learners/{learner}/progress", summary="A learner's mastery per skill", dependencies=teachers)
    def progress(learner: str, request: Request) -> dict[str, Any]:
        return tutor.progress(learner, caller=ctx.caller(request))

    @router.delete("/learners/{learner}", summary="Erase every record of a learner", dependencies=admin_only)
    def erase(learner: str) -> dict[str, Any]:
        return {"erased": learner, "rows": tutor.erase(learner)}

    @router.get("/classes/{class_id}/report", summary="Mastery per skill for each learner of a class",
                dependencies=teachers)
    def class_report(class_id: str, bank: str, request: Request) -> dict[str, Any]:
        return tutor.class_report(class_id, bank, caller=ctx.caller(request))

    @router.get("/export.csv", summary="All attempts as a knowledge-tracing CSV", dependencies=admin_only)
    def export(bank: str | None = None) -> Response:
        return Response(tutor.export_csv(bank), media_type="text/csv; charset=utf-8")

    return router
