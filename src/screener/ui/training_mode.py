"""Training mode in the main window: the practice store, a banner on every screen, a window
title of its own, and the trainer's actions (cases, knowledge test, reset).

Kept apart from window.py: the window creates one TrainingMode and asks it a few things
(`active`, `factory`, `retranslate`, `leave`); everything else about training lives here.
The real store is locked before the practice store opens and is never opened while training.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener.ui import dialogs, operations
from screener.ui.qt import QAction, QLabel, QObject, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from screener.core.store.store import Store
    from screener.ui.window import MainWindow

BANNER_STYLE = "background: #b45309; color: white; font-weight: bold; padding: 6px 10px;"


class TrainingMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("trainingMode")
        self.window_ = window
        self.active = False
        self.session_only = False  # the practice store lives in a temporary folder
        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        holder = QWidget(window)
        holder.setObjectName("screensHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        window.takeCentralWidget()  # the stack of screens, now under the banner
        column.addWidget(window.stack, 1)
        window.setCentralWidget(holder)
        self.cases_action = self._action("casesAction", self.show_cases)
        self.quiz_action = self._action("quizAction", self.show_quiz)
        self.reset_action = self._action("resetPracticeAction", self.reset)

    def _action(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self.window_)
        action.setObjectName(name)
        action.triggered.connect(slot)
        action.setVisible(False)
        self.window_.toolbar.addAction(action)
        return action

    # -- screens the window builds on first use ------------------------------------------------

    @staticmethod
    def factory(name: str) -> Callable[[MainWindow], QWidget] | None:
        from screener.ui.cases import CasesScreen, CompareScreen, PresenterScreen  # noqa: PLC0415
        from screener.ui.quiz import QuizScreen  # noqa: PLC0415

        screens: dict[str, Callable[[MainWindow], QWidget]] = {
            "cases": CasesScreen,
            "presenter": PresenterScreen,
            "compare": CompareScreen,
            "quiz": QuizScreen,
        }
        return screens.get(name)

    # -- entering and leaving ---------------------------------------------------------------

    def start(self, session_only: bool = False) -> None:
        """Lock the real store (if open), then open the practice store and show the cases."""
        window = self.window_
        if window.store is not None:
            window.lock()
        self.session_only = session_only
        interviewer = window.prefs.interviewer

        def work() -> Store:
            from screener.core.store import practice  # noqa: PLC0415 (SQLAlchemy: off the start-up path)

            if session_only:
                return practice.open_session(window.catalog, interviewer)
            return practice.open_practice(window.catalog, practice.practice_path(window.store_path), interviewer)

        operations.run_long(
            window.unlock_screen, self.tr("Opening the practice store..."), work, self._opened, language=window.language
        )

    def _opened(self, store: Store) -> None:
        self.active = True
        self._show_training(True)
        self.window_.unlocked(store)
        self.show_cases()

    def leave(self) -> None:
        """After the window has locked the practice store: back to normal mode."""
        if self.active:
            self.active = False
            self._show_training(False)

    def _show_training(self, shown: bool) -> None:
        self.banner.setVisible(shown)
        for action in (self.cases_action, self.quiz_action, self.reset_action):
            action.setVisible(shown)
        self.window_.retranslate()

    def retranslate(self) -> None:
        window = self.window_
        self.cases_action.setText(self.tr("Cases"))
        self.quiz_action.setText(self.tr("Knowledge test"))
        self.reset_action.setText(self.tr("Reset practice..."))
        self.reset_action.setToolTip(self.tr("Delete every practice screening and test result"))
        if self.active:
            window.setWindowTitle(self.tr("Screener - TRAINING (practice data)"))
            window.list_action.setText(self.tr("Practice screenings"))
            if self.session_only:
                where = self.tr("nothing is kept after this session")
            else:
                where = self.tr("kept apart from real screenings")
            self.banner.setText(
                self.tr(
                    "TRAINING MODE - practice store (%1). Real screenings are locked and never shown here."
                ).replace("%1", where)
            )
            if window.store is not None:
                window.status.setText(self.tr("Practice store: %1").replace("%1", str(window.store.path)))

    # -- the trainer's actions ------------------------------------------------------------------

    def show_cases(self) -> None:
        window = self.window_
        if not self.active or window.store is None:
            return
        window.leave_interview()
        screen = window.screen_named("cases")
        screen.reload()  # type: ignore[attr-defined]
        window.stack.setCurrentWidget(screen)

    def show_quiz(self) -> None:
        window = self.window_
        if not self.active or window.store is None:
            return
        window.leave_interview()
        screen = window.screen_named("quiz")
        screen.reload()  # type: ignore[attr-defined]
        window.stack.setCurrentWidget(screen)

    def show(self, name: str) -> QWidget:
        window = self.window_
        window.leave_interview()
        screen = window.screen_named(name)
        window.stack.setCurrentWidget(screen)
        return screen

    def reset(self) -> None:
        window = self.window_
        store = window.store
        if not self.active or store is None:
            return
        title = self.tr("Reset practice")
        question = self.tr(
            "Delete every practice screening and every knowledge-test result? Real screenings are not affected."
        )
        if not dialogs.confirm(window, title, question):
            return
        window.leave_interview()
        for screen in window.built_screens():
            screen.clear()  # type: ignore[attr-defined]
        window.store = None

        def work() -> Store:
            from screener.core.store import practice  # noqa: PLC0415

            return practice.reset(store)

        def done(fresh: Store) -> None:
            window.unlocked(fresh)
            self.show_cases()

        def failed(exc: Exception) -> None:
            window.lock()  # the practice store is closed: back to the unlock screen, then report
            operations.report(window, exc, window.language)

        operations.run_long(
            window, self.tr("Resetting the practice store..."), work, done, failed, language=window.language
        )
