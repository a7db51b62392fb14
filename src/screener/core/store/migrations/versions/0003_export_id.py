"""De-identified exports: each exported screening gets a random export id, kept so that a
second export of the same screening carries the same id and a central import counts it once.

The id is random (uuid4), never derived from the screening: it links nothing back.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_id",
        sa.Column(
            "screening_id",
            sa.String(36),
            sa.ForeignKey("screening.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("export_id", sa.String(32), nullable=False, unique=True),
    )


def downgrade() -> None:
    op.drop_table("export_id")
