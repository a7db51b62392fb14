"""Where the store lives: the user's data folder (never inside the installed app, so an update
keeps it), or SCREENER_STORE when set."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

FILE_NAME = "screener.db"


def default_store_path() -> Path:
    override = os.environ.get("SCREENER_STORE")
    if override:
        return Path(override)
    return platformdirs.user_data_path("screener", appauthor=False) / FILE_NAME
