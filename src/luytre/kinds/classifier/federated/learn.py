"""Local training of the shared linear model: what each organization runs on its own data.

Multinomial logistic regression on hashed features (``luytre.text.hashed``),
trained by full-batch gradient descent with momentum from the global weights of
the round. ``proximal_mu > 0`` adds FedProx's term ``mu/2 * ||W - W_global||^2``,
which keeps a node with skewed labels from drifting far from the others.
Only NumPy and SciPy: this module runs inside Flower's ClientApp processes.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from luytre.text.hashed import hashed_features, softmax

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix


@dataclass(frozen=True)
class LocalData:
    """One organization's labelled texts, split into a training part and a held-out part."""

    train: list[tuple[str, str]]
    held_out: list[tuple[str, str]]


def read_rows(path: Path) -> list[tuple[str, str]]:
    """``(text, label)`` rows of a JSONL file of ``{"text", "label"}`` objects."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                or not isinstance(record.get("label"), str):
            raise ValueError(f"{path.name}:{n}: expected an object with string 'text' and 'label'")
        rows.append((record["text"], record["label"]))
    return rows


def split_local(rows: Sequence[tuple[str, str]], held_out_share: float = 0.2, seed: int = 0) -> LocalData:
    """A stratified split of a node's rows; labels with one example stay in training."""
    by_label: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        by_label[row[1]].append(row)
    rng = random.Random(seed)
    train, held = [], []
    for label in sorted(by_label):
        group = by_label[label][:]
        rng.shuffle(group)
        cut = round(len(group) * held_out_share) if len(group) > 1 else 0
        held += group[:cut]
        train += group[cut:]
    return LocalData(train, held)


def label_skew_split(rows: Sequence[tuple[str, str]], parts: int, dominant_share: float = 0.7,
                     seed: int = 0) -> list[list[tuple[str, str]]]:
    """Non-IID shares: each label goes mostly (``dominant_share``) to one part, the rest spread evenly."""
    by_label: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        by_label[row[1]].append(row)
    rng = random.Random(seed)
    shares: list[list[tuple[str, str]]] = [[] for _ in range(parts)]
    for n, label in enumerate(sorted(by_label)):
        group = by_label[label][:]
        rng.shuffle(group)
        dominant = n % parts
        cut = round(len(group) * dominant_share)
        shares[dominant] += group[:cut]
        others = [p for p in range(parts) if p != dominant]
        for i, row in enumerate(group[cut:]):
            shares[others[i % len(others)]].append(row)
    return shares


@dataclass(frozen=True)
class TrainOptions:
    epochs: int = 20
    learning_rate: float = 10.0  # 30 oscillated (momentum 0.9) on the triage data with its self-harm rows
    momentum: float = 0.9
    l2: float = 1e-5
    proximal_mu: float = 0.0
    balanced: bool = False  # weight examples by inverse local label frequency (label-skewed nodes)


def fit_local(texts: Sequence[str], labels: Sequence[str], classes: Sequence[str], coef: np.ndarray,
              intercept: np.ndarray, options: TrainOptions) -> tuple[np.ndarray, np.ndarray]:
    """New ``(coef, intercept)`` after local training from the given global weights.

    Labels not in ``classes`` are skipped (a node may hold labels the run does not train)."""
    index = {c: i for i, c in enumerate(classes)}
    keep = [i for i, label in enumerate(labels) if label in index]
    if not keep:
        return coef.copy(), intercept.copy()
    matrix = hashed_features([texts[i] for i in keep], coef.shape[0])
    return fit_features(matrix, np.array([index[labels[i]] for i in keep]), coef, intercept, options)


def fit_features(matrix: csr_matrix, targets: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 options: TrainOptions) -> tuple[np.ndarray, np.ndarray]:
    """Local training on hashed rows ``matrix`` with class indices ``targets``."""
    n = len(targets)
    target = np.zeros((n, coef.shape[1]), dtype=np.float32)
    target[np.arange(n), targets] = 1.0
    start_w, start_b = coef.astype(np.float32), intercept.astype(np.float32)
    w, b = start_w.copy(), start_b.copy()
    velocity_w, velocity_b = np.zeros_like(w), np.zeros_like(b)
    weight = np.full((n, 1), 1.0 / n, dtype=np.float32)
    if options.balanced:
        counts = target.sum(axis=0)
        weight = (1.0 / (np.count_nonzero(counts) * counts[targets]))[:, None].astype(np.float32)
    for _ in range(options.epochs):
        error = (softmax(np.asarray(matrix @ w) + b) - target) * weight
        grad_w = np.asarray(matrix.T @ error) + options.l2 * w + options.proximal_mu * (w - start_w)
        grad_b = error.sum(axis=0) + options.proximal_mu * (b - start_b)
        velocity_w = options.momentum * velocity_w - options.learning_rate * grad_w
        velocity_b = options.momentum * velocity_b - options.learning_rate * grad_b
        w += velocity_w
        b += velocity_b
    return w, b


def evaluate_rows(coef: np.ndarray, intercept: np.ndarray, classes: Sequence[str],
                  rows: Sequence[tuple[str, str]]) -> tuple[float, float]:
    """``(mean cross-entropy, accuracy)`` on ``rows``; labels outside ``classes`` count as errors."""
    if not rows:
        return float("nan"), float("nan")
    index = {c: i for i, c in enumerate(classes)}
    probabilities = softmax(np.asarray(hashed_features([t for t, _ in rows], coef.shape[0]) @ coef) + intercept)
    truth = np.array([index.get(label, -1) for _, label in rows])
    known = truth >= 0
    picked = probabilities[np.arange(len(rows))[known], truth[known]]
    loss = float(-np.mean(np.log(np.maximum(picked, 1e-12)))) if known.any() else float("nan")
    return loss, float(np.mean(probabilities.argmax(axis=1) == truth))


def accuracy(coef: np.ndarray, intercept: np.ndarray, classes: Sequence[str],
             rows: Sequence[tuple[str, str]]) -> float:
    return evaluate_rows(coef, intercept, classes, rows)[1]
