"""Unlock or create the store; choose the language; restore a backup when the file is damaged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener.core.store.errors import DamagedStore, NotAStore, StoreError, WrongPassphrase
from screener.core.store.passphrase import weakness
from screener.core.store.unlock_guard import MAX_DELAY, UnlockGuard
from screener.ui import dialogs, i18n, operations
from screener.ui.qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QEvent,
    QFont,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimer,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.core.store.store import Store
    from screener.ui.services import Services


class UnlockScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.services = services
        self.title = QLabel(self)
        self.title.setObjectName("unlockTitle")
        self.title.setStyleSheet("qproperty-alignment: AlignCenter;")  # Qt's enums wait for the first frame
        font = QFont(QApplication.font())  # the app's size: the label's own is not resolved yet
        font.setPointSizeF(font.pointSizeF() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.explain = QLabel(self)
        self.explain.setObjectName("unlockExplain")
        self.explain.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.native_name(code), code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.submit)
        self.passphrase.textChanged.connect(self._update_hint)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmEdit")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.returnPressed.connect(self.submit)
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        # a wait after wrong passphrases: why, and how long still (counting down)
        self.wait = QLabel(self)
        self.wait.setObjectName("unlockWait")
        self.wait.setWordWrap(True)
        self.wait_timer = QTimer(self)
        self.wait_timer.setObjectName("unlockWaitTimer")
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._count_down)
        self._guard: UnlockGuard | None = None
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("unlockButton")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore)
        # training mode: a practice store of its own; the real store stays locked
        self.training_button = QPushButton(self)
        self.training_button.setObjectName("trainingButton")
        self.training_button.clicked.connect(self.start_training)
        self.session_only = QCheckBox(self)
        self.session_only.setObjectName("trainingSessionCheck")

        form = QFormLayout()
        self.language_label = QLabel(self)
        self.passphrase_label = QLabel(self)
        self.confirm_label = QLabel(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        training = QHBoxLayout()
        training.addWidget(self.training_button)
        training.addWidget(self.session_only)
        training.addStretch(1)
        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.explain)
        box.addLayout(form)
        box.addWidget(self.hint)
        box.addWidget(self.wait)
        box.addWidget(self.error)
        box.addLayout(buttons)
        box.addSpacing(24)
        box.addLayout(training)
        box.addStretch(2)
        # in a scroll area: at 24 pt on a 768 px screen the form may be taller than the window
        page = QWidget(self)
        page.setObjectName("unlockPage")
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        outer.addLayout(box, 3)
        outer.addStretch(1)
        area = QScrollArea(self)
        area.setObjectName("unlockArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        self.area = area
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(area)
        self.retranslate()

    @property
    def creating(self) -> bool:
        return not self.services.store_path.exists()

    def reset(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.error.clear()
        index = self.language.findData(self.services.language)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self.retranslate()
        self.passphrase.setFocus()
        self.check_wait()

    # -- the wait after wrong passphrases ---------------------------------------------------

    def check_wait(self) -> None:
        """Read the record of wrong passphrases; when a wait applies, show it counting down."""
        self._guard = None if self.creating else UnlockGuard.for_store(self.services.store_path)
        self._count_down()

    def wait_left(self) -> float:
        return self._guard.wait_left() if self._guard is not None else 0.0

    def _count_down(self) -> None:
        left = self.wait_left()
        self.submit_button.setEnabled(left <= 0)
        if left <= 0:
            self.wait_timer.stop()
            self.wait.clear()
            self.wait.hide()
            return
        if not self.wait_timer.isActive():
            self.wait_timer.start()
        self.wait.setText(self._wait_text(int(left + 0.999)))
        self.wait.show()

    def _wait_text(self, seconds: int) -> str:
        assert self._guard is not None
        kind, count = self._guard.reason()
        if kind == "damaged":
            text = self.tr(
                "The record of wrong passphrases beside the store was deleted or damaged, so the "
                "longest wait applies. You can try again in %1 s. This is noted in the store's audit trail."
            )
            return text.replace("%1", str(seconds))
        text = self.tr(
            "The passphrase was wrong %1 times in a row. To slow down guessing, each new mistake "
            "doubles the wait (at most %2 s). You can try again in %3 s."
        )
        return text.replace("%1", str(count)).replace("%2", str(int(MAX_DELAY))).replace("%3", str(seconds))

    def _language_chosen(self) -> None:
        self.services.set_language(str(self.language.currentData()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        creating = self.creating
        # the chooser shows the language in use, also when it was changed in Settings
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(self.services.language), 0))
        self.language.blockSignals(False)
        self.title.setText(self.tr("Screener"))
        if creating:
            self.explain.setText(
                self.tr(
                    "Welcome. Screenings are kept only on this computer, in a file encrypted with a "
                    "passphrase you choose now. Without it nobody, including you, can read them: "
                    "write it down and keep it somewhere safe."
                )
            )
            self.submit_button.setText(self.tr("Create the store"))
        else:
            self.explain.setText(self.tr("Enter the passphrase to unlock the screenings on this computer."))
            self.submit_button.setText(self.tr("Unlock"))
        self.language_label.setText(self.tr("Language"))
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("Repeat the passphrase"))
        self.confirm.setVisible(creating)
        self.confirm_label.setVisible(creating)
        self.hint.setVisible(creating)
        self.restore_button.setText(self.tr("Restore a backup..."))
        self.training_button.setText(self.tr("Training"))
        self.training_button.setToolTip(
            self.tr("Practise with the manual's cases in a separate practice store; real screenings stay locked")
        )
        self.session_only.setText(self.tr("Keep nothing after this session"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.language.setAccessibleName(self.tr("Language"))
        if self._guard is not None:
            self._count_down()  # the wait's reason in the new language
        self.area.setAccessibleName(self.title.text())  # the form's own title (it scrolls at 24 pt)
        self._update_hint()

    def _update_hint(self) -> None:
        if not self.creating:
            return
        problem = weakness(self.passphrase.text())  # why it is weak, and how to make it strong
        self.hint.setText(self.tr("Strong enough.") if problem is None else problem.render(self.services.language))

    def submit(self) -> None:
        if self.wait_left() > 0:  # Return pressed while the wait is shown
            return
        passphrase = self.passphrase.text()
        services = self.services
        self.error.clear()
        if self.creating:
            if passphrase != self.confirm.text():
                self.error.setText(self.tr("The two passphrases are not the same."))
                return

            def work() -> Store:
                from screener.core.store.store import Store  # noqa: PLC0415 (SQLAlchemy: off the start-up path)

                return Store.create(services.store_path, passphrase, services.catalog)

            label = self.tr("Creating the encrypted store...")
        else:

            def work() -> Store:
                from screener.core.store import practice  # noqa: PLC0415
                from screener.core.store.store import Store  # noqa: PLC0415 (SQLAlchemy: off the start-up path)

                # a practice store copied over the real one is refused: practice records stay apart
                return practice.refuse_practice(Store.open(services.store_path, passphrase, services.catalog))

            label = self.tr("Unlocking...")
        self.submit_button.setEnabled(False)
        operations.run_long(
            self, label, work, self._done, self._failed, language=services.language, discard=self._discarded
        )

    def _discarded(self, store: Store) -> None:
        """Locked while unlocking: the store just opened is closed again, unseen."""
        store.lock()
        self.submit_button.setEnabled(True)

    def _done(self, store: Store) -> None:
        self.submit_button.setEnabled(True)
        self.passphrase.clear()
        self.confirm.clear()
        self.services.navigation.unlocked(store)

    def _failed(self, exc: Exception) -> None:
        self.submit_button.setEnabled(True)
        if not isinstance(exc, StoreError):
            raise exc
        self.check_wait()  # a wrong passphrase may start a wait
        self.error.setText(exc.render(self.services.language))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, (DamagedStore, NotAStore)) and dialogs.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr("The store cannot be opened. Restore it from a backup now?"),
        ):
            self.restore()
        elif isinstance(exc, WrongPassphrase):
            self.passphrase.clear()

    def start_training(self) -> None:
        self.error.clear()
        self.passphrase.clear()
        self.services.navigation.start_training(self.session_only.isChecked())

    def restore(self) -> None:
        services = self.services
        path = dialogs.open_file(
            self, self.tr("Choose a backup"), self.tr("Screener backups (*.db *.bak);;All files (*)")
        )
        if not path:
            return
        secret = dialogs.ask_text(self, self.tr("Restore a backup"), self.tr("The backup's passphrase:"), secret=True)
        if not secret:
            return
        question = self.tr(
            "The store on this computer will be replaced by the backup. The replaced file is kept "
            "beside it (ending in .bak). Continue?"
        )
        if services.store_path.exists() and not dialogs.confirm(self, self.tr("Restore a backup"), question):
            return
        from pathlib import Path  # noqa: PLC0415

        def work() -> object:
            from screener.core.store import backup  # noqa: PLC0415 (SQLAlchemy: off the start-up path)

            return backup.restore(Path(path), secret, services.store_path)

        def done(_kept: object) -> None:
            dialogs.inform(
                self,
                self.tr("Restore a backup"),
                self.tr("The backup was restored. Unlock it with the backup's passphrase."),
            )
            self.reset()

        operations.run_long(self, self.tr("Restoring..."), work, done, self._failed, language=services.language)
