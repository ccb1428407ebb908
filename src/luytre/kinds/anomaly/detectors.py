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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from luytre.errors import BuildError, PackageError

if TYPE_CHECKING:
    from river.tree.padded import PaddedBranch

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

Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]
Indices = npt.NDArray[np.int32]  # tree nodes and features
Arrays = dict[str, npt.NDArray[Any]]  # what a detector's .npz holds, by name


# -- what is read of the fitted PyOD, scikit-learn and river models ---------------------------------
# PyOD and scikit-learn ship no type information and river leaves these methods unannotated: the protocols
# below name exactly the attributes and methods this module reads, so everything past them is typed.

class FittedPyod(Protocol):
    decision_scores_: npt.ArrayLike  # the training rows' scores


class FittedHBOS(FittedPyod, Protocol):
    hist_: npt.ArrayLike  # (bins, d) densities
    bin_edges_: npt.ArrayLike  # (bins + 1, d)
    alpha: float
    tol: float


class SklearnTree(Protocol):  # sklearn.tree._tree.Tree
    node_count: int
    max_depth: int
    children_left: npt.NDArray[np.intp]  # -1 at a leaf
    children_right: npt.NDArray[np.intp]
    feature: npt.NDArray[np.intp]  # index into the tree's own feature subset
    threshold: Floats
    n_node_samples: npt.NDArray[np.intp]

    def compute_node_depths(self) -> npt.NDArray[np.intp]: ...


class SklearnTreeEstimator(Protocol):
    tree_: SklearnTree


class SklearnIsolationForest(Protocol):
    estimators_: Sequence[SklearnTreeEstimator]
    estimators_features_: Sequence[npt.NDArray[np.intp]]
    offset_: float
    _max_samples: int


class FittedIForest(FittedPyod, Protocol):
    detector_: SklearnIsolationForest


class RiverLearner(Protocol):
    def learn_one(self, x: dict[int, float]) -> None: ...


class RiverTree(Protocol):
    def iter_bfs(self) -> Iterator[object]: ...


@runtime_checkable
class RiverMass(Protocol):
    r_mass: float  # a half-space tree node's mass in the reference window (river sets a leaf's by keyword)


def _heap_order(tree: RiverTree) -> tuple[list[PaddedBranch], list[RiverMass]]:
    """A river half-space tree's branches and leaves in breadth-first order, which is heap order (children of
    node i: 2i + 1, 2i + 2) when the tree is complete: every branch before every leaf, one more leaf than
    branches."""
    from river.tree.padded import PaddedBranch, PaddedLeaf

    nodes = list(tree.iter_bfs())
    half = len(nodes) // 2
    branches = [n for n in nodes[:half] if isinstance(n, PaddedBranch)]
    leaves: list[RiverMass] = [n for n in nodes[half:] if isinstance(n, PaddedLeaf) and isinstance(n, RiverMass)]
    if len(branches) != half or len(leaves) != half + 1:
        raise BuildError("river's half-space tree is not a complete tree in breadth-first order")
    return branches, leaves


def _decision_scores(model: FittedPyod) -> Floats:
    return np.asarray(model.decision_scores_, dtype=np.float64)


def _learn(model: RiverLearner, Z: Floats) -> None:
    """river learns one record (a dict of feature index to value) at a time."""
    for row in Z.tolist():
        model.learn_one(dict(enumerate(row)))


def _row_sums(values: Floats) -> Floats:
    """The sum of each row (NumPy's stubs leave a reduction's result untyped)."""
    return np.asarray(values.sum(axis=1), dtype=np.float64)


def _thin_sorted(values: Floats, limit: int) -> Floats:
    """Every column sorted; at most ``limit`` rows, taken at even ranks so the ECDF keeps its shape."""
    ordered = np.sort(values, axis=0)
    if ordered.shape[0] <= limit:
        return ordered
    ranks = np.linspace(0, ordered.shape[0] - 1, limit).round().astype(np.int64)
    return ordered[ranks]


