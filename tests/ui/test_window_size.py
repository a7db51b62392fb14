"""The window fits a 1366x768 screen with its frame, and comes back where and as large as it
was when closed."""

from __future__ import annotations

from screener.ui import app, dialogs
from screener.ui.qt import QApplication


def test_the_window_fits_the_screen_and_remembers_its_size(qtbot, tmp_path):
    window = app.show_window(tmp_path / "s.db")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)  # tests/ui/offscreen_1366x768.json
    # room for a title bar and borders: the window's own size is well inside the screen
    assert window.width() <= 1366 - 16 and window.height() <= 768 - 48
    assert screen.contains(window.frameGeometry())
    window.resize(1000, 600)
    window.move(40, 30)
    QApplication.processEvents()
    window.close()
    again = app.show_window(tmp_path / "s.db")
    qtbot.addWidget(again)
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (1000, 600)
    again.close()
    dialogs.reset()
