"""ui/qt.py: what mypy is shown is what the app gets, and the first frame builds no costly Qt type."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from screener.ui import qt

SOURCE = Path(qt.__file__)


def _imported_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names imported at run time, and names imported only for mypy (under TYPE_CHECKING)."""
    at_run_time: set[str] = set()
    for_mypy: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            at_run_time.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for inner in node.body:
                assert isinstance(inner, ast.ImportFrom)
                for_mypy.update(alias.asname or alias.name for alias in inner.names)
    return at_run_time, for_mypy


def test_mypy_and_the_app_see_the_same_names():
    at_run_time, for_mypy = _imported_names(ast.parse(SOURCE.read_text(encoding="utf-8")))
    assert len(at_run_time) > 40
    assert for_mypy == set(qt._ON_FIRST_USE)  # each name served on first use is typed, and only those
    assert not at_run_time & for_mypy
    assert sorted(qt.__all__) == sorted(at_run_time | for_mypy)


@pytest.mark.parametrize("name", qt.__all__)
def test_every_name_is_the_pyside6_object(name):
    value = getattr(qt, name)
    module = qt._ON_FIRST_USE.get(name) or value.__module__.split(".")[1]
    if name == "Signal":
        module = "QtCore"
    assert value is getattr(importlib.import_module(f"PySide6.{module}"), name)


def test_a_misspelt_name_is_an_error():
    with pytest.raises(ImportError):
        exec("from screener.ui.qt import QLabell", {})
    with pytest.raises(AttributeError):
        getattr(qt, "QPrinter" + "r")  # one of the names served on first use, misspelt


START = """
import sys, tempfile, pathlib
from screener.ui.app import show_window
from screener.ui.qt import QApplication
window = show_window(pathlib.Path(tempfile.mkdtemp()) / "s.db")
QApplication.instance().processEvents()
from screener.ui import qt
assert window.stack.currentWidget() is window.unlock_screen
built = sorted(name for name in qt._ON_FIRST_USE if name in vars(qt))
print("built:" + ",".join(built), "print support:", "PySide6.QtPrintSupport" in sys.modules)
"""


def _first_frame(script: str, tmp_path: Path) -> str:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),  # the preferences of a fresh user, never the real ones
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PATH": "/usr/bin:/bin",
        "SCREENER_EXIT_AFTER_FIRST_PAINT": "",
    }
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    return out.stdout.strip().splitlines()[-1]


def test_the_unlock_screen_builds_no_costly_qt_type(tmp_path):
    """`Qt` (every enum, 40-90 ms) and the print support are built after the first frame."""
    assert _first_frame(START, tmp_path) == "built: print support: False"


def test_the_check_would_see_a_costly_type(tmp_path):
    leaking = START.replace("import QApplication\n", "import QApplication, Qt\n", 1)
    assert _first_frame(leaking, tmp_path) == "built:Qt print support: False"
