"""Screener: recognise possible victims of human trafficking, offline."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # read lazily: importlib.metadata costs ~50 ms at start-up, and only About and --version need it
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("screener")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0+unknown"
    raise AttributeError(name)
