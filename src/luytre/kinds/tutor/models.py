"""Learner models: memory (FSRS-6, with SM-2, Leitner and a constant as baselines) and skills
(Bayesian Knowledge Tracing, with Elo and a PFA-style logistic model as baselines).

Every model predicts the probability of a correct answer *before* it sees the
answer, then updates; that is how they are scored (``bench/tutor``) and how the
next-item policy uses them. Times are in days (floats) for the models; the node
stores UTC datetimes and converts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import fsrs
import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from fsrs.card import CardDict

EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
DEFAULT_RETENTION = 0.9
Floats = npt.NDArray[np.float64]


def as_datetime(day: float) -> datetime:
    return EPOCH + timedelta(days=day)


def as_day(when: datetime) -> float:
    return (when - EPOCH).total_seconds() / 86400


# -- memory -------------------------------------------------------------------------------------------

class FsrsMemory:
    """FSRS-6 through the ``fsrs`` package: one card per (learner, item), rated Good or Again."""

    def __init__(self, parameters: Sequence[float] | None = None,
                 desired_retention: float = DEFAULT_RETENTION) -> None:
        self.parameters = tuple(parameters) if parameters is not None else tuple(fsrs.Scheduler().parameters)
        self.desired_retention = desired_retention
        self.scheduler = fsrs.Scheduler(parameters=self.parameters, desired_retention=desired_retention,
                                        enable_fuzzing=False)

    def new_card(self) -> CardDict:
        return fsrs.Card(card_id=1).to_dict()

    def retrievability(self, card: CardDict, day: float) -> float:
        """Probability of recall at ``day``; 0 for a card never reviewed."""
        state = fsrs.Card.from_dict(card)
        if state.last_review is None:
            return 0.0
        return float(self.scheduler.get_card_retrievability(state, as_datetime(day)))

    def review(self, card: CardDict, correct: bool, day: float) -> CardDict:
        rating = fsrs.Rating.Good if correct else fsrs.Rating.Again
        updated, _ = self.scheduler.review_card(fsrs.Card.from_dict(card), rating, as_datetime(day))
        return updated.to_dict()

    def due_day(self, card: CardDict) -> float:
        return as_day(fsrs.Card.from_dict(card).due)

    def predict_history(self, reviews: Sequence[tuple[float, bool]], first: float = 0.5) -> list[float]:
        """p(recall) before each review of one card, replaying the earlier ones."""
        card = self.new_card()
        out: list[float] = []
        for day, correct in reviews:
            out.append(self.retrievability(card, day) if out else first)
            card = self.review(card, correct, day)
        return out


def fit_fsrs(histories: Sequence[Sequence[tuple[float, bool]]], base: Sequence[float] | None = None,
             min_reviews: int = 500) -> tuple[tuple[float, ...], dict[str, float]]:
    """Fit FSRS's initial stabilities (w0–w3) and its forgetting-curve decay (w20) to review histories,
    by bounded quasi-Newton search on log loss (no torch). Fewer than ``min_reviews`` reviews after the
    first: the defaults are kept, as FSRS advises."""
    from scipy.optimize import minimize

    params = list(base if base is not None else fsrs.Scheduler().parameters)
    n = sum(max(len(h) - 1, 0) for h in histories)
    if n < min_reviews:
        return tuple(params), {"reviews": n, "fitted": 0}
    free = [0, 1, 2, 3, 20]
    bounds = [(0.01, 100.0)] * 4 + [(0.1, 0.8)]

    def loss(x: Floats) -> float:
        trial = list(params)
        for i, value in zip(free, x):
            trial[i] = float(value)
        model = FsrsMemory(trial)
        p: list[float] = []
        y: list[bool] = []
        for history in histories:
            p += model.predict_history(history)[1:]
            y += [c for _, c in history[1:]]
        return log_loss(np.array(y, dtype=float), np.array(p))

    before = loss(np.array([params[i] for i in free]))
    result = minimize(loss, np.array([params[i] for i in free]), method="L-BFGS-B", bounds=bounds,
                      options={"maxiter": 15, "eps": 1e-3})
    if result.fun < before:
        for i, value in zip(free, result.x):
            params[i] = float(value)
    return tuple(params), {"reviews": n, "fitted": 1, "log_loss_before": before,
                           "log_loss_after": min(result.fun, before)}


@dataclass
class Sm2Memory:
    """SuperMemo-2 intervals, read as p = 0.9 at the scheduled interval (exponential forgetting)."""

    def predict_history(self, reviews: Sequence[tuple[float, bool]], first: float = 0.5) -> list[float]:
        ef, interval, repetitions = 2.5, 0.0, 0
        last: float | None = None
        out: list[float] = []
        for day, correct in reviews:
            out.append(first if last is None else _at_interval(day - last, interval))
            quality = 4 if correct else 1
            if correct:
                repetitions += 1
                interval = 1.0 if repetitions == 1 else 6.0 if repetitions == 2 else interval * ef
            else:
                repetitions, interval = 0, 1.0
            ef = max(1.3, ef + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02))
            last = day
        return out


@dataclass
class LeitnerMemory:
    """Five Leitner boxes with intervals 1, 2, 4, 8, 16 days, read like SM-2's."""

    def predict_history(self, reviews: Sequence[tuple[float, bool]], first: float = 0.5) -> list[float]:
        box = 0
        last: float | None = None
        out: list[float] = []
        for day, correct in reviews:
            out.append(first if last is None else _at_interval(day - last, 2.0 ** box))
            box = min(box + 1, 4) if correct else 0
            last = day
        return out


