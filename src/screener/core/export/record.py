"""One de-identified record per finalised screening: what a central database may count.

Nothing in a record points back to a person or to the laptop's store: no case code, no names,
no free text (notes, "other" type text, the interviewer's own steps), no row ids, no times
finer than the month, the age in a band, and an export id that is random, not derived.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import SETTINGS, Roles
from screener.core.outcome import outcome_of
from screener.core.referrals import NEXT, Outcome, RefState
from screener.core.regions import REGIONS, UNKNOWN
from screener.core.store.case_records import Case, Referral
from screener.core.store.records import Kind, Screening

FORMAT = "screener-export/2"  # 2: the case columns (issue 20)
COLUMNS = (
    "format",
    "export_id",
    "region",
    "setting",
    "kind",
    "form_id",
    "form_version",
    "month",
    "age_band",
    "score_b",
    "score_c",
    "score_d",
    "score_e",
    "total",
    "max",
    "items_at_2",
    "indicators",
    "judgement",
    "types",
    "steps",
    "steps_done",
    "case_id",  # the case's random export id ("" when the record is in no case)
    "case_place",  # the record's place in its case (1 = the first record about the person)
    "referrals",  # each referral of the case: purpose.state[.days to the answer[.days to the end]]
    "decision",  # the competent authority's decision in force on the case ("" when none)
    "decided_by",  # who made it
)
# what each format's records hold: the central database still takes files of posts not yet updated
# (format 1 has no case columns: they are read as "no case")
FORMATS = {"screener-export/1": COLUMNS[: COLUMNS.index("case_id")], FORMAT: COLUMNS}
SECTION_COLUMNS = {"score_b": "B", "score_c": "C", "score_d": "D", "score_e": "E"}
LIST_COLUMNS = frozenset({"items_at_2", "indicators", "types", "steps", "steps_done", "referrals"})
INT_COLUMNS = frozenset({"form_version", "total", "max"})
OPTIONAL_INT_COLUMNS = frozenset({*SECTION_COLUMNS, "judgement", "case_place"})
KINDS = tuple(Kind)
# an age group "14-17", an open last group "60+", or "unknown" (the groups are the form's roles.age_groups)
_AGE_GROUP = re.compile(r"(\d{1,3})-(\d{1,3})|\d{1,3}\+|unknown")
LIST_SEPARATOR = ";"

_EXPORT_ID = re.compile(r"[0-9a-f]{32}")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,95}")
MAX_SCORE = 1000


def age_band(roles: Roles, answers: Mapping[str, Any], stored_band: str) -> str:
    """The export age group of the age given (roles.age_groups); else the store's child / adult.

    Without an age, a child is "0-<majority - 1>" and an adult "<majority>+".
    """
    age = answers.get(roles.age) if roles.age else None
    groups = roles.age_groups
    if groups and isinstance(age, int) and not isinstance(age, bool) and age >= 0:
        for low, next_low in zip(groups, (*groups[1:], None), strict=True):
            if next_low is None:
                return f"{low}+"
            if age < next_low:
                return f"{low}-{next_low - 1}"
    majority = roles.age_of_majority
    if majority is not None and stored_band in ("child", "adult"):
        return f"0-{majority - 1}" if stored_band == "child" else f"{majority}+"
    return "unknown"


def referral_cell(referral: Referral) -> str:
    """purpose.state, then the days from sent to the answer and from acceptance to the end."""
    parts = [referral.purpose, referral.state.value]
    days = [date.fromisoformat(s.on_date) for s in referral.steps]
    parts += [str((later - earlier).days) for earlier, later in itertools.pairwise(days)]
    return ".".join(parts)


def parse_referral(cell: str) -> tuple[str, str, tuple[int, ...]] | None:
    """(purpose, state, days of each step) of a referrals cell; None if it is not one."""
    parts = cell.split(".")
    if len(parts) < 2 or parts[1] not in tuple(RefState) or not all(p.isascii() and p.isdigit() for p in parts[2:]):
        return None
    steps = _STEPS_TO.get(RefState(parts[1]))
    if steps is None or len(parts) - 2 != steps or any(int(p) > MAX_DAYS for p in parts[2:]):
        return None
    return parts[0], parts[1], tuple(int(p) for p in parts[2:])


def _steps_to(state: RefState) -> int:
    return 0 if state == RefState.SENT else 1 if state in NEXT[RefState.SENT] else 2


_STEPS_TO = {state: _steps_to(state) for state in RefState}
MAX_DAYS = 3660


def case_columns(case: Case | None, screening_id: str) -> dict[str, Any]:
    """The case columns of a record: random case id, place, referral states by purpose, decision."""
    if case is None:
        return {"case_id": "", "case_place": None, "referrals": [], "decision": "", "decided_by": ""}
    decision = case.decision
    return {
        "case_id": case.export_id,
        "case_place": case.place_of(screening_id),
        "referrals": [referral_cell(r) for r in case.referrals],
        "decision": decision.outcome.value if decision else "",
        "decided_by": decision.decided_by if decision else "",
    }


def deidentify(
    screening: Screening, catalog: Catalog, export_id: str, region: str, case: Case | None = None
) -> dict[str, Any]:
    """The record of a finalised screening (KeyError if its form is not installed)."""
    outcome = outcome_of(catalog, screening, language="en")
    form, result = outcome.form, outcome.result
    kept = [s for s in screening.steps if not s.added_by_interviewer]  # own steps are free text
    steps = list(dict.fromkeys([*outcome.recommended_ids, *(s.step_id for s in kept)]))
    sections = {s.id: s for s in result.sections}
    roles = form.roles
    record: dict[str, Any] = {
        "format": FORMAT,
        "export_id": export_id,
        "region": region if region in REGIONS else UNKNOWN,
        "setting": screening.summary.setting,
        "kind": screening.summary.kind,
        "form_id": form.id,
        "form_version": form.version,
        "month": screening.summary.created_at[:7],
        "age_band": age_band(roles, screening.answers, screening.age_band),
    }
    for column, section_id in SECTION_COLUMNS.items():
        section = sections.get(section_id)
        record[column] = section.score if section is not None and section.applicable is True else None
    record.update(
        {
            "total": result.total,
            "max": result.max,
            "items_at_2": [item for item, _points in result.items_at_2_or_more],
            "indicators": sorted({i for ticked in screening.indicators.values() for i in ticked}),
            "judgement": outcome.judgement,
            "types": list(outcome.types_chosen),
            "steps": steps,
            "steps_done": [s.step_id for s in kept if s.done],
            **case_columns(case, screening.id),
        }
    )
    if screening.summary.kind == Kind.QUICK:
        # a quick check asks no question: no scores (0 of 0), only the indicators and first steps
        record.update({column: None for column in SECTION_COLUMNS})
        record.update({"total": 0, "max": 0, "items_at_2": [], "judgement": None, "types": []})
    return record


def to_csv_row(record: Mapping[str, Any]) -> list[str]:
    row = []
    for column in COLUMNS:
        value = record[column]
        if column in LIST_COLUMNS:
            row.append(LIST_SEPARATOR.join(value))
        else:
            row.append("" if value is None else str(value))
    return row


NO_CASE: dict[str, Any] = {"case_id": "", "case_place": None, "referrals": [], "decision": "", "decided_by": ""}


def widened(record: dict[str, Any]) -> dict[str, Any]:
    """A record of an older format with the columns it lacks as a record in no case holds them."""
    return {**NO_CASE, **record} if record.get("format") != FORMAT else record


def from_csv_row(row: list[str], columns: tuple[str, ...] = COLUMNS) -> dict[str, Any]:
    """A record from its CSV cells (types only; `problem` checks the values). ValueError on a bad number."""
    record: dict[str, Any] = {}
    for column, cell in zip(columns, row, strict=True):
        if column in LIST_COLUMNS:
            record[column] = [part for part in cell.split(LIST_SEPARATOR) if part] if cell else []
        elif column in INT_COLUMNS or column in OPTIONAL_INT_COLUMNS:
            record[column] = None if cell == "" else int(cell)
        else:
            record[column] = cell
    return record


def problem(record: Mapping[str, Any]) -> tuple[str, Any] | None:
    """(column, value) of the first value a Screener export never holds, or None."""
    for column in COLUMNS:
        value = record[column]
        if not _valid(column, value):
            return column, value
    if record["total"] > record["max"]:
        return "total", record["total"]
    return None


def _age_group(value: str) -> bool:
    match = _AGE_GROUP.fullmatch(value)
    return match is not None and (match.group(1) is None or int(match.group(1)) <= int(match.group(2)))


def _valid(column: str, value: Any) -> bool:
    if column == "referrals":
        return isinstance(value, list) and all(isinstance(v, str) and parse_referral(v) for v in value)
    if column in LIST_COLUMNS:
        return isinstance(value, list) and all(isinstance(v, str) and _ID.fullmatch(v) for v in value)
    if column in INT_COLUMNS or column in OPTIONAL_INT_COLUMNS:
        if value is None:
            return column in OPTIONAL_INT_COLUMNS
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        top = 3 if column == "judgement" else MAX_SCORE
        return (1 if column in ("form_version", "case_place") else 0) <= value <= top
    if not isinstance(value, str):
        return False
    checks: dict[str, Callable[[str], object]] = {
        "format": lambda v: v in FORMATS,
        "export_id": _EXPORT_ID.fullmatch,
        "region": lambda v: v in REGIONS or v == UNKNOWN,
        "setting": lambda v: v in SETTINGS,
        "kind": lambda v: v in KINDS,
        "form_id": _ID.fullmatch,
        "month": _MONTH.fullmatch,
        "age_band": _age_group,
        "case_id": lambda v: v == "" or _EXPORT_ID.fullmatch(v),
        "decision": lambda v: v == "" or v in tuple(Outcome),
        "decided_by": lambda v: v == "" or _ID.fullmatch(v),
    }
    return bool(checks[column](value))
