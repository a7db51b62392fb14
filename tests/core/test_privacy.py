"""What the process does at start: no core dump, owner-only files and folders, and no
temporary folder of an earlier (killed) run left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from screener.core import privacy

LINUX = sys.platform.startswith("linux")


def run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, check=False, capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(not LINUX, reason="RLIMIT_CORE and PR_SET_DUMPABLE are Linux's")
def test_core_dumps_are_off_and_windows_code_is_not_imported(tmp_path):
    result = run(
        "import ctypes, resource, sys\n"
        "from screener.core import privacy\n"
        "print(privacy.harden_process())\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
        "print('screener.core.privacy_windows' in sys.modules)\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:4] == ["['RLIMIT_CORE=0', 'PR_SET_DUMPABLE=0']", "(0, 0)", "0", "False"]


ABORT = (
    "import os, resource\n"
    "resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
    "{harden}\n"
    "secret = 'passphrase-canary-' * 100\n"
    "os.abort()\n"
)


@pytest.mark.skipif(not LINUX, reason="Linux core files")
def test_an_abort_leaves_no_core_file(tmp_path):
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"core files go elsewhere here ({pattern})")
    try:
        import resource  # noqa: PLC0415

        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        pytest.skip("the hard limit on core files cannot be raised here")
    control, hardened = tmp_path / "control", tmp_path / "hardened"
    control.mkdir()
    hardened.mkdir()
    run(ABORT.format(harden="pass"), control)
    if not any(p.name.startswith("core") for p in control.iterdir()):
        pytest.skip("this machine writes no core file even unhardened")
    run(ABORT.format(harden="from screener.core import privacy; privacy.disable_core_dumps()"), hardened)
    assert [p.name for p in hardened.iterdir()] == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes; on Windows the profile's ACL")
def test_new_files_and_folders_are_the_owners_only(tmp_path):
    result = run(
        "from pathlib import Path\n"
        "from screener.core import privacy\n"
        "privacy.restrict_new_files()\n"
        "Path('folder').mkdir()\n"
        "Path('folder/file.txt').write_text('x')\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "folder").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "folder" / "file.txt").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_folders_of_an_earlier_version_are_narrowed(tmp_path):
    folder = tmp_path / "Screener"
    (folder / "sub").mkdir(parents=True)
    (folder / "Screener.conf").write_text("[General]\n")
    for path, mode in ((folder, 0o755), (folder / "sub", 0o755), (folder / "Screener.conf", 0o644)):
        path.chmod(mode)
    privacy.narrow([folder, tmp_path / "missing"])
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "sub").stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "Screener.conf").stat().st_mode) == 0o600


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_leftovers_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    def folder(name: str, marker: str | None) -> Path:
        path = tmp_path / name
        path.mkdir()
        (path / "practice.db").write_bytes(b"x" * 4096)
        if marker is not None:
            (path / privacy.MARKER).write_text(marker)
        return path

    gone = folder("screener-practice-dead1", str(dead_pid()))
    self_test = folder("screener-self-test-dead2", str(dead_pid()))
    running = folder("screener-practice-mine", str(os.getpid()))  # this very process
    unmarked = folder("screener-practice-nomark", None)
    garbled = folder("screener-self-test-garbled", "not a pid")
    other = folder("someone-elses", str(dead_pid()))
    removed = privacy.remove_leftovers(tmp_path)
    assert sorted(removed) == sorted([gone, self_test])
    assert not gone.exists() and not self_test.exists()
    assert running.exists() and unmarked.exists() and garbled.exists() and other.exists()


def test_a_temporary_folder_is_private_and_marked():
    folder = privacy.temporary_folder("screener-self-test-")
    try:
        assert (folder / privacy.MARKER).read_text() == str(os.getpid())
        if os.name != "nt":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        import shutil  # noqa: PLC0415

        shutil.rmtree(folder)


def test_a_session_practice_store_key_never_touches_the_disk(catalog):
    from screener.core.store import practice  # noqa: PLC0415

    store = practice.open_session(catalog)
    folder = store.path.parent
    try:
        assert (folder / privacy.MARKER).is_file()
        assert not [p for p in folder.iterdir() if p.name.endswith(practice.KEY_SUFFIX)]
        fresh = practice.reset(store)
        assert not [p for p in folder.iterdir() if p.name.endswith(practice.KEY_SUFFIX)]
        assert practice.is_practice(fresh)
        fresh.lock()
    finally:
        store.lock()
        import shutil  # noqa: PLC0415

        shutil.rmtree(folder, ignore_errors=True)


def test_the_self_test_folder_is_marked():
    from screener.selftest import SelfTest  # noqa: PLC0415

    test = SelfTest(None, "en")
    try:
        assert (test.folder / privacy.MARKER).is_file()
    finally:
        import shutil  # noqa: PLC0415

        shutil.rmtree(test.folder)