@dataclass
class ConstantMemory:
    """The training set's recall rate, whatever the history."""

    rate: float = 0.5

    def fit(self, histories: Sequence[Sequence[tuple[float, bool]]]) -> "ConstantMemory":
        outcomes = [c for h in histories for _, c in h[1:]]
        self.rate = float(np.mean(outcomes)) if outcomes else 0.5
        return self

    def predict_history(self, reviews: Sequence[tuple[float, bool]], first: float = 0.5) -> list[float]:
        return [first] + [self.rate] * (len(reviews) - 1) if reviews else []


def _at_interval(elapsed: float, interval: float) -> float:
    return math.exp(math.log(0.9) * max(elapsed, 0.0) / max(interval, 1e-3))


# -- skills -------------------------------------------------------------------------------------------

@dataclass
class BktParams:
    p_init: float = 0.2
    p_learn: float = 0.15
    p_guess: float = 0.2
    p_slip: float = 0.1

    def predict(self, p_known: float) -> float:
        return p_known * (1 - self.p_slip) + (1 - p_known) * self.p_guess

    def update(self, p_known: float, correct: bool) -> float:
        """Posterior after one answer, then the chance of learning from the practice."""
        if correct:
            known = p_known * (1 - self.p_slip)
            posterior = known / max(known + (1 - p_known) * self.p_guess, 1e-9)
        else:
            known = p_known * self.p_slip
            posterior = known / max(known + (1 - p_known) * (1 - self.p_guess), 1e-9)
        return posterior + (1 - posterior) * self.p_learn


MASTERY = 0.95  # BKT's conventional mastery threshold on p(known)


@dataclass
class Bkt:
    """Bayesian Knowledge Tracing, one parameter set per skill, fitted by grid search on log loss."""

    params: dict[str, BktParams] = field(default_factory=dict)

    def of(self, skill: str) -> BktParams:
        return self.params.get(skill, BktParams())

    def fit(self, sequences: dict[str, list[list[bool]]], min_attempts: int = 100) -> "Bkt":
        """``sequences``: per skill, each learner's answers in order. Skills with fewer attempts keep defaults."""
        grid = [BktParams(i, learn, g, s) for i in (0.05, 0.2, 0.4, 0.6) for learn in (0.03, 0.08, 0.15, 0.3)
                for g in (0.1, 0.2, 0.3) for s in (0.05, 0.1, 0.2)]
        for skill, runs in sequences.items():
            if sum(len(r) for r in runs) < min_attempts:
                continue
            self.params[skill] = min(grid, key=lambda p: _bkt_loss(p, runs))
        return self


def _bkt_loss(params: BktParams, runs: list[list[bool]]) -> float:
    p: list[float] = []
    y: list[bool] = []
    for run in runs:
        known = params.p_init
        for correct in run:
            p.append(params.predict(known))
            y.append(correct)
            known = params.update(known, correct)
    return log_loss(np.array(y, dtype=float), np.array(p))


ELO_K_LEARNER = 0.4
ELO_K_ITEM = 0.1


def elo_predict(ability: float, difficulty: float) -> float:
    return 1.0 / (1.0 + math.exp(-(ability - difficulty)))


def elo_update(ability: float, difficulty: float, correct: bool, n_item: int = 0) -> tuple[float, float]:
    """New (ability, difficulty): both move by the surprise; an item moves less once it has many answers."""
    surprise = float(correct) - elo_predict(ability, difficulty)
    k_item = ELO_K_ITEM / (1 + n_item / 50)
    return ability + ELO_K_LEARNER * surprise, difficulty - k_item * surprise


# -- scoring ------------------------------------------------------------------------------------------

def log_loss(y: Floats, p: Floats) -> float:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) if len(y) else float("nan")


def rmse_bins(y: Floats, p: Floats, bins: int = 20) -> float:
    """Calibration error: RMSE between mean prediction and mean outcome over equal-width bins, weighted."""
    if not len(y):
        return float("nan")
    index = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in np.unique(index):
        mask = index == b
        total += mask.sum() * (p[mask].mean() - y[mask].mean()) ** 2
    return float(math.sqrt(total / len(y)))


def auc(y: Floats, p: Floats) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")
