"""The result screen and the settings dialog, driven through their objectNames (pytest-qt).

Screenshots of both, in the three UI languages, go to the test's own folder, or to SCREENER_SHOTS
when it is set, for a person to look at: clipped text or a broken layout there is a bug.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.core.messages import message
from screener.core.store.store import Store
from screener.ui import dialogs, i18n
from screener.ui.preferences import Preferences
from screener.ui.qt import (
    QApplication,
    QCheckBox,
    QFont,
    QLabel,
    QLineEdit,
    QPushButton,
    QSettings,
    Qt,
    QToolButton,
    QTranslator,
    QWidget,
)
from screener.ui.settings import SettingsDialog
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"
# a non-citizen adult: B 6/12, C 3/12, D 3/9, E 0/6, total 12/39; B1, B3, C1, D2 at 2 or more
ANSWERS = {
    "A1": 19,
    "A2": "female",
    "A5": "UZ",
    "B1": 2,
    "B2": 0,
    "B3": 3,
    "B4": 1,
    "C1": 2,
    "C2": 0,
    "C3": 0,
    "C4": 1,
    "D1": 0,
    "D2": 3,
    "D3": 0,
    "E1": "no",
    "judgement": 2,
    "types": ["labour", "other"],
    "types.other": "begging",
}
# a citizen: section B does not apply, total out of 27
CITIZEN = {
    "A1": 30,
    "A5": "KZ",
    **{k: 0 for k in ("C1", "C2", "C3", "C4", "D1", "D2", "D3")},
    "E1": "no",
    "judgement": 0,
    "types": ["not_victim"],
}


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    font = QFont(QApplication.font())
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    win.unlocked(store)
    win.resize(1366, 768)
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()
    i18n.set_language("en")
    QApplication.setFont(font)


def child(widget: QWidget, cls, name: str):
    found = widget.findChild(cls, name)
    assert found is not None, name
    return found


def text_of(widget: QWidget, name: str) -> str:
    return child(widget, QLabel, name).text()


def add_final(window, catalog, *, language: str = "ru", answers=None, finalise: bool = True) -> str:
    return window.store.add_screening(
        form=catalog.default_form,
        setting="border",
        language=language,
        answers=ANSWERS if answers is None else answers,
        case_code="T-1",
        interviewer="Officer 7",
        notes={"B3": "debt to the recruiter"},
        indicators={"sop_border": ("sop_border.01",)},
        finalise=finalise,
    )


def step_ids(screen: QWidget) -> list[str]:
    boxes = screen.findChildren(QCheckBox)
    return [b.objectName().removeprefix("stepDone_") for b in boxes if b.objectName().startswith("stepDone_")]


def test_result_shows_totals_items_judgement_and_steps(window, catalog):
    screening_id = add_final(window, catalog)
    window.show_result(screening_id)
    screen = window.result
    assert window.stack.currentWidget() is screen
    assert text_of(screen, "totalScore") == "12/39"
    scores = {s: text_of(screen, f"sectionScore_{s}") for s in "BCDE"}
    assert scores == {"B": "6/12", "C": "3/12", "D": "3/9", "E": "0/6"}
    assert "Узбекистан" in text_of(screen, "sectionReason_B")  # the screening's language: ru
    assert text_of(screen, "headerCase") == "T-1"
    assert text_of(screen, "headerSetting") == message("setting.border", "en")  # the UI's language
    assert text_of(screen, "headerInterviewer") == "Officer 7"
    assert "htiam14-kz" in text_of(screen, "headerForm")
    assert [n for n in ("B1", "B2", "B3", "C1", "D2") if screen.findChild(QLabel, f"itemAt2_{n}")] == [
        "B1",
        "B3",
        "C1",
        "D2",
    ]
    assert text_of(screen, "itemAt2_B3").startswith("B3 = 3: ")
    assert "debt to the recruiter" in text_of(screen, "itemNote_B3")
    assert "2 of 3" in text_of(screen, "judgementValue")
    assert "begging" in text_of(screen, "judgementTypes")
    indicator = catalog.indicator_list("sop_border").items[0].text.ru
    assert indicator in text_of(screen, "indicatorItems_sop_border")
    assert "judgement" in text_of(screen, "judgementNote")

    shown = step_ids(screen)
    rules = [s.id for s in catalog.next_steps.steps]
    assert shown == sorted(shown, key=rules.index)  # in the rules' order
    assert {"border_separate", "call_102", "consular_access"} <= set(shown)
    assert "minor_guardianship" not in shown  # an adult
    # the reasons every step has are said once, above the steps (not under each of nine)
    shared = [w.text() for w in screen.findChildren(QLabel) if w.objectName().startswith("sharedReason_")]
    assert len(shared) == 1 and shared[0].startswith("Why these steps: \n\u2022 ")  # one block, three reasons
    lines = shared[0].splitlines()[1:]  # items at 2 or more, then indicators, judgement
    assert len(lines) == 3 and "B1 = 2, B3 = 3, C1 = 2, D2 = 3" in lines[0] and "2 из 3" in lines[2]
    assert screen.findChild(QLabel, "stepReasons_call_102") is None  # nothing of its own
    assert text_of(screen, "stepReasons_consular_access").count("Узбекистан") == 1
    everything = [w.text() for w in screen.findChildren(QLabel)]
    assert sum("B1 = 2, B3 = 3, C1 = 2, D2 = 3" in text for text in everything) == 1
    assert not child(screen, QPushButton, "amendButton").isHidden()


def test_result_of_a_citizen_is_out_of_27(window, catalog):
    screening_id = add_final(window, catalog, language="en", answers=CITIZEN)
    window.show_result(screening_id)
    screen = window.result
    assert text_of(screen, "totalScore") == "0/27"
    assert text_of(screen, "sectionScore_B") == "not applicable"
    assert "citizen of Kazakhstan" in text_of(screen, "sectionReason_B")
    assert screen.findChild(QLabel, "noItemsAt2") is not None


def test_a_score_other_than_the_scripts_shows_its_reason_beside_the_item(window, catalog):
    """Issue 16: B1's scripted 0 ("organised the trip themselves") overridden by a 3 with a reason."""
    answers = {**ANSWERS, "B1.q1": "yes", "B1": 3, "B1.reason": "the recruiter kept the tickets"}
    window.show_result(add_final(window, catalog, language="en", answers=answers))
    shown = text_of(window.result, "itemScoreReason_B1")
    assert shown == "Not the script's 0, because: the recruiter kept the tickets"
    assert text_of(window.result, "itemAt2_B1").startswith("B1 = 3")
    window.set_language("ru")
    assert text_of(window.result, "itemScoreReason_B1").startswith("Не 0, как по сценарию, потому что:")


