"""Every routing decision, every expert's claim and the experts' answers on the open sets, as JSON: run it before
and after a speed change to the claims, the address parser or the text reading, and compare the two files
(``--compare``: byte for byte first, then claims to 1e-9 when the bytes differ).

    .venv/bin/python bench/ask_profile_exact.py --packages DIR --out after.json
    .venv/bin/python bench/ask_profile_exact.py --packages DIR --out before.json --pythonpath OLD/src
    .venv/bin/python bench/ask_profile_exact.py --compare before.json after.json

``--packages`` holds the experts built by ``bench/routing.py``'s ``build_experts`` (built there when missing) and the
trained router (``router-cache``): a second run reuses both, so only the code differs. Recorded per question of
each open routing set: the route (expert, second experts, confidence, every candidate with its fields); every
expert's claim (score by ``repr``, reason, urgent, disowned) on the question, on its English gloss and on each part
the router may cut it into; the routed expert's answer. Then each expert's answer on its own test questions (the
triage test set, the procedures' evaluation questions, the address test set, the identity extraction set, the
bank's training texts). A set whose folder holds a ``BLIND`` file is refused.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("dev", "test", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind12", "blind13",
        "blind14")
TEST_QUESTIONS = {  # expert -> (file, field)
    "vn-health-triage": (ROOT / "experts/vn-health-triage/data/test.jsonl", "text"),
    "vn-procedures": (ROOT / "experts/vn-procedures/eval/questions.jsonl", "question"),
    "vn-address": (ROOT / "tests/data/address/test.jsonl", "text"),
    "vn-identity": (ROOT / "tests/data/identity/extract.jsonl", "text"),
    "bank-cskh": (ROOT / "tests/data/orgs/bank-cskh/train.jsonl", "text"),
}


def _claim(claim: object) -> object:
    if claim is None:
        return None
    return [claim.score, claim.reason, claim.urgent, claim.disowned]  # type: ignore[attr-defined]


def _answer(expert: object, query: str) -> object:
    try:
        answer = expert.answer(query)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - an error is an outcome to compare too
        return ["error", type(exc).__name__, str(exc)]
    data = getattr(answer, "data", None)
    try:
        data = json.loads(json.dumps(data, ensure_ascii=False, default=str))
    except (TypeError, ValueError):
        data = repr(data)
    return [answer.text, answer.confidence, data]  # type: ignore[attr-defined]


def record(packages: Path, sets: list[str], answers: bool) -> dict:
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    import luytre
    from _common import plain_numbers
    from luytre.routing.router import _CLAUSE, _PART, cached_router
    from luytre.text.bilingual import as_vietnamese
    from routing import build_experts, load_experts, read_set, set_path

    print(f"luytre from {Path(luytre.__file__).parent}", file=sys.stderr)
    experts = load_experts(build_experts(packages))
    examples = {eid: list(e.manifest.examples) for eid, e in experts.items()}
    router = cached_router(packages / "router-cache", examples, 0.3, claimers=experts,
                           versions={eid: e.manifest.version for eid, e in experts.items()})
    router.compose_min = 0.4
    out: dict = {"experts": sorted(experts), "sets": {}, "answers": {}}
    for name in sets:
        if (set_path(name).parent / "BLIND").exists():
            raise SystemExit(f"{name} is blind (its BLIND file): not read")
        rows = []
        for item in read_set(name):
            query = item["query"]
            route = router.route(query, experts)
            glossed = as_vietnamese(query)
            texts = list(dict.fromkeys([query, glossed, *(p.strip() for p in _CLAUSE.split(glossed) if p.strip()),
                                        *(p.strip() for p in _PART.split(glossed) if p and p.strip())]))
            claims = {eid: [_claim(e.claim(t)) for t in texts] for eid, e in sorted(experts.items())}
            row = {"id": item.get("id"), "route": [route.expert, list(route.also), route.confidence, route.candidates],
                   "claims": claims}
            if answers and route.expert is not None:
                row["answer"] = _answer(experts[route.expert], query)
            rows.append(plain_numbers(row))
        out["sets"][name] = rows
        print(f"{name}: {len(rows)} questions", file=sys.stderr)
    if answers:
        for eid, (path, key) in TEST_QUESTIONS.items():
            if eid not in experts:
                continue
            lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            out["answers"][eid] = [plain_numbers(_answer(experts[eid], it[key])) for it in lines]
            print(f"answers of {eid}: {len(lines)}", file=sys.stderr)
    return out


def compare(before: dict, after: dict) -> int:
    """Differences between two recordings: every field equal, claims' scores to 1e-9. Returns their count."""
    differences = 0

    def same(a: object, b: object, path: str, tolerance: float) -> None:
        nonlocal differences
        if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
            for k in a:
                same(a[k], b[k], f"{path}.{k}", tolerance)
            return
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b)):
                same(x, y, f"{path}[{i}]", tolerance)
            return
        if a == b:
            return
        if tolerance and isinstance(a, str) and isinstance(b, str):
            try:
                if math.isclose(float(a), float(b), rel_tol=0.0, abs_tol=tolerance):
                    return
            except ValueError:
                pass
        differences += 1
        if differences <= 20:
            print(f"differs at {path}: {a!r} != {b!r}")

    for name in before["sets"]:
        for i, (x, y) in enumerate(zip(before["sets"][name], after["sets"][name])):
            same(x["route"], y["route"], f"{name}[{i}].route", 0.0)
            same(x.get("answer"), y.get("answer"), f"{name}[{i}].answer", 0.0)
            for eid in x["claims"]:
                for j, (c, d) in enumerate(zip(x["claims"][eid], y["claims"][eid])):
                    if c is None or d is None:
                        same(c, d, f"{name}[{i}].claims.{eid}[{j}]", 0.0)
                        continue
                    same(c[0], d[0], f"{name}[{i}].claims.{eid}[{j}].score", 1e-9)
                    same(c[1:], d[1:], f"{name}[{i}].claims.{eid}[{j}]", 0.0)
            same(len(x["claims"]), len(y["claims"]), f"{name}[{i}].claims", 0.0)
        same(len(before["sets"][name]), len(after["sets"][name]), f"{name}", 0.0)
    same(before["answers"], after["answers"], "answers", 0.0)
    same(sorted(before["sets"]), sorted(after["sets"]), "sets", 0.0)
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--pythonpath", type=Path, help="import luytre from this source folder instead")
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--no-answers", action="store_true", help="routes and claims only")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        texts = [p.read_text(encoding="utf-8") for p in args.compare]
        if texts[0] == texts[1]:
            print("identical, byte for byte")
            return
        differences = compare(*(json.loads(t) for t in texts))
        print(f"{differences} differences" if differences else "equal (claims to 1e-9), not byte for byte")
        raise SystemExit(1 if differences else 0)
    if args.packages is None or args.out is None:
        parser.error("--packages and --out are needed to record")
    if args.pythonpath:
        sys.path.insert(0, str(args.pythonpath.resolve()))
    out = record(args.packages, args.sets, not args.no_answers)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
