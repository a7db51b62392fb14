"""A cache of checked instrument files, keyed by their exact bytes.

Parsing 330 KB of YAML and checking it against the JSON Schemas takes about 200 ms; a file
whose bytes, schemas and loader are unchanged gives the same result, so the checked data is
kept (as JSON) in the user's cache folder. A changed byte changes the key, so an edited file is
always checked again. A missing, unreadable or damaged entry just means a full check.
The entries hold only instrument text, never a screening.

A bundle ships the entries of its own files, filled when it was built (`instrument-cache/` in
its data folder, read-only), so the first start on a new laptop is warm too; the user's folder
is looked at first, and a file edited after the build has another key and is checked again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from screener.core.files import write_private
from screener.core.instrument.source import PathKey
from screener.core.store.errors import WriteFailed

FORMAT = "1"
SHIPPED = "instrument-cache"  # in the bundle's data folder (packaging/screener.spec fills it)


def folder() -> Path:
    override = os.environ.get("SCREENER_CACHE_DIR")
    if override:
        return Path(override) / "instrument"
    import platformdirs  # noqa: PLC0415 (only when the cache is really used)

    base = Path(platformdirs.user_cache_dir("screener", appauthor=False))
    return base / "instrument"


def shipped_folder() -> Path | None:
    from screener.core.paths import data_root  # noqa: PLC0415

    try:
        return data_root() / SHIPPED
    except FileNotFoundError:
        return None


@cache
def _fingerprint() -> bytes:
    """Changes whenever a schema or the loading code changes."""
    digest = hashlib.sha256(FORMAT.encode())
    package = resources.files("screener.core")
    for name in sorted(entry.name for entry in (package / "schemas").iterdir()):
        digest.update(name.encode())
        digest.update((package / "schemas" / name).read_bytes())
    for module in ("source.py", "schema.py", "cache.py"):
        digest.update((package / "instrument" / module).read_bytes())
    return digest.digest()


def key(raw: bytes) -> str:
    return hashlib.sha256(_fingerprint() + raw).hexdigest()


def load(entry_key: str) -> tuple[Any, dict[PathKey, int], str] | None:
    """(data, lines, kind) of a file checked before (by this user, or when the bundle was built), or None."""
    for base in (folder(), shipped_folder()):
        if base is None:
            continue
        try:
            stored = json.loads((base / f"{entry_key}.json").read_text(encoding="utf-8"))
            lines = {tuple(path): line for path, line in stored["lines"]}
            return stored["data"], lines, stored["kind"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return None


def store(entry_key: str, data: Any, lines: dict[PathKey, int], kind: str) -> None:
    """Keep a checked file; silently skip when the data would not survive JSON or the disk says no."""
    text = json.dumps(
        {"data": data, "lines": [[list(p), n] for p, n in lines.items()], "kind": kind}, ensure_ascii=False
    )
    if json.loads(text)["data"] != data:
        return
    target = folder()
    with contextlib.suppress(OSError, WriteFailed):
        target.mkdir(parents=True, exist_ok=True)
        write_private(target / f"{entry_key}.json", text)
