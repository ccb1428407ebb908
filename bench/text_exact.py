"""Every routing decision and every text model's reading on the open routing sets, as JSON: run it before and
after a speed change to the text reading and compare the two files byte for byte (``cmp``).

    .venv/bin/python bench/text_exact.py --packages DIR --out before.json [--pythonpath OLD/src]

``--packages`` holds the experts built by ``bench/routing.py``'s ``build_experts`` (built there when missing) and
the trained router (``router-cache``): a second run reuses both, so only the reading code differs. Recorded per
question of each set: the route (expert, second experts, confidence, every candidate with its fields); for the
router's model and every classifier expert's model, on the question and on each clause the router splits it into,
the probabilities, evidence, content share, content words and known-feature share (floats by ``repr``, which
round-trips every bit); each expert's override rule match with no model label and with each label; whether the
question is English and its Vietnamese gloss. A set whose folder holds a ``BLIND`` file is refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SETS = ("dev", "test", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind12")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pythonpath", type=Path, help="import luytre from this source folder instead")
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    args = parser.parse_args()
    if args.pythonpath:
        sys.path.insert(0, str(args.pythonpath.resolve()))
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    import luytre
    from _common import plain_numbers
    from luytre.routing.router import _CLAUSE, MIN_CLAUSE_WORDS, cached_router
    from luytre.text.bilingual import as_vietnamese, is_english
    from luytre.text.model import TextClassifier
    from routing import build_experts, load_experts, read_set, set_path

    print(f"luytre from {Path(luytre.__file__).parent}", file=sys.stderr)
    experts = load_experts(build_experts(args.packages))
    examples = {eid: list(e.manifest.examples) for eid, e in experts.items()}
    router = cached_router(args.packages / "router-cache", examples, 0.3, claimers=experts,
                           versions={eid: e.manifest.version for eid, e in experts.items()})
    router.compose_min = 0.4
    models: dict[str, TextClassifier] = {"router": router.model_}
    rules = {}
    for eid, expert in sorted(experts.items()):
        predictor = getattr(expert, "predictor", None)
        if predictor is not None and isinstance(predictor.model, TextClassifier):
            models[eid] = predictor.model
        if predictor is not None and predictor.rules is not None:
            rules[eid] = (predictor.rules, [None, *predictor.model.classes_])
    out: dict[str, object] = {"models": sorted(models), "rules": sorted(rules), "sets": {}}
    for name in args.sets:
        if (set_path(name).parent / "BLIND").exists():
            raise SystemExit(f"{name} is blind (its BLIND file): not read")
        rows = []
        for item in read_set(name):
            query = item["query"]
            route = router.route(query, experts)
            parts = [p for p in _CLAUSE.split(query) if len(p.split()) >= MIN_CLAUSE_WORDS]
            reading = {}
            for mid, model in models.items():
                reading[mid] = [[list(model._predict_proba(text).items()), model.evidence(text),
                                 model.content_share(text), model.content_words(text),
                                 model.known_feature_share(text)] for text in [query, *parts]]
            matched = {eid: [repr(r.match(text, label)) for text in [query, *parts] for label in labels]
                       for eid, (r, labels) in rules.items()}
            rows.append(plain_numbers({"id": item.get("id"), "route": [route.expert, list(route.also), route.confidence,
                                                                  route.candidates],
                                 "models": reading, "rules": matched,
                                 "english": [is_english(query), as_vietnamese(query)]}))
        out["sets"][name] = rows  # type: ignore[index]
        print(f"{name}: {len(rows)} questions", file=sys.stderr)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
