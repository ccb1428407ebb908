"""Score an address parser against labelled records (``tests/data/address/*.jsonl``).

A record names the unit it was written from: ``old_ward_code`` (or
``old_district_code`` for island districts) for old and mixed addresses,
``ward_code`` and ``province_code`` for new ones, or ``expect: "abstain"``. The
new-map answer of an old unit is derived here from the official mapping
(its default ward when the reform split it), so labels never drift from the
tables.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from luytre.kinds.address.tables import AdminTables


@dataclass(frozen=True)
class Gold:
    province_code: str | None
    ward_code: str | None  # None: the parser should abstain on the ward
    accepted_wards: tuple[str, ...]  # every part of a split ward
    format: str


def gold_of(record: dict[str, Any], tables: AdminTables) -> Gold:
    """The expected new-map answer of one labelled record."""
    if record.get("expect") == "abstain":
        return Gold(record.get("province_code"), None, (), record.get("format", "unknown"))
    if "old_ward_code" in record:
        code = record["old_ward_code"]
        wards = tables.new_of_old_ward(code)
        district = tables.old_districts[tables.old_wards[code].parent or ""]
        province = tables.province_old_to_new[district.parent or ""]
        return Gold(province, wards[0], tuple(wards), record["format"])
    if "old_district_code" in record:
        wards = tables.new_of_old_district(record["old_district_code"])
        province = tables.province_old_to_new[tables.old_districts[record["old_district_code"]].parent or ""]
        return Gold(province, wards[0] if wards else None, tuple(wards), record["format"])
    return Gold(record["province_code"], record["ward_code"], (record["ward_code"],), record["format"])


def read_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    return records


@dataclass
class AddressScores:
    n: int
    ward_accuracy: float
    province_accuracy: float
    format_accuracy: float
    abstained: int
    by_case: dict[str, dict[str, float]]
    errors: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "ward_accuracy": self.ward_accuracy, "province_accuracy": self.province_accuracy,
                "format_accuracy": self.format_accuracy, "abstained": self.abstained, "by_case": self.by_case}


def evaluate(parse: Callable[[str], dict[str, Any]], records: list[dict[str, Any]],
             tables: AdminTables) -> AddressScores:
    """Ward, province and format accuracy of ``parse`` (text -> result dict) on ``records``.

    A ward is right when it is the official default of the gold unit (or the parser abstains on a
    record labelled "abstain"); a province is scored only where the record determines one."""
    ward_ok = province_ok = province_n = format_ok = abstained = 0
    cases: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for record in records:
        gold = gold_of(record, tables)
        got = parse(record["text"])
        abstained += got.get("ward_code") is None
        w = got.get("ward_code") == gold.ward_code
        ward_ok += w
        if gold.province_code is not None:
            province_n += 1
            province_ok += got.get("province_code") == gold.province_code
        format_ok += got.get("format") == gold.format
        for case in record.get("cases") or ["plain"]:
            cases[case]["n"] += 1
            cases[case]["ward_ok"] += w
        if not w:
            errors.append({"id": record["id"], "text": record["text"], "gold": gold.ward_code,
                           "got": got.get("ward_code"), "rule": got.get("rule"),
                           "confidence": got.get("confidence")})
    n = len(records)
    by_case = {case: {"n": c["n"], "ward_accuracy": round(c["ward_ok"] / c["n"], 4)}
               for case, c in sorted(cases.items())}
    return AddressScores(n, round(ward_ok / n, 4) if n else 0.0,
                         round(province_ok / province_n, 4) if province_n else 0.0,
                         round(format_ok / n, 4) if n else 0.0, abstained, by_case, errors)
