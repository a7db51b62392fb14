"""The one place the UI imports Qt from (as Anki's aqt.qt): swapping or pinning Qt stays here."""

from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
