"""Screener: recognise possible victims of human trafficking, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("screener")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
