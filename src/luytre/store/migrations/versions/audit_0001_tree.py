"""Audit log: stored Merkle subtree hashes (O(log n) proofs) and a sequence counter seeded for every writer.

The tree of an existing log is filled in lazily and atomically by the first writer or checkpoint that
finds a subtree missing (``AuditLog`` rebuilds it under the log's write lock), so upgrading a large log
does not hold the migration.

Revision ID: audit_0001
Revises: access_0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "audit_0001"
down_revision = "access_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_tree",
        sa.Column("level", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("idx", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    # Two first writers racing to create the counter row would collide; it exists from now on.
    op.execute("INSERT INTO registry_state (key, value) SELECT 'audit_seq', COALESCE(MAX(seq), 0) FROM audit_entries "
               "WHERE NOT EXISTS (SELECT 1 FROM registry_state WHERE key = 'audit_seq')")


def downgrade() -> None:
    op.drop_table("audit_tree")
