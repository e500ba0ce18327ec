"""A Chart block as vector graphics (reportlab.graphics): grouped or stacked bars, or lines over the categories, on
a light grid, with a percent axis for shares, a y-axis label, a wrapping legend under the plot, and the category
labels thinned out when they would collide. A None value is a gap: no bar, and a line breaks there."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus import Spacer as RLSpacer

from coachdesk.reports import document as d
from coachdesk.reports.pdf.flowables import Frame, height_of, para
from coachdesk.reports.pdf.fonts import fit, printable
from coachdesk.reports.pdf.styles import BODY, HAIRLINE, MUTED, RULE, SERIES_COLOURS, Styles


def _percent_label(value: float) -> str:
    return f"{value * 100:.0f}%"


def _number_label(value: float) -> str:
    if abs(value) >= 10_000:
        return f"{value:,.0f}"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def nice_scale(lo: float, hi: float, steps: int = 5) -> tuple[float, float, float]:
    """(min, max, step) of an axis that spans ``lo``..``hi`` in about ``steps`` round steps (1, 2, 2.5, 5 × 10ⁿ)."""
    lo, hi = min(0.0, lo), max(0.0, hi)
    if hi - lo <= 0:
        hi = lo + 1
    raw = (hi - lo) / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
    return math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step, step


def has_figures(chart: d.Chart) -> bool:
    return bool(chart.categories) and any(v is not None for s in chart.series for v in s.values)


def _legend(series: tuple[d.Series, ...], width: float, font: str, size: float) -> list[list[tuple[float, int, str]]]:
    """The legend's lines: (x, series index, name) each."""
    lines: list[list[tuple[float, int, str]]] = [[]]
    x = 0.0
    for i, s in enumerate(series):
        name = fit(printable(s.name), font, size, width * 0.8)
        w = size * 1.2 + 4 + stringWidth(name, font, size) + 14
        if lines[-1] and x + w > width:
            lines.append([])
            x = 0.0
        lines[-1].append((x, i, name))
        x += w
    return lines


def _rows(chart: d.Chart) -> tuple[list[list[float | None]], list[int]]:
    """The data rows and each row's series index; a line series breaks into one row per run of figures."""
    n = len(chart.categories)
    values = [[*list(s.values[:n]), *[None] * max(0, n - len(s.values))] for s in chart.series]
    if chart.kind == "stacked":
        return [[v if v is not None else 0.0 for v in row] for row in values], list(range(len(values)))
    if chart.kind != "line":
        return values, list(range(len(values)))
    rows: list[list[float | None]] = []
    owners: list[int] = []
    for index, row in enumerate(values):
        run: list[float | None] | None = None
        for i, v in enumerate(row):
            if v is None:
                run = None
                continue
            if run is None:
                run = [None] * n
                rows.append(run)
                owners.append(index)
            run[i] = v
    return rows, owners


