"""Hostile packages against the admission gate (issue 15): a manifest that inflates, a parser bomb among
the artifacts, and a good package vetted while another process burns the CPU.

Memory is read from this process's own peak (``ru_maxrss``): were a bomb parsed here rather than in the
gate's capped child process, the peak would jump by hundreds of MB."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import zipfile

from luytre.config import VettingSection
from luytre.experts.manifest import MANIFEST_FILE, MAX_MANIFEST_BYTES
from luytre.vetting.admission import package_id, vet
from luytre.vetting.signing import SIGNATURE_FILE

BURNER = "import time\nend = time.time() + 600\nwhile time.time() < end: pass"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _failed(report) -> dict[str, str]:
    return {c.name: c.detail for c in report.failed() if not c.detail.startswith("not run")}


def test_a_manifest_that_inflates_is_refused_before_it_is_read(identity_package, trust, tmp_path):
    bomb = tmp_path / "bomb.luytre"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:  # ~300 KB that inflate to 300 MB
        archive.writestr(MANIFEST_FILE, b'{"id": "vn-bomb", "pad": "' + b" " * 300_000_000 + b'"}')
    assert bomb.stat().st_size < 1_000_000
    before = _peak_mb()
    assert package_id(bomb) is None  # the node looks up the installed version first: nothing read
    report = vet(bomb, trust)
    assert _peak_mb() - before < 50
    assert list(_failed(report)) == ["archive"] and "manifest_size check" in _failed(report)["archive"]

    folder = tmp_path / "folder"
    shutil.copytree(identity_package, folder)
    (folder / SIGNATURE_FILE).unlink()
    (folder / MANIFEST_FILE).write_bytes(b" " * (MAX_MANIFEST_BYTES + 1) + (identity_package / MANIFEST_FILE)
                                         .read_bytes())  # valid JSON, only too large
    failed = _failed(vet(folder, trust, allow_unsigned=True))
    assert list(failed) == ["manifest"] and "manifest_size check" in failed["manifest"]


def test_a_parser_bomb_costs_the_capped_child_not_the_server(identity_package, trust, tmp_path):
    """48 MB of JSON holding 16 million empty objects: over a gigabyte once parsed. The static checks
    parse it in the child (capped at vetting.max_rss_mb plus headroom), which refuses it by name."""
    folder = tmp_path / "package"
    shutil.copytree(identity_package, folder)
    (folder / SIGNATURE_FILE).unlink()  # unsigned (development only): the static checks are what is tested
    (folder / "objects.json").write_bytes(b"[" + b"{}," * 16_000_000 + b"{}]")
    before = _peak_mb()
    report = vet(folder, trust, VettingSection(max_rss_mb=16), allow_unsigned=True)
    assert _peak_mb() - before < 100
    failed = _failed(report)
    assert list(failed) == ["artifacts"], report.to_dict()
    assert "objects.json" in failed["artifacts"] and "memory" in failed["artifacts"]
    assert "artifact" in failed["artifacts"]


def test_a_reference_expert_is_admitted_beside_a_cpu_burner(triage_package, trust):
    """The probe's budgets are CPU time with one BLAS thread: a neighbour spinning on the CPU (started
    here and stopped by its PID) must not make vetting refuse a good package."""
    # Spins for at most 10 minutes even if this test is killed before it stops the burner.
    burner = subprocess.Popen([sys.executable, "-c", BURNER])
    try:
        report = vet(triage_package, trust)
    finally:
        os.kill(burner.pid, signal.SIGKILL)
        burner.wait()
    assert report.admitted, report.to_dict()
    resources = next(c for c in report.checks if c.name == "resources")
    assert "p95" in resources.detail


def test_the_admitted_package_is_the_one_the_child_listed(identity_package, trust):
    report = vet(identity_package, trust)
    assert report.admitted, report.to_dict()
    names = {f.path for f in report.package.files}
    assert MANIFEST_FILE in names and SIGNATURE_FILE in names
    assert all(len(f.sha256) == 64 and f.format for f in report.package.files)
    assert report.package.manifest.id == "vn-identity"
