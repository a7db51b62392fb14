"""The store's tables (SQLAlchemy 2 declarative). Schema changes go through alembic revisions."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from screener.core.store.records import Kind, Status


class Base(DeclarativeBase):
    pass


class ScreeningRow(Base):
    __tablename__ = "screening"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default=Kind.FULL.value)
    case_code: Mapped[str] = mapped_column(String(64), default="")
    setting: Mapped[str] = mapped_column(String(16))
    interviewer: Mapped[str] = mapped_column(String(128), default="")
    language: Mapped[str] = mapped_column(String(2))
    age_band: Mapped[str] = mapped_column(String(8), default="unknown")
    form_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[int] = mapped_column(Integer)
    form_hash: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default=Status.DRAFT.value)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    finalised_at: Mapped[str | None] = mapped_column(String(32), default=None)
    context_json: Mapped[str] = mapped_column(Text, default="{}")  # injured, refused_help, ...
    position_json: Mapped[str] = mapped_column(Text, default="null")  # the page the draft was on
    score_json: Mapped[str] = mapped_column(Text, default="{}")  # recomputable from answers + form
    score_total: Mapped[int] = mapped_column(Integer, default=0)
    score_max: Mapped[int] = mapped_column(Integer, default=0)
    quick_id: Mapped[str | None] = mapped_column(String(36), default=None)  # the quick check it follows

    __table_args__ = (
        Index("ix_screening_updated", "updated_at"),
        Index("ix_screening_quick_id", "quick_id"),
        Index("ix_screening_case_code_nocase", text("case_code COLLATE NOCASE")),
        Index("ix_screening_status_setting", "status", "setting"),
    )


class AnswerRow(Base):
    __tablename__ = "answer"

    screening_id: Mapped[str] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class NoteRow(Base):
    __tablename__ = "note"

    screening_id: Mapped[str] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    item: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class IndicatorRow(Base):
    __tablename__ = "indicator"

    screening_id: Mapped[str] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    list_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    indicator_id: Mapped[str] = mapped_column(String(96), primary_key=True)


class StepRow(Base):
    __tablename__ = "step"

    screening_id: Mapped[str] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    added_by_interviewer: Mapped[int] = mapped_column(Integer, default=0)  # 1 when not recommended
    text: Mapped[str] = mapped_column(Text, default="")  # an added step's own words
    done: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class ExportIdRow(Base):
    """The random id a screening carries in de-identified exports (assigned at its first export)."""

    __tablename__ = "export_id"

    screening_id: Mapped[str] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    export_id: Mapped[str] = mapped_column(String(32), unique=True)


class CaseRow(Base):
    """A case: the records about one person at one post. Its reference code, never a name."""

    __tablename__ = "case_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    export_id: Mapped[str] = mapped_column(String(32), unique=True)  # random: what exports carry
    created_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_case_record_code_nocase", text("code COLLATE NOCASE")),)


class CaseMemberRow(Base):
    """A screening's case and its place in it (1 = the first record about the person)."""

    __tablename__ = "case_member"

    screening_id: Mapped[str] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"))
    place: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("case_id", "place"),)


class ReferralRow(Base):
    __tablename__ = "referral"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    screening_id: Mapped[str | None] = mapped_column(String(36), default=None)  # the result it was made from
    purpose: Mapped[str] = mapped_column(String(32))
    organisation_id: Mapped[str | None] = mapped_column(String(64), default=None)  # of the directory
    organisation: Mapped[str] = mapped_column(Text, default="")  # typed, when not in the directory
    channel: Mapped[str] = mapped_column(String(32))
    consent: Mapped[int] = mapped_column(Integer)
    no_consent_reason: Mapped[str | None] = mapped_column(String(32), default=None)
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(32))


class ReferralStepRow(Base):
    """Each state a referral reached, with the day it happened (sent is step 0)."""

    __tablename__ = "referral_step"

    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(String(32), default=None)
    at: Mapped[str] = mapped_column(String(32))  # when it was recorded


class DecisionRow(Base):
    """The competent authority's decision on a case, as recorded (the last one is in force)."""

    __tablename__ = "case_decision"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(32))
    decided_on: Mapped[str] = mapped_column(String(10))
    at: Mapped[str] = mapped_column(String(32))


class AuditRow(Base):
    __tablename__ = "audit"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    interviewer: Mapped[str] = mapped_column(String(128), default="")
    action: Mapped[str] = mapped_column(String(32))
    screening_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
