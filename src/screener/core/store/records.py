"""What the store hands out: plain, immutable records (no ORM objects leave the store)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from screener.core.interview import CONTEXT_FLAGS, Context


class Status(StrEnum):
    """Where a record is in its life: a draft is edited freely; a final one only with a reason."""

    DRAFT = "draft"
    FINALISED = "finalised"
    AMENDED = "amended"  # finalised, then changed (with a reason in the audit trail)


class Kind(StrEnum):
    FULL = "full"  # the whole interview
    QUICK = "quick"  # a quick check: indicators and first actions, no questions asked


STATUSES = tuple(Status)
FINAL = (Status.FINALISED, Status.AMENDED)  # what is exported, printed as final and amended


@dataclass(frozen=True, slots=True)
class ScreeningSummary:
    """One row of the screenings list."""

    id: str
    kind: Kind
    case_code: str
    setting: str
    interviewer: str
    language: str
    status: Status
    created_at: str
    updated_at: str
    score_total: int
    score_max: int
    quick_id: str | None = None  # an interview: the quick check it follows


@dataclass(frozen=True, slots=True)
class StepRecord:
    step_id: str
    position: int
    added_by_interviewer: bool
    text: str
    done: bool
    note: str


@dataclass(frozen=True, slots=True)
class Amendment:
    """A finalised screening changed with a reason (from the audit trail): the first change
    made with that reason, by whom, and the reason as typed."""

    at: str
    interviewer: str
    reason: str


@dataclass(frozen=True, slots=True)
class Screening:
    summary: ScreeningSummary
    age_band: str
    form_id: str
    form_version: int
    form_hash: str
    finalised_at: str | None
    context_flags: dict[str, Any]
    position: Any
    answers: dict[str, Any]
    notes: dict[str, str]
    indicators: dict[str, tuple[str, ...]]
    steps: tuple[StepRecord, ...] = field(default=())
    score: dict[str, Any] = field(default_factory=dict)
    followed_by: tuple[str, ...] = ()  # a quick check: the interviews that follow it
    quick_at: str | None = None  # an interview after a quick check: when that check was recorded
    amendments: tuple[Amendment, ...] = ()  # an amended screening: each change's reason, oldest first

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def status(self) -> Status:
        return self.summary.status

    def context(self) -> Context:
        s = self.summary
        return make_context(s.setting, s.language, self.age_band, self.context_flags, self.indicators)


def make_context(
    setting: str, language: str, age_band: str, flags: Mapping[str, Any], indicators: Mapping[str, Any]
) -> Context:
    """The interview context of a stored screening."""
    return Context(
        setting=setting,
        language=language,
        age_band=age_band,
        indicators={k: tuple(v) for k, v in indicators.items()},
        **{flag: flags.get(flag) for flag in CONTEXT_FLAGS},
    )
