"""Training cases: the list, the presenter view (large text, one paragraph or question at a
time, model answers revealed on demand) and the comparison of the room's screening with the key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from screener.core.countries import country_name
from screener.core.training import Case, CaseComparison, compare_case, load_cases
from screener.ui import operations
from screener.ui.fonts import base_size
from screener.ui.item_widgets import item_name
from screener.ui.qt import (
    QAbstractItemView,
    QApplication,
    QEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QScrollArea,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.core.instrument.model import Form
    from screener.core.store.records import Screening
    from screener.ui.services import Services

PRESENTER_SCALE = 1.8  # a room reads the presenter view from a projector
DIFFERS = "#fde68a"


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setWordWrap(True)
    # each row as tall as its wrapped text (a long title or a 24 pt font): nothing is cut
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(parent: QWidget, name: str, slot: Any) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class _Screen(QWidget):
    """What the three screens share: the services, the cases, retranslation."""

    def __init__(self, services: Services, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.services = services
        self.case: Case | None = None

    @property
    def language(self) -> str:
        return self.services.language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def origin(self, source: str, line: int | None) -> str:
        if source == "manual":
            return self.tr("Model answer: the manual's (seed 003, line %1)").replace("%1", str(line))
        return self.tr("Answer key: the project's, not the manual's")

    def latest_practice(self, case: Case) -> Screening | None:
        """The room's most recent practice screening of this case (its case code is the case id)."""
        store = self.services.store
        if store is None:
            return None
        for summary in store.list_screenings(case_code=case.id, limit=50):
            if summary.case_code == case.id:
                return store.get(summary.id)
        return None

    def score_with_room(self) -> None:
        """A practice screening of the case, opened in the interview for the room to score."""
        case = self.case
        if case is None or case.key is None:
            return
        key, language, interviewer = case.key, self.language, self.services.prefs.interviewer
        operations.run(
            self,
            self.services,
            lambda store: store.create_screening(
                key.setting,
                language,
                case_code=case.id,
                interviewer=interviewer,
                age_band=str(key.context.get("age_band", "unknown")),
            ),
            self.services.navigation.open_screening,
        )

    def compare(self) -> None:
        if self.case is None or self.case.key is None:
            return
        screen = self.services.navigation.show_training("compare")
        screen.show_case(self.case)  # type: ignore[attr-defined]

    def present(self) -> None:
        if self.case is None:
            return
        screen = self.services.navigation.show_training("presenter")
        screen.show_case(self.case)  # type: ignore[attr-defined]


