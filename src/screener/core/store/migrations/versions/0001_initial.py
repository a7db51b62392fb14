"""The first schema: screenings, answers, notes, indicators, steps, audit trail, settings.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False, server_default="full"),
        sa.Column("case_code", sa.String(64), nullable=False, server_default=""),
        sa.Column("setting", sa.String(16), nullable=False),
        sa.Column("interviewer", sa.String(128), nullable=False, server_default=""),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("age_band", sa.String(8), nullable=False, server_default="unknown"),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("form_version", sa.Integer, nullable=False),
        sa.Column("form_hash", sa.String(80), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("finalised_at", sa.String(32), nullable=True),
        sa.Column("context_json", sa.Text, nullable=False, server_default="{}"),
        sa.Column("position_json", sa.Text, nullable=False, server_default="null"),
        sa.Column("score_json", sa.Text, nullable=False, server_default="{}"),
        sa.Column("score_total", sa.Integer, nullable=False, server_default="0"),
        sa.Column("score_max", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_screening_updated", "screening", ["updated_at"])
    op.create_index("ix_screening_case_code", "screening", ["case_code"])
    op.create_index("ix_screening_status_setting", "screening", ["status", "setting"])
    op.create_table(
        "answer",
        sa.Column("screening_id", sa.String(36), sa.ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
    )
    op.create_table(
        "note",
        sa.Column("screening_id", sa.String(36), sa.ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("item", sa.String(64), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "indicator",
        sa.Column("screening_id", sa.String(36), sa.ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("list_id", sa.String(64), primary_key=True),
        sa.Column("indicator_id", sa.String(96), primary_key=True),
    )
    op.create_table(
        "step",
        sa.Column("screening_id", sa.String(36), sa.ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("step_id", sa.String(64), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("added_by_interviewer", sa.Integer, nullable=False, server_default="0"),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("done", sa.Integer, nullable=False, server_default="0"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("interviewer", sa.String(128), nullable=False, server_default=""),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("screening_id", sa.String(36), nullable=True),
        sa.Column("detail_json", sa.Text, nullable=False, server_default="{}"),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("setting", "audit", "step", "indicator", "note", "answer", "screening"):
        op.drop_table(table)
