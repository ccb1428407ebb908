"""A calibrated linear text classifier that is trained with scikit-learn and
served from plain arrays.

``TextClassifier`` follows the estimator style: configure in ``__init__``,
``fit`` on texts and labels, then ``predict_proba``. ``save``/``load`` write a
JSON description and an ``.npz`` of float32 arrays, loaded with
``allow_pickle=False``; nothing executable ever touches disk.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from luytre.storage import write_npz
from luytre.text.features import FeatureColumns, analyze, feature_ids, sublinear, word_features
from luytre.text.hashed import softmax

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from luytre.text.hashed import HashedTextClassifier

FORMAT = "luytre.text-classifier/1"


@dataclass(frozen=True)
class Evaluation:
    """Held-out quality of a classifier on labeled texts."""

    n: int
    accuracy: float
    macro_f1: float
    ece: float
    recall_by_label: dict[str, float]


class TextClassifier:
    """TF-IDF over Vietnamese-aware features, logistic regression, temperature scaling.

    Parameters
    ----------
    C:
        Inverse regularization strength of the logistic regression.
    class_weight:
        ``"balanced"`` to weight rare labels up, or ``None``.
    min_df:
        Drop features seen in fewer than this many training texts.
    calibration_folds:
        Folds of out-of-fold predictions used to fit the softmax temperature.
    """

    def __init__(
        self,
        *,
        C: float = 10.0,
        class_weight: str | None = "balanced",
        min_df: int = 1,
        calibration_folds: int = 5,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.min_df = min_df
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    # -- training ---------------------------------------------------------
    def _fit_arrays(self, texts: Sequence[str], labels: Sequence[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = TfidfVectorizer(
            analyzer=analyze, sublinear_tf=True, min_df=self.min_df, dtype=np.float32
        )
        matrix = vectorizer.fit_transform(texts)
        model = LogisticRegression(
            C=self.C, class_weight=self.class_weight, max_iter=3000, random_state=self.random_state
        )
        model.fit(matrix, labels)
        return vectorizer, model

    def _out_of_fold_logits(self, texts: Sequence[str], labels: Sequence[str],
                            groups: Sequence[str] | None = None) -> tuple[np.ndarray, list[str]] | None:
        """Logits of every text from a model that did not see it (k-fold), with the
        true labels in the same order; None when a label is too rare to split."""
        from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

        classes = sorted(set(labels))
        smallest = min(np.unique(labels, return_counts=True)[1])
        folds = min(self.calibration_folds, int(smallest))
        if folds < 2:
            return None
        texts_arr = np.asarray(texts, dtype=object)
        labels_arr = np.asarray(labels, dtype=object)
        logits = np.zeros((len(texts), len(classes)))
        # Variants of one text (e.g. with and without diacritics) share a group, so none is judged
        # by a model that saw its twin: out-of-fold probabilities stay honest.
        splitter = (StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state) if groups is None
                    else StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=self.random_state))
        for train_idx, test_idx in splitter.split(texts_arr, labels_arr, groups):
            vectorizer, model = self._fit_arrays(list(texts_arr[train_idx]), list(labels_arr[train_idx]))
            scores = _as_multiclass(model.decision_function(vectorizer.transform(list(texts_arr[test_idx]))))
            columns = [classes.index(c) for c in model.classes_]
            logits[np.ix_(test_idx, columns)] = scores
        return logits, list(labels)

    @staticmethod
    def _fit_temperature(logits: np.ndarray, truth: np.ndarray) -> float:
        """One softmax temperature minimizing out-of-fold log loss (Guo et al., 2017)."""
        from scipy.optimize import minimize_scalar

        def nll(temperature: float) -> float:
            probs = softmax(logits / temperature)
            return float(-np.mean(np.log(probs[np.arange(len(truth)), truth] + 1e-12)))

        return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)

    def fit(self, texts: Sequence[str], labels: Sequence[str], groups: Sequence[str] | None = None) -> "TextClassifier":
        """Train on ``texts`` with their ``labels``; at least two distinct labels are needed.
        ``groups`` keeps related texts in the same calibration fold."""
        if len(set(labels)) < 2:
            raise ValueError("a classifier needs at least two distinct labels")
        _recent_proba.cache_clear()  # results of this model before it is fitted again
        _recent_terms.cache_clear()
        self.__dict__.pop("idf_max_", None)
        out_of_fold = self._out_of_fold_logits(texts, labels, groups)
        self.temperature_ = 1.0
        self.oof_proba_: dict[str, np.ndarray] | None = None  # kept in memory only, for build-time choices
        if out_of_fold is not None:
            logits, truth = out_of_fold
            classes = sorted(set(labels))
            truth_idx = np.array([classes.index(t) for t in truth])
            self.temperature_ = self._fit_temperature(logits, truth_idx)
            probs = softmax(logits / self.temperature_)
            self.oof_proba_ = {c: probs[:, i] for i, c in enumerate(classes)}
        vectorizer, model = self._fit_arrays(texts, labels)
        vocabulary = vectorizer.vocabulary_
        self.features_ = sorted(vocabulary, key=vocabulary.__getitem__)
        self.idf_ = vectorizer.idf_.astype(np.float32)
        coef = model.coef_.astype(np.float32)
        intercept = model.intercept_.astype(np.float32)
        if coef.shape[0] == 1:  # binary: expand to two logits so every path is softmax
            coef = np.vstack([-coef / 2, coef / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2], dtype=np.float32)
        self.coef_t_ = np.ascontiguousarray(coef.T)
        self.intercept_ = intercept
        self.classes_ = [str(c) for c in model.classes_]
        self._index = {f: i for i, f in enumerate(self.features_)}
        self._columns = FeatureColumns(self.features_)
        return self

    # -- inference --------------------------------------------------------
    def predict_proba(self, text: str) -> dict[str, float]:
        """Calibrated probability of each class for one text, highest first. The latest results are
        kept (``_recent_proba``): one question is scored by the expert's routing claim, then again by the
        expert when it answers."""
        return dict(_recent_proba(self, text))

    def _predict_proba(self, text: str) -> dict[str, float]:
        idx, tf, _ = _recent_terms(self, text)
        logits = self.intercept_.astype(np.float64)
        if len(idx):
            weights = tf * self.idf_[idx]
            weights /= np.linalg.norm(weights)
            logits = logits + weights @ self.coef_t_[idx]
        probs = softmax(logits / self.temperature_)
        order = np.argsort(-probs)
        values, classes = probs.tolist(), self.classes_  # the same floats as ``float(probs[i])``, without numpy scalars
        return {classes[i]: values[i] for i in order.tolist()}

    def evidence(self, text: str) -> float:
        """How hard the text's own words push one class: the likeliest class's feature-driven logit above
        the median class's, priors left out; features never seen in training dilute it (they count in the
        norm at the highest idf). A text outside the model's domain gets its label from the priors and
        scores low here, however sure ``predict_proba`` looks."""
        idx, tf, unseen = _recent_terms(self, text)
        if not len(idx):
            return 0.0
        weights = tf * self.idf_[idx]
        norm = math.sqrt(float(weights @ weights) + unseen * self.idf_max_ ** 2)
        scores = (weights / norm) @ self.coef_t_[idx]
        return float(scores.max() - _median(scores))

    @cached_property
    def idf_max_(self) -> float:
        return float(self.idf_.max())

    def _terms(self, text: str) -> tuple[np.ndarray, np.ndarray, float]:
        """The text's features the model knows (their columns and sublinear term frequencies, float32) and
        the summed squared term frequency of those it does not. Looked up in one pass at C speed: this runs
        for every model that reads a question (the router's, then each claiming expert's): the text's features are
        counted and looked up in the table shared by every loaded model once (``features.feature_ids``), and this
        model takes its own columns of them."""
        reading = feature_ids(text, self._columns)
        columns = self._columns.columns(reading.ids)
        seen = columns >= 0
        weights = reading.weights[seen]  # the float32 sublinear frequencies of the features this model knows
        weights.flags.writeable = False  # shared by every reader of this text (``_recent_terms``)
        idx = columns[seen]
        idx.flags.writeable = False
        if reading.all_once:  # every unseen feature once: (1 + ln 1)^2 = 1 each, summed exactly
            return idx, weights, float(len(columns) - len(idx))
        unseen = reading.frequencies[~seen]
        if not (unseen > 1).any():
            return idx, weights, float(len(unseen))
        unseen_squared = 0.0
        for value in sublinear(unseen).tolist():  # in the features' order, one by one: the same float sum always
            unseen_squared += value ** 2
        return idx, weights, unseen_squared

    def known_feature_share(self, text: str) -> float:
        """Share of the text's word features the model has seen in training (0..1)."""
        words = word_features(text)
        if not words:
            return 0.0
        return sum(1 for f in words if f in self._index) / len(words)

    def content_share(self, text: str) -> float:
        """Share of the text's content words (folded) the model was trained on (0..1): words seen in
        so many training texts that they carry no topic ("tôi", "có", "không") are left out, and words
        never seen count against. A cheap in-domain signal, independent of how many classes there are."""
        words = word_features(text)
        known = [self._index.get(f) for f in words]
        content = [j for j in known if j is None or self.idf_[j] >= self.idf_floor]
        if not content:
            return 0.0
        return sum(1 for j in content if j is not None) / len(content)

    def content_words(self, text: str) -> list[str]:
        """The text's content words, folded and without numbers: those the model never saw, and those it saw
        in few enough training texts to carry a topic (``idf_floor``). What a question is about, for asking
        whose vocabulary covers it (``luytre.routing``)."""
        words = word_features(text)
        out = []
        for feature in words:
            word = feature[2:]
            if any(ch.isdigit() for ch in word) or len(word) < 2:
                continue
            j = self._index.get(feature)
            if j is None or self.idf_[j] >= self.idf_floor:
                out.append(word)
        return out

    @property
    def idf_floor(self) -> float:
        """The idf below which a word is a function word: seen in more than 1 in 8 training texts
        (smoothed idf = 1 + ln((n+1)/(df+1)))."""
        return 1.0 + math.log(8.0)

    def evaluate(self, texts: Sequence[str], labels: Sequence[str]) -> Evaluation:
        """Accuracy, macro-F1, expected calibration error and per-label recall."""
        from sklearn.metrics import f1_score

        predicted, confidence = [], []
        for text in texts:
            probs = self.predict_proba(text)
            label, p = next(iter(probs.items()))
            predicted.append(label)
            confidence.append(p)
        truth = list(labels)
        correct = np.array([p == t for p, t in zip(predicted, truth)])
        recall = {
            label: float(np.mean([p == label for p, t in zip(predicted, truth) if t == label]))
            for label in sorted(set(truth))
        }
        return Evaluation(
            n=len(truth),
            accuracy=float(correct.mean()),
            macro_f1=float(f1_score(truth, predicted, average="macro", zero_division=0)),
            ece=_expected_calibration_error(np.asarray(confidence), correct),
            recall_by_label=recall,
        )

    # -- persistence ------------------------------------------------------
    def save(self, directory: Path, name: str = "model") -> None:
        """Write ``name.json`` and ``name.npz`` into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT,
            "classes": self.classes_,
            "temperature": self.temperature_,
            "features": self.features_,
        }
        (directory / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        write_npz(directory / f"{name}.npz", {"idf": self.idf_, "coef_t": self.coef_t_, "intercept": self.intercept_})

    @classmethod
    def load(cls, directory: Path, name: str = "model") -> TextClassifier:
        """Load a classifier written by ``save``; raises ``ValueError`` if it is malformed."""
        meta = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{name}.json is not a {FORMAT} model")
        with np.load(directory / f"{name}.npz", allow_pickle=False) as arrays:
            idf, coef_t, intercept = arrays["idf"], arrays["coef_t"], arrays["intercept"]
        classes, features = list(meta["classes"]), list(meta["features"])
        if coef_t.shape != (len(features), len(classes)) or idf.shape != (len(features),) or intercept.shape != (
            len(classes),
        ):
            raise ValueError(f"{name}.npz does not match {name}.json")
        model = cls()
        model.classes_, model.features_ = classes, features
        model.temperature_ = float(meta["temperature"])
        model.idf_, model.coef_t_, model.intercept_ = idf, coef_t, intercept
        model._index = {f: i for i, f in enumerate(features)}
        model._columns = FeatureColumns(features)
        return model


@lru_cache(maxsize=256)  # the asks in flight, not a history: each entry holds a question of up to 4 KB
def _recent_proba(model: TextClassifier, text: str) -> tuple[tuple[str, float], ...]:
    return tuple(model._predict_proba(text).items())


@lru_cache(maxsize=256)  # probabilities and evidence (the routing claim) read the same terms of one question
def _recent_terms(model: TextClassifier, text: str) -> tuple[np.ndarray, np.ndarray, float]:
    return model._terms(text)


def _median(values: np.ndarray) -> np.floating[Any]:
    """``np.median`` of a few values, the same number in the same dtype, without its general machinery
    (most of the cost of ``evidence``)."""
    ordered = np.sort(values)
    middle = len(ordered) // 2
    median: np.floating[Any] = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return median


def load_text_model(directory: Path, name: str = "model") -> "TextClassifier | HashedTextClassifier":
    """Load either text model format, chosen by the ``format`` its JSON declares."""
    from luytre.text.hashed import FORMAT as HASHED_FORMAT
    from luytre.text.hashed import HashedTextClassifier

    meta = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
    if isinstance(meta, dict) and meta.get("format") == HASHED_FORMAT:
        return HashedTextClassifier.load(directory, name)
    return TextClassifier.load(directory, name)


def _as_multiclass(scores: np.ndarray) -> np.ndarray:
    if scores.ndim == 1:
        return np.column_stack([-scores / 2, scores / 2])
    return scores


def _expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        mask = (confidence > lo) & (confidence <= hi)
        if mask.any():
            total += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return float(total)
