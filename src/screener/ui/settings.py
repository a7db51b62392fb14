"""Settings of this machine's app (language, bilingual view, font, auto-lock, interviewer) and the
store's safety actions: change the passphrase, back up, restore."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screener.core.instrument.model import ORGANISATION_KEY
from screener.core.regions import SETTING_KEY, UNKNOWN, region_name, sorted_regions
from screener.core.store import backup
from screener.core.store.errors import StoreError, WrongPassphrase
from screener.ui import dialogs, i18n, operations
from screener.ui.flow import button_rows, fit_to_screen
from screener.ui.preferences import FONT_SIZES, MAX_AUTOLOCK_MINUTES, MIN_AUTOLOCK_MINUTES
from screener.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.ui.services import Services

CAPTURE_PROTECTION = sys.platform == "win32"  # as window.CAPTURE_PROTECTION (not imported: a cycle)

BACKUP_SUFFIX = ".screener-backup"


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.services = services
        prefs = services.prefs

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
        self.autolock.setRange(MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES)  # it cannot be switched off
        self.autolock.setValue(prefs.autolock_minutes)
        self.interviewer = QLineEdit(prefs.interviewer, self)
        self.interviewer.setObjectName("interviewerName")
        self.interviewer.setMaxLength(128)
        self.capture = QCheckBox(self)  # Windows only; elsewhere it says there is no such protection
        self.capture.setObjectName("captureProtection")
        self.capture.setChecked(prefs.hide_from_capture and CAPTURE_PROTECTION)
        self.capture.setEnabled(CAPTURE_PROTECTION)
        self.capture_note = QLabel(self)  # what it does (Windows), or that there is none (elsewhere)
        self.capture_note.setObjectName("captureNote")
        self.capture_note.setWordWrap(True)

        self.preferences_box = QGroupBox(self)
        self.preferences_box.setObjectName("preferencesBox")
        self.store_box = QGroupBox(self)
        self.store_box.setObjectName("storeBox")
        self.store_note = QLabel(self)
        self.store_note.setObjectName("storeNote")
        self.store_note.setWordWrap(True)
        self.region = QComboBox(self)
        self.region.setObjectName("regionCombo")
        for region in sorted_regions(services.language):
            self.region.addItem("", region)
        store = services.store
        self.saved_region = (store.get_setting(SETTING_KEY) if store is not None else None) or UNKNOWN
        self.region.setCurrentIndex(max(self.region.findData(self.saved_region), 0))
        self.region_label = QLabel(self)
        self.region_label.setBuddy(self.region)
        # the organisation's name fills the introduction's placeholder (issue 16); kept in the store
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("organisationName")
        self.saved_organisation = str((store.get_setting(ORGANISATION_KEY) if store is not None else None) or "")
        self.organisation.setText(self.saved_organisation)
        self.organisation_label = QLabel(self)
        self.organisation_label.setBuddy(self.organisation)
        self.organisation_label.setWordWrap(True)
        self.rekey_button = QPushButton(self)
        self.rekey_button.setObjectName("changePassphraseButton")
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore)
        self.copies_button = QPushButton(self)  # copies under an old passphrase, at any time
        self.copies_button.setObjectName("oldCopiesButton")
        self.copies_button.clicked.connect(self.old_copies)
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
            caption = QLabel(self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow(self.capture)
        self.form.addRow(self.capture_note)
        store_buttons = button_rows(
            [self.rekey_button, self.backup_button, self.restore_button, self.copies_button], []
        )
        store_layout = QVBoxLayout(self.store_box)
        store_layout.addWidget(self.store_note)
        self.region_label.setWordWrap(True)  # a long caption over its box at a large font
        store_layout.addWidget(self.region_label)
        store_layout.addWidget(self.region)
        store_layout.addWidget(self.organisation_label)
        store_layout.addWidget(self.organisation)
        store_layout.addLayout(store_buttons)
        # the boxes scroll when a 24 pt font makes them taller than the screen; OK and Cancel stay
        self.content = QWidget(self)
        self.content.setObjectName("settingsContent")
        boxes = QVBoxLayout(self.content)
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.addWidget(self.preferences_box)
        boxes.addWidget(self.store_box)
        boxes.addStretch(1)
        self.area = QScrollArea(self)
        self.area.setObjectName("settingsArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows them
        self.area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.buttons)
        # locked: only what the unlock screen needs (language, font size); the rest needs the key
        unlocked = services.store is not None
        for private in (self.second_language, self.autolock, self.interviewer, self.capture):
            self.form.setRowVisible(private, unlocked)
        self.form.setRowVisible(self.capture, unlocked and CAPTURE_PROTECTION)
        self.form.setRowVisible(self.capture_note, unlocked)
        self.store_box.setVisible(unlocked)
        self.retranslate()
        self.update_store_buttons()
        fit_to_screen(self, self.content)

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
        self.autolock.setToolTip(
            self.tr("From %1 to %2 minutes: the app always locks by itself when nobody uses it")
            .replace("%1", str(MIN_AUTOLOCK_MINUTES))
            .replace("%2", str(MAX_AUTOLOCK_MINUTES))
        )
        self.capture.setText(self.tr("Hide from screen capture"))
        if CAPTURE_PROTECTION:
            note = self.tr("Leaves the app's windows out of screenshots, screen recording and screen sharing.")
        else:
            note = self.tr(
                "This system offers no way to keep the app's windows out of screenshots or screen "
                "sharing: end any screen sharing or remote session before a screening."
            )
        self.capture_note.setText(note)
        self.preferences_box.setTitle(self.tr("This computer"))
        self.store_box.setTitle(self.tr("Encrypted store"))
        self.rekey_button.setText(self.tr("Change passphrase..."))
        self.backup_button.setText(self.tr("Back up..."))
        self.restore_button.setText(self.tr("Restore..."))
        self.copies_button.setText(self.tr("Copies under an old passphrase..."))
        self.region_label.setText(self.tr("Region of this post (for exports and the printed directory):"))
        self.organisation_label.setText(self.tr("Name of your organisation (read aloud in the introduction):"))
        language = self.services.language
        chosen = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        for region in sorted_regions(language):  # by name, in the alphabet of the language
            self.region.addItem(region_name(region, language), region)
        self.region.setCurrentIndex(max(self.region.findData(chosen), 0))
        self.region.blockSignals(False)
        self.update_store_buttons()

    def update_store_buttons(self) -> None:
        unlocked = self.services.store is not None
        training = self.services.training  # the practice store is never backed up or restored
        for button in (self.rekey_button, self.backup_button, self.restore_button, self.copies_button):
            button.setEnabled(unlocked and not training)
        self.region.setEnabled(unlocked)
        self.organisation.setEnabled(unlocked)
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
        services = self.services
        prefs = services.prefs
        language = str(self.language.currentData())
        prefs.font_size = int(self.font_size.currentData())
        if services.store is not None:
            prefs.second_language = str(self.second_language.currentData() or "")
            prefs.autolock_minutes = self.autolock.value()
            prefs.interviewer = self.interviewer.text().strip()
            if CAPTURE_PROTECTION:
                prefs.hide_from_capture = self.capture.isChecked()
        changed = language != prefs.language
        prefs.save()
        if services.store is not None:
            services.store.interviewer = prefs.interviewer
            region = str(self.region.currentData())
            if region != self.saved_region:
                services.store.put_setting(SETTING_KEY, region)
            organisation = self.organisation.text().strip()
            if organisation != self.saved_organisation:
                services.store.put_setting(ORGANISATION_KEY, organisation or None)
        services.navigation.apply_preferences()  # font, capture protection, the auto-lock timer
        if changed:
            services.set_language(language)  # saves, retranslates every screen and refreshes
        services.navigation.refresh()
        super().accept()

    # -- store actions ---------------------------------------------------------------------

    def _run(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        operations.run_long(self, label, work, done, language=self.services.language)

    def change_passphrase(self) -> None:
        store = self.services.store
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

        def work() -> list[Path]:
            store.rekey(old, new)  # returns exactly when the new passphrase is in force
            return store.old_copies()

        self._run(self.tr("Changing the passphrase..."), work, lambda copies: self._rekeyed(title, old, copies))

    def _rekeyed(self, title: str, old: str, copies: list[Path]) -> None:
        changed = self.tr("The passphrase is changed. Use the new one from now on.")
        if not copies:
            dialogs.inform(self, title, changed)
            return
        self._offer_old_copies(title, copies, old, changed)

    def old_copies(self) -> None:
        """The copies kept beside the store that still open with an old passphrase, at any time."""
        store = self.services.store
        if store is None:
            return
        title = self.tr("Copies under an old passphrase")

        def found(copies: list[Path]) -> None:
            if copies:
                self._offer_old_copies(title, copies, None)
            else:
                dialogs.inform(self, title, self.tr("No copy under an old passphrase is kept beside the store."))

        self._run(self.tr("Looking for copies..."), store.old_copies, found)

    def _offer_old_copies(self, title: str, copies: list[Path], old: str | None, intro: str = "") -> None:
        """List the copies (migration copies, replaced stores, the file before a re-key), each
        ticked, with the choice to re-encrypt them with the store's passphrase or delete them."""
        store = self.services.store
        if store is None:
            return
        text = self.tr(
            "These copies the app kept beside the store do not open with the store's passphrase: "
            "anyone who knows the old passphrase can still read them. Re-encrypt them with the "
            "store's passphrase, or delete them."
        )
        reencrypt, delete = self.tr("Re-encrypt with the store's passphrase"), self.tr("Delete")
        answer = dialogs.choose_files(
            self,
            title,
            f"{intro}\n\n{text}" if intro else text,
            [str(copy) for copy in copies],
            actions=[reencrypt, delete],
            keep=self.tr("Keep them for now"),
        )
        if answer is None:  # kept, nothing ticked, or a lock came
            return
        action, ticked = answer
        chosen = [copies[i] for i in ticked]
        if action == 1:
            question = self.tr("Delete %1 copies? A deleted copy cannot be brought back.").replace(
                "%1", str(len(chosen))
            )
            if not dialogs.confirm(self, title, question):
                return
            self._run(
                self.tr("Deleting the copies..."),
                lambda: store.delete_copies(chosen),
                lambda _result: dialogs.inform(
                    self, title, self.tr("Copies deleted: %1.").replace("%1", str(len(chosen)))
                ),
            )
            return
        if old is None:
            old = dialogs.ask_text(self, title, self.tr("The copies' old passphrase:"), secret=True)
            if old is None:
                return
        key = old
        self._run(
            self.tr("Re-encrypting the copies..."),
            lambda: store.reencrypt_copies(chosen, key),
            lambda failed: self._reencrypted(title, chosen, failed),
        )

    def _reencrypted(self, title: str, chosen: list[Path], failed: dict[Path, StoreError]) -> None:
        text = self.tr("Copies re-encrypted with the store's passphrase: %1.").replace(
            "%1", str(len(chosen) - len(failed))
        )
        if not failed:
            dialogs.inform(self, title, text)
            return
        language = self.services.language
        other_key = self.tr("it does not open with the old passphrase given (it may be under an earlier one)")
        lines = [
            f"{copy.name}: {other_key if isinstance(exc, WrongPassphrase) else exc.render(language)}"
            for copy, exc in failed.items()
        ]
        left = self.tr("Not re-encrypted, left as they were:")
        dialogs.error(self, title, "\n".join([text, left, *lines]))

    def back_up(self) -> None:
        store = self.services.store
        if store is None:
            return
        title = self.tr("Back up")
        suggested = str(Path.home() / f"screener-{date.today().isoformat()}{BACKUP_SUFFIX}")
        name_filter = self.tr("Screener backups (*%1);;All files (*)").replace("%1", BACKUP_SUFFIX)
        chosen = dialogs.save_file(self, title, name_filter, suggested)
        if not chosen:
            return
        target = Path(chosen)
        if target.resolve() == self.services.store_path.resolve():
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
        services = self.services
        if services.store is None:
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
        source, store_path = Path(chosen), services.store_path
        services.navigation.lock()
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
