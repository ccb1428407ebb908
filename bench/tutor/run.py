"""The tutor's models and policy on simulated learners (see ``luytre.kinds.tutor.simulator``).

    .venv/bin/python bench/tutor/run.py [--learners 60] [--days 30]

These are **simulation results**: the simulated learners forget and learn by
models the tutor does not use (half-life regression memory; continuous latent
skills), and every answer comes with its true probability, printed as the
noise floor. Logs come from the tutor's own policy; the first 70 % of the days
fit the models (FSRS's initial stabilities and decay, BKT per skill, PFA, the
constant), the last 30 % score them, each prediction made before its answer.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
BANKS = ROOT / "experts" / "vn-tutor" / "banks"


def metrics(y: list[bool], p: list[float]) -> str:
    from luytre.kinds.tutor.models import auc, log_loss, rmse_bins

    ya, pa = np.array(y, dtype=float), np.array(p, dtype=float)
    return f"{log_loss(ya, pa):9.4f} {rmse_bins(ya, pa):9.4f} {auc(ya, pa):7.4f}"


def memory_table(events, cutoff: float) -> None:
    from luytre.kinds.tutor.models import ConstantMemory, FsrsMemory, LeitnerMemory, Sm2Memory, fit_fsrs

    histories: dict[tuple[str, str], list] = defaultdict(list)
    for e in events:
        histories[(e.learner, e.item)].append(e)
    train = [[(e.day, e.correct) for e in h if e.day < cutoff] for h in histories.values()]
    train = [h for h in train if len(h) > 1]
    fitted, info = fit_fsrs(train)
    models = {"FSRS-6 (default parameters)": FsrsMemory(), "FSRS-6 (fitted w0-w3, w20)": FsrsMemory(fitted),
              "SM-2": Sm2Memory(), "Leitner (5 boxes)": LeitnerMemory(), "constant": ConstantMemory().fit(train)}
    y, truth, predicted = [], [], {name: [] for name in models}
    for history in histories.values():
        reviews = [(e.day, e.correct) for e in history]
        scored = [i for i, e in enumerate(history) if i > 0 and e.day >= cutoff]
        if not scored:
            continue
        for name, model in models.items():
            p = model.predict_history(reviews)
            predicted[name] += [p[i] for i in scored]
        y += [history[i].correct for i in scored]
        truth += [history[i].true_p for i in scored]
    print(f"Memory (vocabulary bank): {len(y)} test reviews; FSRS fit on {info['reviews']} training reviews")
    print(f"{'model':30} {'log loss':>9} {'RMSE(bins)':>9} {'AUC':>7}")
    for name, p in predicted.items():
        print(f"{name:30} {metrics(y, p)}")
    print(f"{'noise floor (true p)':30} {metrics(y, truth)}\n")


def skill_table(events, bank, cutoff: float) -> None:
    from sklearn.linear_model import LogisticRegression

    from luytre.kinds.tutor.models import Bkt, elo_predict, elo_update

    skill_of = {e.item: e.skills[0] for e in events}
    runs: dict[tuple[str, str], list] = defaultdict(list)
    for e in events:
        runs[(e.learner, skill_of[e.item])].append(e)
    bkt = Bkt().fit({s: [[e.correct for e in run if e.day < cutoff] for (_, sk), run in runs.items() if sk == s]
                     for s in bank.skill_order()})
    bkt_p: dict[int, float] = {}
    for (learner, skill), run in runs.items():
        params, known = bkt.of(skill), bkt.of(skill).p_init
        for e in run:
            bkt_p[id(e)] = params.predict(known)
            known = params.update(known, e.correct)
    ability: dict[tuple[str, str], float] = {}
    difficulty = {i.id: i.difficulty for i in bank.items}
    answered: dict[str, int] = defaultdict(int)
    elo_p: dict[int, float] = {}
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    features, targets = [], []
    index = {s: n for n, s in enumerate(bank.skill_order())}
    for e in sorted(events, key=lambda e: e.day):
        key = (e.learner, skill_of[e.item])
        theta = ability.get(key, 0.0)
        elo_p[id(e)] = elo_predict(theta, difficulty[e.item])
        ability[key], difficulty[e.item] = elo_update(theta, difficulty[e.item], e.correct, answered[e.item])
        answered[e.item] += 1
        row = np.zeros(3 * len(index))
        wins, losses = counts[key]
        row[index[key[1]]], row[len(index) + index[key[1]]] = 1, math.log1p(wins)
        row[2 * len(index) + index[key[1]]] = math.log1p(losses)
        features.append(row)
        targets.append(e.correct)
        counts[key][0 if e.correct else 1] += 1
    ordered = sorted(events, key=lambda e: e.day)
    train = [n for n, e in enumerate(ordered) if e.day < cutoff]
    test = [n for n, e in enumerate(ordered) if e.day >= cutoff]
    pfa = LogisticRegression(C=10.0, max_iter=2000).fit(np.array(features)[train], np.array(targets)[train])
    pfa_p = pfa.predict_proba(np.array(features)[test])[:, 1]
    y = [ordered[n].correct for n in test]
    print(f"Skills (mathematics bank): {len(y)} test answers")
    print(f"{'model':30} {'log loss':>9} {'RMSE(bins)':>9} {'AUC':>7}")
    print(f"{'BKT (fitted per skill)':30} {metrics(y, [bkt_p[id(ordered[n])] for n in test])}")
    print(f"{'Elo (ability x difficulty)':30} {metrics(y, [elo_p[id(ordered[n])] for n in test])}")
    print(f"{'PFA-style logistic':30} {metrics(y, list(pfa_p))}")
    print(f"{'noise floor (true p)':30} {metrics(y, [ordered[n].true_p for n in test])}\n")


def main() -> None:
    from luytre.kinds.tutor.bank import load_bank
    from luytre.kinds.tutor.simulator import Simulator

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=60)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    cutoff = 0.7 * args.days
    vocab, math_bank = load_bank(BANKS / "english-vocab.yaml"), load_bank(BANKS / "math-thcs.yaml")
    print(f"SIMULATION: {args.learners} simulated learners, {args.days} days, 20 items a day\n")
    events, _ = Simulator(vocab, "memory", args.learners, seed=7).run("policy", args.days)
    memory_table(events, cutoff)
    events, _ = Simulator(math_bank, "skills", args.learners, seed=7).run("policy", args.days)
    skill_table(events, math_bank, cutoff)
    print("Learning outcomes after the simulated days (mean per learner; same learners, same seed)")
    print(f"{'policy':22} {'math skills mastered':>22} {'words recalled p>=0.85':>24}")
    for chooser in ("policy", "random", "fixed"):
        _, skills = Simulator(math_bank, "skills", args.learners, seed=11).run(chooser, args.days)
        _, words = Simulator(vocab, "memory", args.learners, seed=11).run(chooser, args.days)
        print(f"{chooser:22} {skills['mastered_mean']:14.2f} / {skills['of']:<5} "
              f"{words['mastered_mean']:15.1f} / {words['of']}")


if __name__ == "__main__":
    sys.exit(main())
