"""The desktop app, driven as a user would (pytest-qt, offscreen), widgets found by objectName.

UI001: first run creates the store from the unlock screen; a wrong passphrase shows the error.
UI002: a whole interview for a non-citizen adult (B included, /39), from the keyboard where it
       matters (0-3 scores, PgDn), finalised.
UI003: a citizen child: B skipped (/27), E3 set to child without being asked.
UI004: lock hides everything; unlocking again offers the interrupted draft.
UI005: switching the language retranslates the visible screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QLineEdit, QPoint, QPushButton, Qt, QTimer, QWidget
from screener.ui.screenings import NewScreeningDialog
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"


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


def child(widget: QWidget, cls, name: str):
    found = widget.findChild(cls, name)
    assert found is not None, name
    return found


def create_store(qtbot, window) -> None:
    screen = window.unlock_screen
    qtbot.keyClicks(child(screen, QLineEdit, "passphraseEdit"), PASSPHRASE)
    qtbot.keyClicks(child(screen, QLineEdit, "confirmEdit"), PASSPHRASE)
    qtbot.mouseClick(child(screen, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)


def test_ui001_create_then_wrong_passphrase(qtbot, window):
    screen = window.unlock_screen
    qtbot.keyClicks(child(screen, QLineEdit, "passphraseEdit"), PASSPHRASE)
    qtbot.keyClicks(child(screen, QLineEdit, "confirmEdit"), "something else 1")
    qtbot.mouseClick(child(screen, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    assert "not the same" in child(screen, QWidget, "unlockError").text()
    assert window.store is None
    child(screen, QLineEdit, "confirmEdit").clear()
    qtbot.keyClicks(child(screen, QLineEdit, "confirmEdit"), PASSPHRASE)
    qtbot.mouseClick(child(screen, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.screenings
    window.lock()
    assert window.store is None and window.stack.currentWidget() is window.unlock_screen
    qtbot.keyClicks(child(screen, QLineEdit, "passphraseEdit"), "wrong passphrase 9")
    qtbot.keyClick(child(screen, QLineEdit, "passphraseEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(child(screen, QWidget, "unlockError").text()), timeout=10_000)
    assert "wrong" in child(screen, QWidget, "unlockError").text()
    assert window.store is None


def start_screening(qtbot, window, setting: str, language: str = "en", case_code: str = "T-1") -> None:
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewScreeningDialog) and w.isVisible())
        combo = child(dialog, QWidget, "settingCombo")
        combo.setCurrentIndex(combo.findData(setting))
        language_combo = child(dialog, QWidget, "interviewLanguageCombo")
        language_combo.setCurrentIndex(language_combo.findData(language))
        qtbot.keyClicks(child(dialog, QLineEdit, "caseCodeEdit"), case_code)
        dialog.accept()

    QTimer.singleShot(50, fill)
    window.screenings.new_screening()
    assert window.stack.currentWidget() is window.interview


def answer_current(qtbot, window, answers: dict) -> None:
    """Answer the page on screen as an interviewer would."""
    interview = window.interview
    page = interview.page
    widget = interview.page_widget
    if page.kind != "item":
        return
    value = answers.get(page.ref)
    item = window.catalog.default_form.items[page.ref]
    if value is None:
        return
    if item.type == "evidence":
        qtbot.keyClick(interview, Qt.Key.Key_0 + value)
    elif item.type == "integer":
        spin = child(widget, QWidget, "integerInput")
        spin.setValue(value)
    elif item.type == "country":
        combo = child(widget, QWidget, "countryInput")
        combo.setCurrentIndex(combo.findData(value))
    elif item.type == "choice" and page.ref == "A2":
        button = child(widget, QWidget, f"option_{value}")  # click on its text, where a user clicks
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))
    elif item.type == "choice":  # from the keyboard: the option's number
        number = [o.value for o in item.options].index(value) + 1
        qtbot.keyClick(interview, Qt.Key.Key_0 + number)
    elif item.type == "text":
        qtbot.keyClicks(child(widget, QLineEdit, "textInput"), value)


def run_interview(qtbot, window, answers: dict) -> list[str]:
    seen = []
    for _ in range(60):
        page = window.interview.page
        if page.kind == "review":
            break
        seen.append(page.ref)
        answer_current(qtbot, window, answers)
        qtbot.keyClick(window.interview, Qt.Key.Key_PageDown)
    return seen


def test_ui002_non_citizen_adult(qtbot, window):
    create_store(qtbot, window)
    start_screening(qtbot, window, "border")
    answers = {
        "A1": 34,
        "A2": "female",
        "A3": "Uzbek",
        "A5": "UZ",
        "B1": 2,
        "B2": 0,
        "B3": 3,
        "B4": 2,
        "C1": 1,
        "C2": 0,
        "C3": 0,
        "C4": 2,
        "D1": 0,
        "D2": 3,
        "D3": 0,
        "E1": "yes",
        "E3": "adult",
        "E2": 1,
    }
    seen = run_interview(qtbot, window, answers)
    assert "B1" in seen and "sop_border" in seen, seen
    assert "E3" in seen, (seen, window.interview.answers)
    assert seen.index("E3") < seen.index("E2")
    result = window.interview.result
    assert (result.total, result.max) == (7 + 3 + 3 + 4, 39)
    panel = child(window.interview, QWidget, "scorePanel").text()
    assert "17/39" in panel and "Uzbekistan" in panel
    sid = window.interview.screening.id
    stored = window.store.get(sid)
    assert stored.answers["B3"] == 3 and stored.answers["E2"] == 1
    dialogs.script(True)  # confirm finalising
    qtbot.mouseClick(child(window.interview, QPushButton, "finaliseButton"), Qt.MouseButton.LeftButton)
    assert window.store.get(sid).status == "finalised"
    assert window.stack.currentWidget() is window.result


def test_ui003_citizen_child(qtbot, window):
    create_store(qtbot, window)
    start_screening(qtbot, window, "clinic", language="kk", case_code="CH-1")
    answers = {"A1": 15, "A5": "KZ", "C1": 2, "C2": 0, "C3": 0, "C4": 0, "D1": 3, "D2": 0, "D3": 0, "E1": "yes"}
    seen = run_interview(qtbot, window, answers)
    assert not any(ref.startswith("B") for ref in seen)
    assert "E3" not in seen and "E2" not in seen
    assert "katch_patient" in seen and "katch_child_questions" in seen
    result = window.interview.result
    assert (result.total, result.max) == (2 + 3 + 6, 27)
    assert result.section("E").score == 6


def test_ui004_lock_and_recover_the_draft(qtbot, window, catalog):
    create_store(qtbot, window)
    start_screening(qtbot, window, "workplace", case_code="W-9")
    sid = window.interview.screening.id
    run_interview(qtbot, window, {"A1": 40, "A5": "TJ"})
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.store is None
    assert window.interview.page_widget is None
    assert not window.screenings.rows and window.stack.currentWidget() is window.unlock_screen
    # the app is killed while the draft is open: the marker of the open draft stays in the store
    store = Store.open(window.store_path, PASSPHRASE, catalog)
    store.put_setting("open_draft", sid)
    store.lock()
    dialogs.script(True)  # "continue the interrupted screening?"
    screen = window.unlock_screen
    qtbot.keyClicks(child(screen, QLineEdit, "passphraseEdit"), PASSPHRASE)
    qtbot.keyClick(child(screen, QLineEdit, "passphraseEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=10_000)
    assert window.interview.screening.id == sid
    assert window.interview.answers["A5"] == "TJ"


def test_ui005_language_switch(qtbot, window):
    button = child(window.unlock_screen, QPushButton, "unlockButton")
    english = button.text()
    combo = child(window.unlock_screen, QWidget, "languageCombo")
    combo.setCurrentIndex(combo.findData("ru"))
    assert window.prefs.language == "ru"
    assert (Path(__file__).resolve().parents[2] / "translations" / "screener_ru.qm").exists(), "make builds it"
    qtbot.waitUntil(lambda: button.text() != english)
    assert "хранилище" in button.text()
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: button.text() == english)


def test_ui006_auto_lock(qtbot, window):
    create_store(qtbot, window)
    window.prefs.autolock_minutes = 1
    window.restart_idle_timer()
    assert window.idle.isActive() and window.idle.interval() == 60_000
    window.idle.start(50)  # a minute, shortened for the test
    qtbot.waitUntil(lambda: window.store is None, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_screen
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    window.prefs.autolock_minutes = 0  # "never" of old, or a tampered value: not taken
    window.restart_idle_timer()
    assert window.idle.isActive() and window.idle.interval() == 5 * 60_000


def test_ui007_reopen_finalised_and_amend_with_a_reason(qtbot, window):
    create_store(qtbot, window)
    store = window.store
    sid = store.add_screening(
        form=window.catalog.default_form,
        setting="police",
        language="en",
        case_code="P-3",
        answers={"A1": 29, "A5": "KZ", "C1": 1, "E1": "no"},
    )
    window.screenings.reload()
    window.screenings.open_selected()
    assert window.stack.currentWidget() is window.result  # finalised: read-only result
    dialogs.script("the respondent described threats at the follow-up")
    qtbot.mouseClick(child(window.result, QPushButton, "amendButton"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.interview
    assert "amending" in child(window.interview, QWidget, "interviewHeader").text()
    window.interview.go_to(Page("item", "C1", "C"))
    qtbot.keyClick(window.interview, Qt.Key.Key_3)
    screening = store.get(sid)
    assert screening.status == "amended" and screening.answers["C1"] == 3
    with store.engine.connect() as connection:
        reasons = [
            r[0] for r in connection.execute(text("SELECT detail_json FROM audit WHERE action = 'amend_answer'"))
        ]
    assert any("threats at the follow-up" in r for r in reasons)
