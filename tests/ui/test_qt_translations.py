"""Qt's own dialogs speak the UI language: the file dialog's "Look in:" and "Files of type:"
were English in the Russian UI (Qt's Russian lacks them; ours fill in, ui/qt_words.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from screener.ui import i18n
from screener.ui.qt import QCoreApplication, QLabel
from screener.ui.qt_words import WORDS


@pytest.mark.parametrize(
    ("language", "look_in", "file_type", "cancel"),
    [
        ("ru", "&Перейти к:", "&Типы файлов:", "Отмена"),  # the first two are ours (qt_words.py)
        ("kk", "Қайда қ&арау:", "Файлдар &түрі:", "Бас тарту"),  # Qt's own Kazakh
    ],
)
def test_the_file_dialog_speaks_the_ui_language(qtbot, language, look_in, file_type, cancel):
    i18n.set_language(language)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on a Linux laptop
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "lookInLabel").text() == look_in
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == file_type
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    for context, word in WORDS:
        assert QCoreApplication.translate(context, word) != word
    i18n.set_language("en")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
