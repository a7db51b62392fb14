"""The one place the UI imports Qt from (as Anki's aqt.qt): swapping or pinning Qt stays here.

Names are looked up on first use rather than star-imported: `from PySide6.QtGui import *`
would create every Qt type at start-up and undo PySide6's lazy loading (about 0.2 s).
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

_MODULES = (QtWidgets, QtGui, QtCore)


def __getattr__(name: str) -> Any:
    for module in _MODULES:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value  # found once, then a plain module attribute
            return value
    raise AttributeError(f"module 'screener.ui.qt' has no attribute {name!r}")
