"""Crash soak: SIGKILL a process at a random moment of autosave, backup, restore, re-key or
migration, then check the store it worked on: it is there, opens (with the old or the new
passphrase), passes every check (pages, chain, replay), holds every acknowledged answer, and
its temp files are gone after the next start.

Each worker is forked from this process (its imports already done), so a kill costs no start-up.
The parent never holds a store open while it forks.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from screener.core.instrument.loader import Catalog, load_catalog
from screener.core.store import backup
from screener.core.store.errors import WrongPassphrase
from screener.core.store.store import Store
from tests.fixtures.make_store_fixture import PASSPHRASE as FIXTURE_PASSPHRASE

PASSPHRASE = "correct horse 42"
NEW = "brand new pass 77"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MODES = ("autosave", "backup", "restore", "rekey", "migration")


@dataclass
class CrashFigures:
    kills: int = 0
    finished: int = 0  # rounds whose worker ended before the kill came
    stores_checked: int = 0
    answers_verified: int = 0
    lost: int = 0
    unsound: int = 0  # a store that failed a check after a kill
    missing: int = 0  # no store at the path after a kill
    temp_files_left: int = 0  # distinct files still there after the next start
    temp_files_cleaned: int = 0  # left by a kill, removed at the next start
    by_mode: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.unsound or self.missing or self.temp_files_left)

    def render(self) -> str:
        modes = ", ".join(f"{m} {n}" for m, n in sorted(self.by_mode.items()))
        return (
            f"crash soak: {self.kills} SIGKILLs ({modes}), {self.finished} rounds finished before the kill, "
            f"{self.stores_checked} stores checked, {self.answers_verified} answers verified, "
            f"lost {self.lost}, unsound {self.unsound}, missing {self.missing}, "
            f"temp files cleaned at next start {self.temp_files_cleaned}, temp files left {self.temp_files_left}"
        )


class _Soak:
    def __init__(self, folder: Path, catalog: Catalog, rng: random.Random) -> None:
        self.folder = folder
        self.catalog = catalog
        self.rng = rng
        self.main = folder / "main" / "screener.db"  # autosave, backup, re-key
        self.target = folder / "restore" / "screener.db"  # restored again and again
        self.migrated = folder / "migration" / "screener.db"
        self.backup_file = folder / "backups" / "b.db"
        self.keys = {self.main: PASSPHRASE}
        self.acknowledged = -1  # the last autosave the worker reported committed
        self.left: set[Path] = set()  # strays already counted (each is counted once, not every round)
        self.figures = CrashFigures()
        for path in (self.main, self.target, self.migrated, self.backup_file):
            path.parent.mkdir(parents=True, exist_ok=True)
        store = Store.create(self.main, PASSPHRASE, catalog)
        self.sid = store.create_screening("border", "kk", case_code="SOAK-1")
        store.set_answers(self.sid, {"A1": 30, "A5": "UZ"})
        store.backup(self.backup_file)
        store.lock()
        shutil.copyfile(self.backup_file, self.target)

    # -- workers (run in the forked child; they print progress to `out`) ------------------------

    def _autosave(self, out: int) -> None:
        store = Store.open(self.main, self.keys[self.main], self.catalog)
        os.write(out, b"ready\n")
        i = self.acknowledged + 1
        while True:
            store.set_answer(self.sid, "A3", f"value-{i}")
            os.write(out, f"{i}\n".encode())
            i += 1

    def _backup(self, out: int) -> None:
        store = Store.open(self.main, self.keys[self.main], self.catalog)
        os.write(out, b"ready\n")
        while True:
            store.backup(self.folder / "backups" / "loop.db")
            os.write(out, b"backup\n")

    def _restore(self, out: int) -> None:
        os.write(out, b"ready\n")
        while True:
            backup.restore(self.backup_file, PASSPHRASE, self.target)
            for copy in backup.copies_aside(self.target):
                backup.delete_copy(copy)
            os.write(out, b"restored\n")

    def _rekey(self, out: int) -> None:
        key = self.keys[self.main]
        store = Store.open(self.main, key, self.catalog)
        os.write(out, b"ready\n")
        while True:
            new = NEW if key == PASSPHRASE else PASSPHRASE
            store.rekey(key, new)
            key = new
            os.write(out, f"key {key}\n".encode())

    def _migration(self, out: int) -> None:
        os.write(out, b"ready\n")
        store = Store.open(self.migrated, FIXTURE_PASSPHRASE, self.catalog)
        store.lock()
        os.write(out, b"migrated\n")

    # -- one round -------------------------------------------------------------------------------

    def round(self) -> None:
        mode = self.rng.choice(MODES)
        if mode == "migration":
            for side in self.migrated.parent.iterdir():
                side.unlink()
            revision = self.rng.choice(("0001", "0002"))
            shutil.copyfile(FIXTURES / f"store_{revision}.db", self.migrated)
        worker: Callable[[int], None] = getattr(self, f"_{mode}")
        lines = self._run(worker, delay=self.rng.uniform(0.0, 0.5))
        self.figures.by_mode[mode] = self.figures.by_mode.get(mode, 0) + 1
        for line in lines:
            if mode == "autosave" and line.isdigit():
                self.acknowledged = max(self.acknowledged, int(line))
            elif line.startswith("key "):
                self.keys[self.main] = line.removeprefix("key ")
        path = {"restore": self.target, "migration": self.migrated}.get(mode, self.main)
        self._verify(mode, path)

    def _run(self, worker: Callable[[int], None], delay: float) -> list[str]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: work until killed
            os.close(read_end)
            code = 0
            try:
                worker(write_end)
            except BaseException:
                code = 3
            os._exit(code)
        os.close(write_end)
        buffer = b""
        deadline = time.monotonic() + 30.0  # until the worker is ready (its unlock), then `delay`
        ended = False
        while time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            if ready:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    ended = True
                    break
                if b"ready\n" in chunk and b"ready\n" not in buffer:
                    deadline = time.monotonic() + delay
                buffer += chunk
        if not ended:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            buffer += chunk
        os.close(read_end)
        if os.WIFSIGNALED(status):
            self.figures.kills += 1
        else:
            self.figures.finished += 1
            if os.WEXITSTATUS(status) != 0:
                self.figures.problems.append(f"a worker failed (exit {os.WEXITSTATUS(status)})")
        # a line cut by the kill is not acknowledged
        return [line for line in buffer.decode().split("\n")[:-1] if line != "ready"]

    def _verify(self, mode: str, path: Path) -> None:
        figures = self.figures
        if not path.exists():
            figures.missing += 1
            figures.problems.append(f"{mode}: no store at {path}")
            return
        left = len(self._strays())
        store = self._open(path, mode)
        if store is None:
            return
        try:
            strays = self._strays()
            figures.temp_files_cleaned += left - len(strays)
            new = [p for p in strays if p not in self.left]
            self.left.update(new)
            figures.temp_files_left += len(new)
            figures.problems.extend(f"{mode}: left {p}" for p in new)
            report = store.check()
            figures.stores_checked += 1
            if not report.sound:
                figures.unsound += 1
                figures.problems.append(f"{mode}: check failed {report}")
            self._answers(store, mode)
        finally:
            store.lock()
        if mode == "rekey":
            for copy in backup.copies_aside(self.main):
                backup.delete_copy(copy)

    def _strays(self) -> list[Path]:
        """Every file in the soak's folders that is neither a store, its log, lock and counter,
        nor a copy the app keeps on purpose (*.bak) or a finished backup."""
        kept = ("", "-wal", "-shm", ".lock", ".unlock.json")
        expected = {Path(str(store) + s) for store in (self.main, self.target, self.migrated) for s in kept}
        expected |= {self.backup_file, self.folder / "backups" / "loop.db"}
        found = [p for p in self.folder.rglob("*") if p.is_file() and p not in expected]
        return [p for p in found if not (p.name.endswith(".bak") or p.name.endswith(".bak-wal"))]

    def _open(self, path: Path, mode: str) -> Store | None:
        keys = [self.keys.get(path, PASSPHRASE), NEW, PASSPHRASE, FIXTURE_PASSPHRASE]
        for key in dict.fromkeys(keys):
            try:
                store = Store.open(path, key, self.catalog, sleep=lambda _s: None)
            except WrongPassphrase:
                continue
            if path == self.main:
                self.keys[path] = key  # a re-key killed after its swap: the new key is in force
            return store
        self.figures.unsound += 1
        self.figures.problems.append(f"{mode}: {path} opens with neither passphrase")
        return None

    def _answers(self, store: Store, mode: str) -> None:
        figures = self.figures
        if mode == "migration":
            finals = store.list_screenings(case_code="FIX-1")
            if len(finals) != 1 or store.get(finals[0].id).answers.get("A5") is None:
                figures.lost += 1
            figures.answers_verified += len(store.get(finals[0].id).answers) if finals else 0
            return
        answers = store.get(self.sid).answers
        expected = {"A1": 30, "A5": "UZ"}
        for key, value in expected.items():
            figures.answers_verified += 1
            if answers.get(key) != value:
                figures.lost += 1
                figures.problems.append(f"{mode}: {key} is {answers.get(key)!r}")
        if store.path == self.main and self.acknowledged >= 0:
            figures.answers_verified += 1
            stored = str(answers.get("A3", "value--1")).removeprefix("value-")
            if not stored.isdigit() or int(stored) < self.acknowledged:
                figures.lost += 1
                figures.problems.append(f"{mode}: A3 is {answers.get('A3')!r}, acknowledged {self.acknowledged}")


def crash_soak(
    kills: int, folder: Path, seed: int = 20261203, progress: Callable[[str], None] | None = None
) -> CrashFigures:
    """Run rounds until `kills` workers were killed; returns the figures."""
    soak = _Soak(folder, load_catalog(), random.Random(seed))
    rounds = 0
    while soak.figures.kills < kills and rounds < kills * 3:
        soak.round()
        rounds += 1
        if progress is not None and rounds % 50 == 0:
            progress(soak.figures.render())
    return soak.figures
