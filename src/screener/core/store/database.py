"""Opening, creating and locking the SQLCipher file.

One connection per unlock (SQLCipher's key derivation costs ~0.2 s by design, so it is paid
once), kept by a StaticPool and used by one thread at a time. The file is classified before a
key is tried, so a damaged or foreign file gets its own message, and nothing is ever written
to a file that did not open.
"""

from __future__ import annotations

import hmac
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from screener.core.store.errors import (
    DamagedStore,
    DiskFull,
    KeyOrFirstPage,
    NoPermission,
    NotAFile,
    NotAStore,
    StoreBusy,
    StoreError,
    StoreLocked,
    StoreMissing,
    WriteFailed,
    WrongPassphrase,
    os_error,
)

PAGE_SIZE = 4096  # SQLCipher 4 default
PLAIN_SQLITE = b"SQLite format 3\x00"
_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",  # SQLCipher would log every failed page HMAC to stderr
    # SQLCipher wipes (and locks) the memory it frees, key material and pages among it; once on,
    # it stays on for the whole process (costs measured in tests/bench/test_bench_memory_security.py)
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",  # no temporary files on disk
    "PRAGMA synchronous = FULL",  # a committed answer survives a power cut, not only a crash
    "PRAGMA secure_delete = ON",
)


def classify(path: Path) -> None:
    """Raise for a file that cannot be a store, before any key is tried (a folder, a pipe or a
    device is refused before it is opened: reading a pipe would wait for ever)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(path)
        size = info.st_size
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError as exc:
        raise StoreMissing(path) from exc
    except OSError as exc:
        raise os_error(path, exc) from exc
    if size == 0:
        raise DamagedStore(path, detail="0 bytes")
    if head == PLAIN_SQLITE:
        raise NotAStore(path)
    if size % PAGE_SIZE:
        raise DamagedStore(path, detail=f"{size} bytes, not whole pages")


class _Key:
    """The passphrase of one engine, in one wipeable buffer: not in the engine's URL (which
    SQLAlchemy copies into its dialect, pool and logs), dropped at lock."""

    __slots__ = ("_buffer", "_path")

    def __init__(self, path: Path, passphrase: str) -> None:
        self._path = path
        self._buffer = bytearray(passphrase.encode("utf-8"))

    def text(self) -> str:
        if not self._buffer:
            raise StoreLocked(self._path)
        return self._buffer.decode("utf-8")

    def matches(self, passphrase: str) -> bool:
        return bool(self._buffer) and hmac.compare_digest(passphrase.encode("utf-8"), bytes(self._buffer))

    def wipe(self) -> None:
        for index in range(len(self._buffer)):
            self._buffer[index] = 0
        self._buffer.clear()


_KEYS: WeakKeyDictionary[Engine, _Key] = WeakKeyDictionary()


def make_engine(path: Path, passphrase: str) -> Engine:
    key = _Key(path, passphrase)

    def connect() -> Any:
        connection = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False, isolation_level=None)
        cursor = connection.cursor()
        cursor.execute("PRAGMA key = '" + key.text().replace("'", "''") + "'")  # SQL quoting: the same key
        cursor.close()
        return connection

    # the pysqlite dialect over sqlcipher3's DB-API (so its errors are wrapped as DBAPIError), the
    # connection made here with the key set first: the URL holds no passphrase
    engine = create_engine("sqlite+pysqlite://", module=sqlcipher3.dbapi2, creator=connect, poolclass=StaticPool)
    _KEYS[engine] = key

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in _PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level None); take the write lock
        # at the start so a transaction never fails half-way on a busy database
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def open_engine(path: Path, passphrase: str, *, first_page_known: bool = False) -> Engine:
    """An engine on an existing store, with the key checked.

    SQLCipher cannot tell a wrong key from a damaged first page. With `first_page_known` (the
    file is as it was at its last clean close, so its first page opened then) a failure is a
    wrong passphrase; otherwise it is KeyOrFirstPage, which says both.
    """
    classify(path)
    engine = make_engine(path, passphrase)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DBAPIError as exc:
        engine.dispose()
        _remove_empty_side_files(path)
        if _error_name(exc.orig) == "SQLITE_NOTADB":
            raise (WrongPassphrase(path) if first_page_known else KeyOrFirstPage(path)) from exc
        raise _translate(path, exc.orig) from exc
    return engine


def enable_wal(engine: Engine) -> None:
    """Write-ahead logging, set only once the file is known sound (setting it writes page 1)."""
    outside_transaction(engine, "PRAGMA journal_mode = WAL")


def page_problems(engine: Engine) -> list[str]:
    """What SQLite's quick_check and SQLCipher's page HMAC check find wrong ([] when sound)."""
    try:
        quick = [str(r) for r in _all_values(engine, "PRAGMA quick_check")]
        cipher = [str(r) for r in _all_values(engine, "PRAGMA cipher_integrity_check")]
    except (sqlcipher3.dbapi2.Error, sqlite3.Error, MemoryError) as exc:  # a damaged page may read as NOMEM
        return [str(exc) or type(exc).__name__]
    return [r for r in quick if r != "ok"] + cipher


def _all_values(engine: Engine, sql: str) -> list[Any]:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        values = [row[0] for row in cursor.execute(sql).fetchall()]
        cursor.close()
    finally:
        raw.close()
    return values


def outside_transaction(engine: Engine, *statements: tuple[str, tuple[Any, ...]] | str) -> list[Any]:
    """Run statements that SQLite refuses inside a transaction (ATTACH, checkpoints, journal
    mode) on the driver's own connection, which is in autocommit mode; returns each first value."""
    results = []
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement in statements:
            sql, params = (statement, ()) if isinstance(statement, str) else statement
            row = cursor.execute(sql, params).fetchone()
            results.append(row[0] if row else None)
        cursor.close()
    finally:
        raw.close()
    return results