@dataclass
class TailModel:
    """Per-feature empirical tails: the ECOD/COPOD model, and every detector's signals."""

    sorted_values: Floats  # (n, d), each column sorted ascending
    skew_sign: Floats  # (d,), -1, 0 or 1

    @classmethod
    def fit(cls, X: Floats) -> TailModel:
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

    def tails(self, X: Floats, *, training: bool = False) -> tuple[Floats, Floats]:
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
        n, log_n = self.sorted_values.shape[0], math.log(self.sorted_values.shape[0] + 1)
        return [(log_n - math.log(bisect_right(column, v) + 1), log_n - math.log(n - bisect_left(column, v) + 1))
                for column, v in zip(self._columns, x)]

    @cached_property
    def _columns(self) -> list[list[float]]:
        """The sorted columns as Python lists (bisect on them is fastest), made on the first single event."""
        columns: list[list[float]] = self.sorted_values.T.tolist()
        return columns

    def skew_tail(self, u_left: Floats, u_right: Floats) -> Floats:
        """PyOD's skewness-corrected tail: the left tail where a feature skews left, the right where right."""
        s = self.skew_sign
        return u_left * -np.sign(s - 1) + u_right * np.sign(s + 1)

    def signals(self, X: Floats) -> Floats:
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

    def score(self, X: Floats) -> Floats:
        """Scores (n,), larger meaning more abnormal, in bounded chunks."""
        X = np.asarray(X, dtype=np.float64)
        scores = np.empty(X.shape[0])
        for start in range(0, X.shape[0], self.chunk):
            scores[start:start + self.chunk] = self._score(X[start:start + self.chunk])
        return scores

    def signals(self, X: Floats) -> Floats:
        """Per-feature signals (n, d): the ECOD tail surprise of each value."""
        return self.tails.signals(np.asarray(X, dtype=np.float64))

    def _score(self, X: Floats) -> Floats:
        raise NotImplementedError

    def score_one(self, x: Sequence[float]) -> float:
        """The score of one record (its values in feature order): ``score`` of that row."""
        return float(self._score(np.asarray([x], dtype=np.float64))[0])

    def arrays(self) -> Arrays:
        return {"tail_sorted": self.tails.sorted_values, "tail_skew": self.tails.skew_sign}


class ECOD(Detector):
    name = "ecod"

    def score_one(self, x: Sequence[float]) -> float:
        total = 0.0
        for (left, right), sign in zip(self.tails.tails_one(x), self.tails.signs):
            total += max(left, right, left if sign < 0 else right if sign > 0 else left + right)
        return total

    def _score(self, X: Floats) -> Floats:
        return _row_sums(self.tails.signals(X))

    def training_scores(self, X: Floats) -> Floats:
        u_left, u_right = self.tails.tails(X, training=True)
        return _row_sums(np.maximum(np.maximum(u_left, u_right), self.tails.skew_tail(u_left, u_right)))


class COPOD(Detector):
    name = "copod"

    def score_one(self, x: Sequence[float]) -> float:
        total = 0.0
        for (left, right), sign in zip(self.tails.tails_one(x), self.tails.signs):
            total += max(left if sign < 0 else right if sign > 0 else left + right, (left + right) / 2)
        return total

    def _score(self, X: Floats) -> Floats:
        return _row_sums(self.signals(X))

    def signals(self, X: Floats) -> Floats:
        """COPOD's own per-feature terms."""
        u_left, u_right = self.tails.tails(np.asarray(X, dtype=np.float64))
        return np.maximum(self.tails.skew_tail(u_left, u_right), (u_left + u_right) / 2)

    def training_scores(self, X: Floats) -> Floats:
        u_left, u_right = self.tails.tails(X, training=True)
        return _row_sums(np.maximum(self.tails.skew_tail(u_left, u_right), (u_left + u_right) / 2))


class HBOS(Detector):
    """PyOD's HBOS with a fixed number of bins: ``-sum log2(density + alpha)`` over features."""

    name = "hbos"

    def __init__(self, tails: TailModel, hist: Floats, edges: Floats, alpha: float, tol: float) -> None:
        super().__init__(tails)
        self.hist, self.edges, self.alpha, self.tol = hist, edges, float(alpha), float(tol)

    @classmethod
    def from_pyod(cls, tails: TailModel, model: FittedHBOS) -> HBOS:
        return cls(tails, np.asarray(model.hist_), np.asarray(model.bin_edges_), model.alpha, model.tol)

    def _score(self, X: Floats) -> Floats:
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
        return _row_sums(per_feature)

    @cached_property
    def _lists(self) -> list[tuple[list[float], list[float], float]]:
        """Each feature's bin edges, log densities and lowest log density as Python lists, made on the first
        single event."""
        log_density = np.log2(self.hist + self.alpha)
        return [(self.edges[:, j].tolist(), log_density[:, j].tolist(), float(log_density[:, j].min()))
                for j in range(self.hist.shape[1])]

    def score_one(self, x: Sequence[float]) -> float:
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

    def arrays(self) -> Arrays:
        return {**super().arrays(), "hbos_hist": self.hist, "hbos_edges": self.edges,
                "hbos_params": np.array([self.alpha, self.tol])}


