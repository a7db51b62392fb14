"""About: the version from pyproject.toml and where the store is kept, from the tool bar."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from screener.ui import dialogs, i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import QAction
from screener.ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_about_shows_version_and_store(qtbot, catalog, tmp_path):
    store = tmp_path / "data" / "screener.db"
    window = MainWindow(catalog, store, Preferences(language="en"))
    qtbot.addWidget(window)
    action = window.findChild(QAction, "aboutAction")
    assert action is not None and action.isEnabled()  # also while locked
    dialogs.reset()
    dialogs.script(None)
    action.trigger()
    [(kind, text)] = dialogs.shown
    dialogs.reset()
    assert kind == "inform"
    assert f"Screener, version {VERSION}" in text
    assert str(store) in text
    # the licences of everything in the bundle, one click away (a file:// link, opened locally)
    [href] = re.findall(r'href="([^"]+)"', text)
    assert href.startswith("file://")
    notices = Path(url2pathname(urlparse(href).path))
    assert notices.name == "THIRD-PARTY-NOTICES.txt" and notices.is_file(), "run `make test` (it writes the notices)"
    body = notices.read_text(encoding="utf-8")
    assert "LGPL" in body and "Replacing the Qt libraries" in body and "ZETETIC" in body
    i18n.set_language("ru")
    assert f"Screener, версия {VERSION}" in window.about_text()
    qtbot.waitUntil(lambda: action.text() == "О программе", timeout=2000)  # LanguageChange is posted
