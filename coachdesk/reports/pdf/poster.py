"""The wall poster: one page, drawn straight on the canvas so it can never spill onto a second one. A title band,
then one card per group in a grid of up to four columns (name, rank badge, score, slogan, goal, lines, leader).
All type sizes shrink together until the fullest card fits; what still does not fit is clipped at the card's edge."""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as RLParagraph

from coachdesk.reports.document import Document, Poster, PosterGroup
from coachdesk.reports.pdf.flowables import BoldParagraph
from coachdesk.reports.pdf.fonts import fit, markup, printable
from coachdesk.reports.pdf.styles import (
    BODY,
    HAIRLINE,
    INK,
    MUTED,
    NAVY,
    RULE,
    SERIES_COLOURS,
    WHITE,
    Styles,
    make_styles,
    page_size,
)

RANK_COLOURS = {1: HexColor("#d4a017"), 2: HexColor("#94a3b8"), 3: HexColor("#b45309")}
MIN_SCALE = 0.3  # type scale bounds (× the A4-landscape sizes)
MAX_SCALE = 1.7


def grid(n: int) -> tuple[int, int]:
    """(columns, rows) for ``n`` cards: one row up to four, then three or four columns."""
    if n <= 4:
        cols = max(1, n)
    elif n in (5, 6, 9):
        cols = 3
    else:
        cols = 4
    return cols, math.ceil(n / cols) if n else 0


class Card:
    """One group's card laid out at a type scale ``f``."""

    def __init__(self, group: PosterGroup, index: int, styles: Styles, f: float, width: float) -> None:
        self.group = group
        self.colour: Color = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        self.f = f
        self.pad = 12 * f
        self.badge = 17 * f if group.rank is not None else 0.0
        inner = width - 2 * self.pad

        def style(name: str, size: float, colour: Color, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=styles.font, fontSize=size * f, leading=size * f * 1.3,
                                  textColor=colour, wordWrap="CJK" if styles.cjk else None, splitLongWords=1, **kw)

        self.items: list[tuple[RLParagraph, float, float]] = []  # (paragraph, x offset, space after)

        def add(text: str, st: ParagraphStyle, after: float, *, bold: bool = False, indent: float = 0.0) -> None:
            if text:
                p = (BoldParagraph if bold else RLParagraph)(markup(text), st)
                p.wrap(inner - indent, 1e6)
                self.items.append((p, indent, after))

        head_w = inner - (2 * self.badge + 8 * f if self.badge else 0)
        name_style = style("name", 21, INK)
        # a word cut in two ("Dolphin/s") reads badly on a wall: such a card counts as too full
        self.cuts_words = any(stringWidth(word, styles.font, name_style.fontSize) > head_w
                              for word in printable(group.name).split()) or (
            stringWidth(printable(group.score), styles.font, 30 * f) > inner)
        name = BoldParagraph(markup(group.name), name_style)
        name.wrap(head_w, 1e6)
        self.items.append((name, 0.0, 4 * f))
        add(group.slogan, style("slogan", 11, MUTED), 8 * f)
        add(group.score, style("score", 30, self.colour), 6 * f, bold=True)
        add(group.goal, style("goal", 11, BODY), 8 * f)
        for line in group.lines:
            add(line, style("line", 9.5, BODY), 2.5 * f)
        add(group.leader, style("leader", 9.5, MUTED), 0, indent=0)
        head = max(name.height + 4 * f, 2 * self.badge + 4 * f)
        rest = sum(p.height + after for p, _, after in self.items[1:])
        self.height = 2 * self.pad + 6 * f + head + rest + (6 * f if group.leader else 0)

    def draw(self, c: Canvas, x: float, y: float, w: float, h: float, font: str) -> None:
        """Draw the card with its top-left corner at (x, y + h)."""
        c.saveState()
        c.setFillColor(WHITE)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, 6 * self.f, stroke=1, fill=1)
        clip = c.beginPath()
        clip.roundRect(x, y, w, h, 6 * self.f)
        c.clipPath(clip, stroke=0, fill=0)
        c.setFillColor(self.colour)
        c.rect(x, y + h - 6 * self.f, w, 6 * self.f, stroke=0, fill=1)
        top = y + h - 6 * self.f - self.pad
        if self.group.rank is not None:
            r = self.badge
            cx, cy = x + w - self.pad - r, top - r
            c.setFillColor(RANK_COLOURS.get(self.group.rank, NAVY))
            c.circle(cx, cy, r, stroke=0, fill=1)
            c.setFillColor(WHITE)
            size = r * (1.05 if self.group.rank < 10 else 0.8)
            c.setFont(font, size)
            c.drawCentredString(cx, cy - size * 0.36, str(self.group.rank))
        cursor = top
        for i, (p, indent, after) in enumerate(self.items):
            if i == 1 and self.badge:  # what follows the name starts below the rank badge
                cursor = min(cursor, top - 2 * self.badge - 4 * self.f)
            if i == len(self.items) - 1 and i and self.group.leader:  # a rule above the leader
                c.setStrokeColor(HAIRLINE)
                c.setLineWidth(0.6)
                c.line(x + self.pad, cursor - 2 * self.f, x + w - self.pad, cursor - 2 * self.f)
                cursor -= 6 * self.f
            p.drawOn(c, x + self.pad + indent, cursor - p.height)
            cursor -= p.height + after
        c.restoreState()


