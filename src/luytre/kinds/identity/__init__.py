"""The ``identity`` kind: check, explain and extract Vietnamese identifiers (the rules live in
``luytre.identifiers``, shared with the PII scanner; the package is its manifest)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from luytre.kinds import Expert, ExpertPackage, Kind, Step

if TYPE_CHECKING:
    import typer


class IdentityKind(Kind):
    name = "identity"

    def load(self, package: ExpertPackage) -> Expert:
        from luytre.kinds.identity.kind import load_package

        return load_package(package)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        from luytre.experts.sources import manifest_only_package

        return manifest_only_package(source, out, step=step)

    def cli(self) -> typer.Typer:
        from luytre.kinds.identity.cli import id_app

        return id_app
