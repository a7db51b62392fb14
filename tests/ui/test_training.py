"""Training mode end to end: a trainer enters it from the unlock screen, presents a case, the
room scores it in a practice screening, the key is revealed and compared item by item; the
knowledge test is taken before and after; the practice store is reset. The real store's bytes
are the same afterwards, and no practice record ever shows in the real list."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from screener.core.store import practice
from screener.core.store.errors import PracticeStoreRefused
from screener.core.store.store import Store
from screener.core.training import find_case
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QLabel, QPushButton, Qt, QTableWidget
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"


def fingerprint(folder: Path, name: str) -> dict[str, str]:
    """Every file of the real store (the database, its side files): name -> SHA-256."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.name.startswith(name)
    }


def cell_texts(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.fixture
def real_store(catalog, tmp_path):
    """A real store with one finalised screening, locked again (as on a working laptop)."""
    path = tmp_path / "screener.db"
    store = Store.create(path, PASSPHRASE, catalog, interviewer="Dana")
    store.add_screening(
        form=catalog.default_form,
        setting="border",
        language="en",
        case_code="REAL-0001",
        answers={"A1": 30, "A5": "UZ", "B1": 2, "C1": 3, "E1": "no", "judgement": 2},
    )
    store.lock()
    return path


def enter_training(qtbot, window: MainWindow, session_only: bool = False) -> None:
    window.unlock_screen.session_only.setChecked(session_only)
    qtbot.mouseClick(window.findChild(QPushButton, "trainingButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)


def banner_on(window: MainWindow) -> bool:
    banner = window.findChild(QLabel, "trainingBanner")
    return banner.isVisible() and "TRAINING" in banner.text() and "TRAINING" in window.windowTitle()


def test_training_session_leaves_the_real_store_untouched(qtbot, catalog, real_store, tmp_path):
    before = fingerprint(tmp_path, "screener.db")
    window = MainWindow(catalog, real_store, Preferences(language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    enter_training(qtbot, window)
    store = window.store
    assert store is not None and store.path == tmp_path / "practice.db"
    assert practice.is_practice(store)
    assert banner_on(window)
    cases = window.stack.currentWidget()
    assert cases.objectName() == "casesScreen"
    assert window.findChild(QTableWidget, "casesTable").rowCount() == 17

    # present the case to the room, one paragraph at a time, and reveal a model answer
    cases.choose("m4_patient_gulmira")
    qtbot.mouseClick(cases.present_button, Qt.MouseButton.LeftButton)
    presenter = window.stack.currentWidget()
    assert presenter.objectName() == "presenterScreen" and banner_on(window)
    assert presenter.body.font().pointSizeF() > 1.5 * window.font().pointSizeF()
    qtbot.mouseClick(presenter.next_button, Qt.MouseButton.LeftButton)
    case = find_case(catalog, "m4_patient_gulmira")
    assert presenter.body.text() == case.scenario[0].text.en
    presenter.go_to("question", 0)
    assert presenter.answer.text() == ""
    qtbot.mouseClick(presenter.reveal_button, Qt.MouseButton.LeftButton)
    assert presenter.answer.text() == case.questions[0].model_answer.en
    assert "project" in presenter.origin_label.text() or "manual" in presenter.origin_label.text()

    # the room scores it in a practice screening
    qtbot.mouseClick(presenter.score_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.interview and banner_on(window)
    room = dict(case.key.answers)
    room["C1"] = 1
    del room["D2"]
    sid = window.interview.screening.id
    store.set_answers(sid, room)
    window.interview.answer("A2", "female")

    # reveal the key and compare item by item
    window.training.show_cases()
    cases.choose("m4_patient_gulmira")
    qtbot.mouseClick(cases.compare_button, Qt.MouseButton.LeftButton)
    compare = window.stack.currentWidget()
    assert compare.objectName() == "compareScreen" and banner_on(window)
    rows = {row[0]: row for row in cell_texts(window.findChild(QTableWidget, "compareTable"))}
    assert rows["C1"][1:] == ["3", "1", "differs"]
    assert rows["D2"][1:] == ["3", "-", "not entered"]
    assert rows["C2"][3] == "same"
    assert rows["Total"][1:3] == ["11/39", "6/39"]
    assert "C1" in compare.summary.text() and "D2" in compare.summary.text()
    assert "project" in compare.key_note.text()

    # the practice list holds the practice screening only
    window.show_list()
    codes = [r.case_code for r in window.screenings.rows]
    assert codes == ["m4_patient_gulmira"] and banner_on(window)

    # the knowledge test, before and after
    window.training.show_quiz()
    quiz = window.stack.currentWidget()
    assert quiz.objectName() == "quizScreen" and banner_on(window)
    quiz.phase.setCurrentIndex(quiz.phase.findData("pre"))
    quiz.participant.setText("P-01")
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    quiz.choose("a")  # q01: right
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    quiz.choose("a")  # q02: wrong (c is the key)
    qtbot.mouseClick(quiz.finish_button, Qt.MouseButton.LeftButton)
    assert quiz.last.score == 1 and quiz.last.max == 9
    assert "1 of 9" in quiz.score_label.text()
    # after the pre-test the room sees its score, never the key nor a right/wrong mark
    review = cell_texts(quiz.review_table)
    assert quiz.review_table.isColumnHidden(2) and quiz.review_table.isColumnHidden(3)
    assert review[1][1:3] == ["a", ""] and "wrong" not in str(review) and "right" not in str(review)
    assert quiz.reveal_button.isVisible()
    dialogs.script(False)  # the trainer is asked first, and declines
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "confirm" and quiz.review_table.isColumnHidden(2)
    qtbot.mouseClick(quiz.done_button, Qt.MouseButton.LeftButton)
    quiz.phase.setCurrentIndex(quiz.phase.findData("post"))
    quiz.participant.setText(" p-01 ")  # the same trainee, typed otherwise
    quiz.begin()
    for question in quiz.quiz.questions:
        for option in sorted(question.answer):
            quiz.choose(option)
        quiz.go_next()
    quiz.finish()
    assert quiz.last.score == 9 and quiz.review_table.isColumnHidden(2)
    shown = len(dialogs.shown)
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)  # after the post-test: at once
    assert len(dialogs.shown) == shown and not quiz.review_table.isColumnHidden(2)
    assert cell_texts(quiz.review_table)[1][1:3] == ["c (right)", "c"]
    # a post-test without a pre-test is shown apart and does not move the change
    quiz.phase.setCurrentIndex(quiz.phase.findData("post"))
    quiz.participant.setText("P-02")
    quiz.begin()
    quiz.finish()
    quiz.reload()
    assert cell_texts(quiz.participants_table) == [["P-01", "1/9", "9/9"], ["P-02 (not paired)", "-", "0/9"]]
    assert "+89" in quiz.workshop_summary.text() and "Not paired" in quiz.workshop_summary.text()
    assert len(practice.quiz_attempts(store)) == 3

    # before the room scores a case, the screen says whose answers the key holds
    window.training.show_cases()
    cases.choose("m4_needs_assessment_hotel")
    assert "Zarina" in cases.respondent.text() and cases.respondent.isVisible()
    window.training.show_quiz()

    # settings cannot back up or restore the practice store (or overwrite the real one)
    from screener.ui.settings import SettingsDialog  # noqa: PLC0415

    settings = SettingsDialog(window.services, window)
    qtbot.addWidget(settings)
    assert not settings.backup_button.isEnabled() and not settings.restore_button.isEnabled()
    settings.reject()

    # reset in one action, after a confirmation
    dialogs.script(True)
    window.training.reset()
    qtbot.waitUntil(lambda: window.store is not None and window.store is not store, timeout=20_000)
    assert window.store.count() == 0 and practice.quiz_attempts(window.store) == []
    assert dialogs.shown[-1][0] == "confirm"

    # leaving training: the real store's files are byte for byte what they were
    window.lock()
    assert not window.training.active and "TRAINING" not in window.windowTitle()
    assert not window.findChild(QLabel, "trainingBanner").isVisible()
    assert fingerprint(tmp_path, "screener.db") == before

    # and the real list never shows a practice record
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    assert not practice.is_practice(window.store)
    assert [r.case_code for r in window.screenings.rows] == ["REAL-0001"]
    assert window.store.count() == 1
    # the quiz built in training never reads the real store (it raised NotAPracticeStore)
    failures = []
    previous_hook, sys.excepthook = sys.excepthook, lambda *exc: failures.append(exc)
    try:
        window.set_language("ru")
        window.set_language("en")
        QApplication.processEvents()
    finally:
        sys.excepthook = previous_hook
    assert failures == []
    window.lock()
    dialogs.reset()


def test_training_while_unlocked_locks_the_real_store_first(qtbot, catalog, real_store, tmp_path):
    window = MainWindow(catalog, real_store, Preferences(language="en"))
    qtbot.addWidget(window)
    window.show()
    real = Store.open(real_store, PASSPHRASE, catalog)
    window.unlocked(real)
    window.training.start(session_only=True)
    qtbot.waitUntil(lambda: window.training.active and window.store is not None, timeout=20_000)
    assert real.locked
    assert window.store.path.parent != tmp_path and "screener-practice-" in str(window.store.path)
    assert "nothing is kept" in window.findChild(QLabel, "trainingBanner").text()
    assert window.screenings.rows == []
    # a practice screening's result cannot be saved or printed (it could pass for a real one)
    sid = window.store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", case_code="T-1", answers={"A1": 20, "A5": "KZ"}
    )
    window.show_result(sid)
    assert not window.result.save_pdf_button.isVisible() and not window.result.print_button.isVisible()
    window.lock()
    dialogs.reset()


def test_real_unlock_refuses_a_practice_store(qtbot, catalog, tmp_path):
    """A practice store copied over the real one is not opened as real: its records are not real."""
    made = practice.open_practice(catalog, tmp_path / "elsewhere" / "practice.db")
    key = practice._key_path(made.path).read_text()
    made.lock()
    real_path = tmp_path / "screener.db"
    real_path.write_bytes(made.path.read_bytes())
    window = MainWindow(catalog, real_path, Preferences(language="en"))
    qtbot.addWidget(window)
    window.show()
    window.unlock_screen.passphrase.setText(key)
    window.unlock_screen.submit()
    error = window.findChild(QLabel, "unlockError")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=20_000)
    assert window.store is None
    assert PracticeStoreRefused(real_path).render("en") == error.text()
    QApplication.processEvents()
    dialogs.reset()
