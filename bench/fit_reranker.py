"""Fit the router's re-ranker (``luytre.routing.rerank``) on the open routing sets; write it as JSON.

The re-ranker learns, from questions people wrote, which of the router's candidates is right; this script
builds the reference and test organizations' experts as ``bench/routing.py`` does, routes every question of the
open sets through the first stages (text model, claims, fusion), and fits a small gradient-boosted ensemble on
the candidates' features (``rerank.FEATURES``). Sets still blind (a ``BLIND`` file) are refused: they are
what measures the result.

It prints leave-one-set-out tables first (each open set scored by a re-ranker fitted on the others, beside the
first stages alone; once with the format-1 features, once with every feature), picks the threshold on the figures
pooled over the held-out sets (the best mean of in-scope accuracy and out-of-scope abstention among the thresholds
keeping in scope at least where the format-1 features had it at their threshold, ``PREVIOUS``), then fits on every
set and writes ``src/luytre/routing/data/reranker.json`` (checked against scikit-learn's own probabilities before
it is written), naming the sets it was fitted on. The bundled one: dev, test, blind3, blind5-blind10, blind12,
blind13, blind14 (routing16).

    .venv/bin/python bench/fit_reranker.py [--packages DIR] [--sets dev test blind3 …] [--dry-run]
        [--rows FILE [--reuse-rows]] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from routing import SETS, build_experts, load_experts, read_set, set_path  # noqa: E402 - after the sys.path entry

OUT = Path(__file__).resolve().parents[1] / "src/luytre/routing/data/reranker.json"
OPEN_SETS = ("dev", "test", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind12",
             "blind13", "blind14", "blind16")
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
PREVIOUS = 0.6  # the threshold of the format-1 re-ranker (fitted on dev-blind9): in scope may not fall below its
TREES = {"n_estimators": 60, "learning_rate": 0.1, "max_leaf_nodes": 8, "min_samples_leaf": 40, "random_state": 0}


def first_stage_rows(router, experts, items: list[dict]) -> list[dict]:
    """Per question: the first stages' choice and its candidates' features, labels and experts."""
    from luytre.text.bilingual import as_vietnamese

    rows = []
    for item in items:
        query = as_vietnamese(item["query"])
        route, ranked, urgent = router.first_stages(query, experts, compose=False)  # the rows need no second
        kept = [c for c in ranked if "claim" in c and not c.get("disowned")]  # what the router re-ranks
        if any(c["expert"] == route.expert and "claim" not in c for c in ranked):
            kept = []  # a route to an expert without claims stands
        rows.append({"expected": item["expected"], "first": route.expert, "urgent": urgent,
                     "experts": [c["expert"] for c in kept],
                     "features": router.rerank_features(query, kept, route)})
    return rows


def decisions(rows: list[dict], probabilities: list[np.ndarray], threshold: float) -> list[str | None]:
    """The router's choice per row, as ``Router._reranked`` makes it (an abstention the re-ranker may not overturn:
    ``router.abstention_stands``)."""
    from luytre.routing.rerank import FEATURES
    from luytre.routing.router import NONE_COLUMN, abstention_stands

    out = []
    for row, p in zip(rows, probabilities):
        if row["urgent"] or not len(p):  # the router leaves an emergency to its rules
            out.append(row["first"])
            continue
        best = int(np.argmax(p))
        features = row["features"][best]
        none = 1.0 / (1.0 + np.exp(-features[NONE_COLUMN]))
        stands = abstention_stands(row["first"], float(none), float(features[FEATURES.index("claim")]))
        out.append(row["experts"][best] if p[best] >= threshold and not stands else None)
    return out


def score(rows: list[dict], chosen: list[str | None]) -> tuple[float, float]:
    """In-scope accuracy (single-expert questions) and out-of-scope abstention."""
    single = [c == r["expected"][0] for r, c in zip(rows, chosen) if len(r["expected"]) == 1]
    outside = [c is None for r, c in zip(rows, chosen) if not r["expected"]]
    return float(np.mean(single)), float(np.mean(outside)) if outside else float("nan")


def fit(rows: list[dict], columns: int = 0):
    """The ensemble fitted on ``rows``' candidates, on their first ``columns`` features (0: all of them)."""
    from sklearn.ensemble import GradientBoostingClassifier

    features = np.vstack([r["features"] for r in rows if not r["urgent"] and len(r["experts"])])
    features = features[:, :columns] if columns else features
    labels = np.concatenate([[e in r["expected"] for e in r["experts"]] for r in rows
                             if not r["urgent"] and len(r["experts"])])
    return GradientBoostingClassifier(**TREES).fit(features, labels), features


