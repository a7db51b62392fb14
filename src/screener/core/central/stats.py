"""Counts and score distributions from the central database, overall or by one dimension, safe to
publish: every count below k is hidden and so is whatever would let it be worked out
(suppression.py); a mean or percentile is given only for a group of at least k scored screenings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Float, cast, func, select, tuple_

from screener.core.central.suppression import DEFAULT_K, Table, checked_k, suppress
from screener.core.central.tables import record
from screener.core.central.views import indicator, screening
from screener.core.store.records import Kind

DIMENSIONS = ("region", "setting", "age_band", "month", "indicator", "kind")
COUNTS = ("with_items_at_2", "judgement_2_3", "steps_done")
COLUMNS = (
    "group",
    "screenings",
    "mean_total",
    "total_p25",
    "total_median",
    "total_p75",
    *COUNTS,
)
DISJOINT = frozenset(DIMENSIONS) - {"indicator"}  # a record has one region, one month...; many indicators


@dataclass(frozen=True, slots=True)
class StatsRow:
    """One group; None is a hidden value (a count below k, one that would reveal it, a mean of too few)."""

    group: str  # the dimension's value ("" for the whole database)
    screenings: int | None
    mean_total: float | None
    total_p25: float | None
    total_median: float | None
    total_p75: float | None
    with_items_at_2: int | None  # screenings with at least one item scored 2 or more
    judgement_2_3: int | None  # screenings the interviewer judged 2 or 3 (of 0-3)
    steps_done: int | None  # screenings with at least one recommended step ticked off

    def values(self) -> tuple[str | int | float | None, ...]:
        return tuple(getattr(self, name) for name in COLUMNS)


@dataclass(frozen=True, slots=True)
class Stats:
    by: str | None
    k: int
    total: int | None  # screenings in the selection (None: fewer than k)
    rows: list[StatsRow]


@dataclass(frozen=True, slots=True)
class _Raw:
    group: str
    screenings: int
    scored: int  # full interviews (a quick check has no score)
    mean_total: float
    percentiles: tuple[float, float, float] | None  # None: not computed (the report)
    counts: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Period:
    """Months from `start` to `end` inclusive (either open); YYYY-MM."""

    start: str | None = None
    end: str | None = None


def stats(engine: Engine, by: str | None = None, k: int = DEFAULT_K, period: Period | None = None) -> Stats:
    """One row per value of `by` (most screenings first; months and age bands in order), or one for all."""
    if by is not None and by not in DIMENSIONS:
        raise ValueError(by)
    checked_k(k)
    with engine.connect() as connection:
        overall = _query(connection, None, period)[0]
        groups = _query(connection, by, period) if by is not None else [overall]
    total_visible = _overall_visible(overall, k)
    if by is None:
        rows = [_row(overall, total_visible, k)]
    else:
        visible = _groups_visible(overall, total_visible, groups, by in DISJOINT, k)
        rows = [_row(raw, visible, k, raw.group) for raw in groups]
    total = overall.screenings if ("n", "") in total_visible else None
    return Stats(by, k, total, rows)


def stats_of(
    engine: Engine, bys: tuple[str, ...], k: int = DEFAULT_K, period: Period | None = None
) -> dict[str, Stats]:
    """Several tables at once (the report): one pass over the screenings for every dimension but
    the indicators (grouping sets), one over the indicators; no percentiles (they need a sort per
    group and the report does not show them). Suppressed exactly as `stats`."""
    checked_k(k)
    plain = tuple(b for b in bys if b != "indicator")
    with engine.connect() as connection:
        sets = _query_sets(connection, screening, plain, period)
        overall = sets[None][0]
        if "indicator" in bys:
            sets["indicator"] = _query_sets(connection, indicator, ("indicator",), period)["indicator"]
    total_visible = _overall_visible(overall, k)
    total = overall.screenings if ("n", "") in total_visible else None
    out = {}
    for by in bys:
        groups = sorted(sets.get(by, []), key=_order(by))
        visible = _groups_visible(overall, total_visible, groups, by in DISJOINT, k)
        out[by] = Stats(by, k, total, [_row(raw, visible, k, raw.group) for raw in groups])
    return out


def _order(by: str):  # type: ignore[no-untyped-def]
    if by in ("month", "age_band"):
        return lambda raw: raw.group
    return lambda raw: (-raw.screenings, raw.group)


def _query_sets(
    connection: Connection, view: Any, bys: tuple[str, ...], period: Period | None
) -> dict[Any, list[_Raw]]:
    columns = {by: (view.c.month_id if by == "month" else view.c[by]) for by in bys}
    interviewed = view.c.kind == Kind.FULL.value
    keys = [columns[by] for by in bys]
    query = select(
        *keys,
        *(func.grouping(c) for c in keys),
        func.count(),
        func.count().filter(interviewed),
        func.coalesce(func.avg(view.c.total).filter(interviewed), 0),
        func.count().filter(view.c.with_items_at_2),
        func.count().filter(view.c.judged_2_3),
        func.count().filter(view.c.with_step_done),
    )
    if period is not None and period.start:
        query = query.where(view.c.month_id >= period.start)
    if period is not None and period.end:
        query = query.where(view.c.month_id <= period.end)
    sets = [tuple_(c) for c in keys] + ([tuple_()] if view is screening else [])
    query = query.group_by(func.grouping_sets(*sets)) if keys else query
    out: dict[Any, list[_Raw]] = {by: [] for by in bys}
    out[None] = []
    width = len(keys)
    for row in connection.execute(query).all():
        flags = row[width : 2 * width]
        grouped = [by for by, flag in zip(bys, flags, strict=True) if flag == 0]
        by = grouped[0] if grouped else None
        group = "" if by is None else str(row[bys.index(by)])
        n, scored, mean, *counts = row[2 * width :]
        three = (int(counts[0]), int(counts[1]), int(counts[2]))
        out[by].append(_Raw(group, int(n), int(scored), round(float(mean), 2), None, three))
    return out


def _query(connection: Connection, by: str | None, period: Period | None) -> list[_Raw]:
    """Raw counts per group, read through the BI views (views.py)."""
    view = indicator if by == "indicator" else screening
    month = view.c.month_id
    dimension = None if by is None else month if by == "month" else view.c[by]
    source = select(view)
    if period is not None and period.start:
        source = source.where(month >= period.start)
    if period is not None and period.end:
        source = source.where(month <= period.end)
    sub = source.subquery()
    group = sub.c[dimension.name] if dimension is not None else None
    count = func.count()
    interviewed = sub.c.kind == Kind.FULL.value  # quick checks ask no question: they have no score
    query = select(
        *([group] if group is not None else []),
        count,
        func.count().filter(interviewed),
        func.coalesce(func.avg(sub.c.total).filter(interviewed), 0),
        *(
            func.coalesce(func.percentile_cont(q).within_group(cast(sub.c.total, Float)).filter(interviewed), 0)
            for q in (0.25, 0.5, 0.75)
        ),
        func.count().filter(sub.c.with_items_at_2),
        func.count().filter(sub.c.judged_2_3),
        func.count().filter(sub.c.with_step_done),
    )
    if group is not None:
        query = query.group_by(group).order_by(group if by in ("month", "age_band") else count.desc(), group)
    out = []
    for row in connection.execute(query).all():
        values = list(row) if group is not None else ["", *row]
        out.append(
            _Raw(
                str(values[0]),
                int(values[1]),
                int(values[2]),
                round(float(values[3]), 2),
                (float(values[4]), float(values[5]), float(values[6])),
                (int(values[7]), int(values[8]), int(values[9])),
            )
        )
    return out


def _split(table: Table, group: str, raw: _Raw) -> None:
    """A group's screenings, and each count with its unpublished rest (screenings without it)."""
    n = table.cell(("n", group), raw.screenings, weight=2)  # a group's size matters more than a count in it
    for name, value in zip(COUNTS, raw.counts, strict=True):
        part = table.cell((name, group), value)
        rest = table.cell((f"not_{name}", group), raw.screenings - value, published=False)
        table.line(n, (part, rest))


