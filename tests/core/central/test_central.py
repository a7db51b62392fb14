"""The central database on a real PostgreSQL server: import exports, count them once, reject
bad files whole, and give exact statistics."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from screener.core.central.database import CannotConnect, NotPostgres, connect
from screener.core.central.importer import import_file, import_files
from screener.core.central.stats import stats, total_records
from screener.core.central.tables import imports, record
from screener.core.export.errors import BadValue, NotAnExport, WrongColumns
from screener.core.export.reader import read_export
from screener.core.export.writer import write_export
from screener.core.store.store import Store
from tests.core.central import synthetic
from tests.core.export.test_export import PASSPHRASE, fill


def exported_store(tmp_path: Path, catalog, region: str, fmt: str) -> Path:
    store = Store.create(tmp_path / f"{region}.db", PASSPHRASE, catalog)
    try:
        store.put_setting("region", region)
        fill(store, catalog)
        target = tmp_path / f"{region}.{fmt}"
        write_export(store, target, fmt)
        return target
    finally:
        store.lock()


@pytest.fixture
def exports(tmp_path, catalog) -> list[Path]:
    """Two laptops' real exports (3 records each) and three synthetic posts (CSV and JSON Lines)."""
    return [
        exported_store(tmp_path, catalog, "pavlodar", "csv"),
        exported_store(tmp_path, catalog, "atyrau", "jsonl"),
        synthetic.write(tmp_path / "post1.csv", synthetic.records(120, post=1)),
        synthetic.write(tmp_path / "post2.jsonl", synthetic.records(80, post=2)),
        synthetic.write(tmp_path / "post3.csv", synthetic.records(50, post=3)),
    ]


def all_records(paths: list[Path]) -> list[dict]:
    return [r for path in paths for _line, r in read_export(path)]


def count_rows(engine) -> int:
    return total_records(engine)


def test_import_several_exports_then_reimport_counts_once(central, exports):
    reports = import_files(central, exports)
    assert [(r.records, r.added, r.skipped, r.rejected) for r in reports] == [
        (3, 3, 0, None),
        (3, 3, 0, None),
        (120, 120, 0, None),
        (80, 80, 0, None),
        (50, 50, 0, None),
    ]
    assert count_rows(central) == 256
    again = import_files(central, exports)
    assert [(r.added, r.skipped) for r in again] == [(0, 3), (0, 3), (0, 120), (0, 80), (0, 50)]
    assert count_rows(central) == 256


def test_a_file_overlapping_earlier_imports_adds_only_the_new_records(central, tmp_path):
    first = synthetic.write(tmp_path / "a.csv", synthetic.records(100, post=7))
    import_file(central, first)
    more = list(synthetic.records(100, post=7)) + list(synthetic.records(30, post=8))
    report = import_file(central, synthetic.write(tmp_path / "b.jsonl", more))
    assert (report.records, report.added, report.skipped) == (130, 30, 100)
    assert count_rows(central) == 130


def test_a_csv_and_a_jsonl_export_of_the_same_store_count_once(central, tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    try:
        fill(store, catalog)
        write_export(store, tmp_path / "s.csv", "csv")
        write_export(store, tmp_path / "s.jsonl", "jsonl")
    finally:
        store.lock()
    reports = import_files(central, [tmp_path / "s.csv", tmp_path / "s.jsonl"])
    assert [(r.added, r.skipped) for r in reports] == [(3, 0), (0, 3)]


def test_a_bad_file_is_rejected_whole_with_its_reason(central, tmp_path, exports):
    import_file(central, exports[0])
    good = list(synthetic.records(500, post=9))
    bad = dict(good[-1], export_id="0" * 31 + "g")
    cases = {
        "bad value on the last line": (synthetic.write(tmp_path / "bad.jsonl", [*good[:-1], bad]), BadValue),
        "wrong columns": (tmp_path / "cols.csv", WrongColumns),
        "not an export": (tmp_path / "other.csv", NotAnExport),
    }
    text = exports[2].read_text(encoding="utf-8-sig").replace("steps_done", "steps_taken", 1)
    (tmp_path / "cols.csv").write_text(text, encoding="utf-8-sig")
    (tmp_path / "other.csv").write_text("name,phone\nAida,+7 701 000 00 00\n", encoding="utf-8")
    for name, (path, error) in cases.items():
        report = import_file(central, path)
        assert isinstance(report.rejected, error), name
        assert (report.records, report.added) == (0, 0)
        assert str(path) in report.rejected.render("kk")
    assert count_rows(central) == 3  # the first file's records, nothing of the bad ones
    with central.connect() as connection:
        assert connection.execute(select(func.count()).select_from(imports)).scalar_one() == 1
    # the bad file, once corrected, imports whole
    report = import_file(central, synthetic.write(tmp_path / "fixed.jsonl", good))
    assert (report.added, report.rejected) == (500, None)


def test_stats_counts_are_exact_where_shown(central, exports):
    import_files(central, exports)
    expected = all_records(exports)
    overall = stats(central)
    assert len(overall.rows) == 1
    whole = overall.rows[0]
    assert overall.total == whole.screenings == len(expected) == 256
    totals = [r["total"] for r in expected if r["kind"] == "full"]  # quick checks have no score
    assert len(totals) < len(expected)
    assert whole.mean_total == round(statistics.fmean(totals), 2)
    assert whole.total_median == statistics.median(totals)
    assert whole.with_items_at_2 == sum(1 for r in expected if r["items_at_2"])
    assert whole.judgement_2_3 == sum(1 for r in expected if (r["judgement"] or 0) >= 2)
    assert whole.steps_done == sum(1 for r in expected if r["steps_done"])
    for by in ("region", "setting", "age_band", "month", "kind", "indicator"):
        if by == "indicator":
            true = Counter(i for r in expected for i in r["indicators"])
        else:
            true = Counter(r[by] for r in expected)
        got = {row.group: row.screenings for row in stats(central, by).rows}
        assert set(got) == set(true), by
        assert all(got[g] in (None, n) for g, n in true.items()), by  # hidden or exact
        assert all(got[g] is None for g, n in true.items() if n < 11), by
        assert sum(v is not None for v in got.values()) >= 1, by
    regions = {row.group: row.screenings for row in stats(central, "region").rows}
    assert regions["pavlodar"] is None and regions["atyrau"] is None  # the two laptops' 3 records each
    months = [row.group for row in stats(central, "month").rows]
    assert months == sorted(months)
    by_region = stats(central, "region").rows
    assert [row.group for row in by_region][:3] == [synthetic.REGIONS[n] for n in (1, 2, 3)]  # most first


def test_the_tables_hold_nothing_that_traces_back(central, exports):
    import_files(central, exports)
    assert {c.name for c in record.columns} == {*synthetic.COLUMNS[1:], "import_id"}
    with central.connect() as connection:
        names = connection.execute(select(imports.c.file_name)).scalars().all()
    assert all("/" not in name for name in names)


def test_connect_refuses_other_databases_and_says_why_it_cannot_connect(postgres_url):
    with pytest.raises(NotPostgres):
        connect("sqlite:///central.db")
    with pytest.raises(NotPostgres):
        connect("not a url")
    closed = postgres_url.rsplit(":", 1)[0] + ":1/postgres"
    with pytest.raises(CannotConnect) as info:
        connect(closed.replace("postgres@", "postgres:secret@"))
    assert "secret" not in info.value.render("en")
