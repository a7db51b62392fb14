"""The one place the UI imports Qt from (as Anki's aqt.qt): swapping or pinning Qt stays here.

Every name is imported explicitly, so mypy knows each one's type (a misspelt name or method is
an error). PySide6 creates a Qt type when it is first imported, so a star import would build
every type at start-up and undo PySide6's lazy loading. The few names below that are costly
to create and are not needed for the first frame (the unlock screen) are served on first use
instead (`_ON_FIRST_USE`): `Qt` alone, the namespace of every enum, costs 40-90 ms, the
print support module about 20 ms. To mypy they are plain imports as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QRunnable,
    QSettings,
    QSize,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtGui import QAccessible, QKeySequence, QPalette, QWindow
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QDateEdit,
        QFileDialog,
        QInputDialog,
        QListWidget,
        QListWidgetItem,
        QMenu,
        QMessageBox,
        QPlainTextEdit,
    )

# name -> the PySide6 module it comes from; each is created when first imported from here
_ON_FIRST_USE = {
    "Qt": "QtCore",
    "QDate": "QtCore",
    "QDateEdit": "QtWidgets",
    "QAccessible": "QtGui",
    "QKeySequence": "QtGui",
    "QPalette": "QtGui",
    "QWindow": "QtGui",
    "QPrintDialog": "QtPrintSupport",
    "QPrinter": "QtPrintSupport",
    "QAbstractItemView": "QtWidgets",
    "QFileDialog": "QtWidgets",
    "QInputDialog": "QtWidgets",
    "QListWidget": "QtWidgets",
    "QListWidgetItem": "QtWidgets",
    "QMenu": "QtWidgets",
    "QMessageBox": "QtWidgets",
    "QPlainTextEdit": "QtWidgets",
}

__all__ = [
    "QT_TRANSLATE_NOOP",
    "QAbstractButton",
    "QAbstractItemView",
    "QAbstractScrollArea",
    "QAccessible",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QImage",
    "QInputDialog",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLayout",
    "QLayoutItem",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMessageBox",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPalette",
    "QPlainTextEdit",
    "QPoint",
    "QPrintDialog",
    "QPrinter",
    "QProgressBar",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSpinBox",
    "QStackedWidget",
    "QTableWidget",
    "QTableWidgetItem",
    "QThreadPool",
    "QTimer",
    "QToolBar",
    "QToolButton",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "QWindow",
    "Qt",
    "Signal",
]

if not TYPE_CHECKING:  # hidden from mypy: to it, only the names imported above exist

    def __getattr__(name: str) -> object:
        source = _ON_FIRST_USE.get(name)
        if source is None:
            raise AttributeError(f"module 'screener.ui.qt' has no attribute {name!r}")
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(f"PySide6.{source}"), name)
        globals()[name] = value  # found once, then a plain module attribute
        return value
