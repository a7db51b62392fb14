"""`make package-windows-test`: the Windows installers that `make package-windows` built, run
under Wine in clean prefixes outside the repository, as a user (NSIS) and as ministry IT (MSI).

For each installer: a silent install; the Start-menu entry and the uninstall entry; the installed
`screener-cli.exe --version` and `--self-test`; an old store (fixture 0001) in the user's data
folder opened and upgraded by the installed copy (checked here with its data); the next build
installed over it (the program replaced, the store and the settings kept); a silent uninstall
(the program gone, the data folder and the settings still there). Before that: the signatures
verify (and fail on one flipped byte), and the executables carry the version resource and icon.
Timings and sizes are printed as `WINDOWS ...` lines.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pefile
import pytest
from sqlalchemy import text

from screener.core.instrument.loader import load_catalog
from screener.core.store.migrate import HEAD
from screener.core.store.store import Store
from tests.fixtures.make_store_fixture import ANSWERS, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "windows"))

import build  # noqa: E402
import installers  # noqa: E402
import signing  # noqa: E402
from wine import Prefix  # noqa: E402

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PROJECT["project"]["version"]
DIST = ROOT / "dist"
SETUP = DIST / f"screener-{VERSION}-windows-x64-setup.exe"
MSI = DIST / f"screener-{VERSION}-windows-x64.msi"
BUNDLE = DIST / "windows" / "screener"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Screener"
SETTINGS_KEY = r"HKCU\Software\Screener\Screener"


def report(line: str) -> None:
    print(f"WINDOWS {line}", flush=True)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def certificate():
    return signing.used(build.WORK / "signing")


def test_installers_exist_with_sizes():
    for path in (SETUP, MSI):
        assert path.is_file(), f"{path.name} missing: run `make package-windows`"
        report(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file())
    report(f"bundle dist/windows/screener: {size / 1e6:.1f} MB unpacked")


@pytest.mark.parametrize("name", ["setup", "msi", "screener.exe", "screener-cli.exe"])
def test_signed_and_one_flipped_byte_breaks_the_signature(name, certificate, tmp_path):
    path = {"setup": SETUP, "msi": MSI}.get(name, BUNDLE / name)
    signing.verify(path, certificate)
    damaged = tmp_path / path.name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    with pytest.raises(signing.SigningFailed):
        signing.verify(damaged, certificate)


@pytest.mark.parametrize("exe", ["screener.exe", "screener-cli.exe"])
def test_version_resource_and_icon(exe):
    pe = pefile.PE(str(BUNDLE / exe))
    strings = {}
    for info in pe.FileInfo[0]:
        for table in getattr(info, "StringTable", []):
            strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    assert strings["ProductName"] == "Screener"
    assert strings["ProductVersion"] == VERSION and strings["FileVersion"] == VERSION
    assert strings["CompanyName"] == installers.product()["company"]
    kinds = {entry.id for entry in pe.DIRECTORY_ENTRY_RESOURCE.entries}
    assert pefile.RESOURCE_TYPE["RT_GROUP_ICON"] in kinds and pefile.RESOURCE_TYPE["RT_ICON"] in kinds
    assert pe.OPTIONAL_HEADER.Subsystem == (3 if exe == "screener-cli.exe" else 2)  # console / windows


def test_the_installers_carry_the_notices_and_no_build_workarounds():
    notices = (BUNDLE / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for part in ("PySide6", "Replacing the Qt libraries", "ZETETIC", "PDFium", "PYTHON SOFTWARE FOUNDATION", "DejaVu"):
        assert part in notices, part
    assert "psycopg" not in notices
    build.check_bundle(BUNDLE)


class Machine:
    """A clean Windows user in a new Wine prefix (stand-in DLLs and fonts as on Windows)."""

    def __init__(self, folder: Path):
        self.prefix = build.windows_like(Prefix(folder))
        [self.user] = [p for p in (self.prefix.drive_c / "users").iterdir() if p.name.lower() != "public"]
        self.local = self.user / "AppData" / "Local"
        self.data = self.local / "screener"  # platformdirs: %LOCALAPPDATA%\screener
        self.store = self.data / "screener.db"

    def run(self, *command, timeout=300, check=True, extra=None):
        done = self.prefix.run(list(command), timeout=timeout, check=check, extra=extra)
        self.prefix.wait()
        return done

    def reg(self, *args, check=True):
        return self.run("reg", *args, timeout=120, check=check)

    def has_key(self, key: str) -> bool:
        return self.reg("query", key, check=False).returncode == 0

    def cli(self, app: Path, *args, extra=None, timeout=300):
        exe = "C:\\" + str(app.relative_to(self.prefix.drive_c)).replace("/", "\\") + "\\screener-cli.exe"
        return self.run(exe, *args, extra=extra, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def display():
    """An X server of our own (Xvfb) for the window with Qt's real windows platform; ended after."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: run packaging/windows/ensure_tools.sh (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1366x768x24"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="module")
