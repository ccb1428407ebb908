"""The ``classifier`` expert kind: a calibrated Vietnamese text classifier whose
labels carry answers, with optional keyword rules that override the model for
cases that must never be missed (e.g. medical red flags)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from luytre.kinds import Expert, ExpertPackage, Kind, Step

if TYPE_CHECKING:
    import typer

TRAIN_FILE = "train.jsonl"  # in a source folder's data/; every other data/*.jsonl is held out and measured on


class ClassifierKind(Kind):
    name = "classifier"

    def load(self, package: ExpertPackage) -> Expert:
        from luytre.kinds.classifier.kind import load_package

        return load_package(package)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        """``source``: ``manifest.toml``, ``data/train.jsonl`` and held-out ``data/*.jsonl``, plus the
        ``[classifier] measure_on = [{path, label_field, label_map, focus_field, name}]`` sets the manifest names."""
        from luytre.experts.sources import read_toml
        from luytre.kinds.classifier.build import TestSet, build_classifier

        data = source / "data"
        files = sorted(p for p in data.glob("*.jsonl") if p.name != TRAIN_FILE)
        files.sort(key=lambda p: p.name != "test.jsonl")  # the main test set first
        held_out: list[Path | TestSet] = list(files)
        # Sets kept elsewhere in a checkout (e.g. a blind set under tests/data), measured when present.
        for extra in read_toml(source / "manifest.toml").get("classifier", {}).get("measure_on", []):
            path = source / extra["path"]
            if path.is_file():
                held_out.append(TestSet(path, extra.get("label_field", "label"), label_map=extra.get("label_map"),
                                        focus_field=extra.get("focus_field"), name=extra.get("name")))
        return build_classifier(data / TRAIN_FILE, source / "manifest.toml", out, tests=held_out, step=step)

    def build_command(self) -> Callable[..., None]:
        from luytre.kinds.classifier.cli import build_classifier_cmd

        return build_classifier_cmd

    def template(self) -> str:
        return (Path(__file__).parent / "manifest-template.toml").read_text(encoding="utf-8")

    def commands(self) -> dict[str, typer.Typer]:
        """``luytre federate``: train one classifier with other organizations (docs/federated-training.md)."""
        from luytre.kinds.classifier.federated.cli import federate_app

        return {"federate": federate_app}
