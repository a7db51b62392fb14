"""An escalated quick check stays a record of its own, linked to the interview (issue 16).

UI111: escalated from the quick check screen: the list shows the quick check and the interview
       "after a quick check"; each result names the other; the sheet prints the link; the
       signs are exported while the interview is still a draft.
"""

from __future__ import annotations

import pytest

from screener.core.export.reader import read_export
from screener.core.export.writer import write_export
from screener.core.report.pdf import screening_sheet
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QLabel, Qt
from screener.ui.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.unlocked(Store.create(tmp_path / "s.db", "correct horse 42", catalog))
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def test_ui111_escalated_quick_check_is_linked_everywhere(qtbot, window, catalog, tmp_path):
    window.show_quick_check()
    quick = window.quick
    quick.setting.setCurrentIndex(quick.setting.findData("border"))
    quick.choose_age("adult")
    list(quick.boxes.values())[1].setChecked(True)
    quick.finish()
    dialogs.script("LINK-1", 2)  # the case code, and the interview's language (English)
    quick.escalate()
    assert window.stack.currentWidget() is window.interview
    draft_id = window.interview.screening.id
    # the signs are counted although the interview is not finalised
    assert write_export(window.store, tmp_path / "e.jsonl", "jsonl") == 1
    [(_line, record)] = list(read_export(tmp_path / "e.jsonl"))
    assert record["kind"] == "quick" and len(record["indicators"]) == 1
    window.show_list()
    cells = {
        window.screenings.table.item(r, 0).text(): window.screenings.table.item(r, 4).text()
        for r in range(window.screenings.table.rowCount())
    }
    assert cells["-"] == "quick check" and cells["LINK-1"].endswith("after a quick check")
    quick_id = window.store.get(draft_id).summary.quick_id
    window.open_screening(quick_id)
    assert window.result.findChild(QLabel, "headerFollowedBy").text() == "LINK-1"
    window.open_screening(draft_id)
    window.interview.go_review()
    dialogs.script(True, True, True)
    qtbot.mouseClick(window.interview.finalise_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    assert window.result.findChild(QLabel, "headerFollowsQuick").text()
    sheet = screening_sheet(catalog, window.store.get(draft_id), language="ru")
    assert sheet.meta.follows_quick
