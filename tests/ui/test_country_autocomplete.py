"""Citizenship (A5) typed into the country box, the completion accepted and PgDn pressed at once,
as at the border booth: the box takes a completed country only when it loses the focus, which
happened in the middle of the page change, so the next page was drawn from the answers before
it ("азаматтығы (А5) — , Қазақстан емес", the page count a page late)."""

from __future__ import annotations

import pytest

from screener.core.countries import country_name
from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QComboBox, QEvent, QKeyEvent, Qt
from screener.ui.window import MainWindow


def type_text(widget, text: str) -> None:
    """Key presses carrying letters (QTest's keyClicks takes ASCII only)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


@pytest.mark.parametrize(
    ("typed", "code", "accept"),
    [("Өзб", "UZ", None), ("Өзб", "UZ", Qt.Key.Key_End), ("қаз", "KZ", Qt.Key.Key_End), ("Тәж", "TJ", None)],
)
def test_completed_country_then_pgdn(qtbot, catalog, tmp_path, typed, code, accept):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="kk"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    window.unlocked(store)
    sid = store.create_screening("border", "kk", case_code="BX-7")
    store.set_answers(sid, {"A1": 27})
    window.open_screening(sid)
    interview = window.interview
    interview.go_to(Page("item", "A5", "A"))
    combo = interview.page_widget.findChild(QComboBox, "countryInput")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo.setFocus()
    type_text(combo.lineEdit(), typed)
    assert combo.lineEdit().text().endswith(f" - {code}")  # completed inline, not yet taken
    if accept is not None:
        qtbot.keyClick(combo.lineEdit(), accept)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)

    assert interview.page == Page("item", "A6", "A")
    assert interview.answers["A5"] == code and store.get(sid).answers["A5"] == code
    shown = (interview.panel.text(), interview.progress.format())
    if code == "KZ":
        assert "Қазақстан азаматы" in shown[0]  # B skipped: the respondent is a citizen
    else:
        assert f"— {country_name(code, 'kk')}, Қазақстан емес" in shown[0]
    interview.redraw()  # the same page drawn again from the stored answers: nothing was stale
    assert (interview.panel.text(), interview.progress.format()) == shown
    QApplication.processEvents()
    assert (interview.panel.text(), interview.progress.format()) == shown
