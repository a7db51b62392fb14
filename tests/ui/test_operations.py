"""Data changes from the UI go through operations.run: a change the store refuses (here a real
full disk) is reported in the user's language, nothing on screen changes, nothing is
refreshed; once there is room again the same call stores and refreshes."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest

from screener.core.store.errors import WriteFailed
from screener.core.store.store import Store
from screener.ui import dialogs, operations
from screener.ui.preferences import Preferences
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"
CYRILLIC = re.compile("[а-яёА-ЯЁәғқңөұүһі]")


@contextmanager
def full_disk(folder, store: Store, sid: str):
    """The disk filled to the last byte and the store's free pages used up; room again after."""
    filler = folder / "filler"
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError:
            pass
    with pytest.raises(WriteFailed):
        for n in range(500):
            store.set_note(sid, "C1", "x" * 3000 + str(n))
    try:
        yield
    finally:
        filler.unlink()


@pytest.fixture
def window(qtbot, catalog, small_disk):
    window = MainWindow(catalog, small_disk / "screener.db", Preferences(language="ru"))
    qtbot.addWidget(window)
    window.show()
    window.unlocked(Store.create(small_disk / "screener.db", PASSPHRASE, catalog))
    dialogs.reset()
    yield window
    dialogs.reset()
    window.lock()


def test_a_refused_change_is_reported_and_nothing_is_refreshed(window, small_disk):
    store = window.store
    sid = store.create_screening("clinic", "ru", case_code="RO-1")
    refreshed: list[object] = []
    with full_disk(small_disk, store, sid):
        dialogs.script(None)  # the error's OK
        done = operations.run(window, window.services, lambda s: s.set_answer(sid, "A1", 30), refreshed.append)
        assert done is None and refreshed == []
        kind, text = dialogs.shown[-1]
        assert kind == "error" and CYRILLIC.search(text), text  # the user's language (ru), not English
    done = operations.run(window, window.services, lambda s: s.set_answer(sid, "A1", 30), refreshed.append)
    assert done is not None and refreshed == [done.value]
    assert store.get(sid).answers == {"A1": 30}


def test_no_open_store_is_no_change(window):
    window.lock()
    assert operations.run(window, window.services, lambda s: s.create_screening("clinic", "ru")) is None
    assert dialogs.shown == []


def test_deleting_a_draft_on_a_read_only_disk_keeps_it_listed(window, small_disk):
    sid = window.store.create_screening("border", "ru", case_code="RO-2")
    window.show_list()
    screen = window.screenings
    screen.table.selectRow(next(i for i, row in enumerate(screen.rows) if row.id == sid))
    with full_disk(small_disk, window.store, sid):
        dialogs.script(True, None)  # yes, delete; then the error's OK
        screen.delete_selected()
    assert [kind for kind, _text in dialogs.shown] == ["confirm", "error"]
    assert sid in [row.id for row in screen.rows] and window.store.count() == 1


def test_an_answer_on_a_read_only_disk_is_not_shown_as_given(window, small_disk):
    sid = window.store.create_screening("border", "ru", case_code="RO-3")
    window.open_screening(sid)
    interview = window.interview
    with full_disk(small_disk, window.store, sid):
        dialogs.script(None)
        interview.answer("A1", 31)
    assert "A1" not in interview.answers and dialogs.shown[-1][0] == "error"
    interview.answer("A1", 31)
    assert interview.answers["A1"] == 31 and window.store.get(sid).answers["A1"] == 31
