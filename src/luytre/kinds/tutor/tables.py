"""The tutor's tables in the node database (``tutor_*``), created by the tutor's own Alembic branch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class TutorBase(DeclarativeBase):
    pass


class LearnerRow(TutorBase):
    """A learner of the tutor: an opaque id chosen by the school, and the class they are in."""

    __tablename__ = "tutor_learners"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    class_id: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    secret_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)  # the learner secret's hash


class SessionRow(TutorBase):
    __tablename__ = "tutor_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # unguessable: it is the session's key
    learner_id: Mapped[str] = mapped_column(String(128), index=True)
    bank: Mapped[str] = mapped_column(String(64))
    focus: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pending_item: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LearnerStateRow(TutorBase):
    """The models' state for one learner on one bank (FSRS cards, BKT, Elo), as JSON."""

    __tablename__ = "tutor_states"

    learner_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    bank: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AttemptRow(TutorBase):
    """One answer: whether it was right, when, and why the item was chosen (never the typed text)."""

    __tablename__ = "tutor_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(String(128), index=True)
    session_id: Mapped[str] = mapped_column(String(64))
    bank: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[str] = mapped_column(String(64))
    skills: Mapped[str] = mapped_column(Text)  # JSON list
    correct: Mapped[bool] = mapped_column(Boolean)
    predicted: Mapped[float | None] = mapped_column(Float, nullable=True)
    reason: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ItemCalibrationRow(TutorBase):
    """The school's estimate of an item's difficulty (Elo), shared by all its learners."""

    __tablename__ = "tutor_items"

    bank: Mapped[str] = mapped_column(String(64), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    difficulty: Mapped[float] = mapped_column(Float)
    answers: Mapped[int] = mapped_column(Integer)
