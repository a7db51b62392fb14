"""Print a PDF sheet on a Qt printer: each page rendered (pypdfium2) at the printer's resolution.

PySide6-Essentials has no QtPdf, so the pages are drawn as images; QtPrintSupport and
pypdfium2 are imported only when something is printed (start-up time matters).
"""

from __future__ import annotations

from typing import Any

from screener.ui.qt import QImage, QPainter, QRect

MAX_DPI = 300  # enough for text on paper; more only makes the print job bigger
# printers that are programs writing a file (Windows ships the first two): warned like Save PDF
_FILE_PRINTERS = ("pdf", "xps", "onenote", "file")


def writes_a_file(printer_name: str) -> bool:
    """A "printer" that writes the sheet to a file on this computer, unencrypted."""
    name = printer_name.lower()
    return any(word in name for word in _FILE_PRINTERS)


def print_pdf(printer: Any, data: bytes) -> int:
    """Draw every page of the PDF (or the range chosen in the dialog); returns the pages printed."""
    import pypdfium2 as pdfium  # noqa: PLC0415 (only when printing)

    document = pdfium.PdfDocument(data)
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), len(document)) if printer.toPage() else len(document)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            bitmap = document[number - 1].render(scale=dpi / 72)
            image = bitmap.to_pil().convert("RGB")
            width, height = image.size
            qimage = QImage(image.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
            area = painter.viewport()
            scale = min(area.width() / width, area.height() / height)
            target = QRect(0, 0, int(width * scale), int(height * scale))
            painter.drawImage(target, qimage)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
