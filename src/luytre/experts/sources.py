"""Reading a kind's source folder: the one TOML reader every builder uses, and the package of a kind whose
logic is code (the package is its validated manifest)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from luytre.errors import BuildError
from luytre.experts.manifest import MANIFEST_FILE, manifest_from_dict
from luytre.experts.package import ExpertPackage


def read_toml(path: Path) -> dict[str, Any]:
    """``path`` as TOML, or a ``BuildError`` that names the file and the problem."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BuildError(f"{path} not found") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"cannot read {path}: {exc}") from exc


def manifest_only_package(source: Path, out: Path, *, step: Callable[[str], None] = lambda _: None) -> ExpertPackage:
    """A package that is ``source/manifest.toml``, validated: for kinds whose logic is code."""
    step("writing manifest")
    manifest = manifest_from_dict(read_toml(source / "manifest.toml"), str(source / "manifest.toml"))
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return ExpertPackage.open(out)
