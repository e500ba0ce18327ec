"""Register the bundled CJK font with reportlab so Chinese prints on machines without CJK fonts."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coachdesk.paths import cjk_font_path

PDF_FONT_NAME = "CoachdeskCJK"


@cache
def register_pdf_font() -> str:
    """Register WenQuanYi Micro Hei (Latin + CJK glyphs, embedded as a subset) once; return its name."""
    pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(cjk_font_path()), subfontIndex=0))
    return PDF_FONT_NAME
