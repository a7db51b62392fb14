"""Nothing typed about a person is readable outside the store: a whole screening is done
through the UI with a different canary string typed into every free-text field (settings,
new screening, every item's notes and text answers, "other" types, every step's note, the
amendment reason, the search); then every file the app created (store folder, settings,
cache, temporary folders) is scanned for each canary, in UTF-8 and UTF-16."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import (
    QApplication,
    QCheckBox,
    QEvent,
    QKeyEvent,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QWidget,
)
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow
from tests.ui.test_interview_flow import PASSPHRASE, answer_current, create_store, start_screening

ANSWERS = {"A1": 34, "A2": "female", "A5": "UZ", "B1": 2, "B3": 3, "C1": 1, "D2": 3, "E1": "yes", "E3": "adult"}


class Canaries:
    def __init__(self) -> None:
        self.typed: list[str] = []

    def next(self) -> str:
        n = len(self.typed)
        value = f"Kanareyka{n:02d}Zq" if n % 2 else f"Канарейка{n:02d}Жы"  # ASCII and Cyrillic
        self.typed.append(value)
        return value


def type_text(edit: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def fill_free_text(qtbot, screen: QWidget, canaries: Canaries) -> None:
    for box in screen.findChildren(QCheckBox):
        if box.objectName() == "option_other" and box.isVisible() and not box.isChecked():
            box.click()  # the "other" type takes text
    for edit in [*screen.findChildren(QLineEdit), *screen.findChildren(QPlainTextEdit)]:
        if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly():
            empty = not (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText())
            if empty and edit.objectName() != "integerInput" and "qt_spinbox" not in edit.objectName():
                edit.setFocus()
                type_text(edit, canaries.next())
                if isinstance(edit, QLineEdit):
                    edit.editingFinished.emit()


def json_escaped(text: str) -> str:
    return json.dumps(text)[1:-1]


def app_files(roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return sorted(set(found))


@pytest.fixture
def window(qtbot, catalog, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "store" / "screener.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def test_no_canary_outside_the_store(qtbot, window, tmp_path, isolated_settings, capsys):
    temp = Path(tempfile.gettempdir())
    temp_before = set(temp.iterdir())
    canaries = Canaries()
    create_store(qtbot, window)

    settings = SettingsDialog(window.services, window)
    type_text(settings.findChild(QLineEdit, "interviewerName"), canaries.next())
    settings.accept()

    start_screening(qtbot, window, "border", case_code=canaries.next())
    for _ in range(80):
        page = window.interview.page
        if page.kind == "review":
            break
        answer_current(qtbot, window, ANSWERS)
        fill_free_text(qtbot, window.interview, canaries)
        qtbot.keyClick(window.interview, Qt.Key.Key_PageDown)
    sid = window.interview.screening.id
    dialogs.script(True)  # confirm finalising
    qtbot.mouseClick(window.interview.findChild(QPushButton, "finaliseButton"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    fill_free_text(qtbot, window.result, canaries)  # every step's note
    window.result.flush_steps()
    reason = canaries.next()
    dialogs.script(reason)
    window.result.findChild(QPushButton, "amendButton").click()  # an amendment, with its reason
    assert window.stack.currentWidget() is window.interview
    notes = window.interview.findChild(QPlainTextEdit, "itemNotes")
    for _ in range(10):  # to the first page with an item (and its notes)
        if notes.isVisible():
            break
        qtbot.keyClick(window.interview, Qt.Key.Key_PageDown)
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(notes, " " + canaries.next())  # the change the reason is kept with
    window.show_list()
    fill_free_text(qtbot, window.screenings, canaries)  # the search box
    assert len(canaries.typed) >= 25, canaries.typed

    window.lock()
    window.close()
    # every canary (but the search) really went into the store: the scan could find a leak
    import sqlcipher3  # noqa: PLC0415

    connection = sqlcipher3.connect(str(tmp_path / "store" / "screener.db"))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    inside = "\n".join(repr(row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}"'))
    connection.close()
    missing = [c for c in canaries.typed[:-1] if c not in inside and json_escaped(c) not in inside]
    if missing:
        print(inside[-3000:])
    assert not missing, missing

    roots = [tmp_path, Path(isolated_settings), Path(os.environ["SCREENER_CACHE_DIR"])]
    # the app's own temporary folders; not the test suite's PostgreSQL servers (tests/postgres.py),
    # which another test run on the machine may start and remove while this one reads them
    new = set(temp.iterdir()) - temp_before
    roots += [p for p in new if p.name.startswith("screener") and not p.name.startswith("screener-pg-")]
    files = app_files(roots)
    hits = []
    for path in files:
        data = path.read_bytes()
        for canary in canaries.typed:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if canary.encode(encoding) in data:
                    hits.append((path, canary, encoding))
    with capsys.disabled():
        print(f"\ncanary scan: {len(canaries.typed)} canaries, {len(files)} files scanned, {len(hits)} hits")
    assert any(p.name == "screener.db" for p in files) and any(p.suffix in {".conf", ".ini"} for p in files)
    assert hits == []
    reopened = Store.open(tmp_path / "store" / "screener.db", PASSPHRASE, window.catalog)
    assert reopened.get(sid).summary.case_code == canaries.typed[1]
    reopened.lock()
    assert reason in inside
