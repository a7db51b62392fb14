"""`screener central import` and `screener central stats` against the test server."""

from __future__ import annotations

import csv
import io

from screener.cli import main
from tests.core.central import synthetic


def test_import_reports_added_skipped_rejected_and_exit_code(postgres_url, central, tmp_path, capsys):
    a = synthetic.write(tmp_path / "a.csv", synthetic.records(40, post=1))
    b = synthetic.write(tmp_path / "b.jsonl", synthetic.records(25, post=2))
    bad = tmp_path / "bad.csv"
    bad.write_text("hello\n")
    assert main(["central", "import", str(a), str(b), "--db", postgres_url]) == 0
    out, err = capsys.readouterr()
    assert f"{a}: 40 record(s) read..." in err and f"{b}: 25 record(s) read..." in err
    assert "40 record(s) added, 0 skipped" in out and "25 record(s) added" in out
    assert "In all: 2 file(s); 65 added, 0 skipped, 0 file(s) rejected." in out
    assert main(["--lang", "ru", "central", "import", str(a), str(bad), "--db", postgres_url]) == 2
    out = capsys.readouterr().out
    assert "добавлено записей — 0, пропущено — 40" in out
    assert "отклонён, из него ничего не импортировано" in out and "не экспорт Screener" in out


def test_stats_as_text_and_csv(postgres_url, central, tmp_path, capsys, monkeypatch):
    rows = list(synthetic.records(60, post=3)) + list(synthetic.records(40, post=4))
    assert main(["central", "import", str(synthetic.write(tmp_path / "a.csv", rows)), "--db", postgres_url]) == 0
    capsys.readouterr()
    monkeypatch.setenv("SCREENER_CENTRAL_DB", postgres_url)
    assert main(["central", "stats", "--by", "region", "--csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    regions = {synthetic.REGIONS[3]: 60, synthetic.REGIONS[4]: 40}
    assert {r["region"]: int(r["screenings"]) for r in table} == regions
    assert main(["--lang", "ru", "central", "stats", "--db", postgres_url, "--by", "region"]) == 0
    out = capsys.readouterr().out
    assert "Скринингов в центральной базе: 100" in out and "Атырауская область" in out
    assert main(["central", "stats", "--db", postgres_url]) == 0
    assert "all" in capsys.readouterr().out


def test_a_database_that_cannot_be_reached_is_a_clear_error(capsys):
    assert main(["central", "stats", "--db", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    assert "Cannot connect" in capsys.readouterr().err
    assert main(["central", "stats", "--db", "mysql://x@y/z"]) == 2
    assert "not a PostgreSQL address" in capsys.readouterr().err


def test_stats_hide_small_counts_and_refuse_a_lower_k(postgres_url, central, tmp_path, capsys):
    rows = list(synthetic.records(60, post=3)) + list(synthetic.records(4, post=4))
    assert main(["central", "import", str(synthetic.write(tmp_path / "a.csv", rows)), "--db", postgres_url]) == 0
    capsys.readouterr()
    assert main(["central", "stats", "--by", "region", "--csv", "--db", postgres_url]) == 0
    table = {r["region"]: r["screenings"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert table == {synthetic.REGIONS[3]: "<11", synthetic.REGIONS[4]: "<11"}  # 4, and 60 = 64 - 4
    assert main(["--lang", "kk", "central", "stats", "--by", "region", "--db", postgres_url, "--k", "70"]) == 0
    out = capsys.readouterr().out
    assert "<70" in out and "64" not in out and "шектен кіші сан" in out
    assert main(["central", "stats", "--db", postgres_url, "--k", "5"]) == 2
    assert "--k 5 is too small" in capsys.readouterr().err


def test_stats_as_a_workbook_with_its_codebook(postgres_url, central, tmp_path, capsys):
    from openpyxl import load_workbook  # noqa: PLC0415

    rows = list(synthetic.records(60, post=3)) + list(synthetic.records(4, post=4))
    assert main(["central", "import", str(synthetic.write(tmp_path / "a.csv", rows)), "--db", postgres_url]) == 0
    target = tmp_path / "stats.xlsx"
    assert main(["central", "stats", "--by", "region", "--db", postgres_url, "--xlsx", str(target)]) == 0
    assert str(target) in capsys.readouterr().err
    book = load_workbook(target, read_only=True)
    data = list(book["data"].iter_rows(values_only=True))
    assert data[0][:2] == ("region", "screenings")
    assert {row[0]: row[1] for row in data[1:]} == {synthetic.REGIONS[3]: "<11", synthetic.REGIONS[4]: "<11"}
    codebook = {(row[0], row[1]): row for row in book["codebook"].iter_rows(values_only=True)}
    assert ("value", "<11") in codebook and "below the threshold" in codebook[("value", "<11")][4]
    assert ("region", "abai") in codebook and codebook[("region", "abai")][5] == "ISO 3166-2: KZ-10"
