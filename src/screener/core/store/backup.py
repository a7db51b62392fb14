"""Backup, restore and change of passphrase, all through sqlcipher_export into a new file.

A new file is written beside its target (owner-only from the first byte), checked, synced, then
renamed into place: a crash or a full disk leaves the old file as it was. The store being
replaced by a restore is kept beside it, never deleted.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from screener.core.files import private_temp, replace_private, sync_folder
from screener.core.store.database import make_engine, open_engine, outside_transaction, translated_errors
from screener.core.store.errors import BackupFailed, DamagedStore, StoreError, WriteFailed
from screener.core.store.passphrase import require_strong


def export_to(engine: Engine, target: Path, passphrase: str) -> None:
    """Write the whole database, keyed with `passphrase`, to `target` atomically (0600)."""
    temp = private_temp(target)
    try:
        with translated_errors(target):
            try:
                outside_transaction(
                    engine,
                    "PRAGMA wal_checkpoint(TRUNCATE)",
                    ("ATTACH DATABASE ? AS export KEY ?", (str(temp), passphrase)),
                    "SELECT sqlcipher_export('export')",
                )
            finally:
                with contextlib.suppress(Exception):
                    outside_transaction(engine, "DETACH DATABASE export")
        _verify(temp, passphrase)
        replace_private(temp, target)
    except StoreError:
        _remove(temp)
        raise
    except OSError as exc:
        _remove(temp)
        raise WriteFailed(target, detail=exc.strerror or str(exc)) from exc


def _verify(path: Path, passphrase: str) -> None:
    engine = open_engine(path, passphrase)
    try:
        # journal mode DELETE: the copy is a single file, with no -wal beside it
        result, _mode = outside_transaction(engine, "PRAGMA integrity_check", "PRAGMA journal_mode = DELETE")
        if result != "ok":
            raise BackupFailed(path, detail=str(result))
    finally:
        engine.dispose()


def restore(backup: Path, backup_passphrase: str, store_path: Path, new_passphrase: str | None = None) -> Path | None:
    """Replace the store with a backup; the store it replaces is kept beside it.

    Works on a locked (or damaged) store: nothing of it is opened. Returns where the replaced
    store was kept, if there was one.
    """
    passphrase = new_passphrase or backup_passphrase
    if new_passphrase:
        require_strong(new_passphrase)
    source = open_engine(backup, backup_passphrase)
    try:
        [result] = outside_transaction(source, "PRAGMA integrity_check")
        if result != "ok":
            raise DamagedStore(backup, detail=str(result))
        incoming = store_path.with_name(f".{store_path.name}.restore")
        export_to(source, incoming, passphrase)
    finally:
        source.dispose()
    kept = None
    if store_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = store_path.with_name(f"{store_path.name}.replaced.{stamp}.bak")
        os.replace(store_path, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(str(store_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(kept) + suffix))
    os.replace(incoming, store_path)
    sync_folder(store_path.parent)
    return kept


def rekey(engine: Engine, store_path: Path, new_passphrase: str) -> Engine:
    """The same data under a new passphrase; returns the engine on the re-keyed file."""
    require_strong(new_passphrase)
    incoming = store_path.with_name(f".{store_path.name}.rekey")
    export_to(engine, incoming, new_passphrase)
    engine.dispose()
    os.replace(incoming, store_path)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(store_path) + suffix)
    sync_folder(store_path.parent)
    return make_engine(store_path, new_passphrase)


def _remove(path: Path) -> None:
    for candidate in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()