def create_file_engine(path: Path, passphrase: str) -> Engine:
    """An engine on a new, empty, owner-only file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        raise
    except OSError as exc:
        raise os_error(path, exc) from exc
    return make_engine(path, passphrase)


def _remove_empty_side_files(path: Path) -> None:
    """A failed open leaves no trace: empty WAL side files it may have created go."""
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        with suppress(OSError):
            if side.exists() and side.stat().st_size == 0:
                side.unlink()


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Every failure classified before it is worded: disk full, no permission, busy, damaged
    (only when SQLite itself found the damage), or a plain write failure; never a guess."""
    try:
        yield
    except DBAPIError as exc:
        raise _translate(path, exc.orig) from exc
    except (sqlcipher3.dbapi2.Error, sqlite3.Error) as exc:
        raise _translate(path, exc) from exc
    except OSError as exc:
        raise os_error(path, exc) from exc


def _error_name(error: BaseException | None) -> str:
    return str(getattr(error, "sqlite_errorname", "") or "")


# the primary result code's text (sqlite3_errstr): a statement that runs others, as
# sqlcipher_export, reports their failure as SQLITE_ERROR with only this text
_BY_TEXT = {
    "database or disk is full": "SQLITE_FULL",
    "disk I/O error": "SQLITE_IOERR",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "database is locked": "SQLITE_BUSY",
}


def _translate(path: Path, error: BaseException | None) -> StoreError:
    detail = str(error)
    name = _error_name(error)
    if name in ("", "SQLITE_ERROR") and detail in _BY_TEXT:
        name = _BY_TEXT[detail]
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _nearly_full(path)):
        return DiskFull(path, detail=detail)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")) or (
        name.startswith("SQLITE_IOERR") and not _writable(path)
    ):
        if name.startswith("SQLITE_CANTOPEN") and _writable(path):
            return WriteFailed(path, detail=detail)
        return NoPermission(path, detail=detail)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreBusy(path, detail=detail)
    if name.startswith("SQLITE_CORRUPT"):
        return DamagedStore(path, detail=detail)  # SQLite found the damage itself
    if name == "SQLITE_NOTADB":
        # the key opened the file, so a page that fails now fails its HMAC: damage SQLCipher proved
        return DamagedStore(path, detail=detail)
    return WriteFailed(path, detail=detail)


def _nearly_full(path: Path) -> bool:
    """An I/O error on a disk with (almost) no space left is a full disk, not damage."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _writable(path: Path) -> bool:
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def passphrase_of(engine: Engine) -> str:
    """The passphrase an engine was made with (a backup under the store's own key)."""
    return _KEYS[engine].text()


def passphrase_matches(engine: Engine, passphrase: str) -> bool:
    """Whether `passphrase` is the one the engine was made with (compared in constant time)."""
    key = _KEYS.get(engine)
    return key is not None and key.matches(passphrase)


def forget_key(engine: Engine) -> None:
    """Wipe the engine's passphrase (at lock, after dispose): it cannot connect again."""
    key = _KEYS.pop(engine, None)
    if key is not None:
        key.wipe()
