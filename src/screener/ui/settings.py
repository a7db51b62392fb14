"""Settings of this machine's app (language, bilingual view, font, auto-lock, interviewer) and the
store's safety actions: change the passphrase, back up, restore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screener.core.messages import message
from screener.core.regions import REGIONS, SETTING_KEY, UNKNOWN
from screener.core.store import backup
from screener.ui import dialogs, i18n, operations
from screener.ui.flow import button_rows
from screener.ui.preferences import FONT_SIZES
from screener.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from screener.ui.window import MainWindow

MAX_AUTOLOCK_MINUTES = 120
BACKUP_SUFFIX = ".screener-backup"


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("settingsDialog")
        self.window_ = window
        prefs = window.prefs

        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.native_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self.second_language = QComboBox(self)
        self.second_language.setObjectName("secondLanguage")
        self.second_language.addItem("", "")
        for code in i18n.LANGUAGES:
            self.second_language.addItem(i18n.native_name(code), code)
        self.second_language.setCurrentIndex(max(self.second_language.findData(prefs.second_language), 0))
        self.font_size = QComboBox(self)
        self.font_size.setObjectName("fontSize")
        sizes = sorted({*FONT_SIZES, prefs.font_size})  # keep a size set outside the list
        for size in sizes:
            self.font_size.addItem(str(size), size)
        self.font_size.setCurrentIndex(max(self.font_size.findData(prefs.font_size), 0))
        self.autolock = QSpinBox(self)
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(0, MAX_AUTOLOCK_MINUTES)
        self.autolock.setValue(prefs.autolock_minutes)
        self.interviewer = QLineEdit(prefs.interviewer, self)
        self.interviewer.setObjectName("interviewerName")
        self.interviewer.setMaxLength(128)

        self.preferences_box = QGroupBox(self)
        self.preferences_box.setObjectName("preferencesBox")
        self.store_box = QGroupBox(self)
        self.store_box.setObjectName("storeBox")
        self.store_note = QLabel(self)
        self.store_note.setObjectName("storeNote")
        self.store_note.setWordWrap(True)
        self.region = QComboBox(self)
        self.region.setObjectName("regionCombo")
        for region in (UNKNOWN, *REGIONS):
            self.region.addItem("", region)
        store = window.store
        self.saved_region = (store.get_setting(SETTING_KEY) if store is not None else None) or UNKNOWN
        self.region.setCurrentIndex(max(self.region.findData(self.saved_region), 0))
        self.region_label = QLabel(self)
        self.region_label.setBuddy(self.region)
        self.rekey_button = QPushButton(self)
        self.rekey_button.setObjectName("changePassphraseButton")
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("settingsButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("settingsOkButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settingsCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout(self.preferences_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts, long captions
        for field in (self.language, self.second_language, self.font_size, self.autolock, self.interviewer):
            self.form.addRow(QLabel(self), field)
        store_buttons = button_rows([self.rekey_button, self.backup_button, self.restore_button], [])
        store_layout = QVBoxLayout(self.store_box)
        store_layout.addWidget(self.store_note)
        self.region_label.setWordWrap(True)  # a long caption over its box at a large font
        store_layout.addWidget(self.region_label)
        store_layout.addWidget(self.region)
        store_layout.addLayout(store_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preferences_box)
        layout.addWidget(self.store_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.update_store_buttons()

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        captions = (
            self.tr("Language of the app:"),
            self.tr("Second language under each question:"),
            self.tr("Font size:"),
            self.tr("Lock after minutes without use:"),
            self.tr("Interviewer (your name or number):"),
        )
        for row, caption in enumerate(captions):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(caption)
        self.second_language.setItemText(0, self.tr("None"))
        for index in range(self.font_size.count()):
            size = str(self.font_size.itemData(index))
            self.font_size.setItemText(index, self.tr("%1 pt").replace("%1", size))
        self.autolock.setSpecialValueText(self.tr("Never"))
        self.autolock.setToolTip(self.tr("0 = never lock by itself"))
        self.preferences_box.setTitle(self.tr("This computer"))
        self.store_box.setTitle(self.tr("Encrypted store"))
        self.rekey_button.setText(self.tr("Change passphrase..."))
        self.backup_button.setText(self.tr("Back up..."))
        self.restore_button.setText(self.tr("Restore..."))
        self.region_label.setText(self.tr("Region of this post (for exports and the printed directory):"))
        language = self.window_.language
        for index in range(self.region.count()):
            self.region.setItemText(index, message(f"region.{self.region.itemData(index)}", language))
        self.update_store_buttons()

    def update_store_buttons(self) -> None:
        unlocked = self.window_.store is not None
        training = self.window_.training.active  # the practice store is never backed up or restored
        for button in (self.rekey_button, self.backup_button, self.restore_button):
            button.setEnabled(unlocked and not training)
        self.region.setEnabled(unlocked)
        if training:
            self.store_note.setText(
                self.tr("Training mode: the practice store cannot be backed up, restored or re-keyed.")
            )
        elif unlocked:
            self.store_note.setText(
                self.tr("A backup is encrypted with the store's passphrase; keep it on a drive you control.")
            )
        else:
            self.store_note.setText(self.tr("Unlock the store to change its passphrase, back it up or restore it."))

    # -- OK --------------------------------------------------------------------------------

    def accept(self) -> None:
        window = self.window_
        prefs = window.prefs
        language = str(self.language.currentData())
        prefs.second_language = str(self.second_language.currentData() or "")
        prefs.font_size = int(self.font_size.currentData())
        prefs.autolock_minutes = self.autolock.value()
        prefs.interviewer = self.interviewer.text().strip()
        changed = language != prefs.language
        prefs.save()
        if window.store is not None:
            window.store.interviewer = prefs.interviewer
            region = str(self.region.currentData())
            if region != self.saved_region:
                window.store.put_setting(SETTING_KEY, region)
        window.apply_font()
        if changed:
            window.set_language(language)  # saves and retranslates every screen
        # restart_idle_timer leaves a running timer alone when auto-lock is now "never"
        window.idle.stop()
        window.restart_idle_timer()
        window.refresh()
        super().accept()

    # -- store actions ---------------------------------------------------------------------

    def _run(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        operations.run_long(self, label, work, done, language=self.window_.language)

    def change_passphrase(self) -> None:
        store = self.window_.store
        if store is None:
            return
        title = self.tr("Change passphrase")
        old = dialogs.ask_text(self, title, self.tr("Current passphrase:"), secret=True)
        if old is None:
            return
        new = dialogs.ask_text(self, title, self.tr("New passphrase:"), secret=True)
        if new is None:
            return
        again = dialogs.ask_text(self, title, self.tr("New passphrase again:"), secret=True)
        if again is None:
            return
        if new != again:
            dialogs.error(self, title, self.tr("The two new passphrases differ. Nothing was changed."))
            return
        self._run(
            self.tr("Changing the passphrase..."),
            lambda: store.rekey(old, new),
            lambda _result: dialogs.inform(
                self, title, self.tr("The passphrase is changed. Use the new one from now on.")
            ),
        )

    def back_up(self) -> None:
        store = self.window_.store
        if store is None:
            return
        title = self.tr("Back up")
        suggested = str(Path.home() / f"screener-{date.today().isoformat()}{BACKUP_SUFFIX}")
        name_filter = self.tr("Screener backups (*%1);;All files (*)").replace("%1", BACKUP_SUFFIX)
        chosen = dialogs.save_file(self, title, name_filter, suggested)
        if not chosen:
            return
        target = Path(chosen)
        if target.resolve() == self.window_.store_path.resolve():
            dialogs.error(self, title, self.tr("Choose another file: this is the store itself."))
            return
        self._run(
            self.tr("Writing the backup..."),
            lambda: store.backup(target),
            lambda _result: dialogs.inform(
                self,
                title,
                self.tr("The backup is written to %1. It opens with the store's passphrase.").replace(
                    "%1", str(target)
                ),
            ),
        )

    def restore(self) -> None:
        window = self.window_
        if window.store is None:
            return
        title = self.tr("Restore")
        name_filter = self.tr("Screener backups (*%1);;All files (*)").replace("%1", BACKUP_SUFFIX)
        chosen = dialogs.open_file(self, title, name_filter)
        if not chosen:
            return
        passphrase = dialogs.ask_text(self, title, self.tr("Passphrase of the backup:"), secret=True)
        if passphrase is None:
            return
        question = self.tr(
            "The store on this computer will be replaced by the backup. The current store is kept "
            "beside it as a .bak file. The app locks now. Continue?"
        )
        if not dialogs.confirm(self, title, question):
            return
        source, store_path = Path(chosen), window.store_path
        window.lock()
        self.update_store_buttons()
        self._run(
            self.tr("Restoring the backup..."),
            lambda: backup.restore(source, passphrase, store_path),
            lambda kept: self._restored(title, kept),
        )

    def _restored(self, title: str, kept: Path | None) -> None:
        text = self.tr("The backup is restored. Unlock with the backup's passphrase.")
        if kept is not None:
            text += " " + self.tr("The replaced store is kept at %1.").replace("%1", str(kept))
        dialogs.inform(self, title, text)
