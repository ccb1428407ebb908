"""Fit and measure composition (the router's second expert, ``Router._second``) leave one set out.

Every open routing set is routed by a router whose re-ranker was fitted on the other open sets (as
``bench/fit_reranker.py`` fits it); per question the chosen expert and the whole question's candidates are kept,
and, cut into its clauses (``router.clauses``), each clause routed as a question of its own (``Router.clause_route``).
The composer (``Router._second``: a small tree ensemble over ``router.COMPOSE_FEATURES``, one row per other expert)
is then fitted leave one set out, each held-out set judged by one fitted on the others at the threshold best on
those others (composed questions answered with both experts, less single questions given a second one); the
threshold written is the best on the pooled held-out figures, the ensemble written is fitted on every set. Sets
still blind (a ``BLIND`` file) are refused.

Printed per held-out set and pooled: composed_both, in_scope, in_scope_exact, out_of_scope_abstained and
spurious_second (single questions routed with a second expert), with ``--before FILE`` (a copy of the router module
before the change, e.g. ``git show REV:src/luytre/routing/router.py``) the same figures for that router beside them,
each with its leave-one-set-out re-ranker. Writes ``src/luytre/routing/data/composer.json`` unless ``--dry-run``.

    .venv/bin/python bench/fit_compose.py --packages DIR --rows FILE [--reuse-rows] [--records FILE
        [--reuse-records]] [--before FILE] [--dry-run] [--out FILE]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from fit_reranker import OPEN_SETS, TREES, first_stage_rows  # noqa: E402 - after the sys.path entry
from fit_reranker import fit as fit_reranker  # noqa: E402
from routing import build_experts, load_experts, read_set, set_path  # noqa: E402

THRESHOLDS = (0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
OUT = Path(__file__).resolve().parents[1] / "src/luytre/routing/data/composer.json"
COMMAS = True  # the router's cut (``router.clauses``); --no-commas measures the narrower one


def figures(items: list[dict], decisions: list[tuple[str | None, tuple[str, ...]]]) -> dict[str, float]:
    def share(rows: list[bool]) -> float:
        return float(np.mean(rows)) if rows else float("nan")

    single = [(it, d) for it, d in zip(items, decisions) if len(it["expected"]) == 1]
    return {"composed_both": share([{d[0], *d[1]} >= set(it["expected"]) for it, d in zip(items, decisions)
                                    if len(it["expected"]) == 2]),
            "in_scope": share([d[0] == it["expected"][0] for it, d in single]),
            "in_scope_exact": share([d[0] == it["expected"][0] and not d[1] for it, d in single]),
            "out_of_scope_abstained": share([d[0] is None for it, d in zip(items, decisions) if not it["expected"]]),
            "spurious_second": share([bool(d[1]) for it, d in single if d[0] is not None])}


def _candidates(scores: dict[str, list[float]]) -> list[dict]:
    """Recorded candidates (``{expert: [score, claim or -1, text]}``) as the router's."""
    return [{"expert": e, "score": v[0], "text": v[2] if len(v) > 2 else 0.0}
            | ({"claim": v[1]} if v[1] != -1.0 else {}) | ({"fused": v[3]} if len(v) > 3 else {})
            for e, v in scores.items()]


def rows_of(record: dict, item: dict) -> tuple[list[str], np.ndarray]:
    """The composer's rows of a recorded question (``router.second_features``)."""
    from luytre.routing.router import clauses, second_features
    from luytre.text.bilingual import as_vietnamese

    parts = clauses(as_vietnamese(item["query"]), commas=COMMAS)
    # clauses recorded by another cut (commas too) than ``clauses``' are not the router's: left out
    routed = [_candidates(d) for d in record["details"]] if len(parts) == len(record["details"]) > 1 else []
    return second_features(record["chosen"], _candidates(record["whole"]), parts if routed else [], routed)


def decide(records: list[dict], rows: list[tuple[list[str], np.ndarray]], probabilities: list[np.ndarray],
           threshold: float) -> list[tuple[str | None, tuple[str, ...]]]:
    """``Router._second`` on recorded questions: the likeliest other expert at ``threshold`` or above."""
    out: list[tuple[str | None, tuple[str, ...]]] = []
    for record, (experts, _), p in zip(records, rows, probabilities):
        if record["chosen"] is None or record["urgent"]:
            out.append((record["chosen"], tuple(record["urgent_also"])))
        elif not experts or p.max() < threshold:
            out.append((record["chosen"], ()))
        else:
            out.append((record["chosen"], (experts[int(np.argmax(p))],)))
    return out


