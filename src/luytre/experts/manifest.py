"""The expert manifest (``expert.json``), validated with pydantic.

A manifest says what an expert does, what data it processes, how risky it is
under the 2025 AI Law, what was measured and on what, and what it may cost.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from luytre.errors import ManifestError

MANIFEST_FILE = "expert.json"
# Medium- and high-risk experts ship their classification dossier (AI Law 2025) under this name.
DOSSIER_FILE = "dossier.md"
# semver.org's grammar, without build metadata ambiguity.
SEMVER = (
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)
DataCategory = Literal["public", "basic_personal", "sensitive_personal"]
RiskTier = Literal["low", "medium", "high"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    """The same text in Vietnamese (first) and English."""

    vi: str = Field(min_length=1, max_length=2000)
    en: str = Field(min_length=1, max_length=2000)

    def pick(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


class Metric(_Strict):
    """One measured figure and the data it was measured on."""

    name: str = Field(min_length=1, max_length=64)
    value: float
    dataset: str = Field(min_length=1, max_length=200)
    n: int = Field(ge=1)


class Budget(_Strict):
    """What one instance of the expert may cost on the node."""

    max_rss_mb: int = Field(ge=1, le=65536)
    p95_latency_ms: float = Field(gt=0, le=600000)


class Manifest(_Strict):
    schema_version: Literal[1] = 1
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    version: str = Field(pattern=SEMVER)
    kind: str = Field(pattern=r"^[a-z][a-z0-9_-]{1,31}$")
    domain: str = Field(min_length=1, max_length=64)
    title: Localized
    description: Localized
    languages: list[str] = Field(min_length=1)
    examples: list[str] = Field(min_length=3, max_length=2000)
    data_categories: list[DataCategory] = Field(min_length=1)
    risk_tier: RiskTier
    license: str = Field(min_length=1, max_length=100)
    publisher: str = Field(min_length=1, max_length=200)
    metrics: list[Metric] = []
    budget: Budget
    config: dict[str, Any] = {}

    @field_validator("examples")
    @classmethod
    def _examples_not_blank(cls, value: list[str]) -> list[str]:
        if any(not e.strip() for e in value):
            raise ValueError("examples must not be blank")
        return value

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str]) -> list[str]:
        for code in value:
            if not code.isalpha() or not 2 <= len(code) <= 3 or code != code.lower():
                raise ValueError(f"language {code!r} is not an ISO 639 code such as 'vi' or 'en'")
        return value

    @property
    def version_key(self) -> SemverKey:
        """Sort key that orders versions as semver does (pre-releases before releases)."""
        return semver_key(self.version)

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


# major, minor, patch, 1 for a release (0 for a pre-release), and the pre-release's identifiers
# as (0, number, "") or (1, 0, text), so numeric identifiers sort before text ones as semver says.
SemverKey = tuple[int, int, int, int, tuple[tuple[int, int, str], ...]]


def semver_key(version: str) -> SemverKey:
    core, _, pre = version.split("+", 1)[0].partition("-")
    major, minor, patch = (int(p) for p in core.split("."))
    if not pre:
        return (major, minor, patch, 1, ())
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return (major, minor, patch, 0, parts)


# Over 9x the largest reference manifest (vn-procedures, ~110 KB): checked before a byte of it is read,
# so a manifest that inflates to hundreds of MB never reaches the JSON parser.
MAX_MANIFEST_BYTES = 1024 * 1024


def check_manifest_size(size: int, source: str = MANIFEST_FILE) -> None:
    """Raise ``ManifestError`` (the manifest_size check) if a manifest of ``size`` bytes is too large to read."""
    if size > MAX_MANIFEST_BYTES:
        raise ManifestError(f"{source} is {size} bytes; a manifest may have at most {MAX_MANIFEST_BYTES} "
                            "(manifest_size check)", size=size, limit=MAX_MANIFEST_BYTES)


def read_manifest_bytes(path: Path) -> bytes:
    """The bytes of the manifest file at ``path``, its size checked before it is read."""
    check_manifest_size(path.stat().st_size, path.name)
    with open(path, "rb") as fh:
        raw = fh.read(MAX_MANIFEST_BYTES + 1)  # the file may grow between stat and read
    check_manifest_size(len(raw), path.name)
    return raw


def parse_manifest(raw: bytes | str, source: str = MANIFEST_FILE) -> Manifest:
    """Validate manifest JSON; raise ``ManifestError`` naming every bad field."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{source} is not valid JSON: {exc}") from exc
    return manifest_from_dict(data, source)


def manifest_from_dict(data: object, source: str) -> Manifest:
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors()]
        raise ManifestError(f"{source} is invalid: " + "; ".join(problems), problems=problems) from exc
