"""Keyboard and screen-reader pass over every screen (UI008).

Every control the keyboard can reach on each screen has an accessible name (its own text for
buttons and check boxes, otherwise a name set for it), and Tab walks every such control and
comes back to the first: no control is out of reach and none traps the focus.
"""

from __future__ import annotations

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import FONT_SIZES, Preferences
from screener.ui.qt import QAccessible, QApplication, Qt, QTimer, QToolButton, QWidget
from screener.ui.screenings import NewScreeningDialog
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow


def reachable(root: QWidget) -> list[QWidget]:
    """Controls on screen that Tab can reach."""
    found = []
    for widget in root.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not widget.objectName().startswith("qt_")
        ):
            found.append(widget)
    return found


def name_of(widget: QWidget) -> str:
    """The name a screen reader announces (its own, a button's text, or its label's, as Qt gives it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName() or '?'}" for w in reachable(root) if not name_of(w).strip()]


def tab_cycle(qtbot, root: QWidget) -> set[QWidget]:
    """Press Tab from the first control until the focus comes back; return what it visited."""
    controls = reachable(root)
    assert controls, "nothing to focus"
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    first = controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    assert visited[0] is first, f"{first.objectName()} does not take the focus"
    for _ in range(len(controls) * 3):
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            pytest.fail(f"Tab from {visited[-1].objectName() or type(visited[-1]).__name__} lost the focus")
        if now is visited[0]:
            break
        visited.append(now)
    else:
        pytest.fail(f"Tab never came back to {first.objectName()}: trapped in {visited[-1].objectName()}")
    return set(visited)


def check(qtbot, root: QWidget, where: str, problems: list[str]) -> None:
    QApplication.processEvents()
    if names := unnamed(root):
        problems.append(f"{where}: no accessible name: {names}")
    visited = tab_cycle(qtbot, root)
    if missed := [w.objectName() or type(w).__name__ for w in reachable(root) if w not in visited]:
        problems.append(f"{where}: Tab never reaches {missed}")


@pytest.mark.parametrize("language", ["kk", "en"])
def test_ui008_every_control_named_and_reachable(qtbot, catalog, tmp_path, language):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language=language))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    check(qtbot, window, "create store", problems)
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
    window.show_list()
    window.screenings.reload()
    check(qtbot, window, "screenings list", problems)

    def new_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewScreeningDialog) and w.isVisible())
        check(qtbot, dialog, "new screening", problems)
        dialog.reject()

    QTimer.singleShot(50, new_dialog)
    window.screenings.new_screening()
    window.open_screening(sid)
    for page in (
        Page("script", "introduction", "A"),
        Page("item", "A1", "A"),
        Page("item", "A5", "A"),
        Page("indicators", "sop_border"),
        Page("item", "B1", "B"),
        Page("item", "C1", "C"),
        Page("review", "review"),
    ):
        window.interview.go_to(page)
        check(qtbot, window, f"interview page {page.ref}", problems)
    window.show_result(done)
    check(qtbot, window, "result", problems)
    window.show_quick_check()
    window.quick.choose_age("child")
    check(qtbot, window, "quick check", problems)
    window.quick.boxes["sop_border.01"].setChecked(True)
    window.quick.finish()
    check(qtbot, window, "quick check: first actions", problems)
    settings = SettingsDialog(window.services, window)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    check(qtbot, settings, "settings", problems)
    settings.reject()
    window.lock()
    check(qtbot, window, "unlock", problems)
    dialogs.reset()
    assert problems == [], "\n".join(problems)


def test_ui009_projector_font_size(qtbot, catalog, tmp_path):
    """At the largest font (a projector) at 1366x768, long pages scroll to their last line and
    the tool bar keeps its words, also when the size is changed while the app runs."""
    prefs = Preferences(language="en")
    prefs.font_size = 10
    window = MainWindow(catalog, tmp_path / "s.db", prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    window.unlocked(store)
    sid = store.create_screening("border", "kk", case_code="P-1")
    store.set_answers(sid, {"A1": 27, "A5": "UZ"})
    window.open_screening(sid)
    prefs.font_size = max(FONT_SIZES)
    window.apply_font()
    window.refresh()
    for page in (Page("item", "C1", "C"), Page("indicators", "sop_border"), Page("item", "B1", "B")):
        window.interview.go_to(page)
        QApplication.processEvents()
        content = window.interview.page_widget
        assert window.interview.holder.height() >= content.heightForWidth(content.width())
        last = content.findChildren(QWidget)[-1]
        window.interview.scroll_area.ensureWidgetVisible(last)
        QApplication.processEvents()
        assert not last.visibleRegion().isEmpty(), f"{page.ref}: the last line cannot be scrolled into view"
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.isVisible()]
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))
    store.lock()


@pytest.mark.parametrize("language", ["kk", "en"])
def test_ui008_training_screens(qtbot, catalog, tmp_path, language):
    """The same standard for training mode: cases, presenter, comparison, knowledge test."""
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language=language))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.training.start()
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)
    problems: list[str] = []
    cases = window.stack.currentWidget()
    cases.choose("m4_patient_gulmira")
    check(qtbot, window, "training cases", problems)
    cases.present()
    presenter = window.stack.currentWidget()
    check(qtbot, window, "presenter, title", problems)
    presenter.go_to("question", 0)
    check(qtbot, window, "presenter, question", problems)
    cases.compare()
    check(qtbot, window, "compare", problems)
    window.training.show_quiz()
    check(qtbot, window, "knowledge test, start", problems)
    quiz = window.stack.currentWidget()
    quiz.begin()
    check(qtbot, window, "knowledge test, question", problems)
    quiz.finish()
    check(qtbot, window, "knowledge test, score", problems)
    window.lock()
    dialogs.reset()
    assert problems == [], "\n".join(problems)


def test_the_unlock_language_chooser_follows_the_language_in_use(qtbot, catalog, tmp_path):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="kk"))
    qtbot.addWidget(window)
    window.show()
    combo = window.unlock_screen.language
    assert combo.currentData() == "kk"
    window.set_language("ru")  # as the Settings dialog does
    qtbot.waitUntil(lambda: combo.currentData() == "ru")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_ui015_every_screen_fits_1366_pixels_at_the_largest_font(qtbot, catalog, tmp_path, language):
    """Nothing pushes the window (or the settings dialog) wider than a 1366-pixel screen at 24 pt,
    and no page is wider than the area that shows it (that would cut its text off)."""
    from screener.ui import i18n  # noqa: PLC0415

    i18n.set_language(language)
    prefs = Preferences(language=language)
    prefs.font_size = max(FONT_SIZES)
    window = MainWindow(catalog, tmp_path / "s.db", prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    window.unlocked(store)
    sid = store.create_screening("border", language, case_code="P-1")
    store.set_answers(sid, {"A1": 27, "A5": "UZ"})
    done = store.add_screening(
        form=catalog.default_form, setting="clinic", language=language, answers={"A1": 16, "A5": "KZ", "C1": 2}
    )
    too_wide: list[str] = []

    def measure(where: str) -> None:
        QApplication.processEvents()
        if window.minimumSizeHint().width() > 1366:
            too_wide.append(f"{where}: window needs {window.minimumSizeHint().width()} px")
        area = window.interview.scroll_area if window.stack.currentWidget() is window.interview else None
        if area is not None and area.widget().minimumSizeHint().width() > area.viewport().width():
            too_wide.append(f"{where}: page needs {area.widget().minimumSizeHint().width()} px")

    window.show_list()
    measure("list")
    window.open_screening(sid)
    for page in (Page("item", "A5", "A"), Page("item", "B1", "B"), Page("item", "E1", "E"), Page("review", "review")):
        window.interview.go_to(page)
        measure(page.ref)
    window.show_result(done)
    measure("result")
    window.show_quick_check()
    window.quick.choose_age("child")
    measure("quick check")
    window.quick.boxes["sop_border.01"].setChecked(True)
    window.quick.finish()
    measure("first actions")
    settings = SettingsDialog(window.services, window)
    qtbot.addWidget(settings)
    if settings.minimumSizeHint().width() > 1366:
        too_wide.append(f"settings: needs {settings.minimumSizeHint().width()} px")
    store.lock()
    assert too_wide == []
