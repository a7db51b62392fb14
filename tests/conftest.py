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


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (root only, as in CI); a real 'No space left on device'."""
    import subprocess  # noqa: PLC0415

    mount_point = tmp_path / "small"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)
