"""Cases: the list (reference code and latest state, never a name) and one case's timeline.

A case groups the records about one person (quick check, interview, re-screenings), its
referrals with each dated state and the competent authority's decision, as the store keeps
them (store/cases.py). From the timeline a worker refers, moves a referral on, records the
decision and starts a re-screening inside the case. The case's words are the core's
(messages.yaml, referrals.yaml); these screens only lay them out. Not the training cases
(ui/cases.py): those are the KATCH manual's stories for a workshop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener.core.case_view import organisation_name
from screener.core.dates import day as local_day
from screener.core.messages import message
from screener.core.referrals import NEXT
from screener.core.store.case_records import Case, CaseSummary, TimelineEntry
from screener.core.store.errors import StoreError
from screener.core.store.records import Kind, Status
from screener.ui import dialogs, i18n, operations
from screener.ui.flow import button_rows
from screener.ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QEvent,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.ui.services import Services

PAGE = 200


def record_name(case: Case | None, kind: str, screening_id: str) -> str:
    """A record's name in its case: the quick check, the interview, a re-screening (a full
    interview after another one of the same case)."""
    if kind == Kind.QUICK:
        return QCoreApplication.translate("CaseWords", "Quick check")
    if case is not None:
        place = case.place_of(screening_id) or 0
        if any(m.kind == Kind.FULL and m.place < place for m in case.members):
            return QCoreApplication.translate("CaseWords", "Re-screening")
    return QCoreApplication.translate("CaseWords", "Interview")


def state_words(entry: TimelineEntry, language: str) -> str:
    if entry.what == "referral":
        return message(f"referral.state.{entry.state}", language)
    if entry.what == "decision":
        return message(f"decision.{entry.state}", language)
    return ""


def status_name(status: str) -> str:
    return {
        Status.DRAFT: QCoreApplication.translate("CaseWords", "draft"),
        Status.FINALISED: QCoreApplication.translate("CaseWords", "finalised"),
        Status.AMENDED: QCoreApplication.translate("CaseWords", "amended"),
    }.get(Status(status), status)


def _table(parent: QWidget, name: str, headers: int) -> QTableWidget:
    table = QTableWidget(0, headers, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    return table


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    return button


class CaseListScreen(QWidget):
    """Every case of the open store with its latest state, the most recently changed first."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListScreen")
        self.services = services
        self.rows: list[CaseSummary] = []
        self.title = QLabel(self)
        self.title.setObjectName("caseListTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(64)
        self.search.textChanged.connect(self.reload)
        self.table = _table(self, "caseTable", 6)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self)
        self.empty.setObjectName("noCasesLabel")
        self.empty.setWordWrap(True)
        self.back_button = _button(self, "casesBackButton")
        self.back_button.clicked.connect(services.navigation.show_list)
        self.open_button = _button(self, "openCaseButton")
        self.open_button.clicked.connect(self.open_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(button_rows([self.back_button], [self.open_button]))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cases: the records, referrals and decision about one person, by case code"))
        self.search.setPlaceholderText(self.tr("Search by case code (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search by case code"))
        self.table.setAccessibleName(self.tr("Cases, the most recently changed first (Enter opens)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case code"),
                self.tr("Changed"),
                self.tr("Records"),
                self.tr("Latest"),
                self.tr("Referrals"),
                self.tr("Decision"),
            ]
        )
        self.empty.setText(
            self.tr("No cases yet. A case is opened from a result: Refer... or Case (the result screen).")
        )
        self.back_button.setText(self.tr("Back to screenings"))
        self.open_button.setText(self.tr("Open case"))
        self.redraw()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        store = self.services.store
        self.rows = [] if store is None else store.list_cases(limit=PAGE, code=self.search.text().strip() or None)
        self.redraw()

    def latest_words(self, summary: CaseSummary) -> str:
        entry = summary.latest
        if entry is None:
            return "-"
        language = self.services.language
        day = local_day(entry.day)
        if entry.what == "screening":
            kind = (
                QCoreApplication.translate("CaseWords", "Quick check")
                if entry.state == Kind.QUICK
                else QCoreApplication.translate("CaseWords", "Interview")
            )
            return f"{day}: {kind}"
        lists = self.services.catalog.referrals
        if entry.what == "referral":
            purpose = lists.text("purposes", entry.detail, language) if lists is not None else entry.detail
            return f"{day}: {purpose}, {state_words(entry, language)}"
        return f"{day}: {state_words(entry, language)}"

    def redraw(self) -> None:
        language = self.services.language
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            referrals = ", ".join(message(f"referral.state.{s}", language) for s in summary.referral_states)
            decision = summary.decision
            cells = (
                summary.code,
                i18n.local_time(summary.updated_at),
                str(summary.records),
                self.latest_words(summary),
                referrals or "-",
                message(f"decision.{decision.outcome.value}", language) if decision else "-",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)
        self.table.resizeRowsToContents()
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # again once the columns have their widths
        self.empty.setVisible(not self.rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def selected(self) -> CaseSummary | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.services.navigation.open_case(summary.id)

    def clear(self) -> None:
        """Nothing of a case stays on screen once locked."""
        self.rows = []
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.table.setRowCount(0)


class CaseFileScreen(QWidget):
    """One case's timeline: each record, each referral state with its day, the decision."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFileScreen")
        self.services = services
        self.case: Case | None = None
        self.entries: list[TimelineEntry] = []
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("caseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = _table(self, "timelineTable", 4)
        self.table.activated.connect(lambda _index: self.act_on_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.back_button = _button(self, "caseBackButton")
        self.back_button.clicked.connect(services.navigation.show_case_list)
        self.open_button = _button(self, "openRecordButton")
        self.open_button.clicked.connect(self.open_record)
        self.refer_button = _button(self, "referButton")
        self.refer_button.clicked.connect(self.refer)
        self.step_button = _button(self, "referralStepButton")
        self.step_button.clicked.connect(self.next_state)
        self.decision_button = _button(self, "decisionButton")
        self.decision_button.clicked.connect(self.record_decision)
        self.rescreen_button = _button(self, "rescreenButton")
        self.rescreen_button.clicked.connect(self.rescreen)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.act_on_selected)
        QShortcut(QKeySequence("Ctrl+R"), self, self.refer)
        QShortcut(QKeySequence("Ctrl+N"), self, self.rescreen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            button_rows(
                [self.back_button, self.open_button],
                [self.rescreen_button, self.refer_button, self.step_button, self.decision_button],
            )
        )
        self.retranslate()

    # -- what the window calls ------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        store = self.services.store
        if store is None:
            return
        try:
            self.case = store.get_case(case_id)
        except StoreError as exc:
            operations.report(self, exc, self.services.language)
            return
        self.redraw()
        self.table.setFocus()

    def clear(self) -> None:
        """Nothing of a case stays on screen once locked."""
        self.case = None
        self.entries = []
        self.table.setRowCount(0)
        self.title.clear()
        self.summary.clear()

    def refresh(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("The case's timeline, oldest first (Enter opens a record)"))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Record"), self.tr("State"), self.tr("Details")])
        self.back_button.setText(self.tr("Back to cases"))
        self.open_button.setText(self.tr("Open record"))
        self.refer_button.setText(self.tr("Refer... (Ctrl+R)"))
        self.step_button.setText(self.tr("Referral: next state..."))
        self.step_button.setToolTip(self.tr("Accepted or declined; then service delivered or not"))
        self.decision_button.setText(self.tr("Decision..."))
        self.decision_button.setToolTip(self.tr("The competent authority's decision, as it was given"))
        self.rescreen_button.setText(self.tr("New screening in this case (Ctrl+N)"))
        self.rescreen_button.setToolTip(
            self.tr("A re-screening: the earlier answers are shown beside each question, never copied")
        )
        if self.case is not None:
            self.redraw()

    # -- drawing ---------------------------------------------------------------------------

    def redraw(self) -> None:
        case = self.case
        if case is None:
            return
        language = self.services.language
        self.title.setText(self.tr("Case %1").replace("%1", case.code))
        decision = case.decision
        decided = (
            self.tr("Decision: %1 (%2, %3)")
            .replace("%1", message(f"decision.{decision.outcome.value}", language))
            .replace("%2", self._list_text("deciders", decision.decided_by))
            .replace("%3", local_day(decision.decided_on))
            if decision is not None
            else self.tr("Decision: none recorded yet")
        )
        records = self.tr("Records: %1. Referrals: %2.").replace("%1", str(len(case.members)))
        self.summary.setText(records.replace("%2", str(len(case.referrals))) + " " + decided)
        self.entries = list(case.timeline())
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (local_day(entry.day), *self._entry_cells(case, entry))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # again once the columns have their widths
        if self.entries:
            self.table.selectRow(len(self.entries) - 1)  # the latest: what happens next follows it
        can_move = any(NEXT[r.state] for r in case.referrals)
        self.step_button.setEnabled(can_move)
        lists = self.services.catalog.referrals is not None
        for button in (self.refer_button, self.step_button, self.decision_button):
            button.setVisible(lists)
        self._selection_changed()

    def _list_text(self, name: str, choice_id: str | None) -> str:
        lists = self.services.catalog.referrals
        if choice_id is None:
            return "-"
        return lists.text(name, choice_id, self.services.language) if lists is not None else choice_id

    def _entry_cells(self, case: Case, entry: TimelineEntry) -> tuple[str, str, str]:
        language = self.services.language
        if entry.what == "screening":
            member = next(m for m in case.members if m.screening_id == entry.ref)
            name = record_name(case, member.kind, member.screening_id)
            state = status_name(member.status)
            if member.kind == Kind.FULL and member.score_max:
                state += ", " + self.tr("score %1").replace("%1", f"{member.score_total}/{member.score_max}")
            setting = message(f"setting.{member.setting}", language, default=member.setting)
            return name, state, setting
        if entry.what == "referral":
            referral = next(r for r in case.referrals if r.id == entry.ref)
            name = self.tr("Referral: %1").replace("%1", self._list_text("purposes", referral.purpose))
            step = next((s for s in referral.steps if s.state.value == entry.state and s.at == entry.at), None)
            details = [organisation_name(self.services.catalog.directory, referral, language)]
            if entry.state == "sent":
                details.append(self._list_text("channels", referral.channel))
                if referral.consent:
                    details.append(self.tr("with the person's consent"))
                else:
                    reason = self._list_text("no_consent_reasons", referral.no_consent_reason)
                    details.append(self.tr("without consent: %1").replace("%1", reason))
            elif step is not None and step.reason:
                lists = {"declined": "decline_reasons", "not_delivered": "not_delivered_reasons"}
                details.append(self.tr("reason: %1").replace("%1", self._list_text(lists[entry.state], step.reason)))
            return name, state_words(entry, language), "; ".join(details)
        by = self.tr("decided by: %1").replace("%1", self._list_text("deciders", entry.detail))
        return self.tr("Decision"), state_words(entry, language), by

    def selected(self) -> TimelineEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None and entry.what == "screening")

    # -- actions ---------------------------------------------------------------------------

    def act_on_selected(self) -> None:
        """Enter: a record opens; on a referral that can still move, its next state is asked."""
        entry = self.selected()
        if entry is None:
            return
        if entry.what == "screening":
            self.open_record()
        elif entry.what == "referral":
            self.next_state()

    def open_record(self) -> None:
        entry = self.selected()
        if entry is not None and entry.what == "screening":
            self.services.navigation.open_screening(entry.ref)

    def _latest_record(self) -> str | None:
        """The record a referral from the timeline is made from: the latest finalised one."""
        if self.case is None:
            return None
        final = [m for m in self.case.members if m.status != Status.DRAFT]
        return final[-1].screening_id if final else None

    def refer(self) -> None:
        if self.case is None or self.services.catalog.referrals is None:
            return
        from screener.ui.referral_dialog import ReferDialog  # noqa: PLC0415

        if dialogs.run_modal(ReferDialog(self.services, self.case.id, self._latest_record(), self)):
            self.refresh()

    def next_state(self) -> None:
        case = self.case
        if case is None or self.services.catalog.referrals is None:
            return
        if not any(NEXT[r.state] for r in case.referrals):
            return
        from screener.ui.referral_dialog import ReferralStepDialog  # noqa: PLC0415

        entry = self.selected()
        chosen = entry.ref if entry is not None and entry.what == "referral" else None
        if dialogs.run_modal(ReferralStepDialog(self.services, list(case.referrals), chosen, self)):
            self.refresh()

    def record_decision(self) -> None:
        if self.case is None or self.services.catalog.referrals is None:
            return
        from screener.ui.referral_dialog import DecisionDialog  # noqa: PLC0415

        if dialogs.run_modal(DecisionDialog(self.services, self.case.id, self)):
            self.refresh()

    def rescreen(self) -> None:
        """A new screening in this case: its own record, the earlier answers shown beside it."""
        case = self.case
        if case is None or self.services.store is None:
            return
        from screener.ui.screenings import NewScreeningDialog  # noqa: PLC0415

        dialog = NewScreeningDialog(self.services, self, case_code=case.code)
        if not dialogs.run_modal(dialog):
            return
        values = dialog.values()
        self.services.prefs.interviewer = values["interviewer"]
        self.services.prefs.save()
        case_id = case.id
        operations.run(
            self,
            self.services,
            lambda store: store.create_screening(
                values["setting"],
                values["language"],
                case_code=case.code,
                interviewer=values["interviewer"],
                case_id=case_id,
            ),
            self.services.navigation.open_screening,
        )
