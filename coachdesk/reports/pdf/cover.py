"""The cover page: a navy band across the top with the team's name (shrunk until it fits) and the subtitle, a stripe
in the stage's colour; below it the stage badge, the label/value lines and the principal contradiction in a
highlighted box. No running header; the footer text only."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, FrameBreak, KeepInFrame, NextPageTemplate
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from coachdesk.reports.document import Cover
from coachdesk.reports.pdf.flowables import height_of, para
from coachdesk.reports.pdf.fonts import fit, printable
from coachdesk.reports.pdf.page import cover_band_share
from coachdesk.reports.pdf.styles import HAIRLINE, INK, NAVY, WHITE, Styles, stage_colour

BAND_TINT = HexColor("#27496f")  # the band's decoration, a shade lighter than navy
BAND_TEXT = HexColor("#c7d2e0")
STATEMENT_TINT = HexColor("#fef2f2")
STATEMENT_BAR = HexColor("#dc2626")
STATEMENT_LABEL = HexColor("#991b1b")


class StageBadge(Flowable):
    """A rounded pill in the stage's colour with its name in white."""

    def __init__(self, text: str, stage: str, styles: Styles) -> None:
        super().__init__()
        self.text = printable(text)
        self.colour = stage_colour(stage)
        self.styles = styles
        self.size = 12 * styles.scale
        self.pad = 10 * styles.scale
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.text = fit(self.text, self.styles.font, self.size, availWidth - 2 * self.pad)
        self.width = stringWidth(self.text, self.styles.font, self.size) + 2 * self.pad
        self.height = self.size * 2.2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.colour)
        c.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setStrokeColor(WHITE)
        c.setLineWidth(self.size * 0.03)
        text = c.beginText(self.pad, (self.height - self.size * 0.72) / 2)
        text.setFont(self.styles.font, self.size)
        text.setTextRenderMode(2)  # fake bold
        text.textOut(self.text)
        c.drawText(text)


def cover_painter(cover: Cover, styles: Styles) -> Callable[[Canvas, float, float], None]:
    """The band behind the cover's text (drawn by the page template before the frames)."""

    def paint(canv: Canvas, w: float, h: float) -> None:
        band = h * cover_band_share(w, h)
        canv.setFillColor(NAVY)
        canv.rect(0, h - band, w, band, stroke=0, fill=1)
        canv.setFillColor(BAND_TINT)  # two quiet circles, the band's only ornament
        canv.circle(w * 0.92, h - band * 0.18, band * 0.55, stroke=0, fill=1)
        canv.setFillColor(NAVY)
        canv.circle(w * 0.92, h - band * 0.18, band * 0.38, stroke=0, fill=1)
        canv.setFillColor(stage_colour(cover.stage) if cover.stage else HexColor("#2563eb"))
        canv.rect(0, h - band - 5 * styles.scale, w, 5 * styles.scale, stroke=0, fill=1)

    return paint


def _band(cover: Cover, styles: Styles, width: float, height: float) -> list[Flowable]:
    """The title and subtitle, bottom-aligned in the band; the title shrinks until both fit."""
    size = 34 * styles.scale
    while True:
        title = ParagraphStyle("cover-title", parent=styles.title, fontSize=size, leading=size * 1.2,
                               textColor=WHITE, spaceAfter=size * 0.35)
        parts: list[Flowable] = [para(cover.title, title, bold=True)]
        if cover.subtitle:
            parts.append(para(cover.subtitle, ParagraphStyle("cover-sub", parent=styles.subtitle,
                                                             textColor=BAND_TEXT, spaceAfter=0)))
        used = height_of(parts, width, height)
        if used <= height or size <= 12:
            break
        size *= 0.88
    return [RLSpacer(1, max(0.0, height - used - 1)), *parts]


def _lines(cover: Cover, styles: Styles, width: float) -> list[Flowable]:
    if not cover.lines:
        return []
    label = ParagraphStyle("cover-label", parent=styles.muted, fontSize=9.2 * styles.scale, spaceAfter=0)
    value = ParagraphStyle("cover-value", parent=styles.body, fontSize=11 * styles.scale,
                           leading=15 * styles.scale, textColor=INK, spaceAfter=0)
    rows = [[para(k, label), para(v, value)] for k, v in cover.lines]
    table = RLTable(rows, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT", style=[
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, HAIRLINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6 * styles.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * styles.scale),
    ])
    return [table, RLSpacer(1, 9 * mm)]


def _statement(cover: Cover, styles: Styles, width: float) -> list[Flowable]:
    if not cover.statement:
        return []
    label = ParagraphStyle("statement-label", parent=styles.caption, textColor=STATEMENT_LABEL,
                           fontSize=9.6 * styles.scale, spaceBefore=0, spaceAfter=3 * styles.scale)
    text = ParagraphStyle("statement", parent=styles.lead, fontSize=13 * styles.scale, leading=19 * styles.scale,
                          spaceAfter=0)
    content: list[Flowable] = [para(cover.statement_label, label, bold=True)] if cover.statement_label else []
    content.append(para(cover.statement, text))
    return [RLTable([[content]], colWidths=[width], hAlign="LEFT", style=[
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("BACKGROUND", (0, 0), (-1, -1), STATEMENT_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 4 * styles.scale, STATEMENT_BAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 14 * styles.scale),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12 * styles.scale),
        ("TOPPADDING", (0, 0), (-1, -1), 11 * styles.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 13 * styles.scale),
    ])]


def cover_flowables(cover: Cover, styles: Styles, band_size: tuple[float, float],
                    body_size: tuple[float, float]) -> list[Flowable]:
    """The cover's story: band text, a frame break, badge, lines and statement (side by side on a wide page, and
    shrunk if they would not fit: the cover is always one page); the next pages use 'body'."""
    width, height = body_size
    wide = width > 1.6 * height
    badge: list[Flowable] = [StageBadge(cover.badge, cover.stage, styles), RLSpacer(1, 8 * mm)] if cover.badge else []
    if wide:
        left_w, gap = width * 0.55, width * 0.05
        right_w = width - left_w - gap
        left = [*badge, *_lines(cover, styles, left_w)]
        right = _statement(cover, styles, right_w)
        body: list[Flowable] = [RLTable([[left, "", right]], colWidths=[left_w, gap, right_w], hAlign="LEFT", style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), styles.font),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ])]
    else:
        body = [*badge, *_lines(cover, styles, width), *_statement(cover, styles, width)]
    return [NextPageTemplate("body"), *_band(cover, styles, *band_size), FrameBreak(),
            KeepInFrame(width, height, body, mode="shrink")]
