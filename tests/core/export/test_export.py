"""De-identified exports: what they hold, what they never hold, and how they are written."""

from __future__ import annotations

import csv
import json
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from screener.core.export.errors import BadValue, NotAnExport, WrongCellCount, WrongColumns
from screener.core.export.reader import read_export
from screener.core.export.record import COLUMNS, FORMAT, age_band, problem
from screener.core.export.writer import format_of, write_export
from screener.core.regions import REGIONS, SETTING_KEY
from screener.core.store.errors import WriteFailed
from screener.core.store.store import Store

PASSPHRASE = "correct horse 42"
CANARY = "CANARY-51d0-ҚҰПИЯ"
# a non-citizen adult: B 6/12, C 3/12, D 3/9, E 0/6, total 12/39; B1, B3, C1, D2 at 2 or more
ADULT = {
    "A1": 19,
    "A2": "female",
    "A3": f"{CANARY} nationality",
    "A5": "UZ",
    "B1": 2,
    "B2": 0,
    "B3": 3,
    "B4": 1,
    "C1": 2,
    "C2": 0,
    "C3": 0,
    "C4": 1,
    "D1": 0,
    "D2": 3,
    "D3": 0,
    "E1": "no",
    "nonverbal": f"{CANARY} nonverbal",
    "judgement": 2,
    "types": ["labour", "other"],
    "types.other": f"{CANARY} other type",
}
# a citizen: section B does not apply, total out of 27
CITIZEN = {
    "A1": 30,
    "A5": "KZ",
    **{k: 0 for k in ("C1", "C2", "C3", "C4", "D1", "D2", "D3")},
    "E1": "no",
    "judgement": 0,
    "types": ["not_victim"],
}
CHILD = {**CITIZEN, "A1": 15, "C2": 3, "judgement": 3, "types": ["labour"]}


def fill(store: Store, catalog) -> dict[str, str]:
    """Three finalised screenings (full of canaries) and a draft; returns {name: screening id}."""
    form = catalog.default_form
    ids = {}
    for name, answers, setting in (
        ("adult", ADULT, "border"),
        ("citizen", CITIZEN, "clinic"),
        ("child", CHILD, "school"),
    ):
        ids[name] = store.add_screening(
            form=form,
            setting=setting,
            language="kk",
            answers=answers,
            case_code=f"{CANARY}-case-{name}",
            interviewer=f"{CANARY} interviewer",
            notes={"B3" if name == "adult" else "C1": f"{CANARY} note of {name}"},
            indicators={"sop_border": ("sop_border.01", "sop_border.03")} if name == "adult" else {},
        )
    store.set_step(ids["adult"], "call_102", done=True, note=f"{CANARY} step note")
    store.set_step(ids["adult"], "own_canary", done=True, text=f"{CANARY} own step", position=20)
    ids["draft"] = store.add_screening(
        form=form,
        setting="police",
        language="ru",
        answers={"A1": 40, "A5": "KZ"},
        case_code=f"{CANARY}-draft",
        finalise=False,
    )
    return ids


@pytest.fixture
def store(tmp_path, catalog):
    opened = Store.create(tmp_path / "store" / "screener.db", PASSPHRASE, catalog, interviewer=f"{CANARY} user")
    opened.put_setting(SETTING_KEY, "mangystau")
    yield opened
    opened.lock()


def records(path: Path) -> list[dict]:
    return [record for _line, record in read_export(path)]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_holds_one_record_per_finalised_screening(store, catalog, tmp_path, fmt):
    fill(store, catalog)
    target = tmp_path / f"out.{fmt}"
    assert write_export(store, target, fmt) == 3
    got = {r["setting"]: r for r in records(target)}
    assert sorted(got) == ["border", "clinic", "school"]  # the police draft is not there
    adult = got["border"]
    assert list(adult) == list(COLUMNS)
    assert adult["format"] == FORMAT
    assert adult["region"] == "mangystau"
    assert (adult["kind"], adult["form_id"], adult["form_version"]) == ("full", "htiam14-kz", 1)
    assert re.fullmatch(r"\d{4}-\d{2}", adult["month"])
    assert adult["age_band"] == "18-24"
    assert [adult[c] for c in ("score_b", "score_c", "score_d", "score_e", "total", "max")] == [6, 3, 3, 0, 12, 39]
    assert adult["items_at_2"] == ["B1", "B3", "C1", "D2"]
    assert adult["indicators"] == ["sop_border.01", "sop_border.03"]
    assert (adult["judgement"], adult["types"]) == (2, ["labour", "other"])
    assert "call_102" in adult["steps"] and adult["steps_done"] == ["call_102"]
    assert not any(s.startswith("own_") for s in adult["steps"] + adult["steps_done"])
    citizen = got["clinic"]
    assert (citizen["score_b"], citizen["total"], citizen["max"], citizen["age_band"]) == (None, 0, 27, "25-34")
    assert citizen["types"] == ["not_victim"] and citizen["indicators"] == []
    assert (got["school"]["age_band"], got["school"]["judgement"]) == ("14-17", 3)


