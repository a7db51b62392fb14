"""Stream an export file into COPY, line by line, with its line numbers, in bounded memory.

CSV lines go to PostgreSQL as they are (only the line number is put in front), so no cell is
parsed in Python; a JSON Lines line is parsed and turned into the same text cells. No line may
be longer than MAX_LINE: the file is read in chunks and a longer line is refused as soon as it
passes the limit, naming its line and the column it was in, so one huge line cannot fill memory.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from screener.core.errors import Code
from screener.core.export.errors import BadValue, NotAnExport, WrongColumns
from screener.core.export.record import COLUMNS, FORMATS, INT_COLUMNS, LIST_COLUMNS, OPTIONAL_INT_COLUMNS
from screener.core.store.errors import StoreError

MAX_LINE = 64 * 1024  # bytes; a real record is a few hundred (a few thousand with every indicator)
CHUNK = 1 << 20
Progress = Callable[[int], None]  # lines read so far
NUMBER_COLUMNS = INT_COLUMNS | OPTIONAL_INT_COLUMNS
_BOM = b"\xef\xbb\xbf"
_EXPORT_ID = re.compile(rb"[0-9a-f]{32}")
_KEY = re.compile(rb'"([A-Za-z0-9_]{1,40})"\s*:')


class LineTooLong(StoreError):
    code = Code.CENTRAL_004


class DuplicateExportId(StoreError):
    code = Code.CENTRAL_005


def lines(path: Path, stream: IO[bytes], *, json_lines: bool) -> Iterator[tuple[int, bytes]]:
    """(line number, line without its end) of every non-blank line; LineTooLong past MAX_LINE."""
    number = 0
    carry = b""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        parts = (carry + chunk).split(b"\n")
        carry = parts.pop()
        if len(carry) > MAX_LINE:
            _too_long(path, number + len(parts) + 1, carry, json_lines)
        for part in parts:
            number += 1
            if len(part) > MAX_LINE:
                _too_long(path, number, part, json_lines)
            if part.strip():
                yield number, part.removesuffix(b"\r")
    if carry.strip():
        yield number + 1, carry.removesuffix(b"\r")


def _too_long(path: Path, number: int, line: bytes, json_lines: bool) -> None:
    head = line[:MAX_LINE]
    if json_lines:
        keys = _KEY.findall(head)
        column = keys[-1].decode() if keys else "?"
    else:
        cells = next(csv.reader([head.decode("utf-8", "replace")]), [])
        column = COLUMNS[min(max(len(cells) - 1, 0), len(COLUMNS) - 1)]
    raise LineTooLong(path, line=number, column=column, limit=MAX_LINE)


def open_export(path: Path, stream: IO[bytes]) -> bool:
    """Skip a byte-order mark; True for JSON Lines (told from the first character), False for CSV."""
    head = stream.read(4)
    if not head:
        raise NotAnExport(path, detail_key="export.empty")
    start = len(_BOM) if head.startswith(_BOM) else 0
    stream.seek(start)
    return head[start : start + 1] == b"{"


def columns_of(path: Path, first: tuple[int, bytes] | None, *, json_lines: bool) -> tuple[str, ...]:
    """The columns the file's lines hold, told from its first line: the header of a CSV file, the
    format of a JSON Lines file's first record (an older format lacks the newer columns)."""
    if first is None:
        raise NotAnExport(path, detail_key="export.empty")
    if json_lines:
        try:
            record = json.loads(first[1])
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise NotAnExport(path, detail_key="export.no_format") from exc
        if not isinstance(record, dict) or record.get("format") not in FORMATS:
            raise NotAnExport(path, detail_key="export.no_format")
        return FORMATS[record["format"]]
    header = _cells(path, first[1])
    if not header or header[0] != "format":
        raise NotAnExport(path, detail_key="export.no_format")
    for columns in FORMATS.values():
        if header == list(columns):
            return columns
    raise _wrong_columns(path, header, first[0])


