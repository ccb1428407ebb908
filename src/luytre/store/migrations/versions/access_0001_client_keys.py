"""Client keys with roles (``luytre client``): the admin token of older nodes becomes an operator key
when the node first opens this database (``ClientKeys.adopt_admin_token``), since only its hash is known.

Revision ID: access_0001
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "access_0001"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_keys",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("key_sha256", sa.String(64), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("rate_per_s", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_client_keys_key_sha256", "client_keys", ["key_sha256"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_client_keys_key_sha256", "client_keys")
    op.drop_table("client_keys")
