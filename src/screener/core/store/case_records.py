"""What the store hands out about cases: plain, immutable records, and a case's timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from screener.core.referrals import Outcome, RefState
from screener.core.store.records import Kind, Status


@dataclass(frozen=True, slots=True)
class CaseMember:
    screening_id: str
    place: int  # 1 = the first record about the person in this case
    kind: Kind
    status: Status
    setting: str
    created_at: str
    score_total: int
    score_max: int


@dataclass(frozen=True, slots=True)
class ReferralStep:
    state: RefState
    on_date: str  # the day it happened (YYYY-MM-DD), as the worker gave it
    reason: str | None
    at: str  # when it was recorded (UTC ISO)


@dataclass(frozen=True, slots=True)
class Referral:
    id: str
    case_id: str
    screening_id: str | None
    purpose: str
    organisation_id: str | None
    organisation: str
    channel: str
    consent: bool
    no_consent_reason: str | None
    state: RefState
    created_at: str
    steps: tuple[ReferralStep, ...]

    @property
    def referred_on(self) -> str:
        return self.steps[0].on_date

    def reached(self, state: RefState) -> ReferralStep | None:
        return next((s for s in self.steps if s.state == state), None)


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    decided_by: str
    decided_on: str
    at: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: str  # YYYY-MM-DD: the screening's day, a referral step's or a decision's
    at: str  # when it was recorded, to order entries of one day
    what: str  # "screening" | "referral" | "decision"
    ref: str  # the screening's, the referral's id; the case's for a decision
    state: str  # the screening's kind, the referral's state, the decision's outcome
    detail: str = ""  # the referral's purpose, the decider


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    code: str
    export_id: str
    created_at: str
    members: tuple[CaseMember, ...]
    referrals: tuple[Referral, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @property
    def decision(self) -> Decision | None:
        """The decision in force: the last recorded."""
        return self.decisions[-1] if self.decisions else None

    def place_of(self, screening_id: str) -> int | None:
        return next((m.place for m in self.members if m.screening_id == screening_id), None)

    def timeline(self) -> tuple[TimelineEntry, ...]:
        entries = [
            TimelineEntry(_local_day(m.created_at), m.created_at, "screening", m.screening_id, m.kind.value)
            for m in self.members
        ]
        for r in self.referrals:
            entries.extend(TimelineEntry(s.on_date, s.at, "referral", r.id, s.state.value, r.purpose) for s in r.steps)
        entries.extend(
            TimelineEntry(d.decided_on, d.at, "decision", self.id, d.outcome.value, d.decided_by)
            for d in self.decisions
        )
        return tuple(sorted(entries, key=lambda e: (e.day, e.at)))


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the cases list: the case and its latest state."""

    id: str
    code: str
    created_at: str
    updated_at: str  # of its latest entry
    records: int
    latest: TimelineEntry | None
    referral_states: tuple[str, ...] = field(default=())  # each referral's state, oldest first
    decision: Decision | None = None


def _local_day(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().date().isoformat()
