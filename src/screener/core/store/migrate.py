"""Schema versions: alembic revisions, run on the store's open connection.

Opening an older store first copies it aside (encrypted, same key), then upgrades it. A store
written by a newer Screener (a revision this one does not know) is refused, never touched.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from screener.core.files import TempNotes, private_file
from screener.core.store.database import outside_transaction
from screener.core.store.errors import NewerStore, os_error

# oldest first; the last is the head (a test checks it against alembic)
REVISIONS = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # no alembic_version table: an empty, new file
        return None


def refuse_newer(engine: Engine, path: Path) -> None:
    """NewerStore for a store written by a newer Screener, found before anything is written."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision is not None and revision not in REVISIONS:
        raise NewerStore(path, revision=revision, known=HEAD)


def upgrade(engine: Engine, path: Path, notes: TempNotes | None = None) -> str | None:
    """Bring the store to HEAD; returns the path of the copy taken first, if any.

    `notes` (the store's writer lock) is told of the copy's temp file before it is made."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD:
        return None
    if revision is not None and revision not in REVISIONS:
        raise NewerStore(path, revision=revision, known=HEAD)
    copy = None
    if revision is not None:
        copy = copy_aside(engine, path, f"before-{HEAD}", notes)
    _run_alembic(engine)
    return str(copy) if copy else None


def _run_alembic(engine: Engine) -> None:
    from alembic import command  # noqa: PLC0415 (alembic costs ~0.1 s; needed only to upgrade)
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def copy_aside(engine: Engine, path: Path, label: str, notes: TempNotes | None = None) -> Path:
    """An exact copy of the encrypted file, beside it, owner-only (WAL folded in first)."""
    outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    try:
        with private_file(target, notes=notes) as out, path.open("rb") as source:
            shutil.copyfileobj(source, out)
    except OSError as exc:  # the store itself could not be read
        raise os_error(target, exc) from exc
    return target
