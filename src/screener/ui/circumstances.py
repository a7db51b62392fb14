"""What happened to the person: one compact row of optional flags, and the steps they bring.

The flags (injured, refuses help, identified abroad, not recognised, age not established), their
labels and when each is offered are declared in forms/next_steps.yaml (`circumstances:`). The
row is shown in the interview before the conclusion and on the quick check's first actions;
under it, each step a recorded flag brings, with the reason, so a change shows at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from screener.core.instrument.model import NextStepRules
from screener.core.interview import InterviewState
from screener.core.next_steps import offered
from screener.core.outcome import LiveEffect
from screener.ui.flow import FlowLayout
from screener.ui.qt import QCheckBox, QFrame, QLabel, Qt, QVBoxLayout, QWidget, Signal


class CircumstancesRow(QFrame):
    """Check boxes for the circumstances offered now; `changed(flag, value)` when one is toggled."""

    changed = Signal(str, bool)

    def __init__(self, rules: NextStepRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("circumstancesRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rules = rules
        self.boxes: dict[str, QCheckBox] = {}
        self.title = QLabel(self)
        self.title.setObjectName("circumstancesTitle")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "question")
        self.flow_holder = QWidget(self)
        self.flow = FlowLayout(self.flow_holder, spacing=12)
        self.effects = QLabel(self)
        self.effects.setObjectName("circumstancesEffects")
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.PlainText)
        self.effects.setProperty("role", "hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(self.title)
        column.addWidget(self.flow_holder)
        column.addWidget(self.effects)
        self.title.setText(self.tr("What happened (optional; every change is kept in the audit trail):"))

    def show_state(self, state: InterviewState, language: str, second: str = "") -> None:
        """One check box per circumstance offered for this person, ticked as recorded."""
        recorded = state.context.flags()
        offered_ids = {c.id for c in offered(self.rules, state)}
        for box in self.boxes.values():
            self.flow.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for circumstance in self.rules.circumstances:
            if circumstance.id not in offered_ids:
                continue
            label = circumstance.label.get(language)
            if second and second != language:
                label += " / " + circumstance.label.get(second)
            box = QCheckBox(label, self.flow_holder)
            box.setObjectName(f"circumstance_{circumstance.id}")
            box.setChecked(recorded.get(circumstance.id) is True)
            box.toggled.connect(lambda checked, flag=circumstance.id: self.changed.emit(flag, bool(checked)))
            self.flow.addWidget(box)
            self.boxes[circumstance.id] = box

    def show_effects(self, effects: Sequence[LiveEffect], problems: Sequence[str]) -> None:
        """Under the row: each step a recorded circumstance brings, and why; and what does not apply
        (the live outcome's texts, screener.core.outcome.live_outcome)."""
        lines = [self.tr("-> %1 (why: %2)").replace("%1", e.step).replace("%2", e.why) for e in effects]
        lines.extend(problems)
        self.effects.setText("\n".join(lines))
        self.effects.setVisible(bool(lines))
