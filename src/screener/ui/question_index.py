"""Go to a question (Ctrl+G in the interview), as ODK Collect's question index: the sections
and the pages that apply now, each with its id and the start of its text; typing filters the
list, arrows move in it, Enter goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener.ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from screener.core.interview import Page

MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
PAGE_ROLE = Qt.ItemDataRole.UserRole


class QuestionIndex(QDialog):
    """`entries`: (section heading or None, text, page) in the interview's order; a heading
    row starts each section and cannot be chosen."""

    def __init__(self, entries: list[tuple[str, str, Page]], current: Page | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("questionIndex")
        self.setWindowTitle(self.tr("Go to question"))
        self.hint = QLabel(self.tr("Type to find a question; arrows choose, Enter goes there."), self)
        self.hint.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("indexFilter")
        self.filter.setAccessibleName(self.tr("Find a question"))
        self.filter.setPlaceholderText(self.tr("Id or words, e.g. B3"))
        self.list = QListWidget(self)
        self.list.setObjectName("indexList")
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.headings: list[tuple[QListWidgetItem, list[QListWidgetItem]]] = []
        section = None
        for heading, text, page in entries:
            if heading != section:
                section = heading
                row = QListWidgetItem(heading)
                font = row.font()
                font.setBold(True)
                row.setFont(font)
                row.setFlags(Qt.ItemFlag.NoItemFlags)  # a section's title: not a place to go to
                self.list.addItem(row)
                self.headings.append((row, []))
            item = QListWidgetItem("    " + text)
            item.setData(PAGE_ROLE, page)
            self.list.addItem(item)
            if self.headings:
                self.headings[-1][1].append(item)
            if page == current:
                self.list.setCurrentItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self.narrow)
        self.filter.returnPressed.connect(self.accept)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.filter.setFocus()

    def narrow(self, text: str) -> None:
        """Only the pages whose id starts with what is typed, or whose text holds it (and their
        sections' titles)."""
        wanted = text.strip().casefold()
        first = None
        for heading, items in self.headings:
            shown = False
            for item in items:
                text = item.text().strip().casefold()
                # an id from its start ("c" is C1-C4, not every word with a c); words from 3 letters
                hit = text.startswith(wanted) or (len(wanted) >= 3 and wanted in text)
                item.setHidden(not hit)
                shown = shown or hit
                if hit and first is None:
                    first = item
            heading.setHidden(not shown)
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and PgUp/PgDn typed in the filter move in the list."""
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in MOVE_KEYS
        ):
            QApplication.sendEvent(self.list, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Page | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        page = item.data(PAGE_ROLE)
        return page if page is not None else None
