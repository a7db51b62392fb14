"""One writer per store, errors that tell the truth, no write to a damaged store, no window
without a store.

SF001: a second Store (same process or another) is refused with StoreInUse naming the holder;
       nothing changes; the lock of a killed process never blocks.
SF002: restore, re-key and backup take the same lock; a restore while the store is open is refused.
SF003: the audit chain stays linear (the previous hash is read in the writing transaction).
SF004: a damaged page is found at unlock when the file changed since its clean close; the file
       is not written (not even the unlock entry); salvage copies what can be read.
SF005: a wrong passphrase on a file unchanged since its clean close is only that; a changed first
       page says "wrong passphrase, or first page damaged", and feeds the back-off once.
SF006: a kill at every step of restore and re-key leaves the old or the new store at the path,
       temp files are removed at the next start, and a re-key's kept copy is listed.
"""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from screener.core.store import backup, salvage
from screener.core.store.errors import (
    DamagedStore,
    KeyOrFirstPage,
    StoreError,
    StoreInUse,
    WrongPassphrase,
)
from screener.core.store.store import Store
from screener.core.store.unlock_guard import UnlockGuard
from screener.core.store.writer_lock import lock_path
from tests.core.store.conftest import PASSPHRASE, files_under

NEW = "brand new pass 77"

HOLDER = """
import sys, time
from pathlib import Path
from screener.core.instrument.loader import load_catalog
from screener.core.store.store import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2], load_catalog())
print("ready", flush=True)
time.sleep(60)
"""


def test_sf001_second_instance_same_process(store, store_path, catalog):
    sid = store.create_screening("clinic", "kk")
    with pytest.raises(StoreInUse) as info:
        Store.open(store_path, PASSPHRASE, catalog)
    text = info.value.render("en")
    assert str(os.getpid()) in text and platform.node() in text and "since" in text
    assert "backup" not in text and "damaged" not in text
    for language in ("kk", "ru"):
        assert str(os.getpid()) in info.value.render(language)
    store.set_answer(sid, "A1", 30)  # the first holder goes on working
    store.lock()
    again = Store.open(store_path, PASSPHRASE, catalog)
    assert again.get(sid).answers == {"A1": 30}
    again.lock()


def test_sf001_other_process_then_killed(store, store_path, catalog, tmp_path):
    store.lock()
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(store_path), PASSPHRASE], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        before = files_under(store_path.parent)
        for attempt in (
            lambda: Store.open(store_path, PASSPHRASE, catalog),
            lambda: backup.restore(store_path, PASSPHRASE, store_path),
        ):
            with pytest.raises(StoreInUse) as info:
                attempt()
            assert str(holder.pid) in info.value.render("en")
        assert files_under(store_path.parent) == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # the dead process's lock does not block, and its description says who held it last
    reopened = Store.open(store_path, PASSPHRASE, catalog)
    reopened.lock()


def test_sf002_restore_refused_while_open_then_works(store, store_path, catalog, tmp_path):
    sid = store.create_screening("border", "ru")
    store.set_answer(sid, "A1", 19)
    copy = tmp_path / "b.db"
    store.backup(copy)
    store.set_answer(sid, "A1", 20)
    with pytest.raises(StoreInUse):
        backup.restore(copy, PASSPHRASE, store_path)
    assert store.get(sid).answers == {"A1": 20}  # nothing of the restore happened
    store.lock()
    kept = backup.restore(copy, PASSPHRASE, store_path)
    assert kept is not None and kept.exists() and ".replaced." in kept.name
    restored = Store.open(store_path, PASSPHRASE, catalog)
    assert restored.get(sid).answers == {"A1": 19}
    restored.lock()
    old = Store.open(kept, PASSPHRASE, catalog)
    assert old.get(sid).answers == {"A1": 20}
    old.lock()


def test_sf003_audit_chain_linear_after_many_writes(store, store_path, catalog):
    sid = store.create_screening("clinic", "kk")
    for value in range(20, 30):
        store.set_answer(sid, "A1", value)
    store.backup(store_path.with_name("b.db"))
    store.rekey(PASSPHRASE, NEW)
    store.set_answer(sid, "A1", 31)
    report = store.check()
    assert report.sound and report.chain.entries >= 14


def _damage_page(path: Path, page: int) -> None:
    with path.open("r+b") as stream:
        stream.seek(page * 4096 + 100)
        stream.write(os.urandom(64))


def _store_with_pages(store, store_path) -> str:
    sid = store.create_screening("clinic", "kk")
    for n in range(40):
        store.set_note(sid, "C1", f"note {n} " + "x" * 2000)
        store.set_answer(sid, "A1", 20 + n % 10)
    store.lock()
    return sid


