"""How long the admission gate takes on the reference experts, beside its two biggest parts run alone:
model-signing's signature verification and picklescan's scan of the same folder (the usual
"scan the model" step, which picks files by extension)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT  # noqa: E402 - after the sys.path entry


def timed(function, rounds: int = 3) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    from picklescan.scanner import scan_directory_path

    from luytre.demo_recipes import REFERENCE_EXPERTS, build_reference, demo_publisher_key
    from luytre.vetting.admission import vet
    from luytre.vetting.signing import sign, verify
    from luytre.vetting.trust import TrustStore

    base = Path(tempfile.mkdtemp(prefix="luytre-bench-vet-"))
    key = demo_publisher_key(base)
    trust = TrustStore.of_home(base)
    public = (base / "publisher" / "luytre-demo.pub").read_bytes()
    print("vetting the reference experts (median of 3, seconds)")
    print(f"{'':20}{'full gate':>11}{'signature only':>16}{'picklescan dir':>16}{'ratio':>8}")
    for reference in REFERENCE_EXPERTS:
        package = build_reference(reference, ROOT / "experts", base / reference.id)
        sign(package.root, key)
        report = vet(package.root, trust)
        assert report.admitted, report.to_dict()
        full = timed(lambda: vet(package.root, trust))
        signature = timed(lambda: verify(package.root, public))
        scan = timed(lambda: scan_directory_path(str(package.root)))
        print(f"{reference.id:20}{full:>11.2f}{signature:>16.3f}{scan:>16.3f}{full / signature:>7.0f}x")
        resources = next(c.detail for c in report.checks if c.name == "resources")
        print(f"{'':20}resources: {resources}")
    print("target: vetting a reference expert < 10 s on 2 cores")


if __name__ == "__main__":
    main()
