"""Import de-identified export files into the central database.

Each file is one transaction. Its lines are streamed (COPY) as text, each with its line number,
into a temporary staging table (incoming.py: CSV lines are not parsed in Python, lines longer
than a record can be are refused at once, memory stays flat); then every value is checked in
one pass over the staged file (checks.py), two lines with the same export id but different
content reject the file naming both lines, and the records are merged into central_record with
ON CONFLICT DO NOTHING on the export id. A bad line rejects the whole file (rolled back: nothing
of it is kept); a record imported before, from this file or another, is skipped, so importing
twice counts once. Where PostgreSQL itself refuses a line (a wrong number of cells, bad quoting,
bytes that are not UTF-8), the file is read again in Python to name the line and the column.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
from sqlalchemy import Connection, Engine, Table, insert, text, update
from sqlalchemy.exc import SQLAlchemyError

from screener.core.central.checks import Known, duplicate, first_problem
from screener.core.central.database import CentralFailed, _first_line
from screener.core.central.incoming import DuplicateExportId, columns_of, csv_copy_data, json_rows, lines, open_export
from screener.core.central.tables import RECORD_COLUMNS, imports, record, staging_table
from screener.core.export.errors import BadValue, UnreadableExport
from screener.core.export.reader import read_export
from screener.core.export.record import LIST_COLUMNS
from screener.core.instrument.loader import Catalog, load_catalog
from screener.core.store.errors import StoreError

Progress = Callable[[int], None]  # records read so far
CASE_TEXT = ("case_id", "decision", "decided_by")


@dataclass(frozen=True, slots=True)
class FileReport:
    path: Path
    records: int = 0
    added: int = 0
    rejected: StoreError | None = None

    @property
    def skipped(self) -> int:
        return self.records - self.added


def import_files(
    engine: Engine, paths: Iterable[Path], progress: Progress | None = None, catalog: Catalog | None = None
) -> list[FileReport]:
    known = Known.of(catalog or load_catalog())
    return [import_file(engine, path, progress, known=known) for path in paths]


def import_file(
    engine: Engine, path: Path, progress: Progress | None = None, *, known: Known | None = None
) -> FileReport:
    """Import one file whole, or nothing of it (the report then says why)."""
    known = known or Known.of(load_catalog())
    try:
        with engine.begin() as connection:
            records, added = _import(connection, path, progress, known)
    except StoreError as exc:
        return FileReport(path, rejected=exc)
    except (SQLAlchemyError, psycopg.Error) as exc:  # COPY runs on the driver's own cursor
        return FileReport(path, rejected=_located(path, exc))
    return FileReport(path, records, added)


def _import(connection: Connection, path: Path, progress: Progress | None, known: Known) -> tuple[int, int]:
    staging = staging_table()
    staging.create(connection)
    import_id = connection.execute(insert(imports).values(file_name=path.name).returning(imports.c.id)).scalar_one()
    _copy(connection, staging, path, progress)
    count = int(connection.execute(text(f"SELECT count(*) FROM {staging.name}")).scalar_one())
    bad = first_problem(connection, staging, known, date.today())
    if bad is not None:
        line, column, value = bad
        raise BadValue(path, line=line, column=column, value=_shown(value))
    twice = duplicate(connection, staging)
    if twice is not None:
        raise DuplicateExportId(path, line=twice[0], other=twice[1], export_id=twice[2])
    added = connection.execute(text(_merge(staging, import_id)), execution_options={"preserve_rowcount": True}).rowcount
    connection.execute(update(imports).where(imports.c.id == import_id).values(records=count, added=added))
    return count, added


def _copy(connection: Connection, staging: Table, path: Path, progress: Progress | None) -> None:
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise UnreadableExport(path, detail=exc.strerror or str(exc)) from exc
    with stream, cursor:
        try:
            json_lines = open_export(path, stream)
            numbered = lines(path, stream, json_lines=json_lines)
            first = next(numbered, None)
            columns = columns_of(path, first, json_lines=json_lines)
            names = ", ".join(["line", *columns])  # an older format's file leaves the newer columns NULL
            if json_lines:
                assert first is not None  # columns_of refused an empty file
                with cursor.copy(f"COPY {staging.name} ({names}) FROM STDIN") as copy:
                    for row in json_rows(path, itertools.chain([first], numbered), progress, columns):
                        copy.write_row(row)
            else:
                with cursor.copy(f"COPY {staging.name} ({names}) FROM STDIN WITH (FORMAT csv)") as copy:
                    for data in csv_copy_data(path, numbered, progress):
                        copy.write(data)
        except OSError as exc:
            raise UnreadableExport(path, detail=exc.strerror or str(exc)) from exc


def _merge(staging: Table, import_id: int) -> str:
    """The staged text as typed columns; a line whose export id is already there (imported before, or
    an identical line earlier in this file) is skipped."""
    typed = []
    for column in RECORD_COLUMNS:
        if column in LIST_COLUMNS:
            typed.append(f"string_to_array(coalesce({column}, ''), ';')::varchar[]")
        elif str(record.c[column].type) in ("SMALLINT", "INTEGER"):
            typed.append(f"nullif({column}, '')::int")
        elif column in CASE_TEXT:  # "" (no case, no decision): COPY reads an empty cell as NULL
            typed.append(f"coalesce({column}, '')")
        else:
            typed.append(column)
    names = ", ".join(RECORD_COLUMNS)
    return (
        f"INSERT INTO {record.name} ({names}, import_id) "
        f"SELECT {', '.join(typed)}, {int(import_id)} FROM {staging.name} "
        "ON CONFLICT (export_id) DO NOTHING"
    )


def _located(path: Path, exc: Exception) -> StoreError:
    """PostgreSQL refused a line (cells, quoting, encoding): the Python reader names it."""
    try:
        for _line, _record in read_export(path):
            pass
    except StoreError as located:
        return located
    return CentralFailed(path, detail=_first_line(exc))


def _shown(value: str) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:37] + "..."
