"""Privacy judgement on the blind labelled set (tests/data/privacy): luytre's gate beside two peers.

Three gates decide each labelled question, in the same run:

* luytre: this checkout's gate (scanner, three facts, default Cedar policy);
* baseline: the gate as it was before privacy v2 (commit ``BASELINE_COMMIT``), run from that
  commit's source in a subprocess, same policy file of its day;
* presidio: presidio-analyzer's stock recognizers (phone, card, e-mail; no model), used as a gate
  that redacts what it finds and refuses nothing.

The node the questions reach has a local expert declared for the question's purpose, the
organisation's own: for a question labelled without personal data one that declares public data (the
hospital's rules expert), for one with personal data one that declares public and sensitive personal
data but not identifying values (the hospital's patient-facing expert); and a peer in Vietnam whose
expert declares public data. Per question: the local decision, the forward decision, and
the bytes that would reach each.

Figures (targets from issue 19):
* over-blocking: questions that may be answered locally but are refused (≤ 2%); questions that may be
  forwarded raw but are not;
* under-blocking: a question with personal data forwarded raw, sensitive personal data reaching the
  peer in any form, or a labelled identifier reaching the peer or the local expert (not declared for
  it) unredacted (= 0);
* identifier recall: labelled identifier spans overlapped by a detection (≥ 99%);
* third-party lookups refused: questions labelled not answerable locally that are refused.

Run ``python bench/privacy.py --split dev`` while developing. Neither split is blind any more: test.jsonl
was measured (bench/privacy-test-first-run.json) and its errors studied. A fresh blind set goes in as
``--file PATH`` (same schema); report its first run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT

DATA = ROOT / "tests" / "data" / "privacy"
BASELINE_COMMIT = "81e6ab9"  # main before privacy v2


NOT_BLIND = {"dev", "test"}  # developed on (dev) or measured and studied (test, after its first run)


def load(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gate_decisions(rows: list[dict], before_each=None) -> list[dict]:  # type: ignore[no-untyped-def]
    """Decisions of the ``luytre`` package importable here (this checkout, or the baseline's source).
    ``before_each(row)`` is called before each question is screened (``fit_person_signal`` records the hook's
    calls per question)."""
    from luytre.sovereignty.consent import ConsentRegister
    try:
        from luytre.sovereignty.privacy_gate import Gate
    except ImportError:  # the baseline's source, before the module was named for what it holds
        from luytre.sovereignty.gate import Gate  # type: ignore[no-redef]
    from luytre.sovereignty.pii import PiiScanner

    try:
        from luytre.sovereignty.entities import prepare_text
    except ImportError:  # the baseline's source, before the scanner-free parts left pii.py
        from luytre.sovereignty.pii import prepare_text  # type: ignore[attr-defined,no-redef]
    from luytre.sovereignty.policy import ExpertFacts, Policy

    try:  # offsets of this checkout refer to the cleaned text; map them back to the question as labelled
        from luytre.sovereignty.normalize import clean
    except ImportError:
        clean = None
    gate = Gate(PiiScanner(), Policy.default(), ConsentRegister.__new__(ConsentRegister))  # no consent lookups
    public_expert = ExpertFacts("org-rules", "general", "low", ("public",), "local")
    personal_expert = ExpertFacts("org-patients", "general", "high", ("public", "sensitive_personal"), "local")
    peer = ExpertFacts("peer-expert", "general", "low", ("public",), "peer-b")
    out = []
    for row in rows:
        query = row["query"]
        if before_each is not None:
            before_each(row)
        screening = gate.screen(query)
        mapped = clean(query) if clean else None
        spans = [mapped.source_span(e.start, e.end) if mapped else (e.start, e.end) for e in screening.entities]
        sent = prepare_text(query)
        local = personal_expert if row["personal_data"] else public_expert
        here = gate.decide(screening, local, "anonymous", "answer", False)
        there = gate.decide(screening, peer, "anonymous", "answer", False, action="forward", destination="peer-b",
                            jurisdiction="VN")
        out.append({
            "id": row["id"], "spans": spans,
            "local": here.outcome, "local_text": here.redaction.text if here.redaction else sent,
            "forward": there.outcome, "forward_text": there.redaction.text if there.redaction else sent,
            "categories": list(screening.categorization.categories),
        })
    return out


def baseline_decisions(rows: list[dict]) -> list[dict]:
    """``gate_decisions`` run on the baseline commit's source, in a subprocess."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASELINE_COMMIT, "src"], capture_output=True,
                             check=True).stdout
    with tempfile.TemporaryDirectory(prefix="luytre-baseline-") as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        done = subprocess.run([sys.executable, __file__, "--decide-stdin"], input=json.dumps(rows).encode(),
                              capture_output=True, env=env, check=True, cwd=tmp)
        return json.loads(done.stdout)


