"""The organisation's name: a Settings field kept in the store, read aloud in the introduction (issue 16).

UI121: typed in Settings, it is stored in the store and fills the introduction's placeholder in
       the interview (in both languages of the bilingual view); cleared, the seed's blank returns.
"""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QLabel
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en", second_language="ru"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.unlocked(Store.create(tmp_path / "s.db", "correct horse 42", catalog))
    win.services.prefs.second_language = "ru"  # a private preference: kept in the store, set once unlocked
    win.services.prefs.save()
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def intro_text(window) -> str:
    sid = window.store.create_screening(setting="clinic", language="kk", case_code="ORG-1")
    window.open_screening(sid)
    window.interview.go_to(Page("script", "introduction", "A"))
    page = window.interview.page_widget
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.objectName() == "scriptText")


def test_ui121_organisation_name_in_the_introduction(qtbot, window):
    assert "[ұйымның атауына]" in intro_text(window)
    dialog = SettingsDialog(window.services, window)
    dialog.organisation.setText("  Сана сезім ")
    dialog.accept()
    assert window.store.get_setting("organisation") == "Сана сезім"
    text = intro_text(window)
    assert "«Сана сезім» ұйымына" in text and "организацию «Сана сезім»" in text and "[" not in text
    dialog = SettingsDialog(window.services, window)
    assert dialog.organisation.text() == "Сана сезім"
    dialog.organisation.setText("")
    dialog.accept()
    assert "[ұйымның атауына]" in intro_text(window)
