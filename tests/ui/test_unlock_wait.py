"""The unlock screen is honest about the back-off: the wait counts down with its reason, and
after the next unlock the user is told how many wrong passphrases there were and when. The
create screen says why a passphrase is weak and how to make a strong one; the unlock screen
never loads the estimator. Settings says when the platform cannot keep the window out of
screen capture."""

from __future__ import annotations

import subprocess
import sys

import pytest

from screener.core.store.errors import WrongPassphrase
from screener.core.store.store import Store
from screener.core.store.unlock_guard import FREE_TRIES
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QLabel, QWidget
from screener.ui.settings import SettingsDialog
from screener.ui.window import CAPTURE_PROTECTION, MainWindow

PASSPHRASE = "correct horse 42"


@pytest.fixture
def locked_store(catalog, tmp_path):
    path = tmp_path / "screener.db"
    Store.create(path, PASSPHRASE, catalog).lock()
    return path


def fail(path, catalog, times):
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            Store.open(path, "not the passphrase 1", catalog, sleep=lambda _s: None)


def test_the_wait_counts_down_with_its_reason_then_failures_are_told(qtbot, catalog, locked_store):
    fail(locked_store, catalog, FREE_TRIES + 1)  # the next try waits 2 s
    dialogs.reset()
    window = MainWindow(catalog, locked_store, Preferences(language="en"))
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    wait = screen.findChild(QLabel, "unlockWait")
    assert not screen.submit_button.isEnabled()
    assert wait.isVisible() and "wrong 4 times in a row" in wait.text() and " s." in wait.text()
    first = wait.text()
    screen.passphrase.setText(PASSPHRASE)
    screen.submit()  # Return while waiting: nothing happens
    assert window.store is None
    qtbot.waitUntil(lambda: wait.text() != first, timeout=3_000)  # counting down
    qtbot.waitUntil(screen.submit_button.isEnabled, timeout=5_000)
    assert not wait.isVisible()
    dialogs.script(None)  # the notice of the wrong passphrases
    screen.submit()
    qtbot.waitUntil(lambda: window.store is not None, timeout=15_000)
    kind, text = dialogs.shown[0]
    assert kind == "inform" and "wrongly 4 time(s)" in text and "someone has tried" in text
    window.store.lock()


def test_a_deleted_record_after_failures_shows_the_longest_wait(qtbot, catalog, locked_store):
    fail(locked_store, catalog, 2)
    locked_store.with_name(locked_store.name + ".unlock.json").unlink()
    window = MainWindow(catalog, locked_store, Preferences(language="en"))
    qtbot.addWidget(window)
    window.show()
    window.set_language("ru")  # the wait's reason follows the language at once
    wait = window.unlock_screen.findChild(QLabel, "unlockWait")
    assert not window.unlock_screen.submit_button.isEnabled()
    qtbot.waitUntil(lambda: "удалена или повреждена" in wait.text(), timeout=3_000)
    assert wait.isVisible()


def test_the_create_screen_says_why_and_how(qtbot, catalog, tmp_path):
    window = MainWindow(catalog, tmp_path / "new.db", Preferences(language="en"))
    qtbot.addWidget(window)
    screen = window.unlock_screen
    hint = screen.findChild(QLabel, "strengthHint")
    for weak, why in (("qwerty1234", "common password"), ("Screener2024!", "own words"), ("йцукенгшщз1", "common")):
        screen.passphrase.setText(weak)
        assert why in hint.text() and "four or more words" in hint.text(), (weak, hint.text())
    screen.passphrase.setText(PASSPHRASE)
    assert hint.text() == "Strong enough."
    window.set_language("kk")
    screen.passphrase.setText("password12")
    assert "сөз" in hint.text()


def test_the_unlock_screen_does_not_load_the_estimator(locked_store):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from screener.ui.app import show_window\n"
        f"window = show_window(Path({str(locked_store)!r}))\n"
        "assert window.unlock_screen.creating is False\n"
        "assert 'zxcvbn' not in sys.modules, 'zxcvbn was imported on the unlock screen'\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr


@pytest.mark.skipif(CAPTURE_PROTECTION, reason="on Windows the setting itself is offered")
def test_settings_say_this_platform_cannot_hide_from_capture(qtbot, catalog, tmp_path):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.unlocked(Store.create(tmp_path / "s.db", PASSPHRASE, catalog))
    dialog = SettingsDialog(window.services, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.findChild(QWidget, "captureProtection").isVisible()
    note = dialog.findChild(QLabel, "captureNote")
    assert note.isVisible() and "no way" in note.text()
    window.store.lock()
