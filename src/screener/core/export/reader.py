"""Read a de-identified export back, one checked record at a time (constant memory).

CSV or JSON Lines is told from the first character. Any problem raises, naming the file, the
line and the column; a caller that imports inside one transaction then keeps nothing of it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from screener.core.export.errors import BadValue, NotAnExport, UnreadableExport, WrongCellCount, WrongColumns
from screener.core.export.record import COLUMNS, FORMAT, FORMATS, from_csv_row, problem, widened

csv.field_size_limit(1 << 20)


def read_export(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for every record of the file."""
    try:
        stream = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UnreadableExport(path, detail=exc.strerror or str(exc)) from exc
    with stream:
        try:
            first = stream.read(1)
            stream.seek(0)
            reader = _jsonl if first == "{" else _csv
            yield from reader(path, stream)
        except UnicodeDecodeError as exc:
            raise NotAnExport(path, detail_key="export.not_text") from exc
        except OSError as exc:
            raise UnreadableExport(path, detail=exc.strerror or str(exc)) from exc


def _csv(path: Path, stream: IO[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.reader(stream)
    try:
        header = next(reader, None)
        if not header:
            raise NotAnExport(path, detail_key="export.empty")
        if header[0] != "format":
            raise NotAnExport(path, detail_key="export.no_format")
        columns = next((held for held in FORMATS.values() if header == list(held)), COLUMNS)
        _check_columns(path, header, 1, ordered=True, columns=columns)
        for row in reader:
            line = reader.line_num
            if not row:
                continue
            if len(row) != len(columns):
                raise WrongCellCount(path, line=line, found=len(row), expected=len(columns))
            try:
                record = from_csv_row(row, columns)
            except ValueError:
                column, value = _first_bad_number(row, columns)
                raise BadValue(path, line=line, column=column, value=value) from None
            yield line, _checked(path, line, widened(record))
    except csv.Error as exc:
        raise NotAnExport(path, detail=str(exc)) from exc


def _jsonl(path: Path, stream: IO[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    for line, text in enumerate(stream, 1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise NotAnExport(path, detail=f"{line}: {exc.msg}") from exc
        if not isinstance(record, dict) or record.get("format") not in FORMATS:
            raise NotAnExport(path, detail_key="export.no_format")
        _check_columns(path, list(record), line, ordered=False, columns=FORMATS[record["format"]])
        yield line, _checked(path, line, widened(record))


def _check_columns(
    path: Path, found: list[str], line: int, *, ordered: bool, columns: tuple[str, ...] = COLUMNS
) -> None:
    """CSV cells are read by position, so their order counts; JSON keys may come in any order. An
    older format's columns are those it had."""
    if found == list(columns) or (not ordered and sorted(found) == sorted(columns)):
        return
    missing = [c for c in columns if c not in found]
    extra = [c for c in found if c not in columns]
    raise WrongColumns(path, line=line, missing=", ".join(missing) or "-", extra=", ".join(extra) or "-")


def _checked(path: Path, line: int, record: dict[str, Any]) -> dict[str, Any]:
    bad = problem(record)
    if bad is not None:
        column, value = bad
        raise BadValue(path, line=line, column=column, value=_shown(value))
    return record


def _first_bad_number(row: list[str], columns: tuple[str, ...]) -> tuple[str, str]:
    for column, cell in zip(columns, row, strict=True):
        try:
            from_csv_row([cell if c == column else _neutral(c) for c in columns], columns)
        except ValueError:
            return column, _shown(cell)
    return "?", "?"


def _neutral(column: str) -> str:
    return "" if column != "format" else FORMAT


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."
