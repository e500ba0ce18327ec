"""Small flowables shared by the block builders: a paragraph from plain text, a fake-bold paragraph (the bundled font
has no bold face), a heading that feeds the table of contents and the PDF outline, and a zero-size checkpoint that
lets a long layout be cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from coachdesk.reports.pdf.fonts import markup, printable
from coachdesk.reports.pdf.styles import Styles

BOLD_STROKE = 0.035  # stroke width per point of font size: reads as a semibold weight
HEADING_MAX_CHARS = 240  # a heading never splits, so it must fit a frame: longer ones end with an ellipsis


class BoldParagraph(RLParagraph):
    """A paragraph drawn with filled and stroked glyphs (text render mode 2): a bold look from a regular face."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * BOLD_STROKE)
        canv._code.append("2 Tr")  # the paragraph's text objects inherit the render mode from the graphics state
        try:
            super().draw()
        finally:
            canv.restoreState()


class HeadingParagraph(BoldParagraph):
    """A heading: ``toc_level`` ≥ 0 puts it into the table of contents; every heading gets an outline entry."""

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, toc: bool, key: str) -> None:
        if len(text) > HEADING_MAX_CHARS:
            text = text[: HEADING_MAX_CHARS - 1].rstrip() + "…"
        super().__init__(markup(text), style)
        self.plain_text = text
        self.outline_level = max(0, level - 1)
        self.toc_level = 0 if (toc and level == 1) else -1
        self.key = key

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading never splits over two pages


def fitted(style: ParagraphStyle, words: list[str], room: float, smallest: float = 5.5) -> ParagraphStyle:
    """``style``, smaller when the longest of ``words`` would not fit in ``room`` points: a figure like
    "¥17,608,000" or a header like "Conversion" then stays on one line instead of breaking inside the word."""
    longest = max((stringWidth(printable(w), style.fontName, style.fontSize) for w in words if w), default=0.0)
    longest *= 1.04  # the stroke of the fake bold widens the glyphs a little
    if room <= 0 or longest <= room:
        return style
    size = max(smallest, style.fontSize * room / longest)
    return style.clone(f"{style.name}-fit", fontSize=size, leading=style.leading * size / style.fontSize)


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> RLParagraph:
    """A paragraph of plain ``text`` (escaped, unprintable characters dropped)."""
    return (BoldParagraph if bold else RLParagraph)(markup(text), style)


class Checkpoint(Flowable):
    """Zero-size: calls ``check`` when the layout reaches it (raises Cancelled when the user cancelled)."""

    def __init__(self, check: Callable[[], None]) -> None:
        super().__init__()
        self.check = check

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.check()
        return 0, 0

    def draw(self) -> None:
        pass


@dataclass(frozen=True)
class Frame:
    """What a block builder knows of the page: the styles and the text frame's size (points)."""

    styles: Styles
    width: float
    height: float


def height_of(flowables: list[Flowable], width: float, height: float) -> float:
    """The height the flowables take at ``width`` (with their paragraph spacing)."""
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, height)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total
