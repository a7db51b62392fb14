"""One way to run store work: off the UI thread when it is long (unlock, backup, restore,
upgrade), with a progress dialog, and every StoreError shown in the user's language.

Autosaves are short (a few ms) and run on the UI thread, in order, so an answer on screen is
always an answer on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from screener.core.store.errors import StoreError
from screener.ui import dialogs
from screener.ui.qt import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from screener.ui.qt import QWidget


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
) -> None:
    """Run `work` on a worker thread behind a modal progress dialog; report on the UI thread.

    A `counted` job is called with a function taking (done, total): the dialog then shows a bar
    that fills, not a spinner.
    """
    from screener.ui.qt import QProgressDialog, Qt  # noqa: PLC0415 (not needed for the first frame)

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("progressDialog")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    relay = _Relay()
    _running.add(relay)

    def finish() -> None:
        progress.reset()
        progress.deleteLater()
        _running.discard(relay)

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: Exception) -> None:
        finish()
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
