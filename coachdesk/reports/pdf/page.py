"""The page frame of a report: a cover template (no running header) and a body template with the running header
(title left, header right, a thin rule) and the footer (footer text left, "3 / 12" right).

The page count in the footer comes from the previous layout pass: the report is built with multiBuild (also what
the table of contents needs) and a PageCount indexing flowable asks for another pass until the count is stable.
Level-1 headings are reported to the table of contents; every heading becomes a PDF outline entry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate
from reportlab.platypus import Frame as RLFrame
from reportlab.platypus.doctemplate import IndexingFlowable

from coachdesk.reports.document import Document
from coachdesk.reports.pdf.flowables import HeadingParagraph
from coachdesk.reports.pdf.fonts import fit, markup, printable
from coachdesk.reports.pdf.styles import MARGIN, MUTED, RULE, Styles


def cover_band_share(width: float, height: float) -> float:
    """The cover's coloured band as a share of the page height (less on a landscape page)."""
    return 0.42 if height >= width else 0.34


def page_label(template: str, page: int, count: int) -> str:
    """'%1 / %2' → '3 / 12' (Qt-style placeholders, as the translators wrote them)."""
    return template.replace("%1", str(page)).replace("%2", str(count) if count else "–")


class PageCount(IndexingFlowable):
    """Zero-size; remembers the page count of the last pass and asks multiBuild for another while it changes."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._previous = -1
        self.doc: BaseDocTemplate | None = None

    def beforeBuild(self) -> None:
        self._previous = self.count

    def afterBuild(self) -> None:
        if self.doc is not None:
            self.count = self.doc.page

    def isSatisfied(self) -> bool:
        return self._previous == self.count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        pass


class ReportTemplate(BaseDocTemplate):
    """The document template: page templates 'cover' and 'body', outline and table-of-contents bookkeeping."""

    def __init__(self, out: Any, document: Document, styles: Styles, pagesize: tuple[float, float],
                 counter: PageCount, *, with_cover: bool) -> None:
        super().__init__(
            out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 4 * mm, title=printable(document.title), author=printable(document.author),
            subject=printable(document.subject), keywords=[printable(k) for k in document.keywords],
            creator="coachdesk", producer="coachdesk (reportlab)", lang=document.language,
            initialFontName=styles.font,  # not Helvetica: every page would reference a font it never uses
        )
        self.document = document
        self.styles = styles
        self.counter = counter
        counter.doc = self
        self._outline_level = -1
        w, h = pagesize
        band = h * cover_band_share(w, h)
        band_frame = RLFrame(MARGIN + 4 * mm, h - band + 10 * mm, w - 2 * MARGIN - 8 * mm, band - 10 * mm - MARGIN,
                             id="cover-band", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_body = RLFrame(MARGIN + 4 * mm, MARGIN + 10 * mm, w - 2 * MARGIN - 8 * mm, h - band - MARGIN - 22 * mm,
                             id="cover-body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = RLFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.cover_band_size = (band_frame._width, band_frame._height)
        self.cover_body_size = (cover_body._width, cover_body._height)
        templates = [
            PageTemplate("cover", [band_frame, cover_body], onPage=self._cover_page, pagesize=pagesize),
            PageTemplate("body", [body], onPage=self._body_page, pagesize=pagesize),
        ]
        self.addPageTemplates(templates if with_cover else templates[::-1])  # the first one opens the document
        self.cover_painter: Callable[[Canvas, float, float], None] | None = None

    # -- pages -------------------------------------------------------------------------------------------------
    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self.cover_painter is not None:
            w, h = self.pagesize
            canv.saveState()
            self.cover_painter(canv, w, h)
            canv.restoreState()
        self._footer(canv, with_label=False)

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        s = self.styles
        w, h = self.pagesize
        size = 7.8 * s.scale
        y = h - MARGIN - size
        canv.saveState()
        canv.setFont(s.font, size)
        canv.setFillColor(MUTED)
        usable = w - 2 * MARGIN
        right = printable(self.document.header)
        right = fit(right, s.font, size, usable * 0.45)
        left = fit(printable(self.document.title), s.font, size, usable - stringWidth(right, s.font, size) - 12)
        canv.drawString(MARGIN, y, left)
        canv.drawRightString(w - MARGIN, y, right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, y - 4, w - MARGIN, y - 4)
        canv.restoreState()
        self._footer(canv, with_label=True)

    def _footer(self, canv: Canvas, *, with_label: bool) -> None:
        s = self.styles
        w, _ = self.pagesize
        size = 7.8 * s.scale
        y = MARGIN - 2
        canv.saveState()
        canv.setFont(s.font, size)
        canv.setFillColor(MUTED)
        label = printable(page_label(self.document.page_label, canv.getPageNumber(), self.counter.count))
        label_w = stringWidth(label, s.font, size) if with_label else 0
        if with_label:
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, y + size + 4, w - MARGIN, y + size + 4)
            canv.drawRightString(w - MARGIN, y, label)
        canv.drawString(MARGIN, y, fit(printable(self.document.footer), s.font, size, w - 2 * MARGIN - label_w - 12))
        canv.restoreState()

    # -- bookkeeping ---------------------------------------------------------------------------------------------
    def beforeDocument(self) -> None:
        self._outline_level = -1

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, HeadingParagraph):
            return
        level = min(flowable.outline_level, self._outline_level + 1)  # the outline may not skip a level
        self._outline_level = level
        self.canv.bookmarkPage(flowable.key)
        self.canv.addOutlineEntry(printable(flowable.plain_text), flowable.key, level=level, closed=level > 0)
        if flowable.toc_level >= 0:
            self.notify("TOCEntry", (flowable.toc_level, markup(flowable.plain_text), self.page, flowable.key))
