"""Peers' TLS pins and the operator's explicit permission for plain http beyond loopback.

Revision ID: transport_0001
Revises: audit_0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "transport_0001"
down_revision = "audit_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mesh_peers") as batch:
        batch.add_column(sa.Column("tls_pin", sa.String(80), nullable=True))
        batch.add_column(sa.Column("allow_http", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("mesh_peers") as batch:
        batch.drop_column("allow_http")
        batch.drop_column("tls_pin")
