"""Failed unlocks: counted beside the store (it cannot be written while locked), delayed more
after each failure, and moved into the audit trail at the next successful unlock.

The side file holds only times and a count, never anything from a screening.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from screener.core.files import write_private
from screener.core.store.errors import WriteFailed

FREE_TRIES = 3
MAX_DELAY = 30.0


@dataclass(slots=True)
class UnlockGuard:
    path: Path
    failures: list[str] = field(default_factory=list)  # ISO times of failed attempts

    @classmethod
    def for_store(cls, store_path: Path) -> UnlockGuard:
        guard = cls(store_path.with_name(store_path.name + ".unlock.json"))
        try:
            data = json.loads(guard.path.read_text(encoding="utf-8"))
            guard.failures = [str(t) for t in data.get("failures", [])]
        except (OSError, ValueError, AttributeError):
            guard.failures = []
        return guard

    def delay(self) -> float:
        """Seconds to wait before the next attempt: none for the first tries, then doubling."""
        extra = len(self.failures) - FREE_TRIES + 1
        return 0.0 if extra <= 0 else min(2.0 ** (extra - 1), MAX_DELAY)

    def failed(self, at: str) -> None:
        self.failures.append(at)
        self._write()

    def clear(self) -> list[str]:
        """Forget the failures (after a successful unlock); returns them for the audit trail."""
        failures, self.failures = self.failures, []
        with contextlib.suppress(OSError):
            self.path.unlink()
        return failures

    def _write(self) -> None:
        with contextlib.suppress(WriteFailed):  # a count that cannot be kept must not block the unlock
            write_private(self.path, json.dumps({"failures": self.failures[-100:]}))
