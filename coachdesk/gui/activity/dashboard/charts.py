"""pyqtgraph charts of the dashboard: daily calls/connects, daily deals/revenue, and per-group bars.

The time charts plot daily TEAM totals (at most one point per day: 730 for two years), with clip-to-view and
automatic peak downsampling on, so they stay smooth whatever the team size. The x axis is a date axis in UTC
(see data.day_x). Moving the mouse over a chart shows a dashed cursor, markers on the series and a box with
the exact figures of the day (or group) under the mouse; ``hover_at(scene_pos)`` is that handler.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachdesk.core.activity.metrics import Totals
from coachdesk.core.common.periods import DateRange
from coachdesk.gui.activity.dashboard import formatting as fmt
from coachdesk.gui.activity.dashboard.data import DAY_SECONDS, EPOCH, Series, day_x
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.stats import KeyedTotals

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

CALLS_COLOUR = "#2563eb"
CONNECTED_COLOUR = "#059669"
DEALS_COLOUR = "#f59e0b"
REVENUE_COLOUR = "#7c3aed"
GROUP_COLOUR = "#60a5fa"
GROUP_HOVER_COLOUR = "#1d4ed8"
AXIS_COLOUR = "#9ca3af"
TEXT_COLOUR = "#374151"
CURSOR_PEN = pg.mkPen("#6b7280", width=1, style=Qt.PenStyle.DashLine)


# ------------------------------------------------------------------------------------------------- axes
class DayAxis(pg.DateAxisItem):
    """Date axis in UTC whose month and weekday names follow the UI language."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%Y", "%b", "%d", "%a %d"):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        strings = []
        for value in values:
            day = EPOCH + dt.timedelta(days=int(np.floor(value / DAY_SECONDS + 0.5)))
            if spec.format == "%Y":
                strings.append(str(day.year))
            elif spec.format == "%b":
                strings.append(locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat))
            elif spec.format == "%d":
                strings.append(str(day.day))
            else:
                strings.append(f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}")
        return strings