class IForest(Detector):
    """scikit-learn's isolation forest (as PyOD fits it), all trees in flat arrays.

    Leaves point to themselves, so every record takes ``depth`` steps in every tree at once."""

    name = "iforest"
    chunk = 512  # records × trees node indices stay in the CPU cache (8192 rows ran 4 times slower)

    def __init__(self, tails: TailModel, feature: Indices, threshold: Floats, left: Indices,
                 right: Indices, leaf_value: Floats, roots: Indices, norm: Floats) -> None:
        super().__init__(tails)
        self.feature, self.threshold, self.left, self.right = feature, threshold, left, right
        self.leaf_value, self.roots = leaf_value, roots
        self.children = np.stack([left, right], axis=1).ravel().astype(np.int32)  # node i: [2i] left, [2i + 1] right
        self.denominator, self.offset, self.depth = float(norm[0]), float(norm[1]), int(norm[2])

    @classmethod
    def from_pyod(cls, tails: TailModel, model: FittedIForest) -> IForest:
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

    def _score(self, X: Floats) -> Floats:
        n, d = X.shape
        # scikit-learn compares float32 values with float64 thresholds: the same here, exactly
        flat = X.astype(np.float32).astype(np.float64).ravel()
        row_base = np.repeat(np.arange(n, dtype=np.int32) * d, self.roots.size)
        node = np.tile(self.roots, n)
        for _ in range(self.depth):
            go_right = flat.take(row_base + self.feature.take(node)) > self.threshold.take(node)
            node = self.children.take(2 * node + go_right)
        depths = _row_sums(self.leaf_value.take(node).reshape(n, self.roots.size))
        return 2.0 ** (-depths / self.denominator) + self.offset

    def arrays(self) -> Arrays:
        return {**super().arrays(), "if_feature": self.feature, "if_threshold": self.threshold,
                "if_left": self.left, "if_right": self.right, "if_leaf_value": self.leaf_value,
                "if_roots": self.roots, "if_norm": np.array([self.denominator, self.offset, self.depth])}


class MinMax:
    """The history's range per feature: river's HST and LODA read values scaled to [0, 1]."""

    def __init__(self, low: Floats, span: Floats) -> None:
        self.low, self.span = low, span

    @classmethod
    def fit(cls, X: Floats) -> MinMax:
        low, high = X.min(axis=0), X.max(axis=0)
        return cls(low, np.where(high > low, high - low, 1.0))

    def __call__(self, X: Floats) -> Floats:
        return (X - self.low) / self.span


class HalfSpaceTrees(Detector):
    """river's HalfSpaceTrees, frozen: complete trees in heap order (children of node i: 2i + 1, 2i + 2)."""

    name = "hst"

    def __init__(self, tails: TailModel, scale: MinMax, feature: Indices, threshold: Floats,
                 mass: Floats, window: int) -> None:
        super().__init__(tails)
        self.scale, self.feature, self.threshold, self.mass, self.window = scale, feature, threshold, mass, window
        self.size_limit = 0.1 * window  # river's constant from the paper
        self.height = int(np.log2(mass.shape[1] + 1)) - 1
        self.max_score = float(mass.shape[0] * window * (2 ** (self.height + 1) - 1))
        self._trees = np.arange(mass.shape[0])[None, :]

    @classmethod
    def fit(cls, tails: TailModel, X: Floats, *, seed: int) -> HalfSpaceTrees:
        from river.anomaly import HalfSpaceTrees as RiverHST

        scale = MinMax.fit(X)
        window = min(X.shape[0], HST_WINDOW)
        model = RiverHST(n_trees=HST_TREES, height=HST_HEIGHT, window_size=window, seed=seed)
        _learn(model, scale(X[-window:]))
        features: list[list[int]] = []
        thresholds: list[list[float]] = []
        masses: list[list[float]] = []
        for tree in model.trees:
            branches, leaves = _heap_order(tree)
            features.append([int(b.feature) for b in branches])
            thresholds.append([float(b.threshold) for b in branches])
            masses.append([float(node.r_mass) for node in (*branches, *leaves)])
        return cls(tails, scale, np.array(features, dtype=np.int32), np.array(thresholds, dtype=np.float64),
                   np.array(masses, dtype=np.float64), window)

    def _score(self, X: Floats) -> Floats:
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
        return 1.0 - _row_sums(total) / self.max_score

    @cached_property
    def _lists(self) -> tuple[list[float], list[float], list[tuple[list[int], list[float], list[float]]]]:
        """The scaling and each tree's features, thresholds and masses as Python lists, made on the first
        single event."""
        return (self.scale.low.tolist(), self.scale.span.tolist(),
                list(zip(self.feature.tolist(), self.threshold.tolist(), self.mass.tolist())))

    def score_one(self, x: Sequence[float]) -> float:
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

    def arrays(self) -> Arrays:
        return {**super().arrays(), "scale_low": self.scale.low, "scale_span": self.scale.span,
                "hst_feature": self.feature, "hst_threshold": self.threshold, "hst_mass": self.mass,
                "hst_window": np.array([self.window])}


