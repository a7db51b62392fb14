"""The import takes only what an export can hold, names the line and column of what it refuses,
refuses duplicates that differ, bounds memory per line and reports its progress."""

from __future__ import annotations

import csv
import json
import tracemalloc
from datetime import date

import pytest
from sqlalchemy import text

from screener.core.central.importer import import_file
from screener.core.central.incoming import MAX_LINE, DuplicateExportId, LineTooLong
from screener.core.central.stats import total_records
from screener.core.export.errors import BadValue, NotAnExport, WrongCellCount
from screener.core.export.reader import read_export
from screener.core.export.record import FORMATS, to_csv_row, widened
from tests.core.central import synthetic


def good(n: int = 30, post: int = 5) -> list[dict]:
    return list(synthetic.records(n, post=post))


def full_index(rows: list[dict], citizen: bool | None = None) -> int:
    """The index of a full interview (of a citizen: no section B, or not)."""
    for i, r in enumerate(rows):
        if r["kind"] == "full" and (citizen is None or (r["score_b"] is None) == citizen):
            return i
    raise AssertionError("no such record")


def next_month() -> str:
    today = date.today()
    return f"{today.year + today.month // 12:04d}-{today.month % 12 + 1:02d}"


IMPOSSIBLE = [  # (column, value, which record: citizen / non-citizen / any full)
    ("max", 40, None),
    ("max", 500, None),
    ("max", 1000, None),
    ("max", 39, True),  # a citizen's maximum is 27: no section B
    ("total", 999, None),
    ("total", 28, True),
    ("score_c", 1000, None),
    ("score_c", 13, None),
    ("score_d", 10, None),
    ("score_e", 7, None),
    ("score_b", 13, False),
    ("month", "0000-01", None),
    ("month", "9999-12", None),
    ("month", "2025-13", None),
    ("month", "2025-00", None),
    ("month", "\u0662\u0660\u0662\u0665-01", None),  # Arabic-Indic digits
    ("judgement", 4, None),
    ("indicators", ["sop_border.99"], None),
    ("steps", ["call_999"], None),
    ("steps_done", ["hotline_11616"], None),  # done but never recommended
    ("types", ["smuggling"], None),
    ("items_at_2", ["Z9"], None),
    ("form_id", "htiam99", None),
    ("form_version", 99, None),
    ("region", "atlantis", None),
    ("age_band", "150+", None),
]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
@pytest.mark.parametrize(("column", "value", "citizen"), IMPOSSIBLE)
def test_impossible_values_reject_the_file_naming_line_and_column(central, tmp_path, suffix, column, value, citizen):
    rows = good()
    index = full_index(rows, citizen)
    rows[index] = dict(rows[index], steps=[], steps_done=[]) if column == "steps_done" else rows[index]
    rows[index][column] = value
    report = import_file(central, synthetic.write(tmp_path / f"bad.{suffix}", rows))
    assert isinstance(report.rejected, BadValue), (column, value, report.rejected)
    assert report.rejected.params["line"] == index + (2 if suffix == "csv" else 1)
    assert report.rejected.params["column"] == column
    assert total_records(central) == 0


def test_a_month_in_the_future_is_refused(central, tmp_path):
    rows = good()
    rows[3]["month"] = next_month()
    report = import_file(central, synthetic.write(tmp_path / "f.csv", rows))
    assert isinstance(report.rejected, BadValue) and report.rejected.params["column"] == "month"


def test_numbers_are_ascii_digits_only(central, tmp_path):
    rows = good()
    index = full_index(rows)
    path = synthetic.write(tmp_path / "a.csv", rows)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    cells = lines[index + 1].split(",")
    total = synthetic.COLUMNS.index("total")
    for shown in ("\u0663", " 3", "+3", "3.0", "1_0", "\uff13"):  # Arabic-Indic, space, sign, decimal, _, fullwidth
        cells[total] = shown
        lines[index + 1] = ",".join(cells)
        path.write_text("\r\n".join(lines), encoding="utf-8-sig")
        report = import_file(central, path)
        assert isinstance(report.rejected, BadValue), shown
        assert (report.rejected.params["line"], report.rejected.params["column"]) == (index + 2, "total")


@pytest.mark.parametrize("value", ["3", 3.0, True, [3]])
def test_json_numbers_must_be_integers(central, tmp_path, value):
    rows = good()
    index = full_index(rows)
    rows[index]["total"] = value
    report = import_file(central, synthetic.write(tmp_path / "a.jsonl", rows))
    assert isinstance(report.rejected, BadValue) and report.rejected.params["column"] == "total"


