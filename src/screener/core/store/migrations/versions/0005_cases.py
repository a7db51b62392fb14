"""Cases: the records about one person grouped, referrals through their states, the decision.

A case has a reference code (no name) and a random export id (derived from nothing in a
record). Each screening may belong to one case, at a place in it. A referral keeps what it was
for, to whom, how, the consent, and each state it reached with its day; a case keeps each
decision recorded on it. Older stores gain empty tables: no screening is put in a case.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_record",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("export_id", sa.String(32), nullable=False, unique=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_case_record_code_nocase", "case_record", [sa.text("code COLLATE NOCASE")])
    op.create_table(
        "case_member",
        sa.Column("screening_id", sa.String(36), sa.ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case_record.id", ondelete="CASCADE"), nullable=False),
        sa.Column("place", sa.Integer, nullable=False),
        sa.UniqueConstraint("case_id", "place"),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case_record.id", ondelete="CASCADE"), nullable=False),
        sa.Column("screening_id", sa.String(36), nullable=True),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=True),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("consent", sa.Integer, nullable=False),
        sa.Column("no_consent_reason", sa.String(32), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_referral_case_id", "referral", ["case_id"])
    op.create_table(
        "referral_step",
        sa.Column("referral_id", sa.String(36), sa.ForeignKey("referral.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(32), nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "case_decision",
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("decided_by", sa.String(32), nullable=False),
        sa.Column("decided_on", sa.String(10), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("case_decision")
    op.drop_table("referral_step")
    op.drop_index("ix_referral_case_id", "referral")
    op.drop_table("referral")
    op.drop_table("case_member")
    op.drop_index("ix_case_record_code_nocase", "case_record")
    op.drop_table("case_record")
