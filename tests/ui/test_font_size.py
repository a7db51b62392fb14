"""The font size set in Settings applies to every widget on screen, and going back restores
every one of them (the header, progress bar, scores panel, notes box and buttons stayed at
24 pt after going back to 12)."""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QWidget
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow


def sizes(root: QWidget) -> dict[QWidget, float]:
    QApplication.processEvents()
    return {w: w.font().pointSizeF() for w in [root, *root.findChildren(QWidget)] if w.isVisible()}


def set_size(qtbot, window: MainWindow, size: int) -> None:
    """As a person does: Settings, the font size, OK."""
    settings = SettingsDialog(window.services, window)
    qtbot.addWidget(settings)
    settings.font_size.setCurrentIndex(settings.font_size.findData(size))
    settings.accept()
    QApplication.processEvents()


def name(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or '?'}"


def round_trip(qtbot, window: MainWindow, where: str, problems: list[str]) -> None:
    before = sizes(window)
    set_size(qtbot, window, 24)
    larger = sizes(window)
    for widget, size in before.items():
        if widget in larger and larger[widget] < size * 1.5:
            problems.append(f"{where}: {name(widget)} stays at {larger[widget]:g} pt at 24 pt (was {size:g})")
    set_size(qtbot, window, 12)
    after = sizes(window)
    for widget, size in before.items():
        if widget in after and abs(after[widget] - size) > 0.05:
            problems.append(f"{where}: {name(widget)} is {after[widget]:g} pt after going back (was {size:g})")


@pytest.mark.parametrize("language", ["kk", "en"])
def test_the_font_size_applies_everywhere_and_comes_back(qtbot, catalog, tmp_path, language):
    prefs = Preferences(language=language)
    window = MainWindow(catalog, tmp_path / "s.db", prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems: list[str] = []
    round_trip(qtbot, window, "unlock", problems)
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    window.unlocked(store)
    done = store.add_screening(
        form=catalog.default_form, setting="clinic", language=language, answers={"A1": 16, "A5": "KZ", "C1": 2}
    )
    sid = store.create_screening("border", language, case_code="P-1")
    store.set_answers(sid, {"A1": 27, "A5": "UZ"})
    window.show_list()
    round_trip(qtbot, window, "list", problems)
    window.open_screening(sid)
    window.interview.go_to(Page("item", "B1", "B"))
    round_trip(qtbot, window, "interview", problems)
    window.show_result(done)
    round_trip(qtbot, window, "result", problems)
    window.show_quick_check()
    window.quick.choose_age("adult")
    round_trip(qtbot, window, "quick check", problems)
    window.lock()
    window.training.start(session_only=True)
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)
    round_trip(qtbot, window, "training cases", problems)
    window.stack.currentWidget().choose("m4_patient_gulmira")
    window.stack.currentWidget().present()
    round_trip(qtbot, window, "presenter", problems)
    window.training.show_quiz()
    window.stack.currentWidget().begin()
    round_trip(qtbot, window, "knowledge test", problems)
    window.lock()
    dialogs.reset()
    assert problems == [], "\n".join(problems)