class ValueAxis(pg.AxisItem):
    """Left/right axis with compact numbers (12k, 1.5万) or percentages."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.percent = False
        self.enableAutoSIPrefix(False)
        self.setStyle(maxTickLevel=0)  # labelled ticks at 0, 20, 40 … only, not also at every 10
        self.setTickDensity(1.5)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.percent:
            return [fmt.rate(v, 0 if spacing >= 0.01 else 1) for v in values]
        return [fmt.compact(v) for v in values]


class CategoryAxis(pg.AxisItem):
    """Bottom axis with one label per bar (group names), elided to the room each bar has."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.labels: list[str] = []
        self.setStyle(hideOverlappingLabels=False)  # the first name may reach past the plot's left edge

    def set_labels(self, labels: list[str]) -> None:
        self.labels = list(labels)
        self.picture = None
        self.update()

    def _step(self, size: float) -> tuple[int, float]:
        """(label every n-th bar, room per label in pixels): with many groups, every second or third name is
        written in full rather than all of them cut to '…' (the hover box names every bar)."""
        low, high = self.range
        slot = size / max(high - low, 1e-9)
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0) + 8
        step = 1
        while step < 4 and step * slot < widest:
            step += 1
        return step, step * slot - 6

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        step, _room = self._step(size)
        shown = [float(i) for i in range(0, len(self.labels), step) if minVal - 0.5 <= i <= maxVal + 0.5]
        return [(float(step), shown)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        _step, room = self._step(self.width())
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        return [metrics.elidedText(self.labels[int(v)], Qt.TextElideMode.ElideRight, max(int(room), 12))
                if 0 <= int(v) < len(self.labels) else "" for v in values]


def _style_axis(axis: pg.AxisItem) -> None:
    axis.setPen(pg.mkPen(AXIS_COLOUR))
    axis.setTextPen(pg.mkPen(TEXT_COLOUR))


# ------------------------------------------------------------------------------------------------- base
class HoverChart(pg.PlotWidget):
    """A plot with a hover readout. Subclasses fill ``_x`` and implement ``_describe`` / ``_marker_points``."""

    hovered = Signal(object)  # the x value under the mouse (a day's x, a group index) or None

    def __init__(self, bottom: pg.AxisItem, parent: QWidget | None = None, right: pg.AxisItem | None = None) -> None:
        axes = {"bottom": bottom, "left": ValueAxis("left")}
        if right is not None:
            axes["right"] = right
        super().__init__(parent, background="w", axisItems=axes)
        self.left_axis: ValueAxis = axes["left"]
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.view: pg.ViewBox = self.plot_item.getViewBox()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.showGrid(x=False, y=True, alpha=0.12)
        for name in axes:
            _style_axis(self.plot_item.getAxis(name))
        self.setMinimumHeight(200)
        self._x = np.empty(0)
        self.hover_index: int | None = None
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=CURSOR_PEN)
        self.cursor.setZValue(40)
        self.cursor.hide()
        self.plot_item.addItem(self.cursor, ignoreBounds=True)
        self.readout = pg.TextItem(color=TEXT_COLOUR, fill=pg.mkBrush(255, 255, 255, 235),
                                   border=pg.mkPen("#d1d5db"), anchor=(0, 0))
        self.readout.setZValue(100)
        self.readout.hide()
        self.scene().sigMouseMoved.connect(self.hover_at)

    def overlay_view(self) -> pg.ViewBox:
        """The top-most view box (the readout lives there so that nothing is drawn over it)."""
        return self.view

    def _attach_readout(self) -> None:
        self.overlay_view().addItem(self.readout, ignoreBounds=True)

    # --------------------------------------------------------------- hover
    def index_at(self, scene_pos: QPointF) -> int | None:
        if not len(self._x) or not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        return self._nearest(self.view.mapSceneToView(scene_pos).x())

    def _nearest(self, x: float) -> int | None:
        i = int(np.searchsorted(self._x, x))
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self._x)]
        return min(candidates, key=lambda j: abs(self._x[j] - x)) if candidates else None

    def hover_at(self, scene_pos: QPointF) -> str:
        """Show the figures of the point nearest to the mouse; returns the text shown ('' if none)."""
        index = self.index_at(scene_pos)
        if index is None:
            self.clear_hover()
            self.hovered.emit(None)
            return ""
        self.show_index(index)
        self.hovered.emit(float(self._x[index]))
        return self.readout.toPlainText()

    def mark_x(self, x: float | None) -> None:
        """Show the cursor at a point another chart is hovering (no signal)."""
        if x is None or not len(self._x):
            self.clear_hover()
            return
        index = self._nearest(x)
        if index is None or abs(self._x[index] - x) > 1e-6:
            self.clear_hover()
        else:
            self.show_index(index)

    def show_index(self, index: int) -> None:
        self.hover_index = index
        x = float(self._x[index])
        self.cursor.setPos(x)
        self.cursor.show()
        self._show_markers(index)
        self.readout.setText(self._describe(index))
        view = self.overlay_view()
        (x0, x1), (_y0, y1) = view.viewRange()
        pad = view.viewPixelSize()[0] * 10
        if x < (x0 + x1) / 2:
            self.readout.setAnchor((0, 0))
            self.readout.setPos(x + pad, y1)
        else:
            self.readout.setAnchor((1, 0))
            self.readout.setPos(x - pad, y1)
        self.readout.show()

    def clear_hover(self) -> None:
        self.hover_index = None
        self.cursor.hide()
        self.readout.hide()
        self._show_markers(None)

    def leaveEvent(self, event: QEvent) -> None:
        self.clear_hover()
        self.hovered.emit(None)
        super().leaveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name in ("bottom", "left", "right"):
            axis = self.plot_item.getAxis(name)
            axis.picture = None  # tick labels (month names, 万) are cached in a picture
            axis.update()
        if self.hover_index is not None:
            self.show_index(self.hover_index)

    # --------------------------------------------------------------- subclass hooks
    def _describe(self, index: int) -> str:
        raise NotImplementedError

    def _show_markers(self, index: int | None) -> None:
        raise NotImplementedError

    def legend(self) -> list[tuple[str, str]]:
        """(colour, name) of each series, for the panel header."""
        return []

    def title(self) -> str:
        return ""