def _overall_visible(overall: _Raw, k: int) -> set[object]:
    table = Table()
    _split(table, "", overall)
    return suppress(table, k)


def _groups_visible(
    overall: _Raw, overall_visible: set[object], groups: list[_Raw], disjoint: bool, k: int
) -> set[object]:
    """The overall row is shown as on its own (fixed); the groups hide what it would reveal with them."""
    table = Table()
    _split(table, "", overall)
    table.fixed = {cell: cell in overall_visible for cell in table.values}
    for raw in groups:
        _split(table, raw.group, raw)
    if disjoint:  # the groups add up to the whole: each column adds up to the overall row
        for name in ("n", *COUNTS, *(f"not_{c}" for c in COUNTS)):
            table.line((name, ""), [(name, raw.group) for raw in groups])
    else:  # an indicator's screenings and the unpublished rest (screenings without it) make the whole
        for raw in groups:
            rest = table.cell(("not_n", raw.group), overall.screenings - raw.screenings, published=False)
            table.line(("n", ""), (("n", raw.group), rest))
    return suppress(table, k)


def _row(raw: _Raw, visible: set[object], k: int, group: str = "") -> StatsRow:
    def count(index: int) -> int | None:
        return raw.counts[index] if (COUNTS[index], group) in visible else None

    scored = ("n", group) in visible and raw.scored >= k
    p25, median, p75 = raw.percentiles if scored and raw.percentiles is not None else (None, None, None)
    return StatsRow(
        raw.group,
        raw.screenings if ("n", group) in visible else None,
        raw.mean_total if scored else None,
        p25,
        median,
        p75,
        count(0),
        count(1),
        count(2),
    )


def total_records(engine: Engine) -> int:
    """How many records the database holds (for the import's own report, not for publication)."""
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(record)).scalar_one())