def render_poster(document: Document, poster: Poster, out: Any) -> int:
    """Draw ``poster`` on one page of ``out`` (a path or a binary stream); return 1."""
    styles: Styles = make_styles(document.language, document.paper)
    w, h = page_size(document.paper, document.orientation)
    k = w / 842.0  # A4 landscape = 1
    c = Canvas(out, pagesize=(w, h), pageCompression=1, lang=document.language, initialFontName=styles.font)
    c.setTitle(printable(document.title or poster.title))
    c.setAuthor(printable(document.author))
    c.setSubject(printable(document.subject))
    c.setKeywords([printable(kw) for kw in document.keywords])
    c.setCreator("coachdesk")
    margin = 14 * mm * k

    band = 24 * mm * k + (8 * mm * k if poster.subtitle else 0)
    c.setFillColor(NAVY)
    c.rect(0, h - band, w, band, stroke=0, fill=1)
    title_style = ParagraphStyle("poster-title", fontName=styles.font, fontSize=30 * k, leading=34 * k,
                                 textColor=WHITE, wordWrap="CJK" if styles.cjk else None)
    sub_style = ParagraphStyle("poster-sub", parent=title_style, fontSize=13 * k, leading=16 * k,
                               textColor=HexColor("#c7d2e0"))
    title = BoldParagraph(markup(poster.title), title_style)
    _, th = title.wrap(w - 2 * margin, band)
    sub = RLParagraph(markup(poster.subtitle), sub_style) if poster.subtitle else None
    sh = sub.wrap(w - 2 * margin, band)[1] if sub else 0
    y = h - (band - th - sh - (4 * k if sub else 0)) / 2
    title.drawOn(c, margin, y - th)
    if sub:
        sub.drawOn(c, margin, y - th - 4 * k - sh)

    footer = printable(poster.footer or document.footer)
    foot_h = margin * 0.6 + 9 * k + 5 * mm * k if footer else margin
    if footer:
        c.setFont(styles.font, 9 * k)
        c.setFillColor(MUTED)
        c.drawString(margin, margin * 0.6, fit(footer, styles.font, 9 * k, w - 2 * margin))

    area_top, area_bottom = h - band - 8 * mm * k, foot_h
    groups = poster.groups
    if not groups:
        empty = ParagraphStyle("poster-empty", parent=title_style, textColor=MUTED, alignment=TA_CENTER,
                               fontSize=20 * k, leading=26 * k)
        p = RLParagraph(markup(poster.empty), empty)
        _, ph = p.wrap(w - 4 * margin, area_top - area_bottom)
        p.drawOn(c, 2 * margin, (area_top + area_bottom) / 2 - ph / 2)
    else:
        cols, rows = grid(len(groups))
        gap = 6 * mm * k
        card_w = (w - 2 * margin - gap * (max(cols, 2) - 1)) / max(cols, 2)  # a lone card is half the page wide
        card_h = (area_top - area_bottom - gap * (rows - 1)) / rows
        f = MAX_SCALE * k  # large type for a few groups, shrinking until the fullest card fits
        while True:
            cards = [Card(g, i, styles, f, card_w) for i, g in enumerate(groups)]
            tallest = max(card.height for card in cards)
            if (tallest <= card_h and not any(card.cuts_words for card in cards)) or f <= MIN_SCALE * k:
                break
            f *= 0.93
        spare = card_h - min(card_h, tallest + 12 * f)
        card_h -= spare
        area_top -= spare * rows / 2  # the grid sits in the middle of the space left
        row_w = cols * card_w + (cols - 1) * gap
        x0 = (w - row_w) / 2
        for i, card in enumerate(cards):
            r, col = divmod(i, cols)
            in_row = min(cols, len(cards) - r * cols)  # centre a short last row
            xr = (w - (in_row * card_w + (in_row - 1) * gap)) / 2 if in_row < cols else x0
            x = xr + col * (card_w + gap)
            y = area_top - (r + 1) * card_h - r * gap
            card.draw(c, x, y, card_w, card_h, styles.font)
    c.showPage()
    c.save()
    return 1
