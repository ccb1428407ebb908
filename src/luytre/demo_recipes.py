"""The demo's recipes: the reference experts ``luytre demo`` builds from source and installs.

Their sources (training data, manifests, rules) live in the repository's
``experts/`` folder, so every package is rebuilt from text, never shipped as a
binary.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from luytre.errors import BuildError
from luytre.experts.package import ExpertPackage
from luytre.kinds import kind_named


@dataclass(frozen=True)
class ReferenceExpert:
    """A reference expert: its source folder under ``experts/`` and the kind that builds it."""

    id: str
    kind: str


REFERENCE_EXPERTS = (ReferenceExpert("vn-health-triage", "classifier"), ReferenceExpert("vn-identity", "identity"),
                     ReferenceExpert("vn-procedures", "retrieval"), ReferenceExpert("vn-address", "address"),
                     ReferenceExpert("vn-tutor", "tutor"), ReferenceExpert("vn-factory-sensors", "anomaly"))


def default_sources() -> Path:
    """The ``experts/`` folder of the checkout this package runs from."""
    return Path(__file__).resolve().parents[2] / "experts"


def build_reference(expert: ReferenceExpert, sources: Path, out: Path, *,
                    step: Callable[[str], None] = lambda _: None) -> ExpertPackage:
    source = sources / expert.id
    if not source.is_dir():
        raise BuildError(f"sources of {expert.id} not found in {sources}; "
                         "pass --sources DIR (the repository's experts/)")
    package = kind_named(expert.kind).build(source, out, step=step)
    if package is None:
        raise BuildError(f"kind {expert.kind!r} cannot build {expert.id} from a source folder")
    return package


DEMO_PUBLISHER = "luytre-demo"  # the publisher the reference manifests name


def demo_publisher_key(home_path: Path) -> Path:
    """The demo publisher's private key in ``HOME/publisher/``, created and trusted on first use.

    Only for the reference experts of a demo or test node: a real publisher keeps its
    key on its own machine and gives nodes only the public key."""
    from luytre.vetting.signing import create_keys
    from luytre.vetting.trust import TrustStore

    folder = home_path / "publisher"
    private_key = folder / f"{DEMO_PUBLISHER}.key"
    if not private_key.exists():
        create_keys(DEMO_PUBLISHER, folder)
    TrustStore.of_home(home_path).add((folder / f"{DEMO_PUBLISHER}.pub").read_bytes(), DEMO_PUBLISHER)
    return private_key
