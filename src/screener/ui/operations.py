"""One way to run store work from the UI (as Anki's CollectionOp): `run` for a change (an
answer, a step, a new or deleted screening), `run_long` for long work (unlock, backup, restore,
export) off the UI thread behind a progress dialog. Either way a StoreError is shown in the
user's language and nothing on screen changes; on success the caller's `refresh` redraws what
changed.

Changes are short (a few ms) and run on the UI thread, in order, so an answer on screen is
always an answer on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from screener.core.store.errors import StoreError
from screener.ui import dialogs
from screener.ui.qt import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from screener.core.store.store import Store
    from screener.ui.qt import QWidget
    from screener.ui.services import Services

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """A change that was stored, with what the store returned."""

    value: T


def run(
    parent: QWidget,
    services: Services,
    work: Callable[[Store], T],
    refresh: Callable[[T], None] | None = None,
) -> Done[T] | None:
    """Make one change to the open store: None when no store is open or the change failed (the
    error is shown in the user's language); otherwise `refresh(result)` runs, and it is Done."""
    store = services.store
    if store is None:
        return None
    try:
        result = work(store)
    except StoreError as exc:
        report(parent, exc, services.language)
        return None
    if refresh is not None:
        refresh(result)
    return Done(result)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    step = Signal(int, int)  # (done, total) from a counted job


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the UI thread, never lost
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()


def run_long(
    parent: QWidget,
    label: str,
    work: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    language: str = "en",
    counted: bool = False,
    discard: Callable[[Any], None] | None = None,
) -> None:
    """Run `work` on a worker thread behind a modal progress dialog; report on the UI thread.

    A `counted` job is called with a function taking (done, total): the dialog then shows a bar
    that fills, not a spinner.

    When the app is locked before the work ends, neither `on_success` nor `on_error` runs
    (nothing begun before a lock carries on after it): `discard` gets the result instead,
    e.g. to lock a store that was opened meanwhile.
    """
    from screener.ui.qt import QProgressDialog, Qt  # noqa: PLC0415 (not needed for the first frame)

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("progressDialog")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    relay = _Relay()
    _running.add(relay)
    started = dialogs.generation()

    def finish() -> None:
        progress.reset()
        progress.deleteLater()
        _running.discard(relay)

    def succeeded(result: Any) -> None:
        finish()
        if dialogs.locked_since(started):
            if discard is not None:
                discard(result)
            return
        on_success(result)

    def failed(exc: Exception) -> None:
        finish()
        if dialogs.locked_since(started):
            return
        if on_error is not None:
            on_error(exc)
        else:
            report(parent, exc, language)

    def stepped(done: int, total: int) -> None:
        if progress.maximum() != total:
            progress.setMaximum(total)
        progress.setValue(done)

    relay.done.connect(succeeded)
    relay.failed.connect(failed)
    relay.step.connect(stepped)
    job = (lambda: work(relay.step.emit)) if counted else work
    QThreadPool.globalInstance().start(_Job(job, relay))


def report(parent: QWidget | None, exc: Exception, language: str) -> None:
    if isinstance(exc, StoreError):
        dialogs.error(parent, "Screener", exc.render(language))
    else:
        raise exc
