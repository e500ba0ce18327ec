"""A Table block as a reportlab table: a navy header row repeated on every page, zebra rows, a row's tone as its
colour (WARNING red on light red, STRONG stroked bold on a tint with a rule above), column widths from the columns'
shares, a hand-tick box drawn as a vector square. Every cell is a paragraph, so long text wraps; rows may split
inside (``splitInRow``), so a 2,000-character note never makes a row taller than a page."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether
from reportlab.platypus import Table as RLTable

from coachdesk.reports import document as d
from coachdesk.reports.pdf.flowables import Frame, fitted, height_of, para
from coachdesk.reports.pdf.styles import BODY, NAVY, RULE, TONE_TINTS, WHITE, ZEBRA, Styles

SMALL_TABLE_SHARE = 0.4  # a table up to this share of a page is kept whole on one page
LEAD_ROWS = 3  # a larger one starts where its caption, head and this many rows fit
CELL_PAD = 5.0  # points left and right in a cell (times the page's scale)


class CheckBox(Flowable):
    """An empty square to tick by hand, with the cell's text (if any) beside it."""

    def __init__(self, text: str, style: ParagraphStyle, align: str) -> None:
        super().__init__()
        self.size = style.fontSize * 1.15
        self.gap = style.fontSize * 0.6
        self.align = align
        self.text = para(text, style) if text else None
        self._text_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        if self.text is None:
            self.height = self.size + 2
            return availWidth, self.height
        _, self._text_h = self.text.wrap(max(1.0, availWidth - self.size - self.gap), availHeight)
        self.height = max(self.size + 2, self._text_h)
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        if self.text is None and self.align == "center":
            x = (self.width - self.size) / 2
        elif self.text is None and self.align == "right":
            x = self.width - self.size
        c.saveState()
        c.setStrokeColor(BODY)
        c.setFillColor(WHITE)
        c.setLineWidth(0.8)
        c.roundRect(x, self.height - self.size - 1, self.size, self.size, 1.2, stroke=1, fill=1)
        c.restoreState()
        if self.text is not None:
            self.text.drawOn(c, self.size + self.gap, self.height - self._text_h)


def _widths(columns: tuple[d.Column, ...], total: float) -> list[float]:
    shares = [max(0.05, c.width) for c in columns]
    s = sum(shares)
    return [total * share / s for share in shares]


def _cell(text: str, column: d.Column, tone: d.Tone, styles: Styles) -> Flowable:
    style = styles.cell_style(column.align, tone)
    if column.checkbox:
        return CheckBox(text, style, column.align)
    return para(text, style, bold=tone == d.Tone.STRONG)


def _head(column: d.Column, width: float, styles: Styles) -> Flowable:
    """A header cell; a word wider than its column (English "Conversion" over a narrow figure column) is set
    smaller rather than broken inside the word."""
    style = styles.cell_style(column.align, d.Tone.NORMAL).clone(
        "cell-head", fontSize=styles.cell_head.fontSize, leading=styles.cell_head.leading, textColor=WHITE)
    return para(column.title, fitted(style, column.title.split(), width - 2 * CELL_PAD * styles.scale), bold=True)


def build_table(block: d.Table, width: float, styles: Styles) -> RLTable:
    cols = block.columns
    tones = list(block.tones) + [d.Tone.NORMAL] * max(0, len(block.rows) - len(block.tones))
    widths = _widths(cols, width)
    data: list[list[Flowable]] = [[_head(c, w, styles) for c, w in zip(cols, widths, strict=True)]]
    for row in block.rows:
        cells = list(row[: len(cols)]) + [""] * max(0, len(cols) - len(row))
        data.append([_cell(str(text), c, tones[len(data) - 1], styles) for text, c in zip(cells, cols, strict=True)])
    pad = CELL_PAD * styles.scale
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 3.6 * styles.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.4 * styles.scale),
        ("TOPPADDING", (0, 0), (-1, 0), 5 * styles.scale),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5.5 * styles.scale),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
    ]
    for i in range(1, len(data)):
        tone = tones[i - 1]
        tint = TONE_TINTS.get(tone) if tone in (d.Tone.WARNING, d.Tone.STRONG) else None
        if tint is not None:
            commands.append(("BACKGROUND", (0, i), (-1, i), tint))
        elif i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.35, RULE))
        if tone == d.Tone.STRONG:
            commands.append(("LINEABOVE", (0, i), (-1, i), 1.0, NAVY))
    return RLTable(data, colWidths=widths, repeatRows=1, splitInRow=1, style=commands, hAlign="LEFT")


def table_flowables(block: d.Table, frame: Frame) -> tuple[list[Flowable], float]:
    """The caption, the table (or its ``empty`` text) and the note; and the lead height a heading keeps with it."""
    s = frame.styles
    head: list[Flowable] = [para(block.caption, s.caption, bold=True)] if block.caption else []
    tail: list[Flowable] = [para(block.note, s.note)] if block.note else []
    if not block.rows or not block.columns:
        body: list[Flowable] = [para(block.empty, s.muted)] if block.empty else []
        parts = head + body + tail
        return ([KeepTogether(parts)] if parts else []), height_of(parts, frame.width, frame.height)
    table = build_table(block, frame.width, s)
    head_h = height_of(head, frame.width, frame.height)
    _, table_h = table.wrap(frame.width, frame.height)
    if head_h + table_h <= SMALL_TABLE_SHARE * frame.height:
        parts = [*head, table, *tail]
        return [KeepTogether(parts)], height_of(parts, frame.width, frame.height)
    lead = head_h + sum(table._rowHeights[: LEAD_ROWS + 1])
    return [CondPageBreak(lead), *head, table, *tail], lead
