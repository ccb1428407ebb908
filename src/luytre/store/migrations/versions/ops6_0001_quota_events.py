"""Per-hour client quotas counted in the store, shared by every process of a node.

Revision ID: ops6_0001
Revises: harden4_0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "ops6_0001"
down_revision = "harden4_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quota_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("quota", sa.String(64), nullable=False),
        sa.Column("client", sa.String(255), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
    )
    op.create_index("ix_quota_events_client", "quota_events", ["quota", "client", "at"])
    op.create_index("ix_quota_events_at", "quota_events", ["quota", "at"])


def downgrade() -> None:
    op.drop_index("ix_quota_events_at", table_name="quota_events")
    op.drop_index("ix_quota_events_client", table_name="quota_events")
    op.drop_table("quota_events")
