"""A store's de-identified export as an Excel workbook: the records, then the codebook."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from screener.core.export.record import COLUMNS, LIST_COLUMNS, LIST_SEPARATOR
from screener.core.instrument.loader import Catalog
from screener.core.spreadsheet.codebook import export_codebook
from screener.core.spreadsheet.workbook import Cell, Sheet, codebook_sheet, write_workbook


def data_rows(records: Iterable[Mapping[str, Any]]) -> Iterator[list[Cell]]:
    """One row per record: numbers as numbers, lists joined by ";", an empty cell for none."""
    for record in records:
        yield [LIST_SEPARATOR.join(record[c]) if c in LIST_COLUMNS else record[c] for c in COLUMNS]


def write_xlsx(stream: IO[bytes], records: Iterable[Mapping[str, Any]], catalog: Catalog) -> None:
    widths = [8 if c not in ("export_id", *LIST_COLUMNS) else 34 for c in COLUMNS]
    data = Sheet("data", COLUMNS, data_rows(records), widths)
    write_workbook(stream, [data, codebook_sheet(export_codebook(catalog))])
