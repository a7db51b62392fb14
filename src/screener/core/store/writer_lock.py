"""One writer per store: an exclusive OS file lock beside the store.

The lock file (`screener.db.lock`) is locked with flock (Linux) or msvcrt.locking (Windows) for
as long as the store is unlocked, and during backup, restore, re-key and migration. The operating
system lets go of the lock when the process ends, however it ends, so the lock of a dead process
never blocks. The file itself stays: it also says who holds the lock (process, machine, since
when), and how the store was left at its last clean close (size, time, a hash of its first page),
so that an unlock can tell whether the file changed while no Screener had it open.

Nothing from a screening is ever written here; the hash is of encrypted bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from screener.core.store.errors import StoreInUse, os_error

SUFFIX = ".lock"
PENDING = "pending_temp"  # temp files being written (noted before they are made), removed at the next start
# Windows locks a byte range, and a locked range cannot be read by others: lock one byte far
# past the holder's description, so that a second instance can still read who holds it
_WINDOWS_LOCK_AT = 1 << 30


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + SUFFIX)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """How the file looked at a clean close: if any of it differs, the file changed since."""

    size: int
    mtime_ns: int
    head: str  # sha256 of the first page (encrypted bytes)

    @classmethod
    def of(cls, path: Path) -> Fingerprint | None:
        try:
            stat = path.stat()
            with path.open("rb") as stream:
                head = hashlib.sha256(stream.read(4096)).hexdigest()
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, head)

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "head": self.head}

    @classmethod
    def from_json(cls, raw: Any) -> Fingerprint | None:
        try:
            return cls(int(raw["size"]), int(raw["mtime_ns"]), str(raw["head"]))
        except (TypeError, KeyError, ValueError):
            return None


def _try_lock(stream: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover (Windows is tested under Wine in CI)
        import msvcrt  # noqa: PLC0415

        stream.seek(_WINDOWS_LOCK_AT)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            data = json.loads(stream.read(65536).split(b"\0", 1)[0].decode("utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class WriterLock:
    """The exclusive lock on one store, held from `acquire` until `release` (or process exit)."""

    def __init__(self, store_path: Path, stream: IO[bytes], state: dict[str, Any]) -> None:
        self.store_path = store_path
        self.path = lock_path(store_path)
        self._stream: IO[bytes] | None = stream
        self._state = state

    @classmethod
    def acquire(cls, store_path: Path) -> WriterLock:
        """Take the lock, or raise StoreInUse naming who holds it; nothing is changed then."""
        path = lock_path(store_path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise os_error(store_path, exc) from exc
        stream = open(fd, "r+b", buffering=0)
        if not _try_lock(stream):
            stream.close()
            holder = _read(path).get("holder") or {}
            raise StoreInUse(
                store_path,
                pid=holder.get("pid", "?"),
                host=holder.get("host", "?"),
                since=holder.get("since", "?"),
                program=holder.get("program", "?"),
            )
        state = _read(path)
        state["holder"] = {
            "pid": os.getpid(),
            "host": platform.node(),
            "since": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
            "program": Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python",
        }
        lock = cls(store_path, stream, state)
        lock._write()
        return lock

    @property
    def held(self) -> bool:
        return self._stream is not None

    def clean_close(self) -> Fingerprint | None:
        """The fingerprint recorded at the last clean close (None: never closed cleanly)."""
        return Fingerprint.from_json(self._state.get("clean_close"))

    def changed_since_clean_close(self) -> bool:
        recorded = self.clean_close()
        return recorded is None or recorded != Fingerprint.of(self.store_path)

    def mark_open(self) -> None:
        """The store is being written: until a clean close, its file is not known to be as left."""
        if self._state.pop("clean_close", None) is not None:
            self._write()

    def note(self, key: str, value: Any) -> None:
        """Keep a small fact beside the store (say, when the passphrase was last changed)."""
        self._state[key] = value
        self._write()

    def get(self, key: str) -> Any:
        return self._state.get(key)

    def pending(self) -> list[str]:
        """The temp files noted as being written (by this process, or by a killed one)."""
        noted = self._state.get(PENDING)
        return [str(p) for p in noted] if isinstance(noted, list) else []

    def add_pending(self, temp: Path) -> None:
        """Note a temp file before it is made (files.TempNotes)."""
        self.note(PENDING, [*self.pending(), str(temp)])

    def drop_pending(self, temp: Path) -> None:
        """Forget a temp file once it is renamed into place or removed."""
        if str(temp) in self.pending():
            self.note(PENDING, [p for p in self.pending() if p != str(temp)])

    def release(self, clean: bool = True) -> None:
        """Record how the file was left (after a clean close), then let go of the lock."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        self._state.pop("holder", None)
        if clean:
            fingerprint = Fingerprint.of(self.store_path)
            if fingerprint is not None:
                self._state["clean_close"] = fingerprint.to_json()
        with contextlib.suppress(OSError):
            self._write(stream)
        stream.close()  # closing the file releases the OS lock

    def _write(self, stream: IO[bytes] | None = None) -> None:
        stream = stream or self._stream
        if stream is None:
            return
        data = json.dumps(self._state, sort_keys=True).encode("utf-8")
        try:
            stream.seek(0)
            stream.write(data)
            stream.truncate(len(data))
        except OSError:
            pass  # the lock still holds; the description is a courtesy (a full disk must not stop work)

    def __del__(self) -> None:
        stream = getattr(self, "_stream", None)
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()


def read_holder(store_path: Path) -> dict[str, Any]:
    """Who holds (or last held) the lock, as written in the lock file."""
    holder = _read(lock_path(store_path)).get("holder")
    return holder if isinstance(holder, dict) else {}


def read_state(store_path: Path) -> dict[str, Any]:
    return _read(lock_path(store_path))
