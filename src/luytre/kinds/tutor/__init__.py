"""The ``tutor`` kind: item banks in a package; practice sessions, learner models and class reports on the node.

Asked "cho em luyện tập phương trình bậc hai", a tutor expert answers with the first item and a
``tutor.practice_offered`` action; when the node knows who is asking (``subject``), the kind's follow-up
saves that as a practice session (``tutor.session_started``) in its own tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from luytre.kinds import Action, Answer, Expert, ExpertPackage, Kind, KindContext, Step

if TYPE_CHECKING:
    import typer
    from fastapi import APIRouter
    from sqlalchemy import MetaData

PRACTICE_OFFERED = "tutor.practice_offered"
SESSION_STARTED = "tutor.session_started"


class TutorKind(Kind):
    name = "tutor"

    def load(self, package: ExpertPackage) -> Expert:
        from luytre.kinds.tutor.kind import load_package

        return load_package(package)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        """``source``: ``manifest.toml`` and ``banks/*.yaml``."""
        from luytre.kinds.tutor.kind import build_tutor

        return build_tutor(source, out, step=step)

    def cli(self) -> typer.Typer:
        from luytre.kinds.tutor.cli import tutor_app

        return tutor_app

    def routes(self, ctx: KindContext) -> APIRouter:
        from luytre.kinds.tutor.routes import tutor_router

        return tutor_router(ctx)

    def metadata(self) -> MetaData:
        from luytre.kinds.tutor.tables import TutorBase

        return TutorBase.metadata

    def migrations(self) -> Path:
        return Path(__file__).parent / "migrations" / "versions"

    def follow_up(self, ctx: KindContext, answer: Answer, *, subject: str | None) -> Answer:
        """A practice offer to a known learner becomes a saved session."""
        if subject is None:
            return answer
        from luytre.kinds.tutor.service import TutorService

        actions = []
        for action in answer.actions:
            if action.type == PRACTICE_OFFERED:
                # only a clerk or operator may name an ask's subject: the node vouches for them
                session = TutorService(ctx).start(subject, action.data["bank"], action.data["skill"], vouched=True)
                action = Action(type=SESSION_STARTED, data=session)
            actions.append(action)
        return Answer(answer.text, answer.confidence, answer.result, actions)
