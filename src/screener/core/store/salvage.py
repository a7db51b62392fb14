"""A damaged store is opened for one thing only: copying what can still be read into a new file.

The damaged file is read, never written (no journal mode is set, no audit entry is added); the
new file is an encrypted store of the same schema, written beside its target and renamed into
place when complete. Rows SQLite cannot read are skipped, and counted per table.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from screener.core.files import private_temp, replace_private
from screener.core.store.backup import remove_file
from screener.core.store.database import make_engine, open_engine, translated_errors
from screener.core.store.errors import StoreExists, os_error
from screener.core.store.passphrase import require_strong

_ERRORS = (sqlcipher3.dbapi2.Error, sqlite3.Error, MemoryError)  # a damaged page can read as SQLITE_NOMEM
MAX_SKIPS = 10_000  # damaged stretches skipped per table before giving up on the rest of it


@dataclass(slots=True)
class SalvageReport:
    copied: dict[str, int] = field(default_factory=dict)  # rows copied per table
    lost: dict[str, str] = field(default_factory=dict)  # table -> what could not be read

    @property
    def complete(self) -> bool:
        return not self.lost


def salvage(path: Path, passphrase: str, target: Path, target_passphrase: str | None = None) -> SalvageReport:
    """Copy every readable row of the store at `path` into a new store at `target`."""
    key = target_passphrase or passphrase
    if target_passphrase:
        require_strong(target_passphrase)
    if target.exists():
        raise StoreExists(target)
    source = open_engine(path, passphrase)
    temp = private_temp(target)
    report = SalvageReport()
    try:
        out = make_engine(temp, key)
        try:
            with translated_errors(target):
                _copy(source, out, report)
        finally:
            out.dispose()
        remove_file_sides(temp)
        replace_private(temp, target)
    except OSError as exc:
        remove_file(temp)
        raise os_error(target, exc) from exc
    except BaseException:
        remove_file(temp)
        raise
    finally:
        source.dispose()
    return report


def remove_file_sides(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def _copy(source: Any, out: Any, report: SalvageReport) -> None:
    reader = source.raw_connection()
    writer = out.raw_connection()
    try:
        read = reader.cursor()
        read.execute("PRAGMA query_only = 1")
        schema = read.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        write = writer.cursor()
        write.execute("BEGIN")
        for kind, _name, _table, sql in schema:
            if kind == "table":
                write.execute(sql)
        for kind, name, _table, _sql in schema:
            if kind == "table":
                _copy_table(read, write, name, report)
        for kind, _name, _table, sql in schema:
            if kind in ("index", "trigger", "view"):
                with contextlib.suppress(*_ERRORS):  # a unique index may fail on what survived
                    write.execute(sql)
        write.execute("COMMIT")
    finally:
        reader.close()
        writer.close()


def _copy_table(read: Any, write: Any, table: str, report: SalvageReport) -> None:
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        columns = [row[1] for row in read.execute(f"PRAGMA table_info({quoted})").fetchall()]
    except _ERRORS as exc:
        report.lost[table] = str(exc)
        return
    names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    insert = f"INSERT OR IGNORE INTO {quoted} ({names}) VALUES ({', '.join('?' * len(columns))})"
    last, copied, skips, problems = None, 0, 0, []
    while skips <= MAX_SKIPS:
        where, params = ("", ()) if last is None else (" WHERE rowid > ?", (last,))
        try:
            for row in read.execute(f"SELECT rowid, {names} FROM {quoted}{where} ORDER BY rowid", params):
                last = row[0]
                write.execute(insert, row[1:])
                copied += 1
            break
        except _ERRORS as exc:
            problems.append(str(exc))
            skips += 1
            last = (last or 0) + 1  # step over the row (or page) that could not be read
            if skips > 64 and copied == 0:
                break
    report.copied[table] = copied
    if problems:
        report.lost[table] = f"{len(problems)} unreadable stretch(es): {problems[0]}"
