"""The tutor's HTTP routes (mounted under ``/v1/tutor``).

Practice (start a session, get the next item, answer it) needs no token: a
session id is an unguessable key held by whoever started it. Reading or
deleting a learner's records (progress, class reports, export, erasure) is for
the school's staff and needs the admin token.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from luytre.kinds import KindContext
from luytre.kinds.tutor.service import TutorService


class StartRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    learner: str = Field(description="The learner's id at this school (a pseudonym, not a name).")
    bank: str = Field(description="Item bank id, e.g. math-thcs or english-vocab.")
    skill: str | None = Field(None, description="Practise only this skill.")
    class_id: str | None = Field(None, alias="class", description="The learner's class, for teachers' reports.")


class AnswerRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    item: str = Field(description="Id of the item being answered (the session's current item).")
    answer: str = Field(description="What the learner typed or chose.")


def tutor_router(ctx: KindContext) -> APIRouter:
    tutor = TutorService(ctx)
    admin_only = [ctx.require("operator")]
    router = APIRouter(tags=["tutor"])

    @router.get("/banks", summary="Item banks on this node and their skills")
    def banks() -> list[dict[str, Any]]:
        return [{"bank": b.bank, "title": b.title.model_dump(), "items": len(b.items),
                 "skills": [{"id": s.id, "name": s.name.model_dump(), "prerequisites": s.prerequisites,
                             "curriculum": s.curriculum} for s in b.skills]} for b in tutor.banks().values()]

    @router.post("/sessions", status_code=201, summary="Start (or resume) practice for a learner")
    def start(body: StartRequest) -> dict[str, Any]:
        return tutor.start(body.learner, body.bank, body.skill, body.class_id)

    @router.get("/sessions/{session_id}/next", summary="The item to work on now, and why")
    def next_item(session_id: str) -> dict[str, Any]:
        return tutor.next(session_id)

    @router.post("/sessions/{session_id}/answer", summary="Answer the current item")
    def answer(session_id: str, body: AnswerRequest) -> dict[str, Any]:
        return tutor.answer(session_id, body.item, body.answer)

    @router.get("/learners/{learner}/progress", summary="A learner's mastery per skill", dependencies=admin_only)
    def progress(learner: str) -> dict[str, Any]:
        return tutor.progress(learner)

    @router.delete("/learners/{learner}", summary="Erase every record of a learner", dependencies=admin_only)
    def erase(learner: str) -> dict[str, Any]:
        return {"erased": learner, "rows": tutor.erase(learner)}

    @router.get("/classes/{class_id}/report", summary="Mastery per skill for each learner of a class",
                dependencies=admin_only)
    def class_report(class_id: str, bank: str) -> dict[str, Any]:
        return tutor.class_report(class_id, bank)

    @router.get("/export.csv", summary="All attempts as a knowledge-tracing CSV", dependencies=admin_only)
    def export(bank: str | None = None) -> Response:
        return Response(tutor.export_csv(bank), media_type="text/csv; charset=utf-8")

    return router
