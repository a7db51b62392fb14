"""Write an Excel workbook (xlsx) of a data sheet and a codebook sheet, in bounded memory.

openpyxl's write-only mode streams the rows to disk as they come, so a large export is never
held whole. The caller gives the stream (a private atomic file: core/files.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from screener.core.spreadsheet.codebook import HEADER, Entry

Cell = str | int | float | None
HEADER_ROWS = 1


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    widths: Sequence[int] = ()


def codebook_sheet(entries: Iterable[Entry]) -> Sheet:
    return Sheet("codebook", HEADER, (e.cells() for e in entries), widths=(10, 28, 50, 50, 50, 28, 10, 24))


def write_workbook(stream: IO[bytes], sheets: Sequence[Sheet]) -> None:
    book = Workbook(write_only=True)
    for sheet in sheets:
        page: Any = book.create_sheet(sheet.title)
        page.freeze_panes = f"{get_column_letter(1)}{HEADER_ROWS + 1}"  # the header stays in view
        for index, width in enumerate(sheet.widths, 1):
            page.column_dimensions[get_column_letter(index)].width = width
        bold = Font(bold=True)
        heading = []
        for name in sheet.header:
            cell = WriteOnlyCell(page, value=name)
            cell.font = bold
            heading.append(cell)
        page.append(heading)
        for row in sheet.rows:
            page.append([_text(page, v) if isinstance(v, str) and v.startswith("=") else v for v in row])
    book.save(stream)


def _text(page: Any, value: str) -> WriteOnlyCell:
    """A string that looks like a formula stays a string (it is never run)."""
    cell = WriteOnlyCell(page, value=value)
    cell.data_type = "s"
    return cell
