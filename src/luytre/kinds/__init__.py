"""``luytre.kinds``: the one public surface through which a kind of expert plugs into a node.

A *kind* (address parser, classifier, tutor, ...) is a package with a ``Kind`` subclass registered under the
``luytre.kinds`` entry-point group. Through its hooks it turns a vetted package into a running ``Expert``,
builds packages from its own data, and may bring HTTP routes, CLI commands and database tables. The platform
(node, mesh, sovereignty, vetting, store, routing, experts, text, the CLI core) imports this module only, never
a kind: a new kind plugs in by being installed. See docs/kinds.md.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from luytre.errors import PackageError
from luytre.experts.manifest import Manifest
from luytre.experts.package import ExpertPackage
from luytre.text.organizations import Affiliation, affiliation, other_organization

if TYPE_CHECKING:
    import typer
    from fastapi import APIRouter
    from fastapi.params import Depends
    from sqlalchemy import MetaData
    from sqlalchemy.orm import Session
    from starlette.requests import Request

    from luytre.access import Caller
    from luytre.config import LimitsSection, NodeConfig

__all__ = ["Action", "Answer", "Claim", "Expert", "ExpertPackage", "Kind", "KindContext", "Manifest", "Step",
           "available_kinds", "kind_named", "load_expert", "open_context"]

Step = Callable[[str], None]
T = TypeVar("T")


class Action(BaseModel):
    """A typed follow-up of an answer, passed to the caller unchanged (``tutor.session_started``, ...)."""

    model_config = ConfigDict(extra="forbid")
    type: str = Field(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$", description="<kind>.<what happened>")
    data: dict[str, Any] = Field(default_factory=dict)


@dataclass
class Answer:
    """What an expert returns: a human answer, its confidence, structured detail and follow-ups."""

    text: str
    confidence: float
    result: dict[str, Any] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)


@dataclass(frozen=True)
class Claim:
    """How sure an expert is that a question is its own (``score`` in [0, 1]), and why, for routing.

    ``urgent``: the question looks like an emergency to the expert. With ``score`` 1 a safety rule fired
    (e.g. an emergency or self-harm): the router gives it the question whatever the other scores, and never
    abstains on it. Below 1 the expert's model alone thinks so: the router gives it the question when it
    finds the question may be this expert's at all (its fused probability reaches the router's minimum).

    ``disowned``: the expert knows the question is not its own, whatever its words share with its examples (it
    names another organization than the expert's, or a subject the expert does not teach): the router never
    gives it the question, nor adds it to a composed answer."""

    score: float
    reason: str
    urgent: bool = False
    disowned: bool = False

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"a claim's score is in [0, 1], not {self.score}")


class Expert(ABC):
    """A loaded, ready-to-answer expert."""

    #: Whether the expert's answer reads one value (a place, an identifier) out of the whole text it is asked, so
    #: that another expert's part of a composed question can be misread as that value ("bị chó cắn" read as a
    #: place). Only such an expert is asked its own part of a composed question (``routing.router.own_part``);
    #: every other expert keeps the whole question, the asker's place and identifiers included.
    reads_one_value: bool = False

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest

    @abstractmethod
    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        """Answer one question; ``lang`` is ``"vi"`` or ``"en"``."""

    def claim(self, query: str) -> Claim | None:
        """Cheap: how sure this expert is that ``query`` is its own (None: it cannot tell)."""
        return None

    def other_organization_claim(self, query: str) -> Claim | None:
        """A disowning claim when this expert is an organization's own (its title names a bank, a school…) and
        ``query`` names another organization of that sector; None otherwise. Kinds built by organizations
        start their ``claim`` with it."""
        own = self._affiliation
        other = other_organization(query, own) if own is not None else None
        if other is None:
            return None
        return Claim(0.0, f"names another organization than this expert's: {other}", disowned=True)

    @cached_property
    def _affiliation(self) -> Affiliation | None:
        return affiliation(self.manifest.title.vi, self.manifest.title.en)

    def describe(self) -> dict[str, Any]:
        """Public description: the manifest plus what the kind wants to add."""
        return self.manifest.model_dump(mode="json")


class KindContext(ABC):
    """What a node gives a kind's routes, CLI commands and follow-ups."""

    kind: str
    home: Path
    config: NodeConfig

    @property
    def limits(self) -> LimitsSection:
        return self.config.limits

    @abstractmethod
    def session(self) -> AbstractContextManager[Session]:
        """A SQLAlchemy session on the node database (one transaction), where the kind's tables live."""

    @abstractmethod
    def experts(self) -> dict[str, Expert]:
        """The installed, enabled, digest-checked experts of this kind, by id."""

    def expert(self, expert_id: str) -> Expert:
        """One of ``experts()``, or ``NotFound`` (HTTP 404)."""
        from luytre.errors import NotFound

        found = self.experts().get(expert_id)
        if found is None:
            raise NotFound(f"no enabled {self.kind} expert {expert_id!r} on this node")
        return found

    @abstractmethod
    def audit(self, event: str, **fields: Any) -> int:
        """Append ``event`` to the node's audit log (never personal values); return its sequence number."""

    @abstractmethod
    def require(self, role: str) -> Depends:
        """A FastAPI dependency that admits only callers whose client key has ``role`` (or ``operator``);
        roles are listed in ``luytre.access.ROLES`` and docs/access.md."""

    @abstractmethod
    def caller(self, request: Request) -> Caller | None:
        """Who sent ``request``: its client key's id, name, role and scope, or None when anonymous."""

    async def run_cpu(self, fn: Callable[..., T], *args: Any) -> T:
        """Await CPU work in a worker thread, never on the event loop."""
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(fn, *args)


class Kind:
    """Base class of a kind. Only ``load`` is required; every other hook returns None when unused."""

    name: str = ""

    def load(self, package: ExpertPackage) -> Expert:
        """Turn a validated package into a running expert (raise ``PackageError`` if it cannot)."""
        raise NotImplementedError(f"kind {self.name!r} does not load packages")

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage | None:
        """Build a package from a source folder laid out this kind's way (as in the repository's
        ``experts/``); None when the kind has no such layout."""
        return None

    def build_command(self) -> Callable[..., None] | None:
        """A Typer command function, mounted as ``luytre expert build <name>``."""
        return None

    def cli(self) -> typer.Typer | None:
        """A Typer group, mounted as ``luytre <name> ...``."""
        return None

    def template(self) -> str | None:
        """A complete, commented source manifest for ``build_command``, printed by ``luytre expert template``."""
        return None

    def commands(self) -> dict[str, typer.Typer]:
        """Top-level Typer groups the kind adds besides ``cli()``, by name (e.g. ``luytre federate``)."""
        return {}

    def routes(self, ctx: KindContext) -> APIRouter | None:
        """Routes the node mounts under ``/v1/<name>``."""
        return None

    def metadata(self) -> MetaData | None:
        """The kind's own tables (in the node database)."""
        return None

    def migrations(self) -> Path | None:
        """The kind's Alembic version folder (a branch labelled with the kind's name)."""
        return None

    def follow_up(self, ctx: KindContext, answer: Answer, *, subject: str | None) -> Answer:
        """Carry out an answer's actions for a known ``subject`` before the caller sees them
        (e.g. the tutor saves a practice session); by default the answer is returned as it is."""
        return answer


@cache
def available_kinds() -> dict[str, Kind]:
    """Every kind registered under the ``luytre.kinds`` entry-point group, by name."""
    kinds: dict[str, Kind] = {}
    for ep in entry_points(group="luytre.kinds"):
        kind = ep.load()()
        kinds[kind.name] = kind
    return kinds


def kind_named(name: str) -> Kind:
    kind = available_kinds().get(name)
    if kind is None:
        known = ", ".join(sorted(available_kinds())) or "none"
        raise PackageError(f"unknown expert kind {name!r} (this node knows: {known})")
    return kind


def load_expert(package: ExpertPackage) -> Expert:
    """Load ``package`` with the kind its manifest names."""
    return kind_named(package.manifest.kind).load(package)


def open_context(home: Path, kind: str) -> AbstractContextManager[KindContext]:
    """A context on the node at ``home`` for a kind's CLI commands (no server needed); closes its database."""
    from luytre.node.context import open_home_context

    return open_home_context(home, kind)

