"""Proof from the audit trail: replay, and seals.

Replay rebuilds every screening (answers, notes, indicators, context, status, steps, score) from
the audit entries alone and compares it with the tables: a change made outside the app, a
deleted screening, or deleted audit rows that changed a record show up, named by screening and
item. Notes and step texts are compared by hash (the trail keeps no second copy of free text).

A seal is the chain head: the number of entries and the hash of the last. It is written into
every backup (the backup's own head) and beside every de-identified export, and printed short on
the result sheet. `check_seal` tells whether the store still holds that history unchanged: a
store cut back (truncated, or rolled back to an older copy) has fewer entries; a rewritten one
has another hash at that entry.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from screener.core.instrument.loader import Catalog
from screener.core.interview import evaluate
from screener.core.scoring import score_state
from screener.core.store.case_replay import ACTIONS as CASE_ACTIONS
from screener.core.store.case_replay import replay_cases
from screener.core.store.records import make_context
from screener.core.store.tables import AnswerRow, AuditRow, IndicatorRow, NoteRow, ScreeningRow, StepRow

SHORT_HASH = 12  # hex digits of a short seal: 48 bits, enough to tell histories apart by eye


def text_hash(text: str) -> str:
    """What the trail keeps of a note or a step's text: a hash, never the text itself."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] if text else ""


# -- seals ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seal:
    entries: int
    hash: str  # of the last entry (full, or the short prefix of a typed seal)

    @property
    def short(self) -> str:
        return f"{self.entries}-{self.hash[:SHORT_HASH]}"

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "hash": self.hash, "seal": self.short}

    @classmethod
    def parse(cls, text: str) -> Seal | None:
        """A seal as printed ("1234-3f9a2b7c1d0e") or as written in JSON; None if it is neither."""
        found = re.fullmatch(r"\s*(\d{1,12})-([0-9a-fA-F]{8,64})\s*", text)
        if found:
            return cls(int(found.group(1)), found.group(2).lower())
        try:
            data = json.loads(text)
            return cls(int(data["entries"]), str(data["hash"]).lower())
        except (ValueError, TypeError, KeyError):
            return None


def head(session: Session) -> Seal:
    """The seal of the store as it is: its number of audit entries and the hash of the last."""
    last = session.scalars(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    return Seal(_count(session), last or "")


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditRow)) or 0)


@dataclass(frozen=True, slots=True)
class SealCheck:
    seal: Seal
    entries_now: int
    verdict: str  # "kept" | "cut_back" | "rewritten"

    @property
    def kept(self) -> bool:
        return self.verdict == "kept"


def check_seal(session: Session, seal: Seal) -> SealCheck:
    """Does this store still hold the sealed history, unchanged (and perhaps extended)?"""
    entries_now = _count(session)
    if seal.entries == 0:
        return SealCheck(seal, entries_now, "kept")
    if entries_now < seal.entries:
        return SealCheck(seal, entries_now, "cut_back")
    hashes = session.scalars(select(AuditRow.hash).order_by(AuditRow.seq).offset(seal.entries - 1).limit(1))
    at_seal = hashes.first() or ""
    verdict = "kept" if at_seal.startswith(seal.hash) and len(seal.hash) >= 8 else "rewritten"
    return SealCheck(seal, entries_now, verdict)


# -- replay --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Rebuilt:
    kind: str = "full"
    status: str = "draft"
    deleted: bool = False
    form: str = ""
    answers: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # item -> text hash
    indicators: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    steps: dict[str, bool] = field(default_factory=dict)
    score: tuple[int, int] | None = None  # as finalised
    unknown: set[str] = field(default_factory=set)  # parts the trail cannot rebuild (older entries)


@dataclass(frozen=True, slots=True)
class Difference:
    screening: str
    item: str  # "answer A1", "note C1", "status", "screening", ...
    trail: Any
    table: Any

    def render(self) -> str:
        return f"{self.screening} {self.item}: audit trail {self.trail!r}, tables {self.table!r}"


