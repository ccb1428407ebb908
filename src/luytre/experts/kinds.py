"""The one small interface every expert kind implements.

A *kind* knows how to turn a validated package into a running expert
(``load``). A running expert answers questions (``answer``) and describes
itself (``describe``). Kinds are found through the ``luytre.kinds`` entry-point
group, so a new kind plugs in by being installed, without touching the node.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points
from typing import Any, Protocol

from luytre.errors import PackageError
from luytre.experts.manifest import Manifest
from luytre.experts.package import ExpertPackage


@dataclass
class ExpertAnswer:
    """What an expert returns: a human answer, its confidence and structured detail."""

    answer: str
    confidence: float
    result: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Claim:
    """How sure an expert is, cheaply, that a question is its own: ``score`` in [0, 1]
    (0.5 is the expert's own "just enough"), and why, in a few words."""

    score: float
    reason: str


class Expert(ABC):
    """A loaded, ready-to-answer expert."""

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest

    @abstractmethod
    def answer(self, query: str, lang: str = "vi") -> ExpertAnswer:
        """Answer one question; ``lang`` is ``"vi"`` or ``"en"``."""

    def claim(self, query: str) -> Claim | None:
        """A cheap signal for routing that ``query`` is this expert's; None when the kind has none.
        Must stay well under a millisecond or two: it runs for every routed question."""
        return None

    def describe(self) -> dict[str, Any]:
        """Public description: the manifest plus what the kind wants to add."""
        return self.manifest.model_dump(mode="json")


class ExpertKind(Protocol):
    """Loads packages of one kind."""

    name: str

    def load(self, package: ExpertPackage) -> Expert: ...


@cache
def available_kinds() -> dict[str, ExpertKind]:
    """Every kind registered under the ``luytre.kinds`` entry-point group."""
    kinds: dict[str, ExpertKind] = {}
    for ep in entry_points(group="luytre.kinds"):
        kind = ep.load()()
        kinds[kind.name] = kind
    return kinds


def load_expert(package: ExpertPackage) -> Expert:
    """Load ``package`` with the kind its manifest names."""
    kind = available_kinds().get(package.manifest.kind)
    if kind is None:
        known = ", ".join(sorted(available_kinds())) or "none"
        raise PackageError(f"unknown expert kind {package.manifest.kind!r} (this node knows: {known})")
    return kind.load(package)
