"""GUI tests run offscreen and never touch the real user's settings."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screener.ui import i18n
from screener.ui.qt import QFont, QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Preferences (QSettings) of each test live in a folder of their own."""
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_ui(qapp):
    """Each test starts and ends with the English UI and the app's own font: a language or
    font size set by one test must not leak into the next (both are application-wide)."""
    font = QFont(qapp.font())
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    qapp.setFont(font)