def test_ticking_and_annotating_steps_saves_them(qtbot, window, catalog, tmp_path):
    screening_id = add_final(window, catalog)
    window.show_result(screening_id)
    screen = window.result
    position = step_ids(screen).index("call_102") + 1
    child(screen, QCheckBox, "stepDone_call_102").click()
    [record] = window.store.get(screening_id).steps
    assert (record.step_id, record.done, record.position, record.added_by_interviewer) == (
        "call_102",
        True,
        position,
        False,
    )
    note = child(screen, QLineEdit, "stepNote_call_102")
    qtbot.keyClicks(note, "called at 14:10")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.store.get(screening_id).steps[0].note == "called at 14:10"

    dialogs.script("Gave the information card")
    child(screen, QPushButton, "addStepButton").click()
    own = [s for s in window.store.get(screening_id).steps if s.added_by_interviewer]
    assert [(s.text, s.done) for s in own] == [("Gave the information card", False)]
    assert own[0].position > len(catalog.next_steps.steps) or own[0].position > position
    child(screen, QCheckBox, f"stepDone_{own[0].step_id}").click()
    again = {s.step_id: s for s in window.store.get(screening_id).steps}[own[0].step_id]
    assert (again.done, again.text) == (True, "Gave the information card")

    # a note typed but not yet confirmed is kept when the window locks
    qtbot.keyClicks(child(screen, QLineEdit, "stepNote_hotline_11616"), "number given")
    window.lock()
    assert step_ids(screen) == []
    assert not text_of(window, "resultTitle")
    store = Store.open(tmp_path / "s.db", PASSPHRASE, catalog)
    try:
        notes = {s.step_id: s.note for s in store.get(screening_id).steps}
    finally:
        store.lock()
    assert notes["hotline_11616"] == "number given"


