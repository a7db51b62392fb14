"""Issue 21, the next item: the page Next shows is built (hidden, polished) while the
interviewer reads the current one, the "Page n of m" bar paints itself, and where the
interviewer is gets written with the next answer or soon after moving, never lost on leaving."""

from __future__ import annotations

import pytest

from screener.core.interview import next_page
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.page_progress import PageProgress
from screener.ui.preferences import Preferences
from screener.ui.window import MainWindow

PASSPHRASE = "correct horse 42"


@pytest.fixture
def opened(qtbot, catalog, tmp_path):
    dialogs.reset()
    path = tmp_path / "screener.db"
    win = MainWindow(catalog, path, Preferences(language="en"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    store = Store.create(path, PASSPHRASE, catalog)
    win.unlocked(store)
    sid = store.create_screening("border", "en", case_code="AHEAD-1")
    win.open_screening(sid)
    yield win, store, sid
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def to_item(qtbot, interview) -> None:
    """On to the first evidence item (A1 and A5 answered on the way)."""
    for _ in range(20):
        page = interview.page
        item = interview.form.items.get(page.ref) if page.kind == "item" else None
        if item is not None and item.type == "evidence":
            return
        if page.ref == "A1":
            interview.answer("A1", 31)
        elif page.ref == "A5":
            interview.answer("A5", "UZ")
        interview.go_next()
    raise AssertionError("no evidence item reached")


def test_next_page_is_the_one_built_ahead(qtbot, opened):
    win, _, _ = opened
    interview = win.interview
    to_item(qtbot, interview)
    coming = next_page(interview.state(), win.catalog.lists, interview.page)
    qtbot.waitUntil(lambda: interview.ahead is not None and interview.ahead[0] == coming)
    built = interview.ahead[2]
    assert not built.isVisible()
    interview.go_next()
    assert interview.page == coming
    assert interview.page_widget is built and built.isVisible()
    assert interview.ahead is None


def test_a_page_built_ahead_is_not_used_once_its_answers_changed(qtbot, opened):
    win, _, _ = opened
    interview = win.interview
    to_item(qtbot, interview)
    coming = next_page(interview.state(), win.catalog.lists, interview.page)
    qtbot.waitUntil(lambda: interview.ahead is not None and interview.ahead[0] == coming)
    built = interview.ahead[2]
    interview.answers[coming.ref] = 3  # as if answered elsewhere: the page built shows no score
    interview.go_next()
    assert interview.page == coming
    assert interview.page_widget is not built
    assert interview.page_widget.score_group.checkedId() == 3


def test_ahead_page_dropped_when_the_language_changes(qtbot, opened):
    win, _, _ = opened
    interview = win.interview
    to_item(qtbot, interview)
    qtbot.waitUntil(lambda: interview.ahead is not None)
    interview.retranslate()
    assert interview.ahead is None  # built again later, in the new language
    qtbot.waitUntil(lambda: interview.ahead is not None)


def test_position_written_soon_after_moving_and_on_leaving(qtbot, opened):
    win, store, sid = opened
    interview = win.interview
    interview.go_next()  # no answer: the position is written a moment later
    moved_to = interview.page
    qtbot.waitUntil(
        lambda: store.get(sid).position == {"kind": moved_to.kind, "ref": moved_to.ref, "section": moved_to.section}
    )
    interview.go_next()
    last = interview.page
    win.show_list()  # leaving at once still writes it
    assert store.get(sid).position == {"kind": last.kind, "ref": last.ref, "section": last.section}


def test_position_written_before_locking(qtbot, opened):
    win, store, sid = opened
    interview = win.interview
    interview.go_next()
    interview.go_next()
    last = interview.page
    win.lock()
    reopened = Store.open(store.path, PASSPHRASE, win.catalog)
    try:
        assert reopened.get(sid).position == {"kind": last.kind, "ref": last.ref, "section": last.section}
    finally:
        reopened.lock()


def test_progress_bar_paints_page_n_of_m(qtbot, opened):
    win, _, _ = opened
    bar = win.interview.progress
    assert isinstance(bar, PageProgress)
    bar.resize(400, 24)
    bar.set_page(0, 4, "Page 1 of 4")
    empty = bar.grab().toImage()
    bar.set_page(3, 4, "Page 4 of 4")
    full = bar.grab().toImage()
    assert (bar.value(), bar.maximum(), bar.format()) == (3, 3, "Page 4 of 4")
    highlight = bar.palette().color(bar.palette().ColorRole.Highlight).rgb()
    middle_left = (60, 12)
    assert empty.pixelColor(*middle_left).rgb() != highlight
    assert full.pixelColor(*middle_left).rgb() == highlight
    assert bar.done_width(100) == 100
    bar.set_page(1, 3, "Page 2 of 3")
    assert bar.done_width(100) == 50
