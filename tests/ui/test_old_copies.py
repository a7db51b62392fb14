"""After a re-key, Settings lists every copy the app kept under the old passphrase (migration
copies, the replaced store, the file before the re-key), each ticked, with the choice to
re-encrypt it with the new passphrase or delete it; a lock while the list is open does nothing.

Screenshots of the list in kk, ru and en go to test-output/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.core.store import backup, migrate
from screener.core.store.errors import StoreError
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.qt import QApplication, QDialog, QLabel, QListWidget, QPushButton, Qt, QTimer
from screener.ui.settings import SettingsDialog
from tests.ui.test_result_settings import PASSPHRASE, child
from tests.ui.test_result_settings import window as window  # noqa: PLC0414 (the fixture, under its name)

NEW = "new horse 43 staple"


def _opens_with(path: Path, passphrase: str, catalog) -> bool:
    try:
        Store.open(path, passphrase, catalog).lock()
    except StoreError:
        return False
    return True


def _migration_copy(window) -> Path:
    """A migration's copy of the store (as an upgrade takes it), under the current passphrase."""
    store = window.store
    return migrate.copy_aside(store.engine, store.path, f"before-{migrate.HEAD}")


def _rekey(window, *then) -> SettingsDialog:
    dialog = SettingsDialog(window.services, window)
    dialogs.script(PASSPHRASE, NEW, NEW, *then)
    child(dialog, QPushButton, "changePassphraseButton").click()
    return dialog


def test_rekey_lists_the_old_copies_and_reencrypts_them(qtbot, window, catalog, tmp_path):
    migrated = _migration_copy(window)
    _rekey(window, (0, [0, 1]), True)  # re-encrypt both, then the message that it is done
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "inform", timeout=30_000)
    [(text)] = [text for kind, text in dialogs.shown if kind == "choose_files"]
    assert text.startswith("The passphrase is changed.") and "old passphrase" in text
    assert "re-encrypted with the store's passphrase: 2" in dialogs.shown[-1][1]
    copies = backup.copies_aside(window.store.path)
    assert len(copies) == 2 and migrated in copies  # the migration copy and the file before the re-key
    window.lock()
    for copy in copies:
        assert _opens_with(copy, NEW, catalog) and not _opens_with(copy, PASSPHRASE, catalog)
    assert _opens_with(tmp_path / "s.db", NEW, catalog)
    assert backup.leftovers(tmp_path / "s.db") == []


def test_rekey_deletes_the_ticked_copies_after_asking(qtbot, window, catalog, tmp_path):
    migrated = _migration_copy(window)
    _rekey(window, (1, [0]), False)  # delete the first, then say no when asked: nothing deleted
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "confirm", timeout=30_000)
    assert dialogs.confirm_defaults[-1] is False  # Enter does not delete
    copies = backup.copies_aside(window.store.path)
    assert len(copies) == 2
    # later, from Settings: the same list; delete the migration copy only
    dialog = SettingsDialog(window.services, window)
    index = copies.index(migrated)
    dialogs.script((1, [index]), True, True)
    child(dialog, QPushButton, "oldCopiesButton").click()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "inform", timeout=30_000)
    assert dialogs.shown[-1][1] == "Copies deleted: 1."
    assert backup.copies_aside(window.store.path) == [c for c in copies if c != migrated]
    assert not migrated.exists()
    [kept] = backup.copies_aside(window.store.path)
    assert _opens_with(kept, PASSPHRASE, catalog)  # untouched, still under the old passphrase


def test_reencrypt_later_asks_the_old_passphrase_and_reports_a_copy_it_cannot(qtbot, window, catalog):
    _migration_copy(window)
    _rekey(window, None)  # "keep them for now"
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "choose_files", timeout=30_000)
    window.store.rekey(NEW, "third horse 44 staple")  # a copy under PASSPHRASE, one under NEW now
    copies = window.store.old_copies()
    assert len(copies) == 3
    dialog = SettingsDialog(window.services, window)
    dialogs.script((0, [0, 1, 2]), NEW, True)  # re-encrypt all three with NEW as "the old passphrase"
    child(dialog, QPushButton, "oldCopiesButton").click()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error", timeout=30_000)
    report = dialogs.shown[-1][1]
    assert "re-encrypted with the store's passphrase: 1" in report
    assert report.count("it does not open with the old passphrase given") == 2  # the two under PASSPHRASE
    assert "left as they were" in report and "backup" not in report
    assert len(window.store.old_copies()) == 2


def test_no_copies_says_so(qtbot, window):
    dialogs.script(True)
    child(SettingsDialog(window.services, window), QPushButton, "oldCopiesButton").click()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=20_000)
    assert dialogs.shown[-1] == ("inform", "No copy under an old passphrase is kept beside the store.")


def test_a_lock_while_the_list_is_open_changes_nothing(qtbot, window, catalog):
    _migration_copy(window)
    seen = {}

    def lock_now() -> None:
        box = QApplication.activeModalWidget()
        seen["dialog"] = box.objectName() if box is not None else None
        window.lock()

    def when_open() -> None:
        if isinstance(QApplication.activeModalWidget(), QDialog) and (
            QApplication.activeModalWidget().objectName() == "chooseFilesDialog"
        ):
            lock_now()
        else:
            QTimer.singleShot(50, when_open)

    QTimer.singleShot(50, when_open)
    _rekey(window)  # the list is a real dialog now: the lock comes while it is open
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=30_000)
    assert seen["dialog"] == "chooseFilesDialog"
    assert window.store is None
    copies = backup.copies_aside(Path(window.store_path))
    assert len(copies) == 2
    for copy in copies:
        assert _opens_with(copy, PASSPHRASE, catalog)  # neither deleted nor re-encrypted


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_real_list_unticked_copy_is_left(qtbot, window, catalog, language, shots):
    """The real dialog, clicked as a person would: untick one, re-encrypt the other. Screenshot."""
    window.set_language(language)
    migrated = _migration_copy(window)
    seen = {}

    def when_open() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "chooseFilesDialog":
            QTimer.singleShot(50, when_open)
            return
        qtbot.wait(50)
        box.grab().save(str(shots / f"old_copies_{language}.png"))
        listing = box.findChild(QListWidget, "chooseFilesList")
        names = [listing.item(i).text() for i in range(listing.count())]
        seen["names"] = names
        seen["text"] = box.findChild(QLabel, "chooseFilesText").text()
        seen["buttons"] = [b.text() for b in box.findChildren(QPushButton)]
        listing.item(names.index(migrated.name)).setCheckState(Qt.CheckState.Unchecked)
        dialogs.script(True)  # the message that it is done
        box.findChild(QPushButton, "chooseFilesAction0").click()

    QTimer.singleShot(50, when_open)
    _rekey(window)
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] == "inform", timeout=30_000)
    assert len(seen["names"]) == 2 and migrated.name in seen["names"]
    if language != "en":
        assert "Delete" not in seen["buttons"] and not seen["text"].startswith("The passphrase")
    window.lock()
    before_rekey = next(c for c in backup.copies_aside(Path(window.store_path)) if c != migrated)
    assert _opens_with(before_rekey, NEW, catalog)
    assert _opens_with(migrated, PASSPHRASE, catalog)  # unticked: left as it was