@dataclass(frozen=True, slots=True)
class ReplayReport:
    screenings: int
    differences: tuple[Difference, ...]
    not_replayed: tuple[str, ...]  # actions this version has no rule for, or parts without values

    @property
    def agrees(self) -> bool:
        return not self.differences


_ACTIONS_WITHOUT_RECORD = {
    "create_store",
    "unlock",
    "unlock_failed",
    "backup",
    "rekey",
    "export",
    "quiz_attempt",
    *CASE_ACTIONS,  # replayed by case_replay, against the case tables
}


def replay(session: Session, catalog: Catalog | None = None) -> ReplayReport:
    rebuilt: dict[str, _Rebuilt] = {}
    not_replayed: set[str] = set()
    for row in session.execute(
        select(AuditRow.action, AuditRow.screening_id, AuditRow.detail_json).order_by(AuditRow.seq)
    ):
        action, sid, detail = row.action, row.screening_id, json.loads(row.detail_json or "{}")
        if action in _ACTIONS_WITHOUT_RECORD or sid is None:
            continue
        if action == "create":
            rebuilt[sid] = _Rebuilt(kind=str(detail.get("kind", "full")), form=str(detail.get("form", "")))
            continue
        record = rebuilt.setdefault(sid, _Rebuilt(unknown={"create"}))
        if not _apply(record, action.removeprefix("amend_"), detail):
            not_replayed.add(action)
        if action.startswith("amend_"):
            record.status = "amended"
    differences = _compare(session, rebuilt, catalog)
    differences.extend(Difference(*found) for found in replay_cases(session))
    return ReplayReport(len(rebuilt), tuple(differences), tuple(sorted(not_replayed)))


def _apply(record: _Rebuilt, action: str, detail: Mapping[str, Any]) -> bool:
    """One entry applied to its screening; False for an action this version cannot replay."""
    rule = _RULES.get(action)
    if rule is None:
        return False
    rule(record, detail)
    return True


