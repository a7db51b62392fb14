"""Go to a question (Ctrl+G), as ODK Collect's index: the sections and the pages that apply
now, with their ids and text in the interview's language; typing filters, arrows move, Enter
goes there, from the keyboard alone."""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QLineEdit, QListWidget, Qt, QTimer
from screener.ui.question_index import QuestionIndex
from screener.ui.window import MainWindow


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


def open_index_and(qtbot, window, act) -> list[str]:
    """Ctrl+G in the interview; `act(dialog)` while it is open; the rows it listed."""
    seen: list[str] = []

    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QuestionIndex) and w.isVisible())
        rows = dialog.findChild(QListWidget, "indexList")
        seen.extend(rows.item(i).text().strip() for i in range(rows.count()) if not rows.item(i).isHidden())
        act(dialog)

    window.activateWindow()  # offscreen, the window is not made active again when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    if QApplication.focusWidget() is None:
        window.interview.next_button.setFocus()
    QTimer.singleShot(50, drive)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    return seen


@pytest.mark.parametrize(("language", "section_b"), [("kk", "B бөлімі"), ("ru", "Раздел B"), ("en", "Section B")])
def test_go_to_a_question_from_the_keyboard(qtbot, window, catalog, language, section_b):
    store = window.store
    sid = store.create_screening("border", language, case_code="GX-1")
    store.set_answers(sid, {"A1": 30, "A5": "UZ"})
    window.open_screening(sid)
    interview = window.interview
    interview.go_to(Page("item", "A5", "A"))
    form = catalog.default_form

    def type_b3_and_enter(dialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "indexFilter"), "B3")
        rows = dialog.findChild(QListWidget, "indexList")
        shown = [rows.item(i).text().strip() for i in range(rows.count()) if not rows.item(i).isHidden()]
        assert shown[0].startswith(section_b) and len(shown) == 2, shown  # its section, then B3 alone
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    listed = open_index_and(qtbot, window, type_b3_and_enter)
    assert interview.page == Page("item", "B3", "B")
    b3 = " ".join(form.items["B3"].question.get(language).split())
    assert any(row.startswith("B3: ") and b3.startswith(row[4:].removesuffix("...")) for row in listed)
    assert any(row.startswith(section_b) for row in listed)  # the sections' titles
    assert listed.count(form.section("C").title.get(language)) == 1
    # a citizen: section B no longer applies and is no longer listed
    interview.answer("A5", "KZ")

    def arrows_then_enter(dialog) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # from the filter: moves in the list
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    listed = open_index_and(qtbot, window, arrows_then_enter)
    assert not any(row.startswith(section_b) or row.startswith("B1:") for row in listed)
    after_b3 = interview.page
    assert after_b3 != Page("item", "B3", "B") and after_b3.kind in ("item", "indicators", "script", "review")

    def escape(dialog) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    open_index_and(qtbot, window, escape)
    assert interview.page == after_b3  # Esc: nothing moves
