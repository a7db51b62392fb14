"""The dialogs of a case: refer (consent first), a referral's next state, the decision.

Each dialog offers only the lists of forms/referrals.yaml and the states the core allows next;
the store checks everything again and its error is shown in the user's language while the
dialog stays open with what was typed (nothing is written).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from screener.core.case_view import organisation_name
from screener.core.messages import message
from screener.core.referrals import NEXT, REASON_LIST, Outcome, ReferralLists, RefState
from screener.core.store.case_records import Referral
from screener.ui import operations
from screener.ui.flow import fit_to_screen
from screener.ui.qt import (
    QButtonGroup,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.core.store.store import Store
    from screener.ui.services import Services


def fill(combo: QComboBox, lists: ReferralLists, name: str, language: str) -> None:
    """A list of referrals.yaml, in the UI language, its ids as the items' data."""
    combo.clear()
    for choice in lists.choices(name):
        combo.addItem(choice.text.get(language), choice.id)


def day_edit(parent: QWidget, name: str) -> QDateEdit:
    """A day, today by default, never after today (typed or chosen from a calendar)."""
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMaximumDate(QDate.currentDate())
    return edit


def iso_day(edit: QDateEdit) -> str:
    return str(edit.date().toString("yyyy-MM-dd"))


class _CaseDialog(QDialog):
    """OK runs the dialog's store change; an error leaves it open with what was entered."""

    def __init__(self, services: Services, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.services = services
        self.language = services.language
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "warning")
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName(f"{name}Buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.result_value: object = None

    @property
    def lists(self) -> ReferralLists:
        lists = self.services.catalog.referrals
        assert lists is not None  # the screens offer no referral without forms/referrals.yaml
        return lists

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def change(self) -> Callable[[Store], object] | None:
        """The store change to make, or None (after `say`ing what is missing)."""
        raise NotImplementedError

    def accept(self) -> None:
        work = self.change()
        if work is None:
            return
        done = operations.run(self, self.services, work)
        if done is not None:
            self.result_value = done.value
            super().accept()


class ReferDialog(_CaseDialog):
    """A referral from a case: the person's consent first, then to whom, what for, when, how."""

    def __init__(self, services: Services, case_id: str, screening_id: str | None, parent: QWidget | None) -> None:
        super().__init__(services, parent, "referDialog")
        self.case_id, self.screening_id = case_id, screening_id
        language = self.language
        lists = self.lists
        self.consent_yes = QRadioButton(self.tr("Yes, the person agrees to this referral"), self)
        self.consent_yes.setObjectName("consentYes")
        self.consent_no = QRadioButton(self.tr("No consent"), self)
        self.consent_no.setObjectName("consentNo")
        self.consent = QButtonGroup(self)
        for button in (self.consent_yes, self.consent_no):
            self.consent.addButton(button)
            button.toggled.connect(self._consent_changed)
        self.no_consent_reason = QComboBox(self)
        self.no_consent_reason.setObjectName("noConsentReason")
        self.no_consent_reason.setAccessibleName(self.tr("Why without consent"))
        fill(self.no_consent_reason, lists, "no_consent_reasons", language)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("organisationCombo")
        self.organisation.setEditable(True)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(30)
        self.organisation.addItem("", None)
        directory = services.catalog.directory
        if directory is not None:
            for hotline in directory.hotlines:
                self.organisation.addItem(f"{hotline.name.get(language)} ({hotline.number})", hotline.id)
            for entry in directory.entries:
                name = entry.organisation_en if language == "en" and entry.organisation_en else entry.organisation
                self.organisation.addItem(f"{name} ({entry.city})" if entry.city else name, entry.id)
        line = self.organisation.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose from the directory or type a name"))
            line.setMaxLength(200)
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("purposeCombo")
        fill(self.purpose, lists, "purposes", language)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelCombo")
        fill(self.channel, lists, "channels", language)
        self.day = day_edit(self, "referralDay")
        self.day.setAccessibleName(self.tr("Referred on"))
        intro = QLabel(
            self.tr(
                "Ask the person first whether they agree to be referred. The receiving organisation "
                "gets only the case code, the purpose, the date, how and from which post: no answers, no notes."
            ),
            self,
        )
        intro.setObjectName("referIntro")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("Consent"), self.consent_yes)
        self.form.addRow("", self.consent_no)
        self.form.addRow(self.tr("Why without consent"), self.no_consent_reason)
        self.form.addRow(self.tr("Organisation"), self.organisation)
        self.form.addRow(self.tr("Purpose"), self.purpose)
        self.form.addRow(self.tr("Referred on"), self.day)
        self.form.addRow(self.tr("How"), self.channel)
        self._consent_changed()
        self.setWindowTitle(self.tr("Refer"))
        self.consent_yes.setFocus()
        fit_to_screen(self)

    def _consent_changed(self) -> None:
        self.no_consent_reason.setEnabled(self.consent_no.isChecked())

    def organisation_choice(self) -> tuple[str | None, str]:
        """(a directory id, "") when an entry of the directory is chosen, else (None, the typed name)."""
        text = self.organisation.currentText().strip()
        index = self.organisation.currentIndex()
        if index > 0 and self.organisation.itemText(index).strip() == text:
            return str(self.organisation.itemData(index)), ""
        found = self.organisation.findText(text)
        if text and found > 0:
            return str(self.organisation.itemData(found)), ""
        return None, text

    def change(self) -> Callable[[Store], object] | None:
        if not (self.consent_yes.isChecked() or self.consent_no.isChecked()):
            self.say(self.tr("Record the person's consent first: yes, or no consent with its reason."))
            self.consent_yes.setFocus()
            return None
        consent = self.consent_yes.isChecked()
        reason = None if consent else str(self.no_consent_reason.currentData())
        organisation_id, typed = self.organisation_choice()
        if organisation_id is None and not typed:
            self.say(self.tr("Choose the organisation from the directory or type its name."))
            self.organisation.setFocus()
            return None
        purpose, channel, day = str(self.purpose.currentData()), str(self.channel.currentData()), iso_day(self.day)
        case_id, screening_id = self.case_id, self.screening_id

        def refer(store: Store) -> str:
            return store.refer(
                case_id,
                purpose=purpose,
                channel=channel,
                on=day,
                consent=consent,
                no_consent_reason=reason,
                organisation_id=organisation_id,
                organisation=typed,
                screening_id=screening_id,
            )

        return refer