def test_sf004_damaged_page_never_written(store, store_path, catalog, tmp_path):
    _store_with_pages(store, store_path)
    pages = store_path.stat().st_size // 4096
    assert pages > 4
    _damage_page(store_path, pages - 2)
    before = files_under(store_path.parent)
    for _attempt in range(2):
        with pytest.raises(DamagedStore) as info:
            Store.open(store_path, PASSPHRASE, catalog)
        assert files_under(store_path.parent) == before  # no unlock entry, no lock-file change
    text = info.value.render("en")
    assert "damaged" in text and "salvage" in text
    report = salvage.salvage(store_path, PASSPHRASE, tmp_path / "rescued.db")
    assert report.copied["audit"] > 0
    assert files_under(store_path.parent) == before
    rescued = Store.open(tmp_path / "rescued.db", PASSPHRASE, catalog)
    assert rescued.list_screenings() is not None
    rescued.lock()


def test_sf004_open_after_clean_close_skips_the_check(store, store_path, catalog):
    store.lock()
    lock_path(store_path).unlink()  # as a store from before this version: no clean close recorded
    first = Store.open(store_path, PASSPHRASE, catalog)
    assert first.checked_on_open
    first.lock()
    second = Store.open(store_path, PASSPHRASE, catalog)
    assert not second.checked_on_open
    second.lock()


def test_sf005_wrong_passphrase_is_only_that(store, store_path, catalog):
    store.lock()
    with pytest.raises(WrongPassphrase) as info:
        Store.open(store_path, "wrong passphrase 12", catalog)
    assert not isinstance(info.value, KeyOrFirstPage)
    assert "backup" not in info.value.render("en") and "not damaged" in info.value.render("en")


def test_sf005_first_page_damage_says_both_and_counts_once(store, store_path, catalog):
    store.lock()
    _damage_page(store_path, 0)
    for _attempt in range(3):
        with pytest.raises(KeyOrFirstPage) as info:
            Store.open(store_path, PASSPHRASE, catalog, sleep=lambda _s: None)
    assert "first page" in info.value.render("en")
    assert len(UnlockGuard.for_store(store_path).failures) == 1


def _killed_at(step: int, work: Callable[[], None]) -> bool:
    """Run `work` in a forked child that SIGKILLs itself just before or just after its n-th
    rename or hard link (the moments a window could open); True if it finished first."""
    pid = os.fork()
    if pid == 0:
        calls = {"n": 0}

        def counted(real: Callable[..., None]) -> Callable[..., None]:
            def call(*args: object, **kwargs: object) -> None:
                for when in ("before", "after"):
                    if when == "after":
                        real(*args, **kwargs)
                    calls["n"] += 1
                    if calls["n"] == step:
                        os.kill(os.getpid(), signal.SIGKILL)

            return call

        os.replace, os.link = counted(os.replace), counted(os.link)  # type: ignore[assignment]
        code = 3
        try:
            work()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return False
    assert os.WEXITSTATUS(status) == 0, "the operation failed without being killed"
    return True


@pytest.mark.parametrize("mode", ["restore", "rekey"])
def test_sf006_kill_at_every_step_leaves_a_store(store, store_path, catalog, tmp_path, mode):
    sid = store.create_screening("clinic", "kk")
    store.set_answer(sid, "A1", 33)
    copy = tmp_path / "b.db"
    store.backup(copy)
    store.lock()

    def work() -> None:
        if mode == "restore":
            backup.restore(copy, PASSPHRASE, store_path)
        else:
            opened = Store.open(store_path, PASSPHRASE, catalog)
            opened.rekey(PASSPHRASE, NEW)
            opened.lock()

    step, finished = 1, False
    while not finished and step < 40:
        finished = _killed_at(step, work)
        assert store_path.exists(), f"no store after a kill at step {step}"
        opened = None
        for key in (PASSPHRASE, NEW):
            try:
                opened = Store.open(store_path, key, catalog)
                break
            except WrongPassphrase:
                continue
        assert opened is not None, f"the store opens with neither passphrase after step {step}"
        assert opened.get(sid).answers == {"A1": 33}
        assert opened.check().sound
        assert backup.leftovers(store_path) == [], "temp files left after the next start"
        if mode == "rekey" and key == NEW:
            opened.rekey(NEW, PASSPHRASE)  # back to the start for the next step
        opened.lock()
        step += 1
    assert finished and step > 3
    kept = backup.copies_aside(store_path)
    assert kept, "the replaced file is kept under a recognisable name"
    for path in kept:
        backup.delete_copy(path)
    assert backup.copies_aside(store_path) == []


def test_sf006_rekey_lists_old_copies_and_reencrypts(store, store_path, catalog):
    sid = store.create_screening("clinic", "kk")
    kept = store.rekey(PASSPHRASE, NEW)
    assert kept is not None and kept in backup.copies_aside(store_path)
    store.lock()
    backup.reencrypt_copy(kept, PASSPHRASE, NEW)
    with pytest.raises(StoreError):
        Store.open(kept, PASSPHRASE, catalog)
    reopened = Store.open(kept, NEW, catalog)
    assert reopened.get(sid).status == "draft"
    reopened.lock()
    assert lock_path(store_path).exists()
