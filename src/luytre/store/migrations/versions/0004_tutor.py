"""Where the tutor's tables used to be created; the tutor kind's own Alembic branch creates them now
(``luytre/kinds/tutor/migrations``, which also renames the ``learn_*`` tables this revision once made).
Kept, empty, so the history of databases migrated through it still resolves.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing: the tutor kind's branch owns its tables."""


def downgrade() -> None:
    """Nothing."""
