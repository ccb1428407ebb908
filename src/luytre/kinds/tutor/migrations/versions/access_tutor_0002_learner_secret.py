"""Learner secrets: continuing an existing learner needs the secret issued at their first session
(or a teacher or operator key). Learners made before this have none: a teacher or operator continues them.

Revision ID: access_tutor_0002
Revises: tutor_0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "access_tutor_0002"
down_revision = "tutor_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tutor_learners") as batch:
        batch.add_column(sa.Column("secret_sha256", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tutor_learners") as batch:
        batch.drop_column("secret_sha256")