def test_amend_asks_a_reason_then_calls_the_window(window, catalog, monkeypatch):
    calls = []
    monkeypatch.setattr(window, "amend", lambda sid, reason: calls.append((sid, reason)))
    screening_id = add_final(window, catalog)
    window.show_result(screening_id)
    button = child(window.result, QPushButton, "amendButton")
    dialogs.script("   ", None)  # a blank reason is refused (the error is answered)
    button.click()
    assert calls == []
    assert dialogs.shown[-1][0] == "error"
    dialogs.script(None)  # cancelled
    button.click()
    assert calls == []
    dialogs.script("B2 was scored on the wrong answer")
    button.click()
    assert calls == [(screening_id, "B2 was scored on the wrong answer")]


def test_a_draft_cannot_be_amended_from_the_result(window, catalog):
    draft = add_final(window, catalog, finalise=False)
    window.result.show_screening(draft)
    assert child(window.result, QPushButton, "amendButton").isHidden()


def test_result_follows_the_ui_language(window, catalog):
    window.show_result(add_final(window, catalog))
    window.set_language("kk")
    assert text_of(window.result, "headerSetting") == message("setting.border", "kk")
    assert text_of(window.result, "totalScore") == "12/39"


def test_settings_save_language_font_autolock_and_interviewer(window, isolated_settings):
    """Language and font size in the plain settings file; everything else in the store."""
    assert window.idle.isActive()
    dialog = SettingsDialog(window.services, window)
    combo = child(dialog, QWidget, "settingsLanguage")
    assert [combo.itemData(i) for i in range(combo.count())] == list(i18n.LANGUAGES)
    assert combo.itemText(combo.findData("ru")) == i18n.native_name("ru")
    combo.setCurrentIndex(combo.findData("ru"))
    second = child(dialog, QWidget, "secondLanguage")
    second.setCurrentIndex(second.findData("kk"))
    size = child(dialog, QWidget, "fontSize")
    size.setCurrentIndex(size.findData(18))
    autolock = child(dialog, QWidget, "autolockMinutes")
    autolock.setValue(0)
    assert autolock.value() == 1  # there is no "never"
    autolock.setValue(500)
    assert autolock.value() == 30  # nor an hour or more
    autolock.setValue(12)
    child(dialog, QWidget, "interviewerName").setText("  Officer 9 ")
    dialog.accept()

    saved = Preferences.load()
    assert (saved.language, saved.font_size) == ("ru", 18)
    assert (saved.second_language, saved.autolock_minutes, saved.interviewer) == ("", 5, "")  # not in the file
    kept = window.store.get_setting("preferences")
    assert (kept["second_language"], kept["autolock_minutes"], kept["interviewer"]) == ("kk", 12, "Officer 9")
    plain = b"".join(p.read_bytes() for p in Path(isolated_settings).rglob("*") if p.is_file())
    assert b"Officer" not in plain and b"autolock" not in plain and b"ru" in plain
    assert window.language == "ru"
    assert QApplication.font().pointSize() == 18
    assert window.store.interviewer == "Officer 9"
    assert window.idle.isActive() and window.idle.interval() == 12 * 60_000

    dialog = SettingsDialog(window.services, window)
    child(dialog, QWidget, "fontSize").setCurrentIndex(0)
    child(dialog, QWidget, "autolockMinutes").setValue(7)
    dialog.reject()
    assert Preferences.load().font_size == 18
    assert window.prefs.autolock_minutes == 12

    window.lock()  # forgotten at lock, back at unlock
    assert (window.prefs.interviewer, window.prefs.autolock_minutes, window.prefs.second_language) == ("", 5, "")
    window.unlocked(Store.open(window.store_path, PASSPHRASE, window.catalog))
    assert (window.prefs.interviewer, window.prefs.autolock_minutes, window.prefs.second_language) == (
        "Officer 9",
        12,
        "kk",
    )


def test_old_plain_preferences_move_into_the_store(qtbot, catalog, tmp_path):
    """An earlier version's plain file (interviewer, autolock_minutes=0 edited in): moved into
    the store at unlock and removed from the file; the 0 is not taken (auto-lock stays on)."""
    settings = QSettings("Screener", "Screener")
    old = {"language": "en", "interviewer": "Dana K.", "autolock_minutes": 0, "quick_setting": "clinic"}
    for key, value in old.items():
        settings.setValue(key, value)
    settings.sync()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences.load())
    qtbot.addWidget(win)
    assert win.prefs.interviewer == ""  # nothing private is read before the unlock
    win.unlocked(Store.create(tmp_path / "s.db", PASSPHRASE, catalog))
    assert (win.prefs.interviewer, win.prefs.quick_setting, win.prefs.autolock_minutes) == ("Dana K.", "clinic", 5)
    assert win.idle.isActive() and win.idle.interval() == 5 * 60_000
    fresh = QSettings("Screener", "Screener")
    assert sorted(fresh.allKeys()) == ["font_size", "language"]
    assert win.store.get_setting("preferences")["interviewer"] == "Dana K."
    win.store.lock()


