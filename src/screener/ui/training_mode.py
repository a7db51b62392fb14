"""Training mode in the main window: the practice store, a banner on every screen, a window
title of its own, and the trainer's actions (cases, knowledge test, reset).

Training is a mode of the screens' services (`services.mode`); the window has the banner and
the actions in its layout from the start and shows them in that mode (`MainWindow.show_mode`).
This module opens, resets and leaves the practice store, and words the mode's texts.
The real store is locked before the practice store opens and is never opened while training.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener.ui import dialogs, operations
from screener.ui.qt import QObject, QWidget
from screener.ui.services import Mode, Services

if TYPE_CHECKING:
    from collections.abc import Callable

    from screener.core.store.store import Store
    from screener.ui.window import MainWindow


class TrainingMode(QObject):
    """Opens, resets and leaves the practice store; the mode itself is the services' (`Mode`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("trainingMode")
        self.window_ = window
        self.services = window.services

    @property
    def active(self) -> bool:
        return self.services.training

    @property
    def session_only(self) -> bool:  # the practice store lives in a temporary folder
        return self.services.mode is Mode.SESSION

    # -- screens the window builds on first use ------------------------------------------------

    @staticmethod
    def factory(name: str) -> Callable[[Services, QWidget], QWidget] | None:
        from screener.ui.cases import CasesScreen, CompareScreen, PresenterScreen  # noqa: PLC0415
        from screener.ui.quiz import QuizScreen  # noqa: PLC0415

        screens: dict[str, Callable[[Services, QWidget], QWidget]] = {
            "cases": CasesScreen,
            "presenter": PresenterScreen,
            "compare": CompareScreen,
            "quiz": QuizScreen,
        }
        return screens.get(name)

    # -- entering and leaving ---------------------------------------------------------------

    def start(self, session_only: bool = False) -> None:
        """Lock the real store (if open), then open the practice store and show the cases."""
        window, services = self.window_, self.services
        if services.store is not None:
            window.lock()
        interviewer = services.prefs.interviewer

        def work() -> Store:
            from screener.core.store import practice  # noqa: PLC0415 (SQLAlchemy: off the start-up path)

            if session_only:
                return practice.open_session(services.catalog, interviewer)
            return practice.open_practice(services.catalog, practice.practice_path(services.store_path), interviewer)

        def opened(store: Store) -> None:
            services.mode = Mode.SESSION if session_only else Mode.PRACTICE
            window.show_mode()
            window.unlocked(store)
            self.show_cases()

        operations.run_long(
            window.unlock_screen,
            self.tr("Opening the practice store..."),
            work,
            opened,
            language=services.language,
            discard=lambda store: store.lock(),  # locked meanwhile: the practice store stays shut
        )

    def leave(self) -> None:
        """After the window has locked the practice store: back to the real store's mode."""
        if self.active:
            self.services.mode = Mode.REAL
            self.window_.show_mode()

    def retranslate(self) -> None:
        window = self.window_
        window.cases_action.setText(self.tr("Cases"))
        window.quiz_action.setText(self.tr("Knowledge test"))
        window.reset_action.setText(self.tr("Reset practice..."))
        window.reset_action.setToolTip(self.tr("Delete every practice screening and test result"))
        if self.active:
            window.setWindowTitle(self.tr("Screener - TRAINING (practice data)"))
            window.list_action.setText(self.tr("Practice screenings"))
            if self.session_only:
                where = self.tr("nothing is kept after this session")
            else:
                where = self.tr("kept apart from real screenings")
            window.training_banner.setText(
                self.tr(
                    "TRAINING MODE - practice store (%1). Real screenings are locked and never shown here."
                ).replace("%1", where)
            )
            if window.store is not None:
                window.status.setText(self.tr("Practice store: %1").replace("%1", str(window.store.path)))

    # -- the trainer's actions ------------------------------------------------------------------

    def show_cases(self, case_id: str | None = None) -> None:
        """The cases, read again from the store (with `case_id` chosen, when one is given)."""
        if not self.active or self.services.store is None:
            return
        from screener.ui.cases import CasesScreen  # noqa: PLC0415 (built with the first training screen)

        screen = self.window_.show_training("cases")
        assert isinstance(screen, CasesScreen)
        screen.reload()
        if case_id is not None:
            screen.choose(case_id)

    def show_quiz(self) -> None:
        if not self.active or self.services.store is None:
            return
        from screener.ui.quiz import QuizScreen  # noqa: PLC0415

        screen = self.window_.show_training("quiz")
        assert isinstance(screen, QuizScreen)
        screen.reload()

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
            window,
            self.tr("Resetting the practice store..."),
            work,
            done,
            failed,
            language=window.language,
            discard=lambda fresh: fresh.lock(),
        )
