"""Opening, creating and locking the SQLCipher file.

One connection per unlock (SQLCipher's key derivation costs ~0.2 s by design, so it is paid
once), kept by a StaticPool and used by one thread at a time. The file is classified before a
key is tried, so a damaged or foreign file gets its own message, and nothing is ever written
to a file that did not open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from screener.core.store.errors import DamagedStore, NotAStore, StoreMissing, WriteFailed, WrongPassphrase

PAGE_SIZE = 4096  # SQLCipher 4 default
PLAIN_SQLITE = b"SQLite format 3\x00"
_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",  # SQLCipher would log every failed page HMAC to stderr
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",  # no temporary files on disk
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # a committed answer survives a power cut, not only a crash
    "PRAGMA secure_delete = ON",
)


def classify(path: Path) -> None:
    """Raise for a file that cannot be a store, before any key is tried."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError as exc:
        raise StoreMissing(path) from exc
    except OSError as exc:
        raise DamagedStore(path, detail=exc.strerror or str(exc)) from exc
    if size == 0:
        raise DamagedStore(path, detail="0 bytes")
    if head == PLAIN_SQLITE:
        raise NotAStore(path)
    if size % PAGE_SIZE:
        raise DamagedStore(path, detail=f"{size} bytes, not whole pages")


def make_engine(path: Path, passphrase: str) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    engine = create_engine(
        url,
        poolclass=StaticPool,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

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


def open_engine(path: Path, passphrase: str) -> Engine:
    """An engine on an existing store, with the key checked; WrongPassphrase otherwise."""
    classify(path)
    engine = make_engine(path, passphrase)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DBAPIError as exc:
        engine.dispose()
        _remove_empty_side_files(path)
        if "not a database" in str(exc.orig) or "encrypted" in str(exc.orig):
            raise WrongPassphrase(path) from exc
        raise DamagedStore(path, detail=str(exc.orig)) from exc
    return engine


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
        raise WriteFailed(path, detail=exc.strerror or str(exc)) from exc
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
    """Disk full, read-only folder, vanished or damaged file: a StoreError, nothing half-done."""
    try:
        yield
    except DBAPIError as exc:
        raise _translate(path, exc.orig) from exc
    except (sqlcipher3.dbapi2.Error, sqlite3.Error, OSError) as exc:
        raise _translate(path, exc) from exc


def _translate(path: Path, error: BaseException | None) -> Exception:
    detail = str(error)
    lowered = detail.lower()
    if any(word in lowered for word in ("full", "readonly", "read-only", "disk i/o", "unable to open", "no space")):
        return WriteFailed(path, detail=detail)
    if any(word in lowered for word in ("malformed", "not a database", "corrupt")):
        return DamagedStore(path, detail=detail)
    return WriteFailed(path, detail=detail)
