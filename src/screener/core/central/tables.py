"""The central database's tables: their own MetaData, apart from the laptop store's.

One row per de-identified record (keyed by its random export id) and one per imported file.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()

imports = Table(
    "central_import",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("file_name", Text, nullable=False),  # the name only: folders may name a person
    Column("imported_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("records", Integer, nullable=False, server_default="0"),
    Column("added", Integer, nullable=False, server_default="0"),
)


def _record_columns() -> list[Column[object]]:
    """The columns of an export record (the same in the table and in the import's staging table)."""
    return [
        Column("export_id", String(32), primary_key=True),
        Column("region", String(32), nullable=False),
        Column("setting", String(16), nullable=False),
        Column("kind", String(16), nullable=False),
        Column("form_id", String(64), nullable=False),
        Column("form_version", Integer, nullable=False),
        Column("month", String(7), nullable=False),  # YYYY-MM
        Column("age_band", String(8), nullable=False),
        Column("score_b", SmallInteger),
        Column("score_c", SmallInteger),
        Column("score_d", SmallInteger),
        Column("score_e", SmallInteger),
        Column("total", SmallInteger, nullable=False),
        Column("max", SmallInteger, nullable=False),
        Column("items_at_2", ARRAY(String(96)), nullable=False),
        Column("indicators", ARRAY(String(96)), nullable=False),
        Column("judgement", SmallInteger),
        Column("types", ARRAY(String(96)), nullable=False),
        Column("steps", ARRAY(String(96)), nullable=False),
        Column("steps_done", ARRAY(String(96)), nullable=False),
        Column("case_id", String(32), nullable=False),  # "" for a record in no case
        Column("case_place", SmallInteger),
        Column("referrals", ARRAY(String(96)), nullable=False),
        Column("decision", String(16), nullable=False),
        Column("decided_by", String(32), nullable=False),
    ]


RECORD_COLUMNS = tuple(c.name for c in _record_columns())

record = Table(
    "central_record",
    metadata,
    *_record_columns(),
    # the central_import row of the file it came from, written in the same transaction (no foreign
    # key: its per-row trigger cost a third of the import's time)
    Column("import_id", Integer, nullable=False),
)


regions = Table(
    "central_region",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("iso_3166_2", String(8)),  # None for "unknown"
    Column("name_kk", Text, nullable=False),
    Column("name_ru", Text, nullable=False),
    Column("name_en", Text, nullable=False),
)


def staging_table() -> Table:
    """A temporary table, dropped at commit, that a file's lines are copied into as text (with their
    line numbers) to be checked together before they are merged."""
    from screener.core.export.record import COLUMNS  # noqa: PLC0415

    return Table(
        "central_incoming",
        MetaData(),
        Column("line", Integer, nullable=False),
        *[Column(name, Text, nullable=True) for name in COLUMNS],
        prefixes=["TEMPORARY"],
        postgresql_on_commit="DROP",
    )
