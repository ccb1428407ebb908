"""The tutor on a node: sessions, answers, progress, class reports, export and erasure.

All learner data lives in the node's database (``tutor_*`` tables) and nowhere
else. Typed answers are checked and dropped: only whether an answer was right is
kept. Erasing a learner deletes every row that names them; what remains is the
school's per-item difficulty estimate, an aggregate that names nobody.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import CursorResult, Delete, delete, func, select
from sqlalchemy.orm import Session

from luytre.access import Caller, hash_secret
from luytre.errors import Forbidden, InvalidQuery, NotCurrentItem, NotFound
from luytre.kinds import KindContext
from luytre.kinds.tutor.bank import Bank, Item, check_answer, feedback
from luytre.kinds.tutor.engine import DAILY_CAP, LearnerState, TutorEngine
from luytre.kinds.tutor.models import MASTERY, FsrsMemory, as_day, fit_fsrs
from luytre.kinds.tutor.tables import AttemptRow, ItemCalibrationRow, LearnerRow, LearnerStateRow, SessionRow
from luytre.sovereignty.consent import check_subject
from luytre.store.quotas import ClientQuota

SCHOOL_DAY = timezone(timedelta(hours=7))  # Vietnam; a "day" of practice is a local calendar day
_CLASS = re.compile(r"^[\w.-]{1,64}$")
MAX_RESPONSE_CHARS = 500
STAFF_ROLES = frozenset({"teacher", "clerk", "operator"})
TUTOR_MEMORY_FILE = "tutor-memory.json"  # in the node home: the school's fitted FSRS parameters


_QUOTA_REFUSAL = ("this client {} in the last hour, the most this node allows without a teacher key ({}); "
                  "a teacher key starts more")


class TutorService:
    """Tutoring on a node: its database through ``ctx``, the banks of its installed tutor experts."""

    def __init__(self, ctx: KindContext, *, daily_cap: int = DAILY_CAP,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.ctx = ctx
        self.daily_cap = daily_cap
        self.clock = clock
        self.new_learners = ClientQuota("tutor.learners", ctx.limits.new_records_per_client_hour,
                                        refusal=_QUOTA_REFUSAL.format("created {n} learners",
                                                                      "limits.new_records_per_client_hour"))
        self.sessions = ClientQuota("tutor.sessions", ctx.limits.sessions_per_client_hour,
                                    refusal=_QUOTA_REFUSAL.format("started {n} practice sessions",
                                                                  "limits.sessions_per_client_hour"))
        self.memory_file = ctx.home / TUTOR_MEMORY_FILE  # the school's fitted FSRS parameters, when there are any

    def _banks(self) -> dict[str, Bank]:
        from luytre.kinds.tutor.kind import TutorExpert

        return {bank.bank: bank for expert in self.ctx.experts().values() if isinstance(expert, TutorExpert)
                for bank in expert.banks.values()}

    def memory(self) -> FsrsMemory:
        if self.memory_file.is_file():
            return FsrsMemory(json.loads(self.memory_file.read_text(encoding="utf-8"))["parameters"])
        return FsrsMemory()

    def fit_memory(self) -> dict[str, Any]:
        """Fit FSRS to this school's answers (all banks) and keep the parameters for every later choice.
        Below 500 reviews the defaults stay, as FSRS advises."""
        histories: dict[tuple[str, str, str], list[tuple[float, bool]]] = {}
        with self.ctx.session() as db:
            for row in db.scalars(select(AttemptRow).order_by(AttemptRow.id)):
                histories.setdefault((row.learner_id, row.bank, row.item_id), []).append(
                    (as_day(_utc(row.at)), row.correct))
        parameters, info = fit_fsrs(list(histories.values()))
        if info["fitted"]:
            tmp = self.memory_file.with_suffix(".part")
            tmp.write_text(json.dumps({"parameters": parameters, **info, "fitted_at": self.clock().isoformat()}),
                           encoding="utf-8")
            tmp.replace(self.memory_file)
        return {"parameters": list(parameters), **info}

    # -- sessions ---------------------------------------------------------------------------------------

    def banks(self) -> dict[str, Bank]:
        return self._banks()

    def bank(self, bank_id: str) -> Bank:
        banks = self._banks()
        if bank_id not in banks:
            known = ", ".join(sorted(banks)) or "none (install a tutor expert such as vn-tutor)"
            raise NotFound(f"no item bank {bank_id!r} on this node; banks: {known}")
        return banks[bank_id]

    def start(self, learner: str, bank_id: str, focus: str | None = None, class_id: str | None = None, *,
              caller: Caller | None = None, secret: str | None = None, vouched: bool = False,
              client: str | None = None) -> dict[str, Any]:
        """Open a practice session; returns it with its first item.

        A new learner is created with a learner secret, returned once (``learner_secret``); ``client`` (an
        anonymous caller's address, a public-app key) is counted against the new-learner and session quotas
        (``ClientQuota``). Continuing an
        existing learner needs that secret, a teacher key of their class or an operator key; ``vouched``: a
        clerk or operator named the learner as the subject of an ask. Moving a learner to another class
        needs a teacher key with both classes in its scope, or an operator key."""
        learner = check_subject(learner)
        if class_id is not None:
            class_id = _check_class(class_id)
            if caller is not None and caller.role == "teacher" and class_id not in caller.scope:
                raise Forbidden(f"class {class_id!r} is not among this teacher key's classes")
        bank = self.bank(bank_id)
        if focus is not None and focus not in {s.id for s in bank.skills}:
            raise InvalidQuery(f"bank {bank_id} has no skill {focus!r}; skills: {', '.join(s.id for s in bank.skills)}")
        now = self.clock()
        session_id = secrets.token_urlsafe(18)
        issued = None
        with self.ctx.session() as db:
            row = db.get(LearnerRow, learner)
            if row is None:
                if client is not None and not _is_staff(caller):
                    self.new_learners.take(db, client)
                issued = secrets.token_urlsafe(24)
                db.add(LearnerRow(id=learner, class_id=class_id, created_at=now, secret_sha256=hash_secret(issued)))
            else:
                staff = _staff_of(row.class_id, caller) or vouched
                if not staff and not _secret_matches(row.secret_sha256, secret):
                    raise Forbidden("this learner exists: continuing needs their learner secret (issued at "
                                    "their first session), a teacher key of their class or an operator key")
                if class_id is not None and class_id != row.class_id:
                    if not _staff_of(row.class_id, caller):
                        raise Forbidden("moving a learner to another class needs a teacher key of both classes "
                                        "or an operator key")
                    row.class_id = class_id
                if staff and row.secret_sha256 is None:  # a learner from before secrets gets one from their teacher
                    issued = secrets.token_urlsafe(24)
                    row.secret_sha256 = hash_secret(issued)
            if client is not None and not _is_staff(caller):
                self.sessions.take(db, client)
            db.add(SessionRow(id=session_id, learner_id=learner, bank=bank_id, focus=focus, created_at=now))
        started = {"session": session_id, "learner": learner, "bank": bank_id, "focus": focus}
        if issued is not None:
            started["learner_secret"] = issued  # shown once: only its hash is kept
        return {**started, **self.next(session_id)}

    def next(self, session_id: str) -> dict[str, Any]:
        """The item to work on now, and why; the same item until it is answered."""
        with self.ctx.session() as db:
            session = self._session(db, session_id)
            bank = self.bank(session.bank)
            engine, state = self._load(db, session.learner_id, bank)
            if session.pending_item:
                item = bank.item(session.pending_item)
                return {"item": _item_view(item), "reason": {"code": "pending", "vi": "Câu đang làm dở.",
                                                             "en": "The item in progress."},
                        "predicted": round(engine.success(state, item), 3), "today": state.today}
            choice = engine.next_item(state, as_day(self.clock()), session.focus)
            session.pending_item = choice.item.id if choice.item else None
        return {"item": _item_view(choice.item) if choice.item else None, "reason": choice.reason,
                "predicted": round(choice.predicted, 3) if choice.predicted is not None else None,
                "today": state.today}

    def answer(self, session_id: str, item_id: str, response: str) -> dict[str, Any]:
        """Check an answer to the current item, update the learner's models, and say what comes next."""
        if not isinstance(response, str) or len(response) > MAX_RESPONSE_CHARS:
            raise InvalidQuery(f"the answer must be text of at most {MAX_RESPONSE_CHARS} characters")
        now = self.clock()
        with self.ctx.session() as db:
            session = self._session(db, session_id)
            if session.pending_item != item_id:
                raise NotCurrentItem(f"item {item_id!r} is not the session's current item "
                                  f"({session.pending_item or 'none; ask for the next item'})")
            bank = self.bank(session.bank)
            item = bank.item(item_id)
            engine, state = self._load(db, session.learner_id, bank)
            predicted = engine.success(state, item)
            correct = check_answer(item, response)
            changes = engine.record(state, item, correct, as_day(now))
            db.merge(LearnerStateRow(learner_id=session.learner_id, bank=bank.bank, state=_dump(state), updated_at=now))
            db.merge(ItemCalibrationRow(bank=bank.bank, item_id=item.id, difficulty=engine.difficulty[item.id],
                                        answers=engine.answers_per_item[item.id]))
            db.add(AttemptRow(learner_id=session.learner_id, session_id=session_id, bank=bank.bank, item_id=item.id,
                              skills=json.dumps(item.skills), correct=correct, predicted=round(predicted, 4),
                              reason="answer", at=now))
            session.pending_item = None
        return {"correct": correct, "accepted": item.answers if not correct else None, "solution": item.solution,
                "feedback": feedback(item, correct),
                "skills": changes["skills"], "next": self.next(session_id)}

    # -- reports ----------------------------------------------------------------------------------------

    def progress(self, learner: str, *, caller: Caller | None = None) -> dict[str, Any]:
        """Mastery per skill, attempts and accuracy, and reviews due, for every bank the learner used
        (for a teacher ``caller``: only learners of their classes)."""
        learner = check_subject(learner)
        day = as_day(self.clock())
        with self.ctx.session() as db:
            row = db.get(LearnerRow, learner)
            if row is None or (caller is not None and not _staff_of(row.class_id, caller)):
                raise NotFound(f"no learner {learner!r} on this node" + (" in your classes" if caller else ""))
            banks = {}
            for state_row in db.scalars(select(LearnerStateRow).where(LearnerStateRow.learner_id == learner)):
                bank = self._banks().get(state_row.bank)
                if bank is None:
                    continue
                engine, state = self._load(db, learner, bank)
                counts = _attempt_counts(db, learner, bank.bank)
                banks[bank.bank] = {
                    "title": bank.title.model_dump(),
                    "skills": [{"id": s.id, "name": s.name.model_dump(), "known": round(engine.known(state, s.id), 3),
                                "mastered": engine.mastered(state, s.id),
                                **counts.get(s.id, {"attempts": 0, "correct": 0})}
                               for s in (bank.skill(i) for i in bank.skill_order())],
                    "reviews_due": sum(engine.memory.retrievability(c, day) < engine.memory.desired_retention
                                       for c in state.cards.values()),
                    "items_seen": len(state.cards),
                }
        return {"learner": learner, "class": row.class_id, "banks": banks}

    def class_report(self, class_id: str, bank_id: str, *, caller: Caller | None = None) -> dict[str, Any]:
        """For a teacher: each learner's mastery of each skill of ``bank_id`` (a teacher ``caller``: only
        the classes of their key's scope)."""
        class_id = _check_class(class_id)
        if caller is not None and not _staff_of(class_id, caller):
            raise Forbidden(f"class {class_id!r} is not among this teacher key's classes")
        bank = self.bank(bank_id)
        with self.ctx.session() as db:
            query = select(LearnerRow.id).where(LearnerRow.class_id == class_id).order_by(LearnerRow.id)
            learners = db.scalars(query).all()
            rows: list[dict[str, Any]] = []
            for learner in learners:
                engine, state = self._load(db, learner, bank)
                rows.append({"learner": learner, "known": {s: round(engine.known(state, s), 3)
                                                           for s in bank.skill_order()},
                             "mastered": sum(engine.mastered(state, s) for s in bank.skill_order())})
        skills = [{"id": s, "name": bank.skill(s).name.model_dump(),
                   "mastered_by": sum(r["known"][s] >= MASTERY for r in rows)} for s in bank.skill_order()]
        return {"class": class_id, "bank": bank_id, "learners": rows, "skills": skills}

    def export_csv(self, bank_id: str | None = None) -> str:
        """Every attempt in the usual knowledge-tracing layout (one row per answer, oldest first)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["order_id", "user_id", "bank", "problem_id", "skill_id", "correct", "timestamp"])
        with self.ctx.session() as db:
            query = select(AttemptRow).order_by(AttemptRow.id)
            if bank_id is not None:
                query = query.where(AttemptRow.bank == bank_id)
            for row in db.scalars(query):
                writer.writerow([row.id, row.learner_id, row.bank, row.item_id, "_".join(json.loads(row.skills)),
                                 int(row.correct), _utc(row.at).isoformat()])
        return out.getvalue()

    def erase(self, learner: str) -> dict[str, int]:
        """Delete every trace of ``learner`` (right to erasure); returns how many rows each table lost."""
        learner = check_subject(learner)
        with self.ctx.session() as db:
            removed = {
                "attempts": _deleted(db, delete(AttemptRow).where(AttemptRow.learner_id == learner)),
                "states": _deleted(db, delete(LearnerStateRow).where(LearnerStateRow.learner_id == learner)),
                "sessions": _deleted(db, delete(SessionRow).where(SessionRow.learner_id == learner)),
                "learners": _deleted(db, delete(LearnerRow).where(LearnerRow.id == learner)),
            }
        if not removed["learners"]:
            raise NotFound(f"no learner {learner!r} on this node")
        return removed

    # -- state ------------------------------------------------------------------------------------------

    def _session(self, db: Session, session_id: str) -> SessionRow:
        session = db.get(SessionRow, session_id) if isinstance(session_id, str) and len(session_id) <= 64 else None
        if session is None:
            raise NotFound("no such practice session (it may have been erased); start a new one")
        return session

    def _load(self, db: Session, learner: str, bank: Bank) -> tuple[TutorEngine, LearnerState]:
        calibration = db.scalars(select(ItemCalibrationRow).where(ItemCalibrationRow.bank == bank.bank)).all()
        engine = TutorEngine(bank, self.memory(), difficulty={r.item_id: r.difficulty for r in calibration},
                             answers={r.item_id: r.answers for r in calibration}, daily_cap=self.daily_cap)
        row = db.get(LearnerStateRow, (learner, bank.bank))
        state = _load_state(row.state) if row else LearnerState()
        local = self.clock().astimezone(SCHOOL_DAY)
        start_of_day = local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
        state.today = db.scalar(select(func.count()).select_from(AttemptRow).where(
            AttemptRow.learner_id == learner, AttemptRow.bank == bank.bank, AttemptRow.at >= start_of_day)) or 0
        return engine, state


def _deleted(db: Session, statement: Delete) -> int:
    """How many rows ``statement`` deleted (SQLAlchemy types ``execute`` as any result; a DELETE's has a count)."""
    result = db.execute(statement)
    if not isinstance(result, CursorResult):
        raise TypeError(f"a DELETE returned {type(result).__name__}, which has no row count")
    return result.rowcount


def _staff_of(class_id: str | None, caller: Caller | None) -> bool:
    """An operator, or a teacher whose key's scope holds ``class_id``."""
    if caller is None:
        return False
    return caller.role == "operator" or (caller.role == "teacher" and class_id is not None
                                         and class_id in caller.scope)


def _secret_matches(stored: str | None, offered: str | None) -> bool:
    return bool(stored and isinstance(offered, str) and len(offered) <= 128
                and hmac.compare_digest(stored, hash_secret(offered)))


def _utc(when: datetime) -> datetime:
    """Stored times are UTC; SQLite hands them back without their zone."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _is_staff(caller: Caller | None) -> bool:
    """Keyed roles that answer for the learners and sessions they create: not counted by ``ClientQuota``."""
    return caller is not None and caller.role in STAFF_ROLES


def _check_class(value: object) -> str:
    if not isinstance(value, str) or not _CLASS.match(value):
        raise InvalidQuery("a class id is 1-64 letters, digits or . _ -")
    return value


def _item_view(item: Item) -> dict[str, Any]:
    """What a learner sees: never the answers or the solution before answering."""
    return {"id": item.id, "skills": item.skills, "type": item.type, "question": item.question,
            "choices": item.choices, "hints": item.hints}


def _attempt_counts(db: Session, learner: str, bank: str) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for skills, correct in db.execute(select(AttemptRow.skills, AttemptRow.correct).where(
            AttemptRow.learner_id == learner, AttemptRow.bank == bank)):
        for skill in json.loads(skills):
            entry = counts.setdefault(skill, {"attempts": 0, "correct": 0})
            entry["attempts"] += 1
            entry["correct"] += int(correct)
    return counts


def _dump(state: LearnerState) -> str:
    return json.dumps({"cards": state.cards, "known": state.known, "ability": state.ability,
                       "last_seen": state.last_seen, "last_skill": state.last_skill})


def _load_state(raw: str) -> LearnerState:
    data = json.loads(raw)
    return LearnerState(cards=data["cards"], known=data["known"], ability=data["ability"],
                        last_seen=data["last_seen"], last_skill=data["last_skill"])
