"""The BI-ready schema: regions with ISO 3166-2 codes and names, months as dates, lists as rows."""

from __future__ import annotations

import datetime

from sqlalchemy import text

from screener.core.central.database import connect
from screener.core.central.importer import import_file
from screener.core.regions import REGIONS
from tests.core.central import synthetic


def test_views_give_regions_dates_and_one_row_per_list_entry(central, postgres_url, tmp_path):
    rows = list(synthetic.records(300, post=10)) + list(synthetic.records(200, post=13))
    import_file(central, synthetic.write(tmp_path / "a.csv", rows))
    with central.connect() as c:
        regions = {r.id: r for r in c.execute(text("SELECT * FROM central_region"))}
        assert set(regions) == {*REGIONS, "unknown"}
        assert (regions["abai"].iso_3166_2, regions["ulytau"].iso_3166_2, regions["zhetisu"].iso_3166_2) == (
            "KZ-10",
            "KZ-62",
            "KZ-33",
        )
        assert regions["abai"].name_ru == "Абайская область" and regions["unknown"].iso_3166_2 is None
        screening = c.execute(text("SELECT month, month_id, region_iso, region_en FROM central_screening")).all()
        assert len(screening) == 500
        assert all(isinstance(r.month, datetime.date) and r.month.strftime("%Y-%m") == r.month_id for r in screening)
        assert {r.region_iso for r in screening} == {regions[synthetic.REGIONS[n]].iso_3166_2 for n in (10, 13)}
        counts = {
            view: c.execute(text(f"SELECT count(*) FROM {view}")).scalar_one()
            for view in ("central_indicator", "central_step", "central_type")
        }
        assert counts == {
            "central_indicator": sum(len(r["indicators"]) for r in rows),
            "central_step": sum(len(r["steps"]) for r in rows),
            "central_type": sum(len(r["types"]) for r in rows),
        }
        done = c.execute(text("SELECT count(*) FROM central_step WHERE done")).scalar_one()
        assert done == sum(len(r["steps_done"]) for r in rows)
        # a Metabase / Superset question as the README gives it
        question = c.execute(
            text(
                "SELECT region_iso, date_trunc('quarter', month)::date AS quarter, count(*) AS screenings "
                "FROM central_indicator WHERE indicator_list = 'sop_border' GROUP BY 1, 2 ORDER BY 1, 2"
            )
        ).all()
        assert sum(r.screenings for r in question) == sum(
            1 for r in rows for i in r["indicators"] if i.startswith("sop_border.")
        )
    connect(postgres_url).dispose()  # connecting again keeps the views and the regions as they are
