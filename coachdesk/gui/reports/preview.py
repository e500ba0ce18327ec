"""The generated PDF shown inside the app: QPdfView in multi-page scroll mode with zoom out / in / fit width and
"page x of n", or a hint while there is nothing to show. The document stays open so printing renders its pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from coachdesk.gui.widgets.text import fill

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class PdfLoadError(Exception):
    """The builder wrote a file the viewer cannot open."""


class PdfPreview(QWidget):
    pageChanged = Signal(int)  # the 0-based page at the top of the view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.path: Path | None = None
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.view)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_button = QToolButton()
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(self.fit_width)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.bar = QHBoxLayout()  # the Reports tab puts Print… and Save As… in front
        self.bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            self.bar.addWidget(button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self._show_state()

    # ---------------------------------------------------------------- document
    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def load(self, path: Path) -> int:
        """Show ``path``; raises PdfLoadError (and shows nothing) when it is no readable PDF."""
        self.clear()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.document.close()
            raise PdfLoadError(fill(self.tr("The generated file cannot be shown (%1)."), error.name))
        self.path = path
        self.view.pageNavigator().jump(0, QPointF(), self.view.pageNavigator().currentZoom())
        self._show_state()
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        self.path = None
        self._show_state()

    # ---------------------------------------------------------------- zoom
    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:  # start from what fit-width shows
            current = self._fit_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))
        self.fit_button.setChecked(False)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)

    def _fit_factor(self) -> float:
        if self.page_count == 0:
            return 1.0
        width_pt = self.document.pagePointSize(0).width()
        pixels_per_pt = self.logicalDpiX() / 72
        usable = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(usable / (width_pt * pixels_per_pt), ZOOM_RANGE[0]) if width_pt > 0 else 1.0

    # ---------------------------------------------------------------- state and text
    def _page_changed(self, page: int) -> None:
        self._page_text()
        self.pageChanged.emit(page)

    def _show_state(self) -> None:
        shown = self.path is not None
        self.stack.setCurrentWidget(self.view if shown else self.hint)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setEnabled(shown)
        self._page_text()

    def _page_text(self) -> None:
        count = self.page_count
        self.page_label.setText(fill(self.tr("Page %1 of %2"), self.current_page + 1, count) if count else "")

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Choose what to print on the left and press Generate (Ctrl+Enter): the pages appear here to check before you print or save them."))  # noqa: E501 - one literal for lupdate
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("Fit the page to the width of the preview"))
        self._page_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
