"""PgDn and PgUp turn the interview's page from whatever input holds the focus, and never change
the answer in it: in a real window, PgDn in the age box stepped 27 down to 17 (a spin box's own
PgDn is -10) and stayed on the page, turning an adult into a minor."""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QEvent, QKeyEvent, QSpinBox, Qt, QWidget
from screener.ui.window import MainWindow


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_page_keys_in_the_age_box_turn_the_page(qtbot, catalog, tmp_path, language):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language=language))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    window.unlocked(store)
    sid = store.create_screening("border", language, case_code="BX-7")
    store.set_answers(sid, {"A1": 27})
    window.open_screening(sid)
    interview = window.interview
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a shortcut needs its window active
    interview.go_to(Page("item", "A1", "A"))
    spin = interview.page_widget.findChild(QSpinBox, "integerInput")
    spin.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is spin and spin.value() == 27
    qtbot.keyClick(spin, Qt.Key.Key_PageDown)
    assert interview.page != Page("item", "A1", "A"), "PgDn in the age box did not turn the page"
    assert interview.answers["A1"] == 27 and store.get(sid).answers["A1"] == 27
    interview.go_to(Page("item", "A1", "A"))
    spin = interview.page_widget.findChild(QSpinBox, "integerInput")
    spin.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(spin, Qt.Key.Key_PageUp)
    assert interview.page != Page("item", "A1", "A"), "PgUp in the age box did not turn the page"
    assert interview.answers["A1"] == 27 and store.get(sid).answers["A1"] == 27
    # the window has the keyboard without being active (a desktop without a window manager did
    # that), so its shortcuts do not take the key: the screen still turns the page, the age stays
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        interview.go_to(Page("item", "A1", "A"))
        spin = interview.page_widget.findChild(QSpinBox, "integerInput")
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(spin, press)
        assert spin.value() == 27 and interview.answers["A1"] == 27, f"{key}: the age box stepped"
        assert interview.page != Page("item", "A1", "A"), f"{key}: the page did not turn"
    assert store.get(sid).answers["A1"] == 27
    store.lock()
    dialogs.reset()
