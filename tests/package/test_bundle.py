"""`make package-test`: the bundle that `make package` built, installed from its tar.gz into a
folder outside the repository and run with a clean environment (no PYTHONPATH, no virtualenv,
HOME a new empty folder), offscreen.

It runs --self-test (store, screening, PDF, window), reads the PDF's text with pypdf, opens an
old store (fixture 0001) from the user data folder with the bundle (which upgrades it), then
installs the bundle again over itself and checks the store is untouched and still opens. It
prints the bundle's size and timings as `PACKAGE ...` lines (start-up against `make run`:
`make bench`, tests/bench/test_bench_package.py).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tarfile
import time
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from screener.core.instrument.loader import load_catalog
from screener.core.store.migrate import HEAD
from screener.core.store.store import Store
from tests.fixtures.make_store_fixture import ANSWERS, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def report(line: str) -> None:
    print(f"PACKAGE {line}", flush=True)


def archive() -> Path:
    found = sorted((ROOT / "dist").glob(f"screener-{VERSION}-linux-*.tar.gz"))
    assert found, "no dist/screener-VERSION-linux-*.tar.gz: run `make package`"
    return found[-1]


def call(command, env, cwd, timeout=120):
    """Run with exactly `env` (nothing inherited from this shell or its virtualenv)."""
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def machine(tmp_path_factory):
    """A user's machine: an empty home, the archive unpacked in Downloads, installed from there."""
    base = tmp_path_factory.mktemp("machine")
    assert not base.resolve().is_relative_to(ROOT)
    home = base / "home"
    home.mkdir()
    downloads = home / "Downloads"
    downloads.mkdir()
    with tarfile.open(archive()) as tar:
        tar.extractall(downloads, filter="tar")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    install = call([downloads / "screener" / "install-linux.sh"], env, home)
    assert install.returncode == 0, install.stderr
    return {"home": home, "env": env, "app": home / ".local" / "opt" / "screener", "downloads": downloads}


def run(machine, *args, extra=None, timeout=120):
    env = {**machine["env"], **(extra or {})}
    started = time.perf_counter()
    done = call([machine["app"] / "screener", *args], env, machine["home"], timeout)
    return done, time.perf_counter() - started


def test_size(machine):
    packed = archive().stat().st_size
    unpacked = folder_size(machine["app"])
    report(f"bundle {archive().name}: tar.gz {packed / 1e6:.1f} MB, unpacked {unpacked / 1e6:.1f} MB")
    assert (machine["app"] / "screener").is_file()
    desktop = (machine["home"] / ".local" / "share" / "applications" / "screener.desktop").read_text()
    assert f'Exec="{machine["app"]}/screener"' in desktop


# what the xcb plugin may take from the desktop: glibc, the GL driver stack and the X connection
# library; everything else (libxcb-cursor, -icccm, -keysyms, xkbcommon-x11, ...) comes with the bundle
DESKTOP_LIBRARIES = {
    "linux-vdso.so.1", "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2",
    "librt.so.1", "libGL.so.1", "libEGL.so.1", "libGLX.so.0", "libGLdispatch.so.0", "libOpenGL.so.0", "libxcb.so.1",
}


def test_xcb_platform_needs_nothing_beyond_a_desktop(machine):
    """ldd of the bundle's xcb plugin, the bundle's own folder first (as its launcher sets it)."""
    internal = machine["app"] / "_internal"
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    done = call(["ldd", plugin], {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}, machine["home"])
    assert done.returncode == 0, done.stderr
    missing, outside = [], []
    for line in done.stdout.splitlines():
        name, _, where = line.strip().partition(" => ")
        name = Path(name.split()[0]).name
        if "not found" in where:
            missing.append(name)
        elif where and not where.startswith(str(machine["app"])) and name not in DESKTOP_LIBRARIES:
            outside.append(f"{name} ({where.split()[0]})")
    assert missing == [], f"the xcb plugin cannot load on this machine: {missing}"
    assert outside == [], f"taken from this machine, not shipped (a fresh desktop may lack them): {outside}"
    for needed in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"):
        assert (internal / needed).exists(), needed


