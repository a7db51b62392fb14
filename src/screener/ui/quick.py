"""The quick indicator check: the lists of the setting at a glance, one key per indicator.

No signs: Ctrl+Enter records what statistics need (setting, date, age band) and the screen is
ready for the next person. Signs: the first actions of the rules for this setting, with their
reasons, and the questions to ask in private; then on into the full interview with the
indicators already ticked, or the quick check recorded on its own. Nothing is lost either way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from screener.core.instrument.model import IndicatorList
from screener.core.messages import message
from screener.core.outcome import reasons_once
from screener.core.quick import QuickCheck, first_actions, signs
from screener.ui import dialogs, i18n, operations
from screener.ui.circumstances import CircumstancesRow
from screener.ui.flow import FlowLayout, button_rows
from screener.ui.item_widgets import STYLE, option_row
from screener.ui.qt import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QEvent,
    QFrame,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QShortcut,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from screener.ui.result import own_why, shared_why

if TYPE_CHECKING:
    from screener.ui.services import Services

AGE_KEYS = {"child": "F2", "adult": "F3", "unknown": "F4"}


class QuickCheckScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickScreen")
        self.setStyleSheet(STYLE)
        self.services = services
        self.boxes: dict[str, QCheckBox] = {}  # indicator id -> its box, in the order shown
        self.box_list: dict[str, str] = {}  # indicator id -> list id
        self.full_text: dict[str, str] = {}
        self.shown_lists: tuple[IndicatorList, ...] = ()
        self.flags: dict[str, bool] = {}  # what happened to the person, recorded on the first actions

        self.title = QLabel(self)
        self.title.setObjectName("quickTitle")
        self.setting = QComboBox(self)
        self.setting.setObjectName("quickSetting")
        self.setting.currentIndexChanged.connect(self._setting_chosen)
        self.setting_label = QLabel(self)
        self.setting_label.setBuddy(self.setting)
        self.ages = QButtonGroup(self)
        self.age_buttons: dict[str, QRadioButton] = {}
        for band, key in AGE_KEYS.items():
            button = QRadioButton(self)
            button.setObjectName(f"age_{band}")
            self.ages.addButton(button)
            self.age_buttons[band] = button
            QShortcut(QKeySequence(key), self, lambda b=band: self.choose_age(b))
        self.ages.buttonToggled.connect(self._age_toggled)
        self.age_label = QLabel(self)
        self.age_hint = QLabel(self)
        self.age_hint.setObjectName("ageHint")
        self.age_hint.setProperty("role", "warning")

        # page 1: the indicators; page 2: signs found, first actions
        self.pages = QStackedWidget(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("quickListArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows move between indicators instead
        self.detail = QLabel(self)
        self.detail.setObjectName("indicatorDetail")
        self.detail.setWordWrap(True)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMargin(6)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3 + 12)
        ticks = QWidget(self)
        ticks_layout = QVBoxLayout(ticks)
        ticks_layout.setContentsMargins(0, 0, 0, 0)
        ticks_layout.addWidget(self.scroll_area, 1)
        ticks_layout.addWidget(self.detail)
        self.actions_area = QScrollArea(self)
        self.actions_area.setObjectName("firstActionsArea")
        self.actions_area.setWidgetResizable(True)
        self.actions_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.addWidget(ticks)
        self.pages.addWidget(self.actions_area)

        self.status = QLabel(self)
        self.status.setObjectName("quickStatus")
        self.status.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("quickBackButton")
        self.back_button.clicked.connect(self.go_back)
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("quickFinishButton")
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordOnlyButton")
        self.record_button.clicked.connect(self.record_only)
        self.escalate_button = QPushButton(self)
        self.escalate_button.setObjectName("escalateButton")
        self.escalate_button.clicked.connect(self.escalate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._ctrl_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)

        # setting, then the age band: one line when there is room, wrapped at a large font
        top = FlowLayout(spacing=12)
        top.addWidget(self.setting_label)
        top.addWidget(self.setting)
        top.addWidget(self.age_label)
        for button in self.age_buttons.values():
            top.addWidget(button)
        buttons = button_rows([self.back_button], [self.record_button, self.escalate_button, self.finish_button])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.age_hint)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()

    # -- what is on screen --------------------------------------------------------------------

    @property
    def quick(self) -> QuickCheck:
        quick = self.services.catalog.quick
        assert quick is not None  # the loader requires forms/quick_check.yaml for this screen
        return quick

    @property
    def age_band(self) -> str | None:
        return next((band for band, button in self.age_buttons.items() if button.isChecked()), None)

    def ticked(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for indicator, box in self.boxes.items():
            if box.isChecked():
                out.setdefault(self.box_list[indicator], []).append(indicator)
        return {k: tuple(v) for k, v in out.items()}

    def start(self) -> None:
        """A new check: the setting of the last one, no age band, nothing ticked."""
        remembered = self.services.prefs.quick_setting
        self.setting.blockSignals(True)
        self.setting.setCurrentIndex(max(self.setting.findData(remembered), 0))
        self.setting.blockSignals(False)
        self._reset_person()

    def _reset_person(self) -> None:
        self.flags = {}
        self.ages.setExclusive(False)
        for button in self.age_buttons.values():
            button.setChecked(False)
        self.ages.setExclusive(True)
        self.age_hint.hide()
        self.pages.setCurrentIndex(0)
        self.build_lists()
        self._update_buttons()
        self.age_buttons["adult"].setFocus()

    def clear(self) -> None:
        """Locking: nothing of the person stays on screen."""
        self.flags = {}
        self.boxes, self.box_list, self.full_text = {}, {}, {}
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        old = self.actions_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.status.clear()
        self.detail.clear()

    def refresh(self) -> None:
        if self.pages.currentIndex() == 0:
            self._keep_ticks_while(self.build_lists)
        else:
            self.show_first_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self.services.language
        i18n.fill_settings(self.setting, language)
        self.setting_label.setText(self.tr("Setting:"))
        self.age_label.setText(self.tr("Age:"))
        majority = self.services.catalog.default_form.roles.age_of_majority
        names = {
            "child": self.tr("Child, under %2 (%1)").replace("%2", str(majority))
            if majority
            else self.tr("Child (%1)"),
            "adult": self.tr("Adult (%1)"),
            "unknown": self.tr("Age unknown (%1)"),
        }
        for band, button in self.age_buttons.items():
            button.setText(names[band].replace("%1", AGE_KEYS[band]))
        self.age_hint.setText(self.tr("Choose the age band first (F2, F3 or F4)."))
        self._update_buttons()
        self.finish_button.setText(self.tr("Finish (Ctrl+Enter)"))
        self.record_button.setText(self.tr("Record the quick check only"))
        self.escalate_button.setText(self.tr("Continue into the full interview (Ctrl+Enter)"))
        self.scroll_area.setAccessibleName(self.tr("Indicators"))
        self.actions_area.setAccessibleName(self.tr("First actions"))
        self.detail.setAccessibleName(self.tr("Full wording of the indicator"))
        self.title.setText(self.quick.title.get(language))
        font = QApplication.font()  # the font size setting, larger
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        if self.boxes:
            self.refresh()

    def _update_buttons(self) -> None:
        on_actions = self.pages.currentIndex() == 1
        self.back_button.setText(
            self.tr("Back to the indicators (Esc)") if on_actions else self.tr("Back to list (Esc)")
        )
        self.finish_button.setVisible(not on_actions)
        self.record_button.setVisible(on_actions)
        self.escalate_button.setVisible(on_actions)
        self.setting.setEnabled(not on_actions)
        for button in self.age_buttons.values():
            button.setEnabled(not on_actions)

    def build_lists(self) -> None:
        """The lists of the setting and age band (every list that may apply while no band is chosen)."""
        language = self.services.language
        catalog = self.services.catalog
        setting = str(self.setting.currentData())
        self.title.setText(self.quick.title.get(language))
        self.shown_lists = self.quick.lists_for(catalog.lists, setting, self.age_band or "unknown")
        self.boxes, self.box_list, self.full_text = {}, {}, {}
        content = QWidget()
        content.setObjectName("quickLists")
        column = QVBoxLayout(content)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)
        caveat = QLabel(self.tr("An indicator is a prompt to look further, never proof."), content)
        caveat.setObjectName("quickCaveat")
        caveat.setWordWrap(True)
        caveat.setProperty("role", "notes")
        column.addWidget(caveat)
        number = 0
        for lst in self.shown_lists:
            heading = QLabel(lst.title.get(language), content)
            heading.setObjectName(f"quickListTitle_{lst.id}")
            heading.setWordWrap(True)
            heading.setProperty("role", "question")
            column.addWidget(heading)
            for item in lst.items:
                number += 1
                glance = (item.short or item.text).get(language)
                box = QCheckBox(f"&{number}" if number <= 9 else str(number), content)
                box.setObjectName(f"quick_{item.id}")
                full = item.text.get(language)
                box.setToolTip(full)
                box.setAccessibleDescription(full)
                box.installEventFilter(self)
                box.toggled.connect(self._ticked_changed)
                column.addLayout(option_row(box, glance, content))
                self.boxes[item.id] = box
                self.box_list[item.id] = lst.id
                self.full_text[item.id] = full
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(content)
        self.detail.setText(self.tr("Move to an indicator (arrows or Tab) to read its full wording here."))
        self._ticked_changed()

    # -- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QCheckBox):
            indicator = next((i for i, box in self.boxes.items() if box is watched), None)
            if indicator is not None:
                self.detail.setText(self.full_text[indicator])
                self.scroll_area.ensureWidgetVisible(watched)
        return False

    def _scroll_actions(self, key: int) -> bool:
        """PgDn / PgUp on the first actions scroll them, wherever the focus is (a button)."""
        if self.pages.currentIndex() != 1 or key not in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            return False
        bar = self.actions_area.verticalScrollBar()
        step = bar.pageStep() if key == Qt.Key.Key_PageDown else -bar.pageStep()
        bar.setValue(bar.value() + step)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._scroll_actions(key):
            return
        boxes = list(self.boxes.values())
        if self.pages.currentIndex() == 0 and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < len(boxes):
                boxes[index].toggle()
                boxes[index].setFocus()
            return
        if self.pages.currentIndex() == 0 and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and boxes:
            focused = self.focusWidget()
            index = boxes.index(focused) if focused in boxes else -1
            step = 1 if key == Qt.Key.Key_Down else -1
            boxes[max(0, min(len(boxes) - 1, index + step))].setFocus()
            return
        super().keyPressEvent(event)

    def choose_age(self, band: str) -> None:
        if self.pages.currentIndex() == 0:
            self.age_buttons[band].setChecked(True)
            self.age_buttons[band].setFocus()

    def _ctrl_enter(self) -> None:
        if self.pages.currentIndex() == 0:
            self.finish()
        else:
            self.escalate()

    # -- changes -----------------------------------------------------------------------------

    def _setting_chosen(self) -> None:
        setting = str(self.setting.currentData())
        self.services.prefs.quick_setting = setting
        self.services.prefs.save()
        self._keep_ticks_while(self.build_lists)

    def _age_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.age_hint.hide()
            self._keep_ticks_while(self.build_lists)

    def _keep_ticks_while(self, rebuild: Callable[[], None]) -> None:
        """Rebuild the lists (setting, age band, language, font changed) without losing a tick."""
        ticked = self.ticked()
        focus_band = self.age_band
        rebuild()
        for ids in ticked.values():
            for indicator in ids:
                if indicator in self.boxes:
                    self.boxes[indicator].setChecked(True)
        if focus_band is not None:
            self.age_buttons[focus_band].setFocus()

    def _ticked_changed(self) -> None:
        count = signs(self.ticked())
        if count:
            self.status.setText(self.tr("Signs ticked: %1").replace("%1", str(count)))
        elif self.pages.currentIndex() == 0 and not self.status.property("recorded"):
            self.status.setText(self.tr("No sign ticked. Ctrl+Enter records the check with no signs."))

    # -- finishing ---------------------------------------------------------------------------

    def finish(self) -> None:
        if self.age_band is None:
            self.status.clear()  # the last person's "Recorded ..." is not left above this hint
            self.age_hint.show()
            self.age_buttons["adult"].setFocus()
            return
        if signs(self.ticked()):
            self.show_first_actions()
        else:
            self._record(escalate=False)

    def show_first_actions(self) -> None:
        """Signs: what the rules say to do at once, with why, and the questions to ask in private."""
        language = self.services.language
        catalog = self.services.catalog
        setting = str(self.setting.currentData())
        band = self.age_band or "unknown"
        ticked = self.ticked()
        found = first_actions(
            catalog,
            setting=setting,
            age_band=band,
            language=language,
            indicators=ticked,
            flags=self.flags,
        )
        content = QWidget()
        content.setObjectName("firstActions")
        column = QVBoxLayout(content)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)

        def add(text: str, name: str, role: str = "") -> QLabel:
            label = QLabel(text, content)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if role:
                label.setProperty("role", role)
            column.addWidget(label)
            return label

        add(self.tr("Signs ticked: %1").replace("%1", str(signs(ticked))), "signsTitle", "question")
        titles = {lst.id: lst for lst in self.shown_lists}
        for list_id, ids in ticked.items():
            lst = titles.get(list_id) or catalog.indicator_list(list_id)
            by_id = {item.id: item for item in lst.items}
            for indicator in ids:
                add("- " + by_id[indicator].text.get(language), f"sign_{indicator}")
        if found.state is not None:
            row = CircumstancesRow(catalog.next_steps, content)
            row.show_state(found.state, language)  # the steps below show what each flag brings
            row.changed.connect(self._circumstance_changed)
            column.addWidget(row)
        add(self.tr("First actions"), "firstActionsTitle", "question")
        add(self.tr("An indicator is a prompt to look further, never proof."), "firstActionsCaveat", "notes")
        once = reasons_once(found.steps)  # a reason of several steps is said once, above them
        for index, shared in enumerate(shared_why(once, found.steps)):
            add(shared, f"sharedReason_{index}", "hint")
        for step in found.steps:
            add(f"{step.number}. {step.text.main}", f"action_{step.id}", "question")
            why = once.steps[step.id]
            for own in why.own:
                text = self.tr("Why: %1").replace("%1", own_why(own) if why.shares else own)
                add(text, f"actionReason_{step.id}", "hint")
        for lst in found.questions:
            add(lst.title.get(language), f"questionsTitle_{lst.id}", "question")
            if lst.intro is not None:
                add(lst.intro.get(language), f"questionsIntro_{lst.id}", "hint")
            for item in lst.items:
                add("- " + item.text.get(language), f"question_{item.id}")
        old = self.actions_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.actions_area.setWidget(content)
        self.pages.setCurrentIndex(1)
        self._update_buttons()
        self.escalate_button.setFocus()
        self.status.setText(self.tr("The first actions for these signs are above, each with its reason."))

    def _circumstance_changed(self, flag: str, value: bool) -> None:
        """The steps follow at once; rebuilt after the click, with the focus back on that box."""
        self.flags[flag] = value

        def rebuild() -> None:
            if self.pages.currentIndex() != 1:
                return
            self.show_first_actions()
            box = self.actions_area.findChild(QCheckBox, f"circumstance_{flag}")
            if box is not None:
                box.setFocus()

        QTimer.singleShot(0, rebuild)

    def go_back(self) -> None:
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self._update_buttons()
            self._ticked_changed()
            next(iter(self.boxes.values()), self.finish_button).setFocus()
            return
        count = signs(self.ticked())
        if count:  # Esc is easy to hit: ticked signs are not thrown away without asking
            question = self.tr("%1 ticked sign(s) are not recorded yet. Leave the quick check without them?")
            if not dialogs.confirm(self, self.tr("Quick check"), question.replace("%1", str(count))):
                return
        self.services.navigation.show_list()

    def record_only(self) -> None:
        self._record(escalate=False)

    def escalate(self) -> None:
        """On into the full interview: the indicators are already there; a case code may be given."""
        if self.pages.currentIndex() != 1:
            return
        code = dialogs.ask_text(
            self,
            self.tr("Full interview"),
            self.tr("Case code for the full interview (optional; no name is needed):"),
        )
        if code is None:
            return
        # the interview's language is the respondent's, not necessarily the screen's
        names = [i18n.native_name(language) for language in i18n.LANGUAGES]
        current = i18n.LANGUAGES.index(self.services.language)
        chosen = dialogs.choose(self, self.tr("Full interview"), self.tr("Language of the interview:"), names, current)
        if chosen is None:
            return
        self._record(escalate=True, case_code=code.strip(), language=i18n.LANGUAGES[chosen])

    def _record(self, *, escalate: bool, case_code: str = "", language: str | None = None) -> None:
        band = self.age_band
        if band is None:
            return
        setting = str(self.setting.currentData())
        language = language or self.services.language
        ticked, interviewer = self.ticked(), self.services.prefs.interviewer
        flags = self.flags
        recorded = operations.run(
            self,
            self.services,
            lambda store: store.record_quick_check(
                setting=setting,
                language=language,
                age_band=band,
                indicators=ticked,
                escalate=escalate,
                case_code=case_code,
                interviewer=interviewer,
                flags=flags,
            ),
        )
        if recorded is None:  # nothing on screen is lost: the ticks stay for another try
            return
        if escalate:
            self.services.navigation.open_screening(recorded.value)
            return
        count = signs(self.ticked())
        what = self.tr("no signs") if count == 0 else self.tr("%1 sign(s), no interview").replace("%1", str(count))
        text = self.tr("Recorded at %1: %2 (%3, %4). Ready for the next person.")
        band_name = {"child": self.tr("child"), "adult": self.tr("adult"), "unknown": self.tr("age unknown")}[band]
        text = text.replace("%1", time.strftime("%H:%M")).replace("%2", what)
        text = text.replace("%3", message(f"setting.{setting}", self.services.language)).replace("%4", band_name)
        self._reset_person()
        self.status.setProperty("recorded", True)
        self.status.setText(text)
        self.status.setProperty("recorded", False)
