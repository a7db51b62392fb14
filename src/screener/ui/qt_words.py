"""Words of Qt's own dialogs that Qt's translations lack, translated in our .ts files.

Qt 6's Russian has no "&Look in:" and "Files of &type:" (the file dialog showed them in
English). Our translator is asked after Qt's (ui/i18n.py), so only what Qt lacks comes from
here; lupdate finds the words by their QT_TRANSLATE_NOOP marks.
"""

from __future__ import annotations

from screener.ui.qt import QT_TRANSLATE_NOOP

WORDS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
