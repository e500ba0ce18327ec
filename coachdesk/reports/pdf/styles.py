"""The reports' typographic palette in one place: colours (ink, accent, per tone, per stage), paragraph styles and
sizes per paper. The flowable builders only ask for a style by role, so a new look is a change here.

Sizes scale with the paper (A3 prints larger, for a wall); Chinese text wraps per character (``wordWrap='CJK'``),
English on spaces with long words split."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, LETTER, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from coachdesk.reports.document import Orientation, Paper, Tone
from coachdesk.reports.pdf.fonts import register_pdf_font

HexColor = colors.HexColor

INK = HexColor("#111827")
BODY = HexColor("#1f2937")
MUTED = HexColor("#6b7280")
FAINT = HexColor("#9ca3af")
RULE = HexColor("#d1d5db")
HAIRLINE = HexColor("#e5e7eb")
PANEL = HexColor("#f3f4f6")
ZEBRA = HexColor("#f8fafc")
NAVY = HexColor("#1e3a5f")  # titles, table heads, the cover band
ACCENT = HexColor("#2563eb")  # rules, links, the first series
WHITE = colors.white

TONE_COLOURS: dict[Tone, colors.Color] = {
    Tone.NORMAL: BODY,
    Tone.LEAD: INK,
    Tone.MUTED: MUTED,
    Tone.GOOD: HexColor("#15803d"),
    Tone.WARNING: HexColor("#b91c1c"),
    Tone.STRONG: INK,
}
TONE_TINTS: dict[Tone, colors.Color] = {  # a row's or a figure box's background
    Tone.GOOD: HexColor("#f0fdf4"),
    Tone.WARNING: HexColor("#fef2f2"),
    Tone.STRONG: HexColor("#eef2f7"),
}

# the GUI's stage colours (gui/lifecycle/stage_colors.py), so the printout matches the screen
STAGE_COLOURS: dict[str, colors.Color] = {
    "forming": HexColor("#0284c7"),
    "storming": HexColor("#ea580c"),
    "norming": HexColor("#16a34a"),
    "performing": HexColor("#7c3aed"),
}
STAGE_TINTS: dict[str, colors.Color] = {
    "forming": HexColor("#e0f2fe"),
    "storming": HexColor("#ffedd5"),
    "norming": HexColor("#dcfce7"),
    "performing": HexColor("#ede9fe"),
}
NEUTRAL = HexColor("#6b7280")
NEUTRAL_TINT = HexColor("#f3f4f6")

# chart series, in order: distinct in print and in grey-scale
SERIES_COLOURS: tuple[colors.Color, ...] = tuple(
    HexColor(c) for c in ("#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9", "#84cc16", "#ec4899")
)

MARGIN = 18 * mm

_PAGES = {Paper.A4: A4, Paper.LETTER: LETTER, Paper.A3: A3}


def stage_colour(stage: str) -> colors.Color:
    return STAGE_COLOURS.get(stage, NEUTRAL)


def stage_tint(stage: str) -> colors.Color:
    return STAGE_TINTS.get(stage, NEUTRAL_TINT)


def tone_colour(tone: Tone) -> colors.Color:
    return TONE_COLOURS.get(tone, BODY)


def page_size(paper: Paper, orientation: Orientation) -> tuple[float, float]:
    size = _PAGES.get(paper, A4)
    return landscape(size) if orientation == Orientation.LANDSCAPE else portrait(size)


def hex_of(colour: colors.Color) -> str:
    """'#rrggbb' of a colour, for ``<font color=…>`` in paragraph markup."""
    return "#" + colour.hexval()[2:]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document (one language, one paper)."""

    scale: float  # 1 on A4/Letter, larger on A3
    cjk: bool
    font: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    muted: ParagraphStyle
    bullet: ParagraphStyle
    caption: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    figure_label: ParagraphStyle
    figure_value: ParagraphStyle
    figure_note: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]

    def size(self, points: float) -> float:
        return points * self.scale

    def para(self, name: str, parent: ParagraphStyle | None = None, **overrides: object) -> ParagraphStyle:
        """A one-off variant of ``parent`` (the body style by default): a figure in a tone, a bullet's colour …"""
        return ParagraphStyle(name, parent=parent or self.body, **overrides)

    def tone(self, tone: Tone) -> ParagraphStyle:
        """The body paragraph style of a tone."""
        if tone == Tone.LEAD:
            return self.lead
        if tone == Tone.MUTED:
            return self.muted
        if tone == Tone.NORMAL:
            return self.body
        return ParagraphStyle(f"body-{tone}", parent=self.body, textColor=tone_colour(tone))

    def cell_style(self, align: str, tone: Tone) -> ParagraphStyle:
        alignment = {"right": TA_RIGHT, "center": TA_CENTER}.get(align, TA_LEFT)
        colour = tone_colour(tone) if tone in (Tone.WARNING, Tone.GOOD, Tone.MUTED, Tone.STRONG) else BODY
        return ParagraphStyle(f"cell-{align}-{tone}", parent=self.cell, alignment=alignment, textColor=colour)


