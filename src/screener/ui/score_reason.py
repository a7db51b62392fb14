"""A written reason for a score other than the script's (scripted scores hold, issue 16).

Where an item's scripted branch ends in a fixed score ("If YES, score 0", seed 003 L5570), a
different score counts only with a reason; without one the script's score stands. The field
shows under such an item when the score given differs, and is saved (and audited) as typed.
"""

from __future__ import annotations

from screener.core.instrument.model import Item
from screener.core.interview import InterviewState, scripted_score
from screener.ui.qt import QLabel, QLineEdit, QVBoxLayout, QWidget, Signal


class ScoreReason(QWidget):
    """`changed(key, text)` as the reason is typed (an empty text clears it)."""

    changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreReasonBox")
        self.item: Item | None = None
        self.label = QLabel(self)
        self.label.setObjectName("scoreReasonLabel")
        self.label.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("scoreReason")
        self.edit.textChanged.connect(self._edited)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.edit)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        text = self.tr("Reason for a score other than the script's (without one, the script's score counts):")
        self.label.setText(text)
        self.edit.setAccessibleName(self.tr("Reason for the score"))

    def show_for(self, item: Item | None, state: InterviewState) -> None:
        """Shown when the score given differs from the script's fixed score, or a reason is kept."""
        self.item = item
        answers = state.answers
        fixed = scripted_score(item, answers) if item is not None else None
        value = answers.get(item.id) if item is not None else None
        reason = answers.get(item.reason_key) if item is not None else None
        needed = item is not None and fixed is not None and (value not in (None, fixed) or bool(reason))
        self.edit.blockSignals(True)
        self.edit.setText(str(reason or "") if needed else "")
        self.edit.blockSignals(False)
        self.setVisible(needed)

    def _edited(self, text: str) -> None:
        if self.item is not None:
            self.changed.emit(self.item.reason_key, text)