def _curve(colour: str, width: float = 2.0) -> pg.PlotDataItem:
    item = pg.PlotDataItem(pen=pg.mkPen(colour, width=width), antialias=True)
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    return item


def _markers(colour: str) -> pg.ScatterPlotItem:
    item = pg.ScatterPlotItem(size=8, pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(colour))
    item.setZValue(45)
    return item


# ------------------------------------------------------------------------------------------------- time charts
class TimeChart(HoverChart):
    def __init__(self, parent: QWidget | None = None, right: pg.AxisItem | None = None) -> None:
        super().__init__(DayAxis(), parent, right)
        self.series = Series()
        self.period: DateRange | None = None

    def _set_x(self, series: Series, period: DateRange) -> None:
        self.clear_hover()
        self.series, self.period = series, period
        self._x = series.x
        self.view.setXRange(day_x(period.start) - 0.6 * DAY_SECONDS, day_x(period.end) + 0.6 * DAY_SECONDS,
                            padding=0)

    @staticmethod
    def _y_top(*arrays: np.ndarray) -> float:
        peak = max((float(a.max()) for a in arrays if len(a)), default=0.0)
        return peak * 1.12 if peak > 0 else 1.0


class CallsChart(TimeChart):
    """Daily calls and connected calls (lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls_curve = _curve(CALLS_COLOUR)
        self.connected_curve = _curve(CONNECTED_COLOUR)
        for item in (self.calls_curve, self.connected_curve):
            self.plot_item.addItem(item)
        self.plot_item.setClipToView(True)
        self.plot_item.setDownsampling(auto=True, mode="peak")
        self.calls_markers = _markers(CALLS_COLOUR)
        self.connected_markers = _markers(CONNECTED_COLOUR)
        for item in (self.calls_markers, self.connected_markers):
            self.plot_item.addItem(item, ignoreBounds=True)
        self._attach_readout()

    def set_series(self, series: Series, period: DateRange) -> None:
        self._set_x(series, period)
        connect = series.connect_mask()
        self.calls_curve.setData(series.x, series.calls, connect=connect)
        self.connected_curve.setData(series.x, series.connected, connect=connect)
        self.view.setYRange(0, self._y_top(series.calls), padding=0)

    def title(self) -> str:
        return self.tr("Calls and connected calls per day")

    def legend(self) -> list[tuple[str, str]]:
        return [(CALLS_COLOUR, self.tr("Calls")), (CONNECTED_COLOUR, self.tr("Connected"))]

    def _describe(self, index: int) -> str:
        s = self.series
        calls, connected = int(s.calls[index]), int(s.connected[index])
        rate = connected / calls if calls else None
        return "\n".join([
            fmt.day_text(s.days[index]),
            fill(self.tr("Calls: %1"), fmt.count(calls)),
            fill(self.tr("Connected: %1 (%2)"), fmt.count(connected), fmt.rate(rate)),
        ])

    def _show_markers(self, index: int | None) -> None:
        if index is None:
            self.calls_markers.setData([], [])
            self.connected_markers.setData([], [])
            return
        x = self.series.x[index]
        self.calls_markers.setData([x], [self.series.calls[index]])
        self.connected_markers.setData([x], [self.series.connected[index]])


class DealsChart(TimeChart):
    """Daily deals (bars, left axis) and revenue (line, right axis, its own view box linked in x)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, right=ValueAxis("right"))
        self.right_axis: ValueAxis = self.plot_item.getAxis("right")
        self.plot_item.showAxis("right")
        self.bars = pg.BarGraphItem(x=[], height=[], width=DAY_SECONDS * 0.7, brush=DEALS_COLOUR, pen=None)
        self.plot_item.addItem(self.bars)
        self.revenue_view = pg.ViewBox(enableMenu=False)
        self.revenue_view.setMouseEnabled(x=False, y=False)
        self.plot_item.scene().addItem(self.revenue_view)
        self.revenue_view.setZValue(self.plot_item.zValue() + 1)  # line, markers and readout above the bars
        self.right_axis.linkToView(self.revenue_view)
        self.revenue_view.setXLink(self.plot_item)
        self.revenue_curve = _curve(REVENUE_COLOUR)
        self.revenue_view.addItem(self.revenue_curve)
        self.deal_markers = _markers(DEALS_COLOUR)
        self.plot_item.addItem(self.deal_markers, ignoreBounds=True)
        self.revenue_markers = _markers(REVENUE_COLOUR)
        self.revenue_view.addItem(self.revenue_markers, ignoreBounds=True)
        self.view.sigResized.connect(self._sync_views)
        self._attach_readout()
        self._sync_views()

    def overlay_view(self) -> pg.ViewBox:
        return self.revenue_view

    def _sync_views(self) -> None:
        self.revenue_view.setGeometry(self.view.sceneBoundingRect())
        self.revenue_view.linkedViewChanged(self.view, self.revenue_view.XAxis)

    def set_series(self, series: Series, period: DateRange) -> None:
        self._set_x(series, period)
        self.bars.setOpts(x=series.x, height=series.deals, width=DAY_SECONDS * 0.7)
        self.revenue_curve.setData(series.x, series.revenue, connect=series.connect_mask())
        self.view.setYRange(0, self._y_top(series.deals), padding=0)
        self.revenue_view.setYRange(0, self._y_top(series.revenue), padding=0)
        self._sync_views()

    def title(self) -> str:
        return self.tr("Deals and revenue per day")

    def legend(self) -> list[tuple[str, str]]:
        return [(DEALS_COLOUR, self.tr("Deals (left axis)")), (REVENUE_COLOUR, self.tr("Revenue, ¥ (right axis)"))]

    def _describe(self, index: int) -> str:
        s = self.series
        deals, connected = int(s.deals[index]), int(s.connected[index])
        conversion = deals / connected if connected else None
        return "\n".join([
            fmt.day_text(s.days[index]),
            fill(self.tr("Deals: %1"), fmt.count(deals)),
            fill(self.tr("Revenue: %1"), fmt.money(s.revenue_cents[index])),
            fill(self.tr("Conversion: %1"), fmt.rate(conversion)),
        ])

    def _show_markers(self, index: int | None) -> None:
        if index is None:
            self.deal_markers.setData([], [])
            self.revenue_markers.setData([], [])
            return
        x = self.series.x[index]
        self.deal_markers.setData([x], [self.series.deals[index]])
        self.revenue_markers.setData([x], [self.series.revenue[index]])


