"""Each block of a Document as reportlab flowables, plus how much of it must follow a heading on the same page
(``lead``): a heading is preceded by a conditional page break of its own height plus the next block's lead, so no
heading is left alone at the foot of a page."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, ListFlowable, ListItem
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from coachdesk.reports import document as d
from coachdesk.reports.pdf.charts import chart_flowables
from coachdesk.reports.pdf.flowables import Frame, HeadingParagraph, fitted, height_of, para
from coachdesk.reports.pdf.stagebar import StageBarFlowable
from coachdesk.reports.pdf.styles import ACCENT, INK, PANEL, TONE_TINTS, tone_colour
from coachdesk.reports.pdf.tables import table_flowables


@dataclass(frozen=True)
class Built:
    flowables: list[Flowable]
    lead: float  # the height that should stay with a heading above it


_counter = itertools.count(1)


def heading(block: d.Heading, frame: Frame) -> Built:
    s = frame.styles
    style = {1: s.h1, 2: s.h2}.get(block.level, s.h3)
    h = HeadingParagraph(block.text, style, level=block.level, toc=block.toc, key=f"h{next(_counter)}")
    flowables: list[Flowable] = [h]
    if block.level == 1:
        flowables.append(HRFlowable(width="100%", thickness=1.1 * s.scale, color=ACCENT, spaceBefore=1,
                                    spaceAfter=7 * s.scale))
    return Built(flowables, height_of(flowables, frame.width, frame.height))


def paragraph(block: d.Paragraph, frame: Frame) -> Built:
    style = frame.styles.tone(block.tone)
    p = para(block.text, style, bold=block.tone == d.Tone.STRONG)
    h = height_of([p], frame.width, frame.height)
    return Built([p], min(h, 3 * style.leading + style.spaceAfter))


def bullets(block: d.Bullets, frame: Frame) -> Built:
    s = frame.styles
    style = s.bullet if block.tone == d.Tone.NORMAL else s.para(
        f"bullet-{block.tone}", parent=s.bullet, textColor=tone_colour(block.tone))
    if not block.items:
        return Built([], 0)
    items = [ListItem(para(text, style), value="•") for text in block.items]
    lst = ListFlowable(items, bulletType="bullet", start="•", bulletFontName=s.font, bulletFontSize=style.fontSize,
                       bulletColor=ACCENT, leftIndent=12 * s.scale, bulletOffsetY=0)
    return Built([lst, RLSpacer(1, 3 * s.scale)], 2.5 * style.leading)


def key_figures(block: d.KeyFigures, frame: Frame) -> Built:
    """Boxed figures in rows of up to four (six on a wide page), each with a bar in its tone's colour."""
    s = frame.styles
    n = len(block.figures)
    if not n:
        return Built([], 0)
    per_row = max(2, min(6, int(frame.width // (42 * mm))))
    rows = math.ceil(n / per_row)
    cols = math.ceil(n / rows)
    gap = 4 * mm
    box_w = (frame.width - gap * (cols - 1)) / cols
    widths: list[float] = []
    for i in range(cols):
        widths += [box_w] if i == 0 else [gap, box_w]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8 * s.scale),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6 * s.scale),
        ("TOPPADDING", (0, 0), (-1, -1), 6 * s.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7 * s.scale),
    ]
    data: list[list[object]] = []  # box rows, with a narrow empty row (and column) as the gap between boxes
    heights: list[float | None] = []
    for r in range(rows):
        if r:
            data.append([""] * len(widths))
            heights.append(gap)
        line = len(data)
        cells: list[object] = []
        for c in range(cols):
            if c:
                cells.append("")
            i = r * cols + c
            if i >= n:
                cells.append("")
                continue
            fig = block.figures[i]
            value_colour = tone_colour(fig.tone) if fig.tone in (d.Tone.GOOD, d.Tone.WARNING) else INK
            content: list[Flowable] = [
                para(fig.label, s.figure_label),
                para(fig.value, fitted(s.para(f"fv-{fig.tone}", parent=s.figure_value, textColor=value_colour),
                                       fig.value.split(), box_w - 14 * s.scale), bold=True),
            ]
            if fig.note:
                content.append(para(fig.note, s.figure_note))
            cells.append(content)
            bar = ACCENT if fig.tone in (d.Tone.NORMAL, d.Tone.LEAD, d.Tone.STRONG) else tone_colour(fig.tone)
            commands += [
                ("BACKGROUND", (2 * c, line), (2 * c, line), TONE_TINTS.get(fig.tone, PANEL)),
                ("LINEBEFORE", (2 * c, line), (2 * c, line), 2.6 * s.scale, bar),
            ]
        data.append(cells)
        heights.append(None)
    table = RLTable(data, colWidths=widths, rowHeights=heights, style=commands, hAlign="LEFT")
    flowables: list[Flowable] = [table, RLSpacer(1, 6 * s.scale)]
    first_row = height_of([RLTable(data[:1], colWidths=widths, style=commands)], frame.width, frame.height)
    return Built(flowables, first_row)


def stage_bar(block: d.StageBar, frame: Frame) -> Built:
    s = frame.styles
    parts: list[Flowable] = []
    if block.title:
        parts.append(para(block.title, s.caption, bold=True))
    parts.append(StageBarFlowable(block.segments, s))
    together = KeepTogether(parts)
    return Built([together, RLSpacer(1, 4 * s.scale)], height_of(parts, frame.width, frame.height))


def build_block(block: d.Block, frame: Frame) -> Built:
    """The flowables of one block."""
    if isinstance(block, d.Heading):
        return heading(block, frame)
    if isinstance(block, d.Paragraph):
        return paragraph(block, frame)
    if isinstance(block, d.Bullets):
        return bullets(block, frame)
    if isinstance(block, d.KeyFigures):
        return key_figures(block, frame)
    if isinstance(block, d.Table):
        flowables, lead = table_flowables(block, frame)
        return Built(flowables, lead)
    if isinstance(block, d.Chart):
        flowables, lead = chart_flowables(block, frame)
        return Built(flowables, lead)
    if isinstance(block, d.StageBar):
        return stage_bar(block, frame)
    if isinstance(block, d.Spacer):
        return Built([RLSpacer(1, max(0.0, block.height_mm) * mm)], 0)
    if isinstance(block, d.PageBreak):
        return Built([RLPageBreak()], 0)
    raise TypeError(f"not a report block: {block!r}")


def build_blocks(blocks: tuple[d.Block, ...], frame: Frame) -> list[Flowable]:
    """The blocks' flowables, each heading kept with what follows it (up to 45 % of a page)."""
    built = [build_block(b, frame) for b in blocks]
    out: list[Flowable] = []
    for i, (block, b) in enumerate(zip(blocks, built, strict=True)):
        if isinstance(block, d.Heading):
            follow = 0.0
            for later, lb in zip(blocks[i + 1:], built[i + 1:], strict=True):
                follow += lb.lead
                if not isinstance(later, d.Heading):
                    break
            out.append(CondPageBreak(min(b.lead + follow, 0.45 * frame.height)))
        out.extend(b.flowables)
    return out
