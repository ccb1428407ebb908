"""Retrieval experts: an organization's documents answer questions, with citations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from luytre.errors import BuildError
from luytre.kinds import Expert, ExpertPackage, Kind, Step

if TYPE_CHECKING:
    import typer


class RetrievalKind(Kind):
    name = "retrieval"

    def load(self, package: ExpertPackage) -> Expert:
        from luytre.kinds.retrieval.kind import load_package

        return load_package(package)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        """``source``: ``docs/`` and the build options in ``source.toml``."""
        from luytre.experts.sources import read_toml
        from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval

        options = read_toml(source / "source.toml")
        try:
            spec = RetrievalSource(**options)
        except TypeError as exc:  # an unknown or missing option
            raise BuildError(f"{source / 'source.toml'}: {exc}") from exc
        return build_retrieval(source / "docs", spec, out, step=step).package

    def build_command(self) -> Callable[..., None]:
        from luytre.kinds.retrieval.cli import build_retrieval_cmd

        return build_retrieval_cmd

    def cli(self) -> typer.Typer:
        from luytre.kinds.retrieval.cli import retrieval_app

        return retrieval_app