# ------------------------------------------------------------------------------------------------- groups
class GroupMeasure(Enum):
    DEALS = "deals"
    REVENUE = "revenue"
    CALLS = "calls"
    CONNECT_RATE = "connect_rate"
    CONVERSION = "conversion"


MEASURES: dict[GroupMeasure, Callable[[Totals], float]] = {
    GroupMeasure.DEALS: lambda t: float(t.deals),
    GroupMeasure.REVENUE: lambda t: t.revenue_cents / 100.0,
    GroupMeasure.CALLS: lambda t: float(t.calls),
    GroupMeasure.CONNECT_RATE: lambda t: t.connect_rate or 0.0,
    GroupMeasure.CONVERSION: lambda t: t.conversion or 0.0,
}


def measure_name(measure: GroupMeasure) -> str:
    return {
        GroupMeasure.DEALS: translate("GroupChart", "Deals"),
        GroupMeasure.REVENUE: translate("GroupChart", "Revenue (¥)"),
        GroupMeasure.CALLS: translate("GroupChart", "Calls"),
        GroupMeasure.CONNECT_RATE: translate("GroupChart", "Connect rate"),
        GroupMeasure.CONVERSION: translate("GroupChart", "Conversion"),
    }[measure]


class GroupChart(HoverChart):
    """One bar per group (as members were grouped on each day) for the chosen measure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CategoryAxis(), parent)
        self.category_axis: CategoryAxis = self.plot_item.getAxis("bottom")
        self.groups: list[KeyedTotals] = []
        self.measure = GroupMeasure.DEALS
        self.heights = np.empty(0)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=GROUP_COLOUR, pen=None)
        self.plot_item.addItem(self.bars)
        self._attach_readout()

    def set_groups(self, groups: list[KeyedTotals]) -> None:
        self.clear_hover()
        self.groups = list(groups)
        self._x = np.arange(len(self.groups), dtype=float)
        self._redraw()

    def set_measure(self, measure: GroupMeasure) -> None:
        self.measure = measure
        self.clear_hover()
        self._redraw()

    def group_label(self, group: KeyedTotals) -> str:
        return group.label if group.key else self.tr("Not in a group")

    def _redraw(self) -> None:
        self.heights = np.array([MEASURES[self.measure](g.totals) for g in self.groups], dtype=float)
        self.left_axis.percent = self.measure in (GroupMeasure.CONNECT_RATE, GroupMeasure.CONVERSION)
        self.left_axis.picture = None
        self.category_axis.set_labels([self.group_label(g) for g in self.groups])
        self.bars.setOpts(x=self._x, height=self.heights, width=0.6, brushes=self._brushes(None))
        self.view.setXRange(-0.6, max(len(self.groups), 1) - 0.4, padding=0)
        peak = float(self.heights.max()) if len(self.heights) else 0.0
        self.view.setYRange(0, peak * 1.15 if peak > 0 else 1.0, padding=0)

    def _brushes(self, highlight: int | None) -> list:
        return [pg.mkBrush(GROUP_HOVER_COLOUR if i == highlight else GROUP_COLOUR) for i in range(len(self.groups))]

    def _nearest(self, x: float) -> int | None:
        index = round(x)
        if 0 <= index < len(self.groups) and abs(x - index) <= 0.4:
            return index
        return None

    def title(self) -> str:
        return self.tr("Groups compared")

    def legend(self) -> list[tuple[str, str]]:
        return [(GROUP_COLOUR, measure_name(self.measure))]

    def retranslate(self) -> None:
        self.category_axis.set_labels([self.group_label(g) for g in self.groups])
        super().retranslate()

    def _describe(self, index: int) -> str:
        group = self.groups[index]
        t = group.totals
        return "\n".join([
            self.group_label(group),
            fill(self.tr("Calls: %1"), fmt.count(t.calls)),
            fill(self.tr("Connected: %1 (%2)"), fmt.count(t.connected), fmt.rate(t.connect_rate)),
            fill(self.tr("Deals: %1"), fmt.count(t.deals)),
            fill(self.tr("Conversion: %1"), fmt.rate(t.conversion)),
            fill(self.tr("Revenue: %1"), fmt.money(t.revenue_cents)),
            fill(self.tr("Revenue / rep-day: %1"), fmt.decimal_money(t.revenue_per_rep_day)),
        ])

    def _show_markers(self, index: int | None) -> None:
        if len(self.groups):
            self.bars.setOpts(brushes=self._brushes(index))


# ------------------------------------------------------------------------------------------------- panel
class ChartPanel(QFrame):
    """A chart with its title and a colour legend above it (kept outside the plot so it never hides data)."""

    def __init__(self, chart: HoverChart, tools: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.chart = chart
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.legend, 1)
        if tools is not None:
            header.addWidget(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(chart, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.chart.title())
        self.legend.setText("&nbsp;&nbsp;".join(f'<span style="color:{colour}">&#9632;</span>&nbsp;{_escape(name)}'
                                                for colour, name in self.chart.legend()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
