"""The font size of the whole app, set at start and from Settings, carried to every widget.

Qt alone does not: a widget with a style sheet of its own (the interview, the quick check, the
training banner) keeps the font it was polished with, and so do its children; a widget given
a size of its own (a title at +4 pt) keeps that size. Going from 24 back to 12 pt left the
interview's header, progress bar, scores panel, notes box and buttons at 24 pt.
"""

from __future__ import annotations

from screener.ui.qt import QApplication, QFont

SIZE_RESOLVED = 0x0002  # QFont::SizeResolved (PySide6 does not expose QFont::ResolveProperties)


def apply_size(size: int) -> None:
    """Every widget at `size` points: its own size (a title) scaled by as much, as before."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font().pointSizeF()
    font = QFont(app.font())
    font.setPointSize(size)
    QApplication.setFont(font)
    ratio = size / old if old > 0 else 1.0
    widgets = QApplication.allWidgets()
    if ratio != 1.0:
        for widget in widgets:
            own = widget.font()
            if own.resolveMask() & SIZE_RESOLVED:
                own.setPointSizeF(round(own.pointSizeF() * ratio, 2))
                widget.setFont(own)
    for widget in widgets:
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)  # polished again: its fonts come from its parent's anew


def base_size() -> float:
    """The app's font size now (not a widget's, which may not have followed a change yet)."""
    return QApplication.font().pointSizeF()
