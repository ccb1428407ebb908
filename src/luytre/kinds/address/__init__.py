"""The ``address`` kind: read Vietnamese addresses (old, new or mixed) and place them on the 2025 map."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from luytre.kinds import Expert, ExpertPackage, Kind, Step

if TYPE_CHECKING:
    import typer


class AddressKind(Kind):
    name = "address"

    def load(self, package: ExpertPackage) -> Expert:
        from luytre.kinds.address.kind import load_package

        return load_package(package)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        from luytre.kinds.address.build import build_address

        return build_address(source, out, step=step)

    def cli(self) -> typer.Typer:
        from luytre.kinds.address.cli import address_app

        return address_app
