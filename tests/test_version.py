"""The version is written once, in pyproject.toml: the package, --version and every result sheet
show that one (the About dialog: tests/ui/test_about.py; the bundle: tests/package)."""

from __future__ import annotations

import json
import tomllib
from importlib.metadata import version
from pathlib import Path

import screener
from screener import cli
from screener.selftest import pdf_text

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CASE = {
    "form": "htiam14-kz",
    "case_code": "V-1",
    "answers": {"A1": 30, "A5": "KZ", "C1": 0, "C2": 0, "C3": 0, "C4": 0, "D1": 0, "D2": 0, "D3": 0, "E1": "no"},
}


def test_package_version_is_pyproject_version():
    assert screener.__version__ == PYPROJECT
    # the installed metadata (what a bundle reads: copy_metadata in the spec) says the same
    assert version("screener") == PYPROJECT


def test_version_option(capsys):
    try:
        cli.main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == PYPROJECT


def test_result_sheet_prints_the_version(tmp_path, capsys):
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    pdf = tmp_path / "sheet.pdf"
    assert cli.main(["report", str(case), "--out", str(pdf)]) == 0, capsys.readouterr().err
    assert f"Screener {PYPROJECT}" in pdf_text(pdf)
