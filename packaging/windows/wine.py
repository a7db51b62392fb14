"""Running Windows programs under Wine on the build machine, in a prefix of our own.

Every Wine quirk the Windows build and its test need is handled here or in build.py's build
Python (never in the bundle): QT_* variables are dropped by Wine (WINEQT_* reach the program as
QT_*), a Wine program's output cannot go to a file (it is read through a pipe), the stand-in DLLs
of standins/ are loaded instead of Wine's mscms, and Mono/Gecko are never offered.
Each call has a time limit; when it runs out, the prefix's wineserver (and so every program we
started in it) is killed and the error names the command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path, PurePath


class WineFailed(SystemExit):
    pass


def windows_path(path: Path | str) -> str:
    """A Linux path as the prefix sees it (drive Z: is /)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


class Prefix:
    def __init__(self, folder: Path, log=print):
        self.folder = Path(folder).resolve()
        self.log = log
        for tool in ("wine", "wineboot", "wineserver"):
            if shutil.which(tool) is None:
                raise WineFailed(f"{tool} is missing: run packaging/windows/ensure_tools.sh (apt-get install wine wine64)")

    @property
    def drive_c(self) -> Path:
        return self.folder / "drive_c"

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "WINEPREFIX": str(self.folder),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=;mscms=n",
        }
        for name, value in (extra or {}).items():
            # Wine drops QT_* from the environment it hands to Windows programs; WINEQT_* arrive as QT_*
            env["WINE" + name if name.startswith("QT_") else name] = value
        return env

    def init(self) -> None:
        if self.folder.exists():
            self.kill()
            shutil.rmtree(self.folder)
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        self.run(["wineboot", "--init"], timeout=300, wine=False)
        self.wait()

    def run(self, command, timeout: float, extra=None, wine=True, check=True, cwd=None) -> subprocess.CompletedProcess:
        """Run a Windows program; its output (stdout and stderr) comes back through a pipe."""
        full = ["wine", *map(str, command)] if wine else [str(c) for c in command]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                full, env=self.env(extra), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, timeout=timeout, check=False, cwd=cwd,
            )
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise WineFailed(f"timed out after {timeout:.0f} s under Wine: {' '.join(full)}") from exc
        done.seconds = time.perf_counter() - started  # type: ignore[attr-defined]
        done.stdout = done.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
        if check and done.returncode != 0:
            raise WineFailed(f"failed under Wine (exit {done.returncode}): {' '.join(full)}\n{done.stdout[-6000:]}")
        return done

    def wait(self, timeout: float = 120) -> None:
        """Wait until every program of the prefix has ended (wineserver -w)."""
        try:
            subprocess.run(["wineserver", "-w"], env=self.env(), timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise WineFailed(f"programs of the Wine prefix {self.folder} still running after {timeout:.0f} s") from exc

    def kill(self) -> None:
        """End the wineserver of this prefix only (and so the programs we started in it)."""
        if self.folder.exists():
            subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def unix(self, windows: str) -> Path:
        """C:\\x\\y inside the prefix as a Linux path (only drive C:)."""
        drive, _, rest = windows.partition(":")
        assert drive.upper() == "C", windows
        return self.drive_c.joinpath(*PurePath(rest.replace("\\", "/").lstrip("/")).parts)