def test_backup_writes_an_encrypted_copy(qtbot, window, catalog, tmp_path):
    add_final(window, catalog)
    target = tmp_path / "out" / "copy.screener-backup"
    target.parent.mkdir()
    dialogs.script(str(target), True)  # the file dialog, then the message that it is done
    child(SettingsDialog(window.services, window), QPushButton, "backupButton").click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _text in dialogs.shown), timeout=20_000)
    assert target.read_bytes()[:16] != b"SQLite format 3\x00"
    copy = Store.open(target, PASSPHRASE, catalog)
    try:
        assert copy.count() == 1
    finally:
        copy.lock()


def test_change_passphrase(qtbot, window, catalog, tmp_path):
    dialog = SettingsDialog(window.services, window)
    button = child(dialog, QPushButton, "changePassphraseButton")
    dialogs.script(PASSPHRASE, "new horse 43 staple", "new horse 43 stapler", None)
    button.click()
    assert dialogs.shown[-1][0] == "error"  # the two new ones differ: nothing changed
    dialogs.script("not the passphrase 1", "new horse 43 staple", "new horse 43 staple", None)
    button.click()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error", timeout=20_000)
    dialogs.script(PASSPHRASE, "new horse 43 staple", "new horse 43 staple", None)
    button.click()  # done; the file under the old passphrase is listed (kept: test_old_copies.py)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "choose_files", timeout=20_000)
    assert dialogs.shown[-1][1].startswith("The passphrase is changed.")
    window.lock()
    Store.open(tmp_path / "s.db", "new horse 43 staple", catalog).lock()


def test_restore_replaces_the_store_and_locks(qtbot, window, catalog, tmp_path):
    first = add_final(window, catalog)
    saved = tmp_path / "saved.screener-backup"
    window.store.backup(saved)
    add_final(window, catalog)
    dialog = SettingsDialog(window.services, window)
    dialogs.script(str(saved), PASSPHRASE, True, True)  # file, passphrase, confirm, done
    child(dialog, QPushButton, "restoreButton").click()
    assert window.store is None
    assert not child(dialog, QPushButton, "backupButton").isEnabled()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "inform", timeout=20_000)
    assert list(tmp_path.glob("s.db.replaced.*.bak"))
    store = Store.open(tmp_path / "s.db", PASSPHRASE, catalog)
    try:
        assert [s.id for s in store.list_screenings()] == [first]
    finally:
        store.lock()


def test_store_buttons_are_disabled_when_locked(window):
    window.lock()
    dialog = SettingsDialog(window.services, window)
    for name in ("changePassphraseButton", "backupButton", "restoreButton"):
        assert not child(dialog, QPushButton, name).isEnabled()


