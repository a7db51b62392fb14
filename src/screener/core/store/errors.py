"""What can go wrong with the store, each with a coded message in kk/ru/en."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from screener.core.errors import Code, ScreenerError
from screener.core.messages import message


class StoreError(ScreenerError):
    """A problem the user can meet; the store on disk is left as it was."""

    def __init__(self, path: Path | str | None = None, **params: Any) -> None:
        self.path = str(path) if path is not None else ""
        self.params = {"path": self.path, **params}
        super().__init__(self.render("en"))

    def render(self, language: str = "en") -> str:
        params = dict(self.params)
        for name, value in self.params.items():
            if name.endswith("_key"):  # a parameter that is itself a message
                params[name.removesuffix("_key")] = message(value, language, **self.params)
        text = message(self.code, language, **params)
        fix = message(self.code + ".fix", language, default="", **params)
        return f"{text} {fix}".strip()


class WeakPassphrase(StoreError):
    code = Code.STORE_001


class StoreExists(StoreError):
    code = Code.STORE_002


class StoreMissing(StoreError):
    code = Code.STORE_003


class WrongPassphrase(StoreError):
    code = Code.STORE_004


class DamagedStore(StoreError):
    code = Code.STORE_005


class NotAStore(StoreError):
    code = Code.STORE_006


class NewerStore(StoreError):
    code = Code.STORE_007


class StoreLocked(StoreError):
    code = Code.STORE_008


class WriteFailed(StoreError):
    """The disk is full, the folder is read-only, or the file went away; nothing was changed."""

    code = Code.STORE_009


class NotEditable(StoreError):
    code = Code.STORE_010


class ReasonRequired(StoreError):
    code = Code.STORE_011


class UnknownScreening(StoreError):
    code = Code.STORE_012


class InvalidAnswer(StoreError):
    code = Code.STORE_013


class BackupFailed(StoreError):
    code = Code.STORE_014


class PassphraseNeeded(StoreError):
    """No passphrase in the environment and no terminal to ask in (or the two entries differ)."""

    code = Code.STORE_015


class PracticeStoreRefused(StoreError):
    """A practice store (training mode) was offered as the real store: its records are not real."""

    code = Code.STORE_021


class NotAPracticeStore(StoreError):
    """The file where the practice store should be is not one: it is left alone."""

    code = Code.STORE_022


class StoreInUse(StoreError):
    """Another Screener (the app or a command) has this store open: only one writer at a time."""

    code = Code.STORE_030


class DiskFull(WriteFailed):
    """No space left on the disk; nothing was changed (the store is not damaged)."""

    code = Code.STORE_031


class NoPermission(WriteFailed):
    """The folder or the file is read-only, or this user may not write it (not damage)."""

    code = Code.STORE_032


class KeyOrFirstPage(WrongPassphrase):
    """SQLCipher cannot read the first page: the passphrase is wrong, or that page is damaged
    (the two cannot be told apart without the key, so the message says both)."""

    code = Code.STORE_033


class StoreBusy(StoreError):
    """SQLite reports the file busy (another program holds it); nothing was changed."""

    code = Code.STORE_034


class NotAFile(StoreError):
    """A folder, a device or a pipe where a file was expected: refused before it is opened."""

    code = Code.STORE_035


class UnknownCase(StoreError):
    """No case or referral with that id in this store."""

    code = Code.STORE_040


class RefusedTransition(StoreError):
    """A referral asked to move to a state that cannot follow its state (declined -> delivered)."""

    code = Code.STORE_041

    def render(self, language: str = "en") -> str:
        def state(name: str) -> str:
            return message(f"referral.state.{name}", language, default=name)

        allowed = [state(s) for s in str(self.params.get("allowed", "")).split(",") if s]
        params = {
            **self.params,
            "state": state(str(self.params.get("state"))),
            "new": state(str(self.params.get("new"))),
            "allowed": ", ".join(allowed) or state("none"),
        }
        text = message(self.code, language, **params)
        return f"{text} {message(self.code + '.fix', language, **params)}"


class NotInList(StoreError):
    """A purpose, channel, reason or decider that is not in forms/referrals.yaml."""

    code = Code.STORE_042


class ConsentReasonNeeded(StoreError):
    code = Code.STORE_043


class BadDate(StoreError):
    code = Code.STORE_044


class OrganisationNeeded(StoreError):
    """A referral names neither an organisation of the directory nor a typed one."""

    code = Code.STORE_046


class InOtherCase(StoreError):
    code = Code.STORE_045


def os_error(path: Path | str, exc: OSError) -> StoreError:
    """The StoreError an operating-system failure really is (never "damaged")."""
    detail = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path, detail=detail)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return NoPermission(path, detail=detail)
    return WriteFailed(path, detail=detail)
