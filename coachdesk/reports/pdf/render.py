"""Typeset a Document into a PDF: the cover, the table of contents, the sections (or the poster instead). The one
entry point of the renderer; the composers build the Document, the CLI and the GUI's worker call this.

The PDF is built in memory and written in one go, so a cancelled or failed build leaves no half-written file."""

from __future__ import annotations

import io
import pathlib
from collections.abc import Callable
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, TableStyle
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus.tableofcontents import TableOfContents

from coachdesk.core.common.progress import CancelToken
from coachdesk.reports.document import Document
from coachdesk.reports.pdf.blocks import build_blocks
from coachdesk.reports.pdf.cover import cover_flowables, cover_painter
from coachdesk.reports.pdf.flowables import BoldParagraph, Checkpoint, Frame
from coachdesk.reports.pdf.fonts import markup
from coachdesk.reports.pdf.page import PageCount, ReportTemplate
from coachdesk.reports.pdf.poster import render_poster
from coachdesk.reports.pdf.styles import Styles, make_styles, page_size

MAX_PASSES = 8  # multiBuild passes: the TOC's page numbers and the page count settle in two or three


def _toc(document: Document, styles: Styles) -> list[Flowable]:
    toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    toc.levelStyles = list(styles.toc)
    return [BoldParagraph(markup(document.toc_title), styles.title), toc]


def render_document(document: Document, out: pathlib.Path | BinaryIO, *,
                    progress: Callable[[int, int, str], None] | None = None,
                    cancel: CancelToken | None = None) -> int:
    """Write ``document`` as a PDF to ``out`` (a path or a writable binary stream); return the page count.

    ``progress(done, total, "")`` is called once per section (and once more when the pages are set);
    ``cancel.raise_if_cancelled()`` is checked between sections and during the layout (raises Cancelled)."""

    def check() -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, "")

    check()
    buffer = io.BytesIO()
    if document.poster is not None:
        pages = render_poster(document, document.poster, buffer)
        report(1, 1)
    else:
        pages = _render_sections(document, buffer, check, report)
    check()
    data = buffer.getvalue()
    if isinstance(out, pathlib.Path):
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(out)
    else:
        out.write(data)
    return pages


def _render_sections(document: Document, buffer: BinaryIO, check: Callable[[], None],
                     report: Callable[[int, int], None]) -> int:
    styles = make_styles(document.language, document.paper)
    counter = PageCount()
    doc = ReportTemplate(buffer, document, styles, page_size(document.paper, document.orientation), counter,
                         with_cover=document.cover is not None)
    frame = Frame(styles, doc.width, doc.height)
    story: list[Flowable] = [counter]
    at_top = True  # the story is at the top of a fresh page: a section's new page would be a blank one
    if document.cover is not None:
        doc.cover_painter = cover_painter(document.cover, styles)
        story += cover_flowables(document.cover, styles, doc.cover_band_size, doc.cover_body_size)
        story.append(PageBreak())
    else:
        story.append(NextPageTemplate("body"))
    if document.toc_title:
        story += [*_toc(document, styles), PageBreak()]
    total = len(document.sections) + 1
    for i, section in enumerate(document.sections):
        check()
        if section.new_page and not at_top:
            story.append(PageBreak())
        story.append(Checkpoint(check))
        blocks = build_blocks(section.blocks, frame)
        story += blocks
        at_top = at_top and not blocks
        report(i + 1, total)
    if len(story) <= 2:
        story.append(RLSpacer(1, 1))  # an empty document is still one page
    doc.multiBuild(story, maxPasses=MAX_PASSES)
    report(total, total)
    return counter.count
