from __future__ import annotations

from pathlib import Path

import pytest

from screener.core import paths
from screener.core.instrument.loader import Catalog, load_catalog, load_form
from screener.core.instrument.model import Form

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def form() -> Form:
    return load_form(paths.forms_dir() / "htiam14.yaml")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()
