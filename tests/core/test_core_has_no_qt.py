"""The core never imports Qt: every screener.core module, imported in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import screener.core

SCRIPT = """
import importlib, pkgutil, sys
import screener.core
names = [m.name for m in pkgutil.walk_packages(screener.core.__path__, "screener.core.")]
# alembic's env.py runs a migration when imported: it is checked by its source below instead
names = [n for n in names if not n.endswith(".migrations.env")]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
                or m.startswith("screener.ui"))
print(len(names))
print(",".join(leaked))
"""


def test_core_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    count, leaked = out.stdout.splitlines()[-2:] + [""] * (2 - len(out.stdout.splitlines()[-2:]))
    expected = len(list(pkgutil.walk_packages(screener.core.__path__, "screener.core."))) - 1
    assert int(count) == expected >= 10
    assert leaked == ""
    env = Path(screener.core.__file__).parent / "store" / "migrations" / "env.py"
    assert "PySide6" not in env.read_text(encoding="utf-8")


def test_the_check_would_catch_a_leak():
    """The same script reports Qt when something imports it (the test can fail)."""
    leaking = "import PySide6.QtCore\n" + SCRIPT
    out = subprocess.run([sys.executable, "-c", leaking], capture_output=True, text=True, check=True)
    assert "PySide6.QtCore" in out.stdout.splitlines()[-1]
