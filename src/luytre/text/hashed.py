"""A linear text classifier over hashed features: no vocabulary to share or ship.

Features are the same Vietnamese-aware word and character n-grams as
``luytre.text.features``, hashed into ``n_features`` columns (scikit-learn's
``HashingVectorizer``, signed MurmurHash3), with sublinear term frequency and
L2-normalized rows. Organizations that never see each other's texts still agree
on what every column means, which is what federated training needs. Stored as
``name.json`` + ``name.npz`` (float32, loaded with ``allow_pickle=False``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from luytre.storage import write_npz
from luytre.text.features import analyze, count_features

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

FORMAT = "luytre.hashed-text-classifier/1"
N_FEATURES = 2**14


def hashed_features(texts: Sequence[str], n_features: int = N_FEATURES) -> csr_matrix:
    """Rows of hashed, sublinear-tf, L2-normalized features (float32 CSR)."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.preprocessing import normalize as l2_normalize

    vectorizer = HashingVectorizer(analyzer=analyze, n_features=n_features, alternate_sign=True, norm=None,
                                   dtype=np.float32)
    matrix = vectorizer.transform(texts)
    matrix.eliminate_zeros()  # colliding features of opposite sign can cancel
    matrix.data = np.sign(matrix.data) * (1.0 + np.log(np.abs(matrix.data)))
    return l2_normalize(matrix, copy=False)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    probabilities: np.ndarray = exp / exp.sum(axis=-1, keepdims=True)
    return probabilities


class HashedTextClassifier:
    """Multinomial logistic regression on hashed features, served from plain arrays.

    ``coef`` has shape ``(n_features, n_classes)``; ``classes`` name its columns."""

    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray,
                 temperature: float = 1.0) -> None:
        if coef.ndim != 2 or coef.shape[1] != len(classes) or intercept.shape != (len(classes),):
            raise ValueError("coef, intercept and classes do not match")
        self.classes_ = [str(c) for c in classes]
        self.coef_ = np.ascontiguousarray(coef, dtype=np.float32)
        self.intercept_ = np.asarray(intercept, dtype=np.float32)
        self.temperature_ = float(temperature)

    @property
    def n_features(self) -> int:
        return int(self.coef_.shape[0])

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(hashed_features(texts, self.n_features) @ self.coef_) + self.intercept_

    def _one_row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Columns and values of one text's hashed row, as ``hashed_features`` computes them, without
        scikit-learn's per-call overhead (this is the serving path)."""
        from sklearn.utils import murmurhash3_32

        row: dict[int, float] = {}
        for feature, count in count_features(text).items():
            h = murmurhash3_32(feature, seed=0)
            column = abs(h) % self.n_features
            row[column] = row.get(column, 0.0) + (count if h >= 0 else -count)
        columns = np.fromiter((c for c, v in row.items() if v), dtype=np.int64)
        values = np.array([v for v in row.values() if v], dtype=np.float64)
        values = np.sign(values) * (1.0 + np.log(np.abs(values)))
        norm = np.linalg.norm(values)
        return columns, values / norm if norm else values

    def predict_proba(self, text: str) -> dict[str, float]:
        """Probability of each class for one text, highest first."""
        columns, values = self._one_row(text)
        logits = self.intercept_.astype(np.float64) + values @ self.coef_[columns]
        probs = softmax(logits / self.temperature_)
        order = np.argsort(-probs)
        return {self.classes_[i]: float(probs[i]) for i in order}

    def evidence(self, text: str) -> float:
        """``TextClassifier.evidence``: the likeliest class's feature-driven logit above the median class's."""
        columns, values = self._one_row(text)
        if not len(columns):
            return 0.0
        scores = values @ self.coef_[columns]
        return float(scores.max() - np.median(scores))

    def known_feature_share(self, text: str) -> float:
        """Share of the text's word features whose hashed column carries weight (0..1), as
        ``TextClassifier.known_feature_share``; a colliding unseen word counts as known."""
        from sklearn.feature_extraction.text import HashingVectorizer

        words = [f for f in count_features(text) if f.startswith("f:") and " " not in f]
        if not words:
            return 0.0
        one_each = HashingVectorizer(analyzer=lambda feature: [feature], n_features=self.n_features, norm=None)
        columns = one_each.transform(words).indices
        return float(np.mean(np.any(self.coef_[columns] != 0, axis=1)))

    def content_share(self, text: str) -> float:
        """The routing claim's in-domain signal (``TextClassifier.content_share``): without document
        frequencies a hashed model cannot tell function words apart, so every known word counts."""
        return self.known_feature_share(text)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.classes_[i] for i in self.logits(texts).argmax(axis=1)]

    def save(self, directory: Path, name: str = "model") -> None:
        directory.mkdir(parents=True, exist_ok=True)
        meta = {"format": FORMAT, "classes": self.classes_, "temperature": self.temperature_,
                "n_features": self.n_features}
        (directory / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        write_npz(directory / f"{name}.npz", {"coef": self.coef_, "intercept": self.intercept_})

    @classmethod
    def load(cls, directory: Path, name: str = "model") -> "HashedTextClassifier":
        """Load a model written by ``save``; raises ``ValueError`` if it is malformed."""
        meta = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{name}.json is not a {FORMAT} model")
        with np.load(directory / f"{name}.npz", allow_pickle=False) as arrays:
            coef, intercept = arrays["coef"], arrays["intercept"]
        if coef.shape[0] != int(meta["n_features"]):
            raise ValueError(f"{name}.npz does not match {name}.json")
        return cls(list(meta["classes"]), coef, intercept, float(meta["temperature"]))
