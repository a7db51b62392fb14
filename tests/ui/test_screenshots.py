"""Screenshots of every screen in each language (saved under test-output/screens, not committed).

Each is checked for being drawn at all (not one flat colour) and for showing the language's own
text; people look at them (a few are kept in docs/ for the README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.core.interview import Page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QEvent, QImage, QKeyEvent, Qt, QTimer, QWidget
from screener.ui.screenings import NewScreeningDialog
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow

OUT = Path(__file__).resolve().parents[2] / "test-output" / "screens"
SAMPLE = {"kk": "Құлыптау", "ru": "Заблокировать", "en": "Lock"}


def save(widget: QWidget, name: str) -> QImage:
    OUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    image = widget.grab().toImage()
    image.save(str(OUT / f"{name}.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 3, f"{name} looks blank"
    return image


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_screen(qtbot, catalog, tmp_path, language):
    window = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.set_language(language)
    qtbot.waitUntil(lambda: window.lock_action.text() == SAMPLE[language])
    save(window, f"{language}_1_create_store")
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog, interviewer="Dana")
    window.unlocked(store)
    old = store.add_screening(
        form=catalog.default_form,
        setting="clinic",
        language=language,
        case_code="KZ-0417",
        answers={"A1": 16, "A5": "KZ", "C1": 2, "D2": 3, "E1": "yes", "judgement": 2},
    )
    sid = store.create_screening("border", language, case_code="BX-1025", interviewer="Dana")
    store.set_answers(sid, {"A1": 27, "A5": "UZ", "B1.q1": "no", "B1.q2": "yes", "B1": 2})
    window.screenings.reload()
    save(window, f"{language}_2_list")

    def grab_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewScreeningDialog) and w.isVisible())
        save(dialog, f"{language}_3_new_screening")
        dialog.reject()

    QTimer.singleShot(50, grab_dialog)
    window.screenings.new_screening()
    window.open_screening(sid)
    for number, page in enumerate(
        (
            Page("script", "introduction", "A"),
            Page("item", "A5", "A"),
            Page("indicators", "sop_border"),
            Page("item", "B1", "B"),
            Page("review", "review"),
        ),
        start=4,
    ):
        window.interview.go_to(page)
        save(window, f"{language}_{number}_{page.ref}")
    window.show_result(old)
    save(window, f"{language}_9_result")
    window.show_quick_check()
    window.quick.choose_age("adult")
    for number in (1, 5):
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_0 + number, Qt.KeyboardModifier.NoModifier)
        window.quick.keyPressEvent(key)
    save(window, f"{language}_11_quick_check")
    window.quick.finish()
    save(window, f"{language}_12_quick_first_actions")
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    settings.show()
    save(settings, f"{language}_10_settings")
    settings.reject()
    window.lock()
    dialogs.reset()
