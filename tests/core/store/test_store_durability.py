"""Never lose an answer, never leak one.

DU001: a writer is killed (SIGKILL) at random moments during autosaves, many times; each time
       the store opens, passes integrity_check and cipher_integrity_check, and holds every
       answer that was committed before the kill.
DU002: canary strings written into answers, notes and case codes appear in no file the store
       created (database, WAL, side files, backups), also after a crash.
DU003: a full disk and a read-only folder give a clear error and lose nothing already stored.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from screener.core.store.errors import DiskFull, NoPermission, StoreError, WriteFailed
from screener.core.store.store import Store
from tests.core.store.conftest import PASSPHRASE

WRITER = """
import sys
from pathlib import Path
from screener.core.instrument.loader import load_catalog
from screener.core.store.store import Store
path, sid, start, canary = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
store = Store.open(path, sys.argv[5], load_catalog())
print("ready", flush=True)
i = start
while True:
    store.set_answer(sid, "A3", f"{canary}-{i}")
    store.set_note(sid, "C1", f"{canary} note {i}")
    print(i, flush=True)  # i is committed: set_answer and set_note returned
    i += 1
"""
KILLS = 12


def scan(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                if needle in data:
                    found.append(f"{path.name}: {needle!r}")
    return found


def needles_for(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]


@pytest.mark.slow
def test_du001_du002_sigkill_during_autosaves(store, store_path, catalog, tmp_path):
    canary = "CANARY-7f3a-ҚАЗАҚ"
    sid = store.create_screening("border", "kk", case_code=f"{canary}-case", interviewer="Aigerim")
    store.set_answers(sid, {"A1": 25, "A5": "UZ"})
    store.lock()
    rng = random.Random(20261122)
    committed = -1
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    for _round in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, str(script), str(store_path), sid, str(committed + 1), canary, PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read() if writer.stderr else ""
        deadline = time.monotonic() + rng.uniform(0.02, 0.4)
        while time.monotonic() < deadline:
            line = writer.stdout.readline()
            if line.strip().isdigit():
                committed = int(line)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        for line in writer.stdout.read().split():  # lines printed before the kill landed
            if line.isdigit():
                committed = int(line)
        assert not scan(store_path.parent, needles_for(canary)), "plaintext after a crash"
        reopened = Store.open(store_path, PASSPHRASE, catalog)
        report = reopened.check()
        assert report.integrity == ["ok"] and report.cipher == [] and report.chain.intact
        value = reopened.get(sid).answers.get("A3", "")
        number = int(value.rsplit("-", 1)[1]) if value else -1
        # every committed answer is there; at most the one in flight at the kill is newer
        assert committed <= number <= committed + 1
        committed = number
        reopened.lock()
    assert committed > KILLS  # the writers really wrote


def test_du002_canaries_never_reach_the_disk_in_plaintext(store, store_path, catalog, tmp_path):
    canary = "CANARY-b81c-Өмір"
    sid = store.create_screening("clinic", "ru", case_code=f"{canary}-code", interviewer=f"{canary}-who")
    store.set_answers(sid, {"A1": 30, "A3": f"{canary}-A3", "A4": f"{canary}-A4", "A5": "KZ"})
    store.set_note(sid, "C2", f"{canary} in a note")
    store.set_step(sid, "own_step_1", done=True, text=f"{canary} own step", note=f"{canary} step note")
    store.backup(tmp_path / "store" / "backup.db")
    store.backup(tmp_path / "store" / "backup2.db", "another passphrase 9")
    assert not scan(store_path.parent, needles_for(canary))
    store.lock()
    with pytest.raises(StoreError):
        Store.open(store_path, "wrong passphrase 12", catalog)
    assert not scan(store_path.parent, needles_for(canary))
    assert scan(tmp_path, [b"nothing-like-this"]) == []  # the scan runs


def test_du002_scan_finds_plaintext():
    """The scan itself can fail: plaintext written on purpose is found."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "x").write_bytes("before CANARY-1-Өмір after".encode("utf-16-le"))
        assert scan(Path(folder), needles_for("CANARY-1-Өмір"))


def test_du003_full_disk_keeps_what_was_stored(small_disk, catalog):
    path = small_disk / "screener.db"
    store = Store.create(path, PASSPHRASE, catalog)
    sid = store.create_screening("clinic", "kk")
    store.set_answers(sid, {"A1": 30, "A5": "KZ", "C1": 2})
    filler = small_disk / "filler"
    with filler.open("wb") as stream:  # fill the disk to the last byte
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError:
            pass
    with pytest.raises(WriteFailed) as info:
        for n in range(200):  # pages run out at some point
            store.set_note(sid, "C1", "x" * 3000 + str(n))
    # a full disk is called a full disk, never damage, and no backup is advised
    assert isinstance(info.value, DiskFull), info.value.render("en")
    assert "not damaged" in info.value.render("en") and "backup" not in info.value.render("en")
    with pytest.raises(DiskFull):
        store.backup(small_disk / "backup.db")
    assert not (small_disk / "backup.db").exists()
    assert not [p for p in small_disk.iterdir() if ".tmp" in p.name]
    store.lock()
    filler.unlink()
    reopened = Store.open(path, PASSPHRASE, catalog)
    assert reopened.get(sid).answers == {"A1": 30, "A5": "KZ", "C1": 2}
    assert reopened.check().sound
    reopened.lock()


def test_du003_read_only_folder(small_disk, catalog):
    path = small_disk / "screener.db"
    store = Store.create(path, PASSPHRASE, catalog)
    sid = store.create_screening("clinic", "kk")
    store.set_answer(sid, "A1", 44)
    store.lock()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(StoreError) as info:
            Store.open(path, PASSPHRASE, catalog)
        assert isinstance(info.value, NoPermission), info.value.render("en")
        assert "backup" not in info.value.render("en")
        with pytest.raises(NoPermission):
            Store.create(small_disk / "other.db", PASSPHRASE, catalog)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    reopened = Store.open(path, PASSPHRASE, catalog)
    assert reopened.get(sid).answers == {"A1": 44}
    reopened.lock()
