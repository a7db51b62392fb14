"""The main window: one stack of screens, a Lock button always in reach, auto-lock when idle.

The screens are given `Services` (store, instrument, language, mode, navigation), never the
window; the window implements their `Navigation` and shows the mode (training's banner and
actions are part of its layout from the start, shown while training).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core.problems import InstrumentError
from screener.ui import dialogs
from screener.ui.preferences import Preferences, bounded_autolock, save_geometry
from screener.ui.services import Services

if TYPE_CHECKING:  # the store pulls in SQLAlchemy (~0.4 s): imported when unlocking, not at start
    from screener.core.instrument.loader import Catalog
    from screener.core.store.store import Store
    from screener.ui.case_file import CaseFileScreen, CaseListScreen
    from screener.ui.interview import InterviewScreen
    from screener.ui.qt import QWindow
    from screener.ui.quick import QuickCheckScreen
    from screener.ui.result import ResultScreen
    from screener.ui.screenings import ScreeningsScreen

from screener.ui.qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QEvent,
    QKeyEvent,
    QLabel,
    QMainWindow,
    QObject,
    QPaintEvent,
    QResizeEvent,
    QSize,
    QSizePolicy,
    QStackedWidget,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

INDICATORS = "QCheckBox::indicator, QRadioButton::indicator { width: 0.8em; height: 0.8em; }"
BANNER_STYLE = "background: #b45309; color: white; font-weight: bold; padding: 6px 10px;"
# only Windows lets an app keep its windows out of screen capture (SetWindowDisplayAffinity)
CAPTURE_PROTECTION = sys.platform == "win32"

# set (to anything) to quit once the first frame is painted: `make bench` times start-up with it
EXIT_AFTER_FIRST_PAINT = "SCREENER_EXIT_AFTER_FIRST_PAINT"


class MainWindow(QMainWindow):
    """`catalog` may be a Catalog or a function that loads one: the unlock screen needs none,
    so a window shown at start-up loads it only when first asked (see `preload`)."""

    # the screens built when first shown (training's own screens: TrainingMode.factory)
    SCREENS = ("screenings", "interview", "result", "quick", "case_list", "case_file")

    def __init__(self, catalog: Catalog | Callable[[], Catalog], store_path: Path, prefs: Preferences) -> None:
        super().__init__()
        # imported here: each screen module imports this one for type hints
        from screener.ui.unlock import UnlockScreen  # noqa: PLC0415

        self.setObjectName("mainWindow")
        self.services = Services(catalog, store_path, prefs, self)
        # tick boxes and radio buttons as large as their text (Qt draws 13 px at any font size)
        self.setStyleSheet(INDICATORS)
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
        # the trainer's actions on a row of their own: beside Lock ... About they do not fit a
        # 1366 px screen at 24 pt, and Qt hid the last behind a >> button
        self.addToolBarBreak()
        self.training_toolbar = QToolBar(self)
        self.training_toolbar.setObjectName("trainingToolbar")
        self.training_toolbar.setMovable(False)
        self.training_toolbar.hide()
        self.addToolBar(self.training_toolbar)
        self.cases_action = self._training_action("casesAction", self.training.show_cases)
        self.quiz_action = self._training_action("quizAction", self.training.show_quiz)
        self.reset_action = self._training_action("resetPracticeAction", self.training.reset)
        self.status = StatusLabel(self)
        self.status.setObjectName("storeStatus")
        # the line's width is the status bar's (stretch 1): its own policy is Ignored, so that a
        # long path elides, and without a stretch the bar gave it 0 px (nothing was seen)
        self.statusBar().addWidget(self.status, 1)

        self.idle = QTimer(self)
        self.idle.setObjectName("autolockTimer")
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.auto_lock)
        # input reaches the top-level window first: filtering there sees every key and click,
        # without a Python call for each of the thousands of paint and layout events; each
        # dialog's window is watched the same way once it takes the focus, so Ctrl+L locks
        # while a modal dialog blocks the Lock action's own shortcut, and typing there counts
        self.winId()
        self.windowHandle().installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusWindowChanged.connect(self._watch_window)
        self.apply_capture_protection()

        self.retranslate()
        self.show_unlock()
        # once more now that the screens exist: a widget given a style sheet while it was being
        # built took its font before it had a parent chain to inherit the size from
        self.apply_font()

    def _training_action(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        action.setVisible(False)
        self.training_toolbar.addAction(action)
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
            from screener.ui.case_file import CaseFileScreen, CaseListScreen  # noqa: PLC0415
            from screener.ui.interview import InterviewScreen  # noqa: PLC0415
            from screener.ui.quick import QuickCheckScreen  # noqa: PLC0415
            from screener.ui.result import ResultScreen  # noqa: PLC0415
            from screener.ui.screenings import ScreeningsScreen  # noqa: PLC0415

            factories: dict[str, Callable[[Services, QWidget], QWidget]] = {
                "screenings": ScreeningsScreen,
                "interview": InterviewScreen,
                "result": ResultScreen,
                "quick": QuickCheckScreen,
                "case_list": CaseListScreen,
                "case_file": CaseFileScreen,
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

    @property
    def case_list(self) -> CaseListScreen:
        return self._screen("case_list")  # type: ignore[return-value]

    @property
    def case_file(self) -> CaseFileScreen:
        return self._screen("case_file")  # type: ignore[return-value]

    # -- language and look ---------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.services.language

    def set_language(self, language: str) -> None:
        self.services.set_language(language)

    def apply_font(self) -> None:
        from screener.ui.fonts import apply_size  # noqa: PLC0415

        apply_size(self.prefs.font_size)
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
        self.training_toolbar.setWindowTitle(self.tr("Training"))
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
        self.training_toolbar.setVisible(shown)
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
        self.prefs.attach(store)  # the interviewer, auto-lock time... are kept in the store
        self.apply_capture_protection()
        store.interviewer = self.prefs.interviewer
        for action in (self.lock_action, self.list_action, self.settings_action):
            action.setEnabled(True)
        self._update_status()
        self.restart_idle_timer()
        self.show_list()
        self._tell_failed_unlocks(store)
        draft = store.latest_draft()
        if draft is not None and store.get_setting("open_draft") == draft.id:
            question = self.tr("A screening was interrupted (case %1). Continue it now?").replace(
                "%1", draft.case_code or "-"
            )
            # Yes by default (the interview was cut off by a lock); a No is not asked again
            if dialogs.confirm(self, self.tr("Continue"), question, default_yes=True):
                self.open_screening(draft.id)
            else:
                store.put_setting("open_draft", None)

    def _tell_failed_unlocks(self, store: Store) -> None:
        """Wrong passphrases before this unlock: how many and when (someone may have tried)."""
        from datetime import datetime  # noqa: PLC0415

        failures = store.failed_unlocks
        if not failures and not store.unlock_record_damaged:
            return
        parts = []
        if failures:
            times = []
            for at in failures[-5:]:
                try:
                    times.append(datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S"))
                except ValueError:
                    times.append(at)
            shown = ", ".join(times) + (" ..." if len(failures) > len(times) else "")
            text = self.tr("Before this unlock the passphrase was entered wrongly %1 time(s): %2.")
            parts.append(text.replace("%1", str(len(failures))).replace("%2", shown))
        if store.unlock_record_damaged:
            parts.append(
                self.tr(
                    "The record of wrong passphrases had been deleted or damaged; this is noted in the audit trail."
                )
            )
        parts.append(self.tr("If this was not you, someone has tried to open the store."))
        dialogs.inform(self, self.tr("Wrong passphrases"), " ".join(parts))

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
        from screener.core.store.records import Status  # noqa: PLC0415 (not before the first frame)

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

    def show_case_list(self) -> None:
        """The cases of the open store (the practice store's while training)."""
        if self.store is None:
            return
        self.leave_interview()
        self.case_list.reload()
        self.stack.setCurrentWidget(self.case_list)

    def open_case(self, case_id: str) -> None:
        if self.store is None:
            return
        self.leave_interview()
        self.case_file.show_case(case_id)
        self.stack.setCurrentWidget(self.case_file)

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

        dialogs.run_modal(SettingsDialog(self.services, self))

    def about_text(self) -> str:
        """Rich text (paragraphs): the last one links to the bundle's THIRD-PARTY-NOTICES.txt."""
        import html  # noqa: PLC0415

        import screener  # noqa: PLC0415 (reads the version from the package metadata, once)
        from screener.core.paths import notices_file  # noqa: PLC0415

        notices = notices_file()
        link = f'<a href="{html.escape(notices.as_uri())}">{html.escape(notices.name)}</a>'
        paragraphs = [
            html.escape(text)
            for text in (
                self.tr("Screener, version %1").replace("%1", screener.__version__),
                self.tr("Offline screening for possible victims of human trafficking. It makes no network connection."),
                self.tr("Screenings are kept, encrypted, in: %1").replace("%1", str(self.store_path)),
            )
        ]
        licences = html.escape(self.tr("Third-party software in Screener and its licences: %1"))
        paragraphs.append(licences.replace("%1", link))
        return "".join(f"<p>{text}</p>" for text in paragraphs)

    def show_about(self) -> None:
        dialogs.inform(self, self.tr("About Screener"), self.about_text())

    # -- locking ---------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every screening at once and let go of the key.

        Every dialog, menu and other window of the app is closed first, its action cancelled,
        and work started before now is dropped when it ends (`dialogs.locked_since`)."""
        dialogs.close_all(keep=self)
        for screen in self._screens.values():
            screen.clear()  # type: ignore[attr-defined]
        if self.store is not None:
            self.store.lock()
            self.store = None
        self.idle.stop()
        self.prefs.detach()  # the store's preferences (the interviewer's name...) are forgotten
        self.training.leave()
        self.show_unlock()

    def auto_lock(self) -> None:
        if self.store is not None:
            self.lock()

    def apply_preferences(self) -> None:
        self.apply_font()
        self.apply_capture_protection()
        self.restart_idle_timer()

    def restart_idle_timer(self) -> None:
        if self.store is not None:  # there is no "never": 1 to 30 minutes, whatever was stored
            self.idle.start(bounded_autolock(self.prefs.autolock_minutes) * 60_000)
        else:
            self.idle.stop()  # nothing to lock

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None and window is not self.windowHandle():
            window.installEventFilter(self)  # installing twice keeps one filter
            if CAPTURE_PROTECTION:
                self._protect_from_capture(window)

    def apply_capture_protection(self) -> None:
        """Windows: this window (and each dialog as it comes up) left out of screenshots, screen
        recording and screen sharing while the setting is on (default, also before unlocking)."""
        if CAPTURE_PROTECTION:
            self._protect_from_capture(self.windowHandle())

    def _protect_from_capture(self, window: QWindow | None) -> None:
        from screener.core import privacy_windows  # noqa: PLC0415 (Windows only)

        if window is not None:
            privacy_windows.exclude_from_capture(int(window.winId()), self.prefs.hide_from_capture)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and is_lock_key(event):  # type: ignore[arg-type]
            self.lock()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.restart_idle_timer()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store is not None:
            if "interview" in self._screens:
                self.interview.leave()
            self.store.lock()
            self.store = None
        save_geometry(bytes(self.saveGeometry().data()))  # where and how large: the next start
        super().closeEvent(event)


def is_lock_key(event: QKeyEvent) -> bool:
    """Ctrl+L (the Lock action's shortcut), whatever window has the keyboard."""
    from screener.ui.qt import Qt  # noqa: PLC0415 (Qt's enums are built after the first frame)

    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_L and modifiers == Qt.KeyboardModifier.ControlModifier


class StatusLabel(QLabel):
    """The status bar's line: a long store path is cut in its middle (whole in the tool tip),
    never off the window's edge, and the line is one text line high from the start."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.full_text), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        super().setText(self._middle_cut(self.full_text, self.width()))

    def _middle_cut(self, text: str, width: int) -> str:
        """As much of both ends as fits around an ellipsis (by hand: Qt's enums, needed for
        QFontMetrics.elidedText, are not built before the first frame)."""
        metrics = self.fontMetrics()
        if width <= 0 or metrics.horizontalAdvance(text) <= width:
            return text  # not laid out yet, or it fits

        def cut(kept: int) -> str:
            return text[: (kept + 1) // 2] + "\u2026" + text[len(text) - kept // 2 :]

        low, high = 0, len(text)
        while low < high:  # the most characters kept that still fit
            middle = (low + high + 1) // 2
            if metrics.horizontalAdvance(cut(middle)) <= width:
                low = middle
            else:
                high = middle - 1
        return cut(low)
