"""What an export can hold, checked in PostgreSQL over a whole staged file at once.

A file is first copied as text into the staging table (one row per line, with its line
number); one pass gathers each column's distinct values, which are checked here (a rule runs
once per value, not once per line), and one more pass tries the rules that tie a line's columns
together; the first line that fails names its column. The known values come from the installed
instrument: forms (their versions and section maxima), items, indicator lists, next steps,
types of trafficking, regions, settings and age bands. Numbers must be ASCII digits, months must
exist and not lie in the future.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Table, text

from screener.core.export.record import COLUMNS, FORMATS, KINDS, LIST_COLUMNS, SECTION_COLUMNS, parse_referral
from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import SETTINGS, Roles
from screener.core.referrals import Outcome
from screener.core.regions import REGIONS, UNKNOWN

EARLIEST_MONTH = "2020-01"  # before Screener was written: no screening can be older


def age_band_ids(roles: Roles) -> tuple[str, ...]:
    """The age groups an export of this form can hold (record.age_band): its groups, then child /
    adult without an age, then unknown."""
    groups = roles.age_groups
    bands = [f"{low}-{high - 1}" for low, high in itertools.pairwise(groups)]
    bands += [f"{groups[-1]}+"] if groups else []
    if roles.age_of_majority is not None:
        bands += [f"0-{roles.age_of_majority - 1}", f"{roles.age_of_majority}+"]
    return tuple(dict.fromkeys([*bands, "unknown"]))


@dataclass(frozen=True, slots=True)
class KnownForm:
    id: str
    version: int
    section_max: dict[str, int]  # by export column (score_b ...)
    optional: frozenset[str]  # export columns of sections that apply only sometimes (B: non-citizens)


@dataclass(frozen=True, slots=True)
class Known:
    forms: tuple[KnownForm, ...]
    items: frozenset[str]
    indicators: frozenset[str]
    steps: frozenset[str]
    types: frozenset[str]
    age_bands: frozenset[str]
    purposes: frozenset[str] = frozenset()
    deciders: frozenset[str] = frozenset()

    @classmethod
    def of(cls, catalog: Catalog) -> Known:
        forms = []
        for form in catalog.forms:
            by_section = {s.id: s for s in form.scored_sections}
            maxima = {col: by_section[sid].max for col, sid in SECTION_COLUMNS.items() if sid in by_section}
            optional = {
                col for col, sid in SECTION_COLUMNS.items() if sid in by_section and by_section[sid].applies_when
            }
            forms.append(KnownForm(form.id, form.version, maxima, frozenset(optional)))
        types = {
            option.value
            for form in catalog.forms
            if form.roles.types in form.items
            for option in form.items[str(form.roles.types)].options
        }
        return cls(
            forms=tuple(forms),
            items=frozenset(i.id for form in catalog.forms for i in form.items.values() if i.scored),
            indicators=frozenset(i.id for lst in catalog.lists for i in lst.items),
            steps=frozenset(s.id for s in catalog.next_steps.steps),
            types=frozenset(str(t) for t in types),
            age_bands=frozenset(band for form in catalog.forms for band in age_band_ids(form.roles)),
            purposes=frozenset(catalog.referrals.ids("purposes") if catalog.referrals else ()),
            deciders=frozenset(catalog.referrals.ids("deciders") if catalog.referrals else ()),
        )


SCALARS = tuple(c for c in COLUMNS if c not in LIST_COLUMNS and c != "export_id")
_NUMBER = re.compile(r"[0-9]{1,5}")  # ASCII digits only: int() would take Arabic-Indic ones
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_EXPORT_ID = re.compile(r"[0-9a-f]{32}")
_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,95}")


def first_problem(connection: Connection, staging: Table, known: Known, today: date) -> tuple[int, str, str] | None:
    """(line, column, value) of the first line holding a value no export can hold, or None.

    One pass gathers each column's distinct values (a list column's distinct cells) with the
    first line holding each; the values are checked here, so a rule is tried once per value, not
    once per line (export ids, one per line, are checked as the file is read: incoming.py). Then
    the rules that tie a line's columns together
    (scores within the form's maxima, quick checks without scores) run in one more pass.
    """
    bad = _bad_values(connection, staging, known, today)
    if bad:
        return min(bad)
    return _bad_row(connection, staging, known)


# values checked together come from one grouping (a few hundred combinations per file, not a hash
# table per column); a list column has its own (its cells vary most)
_GROUPS = (
    ("format", "region", "setting", "kind", "form_id", "form_version", "age_band", "month", "judgement"),
    (*SECTION_COLUMNS, "total", "max"),
    ("case_id",),
    ("case_place", "decision", "decided_by"),
    *((c,) for c in LIST_COLUMNS),
)


def _bad_values(connection: Connection, staging: Table, known: Known, today: date) -> list[tuple[int, str, str]]:
    columns = [*SCALARS, *LIST_COLUMNS]
    sets = ", ".join(f"({', '.join(group)})" for group in _GROUPS)
    flags = ", ".join(f"GROUPING({group[0]})" for group in _GROUPS)
    query = f"SELECT {', '.join(columns)}, min(line), {flags} FROM {staging.name} GROUP BY GROUPING SETS ({sets})"
    valid = _value_rules(known, today)
    versions = {f.id: f.version for f in known.forms}
    found: list[tuple[int, str, str]] = []
    width = len(columns)
    for row in connection.execute(text(query)):
        values = dict(zip(columns, row[:width], strict=True))
        line = row[width]
        groups = [g for g, flag in zip(_GROUPS, row[width + 1 :], strict=True) if flag == 0]
        for column in groups[0]:
            value = values[column]
            if column == "form_version":
                top = versions.get(values["form_id"])
                ok = top is None or bool(value and _NUMBER.fullmatch(value) and 1 <= int(value) <= top)
            else:
                ok = valid[column](value)
            if not ok:
                found.append((int(line), column, value or ""))
    return found


def _value_rules(known: Known, today: date) -> dict[str, Callable[[str | None], bool]]:
    latest = f"{today.year:04d}-{today.month:02d}"

    def number(value: str | None) -> bool:
        return not value or bool(_NUMBER.fullmatch(value))

    def required_number(value: str | None) -> bool:
        return bool(value) and number(value)

    regions = {*REGIONS, UNKNOWN}
    forms = {f.id for f in known.forms}
    return {
        "format": lambda v: v in FORMATS,
        "region": lambda v: v in regions,
        "setting": lambda v: v in SETTINGS,
        "kind": lambda v: v in KINDS,
        "form_id": lambda v: v in forms,
        "month": lambda v: bool(v and _MONTH.fullmatch(v)) and EARLIEST_MONTH <= str(v) <= latest,
        "age_band": lambda v: v in known.age_bands,
        **{column: number for column in SECTION_COLUMNS},
        "total": required_number,
        "max": required_number,
        "judgement": lambda v: not v or v in ("0", "1", "2", "3"),
        "items_at_2": _ids(known.items),
        "indicators": _ids(known.indicators),
        "types": _ids(known.types),
        "steps": _ids(known.steps),
        "steps_done": _ids(known.steps),
        "case_id": lambda v: not v or bool(_EXPORT_ID.fullmatch(v)),
        "case_place": lambda v: not v or bool(_NUMBER.fullmatch(v) and int(v) >= 1),
        "decision": lambda v: not v or v in tuple(Outcome),
        "decided_by": lambda v: not v or v in known.deciders,
        "referrals": lambda v: not v or all(_referral(part, known) for part in v.split(";")),
    }


def _referral(cell: str, known: Known) -> bool:
    parsed = parse_referral(cell)
    return parsed is not None and parsed[0] in known.purposes


def _ids(allowed: frozenset[str]) -> Callable[[str | None], bool]:
    """A list cell: ids joined by ";", each one installed here (an empty cell is an empty list)."""

    def valid(cell: str | None) -> bool:
        return not cell or all(part in allowed and _ID.fullmatch(part) for part in cell.split(";"))

    return valid


def _row_rules() -> dict[str, str]:
    """Conditions that tie a line's columns together (its values are known to be well formed)."""
    quick = "s.kind = 'quick'"

    def num(column: str) -> str:
        return f"nullif(s.{column}, '')::int"

    sections = {}
    for col in SECTION_COLUMNS:
        absent = f"coalesce(s.{col}, '') = ''"
        may_lack = f"(f.{col}_max IS NULL OR f.{col}_optional)"
        sections[col] = (
            f"(CASE WHEN {quick} OR f.{col}_max IS NULL THEN {absent} "
            f"ELSE ({num(col)} <= f.{col}_max OR ({absent} AND {may_lack})) END)"
        )
    expected_max = " + ".join(
        f"coalesce(CASE WHEN {num(c)} IS NOT NULL THEN f.{c}_max END, 0)" for c in SECTION_COLUMNS
    )
    empty = {c: f"coalesce(s.{c}, '') = ''" for c in (*LIST_COLUMNS, "judgement")}
    return {
        **sections,
        "total": f"(CASE WHEN {quick} THEN {num('total')} = 0 ELSE {num('total')} <= {num('max')} END)",
        "max": f"(CASE WHEN {quick} THEN {num('max')} = 0 ELSE {num('max')} = {expected_max} END)",
        "items_at_2": f"(NOT {quick} OR {empty['items_at_2']})",
        "judgement": f"(NOT {quick} OR {empty['judgement']})",
        "case_place": "((coalesce(s.case_id, '') = '') = (coalesce(s.case_place, '') = ''))",
        "decided_by": "((coalesce(s.decision, '') = '') = (coalesce(s.decided_by, '') = ''))",
        "types": f"(NOT {quick} OR {empty['types']})",
        "steps_done": "(string_to_array(coalesce(s.steps_done, ''), ';') "
        "<@ string_to_array(coalesce(s.steps, ''), ';'))",
    }


ROW_RULES = _row_rules()


def _bad_row(connection: Connection, staging: Table, known: Known) -> tuple[int, str, str] | None:
    source = f"{staging.name} AS s JOIN {_forms_values(known)} ON f.form_id = s.form_id"
    every = " AND ".join(f"coalesce({rule}, false)" for rule in ROW_RULES.values())
    line = connection.execute(text(f"SELECT min(s.line) FROM {source} WHERE NOT ({every})")).scalar()
    if line is None:
        return None
    tried = ", ".join(f"coalesce({rule}, false) AS ok_{col}, s.{col} AS {col}" for col, rule in ROW_RULES.items())
    row = connection.execute(text(f"SELECT {tried} FROM {source} WHERE s.line = :line"), {"line": line}).one()
    for col in ROW_RULES:
        if not row._mapping[f"ok_{col}"]:
            return int(line), col, row._mapping[col] or ""
    return int(line), "?", ""


def _forms_values(known: Known) -> str:
    """The installed forms as an inline table f(form_id, version, score_b_max, score_b_optional, ...)."""
    rows = []
    for form in known.forms:
        quoted = form.id.replace("'", "''")
        cells = [f"'{quoted}'", str(int(form.version))]
        for col in SECTION_COLUMNS:
            top = form.section_max.get(col)
            cells += ["NULL::int" if top is None else str(top), "true" if col in form.optional else "false"]
        rows.append(f"({', '.join(cells)})")
    names = ["form_id", "version", *(f"{c}_{what}" for c in SECTION_COLUMNS for what in ("max", "optional"))]
    return f"(VALUES {', '.join(rows)}) AS f({', '.join(names)})"


def duplicate(connection: Connection, staging: Table) -> tuple[int, int, str] | None:
    """(line, other line, export id) of two lines with the same export id but different content."""
    cells = ", ".join(f"a.{c}" for c in COLUMNS)
    others = ", ".join(f"b.{c}" for c in COLUMNS)
    connection.execute(text("SET LOCAL work_mem = '256MB'"))  # a million ids hashed in memory, not sorted on disk
    found = connection.execute(
        text(
            f"WITH twice AS (SELECT export_id FROM {staging.name} GROUP BY export_id HAVING count(*) > 1) "
            f"SELECT a.line, b.line, a.export_id FROM twice "
            f"JOIN {staging.name} a ON a.export_id = twice.export_id "
            f"JOIN {staging.name} b ON b.export_id = twice.export_id AND b.line > a.line "
            f"WHERE ROW({cells}) IS DISTINCT FROM ROW({others}) ORDER BY a.line, b.line LIMIT 1"
        )
    ).first()
    return None if found is None else (int(found[0]), int(found[1]), str(found[2]))