def test_quick_checks_hold_no_score(central, tmp_path):
    rows = good(60)
    index = next(i for i, r in enumerate(rows) if r["kind"] == "quick")
    rows[index]["total"] = 5
    report = import_file(central, synthetic.write(tmp_path / "q.csv", rows))
    assert isinstance(report.rejected, BadValue) and report.rejected.params["column"] == "total"


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_duplicate_export_ids_with_different_content_name_both_lines(central, tmp_path, suffix):
    rows = good()
    same = [*rows, rows[4]]  # the very same record twice: counted once
    report = import_file(central, synthetic.write(tmp_path / f"same.{suffix}", same))
    assert (report.rejected, report.records, report.added) == (None, 31, 30)
    central_count = total_records(central)
    changed = [*rows[:20], dict(rows[4], age_band="60+" if rows[4]["age_band"] != "60+" else "18-24"), *rows[20:]]
    report = import_file(central, synthetic.write(tmp_path / f"changed.{suffix}", changed))
    assert isinstance(report.rejected, DuplicateExportId)
    first = 4 + (2 if suffix == "csv" else 1)
    assert (report.rejected.params["line"], report.rejected.params["other"]) == (first, first + 16)
    assert f"lines {first} and {first + 16}" in report.rejected.render("en")
    assert total_records(central) == central_count


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_line_too_long_is_refused_with_line_and_column_in_bounded_memory(central, tmp_path, suffix):
    rows = good()
    rows[7] = dict(rows[7], indicators=["sop_border.01"] * 2_000_000)  # about 28 MB on one line
    path = synthetic.write(tmp_path / f"long.{suffix}", rows)
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        report = import_file(central, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(report.rejected, LineTooLong)
    assert report.rejected.params["line"] == 7 + (2 if suffix == "csv" else 1)
    assert report.rejected.params["column"] == "indicators"
    assert peak < 8_000_000  # a chunk and a line's worth, not the 28 MB line
    assert f"{MAX_LINE}" in report.rejected.render("ru")


def test_structural_problems_are_still_located(central, tmp_path):
    rows = good()
    path = synthetic.write(tmp_path / "cells.csv", rows)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    lines[5] += ",extra"
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    report = import_file(central, path)
    assert isinstance(report.rejected, WrongCellCount) and report.rejected.params["line"] == 6
    path.write_bytes(path.read_bytes().replace(b"htiam14", b"\xff\xfe", 1))
    assert isinstance(import_file(central, path).rejected, NotAnExport)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([json.dumps(rows[0]), "{not json", json.dumps(rows[1])]) + "\n")
    report = import_file(central, broken)
    assert isinstance(report.rejected, NotAnExport) and "2:" in report.rejected.render("en")


def test_progress_counts_the_records_read(central, tmp_path):
    seen: list[int] = []
    path = synthetic.write(tmp_path / "p.jsonl", synthetic.records(25_000, post=2))
    report = import_file(central, path, seen.append)
    assert report.added == 25_000
    assert seen == [10_000, 20_000, 25_000]
    seen.clear()
    import_file(central, synthetic.write(tmp_path / "p.csv", synthetic.records(12_000, post=3)), seen.append)
    assert seen == [10_000, 12_000]


def _format_1(rows: list[dict]) -> list[dict]:
    """The records as a post not yet updated exports them: format 1, no case columns."""
    old = FORMATS["screener-export/1"]
    return [{c: r[c] for c in old} | {"format": "screener-export/1"} for r in rows]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_post_not_yet_updated_still_imports_its_format_1_export(central, tmp_path, suffix):
    rows = _format_1(good(40))
    path = tmp_path / f"old.{suffix}"
    if suffix == "jsonl":
        synthetic.write(path, rows)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(FORMATS["screener-export/1"])
            for row in rows:
                writer.writerow(to_csv_row(widened(row))[: len(FORMATS["screener-export/1"])])
    report = import_file(central, path)
    assert report.rejected is None, report.rejected
    assert (report.records, report.added) == (40, 40)
    with central.connect() as connection:
        cases = connection.execute(text("SELECT DISTINCT case_id, decision, decided_by FROM central_record")).all()
    assert cases == [("", "", "")]  # records in no case


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_format_1_file_with_a_bad_value_is_still_located(central, tmp_path, suffix):
    rows = _format_1(good(10))
    rows[3]["region"] = "atlantis"
    path = tmp_path / f"old.{suffix}"
    if suffix == "jsonl":
        synthetic.write(path, rows)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(FORMATS["screener-export/1"])
            for row in rows:
                writer.writerow(to_csv_row(widened(row))[: len(FORMATS["screener-export/1"])])
    report = import_file(central, path)
    assert isinstance(report.rejected, BadValue)
    assert (report.rejected.params["line"], report.rejected.params["column"]) == (4 + (suffix == "csv"), "region")
    assert total_records(central) == 0


def test_the_app_reader_reads_a_format_1_file_as_records_in_no_case(tmp_path):
    rows = _format_1(good(5))
    path = synthetic.write(tmp_path / "old.jsonl", rows)
    read = [record for _line, record in read_export(path)]
    assert len(read) == 5
    assert all(r["case_id"] == "" and r["referrals"] == [] and r["case_place"] is None for r in read)
