"""The knowledge test (KATCH manual, Annex 3): one question at a time, scored at the end, the
result kept in the practice store only, and the workshop's pre-test vs post-test comparison.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from screener.core.training import (
    PHASES,
    Quiz,
    QuizAttempt,
    compare_workshop,
    load_quiz,
    reveal_needs_confirmation,
    review,
    score_quiz,
)
from screener.ui import dialogs, operations
from screener.ui.fonts import base_size
from screener.ui.item_widgets import ClickLabel
from screener.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QEvent,
    QFont,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.ui.services import Services

PROMPT_SCALE = 1.4


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _button(parent: QWidget, name: str, slot: object) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    # each row as tall as its wrapped text: a long question or a 24 pt font is never cut
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


class QuizScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizScreen")
        self.services = services
        self.quiz: Quiz | None = None
        self.index = 0
        self.chosen: dict[str, set[str]] = {}
        self.last: QuizAttempt | None = None
        self.key_revealed = False
        self.option_buttons: list[QAbstractButton] = []
        self.option_rows: list[QWidget] = []
        self.group: QButtonGroup | None = None

        self.title = _label(self, "quizTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 4)
        self.title.setFont(font)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("quizPages")

        # start: phase, participant code, and the workshop's results so far
        self.start_page = QWidget(self.pages)
        self.instructions = _label(self.start_page, "quizInstructions")
        self.phase = QComboBox(self.start_page)
        self.phase.setObjectName("quizPhaseCombo")
        self.participant = QLineEdit(self.start_page)
        self.participant.setObjectName("participantEdit")
        self.participant.setMaxLength(32)
        self.participant_note = _label(self.start_page, "participantNote")
        self.start_button = _button(self.start_page, "startQuizButton", self.begin)
        self.phase_label = QLabel(self.start_page)
        self.participant_label = QLabel(self.start_page)
        self.phase_label.setBuddy(self.phase)
        self.participant_label.setBuddy(self.participant)
        self.workshop_summary = _label(self.start_page, "workshopSummary")
        self.questions_table = _table(self.start_page, "workshopQuestionsTable", 3)
        self.questions_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.questions_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.participants_table = _table(self.start_page, "workshopParticipantsTable", 3)
        form = QFormLayout()
        form.addRow(self.phase_label, self.phase)
        form.addRow(self.participant_label, self.participant)
        start_row = QHBoxLayout()
        start_row.addWidget(self.participant_note, 1)
        start_row.addWidget(self.start_button)
        tables = QHBoxLayout()
        tables.addWidget(self.questions_table, 3)
        tables.addWidget(self.participants_table, 2)
        start = QVBoxLayout(self.start_page)
        start.addWidget(self.instructions)
        start.addLayout(form)
        start.addLayout(start_row)
        start.addWidget(self.workshop_summary)
        start.addLayout(tables, 1)

        # one question
        self.question_page = QWidget(self.pages)
        self.counter = _label(self.question_page, "quizCounter")
        self.prompt = _label(self.question_page, "quizPrompt")
        self.options_box = QWidget(self.question_page)
        self.options_layout = QVBoxLayout(self.options_box)
        self.open_note = _label(self.question_page, "quizOpenNote")
        scroll = QScrollArea(self.question_page)
        scroll.setObjectName("quizQuestionArea")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.prompt)
        inner_layout.addWidget(self.options_box)
        inner_layout.addWidget(self.open_note)
        inner_layout.addStretch(1)  # not AlignTop: an aligned column cuts wrapped text at a large font
        scroll.setWidget(inner)
        self.previous_button = _button(self.question_page, "quizPreviousButton", self.go_back)
        self.next_button = _button(self.question_page, "quizNextButton", self.go_next)
        self.finish_button = _button(self.question_page, "quizFinishButton", self.finish)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.finish_button)
        nav.addWidget(self.next_button)
        question = QVBoxLayout(self.question_page)
        question.addWidget(self.counter)
        question.addWidget(scroll, 1)
        question.addLayout(nav)

        # the score and the key
        self.result_page = QWidget(self.pages)
        self.score_label = _label(self.result_page, "quizScore")
        self.review_table = _table(self.result_page, "quizReviewTable", 4)
        for column in (1, 2, 3):
            self.review_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.key_note = _label(self.result_page, "quizKeyNote")
        self.reveal_button = _button(self.result_page, "quizRevealKeyButton", self.reveal_key)
        self.done_button = _button(self.result_page, "quizDoneButton", self.reload)
        done_row = QHBoxLayout()
        done_row.addWidget(self.key_note, 1)
        done_row.addWidget(self.reveal_button)
        done_row.addWidget(self.done_button)
        result = QVBoxLayout(self.result_page)
        result.addWidget(self.score_label)
        result.addWidget(self.review_table, 1)
        result.addLayout(done_row)

        for page in (self.start_page, self.question_page, self.result_page):
            self.pages.addWidget(page)
        # the pages scroll when a projector's font size makes them taller than the screen
        self.area = QScrollArea(self)
        self.area.setObjectName("quizArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.area, 1)
        self.retranslate()

    # -- the window's calls -------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.services.language

    def reload(self) -> None:
        """The start page, with the workshop's results read from the practice store."""
        self.quiz = load_quiz(self.services.catalog)
        self.chosen = {}
        self.index = 0
        self.render_start()
        self.pages.setCurrentWidget(self.start_page)

    def refresh(self) -> None:
        self.retranslate()

    def clear(self) -> None:
        # the practice store is gone (locked, training left): nothing here may read a store
        self.quiz = None
        self.chosen = {}
        self.last = None
        self.key_revealed = False
        self.participant.clear()
        self.questions_table.setRowCount(0)
        self.participants_table.setRowCount(0)
        self.review_table.setRowCount(0)
        self.pages.setCurrentWidget(self.start_page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.phase_label.setText(self.tr("Test"))
        self.participant_label.setText(self.tr("Participant code"))
        self.phase.setAccessibleName(self.tr("Test"))
        self.participant.setAccessibleName(self.tr("Participant code"))
        self.participant.setPlaceholderText(self.tr("e.g. P-07"))
        self.participant_note.setText(
            self.tr(
                "A code pairs a trainee's pre-test with the post-test; never a name. "
                "Results are kept in the practice store only."
            )
        )
        self.start_button.setText(self.tr("Start the test"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.finish_button.setText(self.tr("Finish and score"))
        self.done_button.setText(self.tr("Done"))
        self.reveal_button.setText(self.tr("Show the key"))
        self.questions_table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Pre-test"), self.tr("Post-test")])
        self.questions_table.setAccessibleName(self.tr("Share of correct answers, question by question"))
        self.participants_table.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Pre-test"), self.tr("Post-test")]
        )
        self.participants_table.setAccessibleName(self.tr("Scores by participant code"))
        self.review_table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Chosen"), self.tr("Key"), self.tr("Key from")]
        )
        self.review_table.setAccessibleName(self.tr("Your answers and the key"))
        if self.quiz is not None:
            self.render_start()
            if self.pages.currentWidget() is self.question_page:
                self.render_question()
            elif self.pages.currentWidget() is self.result_page and self.last is not None:
                self.render_result(self.last)

    # -- start page ---------------------------------------------------------------------------

    def render_start(self) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        language = self.language
        self.title.setText(quiz.title.get(language))
        self.instructions.setText(quiz.instructions.get(language))
        current = self.phase.currentData()
        self.phase.blockSignals(True)
        self.phase.clear()
        for phase in PHASES:
            self.phase.addItem(quiz.phases[phase].get(language), phase)
        self.phase.setCurrentIndex(max(self.phase.findData(current), 0))
        self.phase.blockSignals(False)
        self.render_workshop()

    def render_workshop(self) -> None:
        quiz, store = self.quiz, self.services.store
        if quiz is None or store is None or not self.services.training:
            return
        from screener.core.store import practice  # noqa: PLC0415 (SQLAlchemy: imported once unlocked)

        result = compare_workshop(quiz, practice.quiz_attempts(store))
        change = "-" if result.change is None else f"{result.change:+.0f}"
        self.workshop_summary.setText(
            self.tr("Workshop so far: pre-test %1 taken, mean %2; post-test %3 taken, mean %4; change %5.")
            .replace("%1", str(result.pre.attempts))
            .replace("%2", _percent(result.pre.mean_percent))
            .replace("%3", str(result.post.attempts))
            .replace("%4", _percent(result.post.mean_percent))
            .replace("%5", change if result.change is None else self.tr("%1 percentage points").replace("%1", change))
        )
        apart = result.unpaired.get("pre", 0) + result.unpaired.get("post", 0)
        if apart:
            self.workshop_summary.setText(
                self.workshop_summary.text()
                + "\n"
                + self.tr(
                    "Not paired, shown apart and left out of the means: %1 pre-test(s) and %2 post-test(s) "
                    "without a test of the other phase under the same code."
                )
                .replace("%1", str(result.unpaired.get("pre", 0)))
                .replace("%2", str(result.unpaired.get("post", 0)))
            )
        self.questions_table.setRowCount(len(result.questions))
        for row, question in enumerate(result.questions):
            prompt = quiz.question(question.question_id).prompt.get(self.language)
            cells = (
                f"{question.question_id[1:]}. {prompt}",
                _percent(question.pre_correct),
                _percent(question.post_correct),
            )
            for column, text in enumerate(cells):
                self.questions_table.setItem(row, column, QTableWidgetItem(text))
        self.participants_table.setRowCount(len(result.participants))
        for row, person in enumerate(result.participants):
            cells = (
                person.participant if person.paired else self.tr("%1 (not paired)").replace("%1", person.participant),
                "-" if person.pre is None else f"{person.pre}/{person.max}",
                "-" if person.post is None else f"{person.post}/{person.max}",
            )
            for column, text in enumerate(cells):
                self.participants_table.setItem(row, column, QTableWidgetItem(text))

    def begin(self) -> None:
        if self.quiz is None:
            self.reload()
        self.chosen = {}
        self.index = 0
        self.pages.setCurrentWidget(self.question_page)
        self.render_question()

    # -- one question -------------------------------------------------------------------------

    def render_question(self) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        language = self.language
        question = quiz.questions[self.index]
        self.counter.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(quiz.questions)))
        )
        font = QFont(QApplication.font())
        font.setPointSizeF(base_size() * PROMPT_SCALE)
        font.setBold(True)
        self.prompt.setFont(font)
        self.prompt.setText(question.prompt.get(language))
        self.option_buttons = []
        self.group = QButtonGroup(self.options_box)
        self.group.setExclusive(question.type in ("single", "true_false"))
        chosen = self.chosen.get(question.id, set())
        option_font = QFont(QApplication.font())
        option_font.setPointSizeF(base_size() * 1.2)
        for row in self.option_rows:
            row.deleteLater()
        self.option_rows = []
        for number, option in enumerate(question.options, start=1):
            words = option.text.get(language)
            # a radio button does not wrap its text: the button carries the letter, a label the words
            row = QWidget(self.options_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 2, 0, 2)
            letter = f"{option.id})"
            button: QAbstractButton
            button = QRadioButton(letter, row) if self.group.exclusive() else QCheckBox(letter, row)
            button.setObjectName(f"quizOption_{option.id}")
            button.setFont(option_font)
            button.setChecked(option.id in chosen)
            button.setAccessibleName(f"{letter} {words}")
            button.toggled.connect(lambda checked, o=option.id: self._toggled(o, checked))
            label = ClickLabel(words, button, row)
            label.setObjectName(f"quizOptionText_{option.id}")
            label.setFont(option_font)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            self.group.addButton(button, number)
            self.options_layout.addWidget(row)
            self.option_buttons.append(button)
            self.option_rows.append(row)
        self.open_note.setVisible(not question.scored)
        self.open_note.setText(
            self.tr("Open question: trainees write their answer on paper; it is discussed, not scored.")
        )
        last = self.index == len(quiz.questions) - 1
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(not last)
        self.finish_button.setDefault(last)
        if self.option_buttons:
            self.option_buttons[0].setFocus()
        else:
            self.next_button.setFocus() if not last else self.finish_button.setFocus()

    def _toggled(self, option_id: str, checked: bool) -> None:
        if self.quiz is None:
            return
        question = self.quiz.questions[self.index]
        chosen = self.chosen.setdefault(question.id, set())
        if checked:
            if question.type in ("single", "true_false"):
                chosen.clear()
            chosen.add(option_id)
        else:
            chosen.discard(option_id)

    def choose(self, option_id: str) -> None:
        """Tick an option of the question on screen (as a click would)."""
        for button in self.option_buttons:
            if button.objectName() == f"quizOption_{option_id}":
                button.setChecked(True)

    def go_next(self) -> None:
        if self.quiz is not None and self.index < len(self.quiz.questions) - 1:
            self.index += 1
            self.render_question()

    def go_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.render_question()

    # -- the score ----------------------------------------------------------------------------

    def finish(self) -> None:
        quiz, store = self.quiz, self.services.store
        if quiz is None or store is None:
            return
        from screener.core.store import practice  # noqa: PLC0415

        taken_at = datetime.now(UTC).isoformat(timespec="seconds")
        attempt = score_quiz(
            quiz,
            {k: sorted(v) for k, v in self.chosen.items()},
            str(self.phase.currentData()),
            self.participant.text(),
            taken_at,
        )
        if operations.run(self, self.services, lambda store: practice.save_attempt(store, attempt)) is None:
            return  # the answers stay on screen for another try
        self.last = attempt
        self.key_revealed = False
        self.render_result(attempt)
        self.pages.setCurrentWidget(self.result_page)
        self.done_button.setFocus()

    def reveal_key(self) -> None:
        """The trainer shows the key: at once after the post-test, after a question before it."""
        if self.last is None:
            return
        if reveal_needs_confirmation(self.last.phase):
            question = self.tr(
                "This was the pre-test. Showing the key now tells the room the answers of the post-test. "
                "Show it anyway?"
            )
            if not dialogs.confirm(self, self.tr("Show the key"), question):
                return
        self.key_revealed = True
        self.render_result(self.last)

    def render_result(self, attempt: QuizAttempt) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        language = self.language
        self.score_label.setText(
            self.tr("Score: %1 of %2 (%3). The open question is discussed, not scored.")
            .replace("%1", str(attempt.score))
            .replace("%2", str(attempt.max))
            .replace("%3", _percent(attempt.percent))
        )
        shown = self.key_revealed
        self.reveal_button.setVisible(not shown)
        self.key_note.setText(
            "" if shown else self.tr("The key is hidden until the trainer shows it (after the post-test).")
        )
        for column in (2, 3):
            self.review_table.setColumnHidden(column, not shown)
        rows = review(quiz, attempt, shown)
        self.review_table.setRowCount(len(rows))
        for row, (question, line) in enumerate(zip(quiz.questions, rows, strict=True)):
            chosen = ", ".join(line.chosen) or "-"
            if line.correct is not None:
                mark = self.tr("right") if line.correct else self.tr("wrong")
                chosen = f"{chosen} ({mark})"
            if line.key is not None:
                key = ", ".join(line.key)
            else:
                key = self.tr("open: see the model answer") if shown and not question.scored else ""
            origin = self.tr("manual") if question.answer_source == "manual" else self.tr("project")
            cells = (f"{question.id[1:]}. {question.prompt.get(language)}", chosen, key, origin if shown else "")
            for column, text in enumerate(cells):
                self.review_table.setItem(row, column, QTableWidgetItem(text))
