"""The ``anomaly`` expert kind: learns what normal looks like from a plant's own sensor or
quality history (PyOD and river detectors kept as plain arrays), scores readings, names the signals
that were abnormal, and keeps bounded per-stream state on the node for alerts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from luytre.errors import BuildError, PackageError
from luytre.experts.package import ExpertPackage
from luytre.kinds import Kind, KindContext, Step

if TYPE_CHECKING:
    import typer
    from fastapi import APIRouter

    from luytre.kinds.anomaly.expert import AnomalyExpert

__all__ = ["AnomalyKind"]


class AnomalyKind(Kind):
    """Entry point registered as ``luytre.kinds: anomaly``."""

    name = "anomaly"

    def load(self, package: ExpertPackage) -> AnomalyExpert:
        from pydantic import ValidationError

        from luytre.kinds.anomaly import detectors
        from luytre.kinds.anomaly.build import AnomalyConfig
        from luytre.kinds.anomaly.expert import AnomalyExpert

        try:
            config = AnomalyConfig.model_validate(package.manifest.config)
        except ValidationError as exc:
            raise PackageError(f"anomaly config of {package.manifest.id} is invalid: "
                               f"{exc.errors()[0]['msg']}") from exc
        files = {f.path for f in package.files}

        def read(name: str, artifact: str) -> detectors.Detector:
            if artifact not in files:
                raise PackageError(f"{package.manifest.id}: detector file {artifact!r} is not in the package")
            detector = detectors.load(name, package.root / artifact)
            if detector.tails.sorted_values.shape[1] != len(config.features):
                raise PackageError(f"{package.manifest.id}: detector {name} has "
                                   f"{detector.tails.sorted_values.shape[1]} features, the manifest names "
                                   f"{len(config.features)}")
            return detector

        stream = config.stream_model
        return AnomalyExpert(package.manifest, config, read(config.detector, config.artifact),
                             read(stream.detector, stream.artifact) if stream else None)

    def build(self, source: Path, out: Path, *, step: Step = lambda _: None) -> ExpertPackage:
        """``source``: ``manifest.toml`` and ``source.toml``, which names the history to learn from: a file in
        the folder (``data = "history.csv"``) or a data set inside a PyPI wheel (``dataset = "river:Shuttle"``)."""
        from luytre.experts.sources import read_toml
        from luytre.kinds.anomaly.build import build_anomaly
        from luytre.kinds.anomaly.data import wheel_dataset

        options = read_toml(source / "source.toml")
        if "data" in options:
            return build_anomaly(source / str(options["data"]), source / "manifest.toml", out, step=step)
        if "dataset" in options:
            with wheel_dataset(str(options["dataset"])) as data:
                return build_anomaly(data, source / "manifest.toml", out, step=step)
        raise BuildError(f"{source / 'source.toml'} names neither data = FILE nor dataset = \"river:NAME\"")

    def build_command(self) -> Callable[..., None]:
        from luytre.kinds.anomaly.cli import build

        return build

    def cli(self) -> typer.Typer:
        from luytre.kinds.anomaly.cli import app

        return app()

    def routes(self, ctx: KindContext) -> APIRouter:
        from luytre.kinds.anomaly.routes import router

        return router(ctx)

    def metadata(self) -> None:
        return None  # stream state is bounded and in memory; no tables of its own

    def migrations(self) -> None:
        return None
