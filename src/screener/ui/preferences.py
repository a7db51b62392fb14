"""Preferences of this machine's app, in two homes.

What the unlock screen needs (language, font size) is in Qt's plain settings file, readable
before the store is unlocked. Everything else (the interviewer's name, the auto-lock time, the
second language, the last quick check's setting, screen-capture protection) is kept in the
encrypted store: read when it is unlocked, forgotten when it is locked. A value found in the
plain file from an earlier version is moved into the store at the next unlock and removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from screener.ui.qt import QByteArray, QSettings

if TYPE_CHECKING:
    from screener.core.store.store import Store

DEFAULT_AUTOLOCK_MINUTES = 5
MIN_AUTOLOCK_MINUTES = 1  # auto-lock cannot be switched off
MAX_AUTOLOCK_MINUTES = 30  # nor set so long that it means "never"
FONT_SIZES = (10, 12, 14, 18, 24)  # 18 and 24 read well on a projector
LANGUAGES = ("kk", "ru", "en")
STORE_KEY = "preferences"  # the store's setting holding the private preferences (JSON)
_PRIVATE = ("second_language", "autolock_minutes", "interviewer", "quick_setting", "hide_from_capture")
_LEGACY = ("second_language", "autolock_minutes", "interviewer", "quick_setting")  # plain before 0.x


@dataclass(slots=True)
class Preferences:
    language: str = "kk"
    font_size: int = 12
    # in the store
    second_language: str = ""  # shown under each question when set (bilingual view)
    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES
    interviewer: str = ""
    quick_setting: str = "border"  # the setting of the last quick check: the next starts there
    hide_from_capture: bool = True  # Windows: the window is left out of screenshots and sharing
    store: Store | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls) -> Preferences:
        """The plain ones only: language and font size (all the unlock screen needs)."""
        settings = QSettings("Screener", "Screener")
        prefs = cls()
        language = str(settings.value("language", prefs.language))
        prefs.language = language if language in LANGUAGES else "kk"
        prefs.font_size = _int(settings.value("font_size"), prefs.font_size, 8, 32)
        return prefs

    def attach(self, store: Store) -> None:
        """Read the private preferences from a store just unlocked (moving old plain ones in)."""
        self.store = store
        kept = store.get_setting(STORE_KEY)
        legacy = _take_legacy()
        values = kept if isinstance(kept, dict) else legacy
        self._apply(values)
        if not isinstance(kept, dict) and legacy:
            self.save()  # the old plain values now live in the store only

    def detach(self) -> None:
        """At lock: the private preferences are forgotten until the next unlock."""
        self.store = None
        self._apply({})

    def save(self) -> None:
        settings = QSettings("Screener", "Screener")
        settings.setValue("language", self.language)
        settings.setValue("font_size", self.font_size)
        settings.sync()
        if self.store is not None and not self.store.locked:
            self.store.put_setting(STORE_KEY, {name: getattr(self, name) for name in _PRIVATE})

    def _apply(self, values: dict[str, Any]) -> None:
        default = Preferences()
        second = str(values.get("second_language", ""))
        self.second_language = second if second in LANGUAGES else ""
        self.autolock_minutes = bounded_autolock(values.get("autolock_minutes"))
        self.interviewer = str(values.get("interviewer", ""))[:128]
        self.quick_setting = str(values.get("quick_setting", default.quick_setting))
        self.hide_from_capture = values.get("hide_from_capture", True) is not False


def bounded_autolock(value: object) -> int:
    """Minutes of auto-lock: a value outside 1..30 (0 = "never" of old, a tampered file) is
    not taken; the default is."""
    return _int(value, DEFAULT_AUTOLOCK_MINUTES, MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES)


def _take_legacy() -> dict[str, Any]:
    """Preferences an earlier version kept in the plain file: read once, then removed from it."""
    settings = QSettings("Screener", "Screener")
    found = {key: settings.value(key) for key in _LEGACY if settings.contains(key)}
    for key in found:
        settings.remove(key)
    settings.sync()
    return found


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
