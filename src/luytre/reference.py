"""The reference experts that ``luytre demo`` builds from source and installs.

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


@dataclass(frozen=True)
class ReferenceExpert:
    id: str
    build: Callable[[Path, Path, Callable[[str], None]], ExpertPackage]


def _triage(source: Path, out: Path, step: Callable[[str], None]) -> ExpertPackage:
    from luytre.classifier.build import TestSet, build_classifier

    data = source / "data"
    tests: list[Path | TestSet] = [data / "test.jsonl", data / "redflags_eval.jsonl", data / "holdout.jsonl",
                                   data / "holdout2.jsonl"]
    blind = source.parents[1] / "tests" / "data" / "triage" / "blind.jsonl"  # issue 20's blind set, in a checkout
    if blind.is_file():
        tests.append(TestSet(blind, label_field="department"))
    return build_classifier(data / "train.jsonl", source / "manifest.toml", out, tests=tests, step=step)


def _engine(source: Path, out: Path, step: Callable[[str], None]) -> ExpertPackage:
    """An expert whose kind holds the logic: the package is its validated manifest."""
    import tomllib

    from luytre.experts.manifest import MANIFEST_FILE, manifest_from_dict

    step("writing manifest")
    manifest = manifest_from_dict(tomllib.loads((source / "manifest.toml").read_text(encoding="utf-8")),
                                  str(source / "manifest.toml"))
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return ExpertPackage.open(out)


def _documents(source: Path, out: Path, step: Callable[[str], None]) -> ExpertPackage:
    """A retrieval expert over the sample documents in ``docs/``, with the options in ``source.toml``."""
    import tomllib

    from luytre.retrieval.build import RetrievalSource, build_retrieval

    options = tomllib.loads((source / "source.toml").read_text(encoding="utf-8"))
    return build_retrieval(source / "docs", RetrievalSource(**options), out, step=step).package


def _address(source: Path, out: Path, step: Callable[[str], None]) -> ExpertPackage:
    """The address expert: the official tables and the accuracy measured on the labelled sets."""
    from luytre.address.build import build_address

    return build_address(source, out, step=step)


def _tutor(source: Path, out: Path, step: Callable[[str], None]) -> ExpertPackage:
    """The tutor: the sample item banks, validated, and router examples from their skills."""
    from luytre.tutor.kind import build_tutor

    return build_tutor(source, out, step=step)


REFERENCE_EXPERTS = (ReferenceExpert("vn-health-triage", _triage), ReferenceExpert("vn-identity", _engine),
                     ReferenceExpert("vn-procedures", _documents), ReferenceExpert("vn-address", _address),
                     ReferenceExpert("vn-tutor", _tutor))


def default_sources() -> Path:
    """The ``experts/`` folder of the checkout this package runs from."""
    return Path(__file__).resolve().parents[2] / "experts"


def build_reference(expert: ReferenceExpert, sources: Path, out: Path,
                    step: Callable[[str], None] = lambda _: None) -> ExpertPackage:
    source = sources / expert.id
    if not source.is_dir():
        raise BuildError(f"sources of {expert.id} not found in {sources}; pass --sources DIR (the repository's experts/)")
    return expert.build(source, out, step)


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