def make_styles(language: str, paper: Paper = Paper.A4) -> Styles:
    """The styles of a document in ``language`` ("zh" wraps per character) on ``paper``."""
    font = register_pdf_font()
    scale = 1.2 if paper == Paper.A3 else 1.0
    cjk = language == "zh"
    wrap = "CJK" if cjk else None
    leading = 1.55 if cjk else 1.4  # Chinese reads better with more air between lines

    def style(name: str, size: float, colour: colors.Color = BODY, **kw: object) -> ParagraphStyle:
        s = size * scale
        return ParagraphStyle(
            name, fontName=font, fontSize=s, leading=kw.pop("leading", s * leading), textColor=colour,
            wordWrap=wrap, splitLongWords=1, allowWidows=0, allowOrphans=0, **kw,
        )

    body = style("body", 9.6, spaceAfter=5 * scale)
    return Styles(
        scale=scale,
        cjk=cjk,
        font=font,
        title=style("title", 26, NAVY, leading=32 * scale, spaceAfter=6 * scale),
        subtitle=style("subtitle", 12.5, MUTED, spaceAfter=10 * scale),
        h1=style("h1", 17, NAVY, leading=22 * scale, spaceBefore=4 * scale, spaceAfter=2 * scale),
        h2=style("h2", 12.5, NAVY, leading=17 * scale, spaceBefore=10 * scale, spaceAfter=4 * scale),
        h3=style("h3", 10.5, INK, leading=14.5 * scale, spaceBefore=7 * scale, spaceAfter=3 * scale),
        body=body,
        lead=style("lead", 11.5, INK, spaceAfter=8 * scale),
        muted=style("muted", 8.8, MUTED, spaceAfter=5 * scale),
        bullet=style("bullet", 9.6, spaceAfter=2.5 * scale),  # the list flowable indents the items
        caption=style("caption", 9.4, INK, spaceBefore=4 * scale, spaceAfter=4 * scale),
        note=style("note", 8.2, MUTED, spaceBefore=3 * scale, spaceAfter=6 * scale),
        cell=style("cell", 8.8, BODY, leading=8.8 * scale * (1.45 if cjk else 1.3)),
        cell_head=style("cell-head", 8.4, WHITE, leading=8.4 * scale * 1.35),
        figure_label=style("figure-label", 8.2, MUTED, leading=10.5 * scale),
        figure_value=style("figure-value", 19, INK, leading=23 * scale),
        figure_note=style("figure-note", 7.8, MUTED, leading=10 * scale),
        toc=(
            style("toc1", 11, INK, leftIndent=0, firstLineIndent=0, spaceBefore=5 * scale),
            style("toc2", 9.6, BODY, leftIndent=14 * scale, firstLineIndent=0),
        ),
    )
