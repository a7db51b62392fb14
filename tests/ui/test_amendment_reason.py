"""An amended screening says why: the reason asked for on Amend is on the result screen and on
the printed sheet (it was only in the audit trail)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from screener.core.interview import Page
from screener.core.report.pdf import result_pdf, screening_sheet
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QLabel, QPushButton, Qt
from screener.ui.window import MainWindow

FIRST = "the age was mistyped (41, not 14)"
SECOND = "the respondent described threats at the follow-up"


def test_the_reasons_of_amendments_are_shown_and_printed(qtbot, catalog, tmp_path):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog, interviewer="A. Nurlanova")
    window.unlocked(store)
    sid = store.add_screening(
        form=catalog.default_form,
        setting="police",
        language="en",
        case_code="P-3",
        interviewer="A. Nurlanova",
        answers={"A1": 14, "A5": "KZ", "C1": 1, "E1": "no"},
    )
    window.open_screening(sid)
    assert window.result.findChild(QLabel, "amendmentReasons") is None  # finalised, never amended

    for reason, key, value in ((FIRST, "A1", 41), (SECOND, "C1", 3)):
        dialogs.script(reason)  # typed into Amend's question
        qtbot.mouseClick(window.result.findChild(QPushButton, "amendButton"), Qt.MouseButton.LeftButton)
        interview = window.interview
        interview.answer(key, value)
        interview.answer(key, value - 1)  # two changes with one reason: one amendment
        interview.go_to(Page("review", "review"))
        dialogs.script(True)
        qtbot.mouseClick(interview.findChild(QPushButton, "finishAmendButton"), Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.result

    screening = store.get(sid)
    assert [a.reason for a in screening.amendments] == [FIRST, SECOND]
    assert {a.interviewer for a in screening.amendments} == {"A. Nurlanova"}
    shown = window.result.findChild(QLabel, "amendmentReasons")
    assert shown is not None and shown.isVisible()
    lines = shown.text().splitlines()
    assert len(lines) == 2 and lines[0].endswith(FIRST) and lines[1].endswith(SECOND)
    assert "A. Nurlanova" in lines[0]
    window.grab().save(str(tmp_path / "result_amended.png"))

    for language in ("kk", "ru", "en"):
        pdf = result_pdf(screening_sheet(catalog, screening, language=language))
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)
        assert FIRST in text and SECOND in text, language
    # a screening never amended prints no such paragraph
    plain = store.add_screening(form=catalog.default_form, setting="police", language="en", answers={"A1": 30})
    pdf = result_pdf(screening_sheet(catalog, store.get(plain)))
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Why it was amended" not in text
    store.lock()
