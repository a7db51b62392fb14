"""Reading the store: one screening whole, the list, export ids, counts and settings.

A part of `Store` (its base class), kept apart so each file stays small; it needs only the
store's `_session`, which gives one transaction at a time.
"""

from __future__ import annotations

import json
import uuid
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from screener.core.store.errors import UnknownScreening
from screener.core.store.records import FINAL, Amendment, Kind, Screening, ScreeningSummary, Status, StepRecord
from screener.core.store.tables import (
    AnswerRow,
    AuditRow,
    ExportIdRow,
    IndicatorRow,
    NoteRow,
    ScreeningRow,
    SettingRow,
    StepRow,
)


class Reading:
    path: Path

    def _session(self) -> AbstractContextManager[Session]:
        raise NotImplementedError  # Store's: one transaction, committed on exit

    def get(self, screening_id: str) -> Screening:
        with self._session() as session:
            row = self._row(session, screening_id)
            answers = {
                a.key: json.loads(a.value_json)
                for a in session.scalars(select(AnswerRow).where(AnswerRow.screening_id == screening_id))
            }
            notes = {
                n.item: n.text for n in session.scalars(select(NoteRow).where(NoteRow.screening_id == screening_id))
            }
            indicators: dict[str, list[str]] = {}
            for i in session.scalars(
                select(IndicatorRow)
                .where(IndicatorRow.screening_id == screening_id)
                .order_by(IndicatorRow.indicator_id)
            ):
                indicators.setdefault(i.list_id, []).append(i.indicator_id)
            steps = tuple(
                StepRecord(s.step_id, s.position, bool(s.added_by_interviewer), s.text, bool(s.done), s.note)
                for s in session.scalars(
                    select(StepRow).where(StepRow.screening_id == screening_id).order_by(StepRow.position)
                )
            )
            return Screening(
                summary=_summary(row),
                age_band=row.age_band,
                form_id=row.form_id,
                form_version=row.form_version,
                form_hash=row.form_hash,
                finalised_at=row.finalised_at,
                context_flags=json.loads(row.context_json),
                position=json.loads(row.position_json),
                answers=answers,
                notes=notes,
                indicators={k: tuple(v) for k, v in indicators.items()},
                steps=steps,
                score=json.loads(row.score_json),
                quick_at=session.scalar(select(ScreeningRow.created_at).where(ScreeningRow.id == row.quick_id))
                if row.quick_id
                else None,
                amendments=_amendments(session, screening_id) if row.status == Status.AMENDED else (),
                followed_by=tuple(
                    session.scalars(
                        select(ScreeningRow.id).where(ScreeningRow.quick_id == screening_id).order_by(ScreeningRow.id)
                    )
                ),
            )

    def list_screenings(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        case_code: str | None = None,
        status: str | None = None,
        setting: str | None = None,
        kind: str | None = None,
    ) -> list[ScreeningSummary]:
        """Newest first; case code matches from its start, ignoring case."""
        query = select(ScreeningRow)
        if case_code:
            query = query.where(ScreeningRow.case_code.like(_prefix(case_code), escape="\\"))
        if status:
            query = query.where(ScreeningRow.status == status)
        if setting:
            query = query.where(ScreeningRow.setting == setting)
        if kind:
            query = query.where(ScreeningRow.kind == kind)
        query = query.order_by(ScreeningRow.updated_at.desc()).limit(limit).offset(offset)
        with self._session() as session:
            return [_summary(row) for row in session.scalars(query)]

    def final_ids(self) -> list[tuple[str, str]]:
        """(id, created_at) of every finalised or amended screening (never a draft), oldest first."""
        query = (
            select(ScreeningRow.id, ScreeningRow.created_at)
            .where(ScreeningRow.status.in_(FINAL))
            .order_by(ScreeningRow.created_at, ScreeningRow.id)
        )
        with self._session() as session:
            return [(sid, created) for sid, created in session.execute(query)]

    def export_ids(self, screening_ids: list[str]) -> dict[str, str]:
        """The export id of each screening, a new random one for a screening never exported."""
        found: dict[str, str] = {}
        with self._session() as session:
            for start in range(0, len(screening_ids), 500):  # SQLite caps the bound parameters
                chunk = screening_ids[start : start + 500]
                rows = session.execute(
                    select(ExportIdRow.screening_id, ExportIdRow.export_id).where(ExportIdRow.screening_id.in_(chunk))
                )
                found.update({sid: eid for sid, eid in rows})
            for sid in screening_ids:
                if sid not in found:
                    found[sid] = uuid.uuid4().hex  # random: nothing in it points back to the record
                    session.add(ExportIdRow(screening_id=sid, export_id=found[sid]))
        return found

    def count(self) -> int:
        with self._session() as session:
            return int(session.scalar(select(func.count()).select_from(ScreeningRow)) or 0)

    def latest_draft(self) -> ScreeningSummary | None:
        drafts = self.list_screenings(limit=1, status=Status.DRAFT)
        return drafts[0] if drafts else None

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as session:
            row = session.get(SettingRow, key)
            return json.loads(row.value_json) if row else default

    def put_setting(self, key: str, value: Any) -> None:
        with self._session() as session:
            session.merge(SettingRow(key=key, value_json=json.dumps(value)))

    # -- shared with the writing side ------------------------------------------------------

    def _row(self, session: Session, screening_id: str) -> ScreeningRow:
        row = session.get(ScreeningRow, screening_id)
        if row is None:
            raise UnknownScreening(self.path, id=screening_id)
        return row


def _amendments(session: Session, screening_id: str) -> tuple[Amendment, ...]:
    """The reasons an amended screening was changed with, as the audit trail holds them: the
    changes made one after another with the same reason are one amendment. Read only for an
    amended screening (the audit trail has no index by screening: a scan of it)."""
    rows = session.execute(
        select(AuditRow.at, AuditRow.interviewer, AuditRow.detail_json)
        .where(AuditRow.screening_id == screening_id, AuditRow.action.like("amend\\_%", escape="\\"))
        .order_by(AuditRow.seq)
    )
    found: list[Amendment] = []
    for at, interviewer, detail_json in rows:
        reason = str(json.loads(detail_json or "{}").get("reason") or "").strip()
        if reason and (not found or found[-1].reason != reason):
            found.append(Amendment(at, interviewer, reason))
    return tuple(found)


def _summary(row: ScreeningRow) -> ScreeningSummary:
    return ScreeningSummary(
        id=row.id,
        kind=Kind(row.kind),
        case_code=row.case_code,
        setting=row.setting,
        interviewer=row.interviewer,
        language=row.language,
        status=Status(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        score_total=row.score_total,
        score_max=row.score_max,
        quick_id=row.quick_id,
    )


def _prefix(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
