"""GUI tests run offscreen and never touch the real user's settings."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

# the offscreen screen is the field's laptop (1366x768), not Qt's default 800x600: a dialog that
# would not fit the real screen is caught here
SCREEN = Path(__file__).with_name("offscreen_1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

from screener.ui import i18n  # noqa: E402 (after the platform is chosen)
from screener.ui.qt import QFont, QSettings  # noqa: E402


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread():
    """As the app does (ui/collector.py): no collection starts on a worker thread and frees a Qt
    object of the UI thread (a crash seen in test_print_through_the_seam)."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


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
