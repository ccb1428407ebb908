"""The tutor's learners, sessions, model states, attempts and item calibration, as ``tutor_*`` tables.

A database made before kinds owned their tables has them as ``learn_*`` (core revision 0004): they are
renamed, with their indexes, rows kept. Otherwise they are created.

Revision ID: tutor_0001
Revises: (root of the tutor branch)
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "tutor_0001"
down_revision = None
branch_labels = ("tutor",)
depends_on = None

TABLES = ("learners", "sessions", "states", "attempts", "items")
INDEXES = (("learners", "class_id"), ("sessions", "learner_id"), ("attempts", "learner_id"))


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "learn_learners" in existing:
        for table, column in INDEXES:
            op.drop_index(f"ix_learn_{table}_{column}", table_name=f"learn_{table}")
        for table in TABLES:
            op.rename_table(f"learn_{table}", f"tutor_{table}")
        for table, column in INDEXES:
            op.create_index(f"ix_tutor_{table}_{column}", f"tutor_{table}", [column])
        return
    op.create_table(
        "tutor_learners",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("class_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "tutor_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("learner_id", sa.String(128), nullable=False),
        sa.Column("bank", sa.String(64), nullable=False),
        sa.Column("focus", sa.String(64), nullable=True),
        sa.Column("pending_item", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "tutor_states",
        sa.Column("learner_id", sa.String(128), primary_key=True),
        sa.Column("bank", sa.String(64), primary_key=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "tutor_attempts",
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
    op.create_table(
        "tutor_items",
        sa.Column("bank", sa.String(64), primary_key=True),
        sa.Column("item_id", sa.String(64), primary_key=True),
        sa.Column("difficulty", sa.Float(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
    )
    for table, column in INDEXES:
        op.create_index(f"ix_tutor_{table}_{column}", f"tutor_{table}", [column])


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(f"tutor_{table}")
