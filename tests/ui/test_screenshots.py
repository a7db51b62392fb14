"""Screenshots of every screen in each language, saved under the test's temporary folder (or
the folder named by SCREENER_SCREENS, e.g. to refresh docs/screens by hand).

Each is checked for being drawn at all (not one flat colour), for showing the language's own
text, and for nothing cut off on it (tests/ui/layout_check.py): no clipped label or button,
no widget outside the window. People look at them (a few are kept in docs/ for the README).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QEvent, QImage, QKeyEvent, Qt, QTimer, QWidget
from screener.ui.screenings import NewScreeningDialog
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow
from tests.ui.layout_check import problems

SAMPLE = {"kk": "Құлыптау", "ru": "Заблокировать", "en": "Lock"}


def save(folder: Path, widget: QWidget, name: str) -> QImage:
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert image.save(str(folder / f"{name}.png")), f"{name}: not written"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 3, f"{name} looks blank"
    found = problems(widget, name)
    assert found == [], "\n".join(found)
    return image


@pytest.fixture
def shot(tmp_path):
    """save(widget, name) into the test's own folder (never the checkout, unless asked)."""
    folder = Path(os.environ.get("SCREENER_SCREENS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    return partial(save, folder)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_screen(qtbot, catalog, tmp_path, shot, language):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.set_language(language)
    qtbot.waitUntil(lambda: window.lock_action.text() == SAMPLE[language])
    shot(window, f"{language}_1_create_store")
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog, interviewer="Dana")
    window.unlocked(store)
    old = store.add_screening(
        form=catalog.default_form,
        setting="clinic",
        language=language,
        case_code="KZ-0417",
        answers={"A1": 16, "A5": "KZ", "C1": 2, "D2": 3, "E1": "yes", "judgement": 2},
    )
    sid = store.create_screening("border", language, case_code="BX-1025", interviewer="Dana")
    store.set_answers(sid, {"A1": 27, "A5": "UZ", "B1.q1": "no", "B1.q2": "yes", "B1": 2})
    window.screenings.reload()
    shot(window, f"{language}_2_list")

    def grab_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewScreeningDialog) and w.isVisible())
        shot(dialog, f"{language}_3_new_screening")
        dialog.reject()

    QTimer.singleShot(50, grab_dialog)
    window.screenings.new_screening()
    window.open_screening(sid)
    for number, page in enumerate(
        (
            Page("script", "introduction", "A"),
            Page("item", "A5", "A"),
            Page("indicators", "sop_border"),
            Page("item", "B1", "B"),
            Page("review", "review"),
        ),
        start=4,
    ):
        window.interview.go_to(page)
        shot(window, f"{language}_{number}_{page.ref}")
    window.show_result(old)
    shot(window, f"{language}_9_result")
    window.show_quick_check()
    window.quick.choose_age("adult")
    for number in (1, 5):
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_0 + number, Qt.KeyboardModifier.NoModifier)
        window.quick.keyPressEvent(key)
    shot(window, f"{language}_11_quick_check")
    window.quick.finish()
    shot(window, f"{language}_12_quick_first_actions")
    settings = SettingsDialog(window.services, window)
    qtbot.addWidget(settings)
    settings.show()
    shot(settings, f"{language}_10_settings")
    settings.reject()
    window.lock()
    dialogs.reset()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_training_screens(qtbot, catalog, tmp_path, shot, language):
    """Training mode at a projector's size: cases, presenter, comparison, knowledge test."""
    from screener.core.store import practice  # noqa: PLC0415
    from screener.core.training import find_case  # noqa: PLC0415

    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.set_language(language)
    qtbot.waitUntil(lambda: window.lock_action.text() == SAMPLE[language])
    window.training.start()
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)
    store = window.store
    cases = window.stack.currentWidget()
    cases.choose("m4_patient_gulmira")
    shot(window, f"{language}_t1_cases")
    cases.present()
    presenter = window.stack.currentWidget()
    presenter.go_next()
    shot(window, f"{language}_t2_presenter")
    presenter.go_to("question", 0)
    presenter.reveal()
    shot(window, f"{language}_t3_presenter_answer")
    presenter.score_with_room()
    case = find_case(catalog, "m4_patient_gulmira")
    room = {**case.key.answers, "C1": 1}
    del room["D2"]
    store.set_answers(window.interview.screening.id, room)
    window.interview.go_to(Page("item", "C1", "C"))
    shot(window, f"{language}_t4_room_scoring")
    cases.compare()
    shot(window, f"{language}_t5_compare")
    window.training.show_quiz()
    quiz = window.stack.currentWidget()
    quiz.participant.setText("P-01")
    quiz.begin()
    quiz.choose("a")
    shot(window, f"{language}_t6_quiz_question")
    quiz.finish()
    shot(window, f"{language}_t7_quiz_score")
    quiz.phase.setCurrentIndex(quiz.phase.findData("post"))
    quiz.begin()
    for question in quiz.quiz.questions:
        for option in sorted(question.answer):
            quiz.choose(option)
        quiz.go_next()
    quiz.finish()
    quiz.reload()
    shot(window, f"{language}_t8_workshop")
    assert len(practice.quiz_attempts(store)) == 2
    window.lock()
    shot(window, f"{language}_t0_unlock_training")
    dialogs.reset()
