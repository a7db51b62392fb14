"""The store's tables (SQLAlchemy 2 declarative). Schema changes go through alembic revisions."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
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
