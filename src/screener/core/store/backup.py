"""Backup, restore and change of passphrase, all through sqlcipher_export into a new file.

A new file is written beside its target (owner-only from the first byte), checked, synced, then
renamed into place in one step: a crash or a full disk leaves the old file as it was, and there
is never a moment without a store at its path. The file a restore or a re-key replaces is first
kept under a recognisable name (`screener.db.replaced.<time>.bak`, `screener.db.before-rekey.<time>.bak`),
never deleted. Temp files a killed operation leaves are removed at the next start.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from screener.core.files import TEMP_SUFFIX, private_file, private_temp, replace_private, sync_folder
from screener.core.store import audit
from screener.core.store.database import (
    enable_wal,
    make_engine,
    open_engine,
    outside_transaction,
    translated_errors,
)
from screener.core.store.errors import BackupFailed, DamagedStore, StoreError, os_error
from screener.core.store.passphrase import require_strong
from screener.core.store.replay import Seal, head
from screener.core.store.writer_lock import PENDING, WriterLock

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
INCOMING = (".restore", ".rekey")  # `.<name>.restore`: a checked copy about to be renamed over the store


def export_to(
    engine: Engine, target: Path, passphrase: str, writer: WriterLock | None = None, *, close_source: bool = False
) -> None:
    """Write the whole database, keyed with `passphrase`, to `target` atomically (0600).

    With the store's writer lock, the temp file is noted in it before it is made, so that the
    next start removes it if this process is killed, wherever the target is. `close_source`:
    the engine's connections are closed before the rename (the target is its own file, which
    Windows cannot replace while it is open)."""
    temp = private_temp(target, writer)
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
        if close_source:
            engine.dispose()
        replace_private(temp, target)
    except StoreError:
        remove_file(temp)
        raise
    except OSError as exc:
        remove_file(temp)
        raise os_error(target, exc) from exc
    finally:
        if writer is not None:
            writer.drop_pending(temp)


def _verify(path: Path, passphrase: str) -> None:
    engine = open_engine(path, passphrase)
    try:
        # journal mode DELETE: the copy is a single file, with no -wal beside it
        with translated_errors(path):
            result, _mode = outside_transaction(engine, "PRAGMA integrity_check", "PRAGMA journal_mode = DELETE")
        if result != "ok":
            raise BackupFailed(path, detail=str(result))
    finally:
        engine.dispose()


def restore(backup: Path, backup_passphrase: str, store_path: Path, new_passphrase: str | None = None) -> Path | None:
    """Replace the store with a backup; the store it replaces is kept beside it.

    Works on a locked (or damaged) store: nothing of it is opened. It takes the store's writer
    lock (refused while the app or a command has the store open). The backup is copied beside
    the store and checked; the current store is kept under another name (a hard link, so the
    path never goes missing); then one rename puts the copy in place. Returns where the replaced
    store was kept, if there was one.
    """
    passphrase = new_passphrase or backup_passphrase
    if new_passphrase:
        require_strong(new_passphrase)
    writer = WriterLock.acquire(store_path)
    incoming = store_path.with_name(f".{store_path.name}.restore")
    try:
        remove_leftovers(store_path, writer)
        source = open_engine(backup, backup_passphrase)
        try:
            with translated_errors(backup):
                [result] = outside_transaction(source, "PRAGMA integrity_check")
            if result != "ok":
                raise DamagedStore(backup, detail=str(result))
            writer.add_pending(incoming)  # before it exists: a kill leaves nothing unknown
            export_to(source, incoming, passphrase, writer)
        finally:
            source.dispose()
        kept = None
        try:
            if store_path.exists():
                kept = keep_aside(store_path, "replaced", writer)
            for suffix in SIDE_SUFFIXES:  # the replaced store's log belongs to it (kept with it)
                Path(str(store_path) + suffix).unlink(missing_ok=True)
            replace_private(incoming, store_path)
        except OSError as exc:
            remove_file(incoming)
            raise os_error(store_path, exc) from exc
        writer.note("clean_close", None)
    except BaseException:
        if not incoming.exists():
            writer.drop_pending(incoming)
        writer.release(clean=False)
        raise
    writer.drop_pending(incoming)
    writer.release(clean=True)  # the file in place is the checked copy
    return kept


def keep_aside(path: Path, label: str, writer: WriterLock | None = None) -> Path:
    """Keep the file (and its log) under `<name>.<label>.<time>.bak` without ever removing it
    from its path: a hard link where the disk allows it, a synced copy otherwise."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    for suffix in ("", "-wal"):
        source = Path(str(path) + suffix)
        if not source.exists():
            continue
        target = Path(str(kept) + suffix)
        try:
            os.link(source, target)
        except OSError:  # a disk without hard links (FAT): a synced, private copy
            with private_file(target, notes=writer) as out, source.open("rb") as stream:
                shutil.copyfileobj(stream, out)
    sync_folder(path.parent)
    return kept


