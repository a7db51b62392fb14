"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from screener.core.instrument.loader import load_catalog
from screener.core.problems import InstrumentError
from screener.core.store.location import default_store_path
from screener.ui import i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QMessageBox


def main(store_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Screener")
    app.setOrganizationName("Screener")
    prefs = Preferences.load()
    i18n.set_language(prefs.language)
    try:
        catalog = load_catalog()
    except InstrumentError as exc:  # an invalid form file: say where and how to fix, never crash
        QMessageBox.critical(None, "Screener", exc.render(prefs.language))
        return 2
    from screener.ui.window import MainWindow  # noqa: PLC0415 (after the QApplication exists)

    window = MainWindow(catalog, store_path or default_store_path(), prefs)
    window.resize(1280, 760)
    window.show()
    return int(app.exec())
