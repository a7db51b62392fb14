"""The Store: unlock, lock, and every change to screenings, each committed at once and audited.

Every public method is one transaction: it either happens whole (and is on disk when the
method returns) or not at all, and a failure is a StoreError with nothing changed.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, bindparam, delete, func, literal, select, union_all, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from screener.core.answers import CONTEXT_FLAGS, check_answers, check_notes, check_record, check_text
from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import AGE_BANDS, SETTINGS, Form
from screener.core.interview import InterviewState, evaluate
from screener.core.next_steps import circumstance_problems
from screener.core.scoring import ScoreResult, score_state
from screener.core.store import audit, backup, migrate, replay
from screener.core.store.cases import Cases
from screener.core.store.database import (
    create_file_engine,
    enable_wal,
    forget_key,
    open_engine,
    page_problems,
    passphrase_matches,
    passphrase_of,
    translated_errors,
)
from screener.core.store.errors import (
    DamagedStore,
    InvalidAnswer,
    KeyOrFirstPage,
    NotEditable,
    ReasonRequired,
    StoreError,
    StoreExists,
    StoreLocked,
    UnknownScreening,
    WriteFailed,
    WrongPassphrase,
)
from screener.core.store.passphrase import require_strong
from screener.core.store.records import Kind, Status, make_context
from screener.core.store.tables import (
    AnswerRow,
    IndicatorRow,
    NoteRow,
    ScreeningRow,
    StepRow,
)
from screener.core.store.unlock_guard import UnlockGuard
from screener.core.store.writer_lock import Fingerprint, WriterLock

# statements of the autosave path, built once (building them costs more than running them)
_DELETE_ANSWER = delete(AnswerRow).where(AnswerRow.screening_id == bindparam("sid"), AnswerRow.key == bindparam("key"))
_INSERT_ANSWER = sqlite_insert(AnswerRow).values(
    screening_id=bindparam("sid"), key=bindparam("key"), value_json=bindparam("value")
)
_UPSERT_ANSWER = _INSERT_ANSWER.on_conflict_do_update(
    index_elements=[AnswerRow.screening_id, AnswerRow.key],
    set_={"value_json": _INSERT_ANSWER.excluded.value_json},
)
_ANSWERS = select(AnswerRow.key, AnswerRow.value_json).where(AnswerRow.screening_id == bindparam("sid"))
_INDICATORS = select(IndicatorRow.list_id, IndicatorRow.indicator_id).where(
    IndicatorRow.screening_id == bindparam("sid")
)
# a screening's answers (0) and ticked indicators (1) in one statement: what scoring reads
_ANSWERS_AND_INDICATORS = union_all(
    select(literal(0), AnswerRow.key, AnswerRow.value_json).where(AnswerRow.screening_id == bindparam("sid")),
    select(literal(1), IndicatorRow.list_id, IndicatorRow.indicator_id).where(
        IndicatorRow.screening_id == bindparam("sid")
    ),
)
_KEEP: Any = object()  # set_answer: the position is left as it is

# a session (ORM work) or a connection (the autosave path, SQLAlchemy Core): both run statements
Executor = Session | Connection


@dataclass(frozen=True, slots=True)
class StoreReport:
    integrity: list[str]  # ["ok"] when every page is sound
    cipher: list[str]  # [] when every page's HMAC verifies
    chain: audit.ChainReport
    screenings: int
    replayed: replay.ReplayReport | None = None  # the tables against the audit trail
    seal: replay.Seal | None = None  # the chain head now
    against: replay.SealCheck | None = None  # a seal given to check

    @property
    def sound(self) -> bool:
        pages = self.integrity == ["ok"] and not self.cipher and self.chain.intact
        return pages and (self.replayed is None or self.replayed.agrees) and (self.against is None or self.against.kept)


class Store(Cases):
    """The encrypted store: lifecycle, safety and every change (reading is in reading.py)."""

    def __init__(
        self, path: Path, engine: Engine, catalog: Catalog, interviewer: str = "", writer: WriterLock | None = None
    ) -> None:
        self.path = path
        self.catalog = catalog
        self.interviewer = interviewer
        self._engine: Engine | None = engine
        self._audit = audit.AuditTrail()
        self._lock = threading.RLock()
        self._writer = writer
        self.upgraded_from_copy: str | None = None
        self.failed_unlocks: list[str] = []  # times of wrong passphrases before this unlock
        self.unlock_record_damaged = False  # the record of those was deleted or garbled
        self.checked_on_open = False  # the pages were checked at this unlock (the file had changed)

    # -- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, catalog: Catalog, interviewer: str = "") -> Store:
        """A new store at `path` (which must not exist), keyed with a strong passphrase."""
        require_strong(passphrase)
        if path.exists():
            raise StoreExists(path)
        writer = WriterLock.acquire(path)
        try:
            backup.remove_leftovers(path, writer)
            try:
                engine = create_file_engine(path, passphrase)
            except FileExistsError as exc:
                raise StoreExists(path) from exc
            writer.mark_open()
            try:
                with translated_errors(path):
                    enable_wal(engine)
                    migrate.upgrade(engine, path, writer)
            except Exception:
                engine.dispose()
                backup.remove_file(path)
                raise
            store = cls(path, engine, catalog, interviewer, writer)
            store.record("create_store")
        except BaseException:
            writer.release(clean=False)
            raise
        return store

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        catalog: Catalog,
        interviewer: str = "",
        sleep: Callable[[float], None] = time.sleep,
    ) -> Store:
        """Unlock an existing store; in use, wrong passphrase, damaged or newer files raise, untouched.

        The store's writer lock is taken first (a second app or command is refused, naming the
        first). When the file changed since its last clean close (a crash, a copy, a restore by
        hand), its pages are checked before anything is written: a damaged store is never written.
        """
        writer = WriterLock.acquire(path)
        try:
            store = cls._open_locked(path, passphrase, catalog, interviewer=interviewer, sleep=sleep, writer=writer)
        except BaseException:
            writer.release(clean=False)
            raise
        return store

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        passphrase: str,
        catalog: Catalog,
        *,
        interviewer: str,
        sleep: Callable[[float], None],
        writer: WriterLock,
    ) -> Store:
        backup.remove_leftovers(path, writer)
        changed = writer.changed_since_clean_close()
        guard = UnlockGuard.for_store(path)
        wait = guard.wait_left()  # the unlock screen shows it counting down first
        if wait:
            sleep(wait)
        try:
            engine = open_engine(path, passphrase, first_page_known=not changed)
        except KeyOrFirstPage:
            # the same unreadable first page counts toward the back-off once, not at every try
            head = Fingerprint.of(path)
            if head is None or writer.get("unreadable_head") != head.head:
                guard.failed(audit.now())
                if head is not None:
                    writer.note("unreadable_head", head.head)
            raise
        except WrongPassphrase:
            guard.failed(audit.now())
            raise
        try:
            if changed:
                problems = page_problems(engine)
                if problems:
                    raise DamagedStore(path, detail="; ".join(problems[:3]))
            with translated_errors(path):
                migrate.refuse_newer(engine, path)
                writer.mark_open()
                enable_wal(engine)
                copy = migrate.upgrade(engine, path, writer)
        except Exception:
            engine.dispose()
            raise
        store = cls(path, engine, catalog, interviewer, writer)
        store.upgraded_from_copy = copy
        store.checked_on_open = changed
        failures, damaged_at = guard.clear()
        try:
            with store._session() as session:
                if damaged_at:  # the record of failures was deleted or garbled meanwhile
                    store._audit.append(session, "unlock_record_damaged", interviewer, at=damaged_at)
                for at in failures:
                    store._audit.append(session, "unlock_failed", interviewer, at=at)
                store._audit.append(session, "unlock", interviewer)
        except BaseException:  # a full disk even for the unlock entry: the file is closed again
            engine.dispose()
            raise
        store.failed_unlocks = failures  # told to the user once unlocked
        store.unlock_record_damaged = bool(damaged_at)
        return store

    def lock(self) -> None:
        """Close the file and let go of the key: nothing can be read until the next unlock.

        The writer lock goes last, after the file's clean-close fingerprint is recorded."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                forget_key(self._engine)  # the passphrase is wiped from memory
                self._engine = None
            if self._writer is not None:
                self._writer.release(clean=True)
                self._writer = None

    @property
    def locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreLocked(self.path)
        return self._engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """One transaction, committed (and synced) on exit; on error rolled back and translated."""
        with self._lock, translated_errors(self.path):
            session = Session(self.engine, expire_on_commit=False)
            try:
                with session.begin():
                    yield session
            except BaseException:
                self._audit.forget()
                raise
            finally:
                session.close()

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One short transaction through SQLAlchemy Core, no ORM (the autosave path): BEGIN
        IMMEDIATE, committed (and synced) on exit; on error rolled back and translated."""
        with self._lock, translated_errors(self.path):
            try:
                with self.engine.begin() as connection:
                    yield connection
            except BaseException:
                self._audit.forget()
                raise

    def record(self, action: str, screening_id: str | None = None, **detail: Any) -> None:
        """An audit entry on its own (export, backup, ...)."""
        with self._session() as session:
            self._audit.append(session, action, self.interviewer, screening_id, **detail)

    # -- safety --------------------------------------------------------------------------

    def backup(self, target: Path, passphrase: str | None = None) -> None:
        """An encrypted copy at `target` (the store's passphrase unless another is given)."""
        if passphrase is not None:
            require_strong(passphrase)
        with self._lock:
            key = passphrase if passphrase is not None else passphrase_of(self.engine)
            backup.export_to(self.engine, target, key, self._writer)
        self.record("backup", target=target.name, new_passphrase=passphrase is not None)

    def rekey(self, old_passphrase: str, new_passphrase: str) -> Path | None:
        """Change the passphrase: the data is copied under the new key (with its audit entry),
        the file under the old key is kept aside, and one rename puts the new file in place.

        Returns exactly when the new passphrase is in force, with where the old file was kept.
        """
        with self._lock:
            if not passphrase_matches(self.engine, old_passphrase):
                raise WrongPassphrase(self.path)
            old_engine = self.engine
            self._engine, kept = backup.rekey(old_engine, self.path, new_passphrase, self._writer, self.interviewer)
            forget_key(old_engine)  # the old passphrase is no longer kept
            self._audit.forget()
        return kept

    def old_copies(self) -> list[Path]:
        """The copies the app kept beside the store (migration copies, replaced stores, the file
        before a re-key) that do not open with the store's passphrase: after a re-key, those
        still under the old one."""
        with self._lock:
            return backup.copies_not_under(self.path, passphrase_of(self.engine))

    def reencrypt_copies(self, copies: Sequence[Path], old_passphrase: str) -> dict[Path, StoreError]:
        """Key each kept copy with the store's passphrase; returns the copies that could not be
        (each with why: one under an earlier passphrase than `old_passphrase`, say), left as they were."""
        failed: dict[Path, StoreError] = {}
        with self._lock:
            key = passphrase_of(self.engine)
            for copy in self._kept(copies):
                try:
                    backup.reencrypt_copy(copy, old_passphrase, key, self._writer)
                except StoreError as exc:
                    failed[copy] = exc
            done = len(copies) - len(failed)
            if done:
                self.record("copies_reencrypted", count=done)
        return failed

    def delete_copies(self, copies: Sequence[Path]) -> None:
        """Delete kept copies (and their logs); only the app's own copies beside this store."""
        with self._lock:
            kept = self._kept(copies)
            for copy in kept:
                backup.delete_copy(copy)
            if kept:
                self.record("copies_deleted", count=len(kept))

    def _kept(self, copies: Sequence[Path]) -> list[Path]:
        """Refuse any path that is not one of the copies kept beside this store (a caller's bug)."""
        known = set(backup.copies_aside(self.path))
        strangers = [p for p in copies if Path(p) not in known]
        if strangers:
            raise ValueError(f"not a copy kept beside the store: {strangers[0]}")
        return [Path(p) for p in copies]

    def check(self, against: replay.Seal | None = None) -> StoreReport:
        """Integrity of the pages and of the audit chain; every screening replayed from the trail
        and compared with the tables; and, given a seal, whether that history is still here."""
        with self._session() as session:
            integrity = [r[0] for r in session.connection().exec_driver_sql("PRAGMA integrity_check")]
            cipher = [r[0] for r in session.connection().exec_driver_sql("PRAGMA cipher_integrity_check")]
            chain = audit.verify(session)
            screenings = int(session.scalar(select(func.count()).select_from(ScreeningRow)) or 0)
            replayed = replay.replay(session, self.catalog)
            seal = replay.head(session)
            checked = replay.check_seal(session, against) if against is not None else None
        return StoreReport(integrity, cipher, chain, screenings, replayed, seal, checked)

    def seal(self) -> replay.Seal:
        """The chain head (entries + hash of the last): printed on sheets, kept beside exports."""
        with self._session() as session:
            return replay.head(session)

    # -- screenings ----------------------------------------------------------------------

    def create_screening(
        self,
        setting: str,
        language: str,
        *,
        case_code: str = "",
        interviewer: str = "",
        form: Form | None = None,
        kind: Kind = Kind.FULL,
        age_band: str = "unknown",
        case_id: str | None = None,
    ) -> str:
        """A new draft; with `case_id`, put in that case after its last record in the same
        transaction (a re-screening: nothing of the earlier records is copied into it)."""
        form = form or self.catalog.default_form
        with self._session() as session:
            if case_id is not None:
                self._case_row(session, case_id)
            screening_id = self._insert(
                session,
                form=form,
                setting=setting,
                language=language,
                case_code=case_code,
                interviewer=interviewer,
                kind=kind,
                age_band=age_band,
                flags={},
            )
            if case_id is not None:
                session.flush()
                self._add(session, case_id, screening_id)
        return screening_id

    def set_answer(
        self, screening_id: str, key: str, value: Any, reason: str | None = None, position: Any = _KEEP
    ) -> ScoreResult:
        """Autosave one answer (None clears it); returns the new score.

        One short transaction through SQLAlchemy Core: the answer, the new score, the time, the
        status, the audit entry and (given `position`) where the interviewer is, all or nothing.
        """
        with self._transaction() as connection:
            head = self._editable(connection, screening_id, reason)
            form = self._form(head)
            problems = check_answers(form, {key: value})
            if problems:
                raise InvalidAnswer(self.path, detail=problems[0].render())
            answers, indicators = self._answers_and_indicators(connection, screening_id)
            old = answers.pop(key, None)
            if value is None:
                connection.execute(_DELETE_ANSWER, {"sid": screening_id, "key": key})
            else:
                value_json = json.dumps(value)
                connection.execute(_UPSERT_ANSWER, {"sid": screening_id, "key": key, "value": value_json})
                answers[key] = json.loads(value_json)  # as it is read back
            context = make_context(
                head.setting, head.language, head.age_band, json.loads(head.context_json), indicators
            )
            result = score_state(evaluate(form, answers, context))
            status, action, detail = _edit(head, reason, "answer", {"key": key, "old": old, "new": value})
            # (no parameter is named after a column: SQLAlchemy would add that column to the SET)
            values = {"sid": head.id, "now": audit.now(), **_score_values(result)}
            if status != head.status:
                values["new_status"] = status
            if position is not _KEEP:
                values["position"] = json.dumps(position)
            connection.execute(_TOUCH_SCORED["new_status" in values, "position" in values], values)
            self._audit.append(connection, action, head.interviewer or self.interviewer, head.id, **detail)
        return result

    def add_screening(
        self,
        *,
        form: Form,
        setting: str,
        language: str,
        answers: Mapping[str, Any],
        case_code: str = "",
        interviewer: str = "",
        notes: Mapping[str, str] | None = None,
        indicators: Mapping[str, tuple[str, ...]] | None = None,
        flags: Mapping[str, bool | None] | None = None,
        age_band: str = "unknown",
        finalise: bool = True,
    ) -> str:
        """A whole screening in one transaction (command line, imports): all of it or nothing."""
        problems = check_answers(form, dict(answers)) + check_notes(form, notes or {})
        if problems:
            raise InvalidAnswer(self.path, detail=problems[0].render())
        for list_id, ticked in (indicators or {}).items():
            self._check_ticked(list_id, ticked)
        unknown = [k for k, v in (flags or {}).items() if k not in CONTEXT_FLAGS or not (v is None or type(v) is bool)]
        if unknown or age_band not in AGE_BANDS:
            raise InvalidAnswer(self.path, detail=f"context {unknown[0] if unknown else age_band!r}")
        who = interviewer or self.interviewer
        with self._session() as session:
            screening_id = self._insert(
                session,
                form=form,
                setting=setting,
                language=language,
                case_code=case_code,
                interviewer=interviewer,
                kind=Kind.FULL,
                age_band=age_band,
                flags=dict(flags or {}),
            )
            for key, value in answers.items():
                session.add(AnswerRow(screening_id=screening_id, key=key, value_json=json.dumps(value)))
            for item, text_ in (notes or {}).items():
                if text_.strip():
                    session.add(NoteRow(screening_id=screening_id, item=item, text=text_))
            for list_id, ticked in (indicators or {}).items():
                for indicator in ticked:
                    session.add(IndicatorRow(screening_id=screening_id, list_id=list_id, indicator_id=indicator))
            session.flush()
            head = self._editable(session, screening_id, None)
            result = self._rescore(session, head, form)
            self._audit_whole(
                session,
                who,
                screening_id,
                answers=answers,
                notes=notes or {},
                indicators=indicators or {},
                flags=dict(flags or {}),
            )
            if finalise:
                session.execute(
                    update(ScreeningRow)
                    .where(ScreeningRow.id == screening_id)
                    .values(status=Status.FINALISED, finalised_at=audit.now())
                )
                self._audit.append(
                    session,
                    "finalise",
                    who,
                    screening_id,
                    total=result.total,
                    max=result.max,
                    missing=list(result.missing),
                )
        return screening_id

    def record_quick_check(
        self,
        *,
        setting: str,
        language: str,
        age_band: str,
        indicators: Mapping[str, Sequence[str]],
        escalate: bool = False,
        case_code: str = "",
        interviewer: str = "",
        flags: Mapping[str, bool] | None = None,
    ) -> str:
        """A quick indicator check, in one transaction; returns the id to open next.

        Always kept as a finalised quick check with what statistics need only (setting, date, age
        band, the indicators ticked, what happened): no case code, interviewer or notes, so its
        signs are counted in exports. With `escalate`, a full interview's draft follows in the
        same transaction, linked to it (`quick_id`), the indicators already ticked; its id is
        returned.
        """
        if age_band not in AGE_BANDS:
            raise InvalidAnswer(self.path, detail=f"age band {age_band!r}")
        recorded = dict(flags or {})
        unknown = [k for k, v in recorded.items() if k not in CONTEXT_FLAGS or not isinstance(v, bool)]
        if unknown:
            raise InvalidAnswer(self.path, detail=f"context {unknown[0]}")
        for list_id, ticked in indicators.items():
            self._check_ticked(list_id, ticked)
        form = self.catalog.default_form
        ticked_total = sum(len(set(t)) for t in indicators.values())
        ticked_lists = {k: list(dict.fromkeys(v)) for k, v in indicators.items()}
        with self._session() as session:
            quick_id = self._quick_row(session, form, setting, language, age_band, indicators, recorded)
            # the quick record is finalised whether or not an interview follows (issue 16): for the
            # trail's replay it is never "escalated" (that meant: became the interview's draft)
            self._audit.append(
                session,
                "quick_check",
                self.interviewer,
                quick_id,
                signs=ticked_total,
                escalated=False,
                followed_by_interview=escalate,
                indicators=ticked_lists,
                flags=recorded,
            )
            session.execute(
                update(ScreeningRow)
                .where(ScreeningRow.id == quick_id)
                .values(status=Status.FINALISED, finalised_at=audit.now())
            )
            if not escalate:
                return quick_id
            draft_id = self._insert(
                session,
                form=form,
                setting=setting,
                language=language,
                case_code=case_code,
                interviewer=interviewer,
                kind=Kind.FULL,
                age_band=age_band,
                flags=recorded,
                quick_id=quick_id,
            )
            self._add_indicators(session, draft_id, indicators)
            who = interviewer or self.interviewer
            for list_id, ticked in ticked_lists.items():  # the draft's own trail, as the replay reads it
                self._audit.append(session, "indicators", who, draft_id, list=list_id, ticked=ticked)
            if recorded:
                flags_detail: dict[str, Any] = dict(recorded)
                self._audit.append(session, "context", who, draft_id, **flags_detail)
            self._rescore(session, self._editable(session, draft_id, None), form)
        return draft_id

    def _quick_row(  # noqa: PLR0917 (the quick check's fields, each needed)
        self,
        session: Session,
        form: Form,
        setting: str,
        language: str,
        age_band: str,
        indicators: Mapping[str, Sequence[str]],
        flags: dict[str, Any],
    ) -> str:
        quick_id = self._insert(
            session,
            form=form,
            setting=setting,
            language=language,
            case_code="",
            interviewer="",
            kind=Kind.QUICK,
            age_band=age_band,
            flags=flags,
        )
        self._add_indicators(session, quick_id, indicators)
        self._rescore(session, self._editable(session, quick_id, None), form)
        return quick_id

    def _add_indicators(self, session: Session, screening_id: str, indicators: Mapping[str, Sequence[str]]) -> None:
        for list_id, ticked in indicators.items():
            for indicator in dict.fromkeys(ticked):
                session.add(IndicatorRow(screening_id=screening_id, list_id=list_id, indicator_id=indicator))
        session.flush()

    def set_answers(self, screening_id: str, answers: Mapping[str, Any], reason: str | None = None) -> ScoreResult:
        """Several answers in one transaction (for imports and the command line)."""
        with self._session() as session:
            head = self._editable(session, screening_id, reason)
            form = self._form(head)
            problems = check_answers(form, dict(answers))
            if problems:
                raise InvalidAnswer(self.path, detail=problems[0].render())
            for key, value in answers.items():
                session.merge(AnswerRow(screening_id=screening_id, key=key, value_json=json.dumps(value)))
            session.flush()
            result = self._rescore(session, head, form)
            self._touch(session, head, reason, "answers", keys=sorted(answers), values=dict(answers))
        return result

    def set_note(self, screening_id: str, item: str, note: str, reason: str | None = None) -> None:
        with self._session() as session:
            head = self._editable(session, screening_id, reason)
            problems = check_notes(self._form(head), {item: note})
            if problems:
                raise InvalidAnswer(self.path, detail=problems[0].render())
            existing = session.get(NoteRow, (screening_id, item))
            if not note.strip():
                if existing is not None:
                    session.delete(existing)
            elif existing is None:
                session.add(NoteRow(screening_id=screening_id, item=item, text=note))
            else:
                existing.text = note
            self._touch(session, head, reason, "note", item=item, hash=replay.text_hash(note.strip() and note))

    def set_indicators(
        self, screening_id: str, list_id: str, ticked: tuple[str, ...] | list[str], reason: str | None = None
    ) -> ScoreResult:
        self._check_ticked(list_id, ticked)
        with self._session() as session:
            head = self._editable(session, screening_id, reason)
            session.execute(
                delete(IndicatorRow).where(IndicatorRow.screening_id == screening_id, IndicatorRow.list_id == list_id)
            )
            for indicator in dict.fromkeys(ticked):
                session.add(IndicatorRow(screening_id=screening_id, list_id=list_id, indicator_id=indicator))
            session.flush()
            result = self._rescore(session, head, self._form(head))
            self._touch(session, head, reason, "indicators", list=list_id, ticked=list(ticked))
        return result

    def set_context(self, screening_id: str, reason: str | None = None, **flags: bool | None) -> None:
        unknown = [k for k in flags if k not in CONTEXT_FLAGS]
        if unknown:
            raise InvalidAnswer(self.path, detail=f"context {unknown[0]}")
        with self._session() as session:
            head = self._editable(session, screening_id, reason)
            context = {**json.loads(head.context_json), **flags}
            # a flag that does not apply to this person (abroad for a non-citizen) is refused
            state = self._state(session, head, self._form(head), context)
            refused = [
                p
                for p in circumstance_problems(self.catalog.next_steps, state)
                if p.item and flags.get(p.item.removeprefix("context."))
            ]
            if refused:
                raise InvalidAnswer(self.path, detail=refused[0].render())
            session.execute(
                update(ScreeningRow).where(ScreeningRow.id == screening_id).values(context_json=json.dumps(context))
            )
            self._touch(session, head, reason, "context", **flags)

    def set_position(self, screening_id: str, position: Any) -> None:
        """Where the interviewer is in a draft (not audited: it is not part of the record)."""
        with self._transaction() as connection:
            connection.execute(_POSITION, {"sid": screening_id, "position": json.dumps(position)})

    def finalise(self, screening_id: str) -> None:
        with self._session() as session:
            row = self._row(session, screening_id)
            if row.status != Status.DRAFT:
                raise NotEditable(self.path, status=row.status)
            row.status = Status.FINALISED
            row.finalised_at = row.updated_at = audit.now()
            score = json.loads(row.score_json)
            self._audit.append(
                session,
                "finalise",
                row.interviewer or self.interviewer,
                screening_id,
                total=row.score_total,
                max=row.score_max,
                missing=score.get("missing", []),
            )

    def set_step(
        self,
        screening_id: str,
        step_id: str,
        *,
        done: bool,
        note: str = "",
        text: str = "",
        position: int = 0,
    ) -> None:
        """Tick off or annotate a recommended step, or add one of the interviewer's own."""
        added = step_id not in {s.id for s in self.catalog.next_steps.steps}
        problems = check_text(note, f"{step_id}.note") + check_text(text, step_id) + check_text(step_id, "step", 64)
        if problems:
            raise InvalidAnswer(self.path, detail=problems[0].render())
        if added and not text.strip():
            raise InvalidAnswer(self.path, detail=f"step {step_id} needs a text")
        with self._session() as session:
            row = self._row(session, screening_id)
            session.merge(
                StepRow(
                    screening_id=screening_id,
                    step_id=step_id,
                    position=position,
                    added_by_interviewer=int(added),
                    text=text,
                    done=int(done),
                    note=note,
                )
            )
            row.updated_at = audit.now()
            self._audit.append(
                session, "step", row.interviewer or self.interviewer, screening_id, step=step_id, done=done
            )

    def delete_draft(self, screening_id: str) -> None:
        with self._session() as session:
            row = self._row(session, screening_id)
            if row.status != Status.DRAFT:
                raise NotEditable(self.path, status=row.status)
            session.delete(row)
            self._audit.append(session, "delete", self.interviewer, screening_id)

    # -- internals -----------------------------------------------------------------------

    def _insert(
        self,
        session: Session,
        *,
        form: Form,
        setting: str,
        language: str,
        case_code: str,
        interviewer: str,
        kind: str,
        age_band: str,
        flags: dict[str, Any],
        quick_id: str | None = None,
    ) -> str:
        """A new draft row, and its "create" audit entry (every field within the schema's limits)."""
        if setting not in SETTINGS:
            raise InvalidAnswer(self.path, detail=f"setting {setting!r}")
        problems = check_record(form, case_code=case_code, interviewer=interviewer, language=language)
        if problems:
            raise InvalidAnswer(self.path, detail=problems[0].render())
        now = audit.now()
        screening_id = str(uuid.uuid4())
        session.add(
            ScreeningRow(
                id=screening_id,
                kind=kind,
                case_code=case_code.strip(),
                setting=setting,
                interviewer=interviewer.strip(),
                language=language,
                age_band=age_band,
                form_id=form.id,
                form_version=form.version,
                form_hash=form.content_hash,
                status=Status.DRAFT,
                created_at=now,
                updated_at=now,
                context_json=json.dumps(flags),
                quick_id=quick_id,
            )
        )
        self._audit.append(
            session,
            "create",
            interviewer or self.interviewer,
            screening_id,
            form=form.id,
            version=form.version,
            setting=setting,
            kind=kind,
            **({"quick_id": quick_id} if quick_id else {}),
        )
        return screening_id

    def _audit_whole(
        self,
        session: Session,
        who: str,
        screening_id: str,
        *,
        answers: Mapping[str, Any],
        notes: Mapping[str, str],
        indicators: Mapping[str, Sequence[str]],
        flags: dict[str, Any],
    ) -> None:
        """The entries of a screening added whole: what replay needs to rebuild it (notes as hashes)."""
        self._audit.append(session, "answers", who, screening_id, keys=sorted(answers), values=dict(answers))
        for item, text_ in notes.items():
            if text_.strip():
                self._audit.append(session, "note", who, screening_id, item=item, hash=replay.text_hash(text_))
        for list_id, ticked in indicators.items():
            self._audit.append(session, "indicators", who, screening_id, list=list_id, ticked=list(ticked))
        if flags:
            self._audit.append(session, "context", who, screening_id, **flags)

    def _check_ticked(self, list_id: str, ticked: Sequence[str]) -> None:
        """Refuse a list or an indicator the instrument does not have (or one that is not an id)."""
        try:
            known = {i.id for i in self.catalog.indicator_list(list_id).items}
        except (KeyError, TypeError):
            raise InvalidAnswer(self.path, detail=f"list {str(list_id)[:80]!r}") from None
        if isinstance(ticked, (str, bytes)) or not isinstance(ticked, Sequence):
            raise InvalidAnswer(self.path, detail=f"{list_id}: a list of indicator ids")
        unknown = [i for i in ticked if not isinstance(i, str) or i not in known]
        if unknown:
            raise InvalidAnswer(self.path, detail=f"{str(unknown[0])[:80]} is not in {list_id}")

    def _editable(self, session: Executor, screening_id: str, reason: str | None) -> _Head:
        found = session.execute(_HEAD, {"sid": screening_id}).one_or_none()
        if found is None:
            raise UnknownScreening(self.path, id=screening_id)
        head = _Head(*found)
        if head.status != Status.DRAFT and not (reason and reason.strip()):
            raise ReasonRequired(self.path, status=head.status)
        return head

    def _touch(self, session: Session, head: _Head, reason: str | None, action: str, **detail: Any) -> None:
        status, action, detail = _edit(head, reason, action, detail)
        session.execute(_TOUCH, {"sid": head.id, "now": audit.now(), "status": status})
        self._audit.append(session, action, head.interviewer or self.interviewer, head.id, **detail)

    @staticmethod
    def _answers_and_indicators(
        connection: Connection, screening_id: str
    ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        answers: dict[str, Any] = {}
        indicators: dict[str, list[str]] = {}
        for table, first, second in connection.execute(_ANSWERS_AND_INDICATORS, {"sid": screening_id}):
            if table == 0:
                answers[first] = json.loads(second)
            else:
                indicators.setdefault(first, []).append(second)
        return answers, indicators

    def _form(self, head: _Head | ScreeningRow) -> Form:
        try:
            return self.catalog.form(head.form_id)
        except KeyError as exc:
            raise WriteFailed(self.path, detail=f"form {head.form_id} is not installed") from exc

    def _state(self, session: Session, head: _Head, form: Form, flags: Mapping[str, Any]) -> InterviewState:
        answers = {key: json.loads(value) for key, value in session.execute(_ANSWERS, {"sid": head.id})}
        indicators: dict[str, list[str]] = {}
        for list_id, indicator_id in session.execute(_INDICATORS, {"sid": head.id}):
            indicators.setdefault(list_id, []).append(indicator_id)
        context = make_context(head.setting, head.language, head.age_band, flags, indicators)
        return evaluate(form, answers, context)

    def _rescore(self, session: Session, head: _Head, form: Form) -> ScoreResult:
        result = score_state(self._state(session, head, form, json.loads(head.context_json)))
        session.execute(_SCORE, {"sid": head.id, **_score_values(result)})
        return result


def _edit(head: _Head, reason: str | None, action: str, detail: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The status after an edit, its audit action and detail: a finalised screening's edit is an
    amendment, with its reason."""
    if head.status == Status.DRAFT:
        return head.status, action, detail
    return Status.AMENDED, "amend_" + action, {**detail, "reason": reason}


def _score_values(result: ScoreResult) -> dict[str, Any]:
    return {
        "total": result.total,
        "max": result.max,
        "json": json.dumps(result.to_json("en"), ensure_ascii=False),
    }


class _Head(NamedTuple):
    """The columns an edit needs, read without building an ORM object (autosave is hot)."""

    id: str
    status: str
    form_id: str
    setting: str
    language: str
    age_band: str
    context_json: str
    interviewer: str


_HEAD = select(
    ScreeningRow.id,
    ScreeningRow.status,
    ScreeningRow.form_id,
    ScreeningRow.setting,
    ScreeningRow.language,
    ScreeningRow.age_band,
    ScreeningRow.context_json,
    ScreeningRow.interviewer,
).where(ScreeningRow.id == bindparam("sid"))
_TOUCH = (
    update(ScreeningRow)
    .where(ScreeningRow.id == bindparam("sid"))
    .values(updated_at=bindparam("now"), status=bindparam("status"))
)
_POSITION = update(ScreeningRow).where(ScreeningRow.id == bindparam("sid")).values(position_json=bindparam("position"))
_SCORE = (
    update(ScreeningRow)
    .where(ScreeningRow.id == bindparam("sid"))
    .values(score_total=bindparam("total"), score_max=bindparam("max"), score_json=bindparam("json"))
)
# an answer's one update of its screening: the score and the time, the status when it changes
# (an unchanged one would rewrite its index entry: a page more to encrypt and sync), the
# position when given; keyed by (status changes, position given)
_TOUCH_SCORED = {
    (status, position): _SCORE.values(
        updated_at=bindparam("now"),
        **({"status": bindparam("new_status")} if status else {}),
        **({"position_json": bindparam("position")} if position else {}),
    )
    for status in (False, True)
    for position in (False, True)
}
