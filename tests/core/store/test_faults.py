"""Fault injection on a real small disk and with a real second process.

FI001: a full disk at any point of a re-key: DiskFull (never "damaged", no backup advised), the
       store under the old passphrase intact at its path and still usable, no temp file left.
FI002: a full disk during a migration: DiskFull, the old-revision store intact at its path (it
       migrates once there is room), no temp file left.
FI003: a second instance (another process holding the writer lock: the app) during a re-key and
       a restore from the command line: refused with StoreInUse naming it, nothing changed, no
       temp file left, and the first instance's writes go on landing in the store.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

from screener.core.store import migrate
from screener.core.store.database import open_engine, outside_transaction
from screener.core.store.errors import DiskFull, StoreError, WrongPassphrase
from screener.core.store.store import Store
from tests.core.store.conftest import PASSPHRASE, files_under
from tests.fixtures.make_store_fixture import PASSPHRASE as FIXTURE_PASSPHRASE

NEW = "brand new pass 77"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SCREENER = shutil.which("screener", path=str(Path(sys.executable).parent)) or "screener"


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk up to `leave` bytes of free space (a real ENOSPC after that)."""
    filler = disk / "filler"
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError:
            pass
    os.truncate(filler, max(filler.stat().st_size - leave, 0))
    return filler


def _temps(folder: Path) -> list[str]:
    """Temp files are hidden (`.<name>.<random>.part`, `.<store>.rekey`) or SQLite journals."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.name.endswith("-journal"))


def _assert_honest(exc: StoreError) -> None:
    text = exc.render("en")
    assert "damaged" not in text.replace("not damaged", "") and "backup" not in text, text


def _open(path: Path, passphrase: str, catalog) -> Store | None:
    try:
        return Store.open(path, passphrase, catalog, sleep=lambda _s: None)
    except WrongPassphrase:
        return None


@pytest.mark.parametrize("free_kb", [0, 40, 100, 112, 116, 120, 400])  # measured: fails up to ~115, then succeeds
def test_fi001_full_disk_during_rekey(small_disk, catalog, free_kb):
    path = small_disk / "screener.db"
    store = Store.create(path, PASSPHRASE, catalog)
    sid = store.create_screening("clinic", "kk")
    store.set_answers(sid, {"A1": 30, "A5": "KZ"})
    for n in range(30):  # a store of a few hundred KB: the new copy needs as much again
        store.set_note(sid, "C1", f"note {n} " + "x" * 3000)
    store.set_answer(sid, "C1", 2)
    store.backup(small_disk / "unused.db")  # checkpointed once, so the WAL does not grow below
    (small_disk / "unused.db").unlink()
    filler = _fill(small_disk, free_kb * 1024)
    try:
        store.rekey(PASSPHRASE, NEW)
        rekeyed = True
    except DiskFull as exc:
        rekeyed = False
        _assert_honest(exc)
        assert _temps(small_disk) == [], "temp files left by the failed re-key"
        assert store.get(sid).answers["C1"] == 2  # the open store goes on working
    finally:
        store.lock()
    filler.unlink()
    assert path.exists()
    assert _open_fails_with_other(path, PASSPHRASE if rekeyed else NEW, catalog)
    opened = _open(path, NEW if rekeyed else PASSPHRASE, catalog)
    assert opened is not None, "the passphrase in force is the one the re-key reported"
    try:
        assert opened.get(sid).answers == {"A1": 30, "A5": "KZ", "C1": 2}
        assert opened.check().sound
    finally:
        opened.lock()
    assert _temps(small_disk) == []
    if free_kb == 0:
        assert not rekeyed  # no room at all: the re-key cannot have happened


def _open_fails_with_other(path: Path, passphrase: str, catalog) -> bool:
    store = _open(path, passphrase, catalog)
    if store is not None:
        store.lock()
    return store is None


def _revision_and_integrity(path: Path, passphrase: str) -> tuple[str | None, list[str]]:
    engine = open_engine(path, passphrase)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
        return revision, [str(r) for r in outside_transaction(engine, "PRAGMA integrity_check")]
    finally:
        engine.dispose()


def _frames(exc: BaseException | None) -> set[str]:
    """The functions an error went through, with the errors it was raised from."""
    names: set[str] = set()
    while exc is not None:
        names |= {entry.name for entry in traceback.extract_tb(exc.__traceback__)}
        exc = exc.__cause__ or exc.__context__
    return names


def test_fi002_full_disk_during_migration(small_disk, catalog):
    """From no room at all to room enough: each failure is a full disk, at the open, the copy
    taken first or the upgrade itself, and leaves the old revision at its path, whole."""
    path = small_disk / "screener.db"
    stages: set[str] = set()
    migrated = False
    for free_kb in (*range(0, 192, 16), 400):  # each stage is hit (measured: open, copy, upgrade, unlock entry)
        for old in small_disk.iterdir():
            old.unlink()
        shutil.copyfile(FIXTURES / "store_0002.db", path)
        filler = _fill(small_disk, free_kb * 1024)
        try:
            Store.open(path, FIXTURE_PASSPHRASE, catalog).lock()
            migrated = True
        except DiskFull as exc:
            _assert_honest(exc)
            names = _frames(exc)
            stage = "copy" if "copy_aside" in names else "upgrade" if "_run_alembic" in names else "open"
            if "_session" in names:
                stage = "unlock entry"  # migrated, then no room for the unlock's audit entry
            stages.add(stage)
            assert _temps(small_disk) == [], f"temp files left by a migration failed with {free_kb} KB free"
            filler.unlink()
            copies = list(small_disk.glob("screener.db.before-*.bak"))
            for copy in copies:  # a copy is whole, or not there
                assert _revision_and_integrity(copy, FIXTURE_PASSPHRASE) == ("0002", ["ok"])
            # the old revision at its path, whole; or, failed after the upgrade, the new one and a whole copy
            expected = "0002" if stage != "unlock entry" else migrate.HEAD
            assert _revision_and_integrity(path, FIXTURE_PASSPHRASE) == (expected, ["ok"]), stage
            assert copies or expected == "0002"
        else:
            filler.unlink()
        store = Store.open(path, FIXTURE_PASSPHRASE, catalog)  # there is room now: it migrates
        try:
            [final] = store.list_screenings(case_code="FIX-1")
            assert store.get(final.id).answers.get("A5") is not None
            assert store.check().sound
        finally:
            store.lock()
        assert _temps(small_disk) == []
    assert migrated, "with room enough the migration runs"
    assert {"copy", "upgrade"} <= stages, f"the full disk hit only {stages}"


HOLDER = """
import sys
from pathlib import Path
from screener.core.instrument.loader import load_catalog
from screener.core.store.store import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2], load_catalog())
sid = store.create_screening("clinic", "kk")
print("ready", sid, flush=True)
for line in sys.stdin:  # each line: one more answer, written by this first instance
    store.set_answer(sid, "A1", int(line))
    print("saved", flush=True)