def nsis_machine(tmp_path_factory):
    machine = Machine(tmp_path_factory.mktemp("nsis") / "prefix")
    yield machine
    machine.prefix.kill()


@pytest.fixture(scope="module")
def msi_machine(tmp_path_factory):
    machine = Machine(tmp_path_factory.mktemp("msi") / "prefix")
    yield machine
    machine.prefix.kill()


def self_test_and_old_store(machine: Machine, app: Path, label: str) -> None:
    version = machine.cli(app, "--version")
    assert version.returncode == 0, version.stdout
    assert version.stdout.strip().splitlines()[-1] == VERSION
    # the first start is warm: every instrument file comes from the cache shipped in the bundle
    cache = machine.local / "warm-check-cache"
    checked = machine.cli(app, "forms", "check", extra={"SCREENER_CACHE_DIR": "C:\\" + str(
        cache.relative_to(machine.prefix.drive_c)).replace("/", "\\")})
    assert checked.returncode == 0, checked.stdout
    assert not list(cache.rglob("*.json")), "instrument files were checked again despite the shipped cache"
    done = machine.cli(app, "--self-test")
    assert done.returncode == 0, done.stdout
    assert "Self-test passed" in done.stdout and "main window painted" in done.stdout
    report(f"{label}: installed screener-cli.exe --self-test passed under Wine in {done.seconds:.1f} s")

    machine.data.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "tests" / "fixtures" / "store_0001.db", machine.store)
    opened = machine.cli(app, "store", "check", extra={"SCREENER_PASSPHRASE": PASSPHRASE})
    assert opened.returncode == 0, opened.stdout
    assert list(machine.data.glob("screener.db.before-*.bak")), "the old store was not copied aside"
    report(f"{label}: old store (schema 0001) upgraded to {HEAD} by the installed copy in {opened.seconds:.1f} s")
    check_store(machine.store)


def check_store(path: Path) -> None:
    """The store the Windows copy upgraded, opened here: its schema is the newest, its data intact."""
    store = Store.open(path, PASSPHRASE, load_catalog())
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        [final] = store.list_screenings(case_code="FIX-1")
        assert store.get(final.id).answers == ANSWERS
    finally:
        store.lock()


