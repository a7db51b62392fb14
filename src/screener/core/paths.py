"""Where the shipped data files live (source tree, installed tree or packaged bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_MARKER = "forms"


def data_root() -> Path:
    """The folder that holds forms/, indicators/ and translations/.

    Order: the SCREENER_DATA_ROOT variable, a PyInstaller bundle, then the source tree.
    """
    override = os.environ.get("SCREENER_DATA_ROOT")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    # src/screener/core/paths.py -> the repository root is three levels above src/screener
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / _MARKER).is_dir() and (parent / "indicators").is_dir():
            return parent
    raise FileNotFoundError("Screener's data files (forms/, indicators/) were not found; set SCREENER_DATA_ROOT")


def forms_dir() -> Path:
    return data_root() / "forms"


def indicators_dir() -> Path:
    return data_root() / "indicators"


def translations_dir() -> Path:
    return data_root() / "translations"


def notices_file() -> Path:
    """THIRD-PARTY-NOTICES.txt: the licences of everything a bundle includes (packaging/notices.py;
    in a source checkout `make run` / `make test` write it at the repository root)."""
    return data_root() / "THIRD-PARTY-NOTICES.txt"