store.lock()
"""


def test_fi003_second_instance_during_rekey_and_restore(store, store_path, catalog, tmp_path):
    saved = tmp_path / "saved.db"
    store.backup(saved)
    store.lock()
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(store_path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        ready, sid = holder.stdout.readline().split()
        assert ready == "ready"
        before = files_under(store_path.parent)
        env = {
            **os.environ,
            "SCREENER_PASSPHRASE": PASSPHRASE,
            "SCREENER_NEW_PASSPHRASE": NEW,
            "SCREENER_BACKUP_PASSPHRASE": PASSPHRASE,
        }
        for command in (["rekey"], ["restore", "--from", str(saved)], ["copies", "--delete"]):
            result = subprocess.run(
                [SCREENER, "--lang", "en", "store", *command, "--db", str(store_path)],
                capture_output=True,
                text=True,
                env=env,
                check=False,
                timeout=120,
            )
            assert result.returncode != 0, result.stdout
            error = result.stderr
            assert str(holder.pid) in error and "in use" in error.lower(), error
            assert "damaged" not in error and "Traceback" not in error, error
            assert files_under(store_path.parent) == before, f"{command[0]} changed a file"
        holder.stdin.write("41\n")  # the first instance goes on; its write lands in the store
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    assert _temps(store_path.parent) == []
    reopened = Store.open(store_path, PASSPHRASE, catalog)  # the old passphrase: no re-key happened
    try:
        assert reopened.get(sid).answers == {"A1": 41}
        assert reopened.check().sound
    finally:
        reopened.lock()