def test_csv_opens_in_excel_utf8_bom_and_semicolon_lists(store, catalog, tmp_path):
    fill(store, catalog)
    target = tmp_path / "out.csv"
    write_export(store, target, "csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfformat,export_id,")
    assert b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    adult = next(r for r in rows if r["setting"] == "border")
    assert adult["items_at_2"] == "B1;B3;C1;D2"
    assert adult["score_b"] == "6"
    assert next(r for r in rows if r["setting"] == "clinic")["score_b"] == ""


def test_no_canary_text_in_any_export(store, catalog, tmp_path):
    """Notes, case codes, names, "other" texts, own steps, answers to A3: none of it leaves."""
    ids = fill(store, catalog)
    store.record("note_for_the_audit", detail=CANARY)
    rows = store.list_screenings()
    for fmt in ("csv", "jsonl"):
        target = tmp_path / f"out.{fmt}"
        write_export(store, target, fmt)
        raw = target.read_bytes()
        for needle in (CANARY, "CANARY", "nationality", 'interviewer"', "female"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in raw, (fmt, needle)
        text = raw.decode("utf-8-sig")
        for screening_id in ids.values():
            assert screening_id not in text and screening_id.replace("-", "") not in text
        for row in rows:
            assert row.created_at[:10] not in text  # dates only to the month
            assert row.updated_at[:10] not in text
        assert not re.search(r"\d{2}:\d{2}", text)


def test_export_ids_are_random_stable_and_kept(store, catalog, tmp_path):
    ids = fill(store, catalog)
    write_export(store, tmp_path / "a.jsonl", "jsonl")
    write_export(store, tmp_path / "b.csv", "csv")
    first = {r["export_id"] for r in records(tmp_path / "a.jsonl")}
    assert first == {r["export_id"] for r in records(tmp_path / "b.csv")}
    assert len(first) == 3
    assert all(re.fullmatch(r"[0-9a-f]{32}", e) for e in first)
    assert not first & {sid.replace("-", "") for sid in ids.values()}
    # the same screenings in another store get other ids: nothing is derived from the record
    other = Store.create(tmp_path / "other.db", PASSPHRASE, catalog)
    try:
        fill(other, catalog)
        write_export(other, tmp_path / "c.jsonl", "jsonl")
        assert not first & {r["export_id"] for r in records(tmp_path / "c.jsonl")}
    finally:
        other.lock()


def test_records_are_ordered_by_month_then_export_id(store, catalog, tmp_path):
    fill(store, catalog)
    write_export(store, tmp_path / "a.jsonl", "jsonl")
    keys = [(r["month"], r["export_id"]) for r in records(tmp_path / "a.jsonl")]
    assert keys == sorted(keys)


def test_export_is_owner_only_atomic_and_audited(store, catalog, tmp_path):
    fill(store, catalog)
    target = tmp_path / "out.csv"
    target.write_text("old contents")
    write_export(store, target, "csv")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path).count("out.csv") == 1 and not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
    with pytest.raises(WriteFailed):
        write_export(store, tmp_path / "missing" / "out.csv", "csv")
    assert not (tmp_path / "missing").exists()


def test_an_empty_store_exports_a_header_only(store, tmp_path):
    assert write_export(store, tmp_path / "e.csv") == 0
    assert records(tmp_path / "e.csv") == []
    assert (tmp_path / "e.csv").read_text(encoding="utf-8-sig").strip() == ",".join(COLUMNS)


