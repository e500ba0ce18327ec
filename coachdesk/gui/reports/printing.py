"""Print a PDF shown in the preview: every page the user picked, rendered by pdfium (QPdfDocument.render) and
drawn onto the printer's paper, keeping the page's proportions.

The PDF already carries its margins, so the printer paints on the full paper. Pages are rendered at the printer's
resolution, but at most ``MAX_DPI``: a 1200-dpi A4 page would be a 550 MB image, while 600 dpi is what office
laser printers print and keeps text sharp."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from coachdesk.core.common.progress import Cancelled

MAX_DPI = 600


class PrintError(Exception):
    """The printer could not be started (no printer, a file that cannot be written …)."""


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages of the user's choice in the print dialog: all, a range (clamped) or the current one."""
    match printer.printRange():
        case QPrinter.PrintRange.PageRange:
            first = max(printer.fromPage(), 1)
            last = min(printer.toPage() or page_count, page_count)
            return list(range(first - 1, last))
        case QPrinter.PrintRange.CurrentPage:
            return [current_page] if 0 <= current_page < page_count else []
        case _:
            return list(range(page_count))


def print_file(path: Path, printer: QPrinter, pages: list[int], on_page: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Print ``pages`` of the PDF at ``path`` (a worker's job: its own QPdfDocument, not the preview's). Raises
    Cancelled after aborting the print job when ``cancelled()`` turns true between pages."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintError(path.name)
    try:
        return print_pdf(document, printer, pages, on_page, cancelled)
    finally:
        document.close()


def print_pdf(document: QPdfDocument, printer: QPrinter, pages: list[int],
              on_page: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Paint ``pages`` of ``document`` onto ``printer``, one sheet each; return how many were printed."""
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.outputFileName() or printer.printerName())
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        scale = printer.resolution() / dpi  # image pixels → printer pixels
        for done, page in enumerate(pages):
            if cancelled is not None and cancelled():
                printer.abort()  # the spooler drops the job (a PDF file is left unfinished)
                raise Cancelled
            if done:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            size_pt = document.pagePointSize(page)
            fit = min(paper.width() / (size_pt.width() / 72 * printer.resolution()),
                      paper.height() / (size_pt.height() / 72 * printer.resolution()))
            width = size_pt.width() / 72 * printer.resolution() * fit
            height = size_pt.height() / 72 * printer.resolution() * fit
            image = document.render(page, QSize(round(width / scale), round(height / scale)))
            target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
            painter.drawImage(target, image)
            if on_page is not None:
                on_page(done + 1, len(pages))
    finally:
        painter.end()
    return len(pages)
