"""One widget per page kind, rendered from the form (never hard-coded questions).

Widgets show the instrument's text in the interview language (and a second language under it
in the bilingual view) and emit `changed(key, value)`; the interview screen saves each change
at once and asks the core what follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from screener.core.countries import countries
from screener.core.instrument.model import End, Form, IndicatorList, Item, Probe, Script, Section
from screener.core.interview import walk_branch
from screener.core.text import LANGUAGES, Text
from screener.ui.qt import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


def when_checked(action: Callable[[], object]) -> Callable[[bool], None]:
    """A `toggled(bool)` slot that runs `action` when the button becomes checked, not unchecked."""

    def toggled(on: bool) -> None:
        if on:
            action()

    return toggled


# one style sheet for every page (set on the interview screen): a style per widget would make
# Qt polish each label on its own, which costs more than building the page
STYLE = """
QLabel[role="hint"] { color: #555555; }
QLabel[role="question"] { font-weight: bold; }
QLabel[role="warning"] { color: #8a4b00; font-weight: bold; }
QLabel[role="notesTitle"] { font-style: italic; font-weight: bold; }
QLabel[role="notes"] { font-style: italic; }
QLabel[role="evidenceLabel"] { font-weight: bold; margin-top: 8px; }
QPushButton[role="score"] { text-align: left; padding: 4px 10px; }
QPushButton[role="score"]:checked { background: #1d4ed8; color: white; font-weight: bold; }
QCheckBox::indicator, QRadioButton::indicator { width: 0.8em; height: 0.8em; }
QCheckBox:focus, QRadioButton:focus { background: #dbeafe; }
"""


class Page(QWidget):
    """Base: a column of texts and inputs; `changed(key, value)` for every edit, `turn(forward)`
    for PgDn/PgUp that an input of the page took (the interview turns the page)."""

    changed = Signal(str, object)
    turn = Signal(bool)

    def __init__(self, language: str, second: str) -> None:
        super().__init__()
        self.language = language
        self.second = second
        # no AlignTop on the column: an aligned layout is given its size hint's height, which
        # ignores how many lines its wrapped labels need at the width they get (text was cut
        # off at 24 pt); whoever holds a page puts a stretch under it instead
        self.column = QVBoxLayout(self)

    def text(self, text: Text | None, name: str, role: str = "") -> QLabel | None:
        if text is None:
            return None
        body = text.get(self.language)
        if self.second and self.second != self.language:
            body += "\n\n" + text.get(self.second)
        label = QLabel(body, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            label.setProperty("role", role)
        self.column.addWidget(label)
        return label

    def bi(self, text: Text, separator: str = " / ") -> str:
        """A text in the interview language, and in the second language after it when one is set:
        the bilingual view shows every text of the page so (issue 16), options and scores too."""
        body = text.get(self.language)
        if self.second and self.second != self.language and text.get(self.second) != body:
            body += separator + text.get(self.second)
        return body

    def plain(self, text: str, name: str, role: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        return label

    def heading(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        label.setFont(font)
        self.column.addWidget(label)
        return label

    def first_input(self) -> QWidget | None:
        return None

    def commit(self) -> None:
        """Take what is typed but not yet taken (the interview is about to move on)."""


class ScriptPage(Page):
    def __init__(self, script: Script, language: str, second: str, organisation: str = "") -> None:
        super().__init__(language, second)
        self.setObjectName(f"page_{script.id}")
        self.heading(self.bi(script.title), "scriptTitle")
        self.column.addWidget(
            self.plain(
                QCoreApplication.translate("Interview", "Read aloud to the respondent:"),
                "readAloudHint",
                "hint",
            )
        )
        # the seed's blank for the organisation filled with its name from Settings (issue 16)
        self.text(Text(*(script.text_for(lang, organisation) for lang in LANGUAGES)), "scriptText")


class ItemPage(Page):
    def __init__(
        self,
        section: Section,
        item: Item,
        answers: Mapping[str, Any],
        *,
        language: str,
        second: str,
        scale: tuple[Text, ...],
        heading: bool = True,
        home_country: str | None = None,
    ) -> None:
        super().__init__(language, second)
        self.setObjectName(f"page_{item.id}")
        self.home_country = home_country  # the form's roles.home_country: offered first
        self.item = item
        self.answers = dict(answers)
        self.scale = scale
        # the instrument's own item ids (B1 ...) are how people refer to items; others are internal
        suffix = f" - {item.id}" if len(item.id) == 2 and item.id[0].isupper() else ""
        if heading:
            self.heading(self.bi(section.title) + suffix, "itemHeading")
        self.text(item.applicability, "applicability", "hint")
        self.text(item.question, "question", "question")
        self.input: QWidget | None = None
        self.branch_box = QVBoxLayout()
        self.score_group: QButtonGroup | None = None
        self.warning = QLabel(self)
        self.warning.setObjectName("itemWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.warning.hide()
        builders = {
            "evidence": self._evidence,
            "integer": self._integer,
            "choice": self._choice,
            "multi_choice": self._multi,
            "country": self._country,
            "text": self._text,
        }
        builders[item.type]()
        self.column.addWidget(self.warning)
        if item.interviewer_notes is not None:
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            title = QLabel(QCoreApplication.translate("Interview", "Notes for the interviewer"), frame)
            title.setProperty("role", "notesTitle")
            inner.addWidget(title)
            body = QLabel(self.bi(item.interviewer_notes, "\n\n"), frame)
            body.setObjectName("interviewerNotes")
            body.setWordWrap(True)
            body.setProperty("role", "notes")
            inner.addWidget(body)
            self.column.addWidget(frame)

    # -- evidence: the scripted branch, then 0-3 with the scale's meaning ---------------------

    def _evidence(self) -> None:
        self.column.addLayout(self.branch_box)
        self._render_branch()
        label = self.item.evidence_label
        self.text(label, "evidenceLabel", "evidenceLabel")
        row = QVBoxLayout()
        self.score_group = QButtonGroup(self)
        for value in range(4):
            button = QPushButton(f"{value} = {self.bi(self.scale[value])}", self)
            button.setObjectName(f"score_{value}")
            button.setCheckable(True)
            button.setProperty("role", "score")
            button.setToolTip(QCoreApplication.translate("Interview", "Key %1").replace("%1", str(value)))
            self.score_group.addButton(button, value)
            row.addWidget(button)
        current = self.answers.get(self.item.id)
        if isinstance(current, int) and self.score_group.button(current):
            self.score_group.button(current).setChecked(True)
        self.score_group.idClicked.connect(lambda value: self.changed.emit(self.item.id, value))
        self.column.addLayout(row)

    def _render_branch(self) -> None:
        while self.branch_box.count():
            taken = self.branch_box.takeAt(0)
            child = taken.widget() if taken is not None else None
            if child is not None:
                child.hide()
                child.deleteLater()
        if self.item.root is None:
            return
        branch = walk_branch(self.item, self.answers)
        for probe, answer in branch.path:
            self._probe_row(probe, answer)
        if branch.waiting is not None:
            self._probe_row(branch.waiting, None)
        end: End | None = branch.end
        if end is not None:
            if end.explain is not None:
                ask = self.plain(
                    QCoreApplication.translate("Interview", "Ask:") + " " + self.bi(end.explain, "\n"),
                    "explainPrompt",
                )
                self.branch_box.addWidget(ask)
            if end.score is not None:
                scripted = QCoreApplication.translate("Interview", "The script scores this %1.").replace(
                    "%1", str(end.score)
                )
                self.branch_box.addWidget(self.plain(scripted, "scriptedScore", "hint"))

    def _probe_row(self, probe: Probe, answer: str | None) -> None:
        box = QWidget(self)
        box.setObjectName(f"probe_{probe.id}")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 4)
        if probe.id != "q1":
            question = QLabel(self.bi(probe.ask, "\n"), box)
            question.setWordWrap(True)
            column.addWidget(question)
        row = QHBoxLayout()
        key = f"{self.item.id}.{probe.id}"
        group = QButtonGroup(box)
        for value, text in (
            ("yes", QCoreApplication.translate("Interview", "Yes")),
            ("no", QCoreApplication.translate("Interview", "No")),
        ):
            button = QRadioButton(text, box)
            button.setObjectName(f"{probe.id}_{value}")
            button.setToolTip(QCoreApplication.translate("Interview", "Key %1").replace("%1", value[0].upper()))
            button.setChecked(answer == value)
            group.addButton(button)
            button.toggled.connect(when_checked(partial(self._answer_probe, key, value)))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.branch_box.addWidget(box)

    def answer_waiting(self, value: str) -> bool:
        """Y or N from the keyboard: answer the scripted question that waits for one."""
        if self.item.root is None:
            return False
        waiting = walk_branch(self.item, self.answers).waiting
        if waiting is None:
            return False
        button = self.findChild(QRadioButton, f"{waiting.id}_{value}")
        if button is None:
            return False
        button.setChecked(True)
        return True

    def _answer_probe(self, key: str, value: str) -> None:
        self.answers[key] = value
        self.changed.emit(key, value)
        self._render_branch()

    def set_score(self, value: int) -> None:
        if self.score_group is not None and self.score_group.button(value) is not None:
            self.score_group.button(value).setChecked(True)
            self.changed.emit(self.item.id, value)

    def show_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    # -- the other types ---------------------------------------------------------------

    def _integer(self) -> None:
        low, high = self.item.min, self.item.max
        if low is not None and high is not None and high - low <= 5:  # a small scale (judgement 0-3)
            self._scale(low, high)
            return
        spin = NumberBox(self)
        spin.setObjectName("integerInput")
        spin.setRange(
            self.item.min if self.item.min is not None else 0,
            self.item.max if self.item.max is not None else 999,
        )
        spin.setSpecialValueText(" ")  # the minimum shown blank: not answered yet
        spin.setMinimum(spin.minimum() - 1)
        value = self.answers.get(self.item.id)
        spin.setValue(value if isinstance(value, int) else spin.minimum())
        if self.item.unit is not None:
            spin.setSuffix(" " + self.item.unit.get(self.language))
        spin.valueChanged.connect(lambda v: self.changed.emit(self.item.id, None if v == spin.minimum() else v))
        spin.turn.connect(self.turn)
        spin.setAccessibleName(self.item.question.get(self.language))
        self.column.addWidget(spin)
        self.input = spin

    def _scale(self, low: int, high: int) -> None:
        group = QButtonGroup(self)
        row = QHBoxLayout()
        current = self.answers.get(self.item.id)
        for value in range(low, high + 1):
            button = QRadioButton(str(value), self)
            button.setObjectName(f"value_{value}")
            button.setChecked(current == value)
            group.addButton(button)
            button.toggled.connect(when_checked(partial(self.changed.emit, self.item.id, value)))
            row.addWidget(button)
            if self.input is None:
                self.input = button
        row.addStretch(1)
        self.column.addLayout(row)

    def choose(self, number: int) -> bool:
        """Pick the option with this number (1-9) from the keyboard; False if there is none."""
        buttons = self.findChildren(QRadioButton)
        choices = [b for b in buttons if b.objectName().startswith(("option_", "value_"))]
        if self.item.type == "integer":  # a 0-3 scale: keys are the values themselves
            choices = [b for b in choices if b.objectName() == f"value_{number}"]
            number = 1
        if 1 <= number <= len(choices):
            choices[number - 1].setChecked(True)
            return True
        return False

    def _choice(self) -> None:
        group = QButtonGroup(self)
        current = self.answers.get(self.item.id)
        for index, option in enumerate(self.item.options):
            button = QRadioButton(f"&{index + 1}", self)
            button.setObjectName(f"option_{option.value}")
            button.setChecked(current == option.value)
            group.addButton(button)
            button.toggled.connect(when_checked(partial(self.changed.emit, self.item.id, option.value)))
            self.column.addLayout(option_row(button, self.bi(option.label), self))
            if option.follow_up is not None:
                hint = self.plain("    " + self.bi(option.follow_up, "\n    "), f"followUp_{option.value}")
                hint.setProperty("role", "hint")
                self.column.addWidget(hint)
            if self.input is None:
                self.input = button

    def _multi(self) -> None:
        current = set(self.answers.get(self.item.id) or [])
        self.checks: dict[str, QCheckBox] = {}
        for option in self.item.options:
            box = QCheckBox(self)
            box.setObjectName(f"option_{option.value}")
            box.setChecked(option.value in current)
            box.toggled.connect(lambda _on, o=option: self._multi_changed(o.value))
            self.checks[option.value] = box
            self.column.addLayout(option_row(box, self.bi(option.label), self))
            if option.takes_text:
                other = QLineEdit(str(self.answers.get(f"{self.item.id}.{option.value}", "")), self)
                other.setObjectName(f"optionText_{option.value}")
                other.setAccessibleName(box.accessibleName())  # read out as the option it details
                other.textChanged.connect(
                    lambda text, o=option: self.changed.emit(f"{self.item.id}.{o.value}", text or None)
                )
                self.column.addWidget(other)
            if self.input is None:
                self.input = box

    def _multi_changed(self, value: str) -> None:
        options = {o.value: o for o in self.item.options}
        if self.checks[value].isChecked():
            if options[value].exclusive:
                others = [v for v in self.checks if v != value]
            else:
                others = [v for v in self.checks if options[v].exclusive]
            for other in others:
                self.checks[other].blockSignals(True)
                self.checks[other].setChecked(False)
                self.checks[other].blockSignals(False)
        chosen = [v for v, box in self.checks.items() if box.isChecked()]
        self.changed.emit(self.item.id, chosen or None)

    def _country(self) -> None:
        combo = QComboBox(self)
        combo.setObjectName("countryInput")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)  # long country names must not widen the page
        combo.addItem("", None)
        home = self.home_country
        for code, name in countries(self.language):
            if code == home:
                citizen = QCoreApplication.translate("Interview", "%1 (citizen)").replace("%1", name)
                combo.addItem(f"{citizen} - {code}", code)
        for code, name in countries(self.language):
            if code != home:
                combo.addItem(f"{name} - {code}", code)
        combo.addItem(QCoreApplication.translate("Interview", "Stateless"), "none")
        current = self.answers.get(self.item.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit(self.item.id, combo.currentData()))
        combo.setAccessibleName(self.item.question.get(self.language))
        self.column.addWidget(combo)
        self.input = combo
        self.country = combo

    def commit(self) -> None:
        """A country typed and completed in the box is taken by the box only when it loses the
        focus, which PgDn right after the completion does in the middle of the page change: the
        next page was drawn from the answers before it (section B's reason said "is ," and the
        page count lagged). Taken here, before the interview asks what comes next."""
        combo = getattr(self, "country", None)
        if combo is None:
            return
        typed = combo.currentText().strip()
        if typed == combo.itemText(combo.currentIndex()):
            return
        index = combo.findText(typed, Qt.MatchFlag.MatchFixedString) if typed else 0
        if index >= 0:
            combo.setCurrentIndex(index)  # emits changed(), as choosing it in the list does

    def _text(self) -> None:
        edit = QLineEdit(str(self.answers.get(self.item.id) or ""), self)
        edit.setObjectName("textInput")
        edit.textChanged.connect(lambda text: self.changed.emit(self.item.id, text or None))
        edit.setAccessibleName(self.item.question.get(self.language))
        self.column.addWidget(edit)
        self.input = edit

    def first_input(self) -> QWidget | None:
        if self.score_group is not None and not self.item.root:
            return self.score_group.buttons()[0]
        return self.input


class IndicatorsPage(Page):
    """An indicator list: one checkbox per indicator; number keys tick the first nine."""

    toggled_list = Signal(str, object)

    def __init__(self, lst: IndicatorList, ticked: tuple[str, ...], language: str, second: str) -> None:
        super().__init__(language, second)
        self.setObjectName(f"page_{lst.id}")
        self.lst = lst
        self.heading(self.bi(lst.title), "listTitle")
        self.text(lst.intro, "listIntro", "hint")
        self.column.addWidget(
            self.plain(
                QCoreApplication.translate("Interview", "An indicator is a prompt to look further, never proof."),
                "indicatorCaveat",
                "notes",
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        for index, item in enumerate(lst.items):
            # a check box does not wrap its text: the box carries the number, a label the words
            row = QHBoxLayout()
            box = QCheckBox(f"&{index + 1}" if index < 9 else str(index + 1), self)
            box.setObjectName(f"indicator_{item.id}")
            box.setChecked(item.id in ticked)
            box.setAccessibleName(item.text.get(language))
            box.toggled.connect(lambda _on: self.toggled_list.emit(self.lst.id, self.ticked()))
            words = item.text.get(language)
            if second and second != language:
                words += "\n" + item.text.get(second)
            label = ClickLabel(words, box, self)
            label.setObjectName(f"indicatorText_{item.id}")
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.column.addLayout(row)
            self.boxes[item.id] = box

    def ticked(self) -> tuple[str, ...]:
        return tuple(i for i, box in self.boxes.items() if box.isChecked())

    def first_input(self) -> QWidget | None:
        return next(iter(self.boxes.values()), None)


class NumberBox(QSpinBox):
    """A number (the age): PgUp and PgDn turn the interview's page (`turn`), never step the
    number. A spin box's own PgDn is -10: when the window's shortcut did not take the key (a
    window that has the keyboard without being active), 27 became 17 and the page stayed."""

    turn = Signal(bool)  # forward

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.turn.emit(event.key() == Qt.Key.Key_PageDown)
            return
        super().keyPressEvent(event)


class ClickLabel(QLabel):
    """A wrapping label that clicks its button, as the button's own text would (a button's text
    never wraps)."""

    def __init__(self, text: str, box: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: Any) -> None:
        self.box.click()
        event.accept()


def option_row(button: QAbstractButton, words: str, parent: QWidget) -> QHBoxLayout:
    """A check box or radio button whose words wrap (a button's own text never does, and at a
    projector's font size a long option would push the page wider than the screen)."""
    button.setAccessibleName(words)
    label = ClickLabel(words, button, parent)
    label.setObjectName(button.objectName() + "_text")
    row = QHBoxLayout()
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return row


def item_name(form: Form, item_id: str, language: str) -> str:
    """How an item is named in a list of items: its printed number (B1, C3), or for the
    interviewer's conclusion (no number on the form) its question, e.g. the judgement 0-3."""
    item = form.items.get(item_id)
    if item is None or re.fullmatch(r"[A-Z]\d+", item_id):
        return item_id
    text = item.question.get(language).split(":")[0].strip()
    return text.capitalize() if text.isupper() else text
