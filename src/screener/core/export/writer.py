"""Write every finalised screening of a store as a de-identified CSV or JSON Lines file.

The file is written to an owner-only temporary file beside the target, synced, then renamed
into place: a failure (full disk, a form that is not installed) leaves no partial export.
Records are ordered by month, then by export id, so their order tells nothing either.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from screener.core.export.errors import FormNotInstalled, UnknownFormat
from screener.core.export.record import COLUMNS, deidentify, to_csv_row
from screener.core.files import private_file, write_private
from screener.core.regions import REGIONS, SETTING_KEY, UNKNOWN
from screener.core.store.case_records import Case
from screener.core.store.errors import PracticeStoreRefused
from screener.core.store.practice import is_practice
from screener.core.store.store import Store

FORMATS = ("csv", "jsonl", "xlsx")
Progress = Callable[[int, int], None]  # (done, total)


def format_of(path: Path, default: str = "csv") -> str:
    """The format a file name asks for (.jsonl / .json -> jsonl, .csv -> csv, .xlsx -> xlsx)."""
    suffix = path.suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".xlsx": "xlsx"}.get(suffix, default)


def write_export(
    store: Store, target: Path, fmt: str = "csv", progress: Progress | None = None, *, excel: bool = False
) -> int:
    """Export every finalised (or amended) screening; returns how many records were written.

    `excel`: a CSV separated by ";" (the list separator of Russian and Kazakh Excel) instead of ",".
    xlsx: a workbook with the records and a codebook (core/spreadsheet/).
    """
    if fmt not in FORMATS:
        raise UnknownFormat(target, format=fmt, known=", ".join(FORMATS))
    if is_practice(store):  # practice records must never reach the statistics
        raise PracticeStoreRefused(store.path)
    region = store.get_setting(SETTING_KEY) or UNKNOWN
    if region not in REGIONS:
        region = UNKNOWN
    finals = store.final_ids()
    export_ids = store.export_ids([sid for sid, _created in finals])
    order = sorted(finals, key=lambda pair: (pair[1][:7], export_ids[pair[0]]))
    records = _records(store, [(sid, export_ids[sid]) for sid, _created in order], region, progress)
    if fmt == "xlsx":
        from screener.core.spreadsheet.export import write_xlsx  # noqa: PLC0415 (openpyxl only when asked)

        with private_file(target, "wb") as stream:
            write_xlsx(stream, records, store.catalog)
    else:
        # utf-8-sig: the byte-order mark makes Excel read the file as UTF-8
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
        with private_file(target, "w", encoding=encoding, newline="") as out:
            _write(out, fmt, records, delimiter=";" if excel else ",")
    store.record("export", records=len(order), format=fmt)
    # the store's seal after this export, beside it: `screener store check --against FILE` later
    # tells whether the store still holds the history the export came from
    write_private(seal_path(target), json.dumps(store.seal().to_json()) + "\n")
    return len(order)


def seal_path(export: Path) -> Path:
    return export.with_name(export.name + ".seal")


def _records(
    store: Store, records: list[tuple[str, str]], region: str, progress: Progress | None
) -> Iterator[dict[str, Any]]:
    cases: dict[str, Case] = {}
    for done, (screening_id, export_id) in enumerate(records, 1):
        screening = store.get(screening_id)
        case_id = store.case_of(screening_id)
        case = None
        if case_id is not None:
            case = cases.get(case_id) or cases.setdefault(case_id, store.get_case(case_id))
        try:
            yield deidentify(screening, store.catalog, export_id, region, case)
        except KeyError as exc:
            raise FormNotInstalled(
                store.path, form=screening.form_id, case_code=screening.summary.case_code or "-"
            ) from exc
        if progress is not None:
            progress(done, len(records))


def _write(out: IO[str], fmt: str, records: Iterator[dict[str, Any]], *, delimiter: str) -> None:
    writer = csv.writer(out, lineterminator="\r\n", delimiter=delimiter) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(COLUMNS)
    for record in records:
        if writer is not None:
            writer.writerow(to_csv_row(record))
        else:
            out.write(json.dumps(record, separators=(",", ":")) + "\n")
