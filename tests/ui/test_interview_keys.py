"""The interview as met in the field: Y/N for the scripted yes/no questions, the page count
and the review page's "Not answered yet" right at once, the low-score warning of a YES branch
in view at 24 pt, and an amendment that ends with a Finish button."""

from __future__ import annotations

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.item_widgets import item_name
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QLabel, Qt
from screener.ui.window import MainWindow


def test_keys_and_live_updates(qtbot, catalog, tmp_path):
    prefs = Preferences(language="en")
    prefs.font_size = 24
    window = MainWindow(catalog, tmp_path / "s.db", prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    window.unlocked(store)
    sid = store.create_screening("border", "en", case_code="BX-7")
    store.set_answers(sid, {"A1": 27})
    window.open_screening(sid)
    interview = window.interview
    interview.go_to(Page("item", "A5", "A"))
    before = interview.progress.format()
    interview.answer("A5", "UZ")  # as the country box does when a country is chosen
    assert interview.progress.format() != before  # section B's pages counted at once, not a page later

    interview.go_to(Page("item", "B1", "B"))
    qtbot.keyClick(interview, Qt.Key.Key_N)  # q1: did you organise the trip yourself? no
    qtbot.keyClick(interview, Qt.Key.Key_Y)  # q2: did someone force you? yes
    assert interview.answers["B1.q1"] == "no" and interview.answers["B1.q2"] == "yes"

    interview.go_to(Page("item", "C1", "C"))
    qtbot.keyClick(interview, Qt.Key.Key_Y)  # q1: worked somewhere unsafe? yes
    qtbot.keyClick(interview, Qt.Key.Key_Y)  # q2: threatened? yes - the branch the seed names an indicator
    assert interview.answers["C1.q1"] == "yes" and interview.answers["C1.q2"] == "yes"
    qtbot.keyClick(interview, Qt.Key.Key_1)  # that branch scored 1: the warning
    warning = interview.page_widget.findChild(QLabel, "itemWarning")
    QApplication.processEvents()
    assert warning.isVisible() and warning.text()
    assert not warning.visibleRegion().isEmpty(), "the warning is below the visible area"

    interview.go_review()
    missing = interview.page_widget.findChild(QLabel, "missingLabel")
    judgement = item_name(catalog.default_form, "judgement", "en")
    assert judgement in missing.text()
    interview.answer("judgement", 2)
    assert judgement not in missing.text()  # not stale after answering on the review page

    dialogs.script(True)
    interview.finalise()
    assert window.stack.currentWidget() is window.result
    window.amend(sid, "the age was mistyped")
    interview.go_review()
    finish = interview.finish_amend_button
    assert finish.isVisible() and not interview.finalise_button.isVisible()
    dialogs.script(True)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    assert "the age was mistyped" in dialogs.shown[-1][1]
    store.lock()
    dialogs.reset()
