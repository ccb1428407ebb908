"""Peers (federation) and the nonces of signed peer requests.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mesh_peers",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("node_id", sa.String(32), nullable=False, unique=True),
        sa.Column("url", sa.String(300), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("jurisdiction", sa.String(2), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("catalog_json", sa.Text(), nullable=True),
        sa.Column("catalog_version", sa.Integer(), nullable=True),
        sa.Column("held_checkpoint", sa.Text(), nullable=True),
    )
    op.create_table(
        "mesh_nonces",
        sa.Column("nonce", sa.String(80), primary_key=True),
        sa.Column("seen_at", sa.Float(), nullable=False),
    )
    op.create_index("ix_mesh_nonces_seen_at", "mesh_nonces", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_mesh_nonces_seen_at", "mesh_nonces")
    op.drop_table("mesh_nonces")
    op.drop_table("mesh_peers")
