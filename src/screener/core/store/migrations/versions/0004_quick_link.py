"""A quick check is a record of its own: an interview that follows one names it.

Escalating a quick check keeps it as a finalised quick record (its signs are counted in
exports even if the interview is never finalised) and the new interview's `quick_id` links to
it. Older stores have no links: their escalated checks became the interview's draft.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("screening", sa.Column("quick_id", sa.String(36), nullable=True))
    op.create_index("ix_screening_quick_id", "screening", ["quick_id"])


def downgrade() -> None:
    op.drop_index("ix_screening_quick_id", "screening")
    with op.batch_alter_table("screening") as batch:
        batch.drop_column("quick_id")
