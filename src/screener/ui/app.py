"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core import paths
from screener.core.store.location import default_store_path
from screener.ui import i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication

if TYPE_CHECKING:
    from screener.core.instrument.loader import Catalog
    from screener.ui.window import MainWindow


def _load_catalog() -> Catalog:
    from screener.core.instrument.loader import load_catalog  # noqa: PLC0415 (after the first paint)

    return load_catalog()


def show_window(store_path: Path | None = None, training: str = "") -> MainWindow:
    """The unlock screen, on screen as soon as possible; the instrument loads right after."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # widgets need a QApplication, not a bare QCoreApplication
    app.setApplicationName("Screener")
    app.setOrganizationName("Screener")
    icon = paths.data_root() / "packaging" / "screener.png"  # the bundle ships it at the same place
    if icon.is_file():
        from screener.ui.qt import QIcon  # noqa: PLC0415

        app.setWindowIcon(QIcon(str(icon)))
    prefs = Preferences.load()
    i18n.set_language(prefs.language)
    from screener.ui.window import MainWindow  # noqa: PLC0415 (after the QApplication exists)

    window = MainWindow(_load_catalog, store_path or default_store_path(), prefs)
    window.resize(1280, 760)
    # an invalid instrument file is reported there, with file, line and fix; never a crash
    window.preload_after_first_paint()
    window.show()
    if training:  # "keep" (practice.db beside the real store) or "session" (nothing kept)
        window.training.start(session_only=training == "session")
    return window


def main(store_path: Path | None = None, training: str = "") -> int:
    window = show_window(store_path, training)
    code = QApplication.exec()
    del window
    return int(code)
