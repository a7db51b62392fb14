"""Temp files are noted before they are made, so a kill at any moment leaves none behind.

TF001: a process SIGKILLed right after it made its n-th temp file (for every n, until the
       operation finishes) during a backup into another folder, a restore, a re-key and a
       migration leaves no temp file after the next start, wherever the temp file was.
TF002: the next start removes exactly what was noted and the app's own temp names: a user's
       file that merely looks like one, outside the pattern, is left alone.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from screener.core.store import backup
from screener.core.store.errors import WrongPassphrase
from screener.core.store.store import Store
from screener.core.store.writer_lock import WriterLock
from tests.core.store.conftest import PASSPHRASE
from tests.fixtures.make_store_fixture import PASSPHRASE as FIXTURE_PASSPHRASE

NEW = "brand new pass 77"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXCLUSIVE = os.O_CREAT | os.O_EXCL


def _killed_after_temp(step: int, work: Callable[[], None]) -> bool:
    """Run `work` in a forked child that SIGKILLs itself right after its `step`-th new temp file
    (an exclusive create, as files.private_temp makes them); True if it finished first."""
    pid = os.fork()
    if pid == 0:
        real_open, made = os.open, {"n": 0}

        def counted(path: object, flags: int, *args: object, **kwargs: object) -> int:
            fd = real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]
            if flags & EXCLUSIVE == EXCLUSIVE and str(path).endswith(".part"):
                made["n"] += 1
                if made["n"] == step:
                    os.kill(os.getpid(), signal.SIGKILL)
            return fd

        os.open = counted  # type: ignore[assignment]
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


def _hidden(*folders: Path) -> list[Path]:
    """Every temp file Screener makes has a hidden name (`.<target>.<random>.part`, `.<store>.restore`)."""
    return sorted(p for folder in folders if folder.exists() for p in folder.iterdir() if p.name.startswith("."))


def _open_either(path: Path, catalog, keys=(PASSPHRASE, NEW)) -> Store:
    for key in keys:
        try:
            return Store.open(path, key, catalog, sleep=lambda _s: None)
        except WrongPassphrase:
            continue
    raise AssertionError(f"{path} opens with none of the passphrases")


@pytest.mark.parametrize("mode", ["backup", "restore", "rekey", "migration"])
def test_tf001_a_kill_right_after_any_temp_file_leaves_none(store, store_path, catalog, tmp_path, mode):
    sid = store.create_screening("clinic", "kk")
    store.set_answer(sid, "A1", 33)
    elsewhere = tmp_path / "backups"
    elsewhere.mkdir()
    copy = elsewhere / "b.db"
    store.backup(copy)
    store.lock()
    path = store_path
    if mode == "migration":
        path = tmp_path / "old" / "screener.db"
        path.parent.mkdir()

    def work() -> None:
        if mode == "backup":
            opened = Store.open(path, PASSPHRASE, catalog)
            opened.backup(elsewhere / "loop.db")
            opened.lock()
        elif mode == "restore":
            backup.restore(copy, PASSPHRASE, path)
        elif mode == "rekey":
            opened = Store.open(path, PASSPHRASE, catalog)
            opened.rekey(PASSPHRASE, NEW)
            opened.lock()
        else:
            Store.open(path, FIXTURE_PASSPHRASE, catalog).lock()

    step, finished, kills = 1, False, 0
    while not finished and step < 20:
        if mode == "migration":
            for old in path.parent.iterdir():
                old.unlink()
            shutil.copyfile(FIXTURES / "store_0002.db", path)
        finished = _killed_after_temp(step, work)
        kills += not finished
        if not finished:
            assert _hidden(path.parent, elsewhere), "the kill came after a temp file was made"
        opened = _open_either(path, catalog, (PASSPHRASE, NEW, FIXTURE_PASSPHRASE))  # the next start
        assert _hidden(path.parent, elsewhere) == [], f"{mode}: temp files left after a kill at temp file {step}"
        assert opened.check().sound
        if mode == "rekey" and opened.engine.url.password == NEW:
            opened.rekey(NEW, PASSPHRASE)  # back to the start for the next step
        opened.lock()
        step += 1
    assert finished and kills >= 1


def test_tf002_only_what_the_app_made_is_removed(store, store_path, catalog, tmp_path):
    store.lock()
    folder = store_path.parent
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    noted = elsewhere / ".b.db.0123456789ab.part"
    noted.write_bytes(b"half a backup")
    unnoted = elsewhere / ".b.db.ba9876543210.part"  # not noted, not in the store's folder: not ours to remove
    unnoted.write_bytes(b"someone else's")
    own = folder / f".{store_path.name}.restore"  # the app's own name beside the store
    own.write_bytes(b"half a restore")
    user = folder / "notes.part"
    user.write_bytes(b"a user's file")
    writer = WriterLock.acquire(store_path)
    writer.add_pending(noted)
    writer.add_pending(elsewhere / "not-hidden.txt")  # a garbled note never removes a visible file
    (elsewhere / "not-hidden.txt").write_bytes(b"kept")
    writer.release(clean=True)  # as if killed with these noted
    Store.open(store_path, PASSPHRASE, catalog).lock()
    assert not noted.exists() and not own.exists()
    assert unnoted.exists() and user.exists() and (elsewhere / "not-hidden.txt").exists()
    again = WriterLock.acquire(store_path)
    assert again.pending() == []
    again.release()
