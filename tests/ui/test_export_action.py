"""The Export... action of the screenings list and the region in Settings, through the dialog seam."""

from __future__ import annotations

import pytest

from screener.core.export.reader import read_export
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QComboBox, QPushButton
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow
from tests.core.export.test_export import CANARY, PASSPHRASE, fill


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.unlocked(Store.create(tmp_path / "s.db", PASSPHRASE, catalog))
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def test_region_is_set_in_settings_and_the_export_writes_it(qtbot, window, catalog, tmp_path):
    fill(window.store, catalog)
    dialog = SettingsDialog(window.services, window)
    combo = dialog.findChild(QComboBox, "regionCombo")
    assert combo.isEnabled() and combo.currentData() == "unknown"
    combo.setCurrentIndex(combo.findData("zhetisu"))
    assert combo.currentText() == "Zhetisu region"
    dialog.accept()
    assert window.store.get_setting("region") == "zhetisu"

    target = tmp_path / "out" / "export.jsonl"
    target.parent.mkdir()
    dialogs.script(str(target), True)  # the file dialog, then the message that it is done
    window.screenings.findChild(QPushButton, "exportButton").click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _text in dialogs.shown), timeout=20_000)
    assert any("3 finalised screening(s) exported" in text for kind, text in dialogs.shown if kind == "inform")
    exported = [record for _line, record in read_export(target)]
    assert len(exported) == 3 and {r["region"] for r in exported} == {"zhetisu"}
    assert CANARY.encode() not in target.read_bytes()


def test_export_cancelled_writes_nothing(window, tmp_path):
    dialogs.script(None)
    window.screenings.findChild(QPushButton, "exportButton").click()
    assert [kind for kind, _text in dialogs.shown] == ["save_file"]
    assert list(tmp_path.glob("*.csv")) == []


def test_export_error_is_shown(qtbot, window, catalog, tmp_path):
    fill(window.store, catalog)
    dialogs.script(str(tmp_path / "missing" / "export.csv"), True)
    window.screenings.findChild(QPushButton, "exportButton").click()
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _text in dialogs.shown), timeout=20_000)
    assert not (tmp_path / "missing").exists()
