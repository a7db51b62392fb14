"""The audit trail: every change, export, backup and unlock, each entry chained to the one
before by a hash, so an edited or deleted entry shows when the chain is verified."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from screener.core.store.tables import AuditRow

GENESIS = "0" * 64
_INSERT = insert(AuditRow)
# the newest entry's hash, found by its key (`ORDER BY seq DESC LIMIT ?`: SQLite re-plans a
# bound LIMIT at every run, ~70 us of the autosave's budget)
_LAST = select(AuditRow.hash).where(AuditRow.seq == select(func.max(AuditRow.seq)).scalar_subquery())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def entry_hash(prev: str, *fields: str | None) -> str:
    """The hash of an entry: the previous hash, then at, interviewer, action, screening, detail."""
    payload = json.dumps([prev, *fields], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditTrail:
    """Appends chained entries. The previous hash is read inside the writing transaction (which
    holds SQLite's write lock from its BEGIN IMMEDIATE), so the chain stays linear whatever
    else writes; within one transaction the hash just written is reused."""

    def __init__(self) -> None:
        self._last: str | None = None
        self._session: Session | Connection | None = None

    def append(
        self,
        session: Session | Connection,
        action: str,
        interviewer: str = "",
        screening_id: str | None = None,
        at: str | None = None,
        **detail: Any,
    ) -> None:
        if self._last is None or self._session is not session:
            last = session.scalars(_LAST).first()
            self._last = last or GENESIS
            self._session = session
        at = at or now()
        detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(self._last, at, interviewer, action, screening_id, detail_json)
        session.execute(
            _INSERT,
            {
                "at": at,
                "interviewer": interviewer,
                "action": action,
                "screening_id": screening_id,
                "detail_json": detail_json,
                "prev_hash": self._last,
                "hash": digest,
            },
        )
        self._last = digest

    def forget(self) -> None:
        """After a rolled-back transaction the cached hash may be ahead of the table."""
        self._last = None
        self._session = None


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    broken_at: int | None  # the first entry whose hash does not follow

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(session: Session) -> ChainReport:
    prev = GENESIS
    count = 0
    for row in session.scalars(select(AuditRow).order_by(AuditRow.seq)):
        count += 1
        expected = entry_hash(prev, row.at, row.interviewer, row.action, row.screening_id, row.detail_json)
        if row.prev_hash != prev or row.hash != expected:
            return ChainReport(count, row.seq)
        prev = row.hash
    return ChainReport(count, None)
