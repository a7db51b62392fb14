"""A plain start of the app imports nothing before its first frame that the unlock screen does
not need (issue 21): the command's entry point and the window's modules pull in no SQLAlchemy,
SQLCipher, jsonschema, reportlab, zxcvbn or store; anything but a plain start goes to the
command line's full parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from screener import cli, start

HEAVY = ("sqlalchemy", "sqlcipher3", "jsonschema", "reportlab", "zxcvbn", "screener.core.store.store", "yaml")


def test_a_fresh_interpreter_starting_the_app_imports_nothing_heavy():
    code = (
        "import sys\n"
        "import screener.cli, screener.ui.app, screener.ui.window, screener.ui.unlock\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert done.stdout.strip() == ""


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ([], {"db": None, "training": False, "training_session": False}),
        (["--db", "x.db", "--training"], {"db": "x.db", "training": True, "training_session": False}),
        (["--training-session", "--lang", "ru"], {"db": None, "training": False, "training_session": True}),
    ],
)
def test_plain_starts_go_straight_to_the_app(tokens, expected):
    options = start.app_start(tokens)
    assert options is not None
    got = {k: (str(v) if v is not None and k == "db" else v) for k, v in vars(options).items() if k != "lang"}
    assert got == expected


@pytest.mark.parametrize(
    "tokens",
    [["score", "a.json"], ["--self-test"], ["--overview"], ["--help"], ["--version"], ["--db"], ["--lang", "de"],
     ["--self"], ["store", "check", "--db", "x"]],
)  # fmt: skip
def test_anything_else_goes_to_the_full_parser(tokens):
    assert start.app_start(tokens) is None


def test_the_full_parser_still_knows_the_app_options(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "--db" in out and "--training-session" in out and "score" in out


def test_a_plain_start_runs_the_app(monkeypatch):
    started = []
    import screener.ui.app  # noqa: PLC0415

    monkeypatch.setattr(screener.ui.app, "main", lambda db, training: started.append((db, training)) or 0)
    assert cli.main(["--training-session"]) == 0
    assert started == [(None, "session")]
