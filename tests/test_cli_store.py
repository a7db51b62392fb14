"""`screener store ...` from a shell: passphrase from the environment, exit 2 and no change on error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.cli import main
from tests.test_cli import FULL


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_PASSPHRASE", "correct horse 42")
    path = tmp_path / "s.db"
    assert main(["store", "init", "--db", str(path)]) == 0
    return path


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_init_add_check(db, tmp_path, capsys):
    data = {
        **FULL,
        "case_code": "K-12",
        "interviewer": "Dana",
        "setting": "clinic",
        "notes": {"C1": "burns on the hands"},
    }
    assert main(["store", "add", "--db", str(db), str(write(tmp_path, data))]) == 0
    assert "(12/27)" in capsys.readouterr().out
    assert main(["store", "check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 screening" in out and "pages: ok" in out


def test_add_invalid_input_changes_nothing(db, tmp_path, capsys):
    before = db.read_bytes()
    bad = {**FULL, "answers": {**FULL["answers"], "C1": 4}}
    assert main(["store", "add", "--db", str(db), str(write(tmp_path, bad))]) == 2
    assert "ANS_002 C1" in capsys.readouterr().err
    bad_note = {**FULL, "notes": {"Q7": "x"}}
    assert main(["store", "add", "--db", str(db), str(write(tmp_path, bad_note))]) == 2
    assert db.read_bytes() == before


def test_wrong_passphrase_and_damaged_file(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SCREENER_PASSPHRASE", "wrong wrong 1")
    before = db.read_bytes()
    assert main(["--lang", "ru", "store", "check", "--db", str(db)]) == 2
    assert "Неверная парольная фраза" in capsys.readouterr().err
    assert db.read_bytes() == before
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(before[:5000])
    assert main(["store", "check", "--db", str(damaged)]) == 2
    assert "damaged" in capsys.readouterr().err


def test_backup_restore_rekey(db, tmp_path, monkeypatch, capsys):
    assert main(["store", "add", "--db", str(db), "--draft", str(write(tmp_path, FULL))]) == 0
    backup = tmp_path / "b.db"
    monkeypatch.setenv("SCREENER_BACKUP_PASSPHRASE", "backup passphrase 3")
    assert main(["store", "backup", "--db", str(db), "--out", str(backup), "--new-passphrase"]) == 0
    monkeypatch.setenv("SCREENER_NEW_PASSPHRASE", "renewed passphrase 8")
    assert main(["store", "rekey", "--db", str(db)]) == 0
    monkeypatch.setenv("SCREENER_PASSPHRASE", "renewed passphrase 8")
    assert main(["store", "check", "--db", str(db)]) == 0
    assert main(["store", "restore", "--db", str(db), "--from", str(backup)]) == 0
    monkeypatch.setenv("SCREENER_PASSPHRASE", "backup passphrase 3")
    assert main(["store", "check", "--db", str(db)]) == 0
    assert len(list(tmp_path.glob("s.db.replaced.*.bak"))) == 1


def test_no_passphrase_without_a_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("SCREENER_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["store", "init", "--db", str(tmp_path / "x.db")]) == 2
    assert "SCREENER_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_default_location_is_the_user_data_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SCREENER_PASSPHRASE", "correct horse 42")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("SCREENER_STORE", raising=False)
    assert main(["store", "init"]) == 0
    assert (tmp_path / "data" / "screener" / "screener.db").exists()
    monkeypatch.setenv("SCREENER_STORE", str(tmp_path / "elsewhere.db"))
    assert main(["store", "init"]) == 0
    assert (tmp_path / "elsewhere.db").exists()
