"""Indicator lists to a workbook and back: every shipped list comes back byte for byte, and a
revised workbook is checked as the loader checks a list, each problem at its sheet, row, column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from screener.cli import main
from screener.core import paths
from screener.core.instrument.loader import load_indicator_list

SHIPPED = sorted(paths.indicators_dir().glob("*.yaml"))


@pytest.mark.parametrize("shipped", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_list_comes_back_byte_for_byte(shipped, tmp_path):
    book, back = tmp_path / "list.xlsx", tmp_path / shipped.name
    assert main(["forms", "to-xlsx", str(shipped), "--out", str(book)]) == 0
    assert main(["forms", "from-xlsx", str(book), "--out", str(back)]) == 0
    assert back.read_bytes() == shipped.read_bytes()


def revised(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """The sop_border list as a workbook, changed by `change(indicators_sheet, list_sheet)`."""
    book = tmp_path / "b.xlsx"
    assert main(["forms", "to-xlsx", str(paths.indicators_dir() / "sop_border.yaml"), "--out", str(book)]) == 0
    workbook = load_workbook(book)
    change(workbook["indicators"], workbook["list"])
    workbook.save(book)
    return book


def test_a_ministry_revision_adds_an_indicator_and_the_app_loads_it(tmp_path, capsys):
    def add(indicators, _meta):  # type: ignore[no-untyped-def]
        new = ["sop_border.19", "Жаңа белгі", "Новый признак", "A new sign"]
        indicators.append([*new, None, None, None, None, "", 559])
        indicators["C2"] = "Новая формулировка"  # a revised Russian text (row 2: the first indicator)

    book = revised(tmp_path, add)
    out = tmp_path / "sop_border.yaml"
    assert main(["forms", "from-xlsx", str(book), "--out", str(out)]) == 0
    assert "19 indicators" in capsys.readouterr().out
    loaded = load_indicator_list(out)
    assert loaded.items[-1].id == "sop_border.19" and loaded.items[-1].text.en == "A new sign"
    assert loaded.items[0].text.ru == "Новая формулировка"


@pytest.mark.parametrize(
    ("cell", "value", "column", "row"),
    [
        ("B3", None, "kk", 3),  # an empty Kazakh text
        ("A4", "sop_border.01", "id", 4),  # a duplicate id
        ("A5", "other_list.05", "id", 5),  # an id of another list
        ("J6", "abc", "line", 6),  # not a line number
    ],
)
def test_problems_are_located_at_sheet_row_and_column(tmp_path, capsys, cell, value, column, row):
    def change(indicators, _meta):  # type: ignore[no-untyped-def]
        indicators[cell] = value

    out = tmp_path / "sop_border.yaml"
    assert main(["--lang", "en", "forms", "from-xlsx", str(revised(tmp_path, change)), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f'sheet "indicators", row {row}, column "{column}"' in err, err
    assert not out.exists()


def test_a_wrong_setting_is_located_on_the_list_sheet(tmp_path, capsys):
    def change(_indicators, meta):  # type: ignore[no-untyped-def]
        for row in meta.iter_rows(min_row=2):
            if row[0].value == "settings":
                row[1].value = "border, airport"

    out = tmp_path / "sop_border.yaml"
    assert main(["--lang", "ru", "forms", "from-xlsx", str(revised(tmp_path, change)), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "лист «list», строка" in err and "столбец «value»" in err and "airport" in err


def test_not_a_workbook_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    assert main(["forms", "from-xlsx", str(bad), "--out", str(tmp_path / "l.yaml")]) == 2
    assert "no YAML was written" in capsys.readouterr().err
