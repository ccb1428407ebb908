"""The admission gate: every check a package must pass before a node runs it.

    archive    -> no traversal, absolute paths, links, bombs; size and count limits
    signature  -> valid, by a trusted key, whose organization is the manifest's publisher;
                  the signed ignore list is the default; every file is in the signed set
    file_tree  -> regular files only: no symlinks, devices, .git/.github folders
    artifacts  -> each file's format from its bytes; pickles refused (picklescan explains)
    manifest   -> schema valid
    dossier    -> medium/high risk tier: the AI Law classification dossier is present
    version    -> not lower than the installed version (no rollback) unless forced
    evaluation -> on the operator's own labeled data, in the same capped child process as the
                  resources check: the node's floor for the domain, and no more than a margin
                  below the accuracy the publisher claims
    resources  -> loaded and exercised in a separate, memory-limited process: peak RSS
                  and p95 latency within the manifest's budget and the node's ceiling

``vet`` runs them all (a check that cannot run after an earlier failure says so)
and returns a report; a package is admitted only when every check passed.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from luytre.config import LimitsSection, VettingSection
from luytre.errors import LuytreError, ManifestError, PackageError, SignatureError, UnsafeArtifact
from luytre.experts.manifest import (
    DOSSIER_FILE,
    MANIFEST_FILE,
    MAX_MANIFEST_BYTES,
    Manifest,
    check_manifest_size,
    parse_manifest,
    read_manifest_bytes,
    semver_key,
)
from luytre.experts.package import ExpertPackage, PackageFile, is_archive, unpack
from luytre.threads import thread_env
from luytre.vetting.signing import EXPECTED_IGNORED, SIGNATURE_FILE, read_bundle, verify
from luytre.vetting.trust import TrustStore

CHECKS = ("archive", "signature", "file_tree", "artifacts", "manifest", "dossier", "version", "evaluation",
          "resources")
MIN_DOSSIER_CHARS = 200


@dataclass
class Check:
    name: str
    passed: bool
    detail: str
    waived: bool = False


@dataclass
class VettingReport:
    expert: str | None = None
    version: str | None = None
    publisher: str | None = None
    checks: list[Check] = field(default_factory=list)
    package: ExpertPackage | None = None  # the opened package, while the vetting work folder exists

    @property
    def admitted(self) -> bool:
        return all(c.passed or c.waived for c in self.checks)

    @property
    def unsigned(self) -> bool:
        return any(c.name == "signature" and c.waived for c in self.checks)

    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed and not c.waived]

    def add(self, name: str, passed: bool, detail: str, *, waived: bool = False) -> None:
        self.checks.append(Check(name, passed, detail, waived))

    def to_dict(self) -> dict[str, Any]:
        return {"admitted": self.admitted, "expert": self.expert, "version": self.version,
                "publisher": self.publisher, "unsigned": self.unsigned,
                "checks": [asdict(c) for c in self.checks]}


def vet(source: Path, trust: TrustStore, settings: VettingSection = VettingSection(), *,
        installed_version: str | None = None, allow_downgrade: bool = False, eval_file: Path | None = None,
        allow_unsigned: bool = False, max_package_bytes: int = LimitsSection().max_package_bytes,
        workdir: Path | None = None) -> VettingReport:
    """Run every check on the package folder or archive at ``source``.

    An archive is unpacked into ``workdir`` (a temporary folder when None); give one to keep
    using ``report.package`` afterwards, as an install does, instead of unpacking twice."""
    if workdir is None:
        with tempfile.TemporaryDirectory(prefix="luytre-vet-") as tmp:
            return vet(source, trust, settings, installed_version=installed_version, allow_downgrade=allow_downgrade,
                       eval_file=eval_file, allow_unsigned=allow_unsigned, max_package_bytes=max_package_bytes,
                       workdir=Path(tmp))
    report = VettingReport()
    root = _package_root(source, max_package_bytes, report, workdir)
    if root is None:
        _not_run(report, CHECKS[1:], "the archive was refused")
        return report
    _check_signature(root, trust, report, allow_unsigned=allow_unsigned)
    if report.failed():  # parse nothing an unknown or lying signer sent: artifacts can be bombs
        _not_run(report, CHECKS[2:], "the signature check failed")
        return report
    package = _check_contents(root, max_package_bytes, settings, report)
    if package is None:
        _not_run(report, CHECKS[5:], "the package did not open")
        return report
    manifest = package.manifest
    report.expert, report.version, report.publisher = manifest.id, manifest.version, manifest.publisher
    _check_dossier(root, manifest, report)
    _check_version(manifest, installed_version, report, allow_downgrade=allow_downgrade)
    if report.failed():  # never load and run a package that already failed a static check
        _not_run(report, ("evaluation", "resources"), "an earlier check failed")
        return report
    _check_evaluation(root, manifest, eval_file, settings, report)
    _check_resources(root, manifest, settings, report)
    report.package = package
    return report


def _package_root(source: Path, max_package_bytes: int, report: VettingReport, workdir: Path) -> Path | None:
    if not source.exists():
        raise PackageError(f"{source} does not exist")
    if source.is_dir():
        report.add("archive", True, "a package folder, not an archive")
        return source
    if not is_archive(source):
        raise PackageError(f"{source} is neither a package folder nor a package archive")
    root = workdir / "package"
    root.mkdir()
    try:
        unpack(source, root, max_package_bytes)
    except PackageError as exc:
        report.add("archive", False, exc.message)
        return None
    report.add("archive", True, "paths, links, sizes and compression ratios within limits")
    return root


def package_id(source: Path) -> str | None:
    """The expert id a package folder or archive declares, read without validating anything
    (used only to look up the installed version for the rollback check)."""
    import zipfile

    try:
        if source.is_dir():
            raw = read_manifest_bytes(source / MANIFEST_FILE)
        else:
            with zipfile.ZipFile(source) as archive:
                check_manifest_size(archive.getinfo(MANIFEST_FILE).file_size)
                with archive.open(MANIFEST_FILE) as member:  # reads no more than the size checked
                    raw = member.read(MAX_MANIFEST_BYTES + 1)
        value = json.loads(raw).get("id")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, AttributeError, ManifestError):
        return None  # the gate itself refuses the package, naming the check
    return value if isinstance(value, str) else None


def _not_run(report: VettingReport, names: tuple[str, ...], why: str) -> None:
    for name in names:
        report.add(name, False, f"not run: {why}")


def _raw_publisher(root: Path) -> object:  # whatever the unvalidated manifest says, shown as it is
    try:
        return json.loads(read_manifest_bytes(root / MANIFEST_FILE)).get("publisher")
    except (OSError, ValueError, AttributeError, ManifestError):
        return None


def _check_signature(root: Path, trust: TrustStore, report: VettingReport, *, allow_unsigned: bool) -> None:
    if allow_unsigned and not (root / SIGNATURE_FILE).exists():
        report.add("signature", False, "UNSIGNED: admitted without a signature (--allow-unsigned, development "
                                       "only)", waived=True)
        return
    try:
        hint, _statement = read_bundle(root)
        key = trust.find(hint)
        if key is None:
            raise SignatureError(f"signed by key {hint[:16]}…, which this node does not trust "
                                 "(luytre trust add KEY.pub --org ORG)")
        signed = verify(root, key.public_key_pem.encode("ascii"))
        if signed.ignored != EXPECTED_IGNORED:
            extra = sorted(signed.ignored - EXPECTED_IGNORED)
            raise SignatureError(f"the signer excluded files from signing: {', '.join(extra) or 'a custom list'}")
        on_disk = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                         if p.is_file() and p.name != SIGNATURE_FILE)
        if list(signed.files) != on_disk:
            raise SignatureError("the signed file list differs from the package's files")
        publisher = _raw_publisher(root)
        if publisher != key.org:
            raise SignatureError(f"signed by {key.org!r}, but the manifest names the publisher {publisher!r}")
    except SignatureError as exc:
        report.add("signature", False, exc.message)
        return
    report.add("signature", True, f"valid, by {key.org} (key {key.fingerprint[:16]}…), "
                                  f"{len(signed.files)} files signed")


def _check_contents(root: Path, max_package_bytes: int, settings: VettingSection,
                    report: VettingReport) -> ExpertPackage | None:
    """file_tree, artifacts and manifest: what ``ExpertPackage.open`` checks, reported one by one. The
    artifacts are parsed in the capped child process, never here: a parser bomb costs the child its memory."""
    try:
        opened = _child(["static", str(root), str(max_package_bytes), str(settings.max_rss_mb),
                         str(math.ceil(settings.probe_timeout_s))], settings, "the static checks")
    except PackageError as exc:  # the child ran out of memory or time, or died
        report.add("file_tree", False, "not finished: the static checks stopped")
        report.add("artifacts", False, f"{exc.message} (artifacts check)")
        report.add("manifest", False, "not run: the static checks stopped")
        return None
    refused = _REFUSALS.get(opened.get("refused", ""), PackageError)
    try:
        if "refused" in opened:
            raise refused(opened["message"])
        manifest = parse_manifest(read_manifest_bytes(root / MANIFEST_FILE))  # its size is checked first
        package = ExpertPackage(root, manifest, tuple(PackageFile(**f) for f in opened["files"]))
    except UnsafeArtifact as exc:
        report.add("file_tree", True, "regular files only")
        report.add("artifacts", False, exc.message)
        report.add("manifest", False, "not run: an artifact was refused")
        return None
    except ManifestError as exc:
        report.add("file_tree", True, "regular files only")
        report.add("artifacts", True, "every file is plain data")
        report.add("manifest", False, exc.message)
        return None
    except PackageError as exc:
        report.add("file_tree", False, exc.message)
        _not_run(report, ("artifacts", "manifest"), "the file tree was refused")
        return None
    formats = sorted({f.format for f in package.files})
    report.add("file_tree", True, f"{len(package.files)} regular files")
    report.add("artifacts", True, f"formats detected from content: {', '.join(formats)}")
    report.add("manifest", True, f"schema valid; risk tier {package.manifest.risk_tier}")
    return package


_REFUSALS: dict[str, type[LuytreError]] = {cls.__name__: cls for cls in (UnsafeArtifact, ManifestError, PackageError)}


def _check_dossier(root: Path, manifest: Manifest, report: VettingReport) -> None:
    if manifest.risk_tier == "low":
        report.add("dossier", True, "low risk: no classification dossier required")
        return
    dossier = root / DOSSIER_FILE
    text = dossier.read_text(encoding="utf-8", errors="replace").strip() if dossier.is_file() else ""
    if len(text) < MIN_DOSSIER_CHARS:
        report.add("dossier", False, f"{manifest.risk_tier} risk: the AI Law 2025 classification dossier "
                                     f"{DOSSIER_FILE} is missing or shorter than {MIN_DOSSIER_CHARS} characters")
        return
    report.add("dossier", True, f"{manifest.risk_tier} risk: {DOSSIER_FILE} present ({len(text)} characters)")


def _check_version(manifest: Manifest, installed: str | None, report: VettingReport, *,
                   allow_downgrade: bool) -> None:
    if installed is None:
        report.add("version", True, "not installed on this node yet")
    elif manifest.version == installed:
        report.add("version", False, f"{manifest.id} {installed} is already installed; bump the version "
                                     "to install different content")
    elif semver_key(manifest.version) > semver_key(installed):
        report.add("version", True, f"{manifest.version} is newer than the installed {installed}")
    elif allow_downgrade and manifest.version != installed:
        report.add("version", True, f"{manifest.version} is older than the installed {installed}: "
                                    "rollback forced by the operator")
    else:
        report.add("version", False, f"{manifest.version} is not newer than the installed {installed} "
                                     "(no rollback; force one with --allow-downgrade)")


def _check_evaluation(root: Path, manifest: Manifest, eval_file: Path | None, settings: VettingSection,
                      report: VettingReport) -> None:
    """Answer the operator's labeled examples with the expert, loaded in the probe's capped child process
    (memory, CPU time, threads): a package that is still untrusted never runs in the installing process."""
    if eval_file is None:
        report.add("evaluation", True, "no --eval data given: the publisher's claims are not checked")
        return
    from luytre.experts.labeled import read_labeled

    rows = read_labeled(eval_file)  # the operator's own file: its mistakes are theirs to fix, said here
    rss_limit = min(manifest.budget.max_rss_mb, settings.max_rss_mb)
    try:
        counted = _child(["evaluate", str(root), str(rss_limit), str(math.ceil(settings.probe_timeout_s))],
                         settings, "evaluating the expert on your --eval examples", stdin=json.dumps(rows))
    except PackageError as exc:  # the child ran out of time or memory, or died
        report.add("evaluation", False, exc.message)
        return
    if "refused" in counted:
        report.add("evaluation", False, str(counted.get("message", "refused by the probe's child process")))
        return
    if counted.get("unlabeled"):
        report.add("evaluation", False, f"kind {manifest.kind} answers without a label; "
                                        "it cannot be evaluated on labeled data")
        return
    accuracy = int(counted["right"]) / len(rows)
    floor = settings.min_accuracy.get(manifest.domain, settings.default_min_accuracy)
    claims = [m.value for m in manifest.metrics if m.name == "accuracy"]
    claimed = max(claims) if claims else None
    problems = []
    if accuracy < floor:
        problems.append(f"below this node's floor of {floor:.3f} for {manifest.domain}")
    if claimed is not None and accuracy < claimed - settings.max_claim_gap:
        problems.append(f"more than {settings.max_claim_gap:.3f} below the claimed {claimed:.3f}")
    detail = (f"accuracy {accuracy:.3f} on {len(rows)} of the operator's examples (in the probe's child process: "
              f"{counted.get('threads')} BLAS thread(s), at most {settings.probe_timeout_s:g} s of CPU)")
    report.add("evaluation", not problems, detail + ("; " + "; ".join(problems) if problems else ""))


def _check_resources(root: Path, manifest: Manifest, settings: VettingSection, report: VettingReport) -> None:
    rss_limit = min(manifest.budget.max_rss_mb, settings.max_rss_mb)
    p95_limit = min(manifest.budget.p95_latency_ms, settings.max_p95_latency_ms)
    try:
        measured = probe(root, rss_limit, settings.probe_timeout_s, threads=settings.probe_threads)
    except LuytreError as exc:
        report.add("resources", False, exc.message)
        return
    problems = []
    if measured["peak_rss_mb"] > rss_limit:
        problems.append(f"peak RSS {measured['peak_rss_mb']:.0f} MB over the limit of {rss_limit} MB "
                        "(the manifest's budget.max_rss_mb, at most the node's vetting.max_rss_mb)")
    if measured["p95_ms"] > p95_limit:
        problems.append(f"p95 latency {measured['p95_ms']:.1f} ms CPU over the limit of {p95_limit:g} ms "
                        "(the manifest's budget.p95_latency_ms, at most the node's vetting.max_p95_latency_ms)")
    detail = (f"peak RSS {measured['peak_rss_mb']:.0f} MB (limit {rss_limit}), p95 {measured['p95_ms']:.2f} ms CPU "
              f"(limit {p95_limit:g}; {measured.get('p95_wall_ms', 0):.2f} ms wall) over {measured['answers']} answers")
    report.add("resources", not problems, detail + ("; " + "; ".join(problems) if problems else ""))


# Wall-clock allowance per CPU second: on a busy shared machine the child gets a fraction of a core.
PROBE_WALL_FACTOR = 5


def probe(root: Path, rss_limit_mb: int, timeout_s: float, *, threads: int = 1) -> dict[str, Any]:
    """Load the package in a child process whose memory is capped a little above ``rss_limit_mb``
    and its CPU time at ``timeout_s``, with ``threads`` BLAS/OpenMP threads, and answer its examples;
    return what the child measured."""
    settings = VettingSection(probe_timeout_s=timeout_s, probe_threads=threads)
    return _child(["exercise", str(root), str(rss_limit_mb), str(math.ceil(timeout_s))], settings,
                  "loading and exercising the expert")


def _child(arguments: list[str], settings: VettingSection, what: str, *, stdin: str = "") -> dict[str, Any]:
    """Run ``luytre.vetting.probe`` with ``arguments`` (and ``stdin``) and return the JSON line it printed; a
    child that ran out of time or memory, or failed, raises ``PackageError`` naming the config key that sets
    the limit."""
    command = [sys.executable, "-m", "luytre.vetting.probe", *arguments]
    env = {**os.environ, **thread_env(settings.probe_threads)}
    wall_s = settings.probe_timeout_s * PROBE_WALL_FACTOR
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, timeout=wall_s, text=True, env=env)
    except subprocess.TimeoutExpired as exc:
        raise PackageError(f"{what} took longer than {wall_s:g} s of wall time "
                           "(vetting.probe_timeout_s sets the CPU seconds allowed)") from exc
    if done.returncode == -signal.SIGXCPU or done.returncode == -signal.SIGKILL:
        raise PackageError(f"{what} took more than {settings.probe_timeout_s:g} s of CPU time "
                           "(vetting.probe_timeout_s)")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        if "MemoryError" in last:
            raise PackageError(f"{what} ran out of the child process's memory cap (vetting.max_rss_mb)")
        raise PackageError(f"{what} failed in the probe's child process (exit {done.returncode}): {last[:300]}")
    try:
        measured = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError) as exc:
        raise PackageError(f"{what}: the probe's child process printed no result") from exc
    if not isinstance(measured, dict):
        raise PackageError(f"{what}: the probe's child process printed no result")
    return measured
