"""A row of buttons that wraps onto more lines when the window is narrow (Qt's flow layout
example): at a projector's font size a row of long Kazakh or Russian labels must never push
the window wider than the screen."""

from __future__ import annotations

from screener.ui.qt import QLayout, QLayoutItem, QRect, QSize, Qt, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; `right` packs each line against the right edge."""

    def __init__(self, parent: QWidget | None = None, *, right: bool = False, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right = right
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, when there is room for it."""
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self.spacing() * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest single item: anything wider wraps."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in (i for i in self._items if not i.isEmpty()):
            width = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + width > rect.width():
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + width
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            total = sum(i.sizeHint().width() for i in line) + self.spacing() * (len(line) - 1)
            x = rect.x() + (rect.width() - total if self._right else 0)
            for item in line:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(x, y, min(hint.width(), rect.width()), height))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        return max(y - rect.y() - self.spacing(), 0)


def button_rows(left: list[QWidget], right: list[QWidget]) -> QLayout:
    """Buttons at the left and at the right of a row; each side wraps on its own when narrow."""
    from screener.ui.qt import QHBoxLayout  # noqa: PLC0415

    row = QHBoxLayout()
    for widgets, at_right in ((left, False), (right, True)):
        flow = FlowLayout(right=at_right)
        for widget in widgets:
            flow.addWidget(widget)
        row.addLayout(flow, 1)
    return row
