"""vn-address against the other offline Vietnamese address converters, on the same labelled addresses.

    .venv/bin/python bench/address/run.py [--sets test.jsonl handwritten.jsonl]

Peers, side by side in the same process and run:

* ``vietnamadminunits`` 1.0.4 (MIT; the source of our tables). It needs to be
  told whether an address is old or new, so it runs two ways: "auto" tries
  ``convert_address`` (old) and falls back to ``parse_address`` (new) when that
  finds no ward, which is what a user without that knowledge does; "told" is
  given each record's true format (an upper bound no real input offers). Its
  online geocoder, used for split wards with a street, is replaced by "no
  location", which makes it use the official default as it does offline.
* ``vietnam-address-converter`` (Apache-2.0), if installed
  (``pip install vietnam-address-converter``): ``auto_convert_address``. It uses
  codes of its own, so every tool is scored on names: a ward is right when its
  province and ward names, folded, equal the gold unit's.

A ward is right when it is the official default of the gold unit, or when the
tool names no ward for a record labelled "abstain". Throughput is addresses per
second over the whole set, single-threaded, after one warm-up pass.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "address"

Answer = tuple[str | None, str | None]  # (province, ward) names, None when the tool gives none


def key(name: str | None) -> str | None:
    """A name compared across tools: folded, without type words, spaces or punctuation."""
    from luytre.text.normalize import fold

    if not name:
        return None
    folded = re.sub(r"^(thanh pho|tinh|phuong|xa|thi tran|dac khu)\s+", "", fold(name).strip())
    return re.sub(r"[^a-z0-9]", "", folded)


def luytre_tool() -> tuple[Callable[[str, dict], Answer], float]:
    import tempfile

    from luytre.kinds.address.parser import AddressParser
    from luytre.kinds.address.tables import TABLES_FILE, AdminTables, extract_tables

    path = Path(tempfile.mkdtemp(prefix="luytre-bench-")) / TABLES_FILE
    extract_tables().save(path)
    started = time.perf_counter()
    parser = AddressParser(AdminTables.load(path))  # what loading the installed expert costs
    load_s = time.perf_counter() - started

    def run(text: str, record: dict) -> Answer:
        r = parser.parse(text)
        return r.province, r.ward
    return run, load_s


def vau_tools() -> dict[str, Callable[[str, dict], Answer]]:
    from vietnamadminunits import convert_address, parse_address
    from vietnamadminunits.converter import converter_2025

    converter_2025.get_geo_location = lambda address: None  # offline: no geocoder, official default

    def new(text: str) -> Answer:
        unit = parse_address(text, mode="FROM_2025", keep_street=True)
        return unit.province, unit.ward

    def old(text: str) -> Answer:
        unit = convert_address(text)
        return unit.province, unit.ward

    def guarded(call: Callable[[str], Answer], text: str) -> Answer:
        try:
            return call(text)
        except Exception:  # a peer's failure on one input is a wrong answer, not a crash
            return None, None

    def auto(text: str, record: dict) -> Answer:
        answer = guarded(old, text)
        return answer if answer[1] else guarded(new, text)

    def told(text: str, record: dict) -> Answer:
        return guarded(old if "old_ward_code" in record or "old_district_code" in record else new, text)

    return {"vietnamadminunits (auto)": auto, "vietnamadminunits (told the format)": told}


def vac_tool() -> Callable[[str, dict], Answer] | None:
    try:
        from vietnam_address_converter import auto_convert_address
    except ImportError:
        return None

    def run(text: str, record: dict) -> Answer:
        try:
            new = auto_convert_address(text).get("converted_new") or {}
        except Exception:  # see above
            return None, None
        return (new.get("province") or {}).get("name_with_type"), (new.get("ward") or {}).get("name_with_type")
    return run


def score(tool: Callable[[str, dict], Answer], records: list[dict], golds: list) -> dict:
    for record in records[:50]:  # warm-up
        tool(record["text"], record)
    started = time.perf_counter()
    answers = [tool(r["text"], r) for r in records]
    elapsed = time.perf_counter() - started
    ward_ok = province_ok = province_n = 0
    for (province, ward), (gold_province, gold_ward) in zip(answers, golds):
        ward_ok += key(ward) == gold_ward if gold_ward else ward is None
        if gold_province:
            province_n += 1
            province_ok += key(province) == gold_province
    return {"ward": ward_ok / len(records), "province": province_ok / province_n, "per_s": len(records) / elapsed}


def main() -> None:
    from luytre.kinds.address.metrics import gold_of, read_records
    from luytre.kinds.address.tables import extract_tables

    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--sets", nargs="+", default=["test.jsonl", "handwritten.jsonl"])
    options = args.parse_args()
    tables = extract_tables()
    ours, load_s = luytre_tool()
    tools = {"luytre vn-address": ours, **vau_tools()}
    vac = vac_tool()
    if vac is not None:
        tools["vietnam-address-converter"] = vac
    print(f"luytre index load: {load_s * 1000:.0f} ms (target < 1000 ms)\n")
    for name in options.sets:
        records = read_records([DATA / name])
        golds = []
        for record in records:
            gold = gold_of(record, tables)
            golds.append((key(tables.provinces[gold.province_code].name) if gold.province_code else None,
                          key(tables.wards[gold.ward_code].name) if gold.ward_code else None))
        results = {tool: score(run, records, golds) for tool, run in tools.items()}
        base = results["luytre vn-address"]["per_s"]
        print(f"{name} ({len(records)} addresses)")
        print(f"{'tool':38} {'ward acc':>9} {'province':>9} {'addr/s':>9} {'luytre speed ×':>15}")
        for tool, r in results.items():
            print(f"{tool:38} {r['ward']:9.4f} {r['province']:9.4f} {r['per_s']:9.0f} {base / r['per_s']:15.1f}")
        print()


if __name__ == "__main__":
    sys.exit(main())
