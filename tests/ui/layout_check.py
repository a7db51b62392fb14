"""What a person sees cut off: a label's or button's text that does not fit the space it got,
a widget pushed outside the window or given no room at all, a table column out of its table's view, a tool bar action
hidden behind the tool bar's extension button, a table row lower than its text.

Used by the screenshot and clipping tests; each finding is one line naming the widget.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's part of the namespace

from screener.ui.qt import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPoint,
    QRect,
    QTableWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding
SHOTS = "SCREENER_CLIP_SHOTS"  # a folder: each screen where something was found is saved there


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = " ".join(widget.text().split())[:40]
    return f"{type(widget).__name__}:{widget.objectName() or '?'} {text!r}"


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's content (below root): it may lie outside the view and be scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _squeezed(widget: QWidget) -> bool:
    """A label or button with text that its layout gave no width or height (the status line
    had 0 px: shown, yet nothing of it could be seen)."""
    if widget.width() > 0 and widget.height() > 0:
        return False
    return isinstance(widget, (QLabel, QAbstractButton)) and bool(widget.text().strip())


def _text_clipped(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        if not widget.text().strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        if widget.wordWrap():
            need_w = widget.minimumSizeHint().width()
            need_h = widget.heightForWidth(widget.width())
        else:
            metrics = widget.fontMetrics()
            lines = widget.text().split("\n")
            need_w = widget.sizeHint().width()
            if not GuiQt.mightBeRichText(widget.text()):  # what is drawn (a label may elide on purpose)
                margins = widget.contentsMargins()
                need_w = max(metrics.horizontalAdvance(line) for line in lines) + margins.left() + margins.right()
            # a single line may lose its font box's blank edges, never the ink of its letters
            ink = max(metrics.tightBoundingRect(line).height() for line in lines)
            need_h = metrics.lineSpacing() * (len(lines) - 1) + ink
        if widget.width() + SLACK < need_w or widget.height() + SLACK < need_h:
            return f"{widget.width()}x{widget.height()} < {need_w}x{need_h}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        if isinstance(widget, QToolButton) and widget.parentWidget() is not None:
            if isinstance(widget.parentWidget(), QToolBar) and widget.objectName() == "qt_toolbar_ext_button":
                return ""
        hint = widget.sizeHint()
        metrics = widget.fontMetrics()
        need_h = metrics.height()
        if widget.width() + SLACK < hint.width() or widget.height() + SLACK < need_h:
            return f"{widget.width()}x{widget.height()} < {hint.width()}x{need_h}"
    return ""


def _tiny_indicator(widget: QWidget) -> str:
    """A radio button's or tick box's box much smaller than its text (13 px at 24 pt)."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle  # noqa: PLC0415

    if isinstance(widget, QRadioButton):
        metric = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    elif isinstance(widget, QCheckBox):
        metric = QStyle.PixelMetric.PM_IndicatorWidth
    else:
        return ""
    size = widget.style().pixelMetric(metric, None, widget)
    letters = widget.fontMetrics().capHeight()
    return f"indicator {size} px for {letters} px letters" if size < letters else ""


def problems(root: QWidget, where: str) -> list[str]:
    """Every clipped text or misplaced widget under `root` (a window or a dialog), as shown now."""
    QApplication.processEvents()
    found: list[str] = []
    bounds = root.rect()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and _squeezed(widget):  # on screen, with its text, in no room at all
            found.append(f"{where}: {_name(widget)} has no room: {widget.width()}x{widget.height()}")
            continue
        if not _shown(widget) or (widget.objectName().startswith("qt_") and not isinstance(widget, QToolButton)):
            continue
        if widget is not root and not _scrolled(widget, root):
            top_left = widget.mapTo(root, QPoint(0, 0))
            placed = QRect(top_left, widget.size())
            if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(placed):
                found.append(f"{where}: {_name(widget)} lies outside the window ({placed.getRect()})")
                continue
        if why := _text_clipped(widget):
            found.append(f"{where}: {_name(widget)} text clipped: {why}")
        if why := _tiny_indicator(widget):
            found.append(f"{where}: {_name(widget)} {why}")
        if isinstance(widget, QTableWidget):
            found += _table_problems(widget, where)
        if isinstance(widget, QToolBar):
            for action in widget.actions():
                button = widget.widgetForAction(action)
                if action.isVisible() and button is not None and not button.isVisible():
                    found.append(f"{where}: tool bar action {action.text()!r} hidden behind the extension button")
    if found and os.environ.get(SHOTS):  # for a person to look at what was found
        folder = Path(os.environ[SHOTS])
        folder.mkdir(parents=True, exist_ok=True)
        root.grab().save(str(folder / f"{'_'.join(where.split())}.png"))
    return found


def _table_problems(table: QTableWidget, where: str) -> list[str]:
    found = []
    header = table.horizontalHeader()
    if header.length() > table.viewport().width() + SLACK:
        hidden = [
            table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else str(c)
            for c in range(table.columnCount())
            if not table.isColumnHidden(c)
            and header.sectionViewportPosition(c) + header.sectionSize(c) > table.viewport().width() + SLACK
        ]
        found.append(f"{where}: table {table.objectName()} columns out of view: {hidden}")
    for row in range(table.rowCount()):
        if table.isRowHidden(row):
            continue
        need = table.sizeHintForRow(row)  # what the row's cells need at their columns' widths
        if table.rowHeight(row) + SLACK < need:
            found.append(f"{where}: table {table.objectName()} row {row} clipped ({table.rowHeight(row)} < {need} px)")
    return found
