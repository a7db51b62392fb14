"""Cases, referrals and decisions: a part of `Store` (its base class), each method one audited
transaction that happens whole or not at all.

A case groups the records about one person (quick check, interview, re-screenings) under a
reference code and a random export id. A referral moves sent -> accepted / declined ->
delivered / not delivered (referrals.NEXT), each step with its day and, where the state needs
one, a reason from forms/referrals.yaml. A decision is recorded by the worker as the competent
authority gave it; nothing here infers one.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from screener.core.answers import check_case_code, check_text
from screener.core.instrument.loader import Catalog
from screener.core.referrals import NEXT, REASON_LIST, Outcome, ReferralLists, RefState
from screener.core.store import audit, replay
from screener.core.store.case_records import (
    Case,
    CaseMember,
    CaseSummary,
    Decision,
    Referral,
    ReferralStep,
)
from screener.core.store.errors import (
    BadDate,
    ConsentReasonNeeded,
    InOtherCase,
    InvalidAnswer,
    NotInList,
    OrganisationNeeded,
    RefusedTransition,
    UnknownCase,
    WriteFailed,
)
from screener.core.store.reading import Reading
from screener.core.store.records import Kind, Status
from screener.core.store.tables import (
    CaseMemberRow,
    CaseRow,
    DecisionRow,
    ReferralRow,
    ReferralStepRow,
    ScreeningRow,
)

MAX_ORGANISATION = 200  # a typed organisation's name


class Cases(Reading):
    catalog: Catalog
    interviewer: str
    _audit: audit.AuditTrail

    # -- writing -------------------------------------------------------------------------

    def open_case(self, code: str, screening_ids: Sequence[str] = ()) -> str:
        """A new case with its reference code, holding these screenings in this order."""
        problems = check_case_code(code)
        if problems or not code.strip():
            raise InvalidAnswer(self.path, detail=problems[0].render() if problems else "case code")
        with self._session() as session:
            case_id = str(uuid.uuid4())
            export_id = uuid.uuid4().hex  # random: nothing in it points back to a record
            session.add(CaseRow(id=case_id, code=code.strip(), export_id=export_id, created_at=audit.now()))
            session.flush()
            self._audit.append(
                session, "case_open", self.interviewer, None, case=case_id, code=code.strip(), export_id=export_id
            )
            for sid in screening_ids:
                self._add(session, case_id, sid)
        return case_id

    def add_to_case(self, case_id: str, screening_id: str) -> int:
        """Put a screening in a case, after its last record; returns its place."""
        with self._session() as session:
            self._case_row(session, case_id)
            return self._add(session, case_id, screening_id)

    def case_for(self, screening_id: str, code: str | None = None) -> str:
        """The screening's case: its own, else the case of the quick check it follows (it joins
        it), else a new case (the quick check first) under `code` or the screening's case code."""
        with self._session() as session:
            row = self._row(session, screening_id)
            own = _case_of(session, screening_id)
            if own is not None:
                return own
            quick_case = _case_of(session, row.quick_id) if row.quick_id else None
            if quick_case is not None:
                self._add(session, quick_case, screening_id)
                return quick_case
            members = [row.quick_id, screening_id] if row.quick_id else [screening_id]
            case_code = (code or row.case_code).strip()
        return self.open_case(case_code, members)

    def refer(
        self,
        case_id: str,
        *,
        purpose: str,
        channel: str,
        on: str,
        consent: bool,
        no_consent_reason: str | None = None,
        organisation_id: str | None = None,
        organisation: str = "",
        screening_id: str | None = None,
    ) -> str:
        """A referral made (state sent, on the day given) from a case's result."""
        lists = self._lists()
        self._choice(lists, "purposes", "purpose", purpose)
        self._choice(lists, "channels", "channel", channel)
        if not consent:
            if not no_consent_reason:
                raise ConsentReasonNeeded(self.path)
            self._choice(lists, "no_consent_reasons", "no_consent_reason", no_consent_reason)
        elif no_consent_reason:
            raise InvalidAnswer(self.path, detail="no_consent_reason with consent")
        self._organisation(organisation_id, organisation)
        day = self._day("on", on)
        with self._session() as session:
            self._case_row(session, case_id)
            self._not_before_first(session, case_id, day)
            if screening_id is not None and _case_of(session, screening_id) != case_id:
                raise UnknownCase(self.path, id=screening_id)
            referral_id = str(uuid.uuid4())
            now = audit.now()
            session.add(
                ReferralRow(
                    id=referral_id,
                    case_id=case_id,
                    screening_id=screening_id,
                    purpose=purpose,
                    organisation_id=organisation_id,
                    organisation=organisation.strip(),
                    channel=channel,
                    consent=int(consent),
                    no_consent_reason=no_consent_reason,
                    state=RefState.SENT,
                    created_at=now,
                )
            )
            session.flush()
            session.add(ReferralStepRow(referral_id=referral_id, seq=0, state=RefState.SENT, on_date=day, at=now))
            self._audit.append(
                session,
                "refer",
                self.interviewer,
                screening_id,
                at=now,
                case=case_id,
                referral=referral_id,
                purpose=purpose,
                organisation_id=organisation_id,
                organisation=replay.text_hash(organisation.strip()),
                channel=channel,
                consent=consent,
                no_consent_reason=no_consent_reason,
                on=day,
            )
        return referral_id

    def update_referral(self, referral_id: str, state: str, on: str, reason: str | None = None) -> None:
        """The referral's next state (accepted, declined, delivered, not delivered) on the day given."""
        lists = self._lists()
        day = self._day("on", on)
        with self._session() as session:
            row = session.get(ReferralRow, referral_id)
            if row is None:
                raise UnknownCase(self.path, id=referral_id)
            current = RefState(row.state)
            allowed = NEXT[current]
            if state not in allowed:
                raise RefusedTransition(self.path, state=current, new=state, allowed=",".join(allowed))
            new = RefState(state)
            list_name = REASON_LIST.get(new)
            if list_name is None and reason:
                raise InvalidAnswer(self.path, detail=f"reason with {new}")
            if list_name is not None:
                self._choice(lists, list_name, "reason", reason)
            last = session.execute(
                select(ReferralStepRow.seq, ReferralStepRow.on_date)
                .where(ReferralStepRow.referral_id == referral_id)
                .order_by(ReferralStepRow.seq.desc())
                .limit(1)
            ).one()
            if day < last.on_date:
                raise BadDate(self.path, field="on", value=day, why=f"< {last.on_date}")
            now = audit.now()
            row.state = new
            session.add(
                ReferralStepRow(
                    referral_id=referral_id, seq=last.seq + 1, state=new, on_date=day, reason=reason, at=now
                )
            )
            self._audit.append(
                session,
                "referral_state",
                self.interviewer,
                row.screening_id,
                at=now,
                referral=referral_id,
                state=new.value,
                on=day,
                reason=reason,
            )

    def record_decision(self, case_id: str, outcome: str, decided_by: str, on: str) -> None:
        """The competent authority's decision as it was given (a later one replaces it in force)."""
        lists = self._lists()
        if outcome not in tuple(Outcome):
            raise NotInList(self.path, field="outcome", value=str(outcome)[:40], known=", ".join(Outcome))
        self._choice(lists, "deciders", "decided_by", decided_by)
        day = self._day("on", on)
        with self._session() as session:
            self._case_row(session, case_id)
            self._not_before_first(session, case_id, day)
            seq = int(session.scalar(select(func.count()).where(DecisionRow.case_id == case_id)) or 0)
            now = audit.now()
            session.add(
                DecisionRow(case_id=case_id, seq=seq, outcome=outcome, decided_by=decided_by, decided_on=day, at=now)
            )
            self._audit.append(
                session,
                "decision",
                self.interviewer,
                None,
                at=now,
                case=case_id,
                outcome=outcome,
                by=decided_by,
                on=day,
            )

    # -- reading -------------------------------------------------------------------------

    def case_of(self, screening_id: str) -> str | None:
        with self._session() as session:
            return _case_of(session, screening_id)

    def get_case(self, case_id: str) -> Case:
        with self._session() as session:
            return _case(session, self._case_row(session, case_id))

    def list_cases(self, *, limit: int = 50, offset: int = 0, code: str | None = None) -> list[CaseSummary]:
        """Cases with their latest state, the most recently changed first."""
        with self._session() as session:
            query = select(CaseRow)
            if code:
                query = query.where(CaseRow.code.like(code.strip().replace("%", "\\%") + "%", escape="\\"))
            cases = [_case(session, row) for row in session.scalars(query)]
        summaries = []
        for case in cases:
            timeline = case.timeline()
            latest = max(timeline, key=lambda e: e.at, default=None)
            summaries.append(
                CaseSummary(
                    id=case.id,
                    code=case.code,
                    created_at=case.created_at,
                    updated_at=latest.at if latest else case.created_at,
                    records=len(case.members),
                    latest=latest,
                    referral_states=tuple(r.state.value for r in case.referrals),
                    decision=case.decision,
                )
            )
        summaries.sort(key=lambda s: s.updated_at, reverse=True)
        return summaries[offset : offset + limit]

    # -- internals -----------------------------------------------------------------------

    def _add(self, session: Session, case_id: str, screening_id: str) -> int:
        self._row(session, screening_id)
        other = _case_of(session, screening_id)
        if other is not None:
            code = session.scalar(select(CaseRow.code).where(CaseRow.id == other))
            raise InOtherCase(self.path, case=code or other)
        place = int(session.scalar(select(func.max(CaseMemberRow.place)).where(CaseMemberRow.case_id == case_id)) or 0)
        session.add(CaseMemberRow(screening_id=screening_id, case_id=case_id, place=place + 1))
        session.flush()
        self._audit.append(session, "case_add", self.interviewer, screening_id, case=case_id, place=place + 1)
        return place + 1

    def _case_row(self, session: Session, case_id: str) -> CaseRow:
        row = session.get(CaseRow, case_id)
        if row is None:
            raise UnknownCase(self.path, id=case_id)
        return row

    def _not_before_first(self, session: Session, case_id: str, day: str) -> None:
        """A referral or a decision cannot come before the case's first record (its local day)."""
        first = session.scalar(
            select(func.min(ScreeningRow.created_at))
            .join(CaseMemberRow, CaseMemberRow.screening_id == ScreeningRow.id)
            .where(CaseMemberRow.case_id == case_id)
        )
        if first and day < local_day(first):
            raise BadDate(self.path, field="on", value=day, why=f"< {local_day(first)}")

    def _lists(self) -> ReferralLists:
        if self.catalog.referrals is None:
            raise WriteFailed(self.path, detail="forms/referrals.yaml is not installed")
        return self.catalog.referrals

    def _choice(self, lists: ReferralLists, name: str, field: str, value: str | None) -> None:
        known = lists.ids(name)
        if value not in known:
            raise NotInList(self.path, field=field, value=str(value)[:40], known=", ".join(known))

    def _organisation(self, organisation_id: str | None, organisation: str) -> None:
        if organisation_id is not None:
            directory = self.catalog.directory
            known = {e.id for e in directory.entries} | {h.id for h in directory.hotlines} if directory else set()
            if organisation_id not in known:
                raise NotInList(self.path, field="organisation", value=str(organisation_id)[:40], known="directory")
        problems = check_text(organisation, "organisation", MAX_ORGANISATION)
        if problems:
            raise InvalidAnswer(self.path, detail=problems[0].render())
        if organisation_id is None and not organisation.strip():
            raise OrganisationNeeded(self.path)

    def _day(self, field: str, value: str) -> str:
        """A day as YYYY-MM-DD, not after today."""
        try:
            day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise BadDate(self.path, field=field, value=str(value)[:20], why="YYYY-MM-DD")
        if day > date.today():
            raise BadDate(self.path, field=field, value=value, why=f"> {date.today().isoformat()}")
        return day.isoformat()


