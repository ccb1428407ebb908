"""Detectors fitted with PyOD (batch) and river (streams), kept as plain arrays and scored with vectorized NumPy.

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

- HalfSpaceTrees (river, ``hst``): the complete trees in heap order (split feature and threshold per
  branch, reference mass per node), learned by river on the history scaled to [0, 1]; the reference
  window is the last ``HST_WINDOW`` rows (river's ``window_size``).
- LODA (river, ``loda``): the sparse random projections as a matrix and each projection's streaming
  histogram (bin edges and densities), learned by river on up to ``LODA_FIT_ROWS`` evenly spaced rows.

Both river models score exactly as river's ``score_one`` does on the scaled record, for a whole batch
at once. They are frozen after the build: a stream is scored against the vetted history, not against
itself (a slowly growing fault would otherwise be learned as normal, and the model answering would no
longer be the one whose digest was vetted).

One event at a time (a stream's single readings), NumPy's per-call cost dominates, so ``score_one``
walks the same arrays in plain Python (``bisect`` on the sorted values, the trees node by node) and
returns the same score as ``score`` does for that row.

Every detector also reports per-feature *signals*: the ECOD tail surprise
``-log P(tail)`` of each feature (HBOS: ``-log2`` of the bin density), so an alert
names the signals that were abnormal whichever detector scored it.
"""

from __future__ import annotations

import io
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from luytre.errors import PackageError

BATCH_DETECTORS = ("ecod", "copod", "hbos", "iforest")  # PyOD
STREAM_DETECTORS = ("hst", "loda")  # river
DETECTORS = BATCH_DETECTORS + STREAM_DETECTORS
DEFAULT_DETECTOR = "ecod"  # parameter-free, deterministic, attributable, fast; ADBench finds no overall winner
DEFAULT_STREAM_DETECTOR = "hst"  # of river's two, the one that scores an event faster
MAX_ECDF_ROWS = 50_000  # training values kept per feature; a larger sample is thinned evenly (sorted order)
SCORE_CHUNK = 8192  # records scored at once: bounds the memory of one call
FEW_ROWS = 32  # up to this many records, all features' tails are found with one searchsorted
HBOS_BINS, HBOS_ALPHA, HBOS_TOL = 10, 0.1, 0.5
IFOREST_TREES, IFOREST_SAMPLES = 100, 256
# river's defaults, except the reference window: the history the expert is built from (its last
# HST_WINDOW rows), not river's 250 events
HST_TREES, HST_HEIGHT, HST_WINDOW = 10, 8, 10_000
LODA_BINS, LODA_CUTS, LODA_FIT_ROWS = 10, 100, 20_000  # river's defaults (bins, projections)


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
        self.signs = self.skew_sign.tolist()

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

    def tails_one(self, x: Sequence[float]) -> list[tuple[float, float]]:
        """``tails`` of one record, in plain Python: (left, right) for each feature."""
        if not hasattr(self, "_columns"):  # Python lists (bisect on them is fastest), made on the first single event
            self._columns = self.sorted_values.T.tolist()
            self._log_n = math.log(self.sorted_values.shape[0] + 1)
        n, log_n = self.sorted_values.shape[0], self._log_n
        return [(log_n - math.log(bisect_right(column, v) + 1), log_n - math.log(n - bisect_left(column, v) + 1))
                for column, v in zip(self._columns, x)]

    def skew_tail(self, u_left: np.ndarray, u_right: np.ndarray) -> np.ndarray:
        """PyOD's skewness-corrected tail: the left tail where a feature skews left, the right where right."""
        s = self.skew_sign
        return u_left * -np.sign(s - 1) + u_right * np.sign(s + 1)

    def signals(self, X: np.ndarray) -> np.ndarray:
        """The ECOD outlyingness of each feature of each record (n, d): larger is more abnormal."""
        u_left, u_right = self.tails(X)
        return np.maximum(np.maximum(u_left, u_right), self.skew_tail(u_left, u_right))


