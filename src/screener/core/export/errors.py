"""What can go wrong writing or reading an export, each with a coded message in kk/ru/en."""

from __future__ import annotations

from screener.core.store.errors import StoreError


class FormNotInstalled(StoreError):
    """A finalised screening's form is not installed here: it cannot be scored, nothing is written."""

    code = "EXPORT_001"


class UnknownFormat(StoreError):
    code = "EXPORT_002"


class NotAnExport(StoreError):
    """The file is not a Screener export at all (another CSV, a binary file, an empty file)."""

    code = "EXPORT_010"


class WrongColumns(StoreError):
    code = "EXPORT_011"


class BadValue(StoreError):
    code = "EXPORT_012"


class UnreadableExport(StoreError):
    code = "EXPORT_013"


class WrongCellCount(StoreError):
    code = "EXPORT_014"
