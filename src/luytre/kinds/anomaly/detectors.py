"""Detectors fitted with PyOD, kept as plain arrays and scored with vectorized NumPy.

PyOD fits the models; a package must not hold pickles, so each fitted model is
reduced to the arrays that determine its scores and written to one ``.npz``
(loaded with ``allow_pickle=False``):

- ECOD and COPOD: each feature's sorted training values (its empirical CDF) and
  the sign of its skewness. On the training rows the scores equal PyOD's
  ``decision_scores_``. A new record is scored as PyOD scores it alone (the
  record joins the sample: ``(count + 1) / (n + 1)``), but against the training
  sample only, so a record's score never depends on the other records of its batch.
- HBOS: each feature's histogram (densities and bin edges), as PyOD's.
- IForest: scikit-learn's trees (split feature, threshold, children, and the path
  length each leaf adds), traversed for all trees and records at once.

Every detector also reports per-feature *signals*: the ECOD tail surprise
``-log P(tail)`` of each feature (HBOS: ``-log2`` of the bin density), so an alert
names the signals that were abnormal whichever detector scored it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from luytre.errors import PackageError

DETECTORS = ("ecod", "copod", "hbos", "iforest")
DEFAULT_DETECTOR = "ecod"  # parameter-free, deterministic, attributable, fast; ADBench finds no overall winner
MAX_ECDF_ROWS = 50_000  # training values kept per feature; a larger sample is thinned evenly (sorted order)
SCORE_CHUNK = 8192  # records scored at once: bounds the memory of one call
FEW_ROWS = 32  # up to this many records, all features' tails are found with one searchsorted
HBOS_BINS, HBOS_ALPHA, HBOS_TOL = 10, 0.1, 0.5
IFOREST_TREES, IFOREST_SAMPLES = 100, 256


def _thin_sorted(values: np.ndarray, limit: int) -> np.ndarray:
    """Every column sorted; at most ``limit`` rows, taken at even ranks so the ECDF keeps its shape."""
    ordered = np.sort(values, axis=0)
    if ordered.shape[0] <= limit:
        return ordered
    ranks = np.linspace(0, ordered.shape[0] - 1, limit).round().astype(np.int64)
    return ordered[ranks]


@dataclass
class TailModel:
    """Per-feature empirical tails: the ECOD/COPOD model, and every detector's signals."""

    sorted_values: np.ndarray  # (n, d), each column sorted ascending
    skew_sign: np.ndarray  # (d,), -1, 0 or 1

    @classmethod
    def fit(cls, X: np.ndarray) -> TailModel:
        from scipy.stats import skew

        return cls(_thin_sorted(X, MAX_ECDF_ROWS), np.sign(skew(X, axis=0)))

    def __post_init__(self) -> None:
        # Every column in one sorted array of complex keys (feature index + 1j * value): complex numbers
        # order by real then imaginary part, so one searchsorted call serves all features at once.
        n, d = self.sorted_values.shape
        self._features = np.arange(d)
        self._keys = (self._features[None, :] + 1j * self.sorted_values).T.ravel()
        self._starts = self._features * n

    def tails(self, X: np.ndarray, *, training: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """``-log`` of the left and right tail probabilities of each value of ``X`` (n, d).

        ``training=True`` scores the rows the model was fitted on, as PyOD does (no +1)."""
        n = self.sorted_values.shape[0]
        if X.shape[0] <= FEW_ROWS:  # a few events: one call for all features beats a call per feature
            queries = (self._features + 1j * X).ravel()
            at_most = np.searchsorted(self._keys, queries, side="right").reshape(X.shape) - self._starts
            at_least = n - (np.searchsorted(self._keys, queries, side="left").reshape(X.shape) - self._starts)
        else:  # many rows: real comparisons on one column at a time are about twice as fast
            at_most, at_least = np.empty(X.shape, dtype=np.int64), np.empty(X.shape, dtype=np.int64)
            for j in self._features:
                column = self.sorted_values[:, j]
                at_most[:, j] = np.searchsorted(column, X[:, j], side="right")  # values <= x
                at_least[:, j] = n - np.searchsorted(column, X[:, j], side="left")  # values >= x
        extra = 0 if training else 1
        return -np.log((at_most + extra) / (n + extra)), -np.log((at_least + extra) / (n + extra))

    def skew_tail(self, u_left: np.ndarray, u_right: np.ndarray) -> np.ndarray:
        """PyOD's skewness-corrected tail: the left tail where a feature skews left, the right where right."""
        s = self.skew_sign
        return u_left * -np.sign(s - 1) + u_right * np.sign(s + 1)

    def signals(self, X: np.ndarray) -> np.ndarray:
        """The ECOD outlyingness of each feature of each record (n, d): larger is more abnormal."""
        u_left, u_right = self.tails(X)
        return np.maximum(np.maximum(u_left, u_right), self.skew_tail(u_left, u_right))


class Detector:
    """A fitted detector: ``score`` returns the anomaly score of each record and its per-feature signals."""

    name: str

    def __init__(self, tails: TailModel) -> None:
        self.tails = tails

    def score(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Scores (n,) and per-feature signals (n, d), larger meaning more abnormal, in bounded chunks."""
        X = np.asarray(X, dtype=np.float64)
        scores = np.empty(X.shape[0])
        signals = np.empty(X.shape)
        for start in range(0, X.shape[0], SCORE_CHUNK):
            part = X[start:start + SCORE_CHUNK]
            scores[start:start + SCORE_CHUNK], signals[start:start + SCORE_CHUNK] = self._score(part)
        return scores, signals

    def _score(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError

    def arrays(self) -> dict[str, np.ndarray]:
        return {"tail_sorted": self.tails.sorted_values, "tail_skew": self.tails.skew_sign}


class ECOD(Detector):
    name = "ecod"

    def _score(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        signals = self.tails.signals(X)
        return signals.sum(axis=1), signals

    def training_scores(self, X: np.ndarray) -> np.ndarray:
        u_left, u_right = self.tails.tails(X, training=True)
        return np.maximum(np.maximum(u_left, u_right), self.tails.skew_tail(u_left, u_right)).sum(axis=1)


class COPOD(Detector):
    name = "copod"

    def _score(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        u_left, u_right = self.tails.tails(X)
        per_feature = np.maximum(self.tails.skew_tail(u_left, u_right), (u_left + u_right) / 2)
        return per_feature.sum(axis=1), per_feature

    def training_scores(self, X: np.ndarray) -> np.ndarray:
        u_left, u_right = self.tails.tails(X, training=True)
        return np.maximum(self.tails.skew_tail(u_left, u_right), (u_left + u_right) / 2).sum(axis=1)


class HBOS(Detector):
    """PyOD's HBOS with a fixed number of bins: ``-sum log2(density + alpha)`` over features."""

    name = "hbos"

    def __init__(self, tails: TailModel, hist: np.ndarray, edges: np.ndarray, alpha: float, tol: float) -> None:
        super().__init__(tails)
        self.hist, self.edges, self.alpha, self.tol = hist, edges, float(alpha), float(tol)

    @classmethod
    def from_pyod(cls, tails: TailModel, model) -> HBOS:
        return cls(tails, np.asarray(model.hist_), np.asarray(model.bin_edges_), model.alpha, model.tol)

    def _score(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n_bins = self.hist.shape[0]
        per_feature = np.empty(X.shape)
        for j in range(X.shape[1]):
            edges, log_density = self.edges[:, j], np.log2(self.hist[:, j] + self.alpha)
            bins = np.digitize(X[:, j], edges, right=True)
            inside = log_density[np.clip(bins - 1, 0, n_bins - 1)]
            below_near = (edges[0] - X[:, j]) <= (edges[1] - edges[0]) * self.tol
            above_near = (X[:, j] - edges[-1]) <= (edges[-1] - edges[-2]) * self.tol
            value = np.where(bins == 0, np.where(below_near, log_density[0], log_density.min()), inside)
            value = np.where(bins == n_bins + 1, np.where(above_near, log_density[-1], log_density.min()), value)
            per_feature[:, j] = -value
        return per_feature.sum(axis=1), self.tails.signals(X)

    def arrays(self) -> dict[str, np.ndarray]:
        return {**super().arrays(), "hbos_hist": self.hist, "hbos_edges": self.edges,
                "hbos_params": np.array([self.alpha, self.tol])}


class IForest(Detector):
    """scikit-learn's isolation forest (as PyOD fits it), all trees in flat arrays.

    Leaves point to themselves, so every record takes ``depth`` steps in every tree at once."""

    name = "iforest"

    def __init__(self, tails: TailModel, feature: np.ndarray, threshold: np.ndarray, left: np.ndarray,
                 right: np.ndarray, leaf_value: np.ndarray, roots: np.ndarray, norm: np.ndarray) -> None:
        super().__init__(tails)
        self.feature, self.threshold, self.left, self.right = feature, threshold, left, right
        self.leaf_value, self.roots = leaf_value, roots
        self.children = np.stack([left, right], axis=1).ravel()  # child of node i: [2i] left, [2i + 1] right
        self.denominator, self.offset, self.depth = float(norm[0]), float(norm[1]), int(norm[2])

    @classmethod
    def from_pyod(cls, tails: TailModel, model) -> IForest:
        from sklearn.ensemble._iforest import _average_path_length

        forest = model.detector_
        features, thresholds, lefts, rights, values, roots = [], [], [], [], [], []
        base, depth = 0, 0
        for tree, used in zip(forest.estimators_, forest.estimators_features_):
            t = tree.tree_
            is_leaf = t.children_left < 0
            own = np.arange(t.node_count)
            mapped = np.asarray(used)[np.where(is_leaf, 0, t.feature)]
            features.append(np.where(is_leaf, 0, mapped))
            thresholds.append(np.where(is_leaf, np.inf, t.threshold))
            lefts.append(np.where(is_leaf, own, t.children_left) + base)
            rights.append(np.where(is_leaf, own, t.children_right) + base)
            values.append(t.compute_node_depths() + _average_path_length(t.n_node_samples) - 1.0)
            roots.append(base)
            base += t.node_count
            depth = max(depth, int(t.max_depth))
        denominator = len(forest.estimators_) * float(_average_path_length([forest._max_samples])[0])
        # PyOD's score is -(sklearn decision_function) = 2 ** (-depth / denominator) + offset_
        norm = np.array([denominator, float(forest.offset_), depth])
        return cls(tails, np.concatenate(features).astype(np.int32), np.concatenate(thresholds),
                   np.concatenate(lefts).astype(np.int32), np.concatenate(rights).astype(np.int32),
                   np.concatenate(values), np.array(roots, dtype=np.int32), norm)

    def _score(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n, d = X.shape
        flat = X.astype(np.float32).ravel()  # scikit-learn's trees split float32 values
        row_base = np.repeat(np.arange(n, dtype=np.int64) * d, self.roots.size)
        node = np.tile(self.roots, n)
        for _ in range(self.depth):
            go_right = flat.take(row_base + self.feature.take(node)) > self.threshold.take(node)
            node = self.children.take(2 * node + go_right)
        depths = self.leaf_value.take(node).reshape(n, self.roots.size).sum(axis=1)
        return 2.0 ** (-depths / self.denominator) + self.offset, self.tails.signals(X)

    def arrays(self) -> dict[str, np.ndarray]:
        return {**super().arrays(), "if_feature": self.feature, "if_threshold": self.threshold,
                "if_left": self.left, "if_right": self.right, "if_leaf_value": self.leaf_value,
                "if_roots": self.roots, "if_norm": np.array([self.denominator, self.offset, self.depth])}


def fit(name: str, X: np.ndarray, *, seed: int = 0) -> tuple[Detector, np.ndarray]:
    """Fit detector ``name`` on ``X`` with PyOD; return our array form and PyOD's training scores."""
    from pyod.models.copod import COPOD as PyodCOPOD
    from pyod.models.ecod import ECOD as PyodECOD
    from pyod.models.hbos import HBOS as PyodHBOS
    from pyod.models.iforest import IForest as PyodIForest

    tails = TailModel.fit(X)
    if name == "ecod":
        detector = ECOD(tails)
        return detector, (detector.training_scores(X) if X.shape[0] > MAX_ECDF_ROWS
                          else PyodECOD().fit(X).decision_scores_)
    if name == "copod":
        detector = COPOD(tails)
        return detector, (detector.training_scores(X) if X.shape[0] > MAX_ECDF_ROWS
                          else PyodCOPOD().fit(X).decision_scores_)
    if name == "hbos":
        model = PyodHBOS(n_bins=HBOS_BINS, alpha=HBOS_ALPHA, tol=HBOS_TOL).fit(X)
        return HBOS.from_pyod(tails, model), model.decision_scores_
    if name == "iforest":
        model = PyodIForest(n_estimators=IFOREST_TREES, max_samples=min(IFOREST_SAMPLES, X.shape[0]),
                            random_state=seed, n_jobs=1).fit(X)
        return IForest.from_pyod(tails, model), model.decision_scores_
    raise ValueError(f"unknown detector {name!r}; use one of {', '.join(DETECTORS)}")


def save(detector: Detector, path: Path) -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **detector.arrays())
    path.write_bytes(buffer.getvalue())


def load(name: str, path: Path) -> Detector:
    """Read a detector's arrays (never pickles) and check they fit together."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            a = {key: archive[key] for key in archive.files}
        tails = TailModel(a["tail_sorted"], a["tail_skew"])
        if tails.sorted_values.ndim != 2 or tails.skew_sign.shape != (tails.sorted_values.shape[1],):
            raise ValueError("tail arrays disagree on the number of features")
        if name == "ecod":
            return ECOD(tails)
        if name == "copod":
            return COPOD(tails)
        if name == "hbos":
            alpha, tol = a["hbos_params"]
            return HBOS(tails, a["hbos_hist"], a["hbos_edges"], alpha, tol)
        if name == "iforest":
            detector = IForest(tails, a["if_feature"], a["if_threshold"], a["if_left"], a["if_right"],
                               a["if_leaf_value"], a["if_roots"], a["if_norm"])
            n_nodes, n_features = detector.feature.size, tails.sorted_values.shape[1]
            if (detector.feature.min(initial=0) < 0 or detector.feature.max(initial=0) >= n_features
                    or max(detector.left.max(), detector.right.max(), detector.roots.max()) >= n_nodes
                    or min(detector.left.min(), detector.right.min(), detector.roots.min()) < 0):
                raise ValueError("isolation-forest arrays point outside the forest")
            return detector
    except (OSError, KeyError, ValueError) as exc:
        raise PackageError(f"cannot read detector {name!r} from {path.name}: {exc}") from exc
    raise PackageError(f"unknown detector {name!r}; use one of {', '.join(DETECTORS)}")