def test_locked_settings_change_only_language_and_font_size(window, qtbot):
    """On the lock screen nobody reads the interviewer's name or switches auto-lock."""
    window.lock()
    dialog = SettingsDialog(window.services, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = {w.objectName() for w in dialog.findChildren(QWidget) if w.isVisible() and w.objectName()}
    assert {"settingsLanguage", "fontSize"} <= shown
    assert not shown & {"secondLanguage", "autolockMinutes", "interviewerName", "storeBox", "regionCombo"}
    before = (window.prefs.autolock_minutes, window.prefs.interviewer, window.prefs.second_language)
    child(dialog, QWidget, "autolockMinutes").setValue(0)
    child(dialog, QWidget, "interviewerName").setText("someone")
    child(dialog, QWidget, "fontSize").setCurrentIndex(child(dialog, QWidget, "fontSize").findData(14))
    dialog.accept()
    assert (window.prefs.autolock_minutes, window.prefs.interviewer, window.prefs.second_language) == before
    assert window.prefs.font_size == 14


_CYRILLIC = str.maketrans(
    "abcdeghiklmnoprstuvwyzABCDEGHIKLMNOPRSTUVWYZ", "абцдеґхиклмнопрстувщызАБЦДЕҒХИКЛМНОПРСТУВЩЫЗ"
)


class PseudoRussian(QTranslator):
    """Every UI string half as long again and in Cyrillic, as a stand-in for the translations
    that do not exist yet: a layout that survives it survives Russian and Kazakh."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        words = []
        for word in source.split(" "):
            if word.startswith("%") or not word.isascii():
                words.append(word)
            else:
                words.append((word + word[: max(len(word) // 2, 1)].lower()).translate(_CYRILLIC))
        return " ".join(words)

    def isEmpty(self):
        return False


@pytest.mark.parametrize(
    ("ui", "interview", "size"),
    [("en", "en", 12), ("ru", "ru", 12), ("kk", "kk", 12), ("pseudo", "ru", 12), ("en", "kk", 18)],
)
def test_screenshots(qtbot, window, catalog, shots, ui, interview, size):
    """Not an assertion of looks: pictures for a person to check (SCREENER_SHOTS=folder keeps them)."""
    name = f"{ui}_{interview}_{size}pt"
    pseudo = PseudoRussian()
    window.prefs.font_size = size
    window.apply_font()
    if ui == "pseudo":
        window.set_language("ru")
        QApplication.instance().installTranslator(pseudo)
    else:
        window.set_language(ui)
    screening_id = add_final(window, catalog, language=interview)
    window.store.set_step(screening_id, "call_102", done=True, note="102: 14:10", position=2)
    window.store.set_step(screening_id, "own_1", done=False, text="Gave the information card", position=20)
    window.show()
    qtbot.waitExposed(window)
    window.show_result(screening_id)
    child(window.result, QToolButton, "stepDetailButton_call_102").click()
    qtbot.wait(100)  # let every posted layout request run
    window.grab().save(str(shots / f"result_{name}_0.png"))
    bar = window.result.scroll_area.verticalScrollBar()
    page = 1
    while bar.value() < bar.maximum():
        bar.setValue(bar.pageStep() * page)
        qtbot.wait(50)
        window.grab().save(str(shots / f"result_{name}_{page}.png"))
        page += 1
    dialog = SettingsDialog(window.services, window)
    dialog.show()
    dialog.resize(dialog.sizeHint())  # as on a 1366 px screen (the offscreen one is 800 px wide)
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    dialog.grab().save(str(shots / f"settings_{name}.png"))
    dialog.reject()
    QApplication.instance().removeTranslator(pseudo)
    assert (shots / f"result_{name}_0.png").stat().st_size > 0


def test_restore_with_a_wrong_passphrase_keeps_the_store(qtbot, window, catalog, tmp_path):
    add_final(window, catalog)
    saved = tmp_path / "saved.screener-backup"
    window.store.backup(saved)
    dialogs.script(str(saved), "not its passphrase 7", True, None)  # file, passphrase, confirm, error
    child(SettingsDialog(window.services, window), QPushButton, "restoreButton").click()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error", timeout=20_000)
    assert not list(tmp_path.glob("s.db.replaced.*.bak"))
    store = Store.open(tmp_path / "s.db", PASSPHRASE, catalog)
    try:
        assert store.count() == 1
    finally:
        store.lock()


def test_another_screening_opens_at_the_top_and_a_refresh_keeps_the_place(qtbot, window, catalog):
    first, second = add_final(window, catalog), add_final(window, catalog)
    window.show()
    qtbot.waitExposed(window)
    window.show_result(first)
    qtbot.wait(50)
    bar = window.result.scroll_area.verticalScrollBar()
    assert bar.maximum() > 300
    bar.setValue(300)
    window.result.refresh()
    qtbot.wait(50)
    assert bar.value() == 300
    window.show_result(second)
    qtbot.wait(50)
    assert bar.value() == 0


def test_save_pdf_through_the_seam(window, catalog, qtbot, tmp_path):
    """Save PDF: file chosen and warning answered through the seam; written whole, owner-only."""
    import stat  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    screening_id = add_final(window, catalog, language="kk")
    window.show_result(screening_id)
    target = tmp_path / "sheet.pdf"
    dialogs.script(str(target), True, None)  # file name, "not encrypted" warning: yes, the "saved" note
    child(window.result, QPushButton, "savePdfButton").click()
    qtbot.waitUntil(lambda: len(dialogs.shown) >= 3, timeout=10000)
    assert dialogs.shown[2][0] == "inform", dialogs.shown
    kinds = [kind for kind, _text in dialogs.shown]
    assert kinds == ["save_file", "confirm", "inform"]
    assert "not encrypted" in dialogs.shown[1][1]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "T-1" in text and "12 / 39" in text and "Скрининг нәтижесі" in text and "Screening result" in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")) == ["sheet.pdf"]


def test_save_pdf_declined_writes_nothing(window, catalog, qtbot, tmp_path):
    window.show_result(add_final(window, catalog))
    target = tmp_path / "sheet.pdf"
    dialogs.script(str(target), False)
    child(window.result, QPushButton, "savePdfButton").click()
    qtbot.wait(100)
    assert not target.exists()
    dialogs.script(None)  # the file dialog cancelled
    child(window.result, QPushButton, "savePdfButton").click()
    assert [kind for kind, _text in dialogs.shown] == ["save_file", "confirm", "save_file"]


def test_print_to_a_file_goes_the_save_pdf_way(window, catalog, qtbot, tmp_path):
    """A printer that writes a file (print to PDF): warned as Save PDF, written whole and
    owner-only, and the user told where; never Qt's own world-readable file."""
    import stat  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415
    from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

    window.show_result(add_final(window, catalog))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialogs.script(printer, True, None)  # the printer, the "not encrypted" warning, the "saved" note
    child(window.result, QPushButton, "printButton").click()
    qtbot.waitUntil(lambda: len(dialogs.shown) >= 3, timeout=15000)
    assert [kind for kind, _text in dialogs.shown] == ["print", "confirm", "inform"]
    assert "not encrypted" in dialogs.shown[1][1] and str(out) in dialogs.shown[2][1]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(PdfReader(out).pages) >= 3
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_print_to_a_file_declined_writes_nothing(window, catalog, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

    window.show_result(add_final(window, catalog))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialogs.script(printer, False)
    child(window.result, QPushButton, "printButton").click()
    qtbot.waitUntil(lambda: len(dialogs.shown) >= 2, timeout=15000)
    qtbot.wait(100)
    assert not (tmp_path / "printed.pdf").exists()


def test_print_pdf_draws_every_page(tmp_path, catalog):
    """The drawing itself (what a real printer receives), on a PDF device."""
    from pypdf import PdfReader  # noqa: PLC0415
    from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

    from screener.ui.printing import print_pdf, writes_a_file  # noqa: PLC0415

    store = Store.create(tmp_path / "p.db", PASSPHRASE, catalog)
    screening = store.get(
        store.add_screening(form=catalog.default_form, setting="border", language="en", answers=ANSWERS)
    )
    from screener.core.report.pdf import result_pdf, screening_sheet  # noqa: PLC0415

    data = result_pdf(screening_sheet(catalog, screening, language="en"))
    store.lock()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "device.pdf"))
    pages = print_pdf(printer, data)
    assert pages == len(PdfReader(tmp_path / "device.pdf").pages) >= 3
    assert writes_a_file("Microsoft Print to PDF") and writes_a_file("Microsoft XPS Document Writer")
    assert not writes_a_file("HP LaserJet 400")


