"""Router latency, in process, side by side with the same model served the
usual way (a scikit-learn Pipeline of TfidfVectorizer + LogisticRegression,
predict_proba per question)."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import timed, triage_home, triage_questions  # noqa: E402 - after the sys.path entry


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from luytre.node.service import Node
    from luytre.routing.router import background_corpus
    from luytre.text.features import analyze

    questions = triage_questions()
    node = Node.open(triage_home())
    router = node._snapshot.router  # the router exactly as the node serves it
    examples = {eid: e.manifest.examples for eid, e in node.loaded().items()}
    texts = [t for eid in examples for t in examples[eid]] + list(background_corpus())
    labels = [eid for eid in examples for _ in examples[eid]] + ["none"] * len(background_corpus())
    pipeline = make_pipeline(TfidfVectorizer(analyzer=analyze, sublinear_tf=True),
                             LogisticRegression(C=10, max_iter=3000)).fit(texts, labels)

    # A number per pass makes every routing a new question (the node keeps a bounded per-text cache of a
    # model's probabilities, which repeats of one text would hit), as ask_throughput.py does.
    timed(router.route, [f"{q} #w" for q in questions], 1)  # warm-up
    passes = [f"{q} #{n}" for n in range(5) for q in questions]
    ours = timed(router.route, passes, 1)
    peer = timed(lambda q: pipeline.predict_proba([q]), passes, 1)
    q_ours, q_peer = statistics.quantiles(ours, n=100), statistics.quantiles(peer, n=100)
    print(f"router latency over {len(ours)} routings ({len(questions)} triage test questions x 5)")
    print(f"{'':34}{'p50 ms':>10}{'p99 ms':>10}")
    print(f"{'luytre router (numpy inference)':34}{q_ours[49]:>10.3f}{q_ours[98]:>10.3f}")
    print(f"{'sklearn Pipeline.predict_proba':34}{q_peer[49]:>10.3f}{q_peer[98]:>10.3f}")
    print(f"luytre router is {q_peer[49] / q_ours[49]:.1f}x faster than the sklearn pipeline at p50")
    print(f"target: router p50 < 1 ms {'MET' if q_ours[49] < 1 else 'NOT MET'}")


if __name__ == "__main__":
    main()
