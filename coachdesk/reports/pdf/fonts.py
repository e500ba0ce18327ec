"""The one font of every printed report: the bundled WenQuanYi Micro Hei (Latin + CJK), embedded as a subset, so
Chinese prints on machines without CJK fonts. The TTC has no bold face, so the same face is registered as the bold
one too (``<b>`` maps back to it) and the renderer draws bold by stroking the glyphs (see flowables.BoldParagraph).

Text the font cannot draw (emoji, rare symbols) is dropped before typesetting, so the PDF shows no tofu boxes and the
layout never depends on a fallback font; every text is also escaped for reportlab's paragraph mini-markup."""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from coachdesk.paths import cjk_font_path

PDF_FONT_NAME = "CoachdeskCJK"

_KEEP = frozenset("\n")  # control characters that survive cleaning (a newline becomes <br/>)


@cache
def register_pdf_font() -> str:
    """Register WenQuanYi Micro Hei (Latin + CJK glyphs, embedded as a subset) once; return its name."""
    pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(cjk_font_path()), subfontIndex=0))
    # no bold or italic face: <b>/<i> (the table of contents' own markup, say) map back to the one face
    pdfmetrics.registerFontFamily(
        PDF_FONT_NAME, normal=PDF_FONT_NAME, bold=PDF_FONT_NAME, italic=PDF_FONT_NAME, boldItalic=PDF_FONT_NAME
    )
    return PDF_FONT_NAME


@cache
def _glyphs() -> frozenset[int]:
    font = pdfmetrics.getFont(register_pdf_font())
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """``text`` without the characters the font has no glyph for (emoji, variation selectors, control codes);
    tabs read as spaces, Windows/Mac line ends as newlines."""
    glyphs = _glyphs()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch in _KEEP or (ord(ch) in glyphs and ch.isprintable()))


def markup(text: str) -> str:
    """Plain ``text`` as paragraph mini-markup: unprintable characters dropped, ``<&>`` escaped, newlines as breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of ``text`` cut with an ellipsis so it is at most ``width`` points wide (headers, chart labels)."""
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" if lo else ""
