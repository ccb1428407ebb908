"""``echo``: the smallest kind, defined only in the tests, that uses every hook of ``luytre.kinds``.

Its expert says back what it heard; told who is asking, it saves that it heard them (its own table) and says
so in a typed action. It has a build command, a CLI group, a route and an Alembic branch. tests/test_kinds.py
installs it as a distribution with an entry point, and a node picks it up with no change to the platform.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from fastapi import APIRouter
from sqlalchemy import DateTime, Integer, MetaData, String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from luytre.experts.sources import manifest_only_package
from luytre.kinds import Action, Answer, Claim, Expert, ExpertPackage, Kind, KindContext, Step, open_context

HEARD = "echo.heard"
SAVED = "echo.saved"


class EchoBase(DeclarativeBase):
    pass


class HeardRow(EchoBase):
    __tablename__ = "echo_heard"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EchoExpert(Expert):
    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        said = query.removeprefix("echo").strip()
        return Answer(f"{'bạn nói' if lang == 'vi' else 'you said'}: {said}", 1.0, {"said": said},
                      [Action(type=HEARD, data={"chars": len(said)})])

    def claim(self, query: str) -> Claim:
        mine = query.lower().startswith("echo")
        return Claim(1.0 if mine else 0.0, "starts with 'echo'" if mine else "does not start with 'echo'")


def build_echo(
    manifest: Annotated[Path, typer.Option(help="Source manifest (TOML).", exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Output package folder.")],
) -> None:
    """Write an echo package (its manifest) to OUT."""
    package = manifest_only_package(manifest.parent, out)
    typer.echo(f"built {package.manifest.id} {package.manifest.version}")


echo_app = typer.Typer(help="The echo kind (a test fixture).", no_args_is_help=True)


@echo_app.command("heard")
def heard_cmd(home: Annotated[Path, typer.Option("--home")]) -> None:
    """How many times the echo experts heard a known subject."""
    with open_context(home, "echo") as ctx, ctx.session() as db:
        typer.echo(str(db.scalar(select(func.count()).select_from(HeardRow))))


class EchoKind(Kind):
    name = "echo"

    def load(self, package: ExpertPackage) -> Expert:
        return EchoExpert(package.manifest)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        return manifest_only_package(source, out, step=step)

    def build_command(self) -> Any:
        return build_echo

    def cli(self) -> typer.Typer:
        return echo_app

    def routes(self, ctx: KindContext) -> APIRouter:
        router = APIRouter(tags=["echo"])

        @router.get("/heard", dependencies=[ctx.require("operator")])
        def heard() -> dict[str, int]:
            with ctx.session() as db:
                return {"heard": db.scalar(select(func.count()).select_from(HeardRow)) or 0}

        return router

    def metadata(self) -> MetaData:
        return EchoBase.metadata

    def migrations(self) -> Path:
        return Path(__file__).parent / "migrations"

    def follow_up(self, ctx: KindContext, answer: Answer, *, subject: str | None) -> Answer:
        if subject is None:
            return answer
        with ctx.session() as db:
            db.add(HeardRow(subject=subject, at=datetime.now(UTC)))
        seq = ctx.audit("heard", chars=sum(a.data.get("chars", 0) for a in answer.actions))
        return Answer(answer.text, answer.confidence, answer.result,
                      [Action(type=SAVED, data={"audit_seq": seq}) if a.type == HEARD else a for a in answer.actions])
