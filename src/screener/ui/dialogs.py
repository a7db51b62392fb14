"""Message boxes and file dialogs behind a seam tests can answer (as KeePassXC's MessageBox),
and the one place a lock closes every window of the app.

`script(...)` queues answers; while the queue holds one, no modal dialog is shown and the
answer is taken instead, so GUI tests never block on a modal.

A lock (`close_all`) rejects every dialog, closes every menu and other window but the main
one, and starts a new lock generation: a dialog that was open across a lock returns "cancelled"
whatever was clicked, and work begun before the lock sees `locked_since(generation)`.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.ui.qt import QDialog, QWidget

_scripted: deque[Any] = deque()
shown: list[tuple[str, str]] = []  # (kind, text) of every dialog, for tests to read
_generation = 0  # raised by every lock
_open: list[QDialog] = []  # the seam's dialogs now running (innermost last)
confirm_defaults: list[bool] = []  # each confirm's default answer (Enter), for tests to read


def script(*answers: Any) -> None:
    _scripted.extend(answers)


def reset() -> None:
    _scripted.clear()
    shown.clear()
    confirm_defaults.clear()


def generation() -> int:
    """The current lock generation: keep it when starting work that must not outlive a lock."""
    return _generation


def locked_since(started: int) -> bool:
    """True when the app was locked after `started = generation()` was taken."""
    return _generation != started


def close_all(keep: QWidget | None = None) -> None:
    """Cancel every dialog and close every menu, tooltip and window of the app but `keep`.

    Nested dialogs each leave their own event loop; their callers see a cancel (the
    generation moved), so no action chosen in them is carried out.
    """
    global _generation  # noqa: PLW0603 (one counter for the whole app, as the lock is)
    _generation += 1
    from screener.ui.qt import QApplication, QDialog  # noqa: PLC0415

    while (popup := QApplication.activePopupWidget()) is not None:  # menus, combo lists
        popup.close()
        if QApplication.activePopupWidget() is popup:  # refuses to close: hide it
            popup.hide()
            break
    for dialog in reversed(_open):
        dialog.reject()
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
        if widget.isVisible():
            widget.hide()


def _exec(dialog: QDialog) -> int | None:
    """Run a modal dialog; None when a lock came while it was open (its answer is void)."""
    started = _generation
    _open.append(dialog)
    try:
        result = dialog.exec()
    finally:
        _open.remove(dialog)
    return None if locked_since(started) else int(result)


def run_modal(dialog: QDialog) -> bool:
    """Any of the app's own dialogs (Settings, new screening...): True only when accepted
    and no lock came while it was open."""
    from screener.ui.qt import QDialog  # noqa: PLC0415

    return _exec(dialog) == int(QDialog.DialogCode.Accepted.value)


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
    box.setObjectName("confirmBox")
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    return _exec(box) == int(QMessageBox.StandardButton.Yes.value)


def _message(parent: QWidget | None, title: str, text: str, warning: bool) -> None:
    from screener.ui.qt import QMessageBox  # noqa: PLC0415

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox" if warning else "informBox")
    _exec(box)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    scripted, _answer = _next("inform", text)
    if not scripted:
        _message(parent, title, text, warning=False)


def error(parent: QWidget | None, title: str, text: str) -> None:
    scripted, _answer = _next("error", text)
    if not scripted:
        _message(parent, title, text, warning=True)


def ask_text(parent: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
    scripted, answer = _next("ask_text", label)
    if scripted:
        return answer
    from screener.ui.qt import QInputDialog, QLineEdit  # noqa: PLC0415

    dialog = QInputDialog(parent)
    dialog.setObjectName("askTextDialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
    if _exec(dialog) != int(QInputDialog.DialogCode.Accepted.value):
        return None
    value = dialog.textValue()
    dialog.setTextValue("")  # a passphrase stays in as few places as possible
    return value


def _file_dialog(parent: QWidget | None, caption: str, name_filter: str, suggested: str, save: bool) -> str | None:
    from screener.ui.qt import QFileDialog  # noqa: PLC0415

    dialog = QFileDialog(parent, caption, suggested, name_filter)
    dialog.setObjectName("saveFileDialog" if save else "openFileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if _exec(dialog) != int(QFileDialog.DialogCode.Accepted.value):
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """One of `items` (its index), or None when cancelled."""
    scripted, answer = _next("choose", label)
    if scripted:
        return answer if answer is None else int(answer)
    from screener.ui.qt import QInputDialog  # noqa: PLC0415

    dialog = QInputDialog(parent)
    dialog.setObjectName("chooseDialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    if _exec(dialog) != int(QInputDialog.DialogCode.Accepted.value):  # cancelled, or a lock came
        return None
    value = dialog.textValue()
    return items.index(value) if value in items else None


def choose_files(
    parent: QWidget | None, title: str, text: str, files: list[str], *, actions: list[str], keep: str
) -> tuple[int, list[int]] | None:
    """A list of files, each with a tick (all ticked at first), one button per action and `keep`
    (the default, which does nothing): (the action's index, the ticked files' indices), or None
    when kept, closed, nothing was ticked, or a lock came while it was open."""
    scripted, answer = _next("choose_files", text)
    if scripted:
        return None if answer is None else (int(answer[0]), [int(i) for i in answer[1]])
    from screener.ui.qt import (  # noqa: PLC0415
        QDialog,
        QDialogButtonBox,
        QLabel,
        QListWidget,
        QListWidgetItem,
        Qt,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setObjectName("chooseFilesDialog")
    dialog.setWindowTitle(title)
    label = QLabel(text, dialog)
    label.setObjectName("chooseFilesText")
    label.setWordWrap(True)
    listing = QListWidget(dialog)
    listing.setObjectName("chooseFilesList")
    for name in files:
        item = QListWidgetItem(Path(name).name, listing)
        item.setToolTip(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    buttons = QDialogButtonBox(dialog)
    chosen = {"action": -1}

    def choose_action(index: int) -> None:
        chosen["action"] = index
        dialog.accept()

    for index, caption in enumerate(actions):
        button = buttons.addButton(caption, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(f"chooseFilesAction{index}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, i=index: choose_action(i))
    kept = buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
    kept.setObjectName("chooseFilesKeep")
    kept.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(listing, 1)
    layout.addWidget(buttons)
    dialog.resize(max(dialog.sizeHint().width(), 560), dialog.sizeHint().height())
    if _exec(dialog) != int(QDialog.DialogCode.Accepted.value) or chosen["action"] < 0:
        return None
    ticked = [i for i in range(listing.count()) if listing.item(i).checkState() == Qt.CheckState.Checked]
    return (chosen["action"], ticked) if ticked else None


def save_file(parent: QWidget | None, caption: str, name_filter: str, suggested: str = "") -> str | None:
    scripted, answer = _next("save_file", caption)
    if scripted:
        return answer
    return _file_dialog(parent, caption, name_filter, suggested, save=True)


def open_file(parent: QWidget | None, caption: str, name_filter: str) -> str | None:
    scripted, answer = _next("open_file", caption)
    if scripted:
        return answer
    return _file_dialog(parent, caption, name_filter, "", save=False)


def choose_printer(parent: QWidget | None, title: str) -> Any:
    """Qt's print dialog, without its own "print to file"; the printer chosen, or None.
    (QtPrintSupport is loaded only here.)"""
    scripted, answer = _next("print", title)
    if scripted:
        return answer
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter  # noqa: PLC0415

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)  # Save PDF does it, privately
    dialog.setWindowTitle(title)
    return printer if _exec(dialog) == int(QPrintDialog.DialogCode.Accepted.value) else None