def test_a_store_without_a_region_exports_unknown(tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    try:
        fill(store, catalog)
        write_export(store, tmp_path / "e.jsonl", "jsonl")
        assert {r["region"] for r in records(tmp_path / "e.jsonl")} == {"unknown"}
    finally:
        store.lock()


@pytest.mark.parametrize(
    ("age", "stored", "band"),
    [
        (0, "child", "0-13"),
        (13, "child", "0-13"),
        (14, "child", "14-17"),
        (17, "unknown", "14-17"),
        (18, "adult", "18-24"),
        (34, "adult", "25-34"),
        (45, "adult", "45-59"),
        (60, "adult", "60+"),
        (None, "child", "0-17"),
        (None, "adult", "18+"),
        (None, "unknown", "unknown"),
        (True, "unknown", "unknown"),
    ],
)
def test_age_bands(catalog, age, stored, band):
    """The groups and the age of majority are the form's roles; the age is its age item's answer."""
    roles = catalog.default_form.roles
    assert age_band(roles, {roles.age: age}, stored) == band


def test_the_age_groups_follow_the_form(catalog):
    roles = replace(catalog.default_form.roles, age_groups=(0, 16, 21), age_of_majority=21)
    answers = [{roles.age: age} for age in (15, 16, 20, 21, 99)]
    assert [age_band(roles, a, "unknown") for a in answers] == ["0-15", "16-20", "16-20", "21+", "21+"]
    assert [age_band(roles, {}, stored) for stored in ("child", "adult")] == ["0-20", "21+"]
    assert age_band(replace(roles, age_groups=()), {roles.age: 30}, "adult") == "21+"


@pytest.mark.parametrize(
    ("value", "valid"), [("14-17", True), ("60+", True), ("unknown", True), ("17-14", False), ("x", False), ("", False)]
)
def test_an_imported_age_group_has_the_shape_of_one(exported, value, valid):
    [(_line, record), *_rest] = list(read_export(exported["jsonl"]))
    assert (problem({**record, "age_band": value}) is None) is valid


def test_format_of_a_file_name():
    assert [format_of(Path(n)) for n in ("a.csv", "a.JSONL", "a.json", "a.txt")] == ["csv", "jsonl", "jsonl", "csv"]


def test_regions_have_names_in_three_languages():
    from screener.core.messages import catalog  # noqa: PLC0415

    assert len(REGIONS) == 20
    for region in (*REGIONS, "unknown"):
        assert f"region.{region}" in catalog()


# -- reading an export back ----------------------------------------------------------------


@pytest.fixture
def exported(store, catalog, tmp_path) -> dict[str, Path]:
    fill(store, catalog)
    out = {}
    for fmt in ("csv", "jsonl"):
        out[fmt] = tmp_path / f"good.{fmt}"
        write_export(store, out[fmt], fmt)
    return out


def _edit_csv(source: Path, target: Path, change) -> Path:
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    target.write_text("\n".join(change(lines)) + "\n", encoding="utf-8-sig")
    return target


def test_reader_rejects_wrong_columns(exported, tmp_path):
    renamed = _edit_csv(exported["csv"], tmp_path / "r.csv", lambda ls: [ls[0].replace("total", "sum"), *ls[1:]])
    with pytest.raises(WrongColumns) as info:
        records(renamed)
    assert "total" in info.value.render("en") and "sum" in info.value.render("en")
    lines = exported["jsonl"].read_text().splitlines()
    extra = json.loads(lines[1])
    extra["case_code"] = "X"
    (tmp_path / "x.jsonl").write_text("\n".join([lines[0], json.dumps(extra)]) + "\n")
    with pytest.raises(WrongColumns) as info:
        records(tmp_path / "x.jsonl")
    assert "line 2" in info.value.render("en") and "case_code" in info.value.render("en")


def test_reader_rejects_bad_values_naming_line_and_column(exported, tmp_path):
    def bad_setting(lines):
        cells = lines[2].split(",")
        cells[COLUMNS.index("setting")] = "moon"
        return [*lines[:2], ",".join(cells), *lines[3:]]

    edited = _edit_csv(exported["csv"], tmp_path / "b.csv", bad_setting)
    with pytest.raises(BadValue) as info:
        records(edited)
    assert "line 3" in info.value.render("en") and "setting" in info.value.render("en")
    for column, value in (("judgement", 7), ("total", "many"), ("month", "2026-13"), ("export_id", "1")):
        lines = exported["jsonl"].read_text().splitlines()
        record = json.loads(lines[0])
        record[column] = value
        (tmp_path / "v.jsonl").write_text(json.dumps(record) + "\n")
        with pytest.raises(BadValue) as info:
            records(tmp_path / "v.jsonl")
        assert column in info.value.render("ru")
    short = _edit_csv(exported["csv"], tmp_path / "s.csv", lambda ls: [*ls[:2], ls[2].rsplit(",", 1)[0]])
    with pytest.raises(WrongCellCount):
        records(short)
    number = _edit_csv(
        exported["csv"], tmp_path / "n.csv", lambda ls: [ls[0], ls[1].replace(",htiam14-kz,1,", ",htiam14-kz,one,")]
    )
    with pytest.raises(BadValue) as info:
        records(number)
    assert "form_version" in info.value.render("en")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"name,age\r\nAida,19\r\n",
        b'{"hello": "world"}\n',
        bytes(range(256)) * 4,
        b"SQLite format 3\x00" + b"\x00" * 100,
    ],
)
def test_reader_rejects_what_is_not_an_export(tmp_path, content):
    path = tmp_path / "other.csv"
    path.write_bytes(content)
    with pytest.raises(NotAnExport) as info:
        records(path)
    for language in ("kk", "ru", "en"):
        assert str(path) in info.value.render(language)