def local_day(iso: str) -> str:
    """The local day (YYYY-MM-DD) of a stored UTC time."""
    return datetime.fromisoformat(iso).astimezone().date().isoformat()


def _case_of(session: Session, screening_id: str) -> str | None:
    return session.scalar(select(CaseMemberRow.case_id).where(CaseMemberRow.screening_id == screening_id))


def _case(session: Session, row: CaseRow) -> Case:
    members = tuple(
        CaseMember(sid, place, Kind(kind), Status(status), setting, created, total, maximum)
        for sid, place, kind, status, setting, created, total, maximum in session.execute(
            select(
                CaseMemberRow.screening_id,
                CaseMemberRow.place,
                ScreeningRow.kind,
                ScreeningRow.status,
                ScreeningRow.setting,
                ScreeningRow.created_at,
                ScreeningRow.score_total,
                ScreeningRow.score_max,
            )
            .join(ScreeningRow, ScreeningRow.id == CaseMemberRow.screening_id)
            .where(CaseMemberRow.case_id == row.id)
            .order_by(CaseMemberRow.place)
        )
    )
    referrals = []
    for ref in session.scalars(
        select(ReferralRow).where(ReferralRow.case_id == row.id).order_by(ReferralRow.created_at, ReferralRow.id)
    ):
        steps = tuple(
            ReferralStep(RefState(s.state), s.on_date, s.reason, s.at)
            for s in session.scalars(
                select(ReferralStepRow).where(ReferralStepRow.referral_id == ref.id).order_by(ReferralStepRow.seq)
            )
        )
        referrals.append(
            Referral(
                id=ref.id,
                case_id=ref.case_id,
                screening_id=ref.screening_id,
                purpose=ref.purpose,
                organisation_id=ref.organisation_id,
                organisation=ref.organisation,
                channel=ref.channel,
                consent=bool(ref.consent),
                no_consent_reason=ref.no_consent_reason,
                state=RefState(ref.state),
                created_at=ref.created_at,
                steps=steps,
            )
        )
    decisions = tuple(
        Decision(Outcome(d.outcome), d.decided_by, d.decided_on, d.at)
        for d in session.scalars(select(DecisionRow).where(DecisionRow.case_id == row.id).order_by(DecisionRow.seq))
    )
    return Case(row.id, row.code, row.export_id, row.created_at, members, tuple(referrals), decisions)