def test_suggested_file_names_say_nothing_about_the_person(window, catalog, qtbot, monkeypatch):
    window.show_result(add_final(window, catalog))
    dialogs.script(None)
    captured: list[str] = []
    original = dialogs.save_file

    def spy(parent, caption, name_filter, suggested=""):
        captured.append(suggested)
        return original(parent, caption, name_filter, suggested)

    monkeypatch.setattr(dialogs, "save_file", spy)
    child(window.result, QPushButton, "savePdfButton").click()
    assert captured and "T-1" not in captured[0] and "Officer" not in captured[0]


def test_saved_sheet_lists_the_posts_region(window, catalog, qtbot, tmp_path):
    """The directory on the sheet is the post's region (Settings) when the card lists it."""
    from pypdf import PdfReader  # noqa: PLC0415

    from screener.core.regions import SETTING_KEY  # noqa: PLC0415

    directory = catalog.directory
    here = [e for e in directory.entries if e.region == "mangystau"]
    elsewhere = [e for e in directory.entries if not e.serves("mangystau")]
    assert here and elsewhere
    window.store.put_setting(SETTING_KEY, "mangystau")
    window.show_result(add_final(window, catalog, language="en"))
    target = tmp_path / "sheet.pdf"
    dialogs.script(str(target), True, None)
    child(window.result, QPushButton, "savePdfButton").click()
    qtbot.waitUntil(lambda: len(dialogs.shown) >= 3, timeout=10000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    assert all(" ".join(e.phones[0].split()) in flat for e in here if e.phones)
    assert not any(e.phones and " ".join(e.phones[0].split()) in flat for e in elsewhere)
