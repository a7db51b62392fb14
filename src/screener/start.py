"""The options of a plain start of the app, parsed without the command line's full parser (whose
commands import the store): `screener.cli` starts the app from here, and `screener.cli_commands`
adds the same options to its parser for --help."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

LANGUAGES = ("kk", "ru", "en")


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """The options of a plain start of the app (the full parser has them too, for --help)."""
    parser.add_argument(
        "--db", type=Path, default=None, help="the store the app opens (default: the user's data folder)"
    )
    parser.add_argument(
        "--training",
        action="store_true",
        help="start in training mode: a separate practice store beside the real one (never mixed with it)",
    )
    parser.add_argument(
        "--training-session",
        action="store_true",
        help="training mode with a practice store that is deleted when the app exits",
    )


class _Quiet(argparse.ArgumentParser):
    """Says nothing on an error: the full parser will."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def app_start(tokens: list[str]) -> argparse.Namespace | None:
    """The app's options when `tokens` only start the app; None for anything else (a command,
    --help, --version, --self-test, an unknown or invalid option: the full parser says what)."""
    parser = _Quiet(prog="screener", add_help=False, allow_abbrev=False)
    add_app_options(parser)
    parser.add_argument("--lang", default=None)
    try:
        known, rest = parser.parse_known_args(tokens)
    except ValueError:  # e.g. --db without its value: the full parser words the error
        return None
    if rest or (known.lang is not None and known.lang not in LANGUAGES):
        return None
    return known