class ReferralStepDialog(_CaseDialog):
    """A referral's next state (accepted or declined; delivered or not), its day and reason."""

    def __init__(self, services: Services, referrals: list[Referral], chosen: str | None, parent: QWidget | None):
        super().__init__(services, parent, "referralStepDialog")
        language = self.language
        self.referrals = [r for r in referrals if NEXT[r.state]]
        self.referral = QComboBox(self)
        self.referral.setObjectName("referralCombo")
        directory = services.catalog.directory
        for ref in self.referrals:
            purpose = self.lists.text("purposes", ref.purpose, language)
            state = message(f"referral.state.{ref.state.value}", language)
            shown = f"{purpose}: {organisation_name(directory, ref, language)} ({state})"
            self.referral.addItem(shown, ref.id)
        self.referral.setCurrentIndex(max(self.referral.findData(chosen), 0))
        self.state = QComboBox(self)
        self.state.setObjectName("referralStateCombo")
        self.reason = QComboBox(self)
        self.reason.setObjectName("referralReasonCombo")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.day = day_edit(self, "referralStepDay")
        self.day.setAccessibleName(self.tr("On"))
        self.referral.currentIndexChanged.connect(self._referral_changed)
        self.state.currentIndexChanged.connect(self._state_changed)
        self.form.addRow(self.tr("Referral"), self.referral)
        self.form.addRow(self.tr("New state"), self.state)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("On"), self.day)
        self._referral_changed()
        self.setWindowTitle(self.tr("Referral: next state"))
        self.state.setFocus()
        fit_to_screen(self)

    def _referral_changed(self) -> None:
        index = self.referral.currentIndex()
        self.state.blockSignals(True)
        self.state.clear()
        if 0 <= index < len(self.referrals):
            for state in NEXT[self.referrals[index].state]:
                self.state.addItem(message(f"referral.state.{state.value}", self.language), state.value)
        self.state.blockSignals(False)
        self._state_changed()

    def _state_changed(self) -> None:
        data = self.state.currentData()
        list_name = REASON_LIST.get(RefState(data)) if data else None
        self.reason.clear()
        if list_name is not None:
            fill(self.reason, self.lists, list_name, self.language)
        self.reason.setEnabled(list_name is not None)

    def change(self) -> Callable[[Store], object] | None:
        referral_id, state = self.referral.currentData(), self.state.currentData()
        if referral_id is None or state is None:
            self.say(self.tr("No referral of this case can change state."))
            return None
        reason = self.reason.currentData() if self.reason.isEnabled() else None
        day = iso_day(self.day)

        def update(store: Store) -> None:
            store.update_referral(str(referral_id), str(state), day, None if reason is None else str(reason))

        return update


class DecisionDialog(_CaseDialog):
    """The competent authority's decision, as it was given: the app never infers one."""

    def __init__(self, services: Services, case_id: str, parent: QWidget | None) -> None:
        super().__init__(services, parent, "decisionDialog")
        self.case_id = case_id
        language = self.language
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("decisionCombo")
        for outcome in Outcome:
            self.outcome.addItem(message(f"decision.{outcome.value}", language), outcome.value)
        self.decided_by = QComboBox(self)
        self.decided_by.setObjectName("decidedByCombo")
        fill(self.decided_by, self.lists, "deciders", language)
        self.day = day_edit(self, "decisionDay")
        self.day.setAccessibleName(self.tr("Decided on"))
        note = QLabel(
            self.tr(
                "Record the decision as the competent authority gave it. The screening's scores "
                "never decide: Screener does not infer a decision."
            ),
            self,
        )
        note.setObjectName("decisionNote")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("Decision"), self.outcome)
        self.form.addRow(self.tr("Decided by"), self.decided_by)
        self.form.addRow(self.tr("Decided on"), self.day)
        self.setWindowTitle(self.tr("Decision of the competent authority"))
        self.outcome.setFocus()
        fit_to_screen(self)

    def change(self) -> Callable[[Store], object] | None:
        outcome, by, day, case_id = (
            str(self.outcome.currentData()),
            str(self.decided_by.currentData()),
            iso_day(self.day),
            self.case_id,
        )

        def decide(store: Store) -> None:
            store.record_decision(case_id, outcome, by, day)

        return decide
