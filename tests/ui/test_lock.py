"""Lock is absolute: with any dialog, message box, file or print dialog, menu or the app's own
dialogs open, Ctrl+L (typed into that dialog's window) or auto-lock closes every window but
the main one, cancels what the dialog was for, locks the store and shows only the unlock
screen; nothing is written or printed afterwards. The dialogs are real (not scripted)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from screener.core.store.store import Store
from screener.ui import dialogs, operations
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QMenu, QPushButton, Qt, QTimer, QWidget
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"
ANSWERS = {"A1": 19, "A5": "UZ", "B1": 2, "C1": 2, "E1": "no", "judgement": 2}


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.unlocked(Store.create(tmp_path / "s.db", PASSPHRASE, catalog))
    screening = win.store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", answers=ANSWERS, case_code="CANARY-7"
    )
    win.show_result(screening)
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def lock_once_open(window: MainWindow, how: str, seen: dict) -> None:
    """Wait for a dialog or menu to be on screen, then lock as a user would (Ctrl+L typed into
    it) or as auto-lock does (the idle timer running out); note what is visible just after."""

    def attempt(tries: int = 0) -> None:
        top = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if top is None or not top.isVisible():
            if tries > 300:  # ~6 s: nothing opened; the test fails on seen["opened"]
                return
            QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        seen["opened"] = top.objectName() or type(top).__name__
        if how == "ctrl+l":
            from PySide6.QtTest import QTest  # noqa: PLC0415

            QTest.keyClick(top.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            window.idle.start(1)  # auto-lock: the idle time runs out while the dialog is open
            QTimer.singleShot(50, lambda: seen.setdefault("after", visible_windows()))
            return
        seen["after"] = visible_windows()

    QTimer.singleShot(50, attempt)
    # a lock that failed to close the dialog must not hang the suite: close it after 5 s
    # (only this test's: a timer left by an earlier test must not close this test's dialog)
    QTimer.singleShot(5_000, lambda: None if seen.get("finished") else close_leftovers())


def close_leftovers() -> None:
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    while (modal := QApplication.activeModalWidget()) is not None:
        modal.reject()  # type: ignore[attr-defined]
        modal.hide()


def assert_locked(window: MainWindow, seen: dict) -> None:
    seen["finished"] = True
    assert seen.get("opened"), "no dialog was opened"
    assert seen.get("after") == [window], (seen.get("opened"), seen.get("after"))
    assert window.store is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert visible_windows() == [window]


def sheet_button(window: MainWindow, name: str) -> Callable[[], object]:
    return lambda: window.result.findChild(QPushButton, name).click()


def open_menu(window: MainWindow) -> object:
    menu = QMenu(window)
    menu.setObjectName("someMenu")
    menu.addAction("x")
    return menu.exec(window.mapToGlobal(window.rect().center()))


DIALOGS: dict[str, Callable[[MainWindow, Path], object]] = {
    "confirm": lambda w, _t: dialogs.confirm(w, "t", "Continue?"),
    "inform": lambda w, _t: dialogs.inform(w, "t", "Note"),
    "error": lambda w, _t: dialogs.error(w, "t", "Problem"),
    "ask_text": lambda w, _t: dialogs.ask_text(w, "t", "Passphrase:", secret=True),
    "save_file": lambda w, t: dialogs.save_file(w, "Save", "PDF files (*.pdf)", str(t / "x.pdf")),
    "open_file": lambda w, _t: dialogs.open_file(w, "Open", "All files (*)"),
    "print": lambda w, _t: dialogs.choose_printer(w, "Print"),
    "settings": lambda w, _t: w.open_settings(),
    "new screening": lambda w, _t: (w.show_list(), w.screenings.new_screening()),
    "menu": lambda w, _t: open_menu(w),
}


@pytest.mark.parametrize("how", ["ctrl+l", "auto-lock"])
@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_a_lock_closes_every_dialog(qtbot, window, tmp_path, kind, how):
    seen: dict = {}
    lock_once_open(window, how, seen)
    answer = DIALOGS[kind](window, tmp_path)
    qtbot.waitUntil(lambda: "after" in seen, timeout=12_000)
    assert_locked(window, seen)
    assert answer in (None, False) or kind in ("new screening",)  # a cancel, whatever was open


@pytest.mark.parametrize("how", ["ctrl+l", "auto-lock"])
def test_save_pdf_open_then_lock_writes_nothing(qtbot, window, tmp_path, how):
    before = set(tmp_path.rglob("*"))
    seen: dict = {}
    lock_once_open(window, how, seen)
    sheet_button(window, "savePdfButton")()
    qtbot.waitUntil(lambda: "after" in seen, timeout=12_000)
    assert_locked(window, seen)
    qtbot.wait(300)
    assert {p for p in set(tmp_path.rglob("*")) - before if "qsettings" not in str(p)} == set()


@pytest.mark.parametrize("how", ["ctrl+l", "auto-lock"])
def test_print_dialog_open_then_lock_prints_nothing(qtbot, window, monkeypatch, how):
    printed: list[object] = []
    from screener.ui import printing  # noqa: PLC0415

    monkeypatch.setattr(printing, "print_pdf", lambda printer, _data: printed.append(printer))
    seen: dict = {}
    lock_once_open(window, how, seen)
    sheet_button(window, "printButton")()  # makes the sheet off the UI thread, then the dialog
    qtbot.waitUntil(lambda: "after" in seen, timeout=20_000)
    assert_locked(window, seen)
    assert seen["opened"] == "printDialog"
    assert printed == []


def test_nested_dialogs_in_settings_all_close(qtbot, window):
    """Settings, then its Change passphrase question: both close, nothing is changed."""
    seen: dict = {}

    def ask_inside() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "settingsDialog":
            QTimer.singleShot(20, ask_inside)
            return
        lock_once_open(window, "ctrl+l", seen)  # the next dialog up is the passphrase question
        dialog.findChild(QPushButton, "changePassphraseButton").click()

    QTimer.singleShot(50, ask_inside)
    window.open_settings()
    qtbot.waitUntil(lambda: "after" in seen, timeout=12_000)
    assert seen["opened"] == "askTextDialog"
    assert_locked(window, seen)


def test_a_sheet_made_before_the_lock_is_dropped_after_it(qtbot, window, tmp_path):
    """Save PDF answered (file, warning), the lock comes while the sheet is being made: no file."""
    target = tmp_path / "sheet.pdf"
    dialogs.script(str(target), True)
    sheet_button(window, "savePdfButton")()
    window.lock()  # before the worker has finished making the sheet
    qtbot.wait(3000)
    assert not target.exists()
    assert [kind for kind, _text in dialogs.shown] == ["save_file", "confirm"]


def test_unlocking_cut_short_by_a_lock_stays_locked(qtbot, catalog, tmp_path):
    path = tmp_path / "s.db"
    Store.create(path, PASSPHRASE, catalog).lock()
    win = MainWindow(catalog, path, Preferences(language="en"))
    qtbot.addWidget(win)
    win.unlock_screen.passphrase.setText(PASSPHRASE)
    win.unlock_screen.submit()
    win.lock()  # Ctrl+L while the key is being derived
    qtbot.waitUntil(lambda: not operations._running, timeout=10_000)
    qtbot.wait(100)
    assert win.store is None and win.stack.currentWidget() is win.unlock_screen
    assert win.unlock_screen.submit_button.isEnabled()
