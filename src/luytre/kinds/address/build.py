"""Build the vn-address package: the manifest, the official tables and measured accuracy.

The tables are read from the installed ``vietnamadminunits`` data (MIT) and
written as plain JSON; the manifest's metrics are measured on the labelled sets
named in the source (``eval``), never on the data the parser was developed on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from luytre.errors import BuildError
from luytre.experts.manifest import MANIFEST_FILE, Metric, manifest_from_dict
from luytre.experts.package import ExpertPackage
from luytre.experts.sources import read_toml
from luytre.kinds.address.metrics import evaluate, read_records
from luytre.kinds.address.parser import AddressParser
from luytre.kinds.address.tables import TABLES_FILE, extract_tables


def build_address(source: Path, out: Path, *, step: Callable[[str], None] = lambda _: None) -> ExpertPackage:
    """Build from ``source`` (a folder with ``manifest.toml``) into ``out``."""
    manifest_path = source / "manifest.toml"
    data = read_toml(manifest_path)
    evals = [(source / p).resolve() for p in data.pop("eval", [])]
    step("reading the official tables")
    tables = extract_tables()
    out.mkdir(parents=True, exist_ok=True)
    tables.save(out / TABLES_FILE)
    parser = AddressParser(tables)
    metrics: list[Metric] = []
    for path in evals:
        if not path.is_file():
            raise BuildError(f"evaluation set {path} not found")
        step(f"measuring on {path.name}")
        scores = evaluate(lambda text: parser.parse(text).to_dict(), read_records([path]), tables)
        metrics += [Metric(name="ward_accuracy", value=scores.ward_accuracy, dataset=path.name, n=scores.n),
                    Metric(name="province_accuracy", value=scores.province_accuracy, dataset=path.name, n=scores.n)]
    data["metrics"] = [m.model_dump() for m in metrics]
    data.setdefault("config", {})["tables"] = tables.source
    manifest = manifest_from_dict(data, str(manifest_path))
    step("writing manifest")
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return ExpertPackage.open(out)
