"""Failed unlocks: counted beside the store (it cannot be written while locked), delayed more
after each failure, and moved into the audit trail at the next successful unlock.

The count is kept twice: in `<store>.unlock.json` beside the store and in a copy in the
user's own state folder, so that deleting, emptying or garbling the file beside the store (or
putting a folder in its place) after failures gives the longest wait, not none: a record that
is unreadable, or missing while its copy holds failures, counts as damaged. A damaged record is
noted in the audit trail at the next unlock. The files hold only times, never anything from a
screening.

The API is small on purpose: `for_store`, `wait_left`, `failed`, `clear` (and `reason`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from screener.core.files import write_private
from screener.core.store.errors import WriteFailed

FREE_TRIES = 3
MAX_DELAY = 30.0
SUFFIX = ".unlock.json"


@dataclass(slots=True)
class UnlockGuard:
    path: Path
    mirror: Path | None = None
    failures: list[str] = field(default_factory=list)  # ISO times (UTC) of failed attempts
    damaged_at: str = ""  # when the record was first found missing or damaged; "" when sound

    @classmethod
    def for_store(cls, store_path: Path) -> UnlockGuard:
        guard = cls(store_path.with_name(store_path.name + SUFFIX), _mirror_of(store_path))
        primary, primary_ok = _read(guard.path)
        copy, _copy_ok = _read(guard.mirror) if guard.mirror is not None else ({}, True)
        missing = not guard.path.exists() and not guard.path.is_symlink()
        copied_failures = _times(copy.get("failures"))
        if primary_ok:
            guard.failures = _times(primary.get("failures"))
            guard.damaged_at = str(primary.get("damaged_at", ""))
        if not primary_ok or (missing and (copied_failures or copy.get("damaged_at"))):
            guard.failures = max(guard.failures, copied_failures, key=len)
            guard.damaged_at = str(copy.get("damaged_at") or _now())
            guard._write()  # from now the wait runs from this moment, once, not at each look
        return guard

    @property
    def damaged(self) -> bool:
        return bool(self.damaged_at)

    def delay(self) -> float:
        """Seconds to wait after the last failure: none for the first tries, then doubling;
        the longest when the record was damaged."""
        if self.damaged:
            return MAX_DELAY
        extra = len(self.failures) - FREE_TRIES + 1
        return 0.0 if extra <= 0 else min(2.0 ** (extra - 1), MAX_DELAY)

    def wait_left(self, now: datetime | None = None) -> float:
        """Seconds still to wait before the next attempt (counted from the last failure)."""
        delay = self.delay()
        if not delay:
            return 0.0
        since = self.damaged_at if self.damaged else self.failures[-1]
        try:
            elapsed = ((now or datetime.now(UTC)) - datetime.fromisoformat(since)).total_seconds()
        except ValueError:
            return delay
        return delay if elapsed < 0 else max(0.0, delay - elapsed)  # a clock set back waits whole

    def reason(self) -> tuple[str, int]:
        """Why there is a wait: ("damaged", 0) or ("failures", how many)."""
        return ("damaged", 0) if self.damaged else ("failures", len(self.failures))

    def failed(self, at: str) -> None:
        self.failures.append(at)
        self._write()

    def clear(self) -> tuple[list[str], str]:
        """Forget the failures (after a successful unlock); returns them and the time the record
        was found damaged ("" if never), for the audit trail."""
        failures, damaged_at = self.failures, self.damaged_at
        self.failures, self.damaged_at = [], ""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        if self.mirror is not None:
            with contextlib.suppress(OSError):
                self.mirror.unlink(missing_ok=True)
        return failures, damaged_at

    def _write(self) -> None:
        record = {"failures": self.failures[-100:]}
        if self.damaged_at:
            record["damaged_at"] = self.damaged_at  # type: ignore[assignment]
        for target in (self.path, self.mirror):
            if target is not None:
                with contextlib.suppress(OSError, WriteFailed):  # a folder in its place: damaged next time
                    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                    write_private(target, json.dumps(record))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _mirror_of(store_path: Path) -> Path | None:
    """The copy's place: the user's state folder (the test cache folder when set), one file
    per store, named by a hash of the store's full path."""
    override = os.environ.get("SCREENER_CACHE_DIR")
    if override:
        folder = Path(override) / "unlock"
    else:
        import platformdirs  # noqa: PLC0415

        folder = platformdirs.user_state_path("screener", appauthor=False) / "unlock"
    name = hashlib.sha256(str(store_path.resolve()).encode()).hexdigest()[:32]
    return folder / f"{name}.json"


def _read(path: Path | None) -> tuple[dict[str, object], bool]:
    """(record, readable); a missing file is an empty record, readable."""
    if path is None:
        return {}, True
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, True
    except (OSError, ValueError):  # a folder in its place, no permission, not text
        return {}, False
    try:
        data = json.loads(text)
    except ValueError:
        return {}, False
    if not isinstance(data, dict) or not isinstance(data.get("failures"), list):
        return {}, False
    return data, True


def _times(value: object) -> list[str]:
    return [str(t) for t in value] if isinstance(value, list) else []
