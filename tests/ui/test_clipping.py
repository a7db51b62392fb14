"""Every screen and dialog at 1366x768, at 12 and 24 pt, in kk, ru and en: no label's or
button's text is cut off (its size hint fits the space it got), no widget is pushed outside the
window, no table column out of view, no tool bar action behind the extension button.

A dialog is checked at the size it opens with (never wider or taller than the screen).
"""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs, i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QWidget
from screener.ui.question_index import QuestionIndex
from screener.ui.screenings import NewScreeningDialog
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow
from tests.ui.layout_check import problems

SCREEN = (1366, 768)


def open_dialog(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def check_dialog(qtbot, dialog: QWidget, where: str, found: list[str]) -> None:
    open_dialog(qtbot, dialog)
    if dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
        found.append(f"{where}: {dialog.width()}x{dialog.height()} is larger than the screen")
    found += problems(dialog, where)
    dialog.close()


@pytest.fixture
def window_at(qtbot, catalog, tmp_path):
    def make(language: str, size: int) -> MainWindow:
        i18n.set_language(language)
        prefs = Preferences(language=language)
        prefs.font_size = size
        window = MainWindow(catalog, tmp_path / "s.db", prefs)
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    i18n.set_language("en")
    dialogs.reset()


@pytest.mark.parametrize("size", [12, 24])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_nothing_is_cut_off(qtbot, catalog, tmp_path, window_at, language, size):
    window = window_at(language, size)
    at = f"{language} {size} pt, "
    found: list[str] = []
    found += problems(window, at + "create store")
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog, interviewer="Dana")
    window.unlocked(store)
    done = store.add_screening(
        form=catalog.default_form,
        setting="clinic",
        language=language,
        case_code="KZ-0417",
        answers={"A1": 16, "A5": "KZ", "C1": 2, "D2": 3, "E1": "yes", "judgement": 2},
    )
    sid = store.create_screening("border", language, case_code="BX-1025", interviewer="Dana")
    store.set_answers(sid, {"A1": 27, "A5": "UZ", "B1.q1": "no", "B1.q2": "yes", "B1": 2})
    window.show_list()
    found += problems(window, at + "list")
    check_dialog(qtbot, NewScreeningDialog(window), at + "new screening", found)
    window.open_screening(sid)
    for page in (
        Page("script", "introduction", "A"),
        Page("item", "A1", "A"),
        Page("item", "A5", "A"),
        Page("indicators", "sop_border"),
        Page("item", "B1", "B"),
        Page("item", "C1", "C"),
        Page("item", "E1", "E"),
        Page("review", "review"),
    ):
        window.interview.go_to(page)
        found += problems(window, at + f"interview {page.ref}")
    index = QuestionIndex(window.interview.index_entries(), window.interview.page, window.interview)
    check_dialog(qtbot, index, at + "go to question", found)
    window.show_result(done)
    found += problems(window, at + "result")
    window.show_quick_check()
    window.quick.choose_age("child")
    found += problems(window, at + "quick check")
    window.quick.boxes["sop_border.01"].setChecked(True)
    window.quick.finish()
    found += problems(window, at + "first actions")
    check_dialog(qtbot, SettingsDialog(window.services, window), at + "settings", found)
    window.lock()
    found += problems(window, at + "unlock")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("size", [12, 24])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_nothing_is_cut_off_in_training(qtbot, catalog, window_at, language, size):
    window = window_at(language, size)
    at = f"{language} {size} pt, "
    window.training.start(session_only=True)
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)
    found: list[str] = []
    cases = window.stack.currentWidget()
    cases.choose("m4_needs_assessment_hotel")
    found += problems(window, at + "training cases")
    cases.present()
    presenter = window.stack.currentWidget()
    found += problems(window, at + "presenter, title")
    presenter.go_next()
    found += problems(window, at + "presenter, paragraph")
    presenter.go_to("question", 0)
    presenter.reveal()
    found += problems(window, at + "presenter, answer")
    cases.compare()
    found += problems(window, at + "compare")
    window.training.show_quiz()
    found += problems(window, at + "knowledge test, start")
    quiz = window.stack.currentWidget()
    quiz.participant.setText("P-01")
    quiz.begin()
    found += problems(window, at + "knowledge test, question")
    quiz.finish()
    found += problems(window, at + "knowledge test, score")
    window.lock()
    assert found == [], "\n".join(found)


def test_the_presenter_reads_on_by_keyboard_at_24_pt(qtbot, window_at):
    """A paragraph taller than the screen: PgDn and Space show the rest first, then the next
    slide; Down moves by lines of the slide's type (it moved 20 px); PgUp goes back."""
    from screener.ui.qt import QApplication, Qt  # noqa: PLC0415

    window = window_at("ru", 24)
    window.training.start(session_only=True)
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)
    cases = window.stack.currentWidget()
    cases.choose("m4_needs_assessment_hotel")
    cases.present()
    presenter = window.stack.currentWidget()
    presenter.go_to("paragraph", 1)  # the long one
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a shortcut needs its window active
    presenter.next_button.setFocus()
    QApplication.processEvents()
    bar = presenter.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the paragraph fits: no test of scrolling"
    position = presenter.position
    line = presenter.body.fontMetrics().lineSpacing()
    qtbot.keyClick(presenter.next_button, Qt.Key.Key_Down)
    assert bar.value() == min(3 * line, bar.maximum()) and 3 * line > 20
    bar.setValue(0)
    qtbot.keyClick(presenter.next_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0 and presenter.position == position
    for _ in range(20):
        if bar.value() == bar.maximum():
            break
        qtbot.keyClick(presenter.next_button, Qt.Key.Key_Space)
    assert bar.value() == bar.maximum() and presenter.position == position
    # the last line of the paragraph is on screen now
    assert not presenter.body.visibleRegion().isEmpty()
    qtbot.keyClick(presenter.next_button, Qt.Key.Key_PageDown)
    assert presenter.position == position + 1 and bar.value() == 0
    qtbot.keyClick(presenter.next_button, Qt.Key.Key_PageUp)
    assert presenter.position == position
    window.lock()
