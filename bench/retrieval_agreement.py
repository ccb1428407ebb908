"""Whether a retrieval expert's routing claim and its answer's not-found gate agree, on the open routing sets.

For each retrieval expert of a node home built by ``bench/routing.py`` (``--packages``), over the rows of the open
routing sets that are its own (expected: that expert alone) and the out-of-scope rows (expected: none), it asks
the expert's ``claim`` and its ``answer``: a question is *claimed* at a claim of ``--claimed`` or more (0.5: the
expert's own not-found threshold on its claim scale) and *answered* when the answer found it. Agreement is the
share of rows where both say the same. Also the shares claimed surely (the router's sure claim, 0.8) and the
other experts' rows claimed surely (the claim must not take their questions).

    .venv/bin/python bench/retrieval_agreement.py --packages /work/wt/pkgs-r17 [--sets dev,test,...]

A set whose folder holds a ``BLIND`` file is refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data" / "routing"
OPEN_SETS = "dev,test,blind3,blind5,blind6,blind7,blind8,blind9,blind10,blind12,blind13,blind14"
SURE = 0.8


def read_set(name: str) -> list[dict]:
    folder = SETS / name
    if (folder / "BLIND").exists():
        raise SystemExit(f"{name} is blind: refused")
    path = folder / "questions.jsonl" if folder.is_dir() else SETS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path, required=True)
    parser.add_argument("--sets", default=OPEN_SETS)
    parser.add_argument("--claimed", type=float, default=0.5)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements per expert and side")
    parser.add_argument("--others", action="store_true", help="also the other experts' rows claimed surely")
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    experts = {p.name: load_expert(ExpertPackage.open(p)) for p in sorted(args.packages.iterdir())
               if (p / "expert.json").exists() and json.loads((p / "expert.json").read_text())["kind"] == "retrieval"}
    rows = {name: read_set(name) for name in args.sets.split(",")}
    print(f"{'set':8} {'expert':14} {'side':5} {'n':>4} {'claimed':>8} {'sure':>6} {'answered':>9} {'agree':>6}")
    totals: dict[tuple[str, str], list[int]] = {}
    shown: dict[tuple[str, str], int] = {}
    for set_name, items in rows.items():
        for eid, expert in experts.items():
            for side, wanted in (("own", [eid]), ("oos", [])):
                picked = [it for it in items if it["expected"] == wanted]
                counts = [0, 0, 0, 0, 0]  # n, claimed, sure, answered, agree
                for it in picked:
                    claim = expert.claim(it["query"])
                    score = claim.score if claim is not None else 0.0
                    found = bool(expert.answer(it["query"]).result["found"])
                    claimed = score >= args.claimed
                    counts = [counts[0] + 1, counts[1] + claimed, counts[2] + (score >= SURE), counts[3] + found,
                              counts[4] + (claimed == found)]
                    if claimed != found and shown.get((eid, side), 0) < args.show:
                        shown[(eid, side)] = shown.get((eid, side), 0) + 1
                        print(f"  [{set_name} {eid} {side}] claim {score:.2f} found {found}: {it['query']}"
                              f"  ({claim.reason if claim else ''})")
                total = totals.setdefault((eid, side), [0, 0, 0, 0, 0])
                totals[(eid, side)] = [a + b for a, b in zip(total, counts)]
                n = max(1, counts[0])
                print(f"{set_name:8} {eid:14} {side:5} {counts[0]:>4} {counts[1] / n:>8.3f} {counts[2] / n:>6.3f} "
                      f"{counts[3] / n:>9.3f} {counts[4] / n:>6.3f}")
    print("pooled")
    for (eid, side), counts in totals.items():
        n = max(1, counts[0])
        print(f"{'all':8} {eid:14} {side:5} {counts[0]:>4} {counts[1] / n:>8.3f} {counts[2] / n:>6.3f} "
              f"{counts[3] / n:>9.3f} {counts[4] / n:>6.3f}")
    if args.others:
        for eid, expert in experts.items():
            others = [it for items in rows.values() for it in items if it["expected"] and eid not in it["expected"]]
            sure = sum(((c := expert.claim(it["query"])) is not None and c.score >= SURE) for it in others)
            print(f"{eid}: other experts' rows claimed surely {sure}/{len(others)} = {sure / max(1, len(others)):.4f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
