from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from screener.core import paths
from screener.core.instrument.loader import Catalog, load_catalog, load_form
from screener.core.instrument.model import Form

# tests never write into the user's own cache folder
os.environ.setdefault("SCREENER_CACHE_DIR", tempfile.mkdtemp(prefix="screener-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def form() -> Form:
    return load_form(paths.forms_dir() / "htiam14.yaml")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()