def test_nsis_install_self_test_upgrade_reinstall_uninstall(nsis_machine, display):
    machine = nsis_machine
    app = machine.local / "Programs" / "Screener"
    installed = machine.run(SETUP, "/S", timeout=600)
    report(f"NSIS: setup.exe /S in {installed.seconds:.1f} s")
    assert (app / "screener.exe").is_file() and (app / "uninstall.exe").is_file()
    assert (app / "THIRD-PARTY-NOTICES.txt").is_file()
    menu = machine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert (menu / "Screener.lnk").is_file()
    assert machine.has_key(UNINSTALL_KEY)
    signing.verify(app / "uninstall.exe", signing.used(build.WORK / "signing"))

    self_test_and_old_store(machine, app, "NSIS")

    # the window itself, with Qt's windows platform (not offscreen), on an X server through Wine
    shown = machine.run(app / "screener.exe", timeout=300, check=False,
                        extra={"DISPLAY": display, "SCREENER_EXIT_AFTER_FIRST_PAINT": "1"})
    assert shown.returncode == 0, shown.stdout
    report(f"NSIS: screener.exe painted its first window (windows platform, Xvfb) and quit in {shown.seconds:.1f} s")
    machine.reg("add", SETTINGS_KEY, "/v", "language", "/t", "REG_SZ", "/d", "kk", "/f")
    store_before = sha(machine.store)

    # the next build over it: the program folder is replaced whole, the data and settings are kept
    stray = app / "_internal" / "left-from-the-old-version.txt"
    stray.write_text("old", encoding="utf-8")
    machine.run(SETUP, "/S", timeout=600)
    assert not stray.exists(), "the upgrade left a file of the old version in the program folder"
    assert sha(machine.store) == store_before
    assert "kk" in machine.reg("query", SETTINGS_KEY, "/v", "language").stdout
    again = machine.cli(app, "store", "check", extra={"SCREENER_PASSPHRASE": PASSPHRASE})
    assert again.returncode == 0, again.stdout
    store_before = sha(machine.store)  # a check is a use of the store: it may write (its audit trail)

    machine.run(app / "uninstall.exe", "/S", timeout=300)  # it re-runs itself from a temporary copy: waited for
    assert not (app / "screener.exe").exists() and not (app / "_internal").exists()
    assert not (menu / "Screener.lnk").exists()
    assert not machine.has_key(UNINSTALL_KEY)
    assert sha(machine.store) == store_before, "the uninstaller touched the store"
    assert list(machine.data.glob("screener.db.before-*.bak"))
    assert machine.has_key(SETTINGS_KEY)
    check_store(machine.store)


def test_msi_install_self_test_upgrade_uninstall(msi_machine, tmp_path):
    machine = msi_machine
    app = machine.prefix.drive_c / "Program Files" / "Screener"
    installed = machine.run("msiexec", "/i", MSI, "/qn", timeout=900)
    report(f"MSI: msiexec /i /qn in {installed.seconds:.1f} s")
    assert (app / "screener.exe").is_file() and (app / "THIRD-PARTY-NOTICES.txt").is_file()
    # all users' Start menu on Windows; Wine's msiexec puts a per-machine shortcut in the user's menu
    menus = [machine.prefix.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs",
             machine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"]
    assert [m for m in menus if (m / "Screener.lnk").is_file()], "no Start-menu entry"

    self_test_and_old_store(machine, app, "MSI")
    machine.reg("add", SETTINGS_KEY, "/v", "language", "/t", "REG_SZ", "/d", "ru", "/f")
    store_before = sha(machine.store)

    # the next build: a new MSI (new product code, same upgrade code) replaces the installed one
    cert = signing.used(build.WORK / "signing")
    work = tmp_path / "next"
    work.mkdir()
    next_msi = installers.msi(BUNDLE, tmp_path / "next.msi", VERSION, cert, work)
    upgraded = machine.run("msiexec", "/i", next_msi, "/qn", timeout=900)
    report(f"MSI: the next build over it in {upgraded.seconds:.1f} s")
    products = machine.reg("query", r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall", "/s").stdout
    names = [line for line in products.splitlines() if "DisplayName" in line and "Screener" in line]
    assert len(names) == 1, f"the old MSI is still registered beside the new one:\n{products}"
    assert (app / "screener.exe").is_file()
    assert sha(machine.store) == store_before
    again = machine.cli(app, "store", "check", extra={"SCREENER_PASSPHRASE": PASSPHRASE})
    assert again.returncode == 0, again.stdout
    store_before = sha(machine.store)  # a check is a use of the store: it may write (its audit trail)

    machine.run("msiexec", "/x", next_msi, "/qn", timeout=900)
    assert not app.exists(), f"msiexec /x left {sorted(p.name for p in app.rglob('*'))[:5]}"
    assert not [m for m in menus if (m / "Screener.lnk").exists()]
    assert sha(machine.store) == store_before, "msiexec /x touched the store"
    assert "ru" in machine.reg("query", SETTINGS_KEY, "/v", "language").stdout
    check_store(machine.store)
