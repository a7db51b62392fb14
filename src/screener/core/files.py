"""One private, atomic write for every file Screener leaves on disk.

A temporary file is made in the target's own folder (so the rename never crosses a disk),
owner-only (0600) before the first byte goes in, written, synced, then renamed over the target
and the folder synced: a crash, a full disk or a pulled plug leaves either the old file or the
whole new one under the name, never half of one. A failure removes the temporary file and is
raised as WriteFailed (DiskFull and NoPermission where that is the reason), the target left as it was.

On Windows a file being replaced can be held open for a moment by an indexer, an antivirus or
the PDF viewer that showed it: the rename is retried briefly before it is reported; a folder
cannot be opened to be synced there (NTFS makes the rename durable itself).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from screener.core.store.errors import os_error

PRIVATE = 0o600
WINDOWS = os.name == "nt"
_REPLACE_TRIES = 10  # on Windows: about one second in all before a held file is reported
_REPLACE_PAUSE = 0.1
TEMP_SUFFIX = ".part"


class TempNotes(Protocol):
    """Where a writer notes a temp file before it exists (the store's writer lock), so that the
    next start removes exactly the temp files a killed process made, wherever they are."""

    def add_pending(self, temp: Path) -> None: ...

    def drop_pending(self, temp: Path) -> None: ...


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Write `data` to `path` whole or not at all, readable by its owner only."""
    with private_file(path, "wb") as stream:
        stream.write(data.encode(encoding) if isinstance(data, str) else data)


@contextlib.contextmanager
def private_file(
    path: Path,
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    notes: TempNotes | None = None,
) -> Iterator[IO[Any]]:
    """A stream on a private temporary file that becomes `path` when the block ends without error.

    With `notes`, the temp file is noted there before it is made and forgotten once it is gone."""
    path = Path(path)
    temp = private_temp(path, notes)
    try:
        with open(temp, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _rename(temp, path)
    except OSError as exc:
        remove_quietly(temp)
        raise os_error(path, exc) from exc
    except BaseException:
        remove_quietly(temp)
        raise
    finally:
        if notes is not None:
            notes.drop_pending(temp)


def temp_name(path: Path) -> Path:
    """The name of a new temp file for `path`, beside it: `.<name>.<random>.part` (not made yet)."""
    path = Path(path)
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def private_temp(path: Path, notes: TempNotes | None = None) -> Path:
    """A new, empty, owner-only file beside `path` (for a writer that needs a file name, as SQLCipher).

    With `notes`, its name is noted there first: a kill at any moment leaves no temp file that
    the next start does not know of. The caller drops the note once the temp file is gone."""
    path = Path(path)
    for _attempt in range(100):
        temp = temp_name(path)
        if notes is not None:
            notes.add_pending(temp)
        try:
            fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE)
        except FileExistsError:
            if notes is not None:
                notes.drop_pending(temp)
            continue
        except OSError as exc:
            if notes is not None:
                notes.drop_pending(temp)
            raise os_error(path, exc) from exc
        try:
            if hasattr(os, "fchmod"):  # 0600 even under an odd umask
                os.fchmod(fd, PRIVATE)
        finally:
            os.close(fd)
        return temp
    raise os_error(path, FileExistsError(17, "no free temp file name", str(path)))  # pragma: no cover


def replace_private(temp: Path, path: Path) -> None:
    """Sync a finished temporary file and rename it over `path` (raises OSError, temp left to the caller)."""
    with open(temp, "rb+") as stream:
        os.fsync(stream.fileno())
    _rename(temp, path)


def _rename(temp: Path, path: Path) -> None:
    for attempt in range(_REPLACE_TRIES):
        try:
            os.replace(temp, path)
            break
        except PermissionError:
            if not WINDOWS or attempt == _REPLACE_TRIES - 1:
                raise
            time.sleep(_REPLACE_PAUSE)
    sync_folder(Path(path).parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); a no-op where folders cannot be opened."""
    if WINDOWS:
        return
    with contextlib.suppress(OSError):  # not every file system lets a folder be opened or synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink()