def csv_copy_data(path: Path, numbered: Iterator[tuple[int, bytes]], progress: Progress | None) -> Iterator[bytes]:
    """The CSV lines after the header (checked by columns_of) as COPY (FORMAT csv) input, each line
    led by its number."""
    batch: list[bytes] = []
    count = 0
    for number, line in numbered:
        cells = line.split(b",", 2)
        if len(cells) < 3 or not _EXPORT_ID.fullmatch(cells[1]):
            _bad_export_id(path, number, cells)
        batch.append(b"%d,%s\n" % (number, line))
        count += 1
        if len(batch) >= 10_000:
            yield b"".join(batch)
            batch.clear()
            if progress is not None:
                progress(count)
    if batch:
        yield b"".join(batch)
        if progress is not None:
            progress(count)


def json_rows(
    path: Path, numbered: Iterator[tuple[int, bytes]], progress: Progress | None, columns: tuple[str, ...] = COLUMNS
) -> Iterator[list[Any]]:
    """Each JSON line as [line number, cell, ...]: the text a CSV export would hold in each of the
    columns of its format (columns_of)."""
    converters = tuple((c, convert) for c, convert in _CONVERTERS if c in columns)
    format_ = next(f for f, held in FORMATS.items() if held == columns)
    count = 0
    for number, line in numbered:
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
            raise NotAnExport(path, detail=f"{number}: {detail}") from exc
        if not isinstance(record, dict) or (count == 0 and record.get("format") != format_):
            raise NotAnExport(path, detail_key="export.no_format")
        if len(record) != len(columns) or any(c not in record for c in columns):
            raise _wrong_columns(path, list(record), number, columns)
        export_id = record["export_id"]
        if not isinstance(export_id, str) or not _EXPORT_ID.fullmatch(export_id.encode()):
            raise BadValue(path, line=number, column="export_id", value=_shown(export_id))
        yield [number, *(convert(record[c]) for c, convert in converters)]
        count += 1
        if progress is not None and count % 10_000 == 0:
            progress(count)
    if progress is not None:
        progress(count)


def _bad_export_id(path: Path, number: int, cells: list[bytes]) -> None:
    """A line whose second cell is not an export id (or whose cells are quoted: parse it to see)."""
    parsed = _cells(path, b",".join(cells))
    if len(parsed) >= 2 and _EXPORT_ID.fullmatch(parsed[1].encode()):
        return  # a quoted but valid export id
    value = parsed[1] if len(parsed) >= 2 else ""
    raise BadValue(path, line=number, column="export_id", value=_shown(value))


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _as_list(value: Any) -> str | None:
    """A JSON list of ids as its CSV cell; any other value as its JSON (which no check passes)."""
    if isinstance(value, list) and all(type(v) is str and v and ";" not in v for v in value):
        return ";".join(value)
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _as_number(value: Any) -> str | None:
    if type(value) is int:  # not a bool, not a float, not a string of digits
        return str(value)
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _as_text(value: Any) -> str | None:
    if type(value) is str:
        return value
    return None if value is None else json.dumps(value, ensure_ascii=False)


_CONVERTERS = tuple(
    (c, _as_list if c in LIST_COLUMNS else _as_number if c in NUMBER_COLUMNS else _as_text) for c in COLUMNS
)


def _cells(path: Path, line: bytes) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(line.decode("utf-8"))), [])
    except (UnicodeDecodeError, csv.Error) as exc:
        raise NotAnExport(path, detail_key="export.no_format") from exc


def _wrong_columns(path: Path, found: list[str], line: int, columns: tuple[str, ...] = COLUMNS) -> WrongColumns:
    missing = [c for c in columns if c not in found]
    extra = [c for c in found if c not in columns]
    return WrongColumns(path, line=line, missing=", ".join(missing) or "-", extra=", ".join(extra) or "-")