class LODA(Detector):
    """river's LODA, frozen: each projection's features and weights (in river's order, so projections sum as
    river sums them), and its histogram as bin edges and densities, padded with empty bins at +inf."""

    name = "loda"

    def __init__(self, tails: TailModel, scale: MinMax, features: Indices, weights: Floats,
                 left: Floats, right: Floats, density: Floats) -> None:
        super().__init__(tails)
        self.scale, self.features, self.weights = scale, features, weights
        self.left, self.right, self.density = left, right, density
        self._cuts = np.arange(weights.shape[0])[None, :]

    @classmethod
    def fit(cls, tails: TailModel, X: Floats, *, seed: int) -> LODA:
        from river.anomaly import LODA as RiverLODA

        scale = MinMax.fit(X)
        rows = np.unique(np.linspace(0, X.shape[0] - 1, min(X.shape[0], LODA_FIT_ROWS)).round().astype(np.int64))
        model = RiverLODA(n_bins=LODA_BINS, n_random_cuts=LODA_CUTS, seed=seed)
        _learn(model, scale(X[rows]))
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

    def _score(self, X: Floats) -> Floats:
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
        return np.asarray(-np.log(np.maximum(density, 1e-12)).mean(axis=0), dtype=np.float64)

    def arrays(self) -> Arrays:
        return {**super().arrays(), "scale_low": self.scale.low, "scale_span": self.scale.span,
                "loda_features": self.features, "loda_weights": self.weights, "loda_left": self.left,
                "loda_right": self.right, "loda_density": self.density}


def fit(name: str, X: Floats, *, seed: int = 0) -> tuple[Detector, Floats]:
    """Fit detector ``name`` on ``X`` with PyOD; return our array form and PyOD's training scores."""
    from pyod.models.copod import COPOD as PyodCOPOD
    from pyod.models.ecod import ECOD as PyodECOD
    from pyod.models.hbos import HBOS as PyodHBOS
    from pyod.models.iforest import IForest as PyodIForest

    tails = TailModel.fit(X)
    if name == "ecod":
        ecod = ECOD(tails)
        return ecod, (ecod.training_scores(X) if X.shape[0] > MAX_ECDF_ROWS
                      else _decision_scores(PyodECOD().fit(X)))
    if name == "copod":
        copod = COPOD(tails)
        return copod, (copod.training_scores(X) if X.shape[0] > MAX_ECDF_ROWS
                       else _decision_scores(PyodCOPOD().fit(X)))
    if name == "hbos":
        hbos: FittedHBOS = PyodHBOS(n_bins=HBOS_BINS, alpha=HBOS_ALPHA, tol=HBOS_TOL).fit(X)
        return HBOS.from_pyod(tails, hbos), _decision_scores(hbos)
    if name == "iforest":
        forest: FittedIForest = PyodIForest(n_estimators=IFOREST_TREES, max_samples=min(IFOREST_SAMPLES, X.shape[0]),
                                            random_state=seed, n_jobs=1).fit(X)
        return IForest.from_pyod(tails, forest), _decision_scores(forest)
    if name in STREAM_DETECTORS:
        stream: Detector = (HalfSpaceTrees if name == "hst" else LODA).fit(tails, X, seed=seed)
        return stream, stream.score(X)
    raise ValueError(f"unknown detector {name!r}; use one of {', '.join(DETECTORS)}")


def save(detector: Detector, path: Path) -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, allow_pickle=False, **detector.arrays())
    path.write_bytes(buffer.getvalue())