def objective(items: list[dict], decisions: list[tuple[str | None, tuple[str, ...]]]) -> float:
    """Composed questions answered with both experts, less single questions given a second one."""
    f = figures(items, decisions)
    return f["composed_both"] - f["spurious_second"]


def fit(items: list[dict], records: list[dict], rows: list[tuple[list[str], np.ndarray]]):
    """The composer's ensemble fitted on the recorded questions: per other expert, whether the question needs it."""
    from sklearn.ensemble import GradientBoostingClassifier

    features, labels = [], []
    for item, record, (experts, matrix) in zip(items, records, rows):
        if record["chosen"] is None or record["urgent"] or not experts:
            continue
        features.append(matrix)
        labels += [len(item["expected"]) == 2 and e in item["expected"] for e in experts]
    return GradientBoostingClassifier(**TREES).fit(np.vstack(features), np.array(labels))


def record(router, experts, item: dict) -> dict:
    """The chosen expert of ``item`` and each of its clauses' route (expert, its score, the chosen's score)."""
    from luytre.routing.router import clauses
    from luytre.text.bilingual import as_vietnamese

    query = as_vietnamese(item["query"])
    captured: dict = {}
    router._second = lambda q, chosen, whole, claimers: captured.update(whole=whole) or ()  # noqa: ARG005
    route = router.route(item["query"], experts)
    del router._second
    out = {"chosen": route.expert, "urgent": "whole" not in captured and route.expert is not None,
           "urgent_also": list(route.also), "clauses": [], "details": [],
           "whole": {c["expert"]: [c["score"], c.get("claim", -1.0), c.get("text", 0.0), c.get("fused", c["score"])]
                     for c in captured.get("whole", route.candidates)}}
    if route.expert is None or out["urgent"]:
        return out
    parts = clauses(query, commas=True)  # the wider cut: ``rows_of`` keeps the one measured
    if len(parts) < 2:
        return out
    for part in parts:
        expert, candidates = router.clause_route(part, experts)
        scores = {c["expert"]: c["score"] for c in candidates}
        out["clauses"].append((expert, scores.get(expert, 0.0) if expert else 0.0, scores.get(route.expert, 0.0)))
        out["details"].append({c["expert"]: [c["score"], c.get("claim", -1.0), c.get("text", 0.0)]
                               for c in candidates})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path)
    parser.add_argument("--sets", nargs="+", default=list(OPEN_SETS))
    parser.add_argument("--rows", type=Path, required=True, help="the first stages' rows (fit_reranker's --rows)")
    parser.add_argument("--reuse-rows", action="store_true")
    parser.add_argument("--before", type=Path, help="the router module before the change, measured beside it")
    parser.add_argument("--records", type=Path, help="write (or with --reuse-records read) the clause records here")
    parser.add_argument("--reuse-records", action="store_true")
    parser.add_argument("--no-commas", action="store_true", help="measure clauses never cut at commas (with --dry-run)")
    parser.add_argument("--dry-run", action="store_true", help="print the held-out tables, write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the composer (default: the bundled one)")
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    global COMMAS
    COMMAS = not args.no_commas
    from luytre.routing.rerank import FEATURES, Reranker, bundled_reranker
    from luytre.routing.router import cached_router

    for name in args.sets:
        if (set_path(name).parent / "BLIND").exists():
            raise SystemExit(f"{name} is still blind (its BLIND file)")
    base = args.packages or Path(tempfile.mkdtemp(prefix="luytre-compose-"))
    experts = load_experts(build_experts(base))
    examples = {eid: list(e.manifest.examples) for eid, e in experts.items()}
    router = cached_router(base / "router-cache", examples, 0.3, claimers=experts,
                           versions={eid: e.manifest.version for eid, e in experts.items()})
    items = {name: read_set(name) for name in args.sets}
    if args.reuse_rows and args.rows.exists():
        by_set = {name: [r | {"features": np.asarray(r["features"], dtype=np.float64).reshape(len(r["experts"]),
                                                                                              len(FEATURES))}
                         for r in rows] for name, rows in json.loads(args.rows.read_text(encoding="utf-8")).items()
                  if name in args.sets}
    else:
        by_set = {name: first_stage_rows(router, experts, items[name]) for name in args.sets}
        args.rows.write_text(json.dumps({name: [r | {"features": r["features"].tolist()} for r in rows]
                                         for name, rows in by_set.items()}), encoding="utf-8")
    threshold = bundled_reranker().threshold
    held_out_rerankers = {}
    for held in args.sets:
        model, _ = fit_reranker([r for name, rs in by_set.items() if name != held for r in rs])
        held_out_rerankers[held] = Reranker.from_sklearn(model, threshold)
    before: dict[str, list] = {}
    if args.before:
        spec = importlib.util.spec_from_file_location("luytre.routing.router_before", args.before)
        assert spec is not None and spec.loader is not None
        old = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = old  # its dataclasses look their module up
        spec.loader.exec_module(old)
        target = next(p for p in (base / "router-cache").iterdir() if (p / "router.json").exists()
                      and p.name == Path(router_dir(base, examples, experts)).name)
        old_router = old.Router.load(target, 0.3)
        for name in args.sets:
            old_router.reranker = held_out_rerankers[name]
            before[name] = [(r.expert, r.also) for r in (old_router.route(it["query"], experts) for it in items[name])]
            print(f"{name:9} before " + _line(figures(items[name], before[name])), flush=True)
    if args.reuse_records and args.records and args.records.exists():
        records = json.loads(args.records.read_text(encoding="utf-8"))
    else:
        records = {}
        for name in args.sets:
            router.reranker = held_out_rerankers[name]
            records[name] = [record(router, experts, it) for it in items[name]]
            print(f"recorded {name}", file=sys.stderr, flush=True)
        if args.records:
            args.records.write_text(json.dumps(records), encoding="utf-8")
    rows = {name: [rows_of(r, it) for r, it in zip(records[name], items[name])] for name in args.sets}
    after: dict[str, list] = {}
    pooled_choice: dict[float, list] = {t: [] for t in THRESHOLDS}
    for held in args.sets:
        others = [name for name in args.sets if name != held]
        model = fit([it for n in others for it in items[n]], [r for n in others for r in records[n]],
                    [r for n in others for r in rows[n]])
        probabilities = {n: [model.predict_proba(m)[:, 1] if len(e) else np.zeros(0) for e, m in rows[n]]
                         for n in args.sets}
        train_items = [it for n in others for it in items[n]]
        grid = {t: objective(train_items, [d for n in others
                                           for d in decide(records[n], rows[n], probabilities[n], t)])
                for t in THRESHOLDS}
        threshold = max(THRESHOLDS, key=lambda t: (round(grid[t], 6), t))
        after[held] = decide(records[held], rows[held], probabilities[held], threshold)
        for t in THRESHOLDS:
            pooled_choice[t] += decide(records[held], rows[held], probabilities[held], t)
        print(f"{held:9} threshold {threshold}  after " + _line(figures(items[held], after[held])), flush=True)
    pooled_items = [it for name in args.sets for it in items[name]]
    if before:
        print("pooled before " + _line(figures(pooled_items, [d for n in args.sets for d in before[n]])))
    print("pooled after  " + _line(figures(pooled_items, [d for n in args.sets for d in after[n]])))
    scores = {t: objective(pooled_items, pooled_choice[t]) for t in THRESHOLDS}
    for t in THRESHOLDS:
        print(f"  held out at {t}: " + _line(figures(pooled_items, pooled_choice[t])))
    threshold = max(THRESHOLDS, key=lambda t: (round(scores[t], 6), t))
    print(f"threshold chosen on the pooled held-out figures: {threshold}")
    if args.dry_run:
        return
    from luytre.routing.router import COMPOSE_FEATURES

    model = fit(pooled_items, [r for n in args.sets for r in records[n]], [r for n in args.sets for r in rows[n]])
    composer = Reranker.from_sklearn(model, threshold, COMPOSE_FEATURES)
    matrix = np.vstack([m for n in args.sets for _, m in rows[n] if len(m)])
    gap = float(np.abs(composer.probabilities(matrix) - model.predict_proba(matrix)[:, 1]).max())
    if gap > 1e-9:
        raise SystemExit(f"the exported trees disagree with scikit-learn's by {gap:g}: nothing written")
    data = composer.to_dict() | {"fitted_on": {name: len(records[name]) for name in args.sets}}
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


def _line(f: dict[str, float]) -> str:
    return " ".join(f"{k} {v:.3f}" for k, v in f.items())


def router_dir(base: Path, examples: dict, experts: dict) -> Path:
    from luytre.routing.router import fingerprint

    return base / "router-cache" / fingerprint(examples, {eid: e.manifest.version for eid, e in experts.items()})


if __name__ == "__main__":
    main()
