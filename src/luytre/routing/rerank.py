"""The router's last stage: a re-ranker fitted on people's questions, not on the experts' examples.

The fusion (``router.Router``) is fitted on the experts' own examples, which its text model knows well: it
learns to trust the text model, and on a question unlike any example ("muốn tách hộ khẩu sau khi cưới") a
confident text score outweighs the claim of the expert whose job it is. The re-ranker looks at the router's
candidates as a whole (each one's text probability, claim and fused score, its rank, the best competing claim
and score, the text model's "none" probability, which one the first stages chose and how surely) and gives each
the probability that it is the right expert; the best one takes the question when that reaches the re-ranker's
threshold, otherwise the router abstains.

It is a small gradient-boosted tree ensemble fitted offline on labelled questions written by people (the open
routing sets in ``tests/data/routing``; never a set still blind) by ``bench/fit_reranker.py``, and shipped as
JSON (``data/reranker.json``: the trees' arrays, no pickle). Its features never name an expert, so it applies to
an organization's own experts as well. It judges only experts that claim (every kind's claim is on one scale,
0.5 its own threshold); a route to an expert without claims (a peer's, known by its catalog) stands as the
fusion made it. An emergency (``urgent``) and a disowned candidate are left to the rules before it: the
re-ranker never moves an emergency nor chooses an expert that disowned the question.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from luytre.routing.router import Candidate

log = logging.getLogger("luytre.routing")

__all__ = ["FEATURES", "RERANKER_FORMAT", "Question", "Reranker", "bundled_reranker", "candidate_features"]

RERANKER_FORMAT = 2

FEATURES = (
    "text_logit",  # the text model's probability of this expert, as a logit
    "claim",  # the expert's own claim
    "fused_logit",  # the fusion's probability, as a logit
    "rank",  # 0 for the best fused candidate
    "chosen",  # 1 when the first stages chose this expert
    "route_confidence",  # the first stages' confidence in their choice (0 when they abstained)
    "best_other_claim",
    "best_other_fused_logit",
    "urgent",
    "none_logit",  # the text model's probability that no expert fits, as a logit
    # What says a question is nobody's, on any expert: how much of it the expert's own examples speak of, how
    # much of it the text model knows at all, how hard its words push any expert, how long it is, and how many
    # candidates claim it.
    "coverage",  # share of the question's content words found in this expert's own examples
    "content_share",  # share of the question's content words the text model was trained on
    "evidence",  # the text model's evidence (``TextClassifier.evidence``)
    "words",  # the question's words
    "claimers",  # candidates claiming the question (claim at least 0.5, each kind's own threshold)
)
FIRST_FORMAT_FEATURES = 10  # the features of format 1, first in ``FEATURES``
_EPSILON = 1e-6


def _logit(p: float) -> float:
    p = min(max(p, _EPSILON), 1.0 - _EPSILON)
    return math.log(p / (1.0 - p))


def candidate_features(candidates: Sequence[Candidate], chosen: str | None, confidence: float,
                       none: float, question: Question | None = None) -> npt.NDArray[np.float64]:
    """One row of ``FEATURES`` per candidate, in the candidates' order (best fused first). ``question``: what the
    router knows of the question beside its candidates (zeros without it)."""
    question = question or Question(coverage={}, content_share=0.0, evidence=0.0, words=0)
    claimers = float(sum(c.get("claim", 0.0) >= 0.5 for c in candidates))
    rows = []
    for rank, candidate in enumerate(candidates):
        others = [c for c in candidates if c is not candidate]
        rows.append([
            _logit(candidate["text"]), candidate.get("claim", 0.0),
            _logit(candidate["score"]), float(rank), float(candidate["expert"] == chosen),
            confidence if chosen is not None else 0.0,
            max((c.get("claim", 0.0) for c in others), default=0.0),
            _logit(max((c["score"] for c in others), default=0.0)),
            float(bool(candidate.get("urgent"))), _logit(none),
            question.coverage.get(candidate["expert"], 0.0), question.content_share, question.evidence,
            float(question.words), claimers,
        ])
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


@dataclass(frozen=True)
class Question:
    """What the router knows of a question beside its candidates (``candidate_features``)."""

    coverage: dict[str, float]  # per expert: share of the question's content words its own examples use
    content_share: float
    evidence: float
    words: int


@dataclass(frozen=True)
class Reranker:
    """A binary gradient-boosted tree ensemble (scikit-learn's ``GradientBoostingClassifier``, exported):
    ``baseline + learning_rate * sum(tree leaf values)`` is the log-odds that a candidate is right.

    The trees are flattened into one set of node arrays; ``left``/``right`` hold global node indices and are
    -1 at a leaf, ``roots`` the first node of each tree."""

    baseline: float
    learning_rate: float
    threshold: float
    feature: npt.NDArray[np.intp]
    split: npt.NDArray[np.float64]
    left: npt.NDArray[np.intp]
    right: npt.NDArray[np.intp]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.intp]
    depth: int
    features: tuple[str, ...] = FEATURES  # what each row's columns are (the composer's are its own)

    def probabilities(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The probability that each row's candidate is the right expert."""
        if not len(rows):
            return np.zeros(0)
        node = np.broadcast_to(self.roots[:, None], (len(self.roots), len(rows))).copy()
        columns = np.arange(len(rows))[None, :]
        for _ in range(self.depth):  # every path is at most this long; a leaf stays where it is
            leaf = self.left[node] < 0
            go_left = rows[columns, np.where(leaf, 0, self.feature[node])] <= self.split[node]
            node = np.where(leaf, node, np.where(go_left, self.left[node], self.right[node]))
        raw = self.baseline + self.learning_rate * self.value[node].sum(axis=0)
        return np.asarray(1.0 / (1.0 + np.exp(-raw)), dtype=np.float64)

    @classmethod
    def from_dict(cls, data: dict[str, Any], features: tuple[str, ...] = FEATURES) -> Reranker:
        if data.get("format") != RERANKER_FORMAT or list(data.get("features", ())) != list(features):
            raise ValueError("unsupported re-ranker format or features")
        arrays = {name: np.asarray(data[name], dtype=np.intp) for name in ("feature", "left", "right", "roots")}
        size = len(arrays["feature"])
        split, value = np.asarray(data["split"], dtype=np.float64), np.asarray(data["value"], dtype=np.float64)
        if any(len(a) != size for a in (arrays["left"], arrays["right"], split, value)):
            raise ValueError("malformed re-ranker: node arrays of different lengths")
        inner = arrays["left"] >= 0
        if (arrays["feature"][inner] >= len(features)).any() or (arrays["feature"][inner] < 0).any() \
                or (arrays["left"] >= size).any() or (arrays["right"] >= size).any() \
                or (arrays["right"][inner] < 0).any() \
                or (arrays["roots"] < 0).any() or (arrays["roots"] >= size).any():
            raise ValueError("malformed re-ranker: an index out of range")
        return cls(baseline=float(data["baseline"]), learning_rate=float(data["learning_rate"]),
                   threshold=float(data["threshold"]), split=split, value=value, depth=int(data["depth"]),
                   features=tuple(features), **arrays)

    def to_dict(self) -> dict[str, Any]:
        return {"format": RERANKER_FORMAT, "features": list(self.features), "baseline": self.baseline,
                "learning_rate": self.learning_rate, "threshold": self.threshold, "depth": self.depth,
                "feature": self.feature.tolist(), "split": self.split.tolist(), "left": self.left.tolist(),
                "right": self.right.tolist(), "value": self.value.tolist(), "roots": self.roots.tolist()}

    @classmethod
    def from_sklearn(cls, model: Any, threshold: float, features: tuple[str, ...] = FEATURES) -> Reranker:
        """Export a fitted binary ``GradientBoostingClassifier`` (prior init, regression trees)."""
        prior = float(model.init_.class_prior_[1])
        feature: list[int] = []
        split: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        depth = 0
        for (estimator,) in model.estimators_:
            tree = estimator.tree_
            offset = len(feature)
            roots.append(offset)
            leaf = tree.children_left < 0
            feature += np.where(leaf, 0, tree.feature).tolist()
            split += np.where(leaf, 0.0, tree.threshold).tolist()
            left += np.where(leaf, -1, tree.children_left + offset).tolist()
            right += np.where(leaf, -1, tree.children_right + offset).tolist()
            value += tree.value[:, 0, 0].tolist()
            depth = max(depth, int(tree.max_depth))
        return cls(baseline=math.log(prior / (1.0 - prior)), learning_rate=float(model.learning_rate),
                   threshold=threshold, feature=np.asarray(feature, dtype=np.intp),
                   split=np.asarray(split, dtype=np.float64), left=np.asarray(left, dtype=np.intp),
                   right=np.asarray(right, dtype=np.intp), value=np.asarray(value, dtype=np.float64),
                   roots=np.asarray(roots, dtype=np.intp), depth=depth, features=tuple(features))


@cache
def bundled_reranker() -> Reranker | None:
    """The re-ranker shipped with luytre, or None when none is (the router then stops at the fusion)."""
    source = resources.files("luytre.routing").joinpath("data/reranker.json")
    if not source.is_file():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    if data.get("format") != RERANKER_FORMAT:  # written for other features: refit by bench/fit_reranker.py
        log.warning("the bundled re-ranker is of format %s, not %s: routing stops at the fusion",
                    data.get("format"), RERANKER_FORMAT)
        return None
    return Reranker.from_dict(data)