def test_notices_and_no_central_driver_in_the_bundle(machine):
    notices = (machine["app"] / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert (machine["app"] / "_internal" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8") == notices
    for part in ("PySide6", "Replacing the Qt libraries", "ZETETIC", "PDFium", "PYTHON SOFTWARE FOUNDATION", "DejaVu"):
        assert part in notices, part
    assert "psycopg" not in notices
    assert not list(machine["app"].rglob("psycopg*")), "the central database's driver is in the field bundle"


def test_instrument_cache_ships_warm(machine):
    """The first start on a new laptop: the shipped entries serve every instrument file, the user's
    cache folder stays empty (nothing parsed and checked again)."""
    shipped = list((machine["app"] / "_internal" / "instrument-cache").glob("*.json"))
    files = [p for p in (machine["app"] / "_internal").glob("forms/**/*.yaml")]
    files += list((machine["app"] / "_internal").glob("indicators/**/*.yaml"))
    assert len(shipped) >= len(files) > 0
    cache = machine["home"] / "warm-check-cache"
    done, seconds = run(machine, "forms", "check", extra={"SCREENER_CACHE_DIR": str(cache)})
    assert done.returncode == 0, done.stderr
    assert not list(cache.rglob("*.json")), "instrument files were checked again despite the shipped cache"
    report(f"first start, instrument from the shipped cache ({len(shipped)} entries): {seconds:.2f} s to exit")


def test_version_is_pyproject_version(machine):
    done, _ = run(machine, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == VERSION


def test_self_test_offscreen_writes_a_pdf_with_text(machine):
    pdf = machine["home"] / "self-test.pdf"
    done, seconds = run(machine, "--self-test", "--self-test-out", str(pdf))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "main window painted" in done.stdout
    # the forms, lists and translations came from the bundle itself, not from this repository
    assert f"files from {machine['app'] / '_internal'} " in done.stdout
    report(f"--self-test: exit 0 in {seconds:.2f} s (process start to exit)")
    page_text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "SELFTEST-1" in page_text
    assert f"Screener {VERSION}" in page_text  # the version on the sheet is pyproject's
    assert len(page_text) > 2000
    # nothing of the user's: no store, no preferences, no cache of ours under the home folder
    ours = [p for p in machine["home"].rglob("*") if "screener" in p.name.lower() and machine["app"] not in p.parents]
    ours = [p for p in ours if p != machine["app"] and "Downloads" not in p.parts and p.suffix != ".pdf"]
    assert [p for p in ours if not p.name.endswith(".desktop")] == []


def test_self_test_fails_loudly(machine):
    """A broken installation exits non-zero and names the step (here: the forms are gone)."""
    broken = machine["home"] / "broken"
    shutil.copytree(machine["app"], broken, symlinks=True)
    shutil.rmtree(broken / "_internal" / "forms")
    done = call([broken / "screener", "--self-test"], machine["env"], machine["home"])
    shutil.rmtree(broken)
    assert done.returncode == 1
    assert "instrument" in done.stderr


def test_old_store_in_user_data_is_upgraded_and_survives_reinstall(machine):
    data = machine["home"] / ".local" / "share" / "screener"
    data.mkdir(parents=True)
    store = data / "screener.db"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "store_0001.db", store)
    done, seconds = run(machine, "store", "check", extra={"SCREENER_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert list(data.glob("screener.db.before-*.bak")), "the old store was not copied aside before the upgrade"
    report(f"old store (schema 0001) opened and upgraded to {HEAD} by the bundle in {seconds:.2f} s")

    before = hashlib.sha256(store.read_bytes()).hexdigest()
    again = call([machine["downloads"] / "screener" / "install-linux.sh"], machine["env"], machine["home"])
    assert again.returncode == 0, again.stderr
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before
    assert not list(machine["app"].rglob("*.db")), "a store inside the app folder"
    done, _ = run(machine, "store", "check", extra={"SCREENER_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr

    opened = Store.open(store, PASSPHRASE, load_catalog())
    try:
        with opened.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        [final] = opened.list_screenings(case_code="FIX-1")
        assert opened.get(final.id).answers == ANSWERS
    finally:
        opened.lock()
