"""The echo kind's table: who it heard, when (a test fixture).

Revision ID: echo_0001
Revises: (root of the echo branch)
"""

import sqlalchemy as sa
from alembic import op

revision = "echo_0001"
down_revision = None
branch_labels = ("echo",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "echo_heard",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("subject", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("echo_heard")
