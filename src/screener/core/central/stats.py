"""Counts and score distributions from the central database, overall or by one dimension."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, Float, case, cast, func, select

from screener.core.central.tables import record
from screener.core.store.records import Kind

DIMENSIONS = ("region", "setting", "age_band", "month", "indicator", "kind")
COLUMNS = (
    "group",
    "screenings",
    "mean_total",
    "total_p25",
    "total_median",
    "total_p75",
    "with_items_at_2",
    "judgement_2_3",
    "steps_done",
)


@dataclass(frozen=True, slots=True)
class StatsRow:
    group: str  # the dimension's value ("" for the whole database)
    screenings: int
    mean_total: float
    total_p25: float
    total_median: float
    total_p75: float
    with_items_at_2: int  # screenings with at least one item scored 2 or more
    judgement_2_3: int  # screenings the interviewer judged 2 or 3 (of 0-3)
    steps_done: int  # screenings with at least one recommended step ticked off

    def values(self) -> tuple[str | int | float, ...]:
        return tuple(getattr(self, name) for name in COLUMNS)


def stats(engine: Engine, by: str | None = None) -> list[StatsRow]:
    """One row per value of `by` (most screenings first; months and age bands in order), or one for all."""
    if by is not None and by not in DIMENSIONS:
        raise ValueError(by)
    if by == "indicator":
        source = select(record, func.unnest(record.c.indicators).label("grp")).subquery()
    elif by is not None:
        source = select(record, record.c[by].label("grp")).subquery()
    else:
        source = select(record).subquery()
    group = source.c.grp if by is not None else None
    count = func.count()
    interviewed = source.c.kind == Kind.FULL.value  # quick checks ask no question: they have no score
    query = select(
        *([group] if group is not None else []),
        count,
        func.coalesce(func.avg(source.c.total).filter(interviewed), 0),
        *(
            func.coalesce(func.percentile_cont(q).within_group(cast(source.c.total, Float)).filter(interviewed), 0)
            for q in (0.25, 0.5, 0.75)
        ),
        func.count(case((func.cardinality(source.c.items_at_2) > 0, 1))),
        func.count(case((source.c.judgement >= 2, 1))),
        func.count(case((func.cardinality(source.c.steps_done) > 0, 1))),
    )
    if group is not None:
        query = query.group_by(group).order_by(group if by in ("month", "age_band") else count.desc(), group)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    out = []
    for row in rows:
        values = list(row) if group is not None else ["", *row]
        out.append(
            StatsRow(
                str(values[0]),
                int(values[1]),
                round(float(values[2]), 2),
                float(values[3]),
                float(values[4]),
                float(values[5]),
                int(values[6]),
                int(values[7]),
                int(values[8]),
            )
        )
    return out


def total_records(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(record)).scalar_one())
