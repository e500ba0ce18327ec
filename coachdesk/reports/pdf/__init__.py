"""The PDF renderer of printed reports (reportlab, no Qt): ``render_document(document, out)`` typesets a
reports.document.Document — cover, table of contents, sections of blocks, or a one-page poster."""

from coachdesk.reports.pdf.render import render_document

__all__ = ["render_document"]
