"""psycopg is the optional extra `central` (pyproject): the field bundles leave it out, and the
central commands then say so in the user's language instead of failing with a traceback."""

from __future__ import annotations

import sys

import pytest

from screener.cli import main
from screener.core.central.database import NoDriver, connect


@pytest.fixture
def without_psycopg(monkeypatch):
    """As in a field bundle: `import psycopg` fails (None in sys.modules blocks the import)."""
    for name in [n for n in sys.modules if n == "psycopg" or n.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)


def test_connect_without_the_driver_names_the_extra(without_psycopg):
    with pytest.raises(NoDriver) as caught:
        connect("postgresql://user:secret@127.0.0.1:1/central")
    assert "screener[central]" in caught.value.render("en")
    assert "secret" not in caught.value.render("en")
    assert "psycopg" in caught.value.render("kk") and "psycopg" in caught.value.render("ru")


def test_central_command_without_the_driver_exits_with_the_message(without_psycopg, tmp_path, capsys):
    export = tmp_path / "a.csv"
    export.write_text("x\n", encoding="utf-8")
    code = main(["--lang", "ru", "central", "import", str(export), "--db", "postgresql://u@127.0.0.1:1/c"])
    assert code != 0
    captured = capsys.readouterr()
    assert "psycopg" in captured.err + captured.out
    assert "Traceback" not in captured.err


def test_the_field_dependencies_leave_psycopg_out():
    import tomllib  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    project = tomllib.loads((Path(__file__).resolve().parents[3] / "pyproject.toml").read_text(encoding="utf-8"))
    assert not [d for d in project["project"]["dependencies"] if d.lower().startswith("psycopg")]
    assert any(d.startswith("psycopg") for d in project["project"]["optional-dependencies"]["central"])
