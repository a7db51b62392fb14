"""The main window: one stack of screens, a Lock button always in reach, auto-lock when idle.

The screens are given `Services` (store, instrument, language, mode, navigation), never the
window; the window implements their `Navigation` and shows the mode (training's banner and
actions are part of its layout from the start, shown while training).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core.problems import InstrumentError
from screener.core.store.records import Status
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.services import Services

if TYPE_CHECKING:  # the store pulls in SQLAlchemy (~0.4 s): imported when unlocking, not at start
    from screener.core.instrument.loader import Catalog
    from screener.core.store.store import Store
    from screener.ui.interview import InterviewScreen
    from screener.ui.quick import QuickCheckScreen
    from screener.ui.result import ResultScreen
    from screener.ui.screenings import ScreeningsScreen

from screener.ui.qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QEvent,
    QFont,
    QLabel,
    QMainWindow,
    QObject,
    QPaintEvent,
    QStackedWidget,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

BANNER_STYLE = "background: #b45309; color: white; font-weight: bold; padding: 6px 10px;"

# set (to anything) to quit once the first frame is painted: `make bench` times start-up with it
EXIT_AFTER_FIRST_PAINT = "SCREENER_EXIT_AFTER_FIRST_PAINT"


class MainWindow(QMainWindow):
    """`catalog` may be a Catalog or a function that loads one: the unlock screen needs none,
    so a window shown at start-up loads it only when first asked (see `preload`)."""

    # the screens built when first shown (training's own screens: TrainingMode.factory)
    SCREENS = ("screenings", "interview", "result", "quick")

    def __init__(self, catalog: Catalog | Callable[[], Catalog], store_path: Path, prefs: Preferences) -> None:
        super().__init__()
        # imported here: each screen module imports this one for type hints
        from screener.ui.unlock import UnlockScreen  # noqa: PLC0415

        self.setObjectName("mainWindow")
        self.services = Services(catalog, store_path, prefs, self)
        self.apply_font()  # before any widget: each takes its size from the font it starts with
        self._screens: dict[str, QWidget] = {}
        self._preload_pending = False
        self._first_frame_shown = False
        # the banner of training mode above the screens (hidden in the real store's mode)
        holder = QWidget(self)
        holder.setObjectName("screensHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # built without a parent: its style sheet takes the application's font as just set, not
        # the window's (which follows the new font only once Qt's events have run)
        self.training_banner = QLabel()
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setWordWrap(True)
        self.training_banner.setStyleSheet(BANNER_STYLE)
        self.training_banner.hide()
        column.addWidget(self.training_banner)
        self.stack = QStackedWidget(holder)
        self.stack.setObjectName("screens")
        column.addWidget(self.stack, 1)
        self.setCentralWidget(holder)
        self.unlock_screen = UnlockScreen(self.services, self.stack)
        self.stack.addWidget(self.unlock_screen)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)  # at the top
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.triggered.connect(self.lock)
        self.toolbar.addAction(self.lock_action)
        self.list_action = QAction(self)
        self.list_action.setObjectName("listAction")
        self.list_action.triggered.connect(self.show_list)
        self.toolbar.addAction(self.list_action)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.open_settings)
        self.toolbar.addAction(self.settings_action)
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.toolbar.addAction(self.about_action)
        # training mode's actions: opening and resetting the practice store is training_mode.py's
        from screener.ui.training_mode import TrainingMode  # noqa: PLC0415

        self.training = TrainingMode(self)
        self.cases_action = self._training_action("casesAction", self.training.show_cases)
        self.quiz_action = self._training_action("quizAction", self.training.show_quiz)
        self.reset_action = self._training_action("resetPracticeAction", self.training.reset)
        self.status = QLabel(self)
        self.status.setObjectName("storeStatus")
        self.statusBar().addWidget(self.status)

        self.idle = QTimer(self)
        self.idle.setObjectName("autolockTimer")
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.auto_lock)
        # input reaches the top-level window first: filtering there sees every key and click,
        # without a Python call for each of the thousands of paint and layout events
        self.winId()
        self.windowHandle().installEventFilter(self)

        self.retranslate()
        self.show_unlock()

    def _training_action(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        action.setVisible(False)
        self.toolbar.addAction(action)
        return action

    # -- what the window is built from (the services' own, kept here for the window's callers) --

    @property
    def catalog(self) -> Catalog:
        return self.services.catalog

    @property
    def prefs(self) -> Preferences:
        return self.services.prefs

    @property
    def store_path(self) -> Path:
        return self.services.store_path

    @property
    def store(self) -> Store | None:
        return self.services.store

    @store.setter
    def store(self, store: Store | None) -> None:
        self.services.store = store

    def preload_after_first_paint(self) -> None:
        """Load the instrument right after the unlock screen is first painted, not before it."""
        self._preload_pending = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame_shown:
            self._first_frame_shown = True
            # posted from the first paint: runs once this whole frame is on screen
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        """What the first frame does not need (creating Qt's enums alone costs ~12 ms)."""
        if os.environ.get(EXIT_AFTER_FIRST_PAINT):
            QApplication.quit()  # a start-up benchmark's end point (tests/bench/test_bench_package.py)
            return
        from screener.ui.qt import QKeySequence, Qt  # noqa: PLC0415 (not at import: their enums cost ~12 ms)

        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # in dialogs too
        if self._preload_pending:
            self._preload_pending = False
            self.preload()

    def preload(self) -> None:
        """Load the instrument once the unlock screen is showing (an invalid file is reported)."""
        try:
            self.catalog  # noqa: B018 (loading is the point)
        except InstrumentError as exc:
            dialogs.error(self, self.tr("Screener"), exc.render(self.language))
            self.close()

    def _screen(self, name: str) -> QWidget:
        """The other screens are built when first shown: the unlock screen comes up sooner."""
        screen = self._screens.get(name)
        if screen is None:
            from screener.ui.interview import InterviewScreen  # noqa: PLC0415
            from screener.ui.quick import QuickCheckScreen  # noqa: PLC0415
            from screener.ui.result import ResultScreen  # noqa: PLC0415
            from screener.ui.screenings import ScreeningsScreen  # noqa: PLC0415

            factories: dict[str, Callable[[Services, QWidget], QWidget]] = {
                "screenings": ScreeningsScreen,
                "interview": InterviewScreen,
                "result": ResultScreen,
                "quick": QuickCheckScreen,
            }
            factory = factories.get(name) or self.training.factory(name)
            if factory is None:
                raise KeyError(name)
            screen = factory(self.services, self.stack)
            self._screens[name] = screen
            self.stack.addWidget(screen)
        return screen

    def built_screens(self) -> list[QWidget]:
        return list(self._screens.values())

    def leave_interview(self) -> None:
        if "interview" in self._screens:
            self.interview.leave()

    @property
    def screenings(self) -> ScreeningsScreen:
        return self._screen("screenings")  # type: ignore[return-value]

    @property
    def interview(self) -> InterviewScreen:
        return self._screen("interview")  # type: ignore[return-value]

    @property
    def quick(self) -> QuickCheckScreen:
        return self._screen("quick")  # type: ignore[return-value]

    @property
    def result(self) -> ResultScreen:
        return self._screen("result")  # type: ignore[return-value]

    # -- language and look ---------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.services.language

    def set_language(self, language: str) -> None:
        self.services.set_language(language)

    def apply_font(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSize(self.prefs.font_size)
        QApplication.setFont(font)
        # Qt keeps the sizes the tool bar and status bar were laid out with: lay everything out
        # again, or a larger font (a projector) shows elided buttons and cut-off lines
        from screener.ui.qt import QLayout  # noqa: PLC0415

        for layout in self.findChildren(QLayout):
            layout.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Screener"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock now and hide everything (Ctrl+L)"))
        self.list_action.setText(self.tr("Screenings"))
        self.settings_action.setText(self.tr("Settings"))
        self.about_action.setText(self.tr("About"))
        self._update_status()  # in training mode, its own title, banner and actions too

    def _update_status(self) -> None:
        if self.store is None:
            self.status.setText(self.tr("Locked"))
        else:
            self.status.setText(self.tr("Unlocked: %1").replace("%1", str(self.store_path)))
        self.training.retranslate()  # in training mode: its title, banner, actions and status

    def show_mode(self) -> None:
        """Training's banner and actions while the practice store is open, hidden otherwise."""
        shown = self.services.training
        self.training_banner.setVisible(shown)
        for action in (self.cases_action, self.quiz_action, self.reset_action):
            action.setVisible(shown)
        self.retranslate()

    def refresh(self) -> None:
        """Render the current screen again (language, font, bilingual view changed)."""
        current = self.stack.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    # -- screens ---------------------------------------------------------------------------

    def show_unlock(self) -> None:
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        for action in (self.lock_action, self.list_action, self.settings_action):
            action.setEnabled(action is self.settings_action)
        self.about_action.setEnabled(True)
        self._update_status()

    def unlocked(self, store: Store) -> None:
        self.store = store
        store.interviewer = self.prefs.interviewer
        for action in (self.lock_action, self.list_action, self.settings_action):
            action.setEnabled(True)
        self._update_status()
        self.restart_idle_timer()
        self.show_list()
        draft = store.latest_draft()
        if draft is not None and store.get_setting("open_draft") == draft.id:
            question = self.tr("A screening was interrupted (case %1). Continue it now?").replace(
                "%1", draft.case_code or "-"
            )
            if dialogs.confirm(self, self.tr("Continue"), question):
                self.open_screening(draft.id)

    def show_list(self) -> None:
        if self.store is None:
            return
        if "interview" in self._screens:
            self.interview.leave()
        self.screenings.reload()
        self.stack.setCurrentWidget(self.screenings)

    def show_quick_check(self) -> None:
        """The quick indicator check: ready for the next person at once."""
        if self.store is None:
            return
        if self.catalog.quick is None:  # an instrument folder without forms/quick_check.yaml
            text = self.tr("The quick check is not available: the file forms/quick_check.yaml is missing.")
            dialogs.error(self, self.tr("Screener"), text)
            return
        if "interview" in self._screens:
            self.interview.leave()
        self.quick.start()
        self.stack.setCurrentWidget(self.quick)

    def open_screening(self, screening_id: str) -> None:
        assert self.store is not None
        screening = self.store.get(screening_id)
        if screening.status == Status.DRAFT:
            self.interview.start(screening_id)
            self.stack.setCurrentWidget(self.interview)
        else:
            self.show_result(screening_id)

    def show_result(self, screening_id: str) -> None:
        if "interview" in self._screens:
            self.interview.leave()
        self.result.show_screening(screening_id)
        self.stack.setCurrentWidget(self.result)

    def amend(self, screening_id: str, reason: str) -> None:
        self.interview.start(screening_id, reason=reason)
        self.stack.setCurrentWidget(self.interview)

    def start_training(self, session_only: bool) -> None:
        self.training.start(session_only=session_only)

    def show_cases(self, case_id: str | None = None) -> None:
        self.training.show_cases(case_id)

    def show_training(self, name: str) -> QWidget:
        """One of training's screens (cases, presenter, compare, quiz), as it was last shown."""
        self.leave_interview()
        screen = self._screen(name)
        self.stack.setCurrentWidget(screen)
        return screen

    def open_settings(self) -> None:
        from screener.ui.settings import SettingsDialog  # noqa: PLC0415

        SettingsDialog(self).exec()

    def about_text(self) -> str:
        import screener  # noqa: PLC0415 (reads the version from the package metadata, once)

        return "\n\n".join(
            (
                self.tr("Screener, version %1").replace("%1", screener.__version__),
                self.tr("Offline screening for possible victims of human trafficking. It makes no network connection."),
                self.tr("Screenings are kept, encrypted, in: %1").replace("%1", str(self.store_path)),
            )
        )

    def show_about(self) -> None:
        dialogs.inform(self, self.tr("About Screener"), self.about_text())

    # -- locking ---------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every screening at once and let go of the key."""
        for screen in self._screens.values():
            screen.clear()  # type: ignore[attr-defined]
        if self.store is not None:
            self.store.lock()
            self.store = None
        self.idle.stop()
        self.training.leave()
        self.show_unlock()

    def auto_lock(self) -> None:
        if self.store is not None:
            self.lock()

    def restart_idle_timer(self) -> None:
        minutes = self.prefs.autolock_minutes
        if self.store is not None and minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()  # "never", or nothing to lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.restart_idle_timer()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store is not None:
            if "interview" in self._screens:
                self.interview.leave()
            self.store.lock()
            self.store = None
        super().closeEvent(event)
