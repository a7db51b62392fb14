"""One de-identified record per finalised screening: what a central database may count.

Nothing in a record points back to a person or to the laptop's store: no case code, no names,
no free text (notes, "other" type text, the interviewer's own steps), no row ids, no times
finer than the month, the age in a band, and an export id that is random, not derived.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import SETTINGS, Roles
from screener.core.outcome import outcome_of
from screener.core.regions import REGIONS, UNKNOWN
from screener.core.store.records import Kind, Screening

FORMAT = "screener-export/1"
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
)
SECTION_COLUMNS = {"score_b": "B", "score_c": "C", "score_d": "D", "score_e": "E"}
LIST_COLUMNS = frozenset({"items_at_2", "indicators", "types", "steps", "steps_done"})
INT_COLUMNS = frozenset({"form_version", "total", "max"})
OPTIONAL_INT_COLUMNS = frozenset({*SECTION_COLUMNS, "judgement"})
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


def deidentify(screening: Screening, catalog: Catalog, export_id: str, region: str) -> dict[str, Any]:
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


def from_csv_row(row: list[str]) -> dict[str, Any]:
    """A record from its CSV cells (types only; `problem` checks the values). ValueError on a bad number."""
    record: dict[str, Any] = {}
    for column, cell in zip(COLUMNS, row, strict=True):
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
    if column in LIST_COLUMNS:
        return isinstance(value, list) and all(isinstance(v, str) and _ID.fullmatch(v) for v in value)
    if column in INT_COLUMNS or column in OPTIONAL_INT_COLUMNS:
        if value is None:
            return column in OPTIONAL_INT_COLUMNS
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        top = 3 if column == "judgement" else MAX_SCORE
        return (1 if column == "form_version" else 0) <= value <= top
    if not isinstance(value, str):
        return False
    checks: dict[str, Callable[[str], object]] = {
        "format": lambda v: v == FORMAT,
        "export_id": _EXPORT_ID.fullmatch,
        "region": lambda v: v in REGIONS or v == UNKNOWN,
        "setting": lambda v: v in SETTINGS,
        "kind": lambda v: v in KINDS,
        "form_id": _ID.fullmatch,
        "month": _MONTH.fullmatch,
        "age_band": _age_group,
    }
    return bool(checks[column](value))