def _answer(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    _set_answer(record, str(detail.get("key")), detail.get("new"))


def _set_answer(record: _Rebuilt, key: str, value: Any) -> None:
    if value is None:  # None clears an answer; "" or 0 are answers
        record.answers.pop(key, None)
    else:
        record.answers[key] = value


def _answers(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    values = detail.get("values")
    if isinstance(values, dict):
        for key, value in values.items():
            _set_answer(record, key, value)
    else:  # an entry written before the trail kept the values
        record.unknown.add("answers")


def _note(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    if "hash" in detail:
        _set_or_drop(record.notes, str(detail.get("item")), str(detail["hash"]))
    else:
        record.unknown.add("notes")


def _indicators(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    _set_or_drop(record.indicators, str(detail.get("list")), tuple(dict.fromkeys(detail.get("ticked") or ())))


def _context(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    record.context.update({k: v for k, v in detail.items() if k != "reason"})


def _quick_check(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    given = detail.get("indicators")
    if isinstance(given, dict):
        for list_id, ticked in given.items():
            _set_or_drop(record.indicators, list_id, tuple(dict.fromkeys(ticked)))
    else:
        record.unknown.add("indicators")
    flags = detail.get("flags")
    if isinstance(flags, dict):  # what happened to the person, recorded with the check (issue 16)
        record.context.update(flags)
    if not detail.get("escalated"):
        record.status = "finalised"


def _finalise(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    record.status = "finalised"
    record.score = (int(detail.get("total") or 0), int(detail.get("max") or 0))


def _step(record: _Rebuilt, detail: Mapping[str, Any]) -> None:
    record.steps[str(detail.get("step"))] = bool(detail.get("done"))


def _delete(record: _Rebuilt, _detail: Mapping[str, Any]) -> None:
    record.deleted = True


_RULES: dict[str, Callable[[_Rebuilt, Mapping[str, Any]], None]] = {
    "answer": _answer,
    "answers": _answers,
    "note": _note,
    "indicators": _indicators,
    "context": _context,
    "quick_check": _quick_check,
    "finalise": _finalise,
    "step": _step,
    "delete": _delete,
}


def _set_or_drop(target: dict[str, Any], key: str, value: Any) -> None:
    if value:  # a note removed (no text), a list with nothing ticked
        target[key] = value
    else:
        target.pop(key, None)


def _compare(session: Session, rebuilt: dict[str, _Rebuilt], catalog: Catalog | None) -> list[Difference]:
    differences: list[Difference] = []
    rows = {row.id: row for row in session.scalars(select(ScreeningRow))}
    for sid in sorted(set(rows) - {s for s, r in rebuilt.items() if not r.deleted}):
        if sid not in rebuilt:
            differences.append(Difference(sid, "screening", "never created", "present"))
        else:
            differences.append(Difference(sid, "screening", "deleted", "present"))
    for sid, record in sorted(rebuilt.items()):
        row = rows.get(sid)
        if record.deleted or "create" in record.unknown:
            continue
        if row is None:
            differences.append(Difference(sid, "screening", "present", "missing"))
            continue
        differences.extend(_compare_one(session, sid, record, row, catalog))
    return differences


def _compare_one(
    session: Session, sid: str, record: _Rebuilt, row: ScreeningRow, catalog: Catalog | None
) -> list[Difference]:
    found = [
        Difference(sid, name, trail, table)
        for name, trail, table in (("status", record.status, row.status), ("kind", record.kind, row.kind))
        if trail != table
    ]
    answers = {
        a.key: json.loads(a.value_json) for a in session.scalars(select(AnswerRow).where(AnswerRow.screening_id == sid))
    }
    notes = {n.item: text_hash(n.text) for n in session.scalars(select(NoteRow).where(NoteRow.screening_id == sid))}
    indicators: dict[str, list[str]] = {}
    for ind in session.scalars(select(IndicatorRow).where(IndicatorRow.screening_id == sid)):
        indicators.setdefault(ind.list_id, []).append(ind.indicator_id)
    steps = {s.step_id: bool(s.done) for s in session.scalars(select(StepRow).where(StepRow.screening_id == sid))}
    parts: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        ("answer", record.answers, answers),
        ("note", record.notes, notes),
        (
            "indicators",
            {k: sorted(v) for k, v in record.indicators.items()},
            {k: sorted(v) for k, v in indicators.items()},
        ),
        ("context", record.context, json.loads(row.context_json or "{}")),
        ("step", record.steps, steps),
    ]
    for name, trail, table in parts:
        if {"answer": "answers", "note": "notes"}.get(name, name) in record.unknown:
            continue
        found.extend(
            Difference(sid, f"{name} {key}", trail.get(key), table.get(key))
            for key in sorted(set(trail) | set(table))
            if trail.get(key) != table.get(key)
        )
    if record.status == "finalised" and record.score is not None and (row.score_total, row.score_max) != record.score:
        found.append(Difference(sid, "score", record.score, (row.score_total, row.score_max)))
    if catalog is not None and not record.unknown:
        found.extend(_rescored(sid, row, record, indicators, catalog))
    return found


def _rescored(
    sid: str, row: ScreeningRow, record: _Rebuilt, indicators: dict[str, list[str]], catalog: Catalog
) -> list[Difference]:
    """The score the replayed answers give, against the score kept in the table."""
    try:
        form = catalog.form(row.form_id)
    except KeyError:
        return []
    context = make_context(row.setting, row.language, row.age_band, record.context, indicators)
    result = score_state(evaluate(form, record.answers, context))
    if (result.total, result.max) != (row.score_total, row.score_max):
        return [Difference(sid, "score", (result.total, result.max), (row.score_total, row.score_max))]
    return []
