"""Switching the language while the app runs (the unlock screen's chooser, Settings) changes the
tool bar, the status line and the screen at once, at 12 and 24 pt, and nothing is cut off in the
new language (its words are longer than the English ones the bar was laid out for)."""

from __future__ import annotations

import pytest

from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow
from tests.ui.layout_check import problems

WORDS = {  # the tool bar's, the status line's and the list's in each language
    "kk": ("Құлыптау", "Скринингтер", "Баптаулар", "Бағдарлама туралы", "Құлыпталған"),
    "ru": ("Заблокировать", "Скрининги", "Настройки", "О программе", "Заблокировано"),
    "en": ("Lock", "Screenings", "Settings", "About", "Locked"),
}
UNLOCKED = {"kk": "Құлпы ашық: ", "ru": "Разблокировано: ", "en": "Unlocked: "}


def bar_texts(window: MainWindow) -> tuple[str, ...]:
    QApplication.processEvents()
    buttons = [window.toolbar.widgetForAction(action) for action in window.toolbar.actions()]
    return (*(button.text() for button in buttons if button is not None), window.status.text())


@pytest.mark.parametrize("size", [12, 24])
def test_the_tool_bar_follows_the_language(qtbot, catalog, tmp_path, size):
    prefs = Preferences(language="en")
    prefs.font_size = size
    window = MainWindow(catalog, tmp_path / "s.db", prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    assert bar_texts(window) == WORDS["en"]
    chooser = window.unlock_screen.language
    for language in ("kk", "ru", "en", "kk"):  # as a person does, on the unlock screen
        chooser.setCurrentIndex(chooser.findData(language))
        assert bar_texts(window) == WORDS[language], language
        found += problems(window, f"{size} pt, unlock screen in {language}")
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog, interviewer="Dana")
    window.unlocked(store)
    for language in ("ru", "en", "kk"):  # and in Settings, once unlocked
        settings = SettingsDialog(window.services, window)
        qtbot.addWidget(settings)
        settings.language.setCurrentIndex(settings.language.findData(language))
        settings.accept()
        assert bar_texts(window)[:4] == WORDS[language][:4], language
        assert window.status.text().startswith(UNLOCKED[language]), language
        found += problems(window, f"{size} pt, list in {language}")
    window.lock()
    dialogs.reset()
    assert found == [], "\n".join(found)