def test_every_record_of_an_export_passes_the_check(exported):
    for path in exported.values():
        for record in records(path):
            assert problem(record) is None


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_quick_checks_are_exported_marked_and_without_scores(store, tmp_path, fmt):
    """Issue 9: quick checks appear in exports like any screening, marked as quick checks."""
    store.record_quick_check(setting="border", language="kk", age_band="adult", indicators={})
    signs = {"sop_border": ("sop_border.01", "sop_border.12")}
    store.record_quick_check(setting="border", language="kk", age_band="child", indicators=signs)
    store.record_quick_check(setting="clinic", language="kk", age_band="adult", indicators=signs, escalate=True)
    target = tmp_path / f"quick.{fmt}"
    # issue 16: the escalated check stays a quick record of its own (the interview is a draft)
    assert write_export(store, target, fmt) == 3
    got = sorted(records(target), key=lambda r: (len(r["indicators"]), r["setting"]))
    assert [r["kind"] for r in got] == ["quick", "quick", "quick"]
    assert [r["age_band"] for r in got] == ["18+", "0-17", "18+"]
    assert got[2]["setting"] == "clinic" and got[2]["indicators"] == ["sop_border.01", "sop_border.12"]
    assert got[0]["indicators"] == [] and got[0]["steps"] == []
    assert got[1]["indicators"] == ["sop_border.01", "sop_border.12"]
    assert got[1]["steps"][:2] == ["border_separate", "call_102"]
    for record in got:
        assert [record[c] for c in ("score_b", "score_c", "score_d", "score_e", "judgement")] == [None] * 5
        assert (record["total"], record["max"], record["items_at_2"]) == (0, 0, [])


def test_a_practice_store_is_never_exported(catalog, tmp_path):
    """Issue 6: practice records of training mode never reach an export (or the statistics)."""
    from screener.core.store import practice  # noqa: PLC0415
    from screener.core.store.errors import PracticeStoreRefused  # noqa: PLC0415

    store = practice.open_practice(catalog, tmp_path / "practice.db")
    try:
        store.record_quick_check(setting="border", language="en", age_band="adult", indicators={})
        target = tmp_path / "practice.csv"
        with pytest.raises(PracticeStoreRefused):
            write_export(store, target, "csv")
        assert list(tmp_path.glob("*.csv")) == [] and list(tmp_path.glob(".*.tmp")) == []
    finally:
        store.lock()


def test_export_on_a_full_disk_keeps_the_old_file(store, catalog, small_disk):
    """No space left: a clear error, the export written before stays whole, no part file stays."""
    fill(store, catalog)
    target = small_disk / "out.jsonl"
    write_export(store, target, "jsonl")
    before = target.read_bytes()
    seal_before = (small_disk / "out.jsonl.seal").read_bytes()
    (small_disk / "filler").write_bytes(b"\0" * (3 * 1024 * 1024 - 2 * len(before) - 8192))
    for _ in range(40):  # more screenings than the space left can hold
        store.add_screening(form=catalog.default_form, setting="border", language="kk", answers=ADULT)
    with pytest.raises(WriteFailed) as info:
        write_export(store, target, "jsonl")
    assert "No space left on device" in info.value.render("en")
    assert target.read_bytes() == before
    # the earlier export's seal stays with it, unchanged
    assert (small_disk / "out.jsonl.seal").read_bytes() == seal_before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "out.jsonl", "out.jsonl.seal"]
