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

from luytre.experts.manifest import Localized
from luytre.kinds import KindContext
from luytre.kinds.tutor.bank import ItemView, Skill
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


class BankView(BaseModel):
    bank: str
    title: Localized
    items: int = Field(description="How many items the bank holds.")
    skills: list[Skill]


class Reason(BaseModel):
    code: str = Field(description="pending, new, retry, review, practice, daily_cap or done.")
    vi: str
    en: str


class NextItem(BaseModel):
    item: ItemView | None = Field(description="The item to work on now; none when the day's practice is over "
                                              "or every skill is mastered.")
    reason: Reason = Field(description="Why this item (or why none), in Vietnamese and English.")
    predicted: float | None = Field(description="Predicted probability of a correct answer.")
    today: int = Field(description="Items the learner answered today.")


class SessionStarted(NextItem):
    session: str = Field(description="The session id: the key to continue it, keep it private.")
    learner: str
    bank: str
    focus: str | None = Field(description="The skill practised, when one was asked for.")
    learner_secret: str | None = Field(None, description="Issued at a learner's first session and shown only "
                                                         "then (absent otherwise): needed to continue them "
                                                         "without a teacher key.")


class SkillChange(BaseModel):
    known_before: float = Field(description="p(known) of the skill before the answer (BKT).")
    known: float = Field(description="p(known) after it.")
    mastered: bool


class AnswerResult(BaseModel):
    correct: bool
    accepted: list[str] | None = Field(description="The accepted answers, after a wrong one.")
    solution: str
    feedback: Localized = Field(description="What the learner reads, in Vietnamese and English.")
    skills: dict[str, SkillChange] = Field(description="What the answer changed, by skill.")
    next: NextItem


class SkillProgress(BaseModel):
    id: str
    name: Localized
    known: float = Field(description="p(known) (BKT).")
    mastered: bool
    attempts: int
    correct: int


class BankProgress(BaseModel):
    title: Localized
    skills: list[SkillProgress] = Field(description="Every skill of the bank, prerequisites first.")
    reviews_due: int = Field(description="Items whose predicted recall fell below the target retention.")
    items_seen: int


class LearnerProgress(BaseModel):
    learner: str
    class_id: str | None = Field(alias="class")
    banks: dict[str, BankProgress] = Field(description="Every bank the learner practised, by id.")


class Erased(BaseModel):
    erased: str = Field(description="The learner.")
    rows: dict[str, int] = Field(description="Rows deleted, by table: attempts, states, sessions, learners.")


class LearnerMastery(BaseModel):
    learner: str
    known: dict[str, float] = Field(description="p(known) of each skill of the bank.")
    mastered: int = Field(description="How many skills of the bank the learner masters.")


class SkillMastery(BaseModel):
    id: str
    name: Localized
    mastered_by: int = Field(description="How many learners of the class master it.")


class ClassReport(BaseModel):
    class_id: str = Field(alias="class")
    bank: str
    learners: list[LearnerMastery]
    skills: list[SkillMastery]


ATTEMPTS_CSV: dict[int | str, dict[str, Any]] = {
    200: {"description": "One row per answer: order_id, user_id, bank, problem_id, skill_id, correct, timestamp.",
          "content": {"text/csv": {"schema": {"type": "string"}}}}}


def tutor_router(ctx: KindContext) -> APIRouter:
    tutor = TutorService(ctx)
    admin_only = [ctx.require("operator")]
    teachers = [ctx.require("teacher")]
    router = APIRouter(tags=["tutor"])

    @router.get("/banks", response_model=list[BankView], summary="Item banks on this node and their skills")
    def banks() -> list[BankView]:
        return [BankView(bank=b.bank, title=b.title, items=len(b.items), skills=b.skills)
                for b in tutor.banks().values()]

    @router.post("/sessions", status_code=201, response_model=SessionStarted, response_model_exclude_unset=True,
                 summary="Start (or resume) practice for a learner")
    def start(body: StartRequest, request: Request) -> dict[str, Any]:
        setattr(request.state, NAMED_STATE, {"learner": body.learner})  # a refusal is audited with its digest
        caller = ctx.caller(request)
        client = f"key {caller.id}" if caller else f"address {request.client.host if request.client else '?'}"
        return tutor.start(body.learner, body.bank, body.skill, body.class_id, caller=caller, secret=body.secret,
                           client=client)

    @router.get("/sessions/{session_id}/next", response_model=NextItem, summary="The item to work on now, and why")
    def next_item(session_id: str) -> dict[str, Any]:
        return tutor.next(session_id)

    @router.post("/sessions/{session_id}/answer", response_model=AnswerResult, summary="Answer the current item")
    def answer(session_id: str, body: AnswerRequest) -> dict[str, Any]:
        return tutor.answer(session_id, body.item, body.answer)

    @router.get("/learners/{learner}/progress", response_model=LearnerProgress, summary="A learner's mastery per skill",
                dependencies=teachers)
    def progress(learner: str, request: Request) -> dict[str, Any]:
        return tutor.progress(learner, caller=ctx.caller(request))

    @router.delete("/learners/{learner}", response_model=Erased, summary="Erase every record of a learner",
                   dependencies=admin_only)
    def erase(learner: str) -> Erased:
        return Erased(erased=learner, rows=tutor.erase(learner))

    @router.get("/classes/{class_id}/report", response_model=ClassReport,
                summary="Mastery per skill for each learner of a class", dependencies=teachers)
    def class_report(class_id: str, bank: str, request: Request) -> dict[str, Any]:
        return tutor.class_report(class_id, bank, caller=ctx.caller(request))

    @router.get("/export.csv", response_class=Response, responses=ATTEMPTS_CSV,
                summary="All attempts as a knowledge-tracing CSV", dependencies=admin_only)
    def export(bank: str | None = None) -> Response:
        return Response(tutor.export_csv(bank), media_type="text/csv; charset=utf-8")

    return router
