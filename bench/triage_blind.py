"""Triage quality on the blind complaints of tests/data/triage/blind.jsonl (see BLIND.md there).

Builds vn-health-triage from experts/ as `luytre demo` does, installs it with vn-identity in a
fresh node home, and asks every complaint twice: to the expert directly (its decision, as the
package metrics measure it at build time) and over HTTP to a node on 127.0.0.1 (routing
included: a complaint the router does not send to triage gets no triage answer at all).

Figures: red-flag recall, self-harm recall (and whether the self-harm answer was the one shown),
emergency text shown for non-emergencies, false alarms on denied red flags, department accuracy,
each with and without diacritics. There is no peer: the set measures quality, not speed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT, node_process, triage_home

BLIND = ROOT / "tests" / "data" / "triage" / "blind.jsonl"
EMERGENCY = "cap_cuu"


def share(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})" if hits else "-"


def figures(rows: list[dict], answers: list[dict | None]) -> dict[str, str]:
    """``answers``: the expert's result per row, or None when no triage answer came."""
    label = [a["label"] if a else None for a in answers]
    family = [a.get("family") if a else None for a in answers]
    red = [i for i, r in enumerate(rows) if r["red_flag"]]
    harm = [i for i, r in enumerate(rows) if r["self_harm"]]
    calm = [i for i, r in enumerate(rows) if not r["red_flag"]]
    denied = [i for i, r in enumerate(rows) if r["negated_red_flag"]]
    return {
        "red-flag recall": share([label[i] == EMERGENCY for i in red]),
        "self-harm recall": share([label[i] == EMERGENCY for i in harm]),
        "self-harm answer shown": share([family[i] == "self_harm" for i in harm]),
        "emergency text, non-emergencies": share([label[i] == EMERGENCY for i in calm]),
        "emergency text, denied red flags": share([label[i] == EMERGENCY for i in denied]),
        "department accuracy": share([label[i] == r["department"] for i, r in enumerate(rows)]),
        "department accuracy, non-emergencies": share([label[i] == rows[i]["department"] for i in calm]),
        "no triage answer": share([a is None for a in answers]),
    }


def main() -> None:
    from luytre.experts.package import ExpertPackage
    from luytre.kinds.classifier import ClassifierKind

    rows = [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]
    built = sys.argv[sys.argv.index("--package") + 1] if "--package" in sys.argv else None
    home = None if built else triage_home()
    package = ExpertPackage.open(Path(built) if built else home.parent / "vn-health-triage")
    expert = ClassifierKind().load(package)
    direct = [expert.answer(r["text"]).result for r in rows]
    sources = [("expert", direct)]
    if home is not None:  # with --package DIR (an already built package) the node run is skipped
        node = node_process(home)
        try:
            routed = []
            for r in rows:
                body = httpx.post(node.url + "/v1/ask", json={"query": r["text"]}, timeout=30).json()
                routed.append(body["result"] if body.get("expert") == "vn-health-triage" else None)
        finally:
            node.stop()
        sources.append(("node /v1/ask (routing included)", routed))

    groups = {"all": range(len(rows)),
              "with diacritics": [i for i, r in enumerate(rows) if r["diacritics"]],
              "without diacritics": [i for i, r in enumerate(rows) if not r["diacritics"]]}
    print(f"Triage on {BLIND.relative_to(ROOT)}: {len(rows)} complaints written blind")
    for source, answers in sources:
        print(f"\n{source}")
        table = {name: figures([rows[i] for i in idx], [answers[i] for i in idx]) for name, idx in groups.items()}
        print(f"{'':40}" + "".join(f"{name:>22}" for name in table))
        for metric in table["all"]:
            print(f"{metric:40}" + "".join(f"{table[name][metric]:>22}" for name in table))
    misses = [r["red_flag_family"] for r, d in zip(rows, direct) if r["red_flag"] and d["label"] != EMERGENCY]
    alarms = [r["department"] for r, d in zip(rows, direct) if not r["red_flag"] and d["label"] == EMERGENCY]
    print(f"\nred flags the expert missed, by family: {sorted(misses)}")
    print(f"emergency text shown to non-emergencies, by true department: {sorted(alarms)}")
    print("\npackage metrics, measured at build time:")
    for m in package.manifest.metrics:
        print(f"  {m.name:34} {m.value:>9} n={m.n:<4} {m.dataset}")


if __name__ == "__main__":
    main()