def chart_drawing(chart: d.Chart, width: float, height: float, styles: Styles) -> Drawing:
    font, scale = styles.font, styles.scale
    size = 7.6 * scale
    drawing = Drawing(width, height, initialFontName=font)
    legend = _legend(chart.series, width, font, size) if len(chart.series) > 1 or chart.series[0].name else []
    legend_h = len(legend) * size * 1.9 + (4 if legend else 0)
    label_h = size * 2.4
    left = 34 * scale + (size * 1.6 if chart.y_label else 0)
    plot_x, plot_y = left, legend_h + label_h
    plot_w, plot_h = width - left - 6, height - plot_y - size * 1.2

    rows, owners = _rows(chart)
    plot = HorizontalLineChart() if chart.kind == "line" else VerticalBarChart()
    plot.x, plot.y, plot.width, plot.height = plot_x, plot_y, plot_w, plot_h
    plot.data = [tuple(r) for r in rows] if rows else [tuple(0.0 for _ in chart.categories)]

    n = len(chart.categories)
    per_category = plot_w / max(1, n)
    names = [printable(c) for c in chart.categories]
    widest = max((stringWidth(c, font, size) for c in names), default=0.0)
    step = max(1, math.ceil((widest + 6) / per_category))  # print every step-th label so none collide
    plot.categoryAxis.categoryNames = [fit(c, font, size, per_category * step - 4) if i % step == 0 else ""
                                       for i, c in enumerate(names)]
    ca, va = plot.categoryAxis, plot.valueAxis
    ca.labels.fontName, ca.labels.fontSize, ca.labels.fillColor = font, size, BODY
    ca.labels.dy = -3
    ca.strokeColor, ca.strokeWidth = RULE, 0.8
    ca.tickDown = 0
    va.labels.fontName, va.labels.fontSize, va.labels.fillColor = font, size, MUTED
    va.labelTextFormat = _percent_label if chart.percent else _number_label
    va.visibleAxis = 0
    va.visibleTicks = 0
    va.visibleGrid = 1
    va.gridStrokeColor, va.gridStrokeWidth = HAIRLINE, 0.6
    if chart.kind == "stacked":
        sums = [sum(v for v in column if v is not None) for column in zip(*rows, strict=True)] or [0.0]
        lo, hi = min(sums), max(sums)
    else:
        figures = [v for row in rows for v in row if v is not None] or [0.0]
        lo, hi = min(figures), max(figures)
    va.valueMin, va.valueMax, va.valueStep = nice_scale(lo, hi)

    for row, owner in enumerate(owners):
        colour = SERIES_COLOURS[owner % len(SERIES_COLOURS)]
        if isinstance(plot, VerticalBarChart):
            plot.bars[row].fillColor = colour
            plot.bars[row].strokeColor = None
        else:
            plot.lines[row].strokeColor = colour
            plot.lines[row].strokeWidth = 1.8 * scale
            plot.lines[row].symbol = makeMarker("FilledCircle", size=3.6 * scale, fillColor=colour,
                                                strokeColor=colour)
    if isinstance(plot, VerticalBarChart):
        plot.barSpacing = 0.6 if len(chart.series) > 1 else 0
        plot.groupSpacing = max(2.0, per_category * 0.25)
        if chart.kind == "stacked":
            ca.style = "stacked"
    else:
        plot.joinedLines = 1
    drawing.add(plot)

    if chart.y_label:
        label = String(0, 0, fit(printable(chart.y_label), font, size, plot_h), fontName=font, fontSize=size,
                       fillColor=MUTED, textAnchor="middle")
        g = Group(label)
        g.translate(size, plot_y + plot_h / 2)
        g.rotate(90)
        drawing.add(g)
    y = legend_h - size * 1.5
    for line in legend:
        for x, index, name in line:
            colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
            drawing.add(Rect(plot_x + x, y - 1, size * 1.2, size * 1.0, fillColor=colour, strokeColor=None, rx=1, ry=1))
            drawing.add(String(plot_x + x + size * 1.2 + 4, y, name, fontName=font, fontSize=size, fillColor=BODY))
        y -= size * 1.9
    return drawing


def chart_flowables(chart: d.Chart, frame: Frame) -> tuple[list[Flowable], float]:
    """The chart's title and drawing kept together (or its ``empty`` text); and the lead height."""
    s = frame.styles
    head: list[Flowable] = [para(chart.title, s.caption, bold=True)] if chart.title else []
    if not has_figures(chart) or not chart.series:
        parts = head + ([para(chart.empty, s.muted)] if chart.empty else [])
        return ([KeepTogether(parts)] if parts else []), height_of(parts, frame.width, frame.height)
    height = min(68 * mm * s.scale, 0.42 * frame.height)
    parts = [*head, chart_drawing(chart, frame.width, height, s), RLSpacer(1, 6 * s.scale)]
    return [KeepTogether(parts)], height_of(parts, frame.width, frame.height)
