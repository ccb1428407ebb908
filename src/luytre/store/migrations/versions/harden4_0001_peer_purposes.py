"""The purposes each peer may forward a question for (its agreement with this node).

Revision ID: harden4_0001
Revises: transport_0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "harden4_0001"
down_revision = "transport_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mesh_peers") as batch:
        batch.add_column(sa.Column("purposes", sa.Text(), nullable=False, server_default='["answer"]'))


def downgrade() -> None:
    with op.batch_alter_table("mesh_peers") as batch:
        batch.drop_column("purposes")
