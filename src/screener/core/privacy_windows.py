"""Windows-only protections through the Win32 API (ctypes); imported on Windows only.

- No Windows Error Reporting dump of a crashed process: SetErrorMode keeps the "stopped
  working" box and its report from appearing, and WerAddExcludedApplication leaves the
  program out of WER (which would otherwise write a dump holding the key).
- SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) leaves a window out of screenshots, screen
  recording and screen sharing (Windows 10 2004 and later), as KeePassXC does.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WDA_NONE = 0x00000000
WDA_EXCLUDEFROMCAPTURE = 0x00000011
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259


def disable_error_reporting() -> list[str]:
    done = []
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    done.append("SetErrorMode")
    try:
        wer = ctypes.WinDLL("wer", use_last_error=True)  # type: ignore[attr-defined]
        wer.WerAddExcludedApplication.argtypes = [wintypes.LPCWSTR, wintypes.BOOL]
        if wer.WerAddExcludedApplication(sys.executable, False) == 0:  # S_OK
            done.append("WerAddExcludedApplication")
    except (OSError, AttributeError):
        pass
    return done


def exclude_from_capture(hwnd: int, excluded: bool) -> bool:
    """True when Windows accepted the setting for this window."""
    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    user32.SetWindowDisplayAffinity.argtypes = [wintypes.HWND, wintypes.DWORD]
    affinity = WDA_EXCLUDEFROMCAPTURE if excluded else WDA_NONE
    return bool(user32.SetWindowDisplayAffinity(wintypes.HWND(hwnd), affinity))


def process_alive(pid: int) -> bool:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return False
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
