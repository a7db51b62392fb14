"""What the process does at start so that nothing of a screening is left readable around it.

- New files and folders are the user's own (umask 077: folders 0700, files 0600); the app's
  data, config and cache folders made earlier are narrowed to 0700. On Windows the folders are
  under the user's profile (%LOCALAPPDATA%, %APPDATA%), whose ACL already keeps others out.
- No core dump: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 on Linux (a dump would hold the key and
  whatever was on screen); on Windows, no Windows Error Reporting dump (privacy_windows.py,
  imported there only).
- Temporary folders of earlier runs (a session-only practice store, a self-test) that a crash
  or a kill left behind are removed at the next start: only those carrying the app's marker,
  owned by this user, whose process is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

WINDOWS = sys.platform == "win32"
MARKER = ".screener-temporary"  # written into each temporary folder the app makes
TEMPORARY_PREFIXES = ("screener-practice-", "screener-self-test-")
_PR_SET_DUMPABLE = 4


def restrict_new_files() -> None:
    """Every file and folder the process creates from now on is readable by its owner only."""
    if not WINDOWS:
        os.umask(0o077)


def private_folder(path: Path) -> Path:
    """`path` as a folder only its owner can enter (made if missing); returns it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not WINDOWS:
        with contextlib.suppress(OSError):  # not ours to change (a shared folder set by the user)
            path.chmod(0o700)
    return path


def narrow(folders: Iterable[Path]) -> None:
    """The app's own folders made by an earlier version (0755, files 0644): the owner's only."""
    if WINDOWS:
        return
    for root in folders:
        if root.is_symlink() or not root.is_dir():
            continue
        with contextlib.suppress(OSError):
            root.chmod(0o700)
            for path in root.rglob("*"):
                if not path.is_symlink():
                    path.chmod(0o700 if path.is_dir() else 0o600)


def disable_core_dumps() -> list[str]:
    """Switch off every dump of this process's memory; returns what was switched off."""
    done: list[str] = []
    if WINDOWS:
        from screener.core import privacy_windows  # noqa: PLC0415 (Windows only)

        return privacy_windows.disable_error_reporting()
    try:
        import resource  # noqa: PLC0415 (POSIX only)

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("RLIMIT_CORE=0")
    except (ImportError, OSError, ValueError):
        pass
    if sys.platform.startswith("linux"):
        libc_name = ctypes.util.find_library("c") or "libc.so.6"
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(libc_name, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("PR_SET_DUMPABLE=0")
    return done


def temporary_folder(prefix: str) -> Path:
    """A new private folder in the system's temporary folder, marked as the app's own."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))  # 0700 by tempfile's own rule
    (folder / MARKER).write_text(str(os.getpid()), encoding="ascii")
    return folder


def remove_leftovers(parent: Path | None = None) -> list[Path]:
    """Remove the app's temporary folders whose process has ended; returns those removed."""
    parent = Path(tempfile.gettempdir()) if parent is None else parent
    removed: list[Path] = []
    try:
        candidates = [p for p in parent.iterdir() if p.name.startswith(TEMPORARY_PREFIXES)]
    except OSError:
        return removed
    for folder in candidates:
        if _stale(folder):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


def _stale(folder: Path) -> bool:
    marker = folder / MARKER
    try:
        if folder.is_symlink() or not folder.is_dir() or not marker.is_file():
            return False  # not made by the app: never touched
        if not WINDOWS and folder.stat().st_uid != os.getuid():
            return False
        pid = int(marker.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return False
    return pid != os.getpid() and not _alive(pid)


def _alive(pid: int) -> bool:
    if WINDOWS:
        from screener.core import privacy_windows  # noqa: PLC0415 (Windows only)

        return privacy_windows.process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process by that number: leave the folder
    return True


def harden_process() -> list[str]:
    """All of the above, as the first thing the app and the command line do."""
    restrict_new_files()
    done = disable_core_dumps()
    with contextlib.suppress(OSError):
        remove_leftovers()
    return done
