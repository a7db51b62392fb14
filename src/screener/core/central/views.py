"""The central database as a BI tool (Metabase, Superset) can read it: a table of regions (ISO
3166-2 code and kk/ru/en names), and views with months as dates and with the indicators, steps
and types of each screening as rows, not PostgreSQL arrays.

- central_screening: one row per screening; month as a date, the region's code and names, and
  flags for the counts the statistics give (with_items_at_2, judged_2_3, with_step_done).
- central_indicator / central_step / central_type: one row per indicator ticked / step
  recommended (with done) / type ticked, with the screening's columns to slice by.

The statistics (stats.py) read these views too, so what a dashboard shows and what is published
are counted the same way; what is published is suppressed below k, a dashboard is not (it is for
the analysts who may see the whole database).
"""

from __future__ import annotations

from sqlalchemy import Connection, column, table, text
from sqlalchemy.dialects.postgresql import insert

from screener.core.central.tables import regions
from screener.core.messages import message
from screener.core.regions import ISO_3166_2, REGIONS, UNKNOWN

_SLICES = "s.export_id, s.region, s.region_iso, s.setting, s.kind, s.month, s.month_id, s.age_band"

VIEWS = {
    "central_screening": """
        SELECT r.export_id, r.region, g.iso_3166_2 AS region_iso, g.name_kk AS region_kk,
               g.name_ru AS region_ru, g.name_en AS region_en, r.setting, r.kind, r.form_id, r.form_version,
               to_date(r.month || '-01', 'YYYY-MM-DD') AS month, r.month AS month_id, r.age_band,
               r.score_b, r.score_c, r.score_d, r.score_e, r.total, r.max, r.judgement,
               cardinality(r.items_at_2) > 0 AS with_items_at_2, coalesce(r.judgement >= 2, false) AS judged_2_3,
               cardinality(r.steps_done) > 0 AS with_step_done,
               r.items_at_2, r.indicators, r.types, r.steps, r.steps_done, r.import_id
        FROM central_record r LEFT JOIN central_region g ON g.id = r.region""",
    "central_indicator": """
        SELECT s.*, i.indicator, split_part(i.indicator, '.', 1) AS indicator_list
        FROM central_screening s CROSS JOIN LATERAL unnest(s.indicators) AS i(indicator)""",
    "central_step": f"""
        SELECT {_SLICES}, t.step, t.step = ANY(s.steps_done) AS done
        FROM central_screening s CROSS JOIN LATERAL unnest(s.steps) AS t(step)""",
    "central_type": f"""
        SELECT {_SLICES}, t.type
        FROM central_screening s CROSS JOIN LATERAL unnest(s.types) AS t(type)""",
}

_COUNTED = ("export_id", "kind", "total", "with_items_at_2", "judged_2_3", "with_step_done", "month_id")
_DIMENSIONS = ("region", "setting", "age_band")
screening = table("central_screening", *(column(c) for c in (*_COUNTED, *_DIMENSIONS)))
indicator = table("central_indicator", *(column(c) for c in (*_COUNTED, *_DIMENSIONS, "indicator")))


def create_views(connection: Connection) -> None:
    """Fill the region table and (re)create the views; safe to run on every connection."""
    rows = [
        {
            "id": region,
            "iso_3166_2": ISO_3166_2.get(region),
            "name_kk": message(f"region.{region}", "kk"),
            "name_ru": message(f"region.{region}", "ru"),
            "name_en": message(f"region.{region}", "en"),
        }
        for region in (*REGIONS, UNKNOWN)
    ]
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('screener-central-schema'))"))
    statement = insert(regions).values(rows)
    names = ("iso_3166_2", "name_kk", "name_ru", "name_en")
    changes = {n: statement.excluded[n] for n in names}
    connection.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changes))
    for name, body in VIEWS.items():
        connection.execute(text(f"CREATE OR REPLACE VIEW {name} AS {body}"))


def drop_everything(connection: Connection) -> None:
    """Remove the views and tables (tests and benches start from an empty database)."""
    from screener.core.central.tables import metadata  # noqa: PLC0415

    for name in reversed(VIEWS):
        connection.execute(text(f"DROP VIEW IF EXISTS {name} CASCADE"))
    metadata.drop_all(connection)