def presidio_decisions(rows: list[dict]) -> list[dict]:
    from pii_scan import peer_engine

    engine = peer_engine()
    out = []
    for row in rows:
        query = row["query"]
        results = sorted(engine.analyze(query, language="vi"), key=lambda r: r.start)
        spans = [(r.start, r.end) for r in results]
        redacted, position = [], 0
        for r in results:
            if r.start >= position:
                redacted += [query[position:r.start], f"<{r.entity_type}>"]
                position = r.end
        redacted.append(query[position:])
        text = "".join(redacted)
        outcome = "redact" if results else "allow"
        out.append({"id": row["id"], "spans": spans, "local": outcome, "local_text": text, "forward": outcome,
                    "forward_text": text, "categories": []})
    return out


def _compact(text: str) -> str:
    import unicodedata

    kept = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())
    return kept.lower()


def _leaks(row: dict, text: str) -> bool:
    """A labelled identifier, read without separators or invisible characters, is in ``text``."""
    compact = _compact(text)
    return any(len(_compact(i["text"])) >= 5 and _compact(i["text"]) in compact for i in row["identifiers"])


def score(rows: list[dict], decisions: list[dict]) -> dict:
    by_id = {d["id"]: d for d in decisions}
    n = {"answerable": 0, "forwardable": 0, "personal": 0, "lookups": 0, "spans": 0}
    bad = {"refused": [], "not_forwarded_raw": [], "leak_peer": [], "leak_expert": [], "missed_spans": [],
           "lookups_refused": 0}
    for row in rows:
        d = by_id[row["id"]]
        if row["may_answer_locally"]:
            n["answerable"] += 1
            if d["local"] == "deny":
                bad["refused"].append(row["id"])
        else:
            n["lookups"] += 1
            bad["lookups_refused"] += d["local"] == "deny"
        if row["may_forward_raw"]:
            n["forwardable"] += 1
            if d["forward"] != "allow":
                bad["not_forwarded_raw"].append(row["id"])
        else:
            n["personal"] += 1
            reached = d["forward"] != "deny"
            if reached and (d["forward"] == "allow" or row["sensitive_personal"] or _leaks(row, d["forward_text"])):
                bad["leak_peer"].append(row["id"])
        if d["local"] != "deny" and _leaks(row, d["local_text"]):
            bad["leak_expert"].append(row["id"])
        for label in row["identifiers"]:
            n["spans"] += 1
            if not any(s < label["end"] and label["start"] < e for s, e in d["spans"]):
                bad["missed_spans"].append(f"{row['id']}:{label['type']}")
    personal = n["personal"]
    return {
        "n": len(rows),
        "over_blocking_local": len(bad["refused"]) / max(1, n["answerable"]),
        "not_forwarded_raw": len(bad["not_forwarded_raw"]) / max(1, n["forwardable"]),
        "under_blocking": len(set(bad["leak_peer"]) | set(bad["leak_expert"])) / max(1, personal),
        "leak_peer": len(bad["leak_peer"]), "leak_expert": len(bad["leak_expert"]),
        "identifier_recall": 1 - len(bad["missed_spans"]) / max(1, n["spans"]),
        "lookups_refused": f"{bad['lookups_refused']}/{n['lookups']}",
        "counts": n, "errors": bad,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--file", type=Path, help="a labelled set of the same schema instead of a split")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--decide-stdin", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.decide_stdin:  # the baseline's subprocess
        print(json.dumps(gate_decisions(json.loads(sys.stdin.read()))))
        return
    path = args.file or DATA / f"{args.split}.jsonl"
    rows = load(path)
    reports = {"luytre": score(rows, gate_decisions(rows)), "baseline (gate v1)": score(rows, baseline_decisions(rows)),
               "presidio stock": score(rows, presidio_decisions(rows))}
    still_blind = (path.parent / "BLIND").exists()  # nobody has read its errors: printing them would end that
    if still_blind:
        for report in reports.values():
            del report["errors"]
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
        return
    blind = "written blind; no longer blind: developed on or studied" if args.file is None and \
        args.split in NOT_BLIND else "written blind"
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"Privacy judgement on {shown} ({len(rows)} questions, {blind})")
    print(f"{'':22}{'over-block':>11}{'not fwd raw':>12}{'under-block':>12}{'leak peer':>10}{'leak expert':>12}"
          f"{'id recall':>10}{'lookups refused':>16}")
    for name, r in reports.items():
        print(f"{name:22}{r['over_blocking_local']:>11.3f}{r['not_forwarded_raw']:>12.3f}{r['under_blocking']:>12.3f}"
              f"{r['leak_peer']:>10}{r['leak_expert']:>12}{r['identifier_recall']:>10.3f}{r['lookups_refused']:>16}")
    ours = reports["luytre"]
    print(f"\ntargets: over-blocking ≤ 0.02 {'MET' if ours['over_blocking_local'] <= 0.02 else 'NOT MET'}; "
          f"under-blocking = 0 {'MET' if ours['under_blocking'] == 0 else 'NOT MET'}; "
          f"identifier recall ≥ 0.99 {'MET' if ours['identifier_recall'] >= 0.99 else 'NOT MET'}")
    if still_blind:
        print(f"errors not shown: {path.parent / 'BLIND'} says this set is still blind")
    else:
        print("luytre's errors:", json.dumps({k: v for k, v in ours["errors"].items() if v}, ensure_ascii=False))


if __name__ == "__main__":
    main()
