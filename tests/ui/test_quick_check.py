"""The quick indicator check, driven from the keyboard alone (issue 9).

UI010: a no-signs border check: Ctrl+K, F3 (adult), Ctrl+Enter - three keystrokes; only what
       statistics need is stored, and the screen is ready for the next person.
UI011: two border indicators, escalated into the full interview: the first actions are shown
       with their reasons, the indicators are carried over, and the result lists the steps.
UI012: finishing without an age band asks for it and stores nothing; locking clears the screen.
"""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QCheckBox, QLabel, Qt, QWidget
from screener.ui.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.unlocked(Store.create(tmp_path / "s.db", "correct horse 42", catalog))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user types it: to whatever has the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def labels(root: QWidget, prefix: str) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) if w.objectName().startswith(prefix) and w.isVisible()]


def test_ui010_no_signs_border_check_from_the_keyboard(qtbot, window):
    window.screenings.table.setFocus()
    keys = [(Qt.Key.Key_K, CTRL), (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Return, CTRL)]
    for key, modifier in keys:
        press(qtbot, key, modifier)
    assert len(keys) <= 10
    quick = window.quick
    assert window.stack.currentWidget() is quick
    [summary] = window.store.list_screenings()
    assert (summary.kind, summary.status, summary.setting) == ("quick", "finalised", "border")
    assert (summary.case_code, summary.interviewer) == ("", "")
    stored = window.store.get(summary.id)
    assert (stored.age_band, stored.indicators, stored.notes) == ("adult", {}, {})
    assert "no signs" in quick.status.text() and "Ready for the next person" in quick.status.text()
    # ready for the next person: no age band, nothing ticked, the same setting
    assert quick.age_band is None and quick.ticked() == {}
    assert quick.setting.currentData() == "border"
    # the next person, finished before an age is chosen: the hint alone, not under "Recorded ..."
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert quick.age_hint.isVisible() and quick.status.text() == ""
    # in the list, marked as a quick check; opened, it shows no scores
    window.show_list()
    assert window.screenings.table.item(0, 4).text() == "quick check"
    window.open_screening(summary.id)
    assert window.result.title.text() == "Quick indicator check"
    assert window.result.findChild(QLabel, "totalScore") is None
    assert not window.result.print_button.isVisible()


def test_ui011_two_border_signs_escalate_into_the_interview(qtbot, window):
    window.screenings.table.setFocus()
    press(qtbot, Qt.Key.Key_K, CTRL)
    press(qtbot, Qt.Key.Key_F3)
    press(qtbot, Qt.Key.Key_1)  # avoids contact with officials
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # arrow + space: the third indicator
    quick = window.quick
    assert quick.ticked() == {"sop_border": ("sop_border.01", "sop_border.03")}
    third = window.catalog.indicator_list("sop_border").items[2]
    assert quick.detail.text() == third.text.get("en")  # the full wording of the indicator in focus
    press(qtbot, Qt.Key.Key_Return, CTRL)
    actions = labels(quick, "action_")
    assert actions[0].startswith("1. Separate the person")
    assert any("102" in text for text in actions)
    # the reason every step has is said once, above the steps; each step says only its own
    assert labels(quick, "sharedReason_") == [labels(quick, "sharedReason_0")[0]]
    assert "2 indicator(s) ticked" in labels(quick, "sharedReason_0")[0]
    assert labels(quick, "sharedReason_0")[0].startswith("Why these steps: ")
    assert labels(quick, "actionReason_border_separate") == ["Why: Setting: border / airport. (and the reason above)"]
    assert labels(quick, "actionReason_call_102") == []
    shown = [w.text() for w in quick.actions_area.findChildren(QLabel) if w.isVisible()]
    assert sum("2 indicator(s) ticked" in text for text in shown) == 1
    assert labels(quick, "questionsTitle_card_airport_questions")
    assert window.store.count() == 0  # nothing stored until the user decides
    bar = quick.actions_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0 and quick.escalate_button.hasFocus()
    press(qtbot, Qt.Key.Key_PageDown)  # the focus is on a button: PgDn scrolls the actions all the same
    assert bar.value() > 0
    dialogs.script("BX-77", 1)  # the case code and the language asked for the full interview (Russian)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialogs.shown[-1][0] == "choose"
    assert window.stack.currentWidget() is window.interview
    draft = window.store.get(window.interview.screening.id)
    assert (draft.summary.kind, draft.status, draft.summary.case_code) == ("full", "draft", "BX-77")
    assert draft.summary.language == "ru"  # the respondent's language, not the screen's
    assert draft.indicators == {"sop_border": ("sop_border.01", "sop_border.03")}
    assert draft.age_band == "adult"
    window.interview.go_to(Page("indicators", "sop_border"))
    page = window.interview.page_widget
    assert {i for i, box in page.boxes.items() if box.isChecked()} == {"sop_border.01", "sop_border.03"}
    # finalised as it stands, the result gives the steps with their reasons
    window.interview.go_review()
    dialogs.script(True)
    qtbot.mouseClick(window.interview.finalise_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    steps = [w.objectName() for w in window.result.findChildren(QWidget) if w.objectName().startswith("step_")]
    assert any("border_separate" in name for name in steps), steps


def test_ui012_age_band_is_needed_and_lock_clears(qtbot, window):
    window.show_quick_check()
    quick = window.quick
    quick.setting.setCurrentIndex(quick.setting.findData("workplace"))
    assert [lst.id for lst in quick.shown_lists] == ["katch_forced_labour", "sop_minor"]  # no band yet: all
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert quick.age_hint.isVisible()
    assert window.store.count() == 0
    press(qtbot, Qt.Key.Key_F3)  # adult: the minor list goes, the tick stays
    assert [lst.id for lst in quick.shown_lists] == ["katch_forced_labour"]
    assert quick.ticked() == {"katch_forced_labour": ("katch_forced_labour.02",)}
    assert window.prefs.quick_setting == "workplace"
    window.lock()
    QApplication.sendPostedEvents(None, 0)  # the deleted widgets go
    QApplication.processEvents()
    assert quick.findChildren(QCheckBox) == []
    assert quick.detail.text() == "" and quick.status.text() == ""
    assert window.stack.currentWidget() is window.unlock_screen


def test_ui013_esc_does_not_drop_ticked_signs_silently(qtbot, window):
    window.show_quick_check()
    quick = window.quick
    press(qtbot, Qt.Key.Key_F3)
    press(qtbot, Qt.Key.Key_Escape)  # nothing ticked: straight back to the list
    assert window.stack.currentWidget() is window.screenings
    window.show_quick_check()
    press(qtbot, Qt.Key.Key_F3)
    press(qtbot, Qt.Key.Key_4)
    dialogs.script(False)  # "leave without them?" - no
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is quick
    assert quick.ticked() == {"sop_border": ("sop_border.04",)}
    assert "1 ticked sign(s)" in dialogs.shown[-1][1]
    dialogs.script(True)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.screenings
    assert window.store.count() == 0


def test_ui014_no_quick_check_file_is_an_error_not_a_crash(qtbot, window, monkeypatch):
    from dataclasses import replace  # noqa: PLC0415

    monkeypatch.setattr(window.services, "_catalog", replace(window.catalog, quick=None))
    dialogs.script(None)  # the error message, answered
    window.show_quick_check()
    assert window.stack.currentWidget() is window.screenings
    assert dialogs.shown[-1][0] == "error" and "quick_check.yaml" in dialogs.shown[-1][1]
