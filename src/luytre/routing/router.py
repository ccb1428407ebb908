"""The router: a calibrated classifier over installed experts that can say "none".

It is trained from the ``examples`` of every enabled expert plus a background
corpus of everyday questions that no expert covers (``data/out_of_scope.jsonl``).
Background questions too close to an expert's examples are dropped first, so
installing, say, a cooking expert is never fought by the background corpus.
The trained router is cached under the node home, keyed by a fingerprint of
its training data, and rebuilt whenever the set of experts changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from luytre.text.model import TextClassifier

NONE = "__none__"
BACKGROUND_OVERLAP = 0.5  # cosine above which a background question counts as in-domain
ROUTER_FORMAT = 1


@cache
def background_corpus() -> tuple[str, ...]:
    """The bundled out-of-scope questions (Vietnamese and English), read once per process."""
    raw = resources.files("luytre.routing").joinpath("data/out_of_scope.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line)["text"] for line in raw.splitlines() if line.strip())


@dataclass(frozen=True)
class Route:
    """Where a question goes. ``expert`` is None when the router abstains;
    ``confidence`` is the calibrated probability of the best expert."""

    expert: str | None
    confidence: float
    candidates: list[dict[str, float | str]] = field(default_factory=list)


class Router:
    """Routes questions to experts. ``fit`` on ``{expert_id: examples}``, then ``route``.

    Parameters
    ----------
    min_confidence:
        Abstain when the best expert's probability is below this.
    top_k:
        How many ranked candidates to return.
    """

    def __init__(self, min_confidence: float = 0.5, top_k: int = 3) -> None:
        self.min_confidence = min_confidence
        self.top_k = top_k

    def fit(self, experts: Mapping[str, Sequence[str]], background: Sequence[str] | None = None) -> "Router":
        self.experts_ = sorted(experts)
        self.model_: TextClassifier | None = None
        if not self.experts_:
            return self
        texts = [t for e in self.experts_ for t in experts[e]]
        labels = [e for e in self.experts_ for _ in experts[e]]
        background = list(background_corpus() if background is None else background)
        background = _drop_overlap(background, texts)
        texts += background
        labels += [NONE] * len(background)
        self.model_ = TextClassifier(C=10.0, class_weight="balanced").fit(texts, labels)
        return self

    def route(self, query: str) -> Route:
        if self.model_ is None:
            return Route(None, 0.0, [])
        probs = self.model_.predict_proba(query)
        ranked = [(e, p) for e, p in probs.items() if e != NONE][: self.top_k]
        candidates = [{"expert": e, "score": round(p, 4)} for e, p in ranked]
        best, confidence = ranked[0]
        in_scope = self.model_.known_feature_share(query) > 0
        if not in_scope or confidence < self.min_confidence or probs.get(NONE, 0.0) > confidence:
            return Route(None, round(confidence, 4), candidates)
        return Route(best, round(confidence, 4), candidates)

    # -- persistence ------------------------------------------------------
    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        meta = {"format": ROUTER_FORMAT, "experts": self.experts_}
        (directory / "router.json").write_text(json.dumps(meta), encoding="utf-8")
        if self.model_ is not None:
            self.model_.save(directory, "router-model")

    @classmethod
    def load(cls, directory: Path, min_confidence: float = 0.5, top_k: int = 3) -> "Router":
        meta = json.loads((directory / "router.json").read_text(encoding="utf-8"))
        if meta.get("format") != ROUTER_FORMAT:
            raise ValueError("unsupported router format")
        router = cls(min_confidence, top_k)
        router.experts_ = list(meta["experts"])
        router.model_ = TextClassifier.load(directory, "router-model") if router.experts_ else None
        return router


def fingerprint(experts: Mapping[str, Sequence[str]]) -> str:
    """Identify the training data: same experts and examples, same router."""
    h = hashlib.sha256(f"router-{ROUTER_FORMAT}\n".encode())
    h.update(hashlib.sha256("\n".join(background_corpus()).encode("utf-8")).digest())
    for expert in sorted(experts):
        h.update(json.dumps([expert, list(experts[expert])], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def cached_router(cache_dir: Path, experts: Mapping[str, Sequence[str]], min_confidence: float) -> Router:
    """Load the router for ``experts`` from ``cache_dir``, training and storing it if absent."""
    target = cache_dir / fingerprint(experts)
    if (target / "router.json").exists():
        try:
            return Router.load(target, min_confidence)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(target, ignore_errors=True)  # a damaged cache is rebuilt
    router = Router(min_confidence).fit(experts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".router-", dir=cache_dir))
    try:
        router.save(tmp)
        tmp.rename(target)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # another process won the race; its copy is equal
    for stale in cache_dir.iterdir():
        if stale != target and not stale.name.startswith("."):
            shutil.rmtree(stale, ignore_errors=True)
    return router


def _drop_overlap(background: list[str], in_domain: list[str]) -> list[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from luytre.text.features import analyze

    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True).fit(in_domain + background)
    similarity = vectorizer.transform(background) @ vectorizer.transform(in_domain).T
    closest = np.asarray(similarity.max(axis=1).todense()).ravel()
    return [text for text, sim in zip(background, closest) if sim < BACKGROUND_OVERLAP]
