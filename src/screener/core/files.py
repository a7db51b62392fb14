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
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from screener.core.store.errors import os_error

PRIVATE = 0o600
WINDOWS = os.name == "nt"
_REPLACE_TRIES = 10  # on Windows: about one second in all before a held file is reported
_REPLACE_PAUSE = 0.1


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Write `data` to `path` whole or not at all, readable by its owner only."""
    with private_file(path, "wb") as stream:
        stream.write(data.encode(encoding) if isinstance(data, str) else data)


@contextlib.contextmanager
def private_file(
    path: Path, mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """A stream on a private temporary file that becomes `path` when the block ends without error."""
    path = Path(path)
    temp = private_temp(path)
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


def private_temp(path: Path) -> Path:
    """A new, empty, owner-only file beside `path` (for a writer that needs a file name, as SQLCipher)."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise os_error(path, exc) from exc
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes it 0600 already; this also holds under an odd umask
            os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)
    return Path(name)


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