def rekey(
    engine: Engine, store_path: Path, new_passphrase: str, writer: WriterLock | None, interviewer: str = ""
) -> tuple[Engine, Path | None]:
    """The same data under a new passphrase; returns the engine on the re-keyed file and where
    the file under the old passphrase was kept.

    The "rekey" audit entry is written into the new file before it is swapped in, so the swap
    (one rename) is the moment the new passphrase comes into force; nothing after it can fail.
    """
    require_strong(new_passphrase)
    incoming = store_path.with_name(f".{store_path.name}.rekey")
    if writer is not None:
        writer.add_pending(incoming)  # before it exists: a kill leaves nothing unknown
    try:
        try:
            export_to(engine, incoming, new_passphrase, writer)
            _append_entry(incoming, new_passphrase, "rekey", interviewer)
        except BaseException:
            remove_file(incoming)
            raise
        engine.dispose()  # the old file is complete now: its log was folded in by the export
        try:
            kept = keep_aside(store_path, "before-rekey", writer)
            replace_private(incoming, store_path)
        except OSError as exc:
            remove_file(incoming)
            raise os_error(store_path, exc) from exc
    finally:
        if writer is not None and not incoming.exists():
            writer.drop_pending(incoming)
    # from here the new passphrase is in force: nothing below may report a failure
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(OSError):
            os.unlink(str(store_path) + suffix)
    sync_folder(store_path.parent)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.note("rekeyed_at", audit.now())
    new_engine = make_engine(store_path, new_passphrase)
    with contextlib.suppress(Exception):
        enable_wal(new_engine)
    return new_engine, kept


def _append_entry(path: Path, passphrase: str, action: str, interviewer: str) -> None:
    """One audit entry written into a file not yet in place (synced when it is renamed)."""
    engine = open_engine(path, passphrase)
    try:
        with translated_errors(path), Session(engine) as session, session.begin():
            audit.AuditTrail().append(session, action, interviewer)
    finally:
        engine.dispose()


def seal_of(path: Path, passphrase: str) -> Seal:
    """The chain head kept in a backup (or any store file), read without writing to it."""
    engine = open_engine(path, passphrase)
    try:
        with translated_errors(path), Session(engine) as session:
            return head(session)
    finally:
        engine.dispose()


def copies_aside(store_path: Path) -> list[Path]:
    """Every copy the app keeps beside the store (migration copies, replaced stores, the file
    before a re-key): after a re-key they still open with the old passphrase."""
    folder = store_path.parent
    return sorted(p for p in folder.glob(f"{store_path.name}.*.bak") if p.is_file())


def copies_not_under(store_path: Path, passphrase: str) -> list[Path]:
    """The kept copies that do not open with `passphrase` (the store's, after a re-key): those
    under the old passphrase, an earlier one, or damaged. Each copy is only read."""
    found = []
    for copy in copies_aside(store_path):
        try:
            open_engine(copy, passphrase).dispose()
        except StoreError:
            found.append(copy)
    return found


def reencrypt_copy(copy: Path, old_passphrase: str, new_passphrase: str, writer: WriterLock | None = None) -> None:
    """Key a kept copy with the new passphrase (in place, atomically); `writer`: the store's lock."""
    source = open_engine(copy, old_passphrase)
    try:
        export_to(source, copy, new_passphrase, writer, close_source=True)
    finally:
        source.dispose()
    for suffix in SIDE_SUFFIXES:
        Path(str(copy) + suffix).unlink(missing_ok=True)


def delete_copy(copy: Path) -> None:
    try:
        for suffix in ("", *SIDE_SUFFIXES):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise os_error(copy, exc) from exc


def leftovers(store_path: Path, writer: WriterLock | None = None) -> list[Path]:
    """Temp files of a killed backup, restore, re-key or migration of this store."""
    name = store_path.name
    folder = store_path.parent
    found: set[Path] = set()
    # private temps are ".<target>.<random>.part"; a restore's or re-key's target is itself ".<name>.restore"
    patterns = (f".{name}.*.part", f"..{name}.*", f".{name}.*.tmp*", f".{name}.restore*", f".{name}.rekey*")
    for pattern in patterns:
        found.update(folder.glob(pattern))
    for pending in writer.pending() if writer is not None else []:
        temp = Path(pending)  # only names this module makes: hidden, and a temp's or an incoming copy's
        if temp.name.startswith(".") and temp.name.endswith((TEMP_SUFFIX, *INCOMING)):
            found.update(p for p in (temp, *(Path(str(temp) + s) for s in SIDE_SUFFIXES)) if p.exists())
    return sorted(found)


def remove_leftovers(store_path: Path, writer: WriterLock) -> int:
    """Remove them (the caller holds the writer lock, so none of them is being written)."""
    removed = 0
    for path in leftovers(store_path, writer):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    if writer.pending():
        writer.note(PENDING, [])
    return removed


def remove_file(path: Path) -> None:
    for candidate in (path, *(Path(str(path) + suffix) for suffix in SIDE_SUFFIXES)):
        with contextlib.suppress(OSError):
            candidate.unlink()
