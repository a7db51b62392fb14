"""Screens are given services, not the main window; training is a mode of those services."""

from __future__ import annotations

import ast
from pathlib import Path

import screener.ui
from screener.core.store.store import Store
from screener.ui.preferences import Preferences
from screener.ui.qt import QAction, QApplication, QLabel, QWidget
from screener.ui.services import Mode
from screener.ui.window import MainWindow

UI = Path(screener.ui.__file__).parent
# the window itself, what starts it, and the window's own parts (its settings dialog, training's
# store handling); every other module is a screen or serves one
OF_THE_WINDOW = {"window.py", "app.py", "training_mode.py", "settings.py"}


def window_references(source: str) -> list[str]:
    """Imports of screener.ui.window and uses of the names MainWindow and window_ in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "screener.ui.window":
            found.append(f"import of {node.module} (line {node.lineno})")
        elif isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append(f"MainWindow (line {node.lineno})")
        elif isinstance(node, ast.Attribute) and node.attr == "window_":
            found.append(f"window_ (line {node.lineno})")
    return found


def test_no_screen_sees_the_main_window():
    modules = sorted(p for p in UI.glob("*.py") if p.name not in OF_THE_WINDOW)
    assert {"interview.py", "result.py", "screenings.py", "quick.py", "cases.py", "unlock.py"} <= {
        p.name for p in modules
    }
    found = {p.name: window_references(p.read_text(encoding="utf-8")) for p in modules}
    assert {name: refs for name, refs in found.items() if refs} == {}


def test_the_check_would_see_a_screen_reaching_for_the_window():
    source = "from screener.ui.window import MainWindow\ndef f(w: MainWindow) -> None:\n    w.window_.store\n"
    assert len(window_references(source)) == 3


def test_training_is_a_mode_the_window_shows_not_a_rewiring(qtbot, catalog, tmp_path):
    window = MainWindow(catalog, tmp_path / "screener.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.show()
    central, stack = window.centralWidget(), window.stack
    actions = [a.objectName() for a in window.toolbar.actions()]
    banner = window.findChild(QLabel, "trainingBanner")
    assert central.objectName() == "screensHolder" and banner.isHidden()
    assert not window.findChild(QAction, "casesAction").isVisible()

    window.services.mode = Mode.SESSION
    window.show_mode()
    window.unlocked(Store.create(tmp_path / "practice.db", "practice passphrase 1", catalog))
    assert window.services.training and window.training.session_only
    assert banner.isVisible() and "nothing is kept" in banner.text()
    assert banner.font().pointSize() == QApplication.font().pointSize() == 12  # the app's font, as every screen
    assert window.findChild(QAction, "casesAction").isVisible()
    # the same window: the same central widget, stack and tool bar, only shown differently
    assert window.centralWidget() is central and window.stack is stack
    assert [a.objectName() for a in window.toolbar.actions()] == actions
    screens = window.screenings
    assert isinstance(screens, QWidget) and screens.services is window.services
    assert not screens.export_button.isVisibleTo(screens)  # practice data never leaves

    window.lock()
    assert window.services.mode is Mode.REAL and not window.services.training
    assert banner.isHidden() and not window.findChild(QAction, "casesAction").isVisible()
    assert window.centralWidget() is central
