"""Save PDF and Print for the result screen: the sheet is made off the UI thread (reportlab and
QtPrintSupport are imported only when asked), saved owner-only after a warning, or printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core.regions import SETTING_KEY
from screener.core.store.errors import StoreError
from screener.ui import dialogs, operations
from screener.ui.printing import writes_a_file
from screener.ui.qt import QObject

if TYPE_CHECKING:
    from collections.abc import Callable

    from screener.core.store.records import Screening
    from screener.ui.result import ResultScreen


class SheetActions(QObject):
    def __init__(self, screen: ResultScreen) -> None:
        super().__init__(screen)
        self.setObjectName("sheetActions")
        self.screen = screen

    def save_pdf(self) -> None:
        """Write the result sheet to a file the user chooses, after warning that it is not encrypted."""
        screening = self._for_sheet()
        if screening is None:
            return
        title = self.tr("Save PDF")
        # a name that says nothing about the person: no case code, nothing typed
        suggested = str(Path.home() / f"screening-{date.today().isoformat()}.pdf")
        path = dialogs.save_file(self.screen, title, self.tr("PDF files (*.pdf)"), suggested)
        if not path or not self._warned(title):
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        operations.run_long(
            self.screen,
            self.tr("Making the PDF..."),
            self._sheet_work(screening),
            lambda data: self._write(title, target, data),  # on the UI thread: never after a lock
            self._sheet_failed,
            language=self.screen.services.language,
        )

    def _warned(self, title: str) -> bool:
        warning = self.tr(
            "The PDF file is not encrypted: anyone who can open it can read this screening. "
            "Save it only where it is safe, and delete it when it is no longer needed. Save it?"
        )
        return dialogs.confirm(self.screen, title, warning)

    def _write(self, title: str, target: Path, data: bytes) -> None:
        """Whole or not at all, owner-only, and the user told where it went."""
        from screener.core.files import write_private  # noqa: PLC0415

        try:
            write_private(target, data)
        except StoreError as exc:  # WriteFailed: a full disk, a read-only folder
            self._sheet_failed(exc)
            return
        dialogs.inform(self.screen, title, self.tr("Saved: %1").replace("%1", str(target)))

    def print_sheet(self) -> None:
        """Make the result sheet, then print it through Qt's print dialog."""
        screening = self._for_sheet()
        if screening is None:
            return
        title = self.tr("Print")
        operations.run_long(
            self.screen,
            self.tr("Making the PDF..."),
            self._sheet_work(screening),
            lambda data: self._print(title, data),
            self._sheet_failed,
            language=self.screen.services.language,
        )

    def _print(self, title: str, data: bytes) -> None:
        printer = dialogs.choose_printer(self.screen, title)  # None also when locked meanwhile
        if printer is None:
            return
        output = printer.outputFileName()
        if output:  # printing to a file: the Save PDF path (warning, owner-only, atomic, where)
            target = Path(output)
            if self._warned(title):
                self._write(title, target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf"), data)
            return
        if writes_a_file(printer.printerName()) and not self._warned(title):
            return  # "Microsoft Print to PDF" and the like write an unencrypted file too
        from screener.ui.printing import print_pdf  # noqa: PLC0415 (QtPrintSupport, pypdfium2: only to print)

        try:
            print_pdf(printer, data)
        except OSError as exc:  # the printer could not be started: said, never a crash
            text = self.tr("The sheet could not be printed: %1").replace("%1", exc.strerror or str(exc))
            dialogs.error(self.screen, title, text)

    def _for_sheet(self) -> Screening | None:
        store = self.screen.services.store
        if store is None or self.screen.screening_id is None:
            return None
        self.screen.flush_steps()  # the sheet shows the ticks and notes as they are on screen
        try:
            screening = store.get(self.screen.screening_id)
        except StoreError as exc:
            operations.report(self.screen, exc, self.screen.services.language)
            return None
        if screening.form_id not in {f.id for f in self.screen.services.catalog.forms}:
            dialogs.error(self.screen, "Screener", self.tr("The form of this screening is not installed."))
            return None
        return screening

    def _sheet_work(self, screening: Screening) -> Callable[[], bytes]:
        """The sheet in the screening's language, with the UI language under it when they differ."""
        catalog, ui = self.screen.services.catalog, self.screen.services.language
        language = screening.summary.language
        second = ui if ui != language else None
        region = self._directory_region()
        store = self.screen.services.store
        seal = store.seal().short if store is not None else ""  # read now: the store is not the worker's

        def work() -> bytes:
            import screener  # noqa: PLC0415
            from screener.core.report.pdf import result_pdf, screening_sheet  # noqa: PLC0415 (reportlab: on demand)

            sheet = screening_sheet(
                catalog,
                screening,
                language=language,
                second_language=second,
                region=region,
                app_version=screener.__version__,
                seal=seal,
            )
            return result_pdf(sheet)

        return work

    def _directory_region(self) -> str | None:
        """The post's region (Settings) when the directory lists organisations there; else all regions."""
        store, directory = self.screen.services.store, self.screen.services.catalog.directory
        region = store.get_setting(SETTING_KEY) if store is not None else None
        if directory is None or not isinstance(region, str) or not directory.entries_for(region):
            return None
        return region if any(r.id == region for r in directory.regions) else None

    def _sheet_failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):  # WriteFailed among them: a full disk, a read-only folder
            operations.report(self.screen, exc, self.screen.services.language)
        else:
            raise exc
