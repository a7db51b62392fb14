"""`screener export` and `screener store region` from a shell."""

from __future__ import annotations

import json
import stat

import pytest

from screener.cli import main
from screener.core.export.reader import read_export
from tests.test_cli import FULL
from tests.test_cli_store import write

CANARY = "CANARY-cli-ЖАСЫРЫН"


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_PASSPHRASE", "correct horse 42")
    path = tmp_path / "s.db"
    assert main(["store", "init", "--db", str(path)]) == 0
    data = {**FULL, "case_code": f"{CANARY}-1", "interviewer": CANARY, "notes": {"C1": f"{CANARY} note"}}
    assert main(["store", "add", "--db", str(path), str(write(tmp_path, data))]) == 0
    assert main(["store", "add", "--db", str(path), "--draft", str(write(tmp_path, {**data, "case_code": "D"}))]) == 0
    return path


@pytest.mark.parametrize(
    ("name", "option", "fmt"), [("out.csv", [], "csv"), ("out.txt", ["--format", "jsonl"], "jsonl")]
)
def test_export_writes_finalised_screenings_only(db, tmp_path, capsys, name, option, fmt):
    out = tmp_path / name
    assert main(["store", "region", "--db", str(db), "kyzylorda"]) == 0
    assert "kyzylorda" in capsys.readouterr().out
    assert main(["export", "--db", str(db), "--out", str(out), *option]) == 0
    printed = capsys.readouterr()
    assert "1 de-identified record" in printed.out and f"({fmt})" in printed.out
    assert printed.err == ""  # the region is set: no note about it
    [(_line, record)] = list(read_export(out))
    assert (record["region"], record["setting"], record["total"], record["max"]) == ("kyzylorda", "other", 12, 27)
    assert CANARY.encode() not in out.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    if fmt == "jsonl":
        assert json.loads(out.read_text().splitlines()[0])["format"] == "screener-export/2"


def test_export_without_a_region_says_so(db, tmp_path, capsys):
    assert main(["--lang", "kk", "export", "--db", str(db), "--out", str(tmp_path / "o.csv")]) == 0
    assert "screener store region" in capsys.readouterr().err
    assert [r["region"] for _line, r in read_export(tmp_path / "o.csv")] == ["unknown"]


def test_export_with_a_wrong_passphrase_writes_nothing(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SCREENER_PASSPHRASE", "wrong wrong 1")
    before = db.read_bytes()
    assert main(["--lang", "ru", "export", "--db", str(db), "--out", str(tmp_path / "o.csv")]) == 2
    assert "Неверная парольная фраза" in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()
    assert db.read_bytes() == before


def test_export_into_a_missing_folder_is_a_clear_error(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "nowhere" / "o.csv")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_region_shows_and_refuses_unknown_ids(db, capsys):
    assert main(["--lang", "ru", "store", "region", "--db", str(db)]) == 0
    assert "регион не указан" in capsys.readouterr().out
    with pytest.raises(SystemExit) as info:
        main(["store", "region", "--db", str(db), "atlantis"])
    assert info.value.code == 2
    assert main(["--lang", "kk", "store", "region", "--db", str(db), "ulytau"]) == 0
    assert "Ұлытау облысы" in capsys.readouterr().out
