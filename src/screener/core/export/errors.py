"""What can go wrong writing or reading an export, each with a coded message in kk/ru/en."""

from __future__ import annotations

from screener.core.errors import Code
from screener.core.store.errors import StoreError


class FormNotInstalled(StoreError):
    """A finalised screening's form is not installed here: it cannot be scored, nothing is written."""

    code = Code.EXPORT_001


class UnknownFormat(StoreError):
    code = Code.EXPORT_002


class NotAnExport(StoreError):
    """The file is not a Screener export at all (another CSV, a binary file, an empty file)."""

    code = Code.EXPORT_010


class WrongColumns(StoreError):
    code = Code.EXPORT_011


class BadValue(StoreError):
    code = Code.EXPORT_012


class UnreadableExport(StoreError):
    code = Code.EXPORT_013


class WrongCellCount(StoreError):
    code = Code.EXPORT_014
