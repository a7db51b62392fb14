"""UI languages: Qt translators for our .qm files (built from translations/*.ts by make) and
Qt's own, with English (the source) as the fallback."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core import dates, paths
from screener.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from screener.ui.qt import QComboBox

LANGUAGES = ("kk", "ru", "en")
_installed: list[QTranslator] = []


@cache
def _names() -> dict[str, str]:
    with (paths.translations_dir() / "languages.json").open(encoding="utf-8") as stream:
        names: dict[str, str] = json.load(stream)
    return names


def native_name(language: str) -> str:
    """The language's name in its own script (translations/languages.json)."""
    return _names()[language]


def qm_path(language: str) -> Path:
    return paths.translations_dir() / f"screener_{language}.qm"


def set_language(language: str) -> bool:
    """Install the translators for `language`; False if our file is missing (English shows)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    ours = QTranslator()
    found = ours.load(str(qm_path(language)))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found


def local_time(iso: str | None) -> str:
    """A stored UTC time as local date and time, the same on every screen and sheet: 30.11.2026 14:05."""
    return dates.local_time(iso) or "-"


def fill_settings(combo: QComboBox, language: str) -> None:
    """The six settings, named in `language`; the chosen one stays chosen, no signal is sent."""
    from screener.core.instrument.model import SETTINGS  # noqa: PLC0415
    from screener.core.messages import message  # noqa: PLC0415

    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value in SETTINGS:
        combo.addItem(message(f"setting.{value}", language), value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
