"""Simulated learners for honest offline evaluation.

Their true behaviour deliberately follows models the tutor does not use, so
the tutor's models are tested, not flattered:

* **memory** (vocabulary banks): each item has a prior chance of being known
  (from the learner's and the item's level); after an exposure it is recalled
  with an *exponentially* decaying probability whose half-life grows on each
  success, more when recall was hard, and shrinks on a failure — a half-life
  regression learner, not FSRS's power-law curve;
* **skills** (mathematics): a latent proficiency per skill gives a logistic
  chance of success with guessing and slips; practice raises it at the
  learner's own rate, slowed when prerequisites are weak, and it decays a
  little each day — continuous, not BKT's two states.

Every simulated answer comes with its true probability, the noise floor the
models are compared with.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Callable

from luytre.kinds.tutor.bank import Bank, Item
from luytre.kinds.tutor.engine import LearnerState, TutorEngine

GUESS, SLIP = 0.15, 0.05
MASTERED_PROFICIENCY = 1.95  # p(correct) ≥ 0.85 on an item of difficulty 0


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


@dataclass
class SimulatedLearner:
    ident: str
    level: float  # general level (logit)
    memory: float  # median half-life after a first exposure, days
    rate: float  # learning rate per practice
    proficiency: dict[str, float] = field(default_factory=dict)
    half_life: dict[str, float] = field(default_factory=dict)
    last_exposure: dict[str, float] = field(default_factory=dict)
    last_practice: dict[str, float] = field(default_factory=dict)


@dataclass
class Event:
    learner: str
    item: str
    skills: tuple[str, ...]
    day: float
    correct: bool
    true_p: float


class Simulator:
    """A class of simulated learners working on one bank, in ``mode`` "memory" or "skills"."""

    def __init__(self, bank: Bank, mode: str, learners: int, seed: int = 0) -> None:
        if mode not in ("memory", "skills"):
            raise ValueError("mode is 'memory' or 'skills'")
        self.bank, self.mode = bank, mode
        self.rng = random.Random(seed)
        self.learners = [SimulatedLearner(f"sim-{n:04d}", self.rng.gauss(0.0, 0.8),
                                          math.exp(self.rng.gauss(math.log(0.8), 0.4)),
                                          math.exp(self.rng.gauss(math.log(0.25), 0.35)))
                         for n in range(learners)]
        for learner in self.learners:
            for skill in bank.skill_order():
                first = not bank.skill(skill).prerequisites
                learner.proficiency[skill] = self.rng.gauss(learner.level - (0.5 if first else 1.8), 0.6)

    # -- truth --------------------------------------------------------------------------------------------

    def true_p(self, learner: SimulatedLearner, item: Item, day: float) -> float:
        if self.mode == "memory":
            prior = _sigmoid(learner.level - item.difficulty - 1.0)
            if item.id not in learner.half_life:
                return prior
            elapsed = day - learner.last_exposure[item.id]
            return prior + (1 - prior) * 2 ** (-elapsed / learner.half_life[item.id])
        z = sum(self._proficiency(learner, s, day) for s in item.skills) / len(item.skills)
        return GUESS + (1 - GUESS - SLIP) * _sigmoid(z - item.difficulty)

    def _proficiency(self, learner: SimulatedLearner, skill: str, day: float) -> float:
        idle = day - learner.last_practice.get(skill, day)
        return learner.proficiency[skill] - 0.02 * idle

    def answer(self, learner: SimulatedLearner, item: Item, day: float) -> Event:
        """The learner answers (and sees the solution); their true state moves."""
        p = self.true_p(learner, item, day)
        correct = self.rng.random() < p
        if self.mode == "memory":
            if item.id not in learner.half_life:
                learner.half_life[item.id] = learner.memory * math.exp(-0.4 * item.difficulty)
            elif correct:
                learner.half_life[item.id] *= 1.8 + 1.5 * (1 - p)
            else:
                learner.half_life[item.id] = max(0.2, learner.half_life[item.id] * 0.6)
            learner.last_exposure[item.id] = day
        else:
            for skill in item.skills:
                current = self._proficiency(learner, skill, day)
                readiness = math.prod(_sigmoid(2 * self._proficiency(learner, p_, day))
                                      for p_ in self.bank.skill(skill).prerequisites)
                learner.proficiency[skill] = current + learner.rate * readiness * (1.3 if correct else 0.7)
                learner.last_practice[skill] = day
        return Event(learner.ident, item.id, tuple(item.skills), day, correct, p)

    def mastered(self, learner: SimulatedLearner, day: float) -> int:
        """Skills the learner truly masters at ``day`` (memory mode: items recalled with p ≥ 0.85)."""
        if self.mode == "memory":
            return sum(self.true_p(learner, i, day) >= 0.85 for i in self.bank.items)
        return sum(self._proficiency(learner, s, day) >= MASTERED_PROFICIENCY for s in self.bank.skill_order())

    # -- running a policy ---------------------------------------------------------------------------------

    def run(self, chooser: str, days: int, per_day: int = 20,
            progress: Callable[[int], None] = lambda done: None) -> tuple[list[Event], dict[str, float]]:
        """Every learner practises ``per_day`` items a day for ``days`` days, items chosen by ``chooser``:
        "policy" (the tutor), "random", or "fixed" (bank order, skills in prerequisite order)."""
        events: list[Event] = []
        fixed = [i for s in self.bank.skill_order() for i in self.bank.items_of(s)]
        engine = TutorEngine(self.bank, daily_cap=per_day)  # one school: item calibration is shared
        for done, learner in enumerate(self.learners, start=1):
            state = LearnerState()
            cursor = 0
            for day in range(days):
                state.today = 0
                for slot in range(per_day):
                    now = day + 0.35 + slot * 0.002  # a session in the morning, a couple of minutes an item
                    if chooser == "policy":
                        item = engine.next_item(state, now).item
                    elif chooser == "random":
                        item = self.rng.choice(self.bank.items)
                    else:
                        item, cursor = fixed[cursor % len(fixed)], cursor + 1
                    if item is None:
                        break
                    event = self.answer(learner, item, now)
                    engine.record(state, item, event.correct, now)
                    events.append(event)
            progress(done)
        end = float(days)
        outcome = {"mastered_mean": sum(self.mastered(learner, end) for learner in self.learners) / len(self.learners),
                   "of": len(self.bank.items) if self.mode == "memory" else len(self.bank.skills)}
        return events, outcome
