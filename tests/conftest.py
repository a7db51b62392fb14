from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from screener.core import paths
from screener.core.instrument.loader import Catalog, load_catalog, load_form
from screener.core.instrument.model import Form

# tests never write into the user's own cache folder
os.environ.setdefault("SCREENER_CACHE_DIR", tempfile.mkdtemp(prefix="screener-test-cache-"))
# nor into the checkout: Hypothesis keeps its examples and caches in ./.hypothesis unless told
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="screener-test-hypothesis-"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
# what a test run may leave in the checkout: caches of the tools, never a test's output
LEFT_ALONE = {".git", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def checkout_files() -> set[str]:
    found = set()
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in LEFT_ALONE and not d.endswith(".egg-info")]
        found.update(os.path.relpath(os.path.join(folder, name), ROOT) for name in files)
    return found


@pytest.fixture(scope="session", autouse=True)
def checkout_stays_clean():
    """Tests write into their tmp_path only: a file a test run adds to the checkout fails it."""
    before = checkout_files()
    yield
    added = sorted(checkout_files() - before)
    assert not added, f"tests wrote into the checkout (write to tmp_path, or SCREENER_SHOTS): {added[:10]}"


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where a test saves pictures for a person to look at: its own tmp_path, or the folder
    named by SCREENER_SHOTS (e.g. SCREENER_SHOTS=/tmp/shots make test) to keep them."""
    folder = Path(os.environ.get("SCREENER_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
