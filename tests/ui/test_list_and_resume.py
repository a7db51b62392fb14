"""The screenings list and a new screening as met at a post: Delete only for drafts, no "0/0"
for a new draft, the post's setting remembered, a reused case code that differs only in
capitals or spaces flagged, and the resume prompt (Yes by default, not asked again after No)."""

from __future__ import annotations

import pytest

from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QDialog, QTimer
from screener.ui.screenings import NewScreeningDialog
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def fill_new(window: MainWindow, setting: str | None, code: str) -> None:
    """Answer the New screening dialog when it opens (it is modal)."""

    def answer() -> None:
        dialog = next(w for w in window.findChildren(NewScreeningDialog) if w.isVisible())
        if setting is not None:
            dialog.setting.setCurrentIndex(dialog.setting.findData(setting))
        dialog.case_code.setText(code)
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)


def test_the_list_at_a_post(qtbot, window, catalog, tmp_path):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    window.unlocked(store)
    done = store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", case_code="KL-015", answers={"A1": 30, "A5": "UZ"}
    )
    window.show_list()
    list_ = window.screenings
    assert not list_.delete_button.isEnabled()  # the one row is finalised: nothing to delete
    # a new screening at a clinic: the dialog remembers the post's setting the next time
    fill_new(window, "clinic", "kl-015 ")
    dialogs.script(True)  # "the same case? use KL-015"
    list_.new_screening()
    assert "KL-015" in dialogs.shown[-1][1] and "kl-015" in dialogs.shown[-1][1]
    first = window.interview.screening
    assert first.summary.case_code == "KL-015" and first.summary.setting == "clinic"
    window.show_list()
    rows = {r.id: r for r in list_.rows}
    row = next(i for i, r in enumerate(list_.rows) if r.id == first.id)
    assert list_.table.item(row, 4).text() == "-"  # a new draft has no score yet, not "0/0"
    list_.table.selectRow(row)
    assert list_.delete_button.isEnabled()
    list_.table.selectRow(next(i for i, r in enumerate(list_.rows) if r.id == done))
    assert not list_.delete_button.isEnabled()
    assert rows[done].status == "finalised"
    # the next new screening starts at the clinic; a new code is not questioned
    shown = len(dialogs.shown)
    fill_new(window, None, "KL-016")
    list_.new_screening()
    assert window.interview.screening.summary.setting == "clinic"
    assert len(dialogs.shown) == shown  # no question for a code of its own
    # "No": the typed code is kept as a new case
    window.show_list()
    fill_new(window, None, "K L-015")
    dialogs.script(False)
    list_.new_screening()
    assert window.interview.screening.summary.case_code == "K L-015"


def test_the_resume_prompt(qtbot, window, catalog, tmp_path):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    window.unlocked(store)
    sid = store.create_screening("border", "en", case_code="BX-1")
    window.open_screening(sid)
    window.lock()  # cut off by a lock, mid-interview
    dialogs.script(False)
    window.unlocked(Store.open(tmp_path / "s.db", PASSPHRASE, catalog))
    assert dialogs.shown[-1][0] == "confirm" and dialogs.confirm_defaults[-1] is True  # Yes is Enter
    assert window.stack.currentWidget() is window.screenings
    window.lock()
    shown = len(dialogs.shown)
    window.unlocked(Store.open(tmp_path / "s.db", PASSPHRASE, catalog))
    assert len(dialogs.shown) == shown  # after a No, not asked at every unlock
    window.open_screening(sid)
    window.lock()
    dialogs.script(True)
    window.unlocked(Store.open(tmp_path / "s.db", PASSPHRASE, catalog))
    assert window.stack.currentWidget() is window.interview and window.interview.screening.id == sid
