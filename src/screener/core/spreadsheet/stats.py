"""Central statistics as an Excel workbook: the table as published (hidden counts as "<k"),
then the codebook of its columns and of the ids in its first column."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from screener.core.central.stats import COLUMNS, Stats
from screener.core.instrument.loader import Catalog
from screener.core.messages import message
from screener.core.spreadsheet.codebook import Entry, instrument_entries, vocabulary_entries
from screener.core.spreadsheet.workbook import Cell, Sheet, codebook_sheet, write_workbook
from screener.core.text import LANGUAGES


def stats_rows(table: Stats) -> Iterator[list[Cell]]:
    hidden = f"<{table.k}"
    for row in table.rows:
        yield [row.group or "all", *(hidden if v is None else v for v in row.values()[1:])]


def stats_codebook(table: Stats, catalog: Catalog) -> list[Entry]:
    hidden = f"<{table.k}"
    legend = tuple(message("central.hidden_legend", lang, hidden=hidden) for lang in LANGUAGES)
    entries = [Entry("value", hidden, (legend[0], legend[1], legend[2]))]
    for name in COLUMNS:
        kk, ru, en = (message(f"central.col.{name}", lang) for lang in LANGUAGES)
        entries.append(Entry("column", table.by if name == "group" and table.by else name, (kk, ru, en)))
    if table.by is not None:
        kind = table.by
        pool = instrument_entries(catalog) if kind == "indicator" else vocabulary_entries(catalog)
        entries += [e for e in pool if e.kind == kind]
    return entries


def write_stats_xlsx(stream: IO[bytes], table: Stats, catalog: Catalog) -> None:
    header = [table.by or "all", *COLUMNS[1:]]
    data = Sheet("data", header, stats_rows(table), widths=(24, *(14 for _ in COLUMNS[1:])))
    write_workbook(stream, [data, codebook_sheet(stats_codebook(table, catalog))])