def load(name: str, path: Path) -> Detector:
    """Read a detector's arrays (never pickles) and check they fit together: each array's kind of number and
    number of dimensions, and every shape and index against the others, so a malformed package is refused
    here rather than failing (or looping) when it scores."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            a = _Archive({key: archive[key] for key in archive.files})
        tails = TailModel(a.floats("tail_sorted", 2), a.floats("tail_skew", 1))
        n_features = tails.sorted_values.shape[1]
        if tails.skew_sign.shape != (n_features,):
            raise ValueError("tail arrays disagree on the number of features")
        if name == "ecod":
            return ECOD(tails)
        if name == "copod":
            return COPOD(tails)
        if name == "hbos":
            hist, edges, params = a.floats("hbos_hist", 2), a.floats("hbos_edges", 2), a.floats("hbos_params", 1)
            if (hist.shape[0] < 1 or hist.shape[1] != n_features or edges.shape != (hist.shape[0] + 1, n_features)
                    or params.shape != (2,)):
                raise ValueError("histogram arrays disagree with each other or with the features")
            return HBOS(tails, hist, edges, float(params[0]), float(params[1]))
        if name == "iforest":
            norm = a.floats("if_norm", 1)
            if norm.shape != (3,) or not np.isfinite(norm).all():
                raise ValueError("if_norm must hold the denominator, the offset and the depth")
            detector = IForest(tails, a.indices("if_feature", 1), a.floats("if_threshold", 1), a.indices("if_left", 1),
                               a.indices("if_right", 1), a.floats("if_leaf_value", 1), a.indices("if_roots", 1), norm)
            n_nodes = detector.feature.size
            if any(array.shape != (n_nodes,) for array in (detector.threshold, detector.left, detector.right,
                                                             detector.leaf_value)):
                raise ValueError("isolation-forest arrays disagree on the number of nodes")
            if (detector.feature.max(initial=0) >= n_features or detector.roots.size == 0
                    or max(detector.left.max(initial=0), detector.right.max(initial=0), detector.roots.max()) >= n_nodes
                    or not 0 <= detector.depth <= n_nodes):
                raise ValueError("isolation-forest arrays point outside the forest")
            return detector
        if name in STREAM_DETECTORS:
            scale = MinMax(a.floats("scale_low", 1), a.floats("scale_span", 1))
            if scale.low.shape != scale.span.shape or scale.low.shape != tails.skew_sign.shape:
                raise ValueError("scaling arrays disagree on the number of features")
            if name == "hst":
                window = a.indices("hst_window", 1)
                if window.shape != (1,) or window[0] < 1:
                    raise ValueError("hst_window must hold the reference window, at least 1")
                hst = HalfSpaceTrees(tails, scale, a.indices("hst_feature", 2), a.floats("hst_threshold", 2),
                                     a.floats("hst_mass", 2), int(window[0]))
                branches = hst.mass.shape[1] // 2
                if (hst.mass.size == 0 or hst.feature.shape != (hst.mass.shape[0], branches)
                        or hst.threshold.shape != hst.feature.shape
                        or hst.mass.shape[1] + 1 != 2 ** (hst.height + 1)
                        or hst.feature.max(initial=0) >= scale.low.size):
                    raise ValueError("half-space-tree arrays do not form complete trees over the features")
                return hst
            loda = LODA(tails, scale, a.indices("loda_features", 2), a.floats("loda_weights", 2),
                        a.floats("loda_left", 2), a.floats("loda_right", 2), a.floats("loda_density", 2))
            if (loda.weights.shape[0] == 0 or loda.features.shape != loda.weights.shape
                    or loda.left.shape != loda.right.shape
                    or loda.density.shape != loda.left.shape or loda.left.shape[0] != loda.weights.shape[0]
                    or loda.features.max(initial=0) >= scale.low.size):
                raise ValueError("LODA arrays disagree in shape or name features it does not have")
            return loda
    except (OSError, KeyError, ValueError) as exc:
        raise PackageError(f"cannot read detector {name!r} from {path.name}: {exc}") from exc
    raise PackageError(f"unknown detector {name!r}; use one of {', '.join(DETECTORS)}")


class _Archive:
    """A detector file's arrays, each read as the kind of number and the number of dimensions it must have
    (``ValueError`` otherwise): an ``.npz`` may hold text, booleans or the wrong shape."""

    def __init__(self, arrays: Arrays) -> None:
        self.arrays = arrays

    def floats(self, key: str, ndim: int) -> Floats:
        value = self._get(key, ndim)
        if value.dtype.kind not in "fiu":
            raise ValueError(f"{key} holds {value.dtype}, not numbers")
        return value.astype(np.float64, copy=False)

    def indices(self, key: str, ndim: int) -> Indices:
        """Non-negative integers that fit an int32 (node, feature and window numbers)."""
        value = self._get(key, ndim)
        if value.dtype.kind not in "iu":
            raise ValueError(f"{key} holds {value.dtype}, not integers")
        if value.size and (value.min() < 0 or value.max() > np.iinfo(np.int32).max):
            raise ValueError(f"{key} holds a value outside 0..{np.iinfo(np.int32).max}")
        return value.astype(np.int32, copy=False)

    def _get(self, key: str, ndim: int) -> npt.NDArray[Any]:
        value = self.arrays[key]
        if value.ndim != ndim:
            raise ValueError(f"{key} has {value.ndim} dimensions, not {ndim}")
        return value
