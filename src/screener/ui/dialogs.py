"""Message boxes and file dialogs behind a seam tests can answer (as KeePassXC's MessageBox).

`script(...)` queues answers; while the queue holds one, no modal dialog is shown and the
answer is taken instead, so GUI tests never block on a modal.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.ui.qt import QWidget

_scripted: deque[Any] = deque()
shown: list[tuple[str, str]] = []  # (kind, text) of every dialog, for tests to read
confirm_defaults: list[bool] = []  # each confirm's default answer (Enter), for tests to read


def script(*answers: Any) -> None:
    _scripted.extend(answers)


def reset() -> None:
    _scripted.clear()
    shown.clear()
    confirm_defaults.clear()


def _next(kind: str, text: str) -> tuple[bool, Any]:
    shown.append((kind, text))
    if _scripted:
        return True, _scripted.popleft()
    return False, None


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Yes or No; No is the default (Enter) unless saying yes is the safe, expected answer."""
    confirm_defaults.append(default_yes)
    scripted, answer = _next("confirm", text)
    if scripted:
        return bool(answer)
    from screener.ui.qt import QMessageBox  # noqa: PLC0415 (dialog types are built when first needed)

    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    scripted, _answer = _next("inform", text)
    if not scripted:
        from screener.ui.qt import QMessageBox  # noqa: PLC0415

        QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    scripted, _answer = _next("error", text)
    if not scripted:
        from screener.ui.qt import QMessageBox  # noqa: PLC0415

        QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
    scripted, answer = _next("ask_text", label)
    if scripted:
        return answer
    from screener.ui.qt import QInputDialog, QLineEdit  # noqa: PLC0415

    mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    value, ok = QInputDialog.getText(parent, title, label, mode)
    return value if ok else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """One of `items` (its index), or None when cancelled."""
    scripted, answer = _next("choose", label)
    if scripted:
        return answer if answer is None else int(answer)
    from screener.ui.qt import QInputDialog  # noqa: PLC0415

    value, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return items.index(value) if ok and value in items else None


def save_file(parent: QWidget | None, caption: str, name_filter: str, suggested: str = "") -> str | None:
    scripted, answer = _next("save_file", caption)
    if scripted:
        return answer
    from screener.ui.qt import QFileDialog  # noqa: PLC0415

    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path or None


def open_file(parent: QWidget | None, caption: str, name_filter: str) -> str | None:
    scripted, answer = _next("open_file", caption)
    if scripted:
        return answer
    from screener.ui.qt import QFileDialog  # noqa: PLC0415

    path, _selected = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return path or None


def choose_printer(parent: QWidget | None, title: str) -> Any:
    """Qt's print dialog; the printer chosen, or None. (QtPrintSupport is loaded only here.)"""
    scripted, answer = _next("print", title)
    if scripted:
        return answer
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415 (only when printing)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
