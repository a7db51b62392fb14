"""`screener export --format xlsx` and `--excel`: the records and a codebook of every column and id."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from screener.cli import main
from screener.core.export.reader import read_export
from screener.core.export.record import COLUMNS
from screener.core.export.writer import write_export
from screener.core.regions import ISO_3166_2, REGIONS
from screener.core.store.store import Store
from tests.core.export.test_export import CANARY, PASSPHRASE, fill


def store_with_records(tmp_path, catalog) -> Store:
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    store.put_setting("region", "ulytau")
    fill(store, catalog)
    return store


def test_the_workbook_holds_the_records_and_a_codebook_of_every_column_and_id(tmp_path, catalog):
    store = store_with_records(tmp_path, catalog)
    try:
        write_export(store, tmp_path / "e.csv", "csv")
        assert write_export(store, tmp_path / "e.xlsx", "xlsx") == 3
    finally:
        store.lock()
    assert (tmp_path / "e.xlsx").stat().st_mode & 0o777 == 0o600
    assert CANARY.encode() not in (tmp_path / "e.xlsx").read_bytes()
    book = load_workbook(tmp_path / "e.xlsx", read_only=True)
    assert book.sheetnames == ["data", "codebook"]
    data = list(book["data"].iter_rows(values_only=True))
    assert list(data[0]) == list(COLUMNS)
    expected = [record for _line, record in read_export(tmp_path / "e.csv")]
    for row, record in zip(data[1:], expected, strict=True):
        cells = dict(zip(COLUMNS, row, strict=True))
        assert cells["export_id"] == record["export_id"] and cells["total"] == record["total"]  # a number
        assert (cells["indicators"] or "") == ";".join(record["indicators"])
        assert cells["region"] == "ulytau"
    codebook = list(book["codebook"].iter_rows(values_only=True))
    header, entries = codebook[0], codebook[1:]
    assert header == ("kind", "id", "kk", "ru", "en", "source", "line", "ctdc", "htcds")
    ids = {(kind, ident) for kind, ident, *_rest in entries}
    assert {("column", c) for c in COLUMNS} <= ids
    assert {("region", r) for r in REGIONS} <= ids
    assert {("indicator", i.id) for lst in catalog.lists for i in lst.items} <= ids
    assert {("step", s.id) for s in catalog.next_steps.steps} <= ids
    assert {("type", "labour"), ("item", "B1"), ("setting", "border"), ("kind", "quick")} <= ids
    for kind, ident, kk, ru, en, source, line, _ctdc, _htcds in entries:
        assert kk and ru and en, (kind, ident)
        if kind in ("indicator", "item", "step"):
            assert source and line, (kind, ident)
    sources = {ident: source for kind, ident, _kk, _ru, _en, source, _line, _c, _h in entries if kind == "region"}
    assert sources["ulytau"] == "ISO 3166-2: KZ-62" and sources["abai"] == "ISO 3166-2: KZ-10"
    assert sources["zhetisu"] == "ISO 3166-2: KZ-33" and len(set(ISO_3166_2.values())) == len(REGIONS)
    ctdc = {ident: c for kind, ident, *_rest, c, _h in entries if kind == "column"}
    assert ctdc["age_band"] == "ageBroad"
    htcds = {(kind, ident): h for kind, ident, *_rest, h in entries if h}
    assert htcds[("column", "decision")] == "TraffickingStatus"
    assert htcds[("decision", "identified")] == "TraffickingStatus = ActualVictimOfTrafficking"
    assert {("referral_purpose", p) for p in catalog.referrals.ids("purposes")} <= ids
    assert {("column", c) for c in ("case_id", "case_place", "referrals", "decided_by")} <= ids


def test_csv_for_excel_is_semicolon_separated_with_a_byte_order_mark(tmp_path, catalog, monkeypatch, capsys):
    store = store_with_records(tmp_path, catalog)
    store.lock()
    monkeypatch.setenv("SCREENER_PASSPHRASE", PASSPHRASE)
    base = ["export", "--db", str(tmp_path / "s.db")]
    assert main([*base, "--out", str(tmp_path / "plain.csv")]) == 0
    assert main([*base, "--out", str(tmp_path / "excel.csv"), "--excel"]) == 0
    assert main([*base, "--out", str(tmp_path / "book.xlsx")]) == 0  # the format from the name
    assert "(xlsx)" in capsys.readouterr().out
    raw = (tmp_path / "excel.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b";") > raw.count(b",")
    text = raw.decode("utf-8-sig")
    excel = list(csv.reader(io.StringIO(text), delimiter=";"))
    plain = list(csv.reader(io.StringIO((tmp_path / "plain.csv").read_bytes().decode("utf-8-sig"))))
    assert excel == plain  # the same cells, only the separator differs
    assert load_workbook(tmp_path / "book.xlsx", read_only=True).sheetnames == ["data", "codebook"]
