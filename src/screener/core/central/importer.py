"""Import de-identified export files into the central database.

Each file is one transaction: its records are streamed (COPY) into a temporary staging table
while every line is checked, then merged into central_record with ON CONFLICT DO NOTHING on
the export id. A bad line rejects the whole file (rolled back: nothing of it is kept); a
record imported before, from this file or another, is skipped, so importing twice counts once.
Memory stays flat however large the file: nothing but the current line is held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, insert, literal, select, update
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import SQLAlchemyError

from screener.core.central.database import CentralFailed, _first_line
from screener.core.central.tables import RECORD_COLUMNS, imports, record, staging_table
from screener.core.export.reader import read_export
from screener.core.store.errors import StoreError

Progress = Callable[[int], None]  # records read so far


@dataclass(frozen=True, slots=True)
class FileReport:
    path: Path
    records: int = 0
    added: int = 0
    rejected: StoreError | None = None

    @property
    def skipped(self) -> int:
        return self.records - self.added


def import_files(engine: Engine, paths: Iterable[Path], progress: Progress | None = None) -> list[FileReport]:
    return [import_file(engine, path, progress) for path in paths]


def import_file(engine: Engine, path: Path, progress: Progress | None = None) -> FileReport:
    """Import one file whole, or nothing of it (the report then says why)."""
    try:
        with engine.begin() as connection:
            records, added = _import(connection, path, progress)
    except StoreError as exc:
        return FileReport(path, rejected=exc)
    except (SQLAlchemyError, psycopg.Error) as exc:  # COPY runs on the driver's own cursor
        return FileReport(path, rejected=CentralFailed(path, detail=_first_line(exc)))
    return FileReport(path, records, added)


def _import(connection: Connection, path: Path, progress: Progress | None) -> tuple[int, int]:
    staging = staging_table()
    staging.create(connection)
    import_id = connection.execute(insert(imports).values(file_name=path.name).returning(imports.c.id)).scalar_one()
    count = _copy(connection, staging.name, read_export(path), progress)
    columns = [staging.c[name] for name in RECORD_COLUMNS]
    rows = (
        select(*columns, literal(import_id).label("import_id"))
        .ext(distinct_on(staging.c.export_id))  # an export never holds an id twice; an edited file might
        .order_by(staging.c.export_id)
    )
    merged = (
        pg_insert(record)
        .from_select([*RECORD_COLUMNS, "import_id"], rows)
        .on_conflict_do_nothing(index_elements=[record.c.export_id])
    )
    added = connection.execute(merged, execution_options={"preserve_rowcount": True}).rowcount
    connection.execute(update(imports).where(imports.c.id == import_id).values(records=count, added=added))
    return count, added


def _copy(
    connection: Connection,
    table: str,
    records: Iterable[tuple[int, dict[str, Any]]],
    progress: Progress | None,
) -> int:
    """COPY the checked records into the staging table; returns how many there were."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    count = 0
    names = ", ".join(RECORD_COLUMNS)
    with cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for _line, rec in records:
            copy.write_row([rec[name] for name in RECORD_COLUMNS])
            count += 1
            if progress is not None and count % 10_000 == 0:
                progress(count)
    return count
