"""The screenings list: newest first, search by case code, filters, new, open, delete a draft."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core.export.writer import format_of, write_export
from screener.core.instrument.model import SETTINGS
from screener.core.messages import message
from screener.core.store.records import STATUSES, Kind, ScreeningSummary, Status
from screener.core.text import code_key
from screener.ui import dialogs, i18n, operations
from screener.ui.flow import button_rows, fit_to_screen
from screener.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.ui.services import Services

PAGE = 200


REUSE_SEARCH_LIMIT = 1000  # codes sharing a first letter looked at for a reused case code


class ScreeningsScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningsScreen")
        self.services = services
        self.rows: list[ScreeningSummary] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.setting_filter = QComboBox(self)
        self.setting_filter.setObjectName("settingFilter")
        self.setting_filter.currentIndexChanged.connect(self.reload)
        for combo in (self.status_filter, self.setting_filter):  # may shrink (a large font, a narrow screen)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("screeningsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # columns as wide as what they hold (a long setting name is not cut off), the last takes the rest
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter or a double click
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_screening)
        self.quick_button = QPushButton(self)
        self.quick_button.setObjectName("quickButton")
        self.quick_button.clicked.connect(services.navigation.show_quick_check)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.case_list_button = QPushButton(self)
        self.case_list_button.setObjectName("caseListButton")
        self.case_list_button.clicked.connect(services.navigation.show_case_list)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_all)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyLabel")
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_screening)
        QShortcut(QKeySequence("Ctrl+K"), self, services.navigation.show_quick_check)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+J"), self, services.navigation.show_case_list)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.setting_filter, 1)
        buttons = button_rows(
            [self.quick_button, self.new_button, self.open_button],
            [self.case_list_button, self.export_button, self.delete_button],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self.services.language
        self.search.setPlaceholderText(self.tr("Search by case code (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search by case code"))
        self.table.setAccessibleName(self.tr("Screenings, newest first (Enter opens)"))
        for combo, values, everything in (
            (self.status_filter, STATUSES, self.tr("All statuses")),
            (self.setting_filter, SETTINGS, self.tr("All settings")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                label = (
                    self.status_name(value) if combo is self.status_filter else message(f"setting.{value}", language)
                )
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.setting_filter.setAccessibleName(self.tr("Setting"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case code"),
                self.tr("Updated"),
                self.tr("Setting"),
                self.tr("Status"),
                self.tr("Score"),
                self.tr("Interviewer"),
            ]
        )
        self.new_button.setText(self.tr("New screening (Ctrl+N)"))
        self.quick_button.setText(self.tr("Quick check (Ctrl+K)"))
        self.quick_button.setToolTip(self.tr("Indicators first; the full interview only when signs appear"))
        self.open_button.setText(self.tr("Open"))
        self.case_list_button.setText(self.tr("Cases (Ctrl+J)"))
        self.case_list_button.setToolTip(self.tr("Each person's records, referrals and decision, by case code"))
        self.delete_button.setText(self.tr("Delete draft"))
        self.export_button.setText(self.tr("Export..."))
        self.export_button.setToolTip(
            self.tr("Finalised screenings as a de-identified file: no case codes, names or notes")
        )
        self.empty.setText(self.tr("No screenings yet. Start one with New screening."))
        self.redraw()

    def status_name(self, status: str) -> str:
        return {
            Status.DRAFT: self.tr("draft"),
            Status.FINALISED: self.tr("finalised"),
            Status.AMENDED: self.tr("amended"),
        }[Status(status)]

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.export_button.setVisible(not self.services.training)  # practice data never leaves
        store = self.services.store
        if store is None:
            self.rows = []
        else:
            self.rows = store.list_screenings(
                limit=PAGE,
                case_code=self.search.text().strip() or None,
                status=self.status_filter.currentData(),
                setting=self.setting_filter.currentData(),
            )
        self.redraw()

    def redraw(self) -> None:
        language = self.services.language
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            cells = (
                summary.case_code or "-",
                i18n.local_time(summary.updated_at),
                message(f"setting.{summary.setting}", language),
                self.status_name(summary.status),
                self.kind_cell(summary),
                summary.interviewer,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)
        self.empty.setVisible(not self.rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        """Delete is offered for a draft only (a finalised record is never deleted)."""
        summary = self.selected()
        self.open_button.setEnabled(summary is not None)
        self.delete_button.setEnabled(summary is not None and summary.status == Status.DRAFT)

    def kind_cell(self, summary: ScreeningSummary) -> str:
        if summary.kind == Kind.QUICK:
            return self.tr("quick check")
        if not summary.score_max:  # nothing that scores is known yet (a new draft): not "0/0"
            return "-"
        score = f"{summary.score_total}/{summary.score_max}"
        return self.tr("%1, after a quick check").replace("%1", score) if summary.quick_id else score

    def clear(self) -> None:
        self.rows = []
        self.search.clear()
        self.table.setRowCount(0)

    def selected(self) -> ScreeningSummary | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.services.navigation.open_screening(summary.id)

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None or self.services.store is None:
            return
        if summary.status != Status.DRAFT:
            dialogs.error(self, self.tr("Delete"), self.tr("Only drafts can be deleted; a finalised screening stays."))
            return
        question = self.tr("Delete the draft %1? This cannot be undone.").replace("%1", summary.case_code or "-")
        if dialogs.confirm(self, self.tr("Delete"), question):
            operations.run(self, self.services, lambda store: store.delete_draft(summary.id), lambda _: self.reload())

    def export_all(self) -> None:
        """Every finalised screening, de-identified, to a CSV (Excel) or JSON Lines file."""
        store = self.services.store
        if store is None:
            return
        title = self.tr("Export")
        suggested = str(Path.home() / f"screener-export-{date.today().isoformat()}.csv")
        name_filter = self.tr("CSV for Excel (*.csv);;JSON Lines (*.jsonl)")
        chosen = dialogs.save_file(self, title, name_filter, suggested)
        if not chosen:
            return
        target = Path(chosen)

        def done(count: int) -> None:
            text = self.tr("%1 finalised screening(s) exported to %2, without case codes, names or notes.")
            dialogs.inform(self, title, text.replace("%1", str(count)).replace("%2", str(target)))

        operations.run_long(
            self,
            self.tr("Writing the de-identified export..."),
            lambda step: write_export(store, target, format_of(target), step),
            done,
            language=self.services.language,
            counted=True,
        )

    def new_screening(self) -> None:
        if self.services.store is None:
            return
        dialog = NewScreeningDialog(self.services, self)
        if not dialogs.run_modal(dialog):
            return
        values = dialog.values()
        values["case_code"] = self._case_code(values["case_code"])
        self.services.prefs.interviewer = values["interviewer"]
        self.services.prefs.quick_setting = values["setting"]  # the post's setting: the next starts there
        self.services.prefs.save()
        operations.run(
            self,
            self.services,
            lambda store: store.create_screening(
                values["setting"], values["language"], case_code=values["case_code"], interviewer=values["interviewer"]
            ),
            self.services.navigation.open_screening,
        )

    def _case_code(self, typed: str) -> str:
        """A code that differs from one in the store only in capitals or spaces ("kl-015" after
        "KL-015") is most likely the same case mistyped: offer the existing spelling."""
        store = self.services.store
        if store is None or not typed:
            return typed
        key = code_key(typed)
        first = key[0]
        known: set[str] = set()
        for prefix in {first, first.upper()}:
            for summary in store.list_screenings(case_code=prefix, limit=REUSE_SEARCH_LIMIT):
                if summary.case_code and code_key(summary.case_code) == key and summary.case_code != typed:
                    known.add(summary.case_code)
        if not known:
            return typed
        existing = sorted(known)[0]
        question = (
            self.tr(
                'The case code "%1" differs from the existing "%2" only in capitals or spaces. '
                'Is it the same case? Yes: use "%2". No: keep "%1" as a new case.'
            )
            .replace("%1", typed)
            .replace("%2", existing)
        )
        return existing if dialogs.confirm(self, self.tr("Case code"), question) else typed


class NewScreeningDialog(QDialog):
    """`case_code` given: a re-screening inside that case (its code shown, not to be changed)."""

    def __init__(self, services: Services, parent: QWidget | None = None, case_code: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newScreeningDialog")
        language = services.language
        self.setting = QComboBox(self)
        self.setting.setObjectName("settingCombo")
        i18n.fill_settings(self.setting, language)
        # the post's setting (the last one used here), not always "border"
        self.setting.setCurrentIndex(max(self.setting.findData(services.prefs.quick_setting), 0))
        self.language = QComboBox(self)
        self.language.setObjectName("interviewLanguageCombo")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.native_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.case_code = QLineEdit(self)
        self.case_code.setObjectName("caseCodeEdit")
        self.case_code.setMaxLength(64)
        if case_code is not None:
            self.case_code.setText(case_code)
            self.case_code.setReadOnly(True)
        self.interviewer = QLineEdit(services.prefs.interviewer, self)
        self.interviewer.setObjectName("interviewerEdit")
        self.interviewer.setMaxLength(128)
        note = QLabel(self.tr("No name of the person screened is needed: a case code is enough."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("newScreeningButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Setting"), self.setting)
        form.addRow(self.tr("Interview language"), self.language)
        form.addRow(self.tr("Case code"), self.case_code)
        form.addRow(self.tr("Interviewer"), self.interviewer)
        form.addRow(note)
        form.addRow(buttons)
        if case_code is None:
            self.setWindowTitle(self.tr("New screening"))
        else:
            self.setWindowTitle(self.tr("Re-screening in case %1").replace("%1", case_code))
        self.setting.setFocus()
        fit_to_screen(self)

    def values(self) -> dict[str, str]:
        return {
            "setting": str(self.setting.currentData()),
            "language": str(self.language.currentData()),
            "case_code": self.case_code.text().strip(),
            "interviewer": self.interviewer.text().strip(),
        }
