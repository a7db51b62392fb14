"""The result of a screening: section scores with their reasons, the items at 2 or more, the
interviewer's judgement, the indicators found, and the recommended next steps to tick off and
annotate.

Everything shown is computed by the core from the stored record; this screen only renders it.
Instrument texts (form, indicator lists, next-step rules) are in the screening's own language;
the screen's own words are in the UI language.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from screener.core.messages import message
from screener.core.outcome import Outcome, ReasonsOnce, StepRow, outcome_of, reasons_once
from screener.core.store.errors import StoreError
from screener.core.store.records import FINAL, Kind, Screening, Status
from screener.ui import dialogs, i18n, operations
from screener.ui.flow import button_rows
from screener.ui.qt import (
    QApplication,
    QCheckBox,
    QCoreApplication,
    QEvent,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from screener.ui.result_sheet import SheetActions

if TYPE_CHECKING:
    from screener.core.store.store import Store
    from screener.ui.services import Services

BULLET = "\u2022 "
OWN_STEP_PREFIX = "own_"  # ids of the interviewer's own steps; never an id of the rules


class _StepRow(NamedTuple):
    done: QCheckBox
    note: QLineEdit
    position: int
    text: str  # the interviewer's own step text; "" for a step of the rules


class ResultScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultScreen")
        self.services = services
        self.screening_id: str | None = None
        self.status = ""
        self.steps: dict[str, _StepRow] = {}
        self.saved: dict[str, tuple[bool, str]] = {}  # what the store holds for each step shown
        self.next_position = 1
        self.rendered_in = ""  # the UI language of what is on screen

        self.title = QLabel(self)
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("resultArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # the result fits the width and wraps: a sideways scroll hides the reasons at large fonts
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToListButton")
        self.back_button.clicked.connect(self.back_to_list)
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self.amend)
        self.sheet = SheetActions(self)
        self.save_pdf_button = QPushButton(self)
        self.save_pdf_button.setObjectName("savePdfButton")
        self.save_pdf_button.clicked.connect(self.sheet.save_pdf)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.sheet.print_sheet)

        self.case_button = QPushButton(self)
        self.case_button.setObjectName("caseButton")
        self.case_button.clicked.connect(self.open_case)
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("resultReferButton")
        self.refer_button.clicked.connect(self.refer)

        buttons = button_rows(
            [self.back_button, self.case_button, self.refer_button],
            [self.save_pdf_button, self.print_button, self.amend_button],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.clear()

    # -- what the window calls ------------------------------------------------------------

    def show_screening(self, screening_id: str) -> None:
        self.flush_steps()
        self.screening_id = screening_id
        self._render(keep_scroll=False)

    def clear(self) -> None:
        """Forget the screening and blank the screen (on lock)."""
        try:
            self.flush_steps()
        finally:
            self.screening_id = None
            self.status = ""
            self.steps = {}
            self.saved = {}
            self.rendered_in = ""
            self.title.clear()
            for button in (self.amend_button, self.case_button, self.refer_button):
                button.hide()
            self._set_content(QWidget())

    def refresh(self) -> None:
        self.flush_steps()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Result of the screening"))
        self.back_button.setText(self.tr("Back to list"))
        self.amend_button.setText(self.tr("Amend..."))
        self.amend_button.setToolTip(self.tr("Change the answers; the reason is kept in the record"))
        self.save_pdf_button.setText(self.tr("Save PDF..."))
        self.save_pdf_button.setToolTip(self.tr("The result sheet with the next steps and the directory, as a PDF"))
        self.print_button.setText(self.tr("Print..."))
        self.case_button.setText(self.tr("Case"))
        self.case_button.setToolTip(self.tr("The case of this person: its records, referrals and decision"))
        self.refer_button.setText(self.tr("Refer..."))
        self.refer_button.setToolTip(self.tr("Refer the person to an organisation (their consent is asked first)"))
        # Qt delivers LanguageChange to a hidden screen only when it is shown again, after
        # show_screening has already rendered it in the new language: render once, not twice
        if self.screening_id is not None and self.rendered_in != self.services.language:
            self.refresh()

    # -- actions ---------------------------------------------------------------------------

    def back_to_list(self) -> None:
        self.flush_steps()
        self.services.navigation.show_list()

    def amend(self) -> None:
        if self.screening_id is None or self.status not in FINAL:
            return
        title = self.tr("Amend")
        reason = dialogs.ask_text(
            self, title, self.tr("Why does this screening need to change? The reason is kept in the record.")
        )
        if reason is None:
            return
        if not reason.strip():
            dialogs.error(self, title, self.tr("A reason is needed to amend a finalised screening."))
            return
        self.flush_steps()
        self.services.navigation.amend(self.screening_id, reason.strip())

    def case_id(self) -> str | None:
        """This record's case: its own, else the one it joins or opens now (store.case_for).
        A case needs a reference code: asked when the record has none (a quick check)."""
        store, screening_id = self.services.store, self.screening_id
        if store is None or screening_id is None:
            return None
        try:
            own = store.case_of(screening_id)
            if own is not None:
                return own
            screening = store.get(screening_id)
            # a quick check followed by an interview: the interview's case, the quick check first
            anchor = screening.followed_by[0] if screening.followed_by else screening_id
            code = store.get(anchor).summary.case_code
        except StoreError as exc:
            operations.report(self, exc, self.services.language)
            return None
        if not code:
            typed = dialogs.ask_text(
                self, self.tr("Case"), self.tr("The case code of this person (a code, never a name):")
            )
            if typed is None or not typed.strip():
                return None
            code = typed.strip()
        done = operations.run(self, self.services, lambda s: s.case_for(anchor, code))
        if done is None:
            return None
        if anchor != screening_id:  # the interview's case existed before: the quick check joins it
            if store.case_of(screening_id) is None:
                operations.run(self, self.services, lambda s: s.add_to_case(done.value, screening_id))
        return done.value

    def open_case(self) -> None:
        self.flush_steps()
        case_id = self.case_id()
        if case_id is not None:
            self.services.navigation.open_case(case_id)

    def refer(self) -> None:
        """Refer from this result: the case is opened (or joined) first, then the referral."""
        if self.services.catalog.referrals is None:
            return
        self.flush_steps()
        case_id, screening_id = self.case_id(), self.screening_id
        if case_id is None or screening_id is None:
            return
        from screener.ui.referral_dialog import ReferDialog  # noqa: PLC0415

        dialogs.run_modal(ReferDialog(self.services, case_id, screening_id, self))
        self.services.navigation.open_case(case_id)

    def add_step(self) -> None:
        screening_id, position = self.screening_id, self.next_position
        if self.services.store is None or screening_id is None:
            return
        text = dialogs.ask_text(self, self.tr("Add step"), self.tr("Step taken or planned:"))
        if text is None or not text.strip():
            return
        step_id, wording = OWN_STEP_PREFIX + uuid.uuid4().hex[:12], text.strip()
        operations.run(
            self,
            self.services,
            lambda store: store.set_step(screening_id, step_id, done=False, text=wording, position=position),
            lambda _: self.refresh(),
        )

    def save_step(self, step_id: str) -> None:
        """Store the step's tick and note, if they differ from what is stored."""
        row, screening_id = self.steps.get(step_id), self.screening_id
        if row is None or screening_id is None:
            return
        now = (row.done.isChecked(), row.note.text().strip())
        if self.saved.get(step_id, (False, "")) == now:
            return
        done, note = now

        def store_step(store: Store) -> None:
            store.set_step(screening_id, step_id, done=done, note=note, text=row.text, position=row.position)

        if operations.run(self, self.services, store_step) is not None:
            self.saved[step_id] = now

    def flush_steps(self) -> None:
        for step_id in list(self.steps):
            self.save_step(step_id)

    # -- rendering -------------------------------------------------------------------------

    def _set_content(self, content: QWidget) -> None:
        # the old page may hold the button whose click got us here: delete it later
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.scroll_area.setWidget(content)

    def _render(self, keep_scroll: bool = True) -> None:
        store = self.services.store
        if store is None or self.screening_id is None:
            return
        scrolled = self.scroll_area.verticalScrollBar().value() if keep_scroll else 0
        try:
            screening = store.get(self.screening_id)
        except StoreError as exc:
            operations.report(self, exc, self.services.language)
            return
        self.status = screening.status
        quick = screening.summary.kind == Kind.QUICK
        self.amend_button.setVisible(self.status in FINAL and not quick)
        # no sheet for a practice result (it could pass for a real referral), nor for a quick
        # check (the sheet is the full interview's; a quick check has no scores)
        printable = not quick and not self.services.training
        self.save_pdf_button.setVisible(printable)
        self.print_button.setVisible(printable)
        final = self.status in FINAL
        self.case_button.setVisible(final)
        self.refer_button.setVisible(final and self.services.catalog.referrals is not None)
        if quick:
            self.title.setText(self.tr("Quick indicator check"))
        else:
            self.title.setText(self.tr("Screening result: case %1").replace("%1", screening.summary.case_code or "-"))
        self.title.setFont(_scaled(1.4, bold=True))
        self.steps = {}
        self.saved = {}
        content = QWidget()
        content.setObjectName("resultContent")
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        try:
            outcome = outcome_of(self.services.catalog, screening)
        except KeyError:
            self._header(layout, screening, None)
            layout.addWidget(
                _label(
                    self.tr("The form %1 of this screening is not installed, so its scores cannot be shown.").replace(
                        "%1", screening.form_id
                    ),
                    "formMissing",
                )
            )
        else:
            self._header(layout, screening, outcome)
            if quick:
                note = self.tr(
                    "A quick check asks no question, so it has no scores: only the indicators ticked "
                    "and the steps they call for are kept."
                )
                layout.addWidget(_label(note, "quickNote"))
            else:
                self._scores(layout, outcome)
                self._items_at_2(layout, outcome)
                self._judgement(layout, outcome)
            self._indicators(layout, outcome)
            self._steps(layout, outcome)
        layout.addStretch(1)
        self._set_content(content)
        self.rendered_in = self.services.language
        QTimer.singleShot(0, lambda: self.scroll_area.verticalScrollBar().setValue(scrolled))

    def _heading(self, layout: QVBoxLayout, text: str, name: str) -> None:
        label = _label(text, name)
        label.setFont(_scaled(1.2, bold=True))
        layout.addSpacing(8)
        layout.addWidget(label)

    def _header(self, layout: QVBoxLayout, screening: Screening, outcome: Outcome | None) -> None:
        summary = screening.summary
        ui = self.services.language
        status = {
            Status.DRAFT: self.tr("draft"),
            Status.FINALISED: self.tr("finalised"),
            Status.AMENDED: self.tr("amended"),
        }.get(summary.status, summary.status)
        version = self.tr("%1, version %2").replace("%1", screening.form_id)
        version = version.replace("%2", str(screening.form_version))
        if outcome is not None:  # the form's own title first; its id and version say which edition
            version = f"{outcome.form.title.get(summary.language)} ({version})"
        fields: tuple[tuple[str, str, str], ...] = (
            (self.tr("Case code"), summary.case_code or "-", "headerCase"),
            (self.tr("Date"), i18n.local_time(screening.finalised_at or summary.created_at), "headerDate"),
            (self.tr("Setting"), message(f"setting.{summary.setting}", ui, default=summary.setting), "headerSetting"),
            (self.tr("Interviewer"), summary.interviewer or "-", "headerInterviewer"),
            (self.tr("Status"), status, "headerStatus"),
            (self.tr("Interview language"), i18n.native_name(summary.language), "headerLanguage"),
            (self.tr("Form"), version, "headerForm"),
        )
        if summary.status == Status.AMENDED:
            fields += ((self.tr("Last changed"), i18n.local_time(summary.updated_at), "headerUpdated"),)
        if summary.kind == Kind.QUICK:  # nothing personal was recorded: no case code, no interviewer
            band = {"child": self.tr("child"), "adult": self.tr("adult")}.get(screening.age_band, self.tr("unknown"))
            fields = (fields[1], fields[2], (self.tr("Age band"), band, "headerAgeBand"), fields[4])
        if outcome is not None and outcome.circumstances:  # what happened to the person (issue 16)
            shown = "; ".join(c.main for c in outcome.circumstances)
            fields += ((self.tr("What happened"), shown, "headerCircumstances"),)
        if screening.quick_at:  # the quick check this interview follows: a record of its own
            when = i18n.local_time(screening.quick_at)
            fields += ((self.tr("Follows the quick check of"), when, "headerFollowsQuick"),)
        store = self.services.store
        if screening.followed_by and store is not None:
            codes = ", ".join(store.get(i).summary.case_code or "-" for i in screening.followed_by)
            fields += ((self.tr("Followed by the interview"), codes, "headerFollowedBy"),)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for index, (name, value, object_name) in enumerate(fields):
            row, column = divmod(index, 2)
            caption = _label(name + ":")
            caption.setWordWrap(False)
            caption.setFont(_bold())
            grid.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(value, object_name), row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        if screening.amendments:  # why a finalised record was changed (the reasons asked for on Amend)
            caption = _label(self.tr("Why it was amended after finalising:"), "amendmentsCaption")
            caption.setFont(_bold())
            layout.addWidget(caption)
            lines = []
            for amendment in screening.amendments:
                who = f" ({amendment.interviewer})" if amendment.interviewer else ""
                lines.append(f"{BULLET}{i18n.local_time(amendment.at)}{who}: {amendment.reason}")
            reasons = _label("\n".join(lines), "amendmentReasons")
            reasons.setIndent(16)
            layout.addWidget(reasons)
        if outcome is not None and outcome.record is not None and outcome.record.form_differs:
            text = self.tr("Recorded with version %1 of the form; shown with the installed version %2.")
            text = text.replace("%1", str(screening.form_version)).replace("%2", str(outcome.form.version))
            layout.addWidget(_label(text, "formVersionNote"))

    def _scores(self, layout: QVBoxLayout, outcome: Outcome) -> None:
        result = outcome.result
        self._heading(layout, self.tr("Scores"), "scoresHeading")
        grid = QGridLayout()
        grid.setObjectName("sectionScores")
        grid.setHorizontalSpacing(16)
        row = 0
        for section in outcome.sections:
            if section.applicable is True:
                score = f"{section.score}/{section.max}"
            elif section.applicable is False:
                score = self.tr("not applicable")
            else:
                score = self.tr("not known yet")
            grid.addWidget(_label(section.title.main), row, 0, Qt.AlignmentFlag.AlignTop)
            score_label = _label(score, f"sectionScore_{section.id}")
            score_label.setWordWrap(False)
            grid.addWidget(score_label, row, 1, Qt.AlignmentFlag.AlignTop)
            row += 1
            if section.reason:
                # under its section, the width of the table: long reasons wrap, nothing is cut off
                reason = _label(section.reason, f"sectionReason_{section.id}")
                reason.setFont(_scaled(0.95, italic=True))
                reason.setIndent(16)
                grid.addWidget(reason, row, 0, 1, 3)
                row += 1
        bold = _scaled(1.1, bold=True)
        total_caption = _label(self.tr("Total"))
        total = _label(f"{result.total}/{result.max_shown}", "totalScore")
        for label in (total_caption, total):
            label.setFont(bold)
        grid.addWidget(total_caption, row, 0)
        grid.addWidget(total, row, 1)
        # titles take most of the width (wrapping only when narrow); scores stay near them
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        if not result.complete and result.missing:
            text = self.tr("Not complete. Unanswered: %1").replace("%1", ", ".join(result.missing))
            layout.addWidget(_label(text, "incompleteNote"))
        for warning in outcome.warning_lines(self.services.language):
            layout.addWidget(_label(BULLET + warning, "scoreWarning"))
        note = _label(
            self.tr(
                "Scores and indicators support the interviewer's judgement; they do not replace it. "
                "The instrument has no cut-off score."
            ),
            "judgementNote",
        )
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(8)
        layout.addWidget(note)

    def _items_at_2(self, layout: QVBoxLayout, outcome: Outcome) -> None:
        self._heading(layout, self.tr("Items scored 2 or more"), "itemsHeading")
        if not outcome.items:
            layout.addWidget(_label(self.tr("None."), "noItemsAt2"))
        for item in outcome.items:
            layout.addWidget(_label(f"{item.id} = {item.points}: {item.meaning.main}", f"itemAt2_{item.id}"))
            note = item.note.strip()
            if note:
                label = _label(self.tr("Interviewer's notes: %1").replace("%1", note), f"itemNote_{item.id}")
                label.setIndent(24)
                layout.addWidget(label)
            if item.score_reason and item.scripted is not None:
                text = self.tr("Not the script's %1, because: %2").replace("%1", str(item.scripted))
                label = _label(text.replace("%2", item.score_reason), f"itemScoreReason_{item.id}")
                label.setIndent(24)
                layout.addWidget(label)

    def _judgement(self, layout: QVBoxLayout, outcome: Outcome) -> None:
        self._heading(layout, self.tr("Interviewer's judgement"), "judgementHeading")
        judgement = outcome.judgement
        value = self.tr("not recorded") if judgement is None else self.tr("%1 of 3").replace("%1", str(judgement))
        if outcome.judgement_question:
            layout.addWidget(_label(outcome.judgement_question.main, "judgementQuestion"))
        answer = _label(value, "judgementValue")
        answer.setFont(_bold())
        answer.setIndent(24)
        layout.addWidget(answer)
        shown = "; ".join(t.main for t in outcome.types) if outcome.types else self.tr("not recorded")
        layout.addWidget(_label(self.tr("Type of trafficking: %1").replace("%1", shown), "judgementTypes"))
        if outcome.nonverbal:
            text = self.tr("Non-verbal cues: %1").replace("%1", outcome.nonverbal)
            layout.addWidget(_label(text, "nonverbalNotes"))

    def _indicators(self, layout: QVBoxLayout, outcome: Outcome) -> None:
        self._heading(layout, self.tr("Indicators found"), "indicatorsHeading")
        layout.addWidget(_label(self.tr("An indicator is a prompt to look further, never proof.")))
        if not outcome.indicators:
            layout.addWidget(_label(self.tr("None ticked."), "noIndicators"))
        for group in outcome.indicators:
            heading = _label(f"{group.title.main} ({len(group.items)})", f"indicatorList_{group.list_id}")
            heading.setFont(_bold())
            layout.addWidget(heading)
            items = _label("\n".join(BULLET + text.main for text in group.items), f"indicatorItems_{group.list_id}")
            items.setIndent(16)
            layout.addWidget(items)

    def _steps(self, layout: QVBoxLayout, outcome: Outcome) -> None:
        self._heading(layout, self.tr("Recommended next steps"), "stepsHeading")
        rules = [row for row in outcome.steps if row.kind == "rule"]
        if not rules:
            layout.addWidget(_label(self.tr("The rules recommend no step for this screening."), "noSteps"))
        once = reasons_once(rules)  # a reason of several steps is said once, above them
        for index, shared in enumerate(shared_why(once, rules)):
            label = _label(shared, f"sharedReason_{index}")
            label.setFont(_scaled(0.95, italic=True))
            layout.addWidget(label)
        for row in rules:
            step_why = once.steps[row.id]
            reasons = [own_why(own) if step_why.shares else own for own in step_why.own]
            card = self._step_card(row, f"{row.number}. {row.text.main}", reasons, detail=row.detail.main)
            layout.addWidget(card)
        self.next_position = outcome.next_position
        self._heading(layout, self.tr("Steps added or recorded"), "otherStepsHeading")
        for row in outcome.steps:
            if row.kind == "own":
                layout.addWidget(self._step_card(row, row.own_text, [self.tr("Added by the interviewer.")]))
            elif row.kind == "kept":
                why = self.tr("No longer recommended by the rules; kept because it was recorded.")
                layout.addWidget(self._step_card(row, row.text.main, [why]))
        add = QPushButton(self.tr("Add step..."))
        add.setObjectName("addStepButton")
        add.clicked.connect(self.add_step)
        line = QHBoxLayout()
        line.addWidget(add)
        line.addStretch(1)
        layout.addLayout(line)

    def _step_card(self, row: StepRow, text: str, reasons: list[str], *, detail: str = "") -> QFrame:
        step_id = row.id
        card = QFrame()
        card.setObjectName(f"step_{step_id}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        title = _label(text, f"stepText_{step_id}")
        title.setFont(_bold())
        inner.addWidget(title)
        if reasons:
            why = _label(
                self.tr("Why:") + "\n" + "\n".join(BULLET + reason for reason in reasons), f"stepReasons_{step_id}"
            )
            why.setIndent(12)
            inner.addWidget(why)
        if detail:
            _add_detail(inner, step_id, detail, self.tr("Details"))
        done = QCheckBox(self.tr("Done"))
        done.setObjectName(f"stepDone_{step_id}")
        note = QLineEdit()
        note.setObjectName(f"stepNote_{step_id}")
        note.setPlaceholderText(self.tr("Note: what was done, when, by whom"))
        note.setAccessibleName(self.tr("Note on this step"))
        done.setChecked(row.done)
        note.setText(row.note)
        self.steps[step_id] = _StepRow(done, note, row.position, row.own_text)
        self.saved[step_id] = (row.done, row.note.strip())
        done.toggled.connect(lambda _checked, sid=step_id: self.save_step(sid))
        note.editingFinished.connect(lambda sid=step_id: self.save_step(sid))
        tick_and_note = QHBoxLayout()
        tick_and_note.addWidget(done)
        tick_and_note.addWidget(note, 1)
        inner.addLayout(tick_and_note)
        return card


def shared_why(once: ReasonsOnce, steps: Sequence[StepRow]) -> list[str]:
    """The reasons of several steps, each said once above the steps (the result's next steps and
    the quick check's first actions): one text for the reasons of the same steps."""
    groups: dict[tuple[int, ...], list[str]] = {}
    for reason, numbers in zip(once.shared, once.numbers, strict=True):
        groups.setdefault(numbers, []).append(reason)
    texts = []
    for numbers, reasons in groups.items():
        said = reasons[0] if len(reasons) == 1 else "".join("\n" + BULLET + r for r in reasons)
        if len(numbers) == len([s for s in steps if s.reasons]):
            texts.append(QCoreApplication.translate("Steps", "Why these steps: %1").replace("%1", said))
        else:
            shown = ", ".join(str(n) for n in numbers)
            text = QCoreApplication.translate("Steps", "Why steps %1: %2")
            texts.append(text.replace("%1", shown).replace("%2", said))
    return texts


def own_why(reason: str) -> str:
    """A step's own reason, beside the shared one said above the steps."""
    return QCoreApplication.translate("Steps", "%1 (and the reason above)").replace("%1", reason)


def _add_detail(layout: QLayout, step_id: str, detail: str, caption: str) -> None:
    """The SOP's full wording of a step, folded away until asked for."""
    toggle = QToolButton()
    toggle.setObjectName(f"stepDetailButton_{step_id}")
    toggle.setText(caption)
    toggle.setCheckable(True)
    toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toggle.setArrowType(Qt.ArrowType.RightArrow)
    text = _label(detail, f"stepDetail_{step_id}")
    text.setIndent(12)
    text.hide()

    def unfold(shown: bool) -> None:
        text.setVisible(shown)
        toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    toggle.toggled.connect(unfold)
    layout.addWidget(toggle)
    layout.addWidget(text)


def _label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # answers and notes are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _bold() -> QFont:
    """Bold, and otherwise whatever the parent's font is (so it follows the font size setting)."""
    font = QFont()
    font.setBold(True)
    return font


def _scaled(factor: float, bold: bool = False, italic: bool = False) -> QFont:
    """The app's font (the font size setting) scaled, for headings and notes; rebuilt on refresh."""
    base = QApplication.font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    font.setItalic(italic)
    return font