def held_out_table(by_set: dict[str, list[dict]], columns: int = 0) -> dict[float, tuple[float, float]]:
    """Print, per open set, the first stages' figures and those of a re-ranker fitted on the other sets at each
    of ``THRESHOLDS``; return the figures pooled over every held-out set, per threshold."""
    print(f"{'held out':10}{'first stages':>22}" + "".join(f"{'rerank ' + str(t):>22}" for t in THRESHOLDS))
    totals: dict[float, list[tuple[float, float]]] = {t: [] for t in THRESHOLDS}
    chosen: dict[float, list[list[str | None]]] = {t: [] for t in THRESHOLDS}
    for held, rows in by_set.items():
        model, _ = fit([r for name, rs in by_set.items() if name != held for r in rs], columns)
        probabilities = [model.predict_proba(r["features"][:, :columns] if columns else r["features"])[:, 1]
                         if len(r["experts"]) else np.zeros(0) for r in rows]
        first = score(rows, [r["first"] for r in rows])
        cells = []
        for t in THRESHOLDS:
            chosen[t].append(decisions(rows, probabilities, t))
            figures = score(rows, chosen[t][-1])
            totals[t].append(figures)
            cells.append(f"{figures[0]:.3f} / {figures[1]:.3f}")
        print(f"{held:10}{f'{first[0]:.3f} / {first[1]:.3f}':>22}" + "".join(f"{c:>22}" for c in cells))
    print(f"{'mean':32}" + "".join(f"{np.mean([f[0] for f in totals[t]]):>13.3f} / "
                                   f"{np.nanmean([f[1] for f in totals[t]]):.3f}" for t in THRESHOLDS))
    # Both figures pooled over the held-out sets' questions (a small set weighs as little as it tells).
    pooled = {t: score([r for rows in by_set.values() for r in rows], [c for cs in chosen[t] for c in cs])
              for t in THRESHOLDS}
    print(f"{'pooled':32}" + "".join(f"{pooled[t][0]:>13.3f} / {pooled[t][1]:.3f}" for t in THRESHOLDS))
    return pooled


def chosen_threshold(pooled: dict[float, tuple[float, float]], floor: float) -> float:
    """In scope is the first target: among the thresholds keeping the pooled held-out in-scope figure at ``floor``
    (the re-ranker it replaces: ``PREVIOUS``), the one with the best mean of both figures (every one when none)."""
    kept = [t for t in THRESHOLDS if pooled[t][0] >= floor - 1e-9] or list(THRESHOLDS)
    return max(kept, key=lambda t: float(np.mean(pooled[t])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path, help="reuse the packages built by an earlier run in this folder")
    parser.add_argument("--sets", nargs="+", default=list(OPEN_SETS))
    parser.add_argument("--dry-run", action="store_true", help="print the held-out table, write nothing")
    parser.add_argument("--rows", type=Path, help="also write the first stages' rows (JSON) to this file")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the re-ranker (default: the bundled one)")
    parser.add_argument("--reuse-rows", action="store_true",
                        help="read the rows from --rows, written by an earlier run with the same code and packages")
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    from luytre.routing.rerank import FIRST_FORMAT_FEATURES, Reranker
    from luytre.routing.router import cached_router

    for name in args.sets:
        if not set_path(name).exists():
            raise SystemExit(f"no routing set {name!r} in {SETS}")
        if (set_path(name).parent / "BLIND").exists():
            raise SystemExit(f"{name} is still blind (its BLIND file): fitting on it would end that")
    base = args.packages or Path(tempfile.mkdtemp(prefix="luytre-rerank-"))
    experts = load_experts(build_experts(base))
    examples = {eid: list(e.manifest.examples) for eid, e in experts.items()}
    router = cached_router(base / "router-cache", examples, 0.3, claimers=experts,
                           versions={eid: e.manifest.version for eid, e in experts.items()})
    if args.reuse_rows and args.rows and args.rows.exists():  # the same router and sets: the same rows
        from luytre.routing.rerank import FEATURES

        # a question without judged candidates has no rows: (0, len(FEATURES)), which reshape(0, -1) cannot infer
        by_set = {name: [r | {"features": np.asarray(r["features"], dtype=np.float64).reshape(len(r["experts"]),
                                                                                              len(FEATURES))}
                         for r in rows] for name, rows in json.loads(args.rows.read_text(encoding="utf-8")).items()
                  if name in args.sets}
    else:
        by_set = {name: first_stage_rows(router, experts, read_set(name)) for name in args.sets}
    if args.rows and not args.reuse_rows:  # kept for looking at the features again without routing every question
        args.rows.write_text(json.dumps({name: [r | {"features": r["features"].tolist()} for r in rows]
                                         for name, rows in by_set.items()}), encoding="utf-8")

    print("leave one set out, the format-1 features only (the re-ranker before coverage and the question's own):")
    floor = held_out_table(by_set, FIRST_FORMAT_FEATURES)[PREVIOUS][0]
    print("leave one set out, every feature (what is written):")
    threshold = chosen_threshold(held_out_table(by_set), floor)
    print(f"(in scope / out of scope abstained); threshold chosen on the pooled held-out figures: {threshold}, the "
          f"best mean of both with in scope at least {floor:.3f} (the format-1 features at {PREVIOUS})")
    if args.dry_run:
        return
    model, features = fit([r for rows in by_set.values() for r in rows])
    reranker = Reranker.from_sklearn(model, threshold)
    gap = float(np.abs(reranker.probabilities(features) - model.predict_proba(features)[:, 1]).max())
    if gap > 1e-9:
        raise SystemExit(f"the exported trees disagree with scikit-learn's by {gap:g}: nothing written")
    data = reranker.to_dict() | {"fitted_on": {name: len(rows) for name, rows in by_set.items()}}
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model.estimators_)} trees, "
          f"{len(features)} candidates)")


if __name__ == "__main__":
    main()
