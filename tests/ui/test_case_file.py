"""Following a case through the app (issue 20): quick check -> interview -> referral (accepted,
delivered) -> decision; a referral declined with a reason; consent asked first; the lock hides
every case screen. The dialogs are the real ones, filled and confirmed as a user would.

UI120: a case from the quick check to the decision, through the screens.
UI121: a referral declined with a reason; no consent needs a reason; nothing written on a refusal.
UI122: Ctrl+L with a case open (and with the referral dialog open) shows nothing of the case.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from screener.core.store.store import Store
from screener.ui import dialogs, i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QDialog, QDialogButtonBox, QLabel, Qt, QTimer, QWidget
from screener.ui.referral_dialog import DecisionDialog, ReferDialog, ReferralStepDialog
from screener.ui.window import MainWindow
from tests.ui.layout_check import problems

PASSPHRASE = "correct horse 42"
ANSWERS = {"A1": 19, "A5": "UZ", "B1": 2, "C1": 2, "E1": "no", "judgement": 2}


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def window(qtbot, catalog, tmp_path, language):
    dialogs.reset()
    i18n.set_language(language)  # before the window: its tool bar is laid out in that language
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language=language))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.unlocked(Store.create(tmp_path / "s.db", PASSPHRASE, catalog, interviewer="Dana"))
    yield win
    if win.store is not None:
        win.store.lock()
    i18n.set_language("en")
    dialogs.reset()


def when_open(kind: type[QDialog], act: Callable[[QDialog], None], seen: dict | None = None) -> None:
    """Once a dialog of `kind` is on screen, `act` on it (as a user would), from its event loop."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if tries < 300:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        if seen is not None:
            seen.setdefault("opened", []).append(dialog.objectName())
        act(dialog)

    QTimer.singleShot(0, attempt)


def ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def timeline(window: MainWindow) -> list[tuple[str, ...]]:
    table = window.case_file.table
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def escalated_interview(qtbot, window: MainWindow, code: str) -> str:
    """A quick check with a sign, escalated into the interview, finalised: its result is shown."""
    window.show_quick_check()
    quick = window.quick
    quick.setting.setCurrentIndex(quick.setting.findData("border"))
    quick.choose_age("adult")
    list(quick.boxes.values())[1].setChecked(True)
    quick.finish()
    dialogs.script(code, 2)  # the case code, and the interview's language (English)
    quick.escalate()
    draft_id = window.interview.screening.id
    window.store.set_answers(draft_id, ANSWERS)
    window.open_screening(draft_id)
    window.interview.go_review()
    dialogs.script(True, True, True)
    qtbot.mouseClick(window.interview.finalise_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    return draft_id


def test_ui120_case_from_quick_check_to_decision(qtbot, window, shots):
    interview_id = escalated_interview(qtbot, window, "CASE-7")
    store = window.store
    quick_id = store.get(interview_id).summary.quick_id
    result = window.result
    assert result.refer_button.isVisible() and result.case_button.isVisible()

    seen: dict = {}

    def refer(dialog: ReferDialog) -> None:
        dialog.grab().save(str(shots / "en_refer_dialog.png"))
        dialog.consent_yes.click()
        dialog.organisation.setCurrentIndex(dialog.organisation.count() - 1)  # the directory's last entry
        choose(dialog.purpose, "shelter")
        choose(dialog.channel, "in_person")
        ok(dialog)

    when_open(ReferDialog, refer, seen)
    qtbot.mouseClick(result.refer_button, Qt.MouseButton.LeftButton)
    assert seen["opened"] == ["referDialog"]
    assert window.stack.currentWidget() is window.case_file  # the case with its new referral
    case_id = store.case_of(interview_id)
    assert case_id is not None and store.case_of(quick_id) == case_id
    rows = timeline(window)
    assert [r[1] for r in rows] == ["Quick check", "Interview", "Referral: Shelter"]
    assert rows[2][2] == "sent" and "In person" in rows[2][3] and "with the person's consent" in rows[2][3]
    referral = store.get_case(case_id).referrals[0]
    assert (referral.consent, referral.purpose, referral.organisation) == (True, "shelter", "")
    assert referral.organisation_id == window.catalog.directory.entries[-1].id  # chosen, not typed

    def next_state(state: str) -> Callable[[QDialog], None]:
        def act(dialog: ReferralStepDialog) -> None:
            choose(dialog.state, state)
            assert not dialog.reason.isEnabled()  # accepted and delivered need no reason
            dialog.grab().save(str(shots / f"en_referral_{state}.png"))
            ok(dialog)

        return act

    # Enter on the referral's row asks its next state
    window.case_file.table.selectRow(2)
    when_open(ReferralStepDialog, next_state("accepted"))
    qtbot.keyClick(window.case_file.table, Qt.Key.Key_Return)
    when_open(ReferralStepDialog, next_state("delivered"))
    qtbot.mouseClick(window.case_file.step_button, Qt.MouseButton.LeftButton)
    assert not window.case_file.step_button.isEnabled()  # delivered is the last state

    def decide(dialog: DecisionDialog) -> None:
        choose(dialog.outcome, "identified")
        choose(dialog.decided_by, "police")
        dialog.grab().save(str(shots / "en_decision_dialog.png"))
        ok(dialog)

    when_open(DecisionDialog, decide)
    qtbot.mouseClick(window.case_file.decision_button, Qt.MouseButton.LeftButton)
    case = store.get_case(case_id)
    assert [s.state.value for s in case.referrals[0].steps] == ["sent", "accepted", "delivered"]
    assert (case.decision.outcome.value, case.decision.decided_by) == ("identified", "police")
    rows = timeline(window)
    assert [r[2] for r in rows[2:]] == [
        "sent",
        "accepted",
        "service delivered",
        "identified as a victim of trafficking",
    ]
    assert rows[-1][1] == "Decision" and rows[-1][3] == "decided by: Police"
    assert "Decision: identified as a victim of trafficking (Police" in window.case_file.summary.text()
    window.case_file.grab().save(str(shots / "en_case_file.png"))
    # the list: the case code, no name, with its latest state
    window.show_list()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.screenings.table.setFocus()
    qtbot.keyClick(window.screenings.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.case_list
    table = window.case_list.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[0] == "CASE-7" and cells[2] == "2" and cells[4] == "service delivered"
    assert cells[5] == "identified as a victim of trafficking" and "identified" in cells[3]
    window.case_list.grab().save(str(shots / "en_case_list.png"))
    # Enter opens it; the record opens from its row
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.case_file
    window.case_file.table.selectRow(1)
    qtbot.keyClick(window.case_file.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.result and window.result.screening_id == interview_id


def test_ui121_declined_with_a_reason_and_consent_first(qtbot, window, catalog):
    store = window.store
    sid = store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", answers=ANSWERS, case_code="KZ-9"
    )
    window.show_result(sid)
    shown: dict = {}

    def no_consent_given(dialog: ReferDialog) -> None:
        dialog.organisation.setEditText("Crisis centre Ak Zhol")  # typed: not in the directory
        ok(dialog)  # consent not recorded: refused in the dialog, nothing written
        shown["first"] = dialog.problem.text()
        dialog.consent_no.click()
        assert dialog.no_consent_reason.isEnabled()
        choose(dialog.no_consent_reason, "minor")
        choose(dialog.purpose, "guardianship")
        ok(dialog)

    when_open(ReferDialog, no_consent_given)
    qtbot.mouseClick(window.result.refer_button, Qt.MouseButton.LeftButton)
    assert shown["first"].startswith("Record the person's consent first")
    case_id = store.case_of(sid)
    [referral] = store.get_case(case_id).referrals
    assert (referral.consent, referral.no_consent_reason) == (False, "minor")
    assert (referral.organisation_id, referral.organisation) == (None, "Crisis centre Ak Zhol")
    assert "without consent: A minor: referred as the law requires" in timeline(window)[-1][3]

    def decline(dialog: ReferralStepDialog) -> None:
        choose(dialog.state, "declined")
        assert dialog.reason.isEnabled()
        choose(dialog.reason, "no_capacity")
        ok(dialog)

    when_open(ReferralStepDialog, decline)
    qtbot.mouseClick(window.case_file.step_button, Qt.MouseButton.LeftButton)
    case = store.get_case(case_id)
    assert case.referrals[0].state.value == "declined"
    assert case.referrals[0].steps[-1].reason == "no_capacity"
    last = timeline(window)[-1]
    assert last[2] == "declined" and "reason: No place or capacity" in last[3]
    assert not window.case_file.step_button.isEnabled()  # declined is the last state
    assert case.decision is None and "none recorded yet" in window.case_file.summary.text()


def test_ui122_lock_hides_the_case_screens(qtbot, window, catalog):
    store = window.store
    sid = store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", answers=ANSWERS, case_code="LOCK-3"
    )
    case_id = store.case_for(sid)
    window.show_case_list()
    window.open_case(case_id)
    assert window.case_file.table.rowCount() == 1 and "LOCK-3" in window.case_file.title.text()
    seen: dict = {}

    def lock_while_open(dialog: ReferDialog) -> None:
        dialog.consent_yes.click()
        dialog.organisation.setEditText("Typed before the lock")
        from PySide6.QtTest import QTest  # noqa: PLC0415

        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    when_open(ReferDialog, lock_while_open, seen)
    qtbot.mouseClick(window.case_file.refer_button, Qt.MouseButton.LeftButton)
    assert seen["opened"] == ["referDialog"]
    assert window.store is None and window.stack.currentWidget() is window.unlock_screen
    assert window.case_file.table.rowCount() == 0 and window.case_file.title.text() == ""
    assert window.case_list.table.rowCount() == 0 and window.case_list.rows == []
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    texts = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "LOCK-3" not in texts
    reopened = Store.open(store.path, PASSPHRASE, catalog)
    try:
        assert reopened.get_case(case_id).referrals == ()  # nothing begun before the lock was saved
    finally:
        reopened.lock()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_case_screens_in_each_language_fit_and_are_drawn(qtbot, window, catalog, shots, language):
    """Every new screen and dialog in kk, ru and en: nothing cut off; pictures to look at."""
    store = window.store
    sid = store.add_screening(
        form=catalog.default_form, setting="clinic", language=language, answers=ANSWERS, case_code="KZ-0417"
    )
    case_id = store.case_for(sid)
    referral = store.refer(
        case_id, purpose="medical", channel="phone", on=_today(), consent=True, organisation="Clinic 4"
    )
    store.update_referral(referral, "accepted", _today())
    store.record_decision(case_id, "pending", "border_service", _today())
    found: list[str] = []
    window.show_case_list()
    found += problems(window, f"{language} case list")
    window.case_list.grab().save(str(shots / f"{language}_case_list.png"))
    window.open_case(case_id)
    found += problems(window, f"{language} case file")
    window.case_file.grab().save(str(shots / f"{language}_case_file.png"))
    for name, dialog in (
        ("refer", ReferDialog(window.services, case_id, sid, window)),
        ("step", ReferralStepDialog(window.services, list(store.get_case(case_id).referrals), None, window)),
        ("decision", DecisionDialog(window.services, case_id, window)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        found += problems(dialog, f"{language} {name} dialog")
        dialog.grab().save(str(shots / f"{language}_{name}_dialog.png"))
        dialog.reject()
    window.show_result(sid)
    found += problems(window, f"{language} result with Case and Refer")
    assert found == [], "\n".join(found)
    _untranslated(window.case_file, language)


def _untranslated(screen: QWidget, language: str) -> None:
    """In kk and ru the case screen's own words are translated (English shows when one is missing)."""
    if language == "en":
        return
    for name in ("caseBackButton", "referButton", "decisionButton", "rescreenButton"):
        from screener.ui.qt import QPushButton  # noqa: PLC0415

        button = screen.findChild(QPushButton, name)
        assert button is not None and not button.text().startswith(("Back", "Refer", "Decision", "New")), name


def _today() -> str:
    from datetime import date  # noqa: PLC0415

    return date.today().isoformat()
