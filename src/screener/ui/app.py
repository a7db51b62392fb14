"""Start the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core import paths, privacy
from screener.core.store.location import default_store_path
from screener.ui import i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QSettings

if TYPE_CHECKING:
    from screener.core.instrument.loader import Catalog
    from screener.ui.qt import QObject
    from screener.ui.window import MainWindow


_collector: QObject | None = None


def _load_catalog() -> Catalog:
    from screener.core.instrument.loader import load_catalog  # noqa: PLC0415 (after the first paint)

    return load_catalog()


def own_folders(store_path: Path) -> list[Path]:
    """The folders the app itself made: Qt's settings folder, the data and cache folders (not a
    folder the user chose for the store, nor a cache folder set by SCREENER_CACHE_DIR)."""
    import platformdirs  # noqa: PLC0415

    folders = [Path(QSettings("Screener", "Screener").fileName()).parent]
    data = platformdirs.user_data_path("screener", appauthor=False)
    if store_path.parent == data:
        folders.append(data)
    if not os.environ.get("SCREENER_CACHE_DIR"):
        folders.append(platformdirs.user_cache_path("screener", appauthor=False))
    return [f for f in folders if f.name.lower() == "screener"]


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
    privacy.narrow(own_folders(store_path or default_store_path()))
    global _collector  # noqa: PLW0603 (one for the app's life)
    if _collector is None:
        from screener.ui.collector import GarbageCollector  # noqa: PLC0415

        _collector = GarbageCollector(app)
    prefs = Preferences.load()
    i18n.set_language(prefs.language)
    from screener.ui.window import MainWindow  # noqa: PLC0415 (after the QApplication exists)

    window = MainWindow(_load_catalog, store_path or default_store_path(), prefs)
    place(window)
    # an invalid instrument file is reported there, with file, line and fix; never a crash
    window.preload_after_first_paint()
    window.show()
    if training:  # "keep" (practice.db beside the real store) or "session" (nothing kept)
        window.training.start(session_only=training == "session")
    return window


DEFAULT_SIZE = (1280, 760)


def place(window: MainWindow) -> None:
    """Where it was when last closed; else 1280x760 or less, so that the window with its title
    bar and borders fits the screen (at 1366x768 the status bar was cut off)."""
    from screener.ui.frame import FRAME_ALLOWANCE  # noqa: PLC0415
    from screener.ui.preferences import load_geometry  # noqa: PLC0415

    saved = load_geometry()
    if saved:
        from screener.ui.qt import QByteArray  # noqa: PLC0415

        if window.restoreGeometry(QByteArray(saved)):  # Qt moves it back onto a screen if need be
            return
    screen = window.screen().availableGeometry()
    width, height = screen.width() - FRAME_ALLOWANCE[0], screen.height() - FRAME_ALLOWANCE[1]
    window.resize(min(DEFAULT_SIZE[0], width), min(DEFAULT_SIZE[1], height))
    frame = window.frameGeometry()
    frame.moveCenter(screen.center())
    window.move(frame.topLeft())


def main(store_path: Path | None = None, training: str = "") -> int:
    window = show_window(store_path, training)
    code = QApplication.exec()
    del window
    return int(code)
