"""What a screen is given: the open store, the instrument, the language, the mode, and a way to
move to another screen. Screens never see the main window (it implements `Navigation`).

Training is a mode of these services (`Mode`), not another window: the screens ask
`services.training` (no export, no printing, no backup of practice data) and the window shows
the mode's banner and actions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from screener.ui import i18n

if TYPE_CHECKING:  # the store pulls in SQLAlchemy (~0.4 s): imported when unlocking, not at start
    from pathlib import Path

    from screener.core.instrument.loader import Catalog
    from screener.core.store.store import Store
    from screener.ui.preferences import Preferences
    from screener.ui.qt import QWidget


class Mode(Enum):
    REAL = "real"  # the real store
    PRACTICE = "practice"  # training: the practice store kept beside the real one
    SESSION = "session"  # training: a practice store that is gone after this session


class Navigation(Protocol):
    """The screen changes a screen may ask for (the main window makes them)."""

    def show_list(self) -> None: ...

    def show_quick_check(self) -> None: ...

    def open_screening(self, screening_id: str) -> None: ...

    def show_result(self, screening_id: str) -> None: ...

    def amend(self, screening_id: str, reason: str) -> None: ...

    def show_case_list(self) -> None: ...

    def open_case(self, case_id: str) -> None: ...

    def unlocked(self, store: Store) -> None: ...

    def start_training(self, session_only: bool) -> None: ...

    def show_cases(self, case_id: str | None = None) -> None: ...

    def show_training(self, name: str) -> QWidget: ...

    def refresh(self) -> None: ...

    def lock(self) -> None:
        """Close every dialog and screen of a screening and let go of the store's key."""
        ...

    def apply_preferences(self) -> None:
        """Font size, capture protection and the auto-lock timer, as the preferences now say."""
        ...


class Services:
    """`catalog` may be a Catalog or a function that loads one: the unlock screen needs none,
    so it is loaded when first asked for (from the UI thread or the unlock worker)."""

    def __init__(
        self,
        catalog: Catalog | Callable[[], Catalog],
        store_path: Path,
        prefs: Preferences,
        navigation: Navigation,
    ) -> None:
        self._catalog: Catalog | None = None if callable(catalog) else catalog
        self._load_catalog = catalog if callable(catalog) else None
        self._catalog_lock = threading.Lock()
        self.store_path = store_path
        self.prefs = prefs
        self.navigation = navigation
        self.store: Store | None = None  # the open store: the real one, or the practice store
        self.mode = Mode.REAL

    @property
    def catalog(self) -> Catalog:
        with self._catalog_lock:
            if self._catalog is None:
                assert self._load_catalog is not None
                self._catalog = self._load_catalog()
            return self._catalog

    @property
    def language(self) -> str:
        return self.prefs.language

    def set_language(self, language: str) -> None:
        self.prefs.language = language
        self.prefs.save()
        i18n.set_language(language)  # Qt sends LanguageChange: every screen retranslates
        self.navigation.refresh()

    @property
    def training(self) -> bool:
        """Practice data: never exported, printed or backed up."""
        return self.mode is not Mode.REAL