class CasesScreen(_Screen):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, "casesScreen")
        self.cases: tuple[Case, ...] = ()
        self.title = _label(self, "casesTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 4)
        self.title.setFont(font)
        self.note = _label(self, "casesNote")
        self.table = _table(self, "casesTable", 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.present())
        self.respondent = _label(self, "respondentNote")  # whose answers the key holds
        bold = self.respondent.font()
        bold.setBold(True)
        self.respondent.setFont(bold)
        self.present_button = _button(self, "presentButton", self.present)
        self.score_button = _button(self, "scoreCaseButton", self.score_with_room)
        self.compare_button = _button(self, "compareButton", self.compare)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.present_button, self.score_button, self.compare_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.respondent)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Training cases (KATCH manual, seed 003)"))
        self.note.setText(
            self.tr(
                "Present a case to the room, let the trainees score it in a practice screening, then "
                'compare their answers with the key. Answers marked "project" are this project\'s '
                "keys: the manual gives none for them."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Case"), self.tr("Answers"), self.tr("Screening key")]
        )
        self.table.setAccessibleName(self.tr("Training cases"))
        self.present_button.setText(self.tr("Present"))
        self.score_button.setText(self.tr("Score with the room"))
        self.compare_button.setText(self.tr("Compare with the key"))
        self.redraw()

    def refresh(self) -> None:
        self.redraw()

    def reload(self) -> None:
        self.cases = load_cases(self.services.catalog)
        self.redraw()

    def clear(self) -> None:
        self.case = None
        self.table.setRowCount(0)

    def _answers_of(self, case: Case) -> str:
        manual = any(q.answer_source == "manual" for q in case.questions)
        project = any(q.answer_source == "project" for q in case.questions)
        if manual and project:
            return self.tr("manual and project")
        return self.tr("manual") if manual else self.tr("project")

    def redraw(self) -> None:
        chosen = self.case.id if self.case else None
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            key = self.tr("yes (project)") if case.keyed else self.tr("no")
            cells = (str(case.module), case.title.get(self.language), self._answers_of(case), key)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if case.id == chosen:
                self.table.selectRow(row)
        if self.cases and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        row = self.table.currentRow()
        self.case = self.cases[row] if 0 <= row < len(self.cases) else None
        keyed = self.case is not None and self.case.keyed
        self.present_button.setEnabled(self.case is not None)
        respondent = self.case.key.respondent if self.case is not None and self.case.key is not None else None
        self.respondent.setText(respondent.get(self.language) if respondent is not None else "")
        self.respondent.setVisible(respondent is not None)
        self.score_button.setEnabled(keyed)
        self.compare_button.setEnabled(keyed)

    def choose(self, case_id: str) -> None:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                self.table.selectRow(row)


class PresenterScreen(_Screen):
    """One paragraph or question at a time, in large type; the answer only when revealed."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, "presenterScreen")
        self.slides: list[tuple[str, int]] = []  # ("title"|"paragraph"|"question", index)
        self.position = 0
        self.revealed = False
        self.counter = _label(self, "slideCounter")
        self.heading = _label(self, "slideHeading")
        self.body = _label(self, "slideText")
        self.answer = _label(self, "slideAnswer")
        self.origin_label = _label(self, "slideOrigin")
        content = QWidget(self)
        column = QVBoxLayout(content)
        for label in (self.heading, self.body, self.answer, self.origin_label):
            column.addWidget(label)
        column.addStretch(1)  # not AlignTop: an aligned column cuts wrapped text at a large font
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("slideArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        self.back_button = _button(self, "backToCasesButton", self.back)
        self.previous_button = _button(self, "previousSlideButton", self.go_back)
        self.reveal_button = _button(self, "revealButton", self.reveal)
        self.next_button = _button(self, "nextSlideButton", self.go_next)
        self.score_button = _button(self, "presenterScoreButton", self.score_with_room)
        # the room reads on: a key first scrolls the slide's text to its end, then turns the slide
        for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            QShortcut(QKeySequence(key), self, self.read_on)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.read_back)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self, lambda: self.scroll_lines(3))
        QShortcut(QKeySequence(Qt.Key.Key_Up), self, lambda: self.scroll_lines(-3))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        for button in (self.score_button, self.previous_button, self.reveal_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def _scale_fonts(self) -> None:
        base = base_size()
        for label, factor, bold in (
            (self.heading, PRESENTER_SCALE * 1.15, True),
            (self.body, PRESENTER_SCALE, False),
            (self.answer, PRESENTER_SCALE * 0.8, False),
            (self.origin_label, 1.0, False),
        ):
            font = QFont(QApplication.font())
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            label.setFont(font)
        self.origin_label.setStyleSheet("font-style: italic; color: #555;")

    def show_case(self, case: Case) -> None:
        self.case = case
        self.slides = [("title", 0)]
        self.slides += [("paragraph", i) for i in range(len(case.scenario))]
        self.slides += [("question", i) for i in range(len(case.questions))]
        self.position = 0
        self.revealed = False
        self.redraw()
        self.next_button.setFocus()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to cases"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.reveal_button.setText(self.tr("Show the answer"))
        self.score_button.setText(self.tr("Score with the room"))
        self.scroll_area.setAccessibleName(self.tr("Case, as read to the room"))
        self.redraw()

    def refresh(self) -> None:
        self.redraw()

    def clear(self) -> None:
        self.case = None
        self.slides = []
        for label in (self.heading, self.body, self.answer, self.origin_label, self.counter):
            label.clear()

    def redraw(self) -> None:
        self._scale_fonts()
        case = self.case
        if case is None or not self.slides:
            return
        language = self.language
        kind, index = self.slides[self.position]
        self.counter.setText(f"{self.position + 1} / {len(self.slides)}")
        self.answer.clear()
        self.origin_label.clear()
        self.reveal_button.setVisible(kind == "question")
        self.score_button.setVisible(case.keyed)
        if kind == "title":
            self.heading.setText(case.title.get(language))
            self.body.setText(
                self.tr("Module %1. Source: KATCH manual (seed 003), lines %2.")
                .replace("%1", str(case.module))
                .replace("%2", case.source_lines)
            )
            if case.key is not None and case.key.respondent is not None:
                self.answer.setText(case.key.respondent.get(language))  # before the room scores
        elif kind == "paragraph":
            self.heading.setText(case.title.get(language))
            self.body.setText(case.scenario[index].text.get(language))
            self.origin_label.setText(self.tr("Seed 003, line %1").replace("%1", str(case.scenario[index].line)))
        else:
            question = case.questions[index]
            self.heading.setText(self.tr("Question %1").replace("%1", str(index + 1)))
            self.body.setText(question.prompt.get(language))
            self.reveal_button.setEnabled(not self.revealed and question.model_answer is not None)
            if self.revealed and question.model_answer is not None:
                self.answer.setText(question.model_answer.get(language))
                self.origin_label.setText(self.origin(question.answer_source, question.answer_line))
            elif question.model_answer is None:
                self.origin_label.setText(self.tr("No model answer: discuss with the room."))
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.slides) - 1)

    def read_on(self) -> None:
        """PgDn, Space: the rest of a long paragraph (a screen at a time), then the next slide."""
        bar = self.scroll_area.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep() - self.body.fontMetrics().lineSpacing())
        else:
            self.go_next()

    def read_back(self) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if bar.value() > bar.minimum():
            bar.setValue(bar.value() - bar.pageStep() + self.body.fontMetrics().lineSpacing())
        else:
            self.go_back()

    def scroll_lines(self, lines: int) -> None:
        """Up, Down: a few lines of the slide's own (large) type, not Qt's 20 px."""
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.value() + lines * self.body.fontMetrics().lineSpacing())

    def go_next(self) -> None:
        if self.position < len(self.slides) - 1:
            self.position += 1
            self.revealed = False
            self.redraw()
            self.scroll_area.verticalScrollBar().setValue(0)  # a new slide starts at its top

    def go_back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.revealed = False
            self.redraw()
            self.scroll_area.verticalScrollBar().setValue(0)  # a new slide starts at its top

    def go_to(self, kind: str, index: int) -> None:
        self.position = self.slides.index((kind, index))
        self.revealed = False
        self.redraw()

    def reveal(self) -> None:
        self.revealed = True
        self.redraw()
        self.next_button.setFocus()

    def back(self) -> None:
        self.services.navigation.show_cases(self.case.id if self.case is not None else None)


class CompareScreen(_Screen):
    """The key beside the room's answers, item by item, then sections, total and next steps."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, "compareScreen")
        self.comparison: CaseComparison | None = None
        self.room: Screening | None = None
        self.title = _label(self, "compareTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 4)
        self.title.setFont(font)
        self.summary = _label(self, "compareSummary")
        self.table = _table(self, "compareTable", 4)
        # every column in view at any font size (a wide value wraps instead of pushing the Room
        # column out of the table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps = _label(self, "compareSteps")
        self.key_note = _label(self, "keyNote")
        self.key_note.setStyleSheet("font-style: italic;")
        details = QWidget(self)
        column = QVBoxLayout(details)
        column.addWidget(self.steps)
        column.addWidget(self.key_note)
        column.addStretch(1)
        self.details = QScrollArea(self)
        self.details.setObjectName("compareDetails")
        self.details.setWidgetResizable(True)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setWidget(details)
        self.back_button = _button(self, "compareBackButton", self.back)
        self.open_room_button = _button(self, "openRoomButton", self.open_room)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.details, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_room_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_case(self, case: Case) -> None:
        self.case = case
        self.room = self.latest_practice(case)
        answers = self.room.answers if self.room is not None else {}
        context = self.room.context() if self.room is not None else None
        self.comparison = compare_case(self.services.catalog, case, answers, context)
        self.redraw()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Key"), self.tr("Room"), self.tr("Agreement")])
        self.table.setAccessibleName(self.tr("Key and room, item by item"))
        self.details.setAccessibleName(self.tr("Next steps and the reasoning of the key"))
        self.back_button.setText(self.tr("Back to cases"))
        self.open_room_button.setText(self.tr("Open the room's screening"))
        self.redraw()

    def refresh(self) -> None:
        self.redraw()

    def clear(self) -> None:
        self.case = None
        self.room = None
        self.comparison = None
        self.table.setRowCount(0)
        for label in (self.title, self.summary, self.steps, self.key_note):
            label.clear()

    def _value(self, form: Form, item_id: str, value: Any, points: int | None) -> str:
        if value is None and points is None:
            return "-"
        if points is not None:
            return str(points) if value is None or isinstance(value, int) else f"{value} ({points})"
        if form.items[item_id].type == "country" and isinstance(value, str):
            return country_name(value, self.language)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return str(value)

    def _agreement(self, agreement: str) -> str:
        return {
            "same": self.tr("same"),
            "differs": self.tr("differs"),
            "not_entered": self.tr("not entered"),
            "not_in_key": self.tr("not in the key"),
        }[agreement]

    def redraw(self) -> None:
        comparison, case = self.comparison, self.case
        if comparison is None or case is None or case.key is None:
            return
        language = self.language
        self.title.setText(self.tr("Compare with the key: %1").replace("%1", case.title.get(language)))
        form = self.services.catalog.default_form
        respondent = case.key.respondent.get(language) + "\n" if case.key.respondent is not None else ""
        if self.room is None:
            self.summary.setText(respondent + self.tr("The room has not scored this case yet: only the key is shown."))
        else:
            self.summary.setText(
                respondent
                + self.tr("Key: %1 of %2. Room: %3 of %4. Items that differ: %5.")
                .replace("%1", str(comparison.reference_total[0]))
                .replace("%2", str(comparison.reference_total[1]))
                .replace("%3", str(comparison.entered_total[0]))
                .replace("%4", str(comparison.entered_total[1]))
                .replace("%5", "; ".join(item_name(form, i, language) for i in comparison.differing) or self.tr("none"))
            )
        rows: list[tuple[str, str, str, str, bool]] = []
        form = self.services.catalog.default_form
        for item in comparison.items:
            differs = item.agreement != "same"
            name = item.item_id
            if form.section(item.section_id).conclusion:  # the conclusion: its question, not an internal id
                name = _short(form.items[item.item_id].question.get(language))
            rows.append(
                (
                    name,
                    self._value(form, item.item_id, item.reference, item.reference_points),
                    self._value(form, item.item_id, item.entered, item.entered_points),
                    self._agreement(item.agreement),
                    differs,
                )
            )
        for section in comparison.sections:
            ref = f"{section.reference}/{section.max}" if section.reference_applies else self.tr("does not apply")
            got = f"{section.entered}/{section.max}" if section.entered_applies else self.tr("does not apply")
            differs = ref != got
            agreement = self._agreement("differs" if differs else "same")
            rows.append((self.tr("Section %1").replace("%1", section.section_id), ref, got, agreement, differs))
        ref_total = "{}/{}".format(*comparison.reference_total)
        got_total = "{}/{}".format(*comparison.entered_total)
        total_differs = ref_total != got_total
        rows.append(
            (
                self.tr("Total"),
                ref_total,
                got_total,
                self._agreement("differs" if total_differs else "same"),
                total_differs,
            )
        )
        self.table.setRowCount(len(rows))
        for row, (*cells, differs) in enumerate(rows):
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                if differs:
                    cell.setBackground(_colour(DIFFERS))
                self.table.setItem(row, column, cell)
        self.steps.setText(self._steps_text(comparison))
        note = case.key.note_in(language)
        origin = self.origin("project", None)
        if language not in case.key.note:
            origin += " " + self.tr("(reasoning in English)")
        self.key_note.setText(f"{origin}\n\n{note}")
        self.open_room_button.setEnabled(self.room is not None)

    def _steps_text(self, comparison: CaseComparison) -> str:
        steps = {step.id: step for step in self.services.catalog.next_steps.steps}
        language = self.language

        def titles(ids: tuple[str, ...]) -> str:
            if not ids:
                return self.tr("none")
            return "\n".join("- " + (steps[i].text.get(language) if i in steps else i) for i in ids)

        parts = [self.tr("Next steps in the key:"), titles(comparison.reference_steps)]
        if self.room is not None:
            parts += [
                "",
                self.tr("Only in the key (missed by the room):"),
                titles(comparison.steps_only_in_key),
                "",
                self.tr("Only in the room's screening:"),
                titles(comparison.steps_only_entered),
            ]
        return "\n".join(parts)

    def open_room(self) -> None:
        if self.room is not None:
            self.services.navigation.open_screening(self.room.id)

    def back(self) -> None:
        self.services.navigation.show_cases(self.case.id if self.case is not None else None)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _colour(name: str) -> Any:
    from screener.ui.qt import QColor  # noqa: PLC0415

    return QColor(name)