class Detector:
    """A fitted detector: ``score`` returns the anomaly score of each record, ``signals`` how unusual each of
    its features is (computed only for the records an answer describes)."""

    name: str

    def __init__(self, tails: TailModel) -> None:
        self.tails = tails

    chunk = SCORE_CHUNK  # records scored at once: bounds the memory of one call

    def score(self, X: np.ndarray) -> np.ndarray:
        """Scores (n,), larger meaning more abnormal, in bounded chunks."""
        X = np.asarray(X, dtype=np.float64)
        scores = np.empty(X.shape[0])
        for start in range(0, X.shape[0], self.chunk):
            scores[start:start + self.chunk] = self._score(X[start:start + self.chunk])
        return scores

    def signals(self, X: np.ndarray) -> np.ndarray:
        """Per-feature signals (n, d): the ECOD tail surprise of each value."""
        return self.tails.signals(np.asarray(X, dtype=np.float64))

    def _score(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def score_one(self, x: Sequence[float]) -> float:
        """The score of one record (its values in feature order): ``score`` of that row."""
        return float(self._score(np.asarray([x], dtype=np.float64))[0])

    def arrays(self) -> dict[str, np.ndarray]:
        return {"tail_sorted": self.tails.sorted_values, "tail_skew": self.tails.skew_sign}


class ECOD(Detector):
    name = "ecod"

    def score_one(self, x: Sequence[float]) -> float:
        total = 0.0
        for (left, right), sign in zip(self.tails.tails_one(x), self.tails.signs):
            total += max(left, right, left if sign < 0 else right if sign > 0 else left + right)
        return total

    def _score(self, X: np.ndarray) -> np.ndarray:
        return self.tails.signals(X).sum(axis=1)

    def training_scores(self, X: np.ndarray) -> np.ndarray:
        u_left, u_right = self.tails.tails(X, training=True)
        return np.maximum(np.maximum(u_left, u_right), self.tails.skew_tail(u_left, u_right)).sum(axis=1)


class COPOD(Detector):
    name = "copod"

    def score_one(self, x: Sequence[float]) -> float:
        total = 0.0
        for (left, right), sign in zip(self.tails.tails_one(x), self.tails.signs):
            total += max(left if sign < 0 else right if sign > 0 else left + right, (left + right) / 2)
        return total

    def _score(self, X: np.ndarray) -> np.ndarray:
        return self.signals(X).sum(axis=1)

    def signals(self, X: np.ndarray) -> np.ndarray:
        """COPOD's own per-feature terms."""
        u_left, u_right = self.tails.tails(np.asarray(X, dtype=np.float64))
        return np.maximum(self.tails.skew_tail(u_left, u_right), (u_left + u_right) / 2)

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

    def _score(self, X: np.ndarray) -> np.ndarray:
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
        return per_feature.sum(axis=1)

    def score_one(self, x: Sequence[float]) -> float:
        if not hasattr(self, "_lists"):
            log_density = np.log2(self.hist + self.alpha)
            self._lists = [(self.edges[:, j].tolist(), log_density[:, j].tolist(), float(log_density[:, j].min()))
                           for j in range(self.hist.shape[1])]
        total = 0.0
        for v, (edges, log_density, lowest) in zip(x, self._lists):
            slot = bisect_left(edges, v)  # np.digitize(right=True)
            if slot == 0:
                total -= log_density[0] if edges[0] - v <= (edges[1] - edges[0]) * self.tol else lowest
            elif slot == len(edges):
                total -= log_density[-1] if v - edges[-1] <= (edges[-1] - edges[-2]) * self.tol else lowest
            else:
                total -= log_density[slot - 1]
        return total

    def arrays(self) -> dict[str, np.ndarray]:
        return {**super().arrays(), "hbos_hist": self.hist, "hbos_edges": self.edges,
                "hbos_params": np.array([self.alpha, self.tol])}


class IForest(Detector):
    """scikit-learn's isolation forest (as PyOD fits it), all trees in flat arrays.

    Leaves point to themselves, so every record takes ``depth`` steps in every tree at once."""

    name = "iforest"
    chunk = 512  # records × trees node indices stay in the CPU cache (8192 rows ran 4 times slower)

    def __init__(self, tails: TailModel, feature: np.ndarray, threshold: np.ndarray, left: np.ndarray,
                 right: np.ndarray, leaf_value: np.ndarray, roots: np.ndarray, norm: np.ndarray) -> None:
        super().__init__(tails)
        self.feature, self.threshold, self.left, self.right = feature, threshold, left, right
        self.leaf_value, self.roots = leaf_value, roots
        self.children = np.stack([left, right], axis=1).ravel().astype(np.int32)  # node i: [2i] left, [2i + 1] right
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

    def _score(self, X: np.ndarray) -> np.ndarray:
        n, d = X.shape
        # scikit-learn compares float32 values with float64 thresholds: the same here, exactly
        flat = X.astype(np.float32).astype(np.float64).ravel()
        row_base = np.repeat(np.arange(n, dtype=np.int32) * d, self.roots.size)
        node = np.tile(self.roots, n)
        for _ in range(self.depth):
            go_right = flat.take(row_base + self.feature.take(node)) > self.threshold.take(node)
            node = self.children.take(2 * node + go_right)
        depths = self.leaf_value.take(node).reshape(n, self.roots.size).sum(axis=1)
        return 2.0 ** (-depths / self.denominator) + self.offset

    def arrays(self) -> dict[str, np.ndarray]:
        return {**super().arrays(), "if_feature": self.feature, "if_threshold": self.threshold,
                "if_left": self.left, "if_right": self.right, "if_leaf_value": self.leaf_value,
                "if_roots": self.roots, "if_norm": np.array([self.denominator, self.offset, self.depth])}


class MinMax:
    """The history's range per feature: river's HST and LODA read values scaled to [0, 1]."""

    def __init__(self, low: np.ndarray, span: np.ndarray) -> None:
        self.low, self.span = low, span

    @classmethod
    def fit(cls, X: np.ndarray) -> MinMax:
        low, high = X.min(axis=0), X.max(axis=0)
        return cls(low, np.where(high > low, high - low, 1.0))

    def __call__(self, X: np.ndarray) -> np.ndarray:
        return (X - self.low) / self.span


def _records(Z: np.ndarray):
    return (dict(enumerate(row)) for row in Z.tolist())


class HalfSpaceTrees(Detector):
    """river's HalfSpaceTrees, frozen: complete trees in heap order (children of node i: 2i + 1, 2i + 2)."""

    name = "hst"

    def __init__(self, tails: TailModel, scale: MinMax, feature: np.ndarray, threshold: np.ndarray,
                 mass: np.ndarray, window: int) -> None:
        super().__init__(tails)
        self.scale, self.feature, self.threshold, self.mass, self.window = scale, feature, threshold, mass, window
        self.size_limit = 0.1 * window  # river's constant from the paper
        self.height = int(np.log2(mass.shape[1] + 1)) - 1
        self.max_score = float(mass.shape[0] * window * (2 ** (self.height + 1) - 1))
        self._trees = np.arange(mass.shape[0])[None, :]

    @classmethod
    def fit(cls, tails: TailModel, X: np.ndarray, *, seed: int) -> HalfSpaceTrees:
        from river.anomaly import HalfSpaceTrees as RiverHST

        scale = MinMax.fit(X)
        window = min(X.shape[0], HST_WINDOW)
        model = RiverHST(n_trees=HST_TREES, height=HST_HEIGHT, window_size=window, seed=seed)
        for record in _records(scale(X[-window:])):
            model.learn_one(record)
        features, thresholds, masses = [], [], []
        for tree in model.trees:
            nodes = list(tree.iter_bfs())  # a complete tree: breadth-first order is heap order
            branches = nodes[: len(nodes) // 2]
            features.append([b.feature for b in branches])
            thresholds.append([b.threshold for b in branches])
            masses.append([node.r_mass for node in nodes])
        return cls(tails, scale, np.array(features, dtype=np.int32), np.array(thresholds),
                   np.array(masses, dtype=np.float64), window)

    def _score(self, X: np.ndarray) -> np.ndarray:
        Z = self.scale(X)
        rows, trees = np.arange(X.shape[0])[:, None], self._trees
        node = np.zeros((X.shape[0], self.mass.shape[0]), dtype=np.int64)
        total = np.zeros(node.shape)
        active = np.ones(node.shape, dtype=bool)
        for level in range(self.height):  # as river's _walk_score: stop below size_limit
            mass = self.mass[trees, node]
            total += np.where(active, mass * 2.0**level, 0.0)
            active &= mass >= self.size_limit
            go_right = Z[rows, self.feature[trees, node]] >= self.threshold[trees, node]
            node = 2 * node + 1 + go_right
        total += np.where(active, self.mass[trees, node] * 2.0**self.height, 0.0)
        return 1.0 - total.sum(axis=1) / self.max_score

    def score_one(self, x: Sequence[float]) -> float:
        if not hasattr(self, "_lists"):
            self._lists = (self.scale.low.tolist(), self.scale.span.tolist(),
                           list(zip(self.feature.tolist(), self.threshold.tolist(), self.mass.tolist())))
        low, span, trees = self._lists
        z = [(v - lo) / sp for v, lo, sp in zip(x, low, span)]
        total, size_limit = 0.0, self.size_limit
        for features, thresholds, masses in trees:  # river's _walk_score
            node, weight = 0, 1
            for _ in range(self.height):
                mass = masses[node]
                total += mass * weight
                if mass < size_limit:
                    break
                node = 2 * node + (1 if z[features[node]] < thresholds[node] else 2)
                weight <<= 1
            else:
                total += masses[node] * weight
        return 1.0 - total / self.max_score

    def arrays(self) -> dict[str, np.ndarray]:
        return {**super().arrays(), "scale_low": self.scale.low, "scale_span": self.scale.span,
                "hst_feature": self.feature, "hst_threshold": self.threshold, "hst_mass": self.mass,
                "hst_window": np.array([self.window])}


class LODA(Detector):
    """river's LODA, frozen: each projection's features and weights (in river's order, so projections sum as
    river sums them), and its histogram as bin edges and densities, padded with empty bins at +inf."""

    name = "loda"

    def __init__(self, tails: TailModel, scale: MinMax, features: np.ndarray, weights: np.ndarray,
                 left: np.ndarray, right: np.ndarray, density: np.ndarray) -> None:
        super().__init__(tails)
        self.scale, self.features, self.weights = scale, features, weights
        self.left, self.right, self.density = left, right, density
        self._cuts = np.arange(weights.shape[0])[None, :]

    @classmethod
    def fit(cls, tails: TailModel, X: np.ndarray, *, seed: int) -> LODA:
        from river.anomaly import LODA as RiverLODA

        scale = MinMax.fit(X)
        rows = np.unique(np.linspace(0, X.shape[0] - 1, min(X.shape[0], LODA_FIT_ROWS)).round().astype(np.int64))
        model = RiverLODA(n_bins=LODA_BINS, n_random_cuts=LODA_CUTS, seed=seed)
        for record in _records(scale(X[rows])):
            model.learn_one(record)
        features = np.array([list(p) for p in model.projections_], dtype=np.int32)  # (k, sqrt d)
        weights = np.array([list(p.values()) for p in model.projections_])
        left, right = np.full((LODA_CUTS, LODA_BINS + 1), np.inf), np.full((LODA_CUTS, LODA_BINS + 1), np.inf)
        density = np.zeros((LODA_CUTS, LODA_BINS + 1))
        for c, histogram in enumerate(model.histograms_):
            bins = list(histogram.data)
            for i, b in enumerate(bins):
                left[c, i], right[c, i] = b.left, b.right
                # river's LODA._density for a value inside bin i, computed once
                width = b.right - b.left
                if width <= 0:  # a single value: the gap to the nearest bin, else the mass alone
                    gap = min(b.left - bins[i - 1].right if i > 0 else np.inf,
                              bins[i + 1].left - b.right if i + 1 < len(bins) else np.inf)
                    width = gap if np.isfinite(gap) and gap > 0 else 1.0
                density[c, i] = b.count / histogram.n / width
        return cls(tails, scale, features, weights, left, right, density)

    def _score(self, X: np.ndarray) -> np.ndarray:
        # projections by rows (k, n), so each projection's values lie together in memory
        Z = np.ascontiguousarray(self.scale(X).T)
        z = np.zeros((self.weights.shape[0], X.shape[0]))
        for j in range(self.weights.shape[1]):  # left to right, as Python's sum() in river
            z += self.weights[:, j, None] * Z[self.features[:, j]]
        if X.shape[0] <= FEW_ROWS:  # a few events: every projection's bins compared at once
            slot = (z[:, :, None] > self.right[:, None, :]).sum(axis=2)  # first bin whose right edge is >= z
            cuts = self._cuts.T
            density = np.where(z >= self.left[cuts, slot], self.density[cuts, slot], 0.0)
        else:  # many rows: one searchsorted per projection (the 3-D comparison ran 10 times slower)
            density = np.empty(z.shape)
            for c, values in enumerate(z):
                slot = np.searchsorted(self.right[c], values, side="left")
                density[c] = np.where(values >= self.left[c].take(slot), self.density[c].take(slot), 0.0)
        return -np.log(np.maximum(density, 1e-12)).mean(axis=0)

    def arrays(self) -> dict[str, np.ndarray]:
        return {**super().arrays(), "scale_low": self.scale.low, "scale_span": self.scale.span,
                "loda_features": self.features, "loda_weights": self.weights, "loda_left": self.left,
                "loda_right": self.right, "loda_density": self.density}


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
    if name in STREAM_DETECTORS:
        detector = (HalfSpaceTrees if name == "hst" else LODA).fit(tails, X, seed=seed)
        return detector, detector.score(X)
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
        if name in STREAM_DETECTORS:
            scale = MinMax(a["scale_low"], a["scale_span"])
            if scale.low.shape != scale.span.shape or scale.low.shape != tails.skew_sign.shape:
                raise ValueError("scaling arrays disagree on the number of features")
            if name == "hst":
                hst = HalfSpaceTrees(tails, scale, a["hst_feature"], a["hst_threshold"], a["hst_mass"],
                                     int(a["hst_window"][0]))
                branches = hst.mass.shape[1] // 2
                if (hst.feature.shape != (hst.mass.shape[0], branches) or hst.threshold.shape != hst.feature.shape
                        or hst.mass.shape[1] + 1 != 2 ** (hst.height + 1) or hst.feature.min(initial=0) < 0
                        or hst.feature.max(initial=0) >= scale.low.size):
                    raise ValueError("half-space-tree arrays do not form complete trees over the features")
                return hst
            loda = LODA(tails, scale, a["loda_features"], a["loda_weights"], a["loda_left"], a["loda_right"],
                        a["loda_density"])
            if (loda.features.shape != loda.weights.shape or loda.left.shape != loda.right.shape
                    or loda.density.shape != loda.left.shape or loda.left.shape[0] != loda.weights.shape[0]
                    or loda.features.min(initial=0) < 0 or loda.features.max(initial=0) >= scale.low.size):
                raise ValueError("LODA arrays disagree in shape or name features it does not have")
            return loda
    except (OSError, KeyError, ValueError) as exc:
        raise PackageError(f"cannot read detector {name!r} from {path.name}: {exc}") from exc
    raise PackageError(f"unknown detector {name!r}; use one of {', '.join(DETECTORS)}")
