"""The interview's "Page n of m" bar, drawn in microseconds.

Qt's own QProgressBar is painted by the style: Fusion's gradients through the style sheet's
style cost 0.5-3.4 ms a paint on this machine, and QProgressBar.setValue paints there and then,
at every page and answer (issue 21). This one is still a QProgressBar (value, range, format and
its accessible name and value for screen readers), but draws itself: a frame, the part done
and the text, in the palette's colours.
"""

from __future__ import annotations

from screener.ui.qt import QPainter, QPaintEvent, QPalette, QProgressBar, QRect, Qt, QWidget


class PageProgress(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(True)

    def set_page(self, index: int, count: int, text: str) -> None:
        """Page `index` (from 0) of `count`: recorded, and painted once with the next frame
        (setValue would paint the bar at once, before the page it belongs to is built)."""
        self.setUpdatesEnabled(False)
        self.setRange(0, max(count - 1, 1))
        self.setValue(index)
        self.setFormat(text)
        self.setUpdatesEnabled(True)  # one update()

    def done_width(self, width: int) -> int:
        """How much of `width` pixels the part done fills."""
        span = self.maximum() - self.minimum()
        if span <= 0:
            return 0
        return round(width * (self.value() - self.minimum()) / span)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 (the whole bar: it is one line)
        palette = self.palette()
        painter = QPainter(self)
        frame = self.rect().adjusted(0, 0, -1, -1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 2, 2)
        inside = frame.adjusted(1, 1, 0, 0)
        done = QRect(inside.x(), inside.y(), self.done_width(inside.width()), inside.height())
        if done.width() > 0:
            painter.fillRect(done, palette.color(QPalette.ColorRole.Highlight))
        text = self.text()
        align = Qt.AlignmentFlag.AlignCenter
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setClipRect(QRect(done.right() + 1, inside.y(), inside.width() - done.width(), inside.height()))
        painter.drawText(inside, align, text)
        if done.width() > 0:  # the text over the part done in the highlight's own text colour
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.setClipRect(done)
            painter.drawText(inside, align, text)
        painter.end()
