"""The tutor's learners, sessions, model states, attempts and item calibration.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learn_learners",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("class_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_learn_learners_class_id", "learn_learners", ["class_id"])
    op.create_table(
        "learn_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("learner_id", sa.String(128), nullable=False),
        sa.Column("bank", sa.String(64), nullable=False),
        sa.Column("focus", sa.String(64), nullable=True),
        sa.Column("pending_item", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_learn_sessions_learner_id", "learn_sessions", ["learner_id"])
    op.create_table(
        "learn_states",
        sa.Column("learner_id", sa.String(128), primary_key=True),
        sa.Column("bank", sa.String(64), primary_key=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "learn_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(128), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("bank", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("skills", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("predicted", sa.Float(), nullable=True),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_learn_attempts_learner_id", "learn_attempts", ["learner_id"])
    op.create_table(
        "learn_items",
        sa.Column("bank", sa.String(64), primary_key=True),
        sa.Column("item_id", sa.String(64), primary_key=True),
        sa.Column("difficulty", sa.Float(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in ("learn_items", "learn_attempts", "learn_states", "learn_sessions", "learn_learners"):
        op.drop_table(table)
