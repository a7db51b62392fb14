"""Preferences of this machine's app (language, font size, auto-lock, bilingual view).

They hold nothing about any screening, so they live in Qt's plain settings file, readable
before the store is unlocked (the unlock screen needs the language).
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.ui.qt import QByteArray, QSettings

DEFAULT_AUTOLOCK_MINUTES = 5
FONT_SIZES = (10, 12, 14, 18, 24)  # 18 and 24 read well on a projector


@dataclass(slots=True)
class Preferences:
    language: str = "kk"
    second_language: str = ""  # shown under each question when set (bilingual view)
    font_size: int = 12
    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES
    interviewer: str = ""
    quick_setting: str = "border"  # the setting of the last quick check: the next starts there

    @classmethod
    def load(cls) -> Preferences:
        settings = QSettings("Screener", "Screener")
        prefs = cls()
        language = str(settings.value("language", prefs.language))
        prefs.language = language if language in ("kk", "ru", "en") else "kk"
        second = str(settings.value("second_language", ""))
        prefs.second_language = second if second in ("kk", "ru", "en") else ""
        prefs.font_size = _int(settings.value("font_size"), prefs.font_size, 8, 32)
        prefs.autolock_minutes = _int(settings.value("autolock_minutes"), prefs.autolock_minutes, 0, 120)
        prefs.interviewer = str(settings.value("interviewer", ""))
        prefs.quick_setting = str(settings.value("quick_setting", prefs.quick_setting))
        return prefs

    def save(self) -> None:
        settings = QSettings("Screener", "Screener")
        settings.setValue("language", self.language)
        settings.setValue("second_language", self.second_language)
        settings.setValue("font_size", self.font_size)
        settings.setValue("autolock_minutes", self.autolock_minutes)
        settings.setValue("interviewer", self.interviewer)
        settings.setValue("quick_setting", self.quick_setting)
        settings.sync()


def load_geometry() -> bytes:
    """The main window's place and size when it was last closed (Qt's own encoding), or b""."""
    value = QSettings("Screener", "Screener").value("window_geometry", b"")
    if isinstance(value, QByteArray):
        return bytes(value.data())
    return value if isinstance(value, bytes) else b""


def save_geometry(data: bytes) -> None:
    settings = QSettings("Screener", "Screener")
    settings.setValue("window_geometry", QByteArray(data))
    settings.sync()


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default
