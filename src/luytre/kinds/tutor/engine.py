"""The tutor's decisions for one learner: which item next, and why; what an answer changes.

``TutorEngine`` holds no learner data: ``LearnerState`` comes from the node's
database (or the simulator) and goes back there. The policy, in order:

1. the daily load cap (``daily_cap`` items a day) ends the day's practice;
2. reviews due: the item whose predicted recall (FSRS retrievability) has fallen
   furthest below the target retention;
3. new practice: a skill not yet mastered whose prerequisites are all mastered
   (BKT p(known) ≥ 0.95), a different one from the last item when there is a
   choice (interleaving), and in it the unseen item whose predicted success
   (Elo) is closest to 72.5 %, inside the 60–85 % band when one is; when every new item is below the
   band (after misses), an item already met of the skill or its prerequisites that is inside it;
4. when everything is mastered, the weakest memory.
Every choice carries its reason in Vietnamese and English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from luytre.kinds.tutor.bank import Bank, Item
from luytre.kinds.tutor.models import MASTERY, Bkt, FsrsMemory, elo_predict, elo_update

if TYPE_CHECKING:
    from fsrs.card import CardDict

TARGET_SUCCESS = (0.60, 0.85)
DAILY_CAP = 20


@dataclass
class LearnerState:
    """What the models know about one learner on one bank."""

    cards: dict[str, CardDict] = field(default_factory=dict)  # item id -> FSRS card
    known: dict[str, float] = field(default_factory=dict)  # skill id -> BKT p(known)
    ability: dict[str, float] = field(default_factory=dict)  # skill id -> Elo ability
    last_seen: dict[str, float] = field(default_factory=dict)  # item id -> day
    today: int = 0  # items answered on the current day
    last_skill: str | None = None


@dataclass
class Choice:
    item: Item | None
    reason: dict[str, str]  # {"code", "vi", "en"}
    predicted: float | None = None  # predicted probability of a correct answer
    skill: str | None = None


class TutorEngine:
    """Policy and model updates for one bank; ``difficulty`` is the school's calibration of its items."""

    def __init__(self, bank: Bank, memory: FsrsMemory | None = None, bkt: Bkt | None = None,
                 difficulty: dict[str, float] | None = None, answers: dict[str, int] | None = None,
                 daily_cap: int = DAILY_CAP) -> None:
        self.bank = bank
        self.memory = memory or FsrsMemory()
        self.bkt = bkt or Bkt()
        self.difficulty = {i.id: i.difficulty for i in bank.items} | (difficulty or {})
        self.answers_per_item = dict(answers or {})  # answers each item's difficulty was estimated from
        self.daily_cap = daily_cap
        self._order = bank.skill_order()

    # -- predictions ------------------------------------------------------------------------------------

    def known(self, state: LearnerState, skill: str) -> float:
        return state.known.get(skill, self.bkt.of(skill).p_init)

    def mastered(self, state: LearnerState, skill: str) -> bool:
        return self.known(state, skill) >= MASTERY

    def ability(self, state: LearnerState, skill: str) -> float:
        if skill in state.ability:
            return state.ability[skill]
        others = list(state.ability.values())
        return sum(others) / len(others) if others else 0.0  # cold start from the learner's other skills

    def success(self, state: LearnerState, item: Item) -> float:
        """Predicted p(correct) for a first attempt (Elo, averaged over the item's skills)."""
        predicted = (elo_predict(self.ability(state, s), self.difficulty[item.id]) for s in item.skills)
        return sum(predicted) / len(item.skills)

    # -- the policy -------------------------------------------------------------------------------------

    def next_item(self, state: LearnerState, day: float, focus: str | None = None) -> Choice:
        """The next item for ``state`` at ``day``; ``focus`` limits new practice to one skill."""
        if state.today >= self.daily_cap:
            return Choice(None, _reason("daily_cap", f"Đã đủ {self.daily_cap} câu hôm nay; nghỉ ngơi và quay lại "
                                        "ngày mai giúp nhớ lâu hơn.", f"That is {self.daily_cap} items today; "
                                        "resting and coming back tomorrow helps memory."))
        review = self._due_review(state, day, focus)
        if review is not None:
            return review
        fresh = self._new_practice(state, focus)
        if fresh is not None:
            return fresh
        weakest = self._weakest(state, day, focus)
        if weakest is not None:
            return weakest
        return Choice(None, _reason("done", "Em đã vững mọi kỹ năng của bộ bài này.",
                                    "Every skill of this bank is mastered."))

    def _due_review(self, state: LearnerState, day: float, focus: str | None) -> Choice | None:
        target = self.memory.desired_retention
        due = []
        for item_id, card in state.cards.items():
            item = self.bank.item(item_id)
            if focus and focus not in item.skills:
                continue
            recall = self.memory.retrievability(card, day)
            if recall < target and day - state.last_seen.get(item_id, -1e9) >= 0.01:  # not the item just answered
                due.append((recall, item))
        if not due:
            return None
        recall, item = min(due, key=lambda d: d[0])
        return Choice(item, _reason("review", f"Ôn lại trước khi quên: khả năng nhớ câu này còn {recall:.0%}, dưới "
                                    f"mục tiêu {target:.0%}.", f"Review before forgetting: predicted recall "
                                    f"{recall:.0%} is below the {target:.0%} target."), recall, item.skills[0])

    def _frontier(self, state: LearnerState, focus: str | None) -> list[str]:
        if focus:
            return [focus] if not self.mastered(state, focus) else []
        return [s for s in self._order if not self.mastered(state, s)
                and all(self.mastered(state, p) for p in self.bank.skill(s).prerequisites)]

    def _new_practice(self, state: LearnerState, focus: str | None) -> Choice | None:
        frontier = [s for s in self._frontier(state, focus) if self._unseen(state, s)]
        if not frontier:
            return None
        skills = [s for s in frontier if s != state.last_skill] or frontier  # interleave when there is a choice
        skill = skills[0]
        low, high = TARGET_SUCCESS
        scored = [(self.success(state, item), item) for item in self._unseen(state, skill)]
        in_band = [c for c in scored if low <= c[0] <= high]
        if not in_band and max(p for p, _ in scored) < low:
            retry = self._easier_retry(state, skill, max(p for p, _ in scored))
            if retry is not None:
                return retry
        p, item = min(in_band or scored, key=lambda c: (abs(c[0] - (low + high) / 2), c[1].id))
        name = self.bank.skill(skill).name
        prerequisites = self.bank.skill(skill).prerequisites
        missing = [self.bank.skill(s).name.vi for s in prerequisites if not self.mastered(state, s)]
        if missing:
            why_vi = f"Em chọn luyện {name.vi}; nên vững thêm: {', '.join(missing)}."
            first = ", ".join(self.bank.skill(s).name.en for s in prerequisites if not self.mastered(state, s))
            why_en = f"You chose {name.en}; these come first: {first}."
        elif prerequisites:
            why_vi = f"Kỹ năng tiếp theo: {name.vi} (đã vững các kỹ năng cần trước)."
            why_en = f"Next skill: {name.en} (its prerequisites are mastered)."
        else:
            why_vi, why_en = f"Kỹ năng tiếp theo: {name.vi}.", f"Next skill: {name.en}."
        return Choice(item, _reason("new", f"{why_vi} Câu này dự đoán em làm đúng {p:.0%} ({band(p)}, mục tiêu "
                                    "60–85%).", f"{why_en} Predicted success {p:.0%} (target 60–85%)."), p, skill)

    def _easier_retry(self, state: LearnerState, skill: str, best_new: float) -> Choice | None:
        """After misses every new item of ``skill`` is below the target window: an item already met (its solution
        was shown) of the skill or of what it builds on, inside the window if one is, else the easiest one if it
        is easier than every new item; None when there is none."""
        low, high = TARGET_SUCCESS
        last = max(state.last_seen, key=lambda i: state.last_seen[i], default=None)
        skills = {skill, *self.bank.skill(skill).prerequisites}
        scored = [(self.success(state, item), item) for item in self.bank.items
                  if item.id in state.cards and item.id != last and skills & set(item.skills)]
        in_band = [c for c in scored if low <= c[0] <= high]
        if in_band:
            p, item = min(in_band, key=lambda c: (abs(c[0] - (low + high) / 2), c[1].id))
        elif scored and max(p for p, _ in scored) > best_new:
            p, item = max(scored, key=lambda c: (c[0], c[1].id))
        else:
            return None
        name = self.bank.skill(skill).name
        return Choice(item, _reason("retry", f"Các câu mới của {name.vi} đang khó so với sức em lúc này; làm lại một "
                                    f"câu đã gặp cho vững: dự đoán em làm đúng {p:.0%} ({band(p)}, mục tiêu 60–85%).",
                                    f"The new items of {name.en} are too hard for now; retry one you have met: "
                                    f"predicted success {p:.0%} (target 60–85%)."), p, skill)

    def _unseen(self, state: LearnerState, skill: str) -> list[Item]:
        return [i for i in self.bank.items_of(skill) if i.id not in state.cards]

    def _weakest(self, state: LearnerState, day: float, focus: str | None) -> Choice | None:
        cards = [(self.memory.retrievability(card, day), self.bank.item(i)) for i, card in state.cards.items()
                 if (not focus or focus in self.bank.item(i).skills) and day - state.last_seen.get(i, -1e9) >= 0.01]
        if not cards:
            return None
        recall, item = min(cards, key=lambda c: c[0])
        return Choice(item, _reason("practice", f"Luyện thêm câu em dễ quên nhất (khả năng nhớ {recall:.0%}).",
                                    f"Extra practice on the item you are likeliest to forget ({recall:.0%})."),
                      recall, item.skills[0])

    # -- updates ----------------------------------------------------------------------------------------

    def record(self, state: LearnerState, item: Item, correct: bool, day: float) -> dict[str, Any]:
        """Apply one answer to ``state`` (and to the item's calibration); returns what changed."""
        card = state.cards.get(item.id) or self.memory.new_card()
        recall_before = self.memory.retrievability(card, day) if item.id in state.cards else None
        state.cards[item.id] = self.memory.review(card, correct, day)
        changes: dict[str, Any] = {"recall_before": recall_before, "skills": {}}
        n = self.answers_per_item.get(item.id, 0)
        for skill in item.skills:
            before = self.known(state, skill)
            state.known[skill] = self.bkt.of(skill).update(before, correct)
            state.ability[skill], self.difficulty[item.id] = elo_update(
                self.ability(state, skill), self.difficulty[item.id], correct, n)
            changes["skills"][skill] = {"known_before": round(before, 4), "known": round(state.known[skill], 4),
                                        "mastered": state.known[skill] >= MASTERY}
        self.answers_per_item[item.id] = n + 1
        state.last_seen[item.id] = day
        state.last_skill = item.skills[0]
        state.today += 1
        return changes


def band(p: float) -> str:
    """How hard an item is for the learner, in words, from its predicted success."""
    low, high = TARGET_SUCCESS
    if p < low:
        return "khó" if p < low - 0.15 else "hơi khó"
    if p > high:
        return "dễ" if p > high + 0.1 else "hơi dễ"
    return "vừa sức"


def _reason(code: str, vi: str, en: str) -> dict[str, str]:
    return {"code": code, "vi": vi, "en": en}
