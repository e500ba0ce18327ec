"""The stage timeline: x = dates, y = the four stages as labelled rows, a step line through the stages the
manager held, a marker per history entry (accepted ●, confirmed ■, overridden ▲, in the stage's colour) and a
dashed line on the day the team formed. Hovering a marker sets a tooltip with the entry (``hover_at``)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtWidgets import QWidget

from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.gui.activity.dashboard.data import DAY_SECONDS, EPOCH, day_x
from coachdesk.gui.lifecycle.lifecycle_labels import kind_label, stage_label
from coachdesk.gui.lifecycle.stage_colors import stage_colour
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.diagnosis import HistoryRow

SYMBOLS = {"accepted": "o", "confirmed": "s", "overridden": "t1"}  # t1: triangle pointing up
AXIS_COLOUR = "#9ca3af"
TEXT_COLOUR = "#374151"
HOVER_PIXELS = 14
MONTH_LABEL_PIXELS = 64  # room a month label needs


class StageRowsAxis(pg.AxisItem):
    def __init__(self) -> None:
        super().__init__("left")
        self.setPen(pg.mkPen(AXIS_COLOUR))
        self.setTextPen(pg.mkPen(TEXT_COLOUR))

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        return [(1.0, [float(s.order) for s in STAGES])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [stage_label(STAGES[round(v)]) if 0 <= round(v) < len(STAGES) else "" for v in values]


def _month_starts(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    months = []
    year, month = first.year, first.month
    while dt.date(year, month, 1) <= last:
        if (month - 1) % step == 0:
            months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class MonthAxis(pg.DateAxisItem):
    """Date axis (UTC) with a tick on the first of every month (or every 2nd, 3rd, 6th, 12th when space is short),
    labelled with the month's short name in the UI language and the year in January and on the first tick. Zoomed
    in to less than three months, pyqtgraph's own date ticks take over."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self.setPen(pg.mkPen(AXIS_COLOUR))
        self.setTextPen(pg.mkPen(TEXT_COLOUR))
        self._first_shown: float | None = None
        self._by_month = True

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        first = EPOCH + dt.timedelta(days=int(minVal // DAY_SECONDS))
        last = EPOCH + dt.timedelta(days=int(maxVal // DAY_SECONDS))
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        self._by_month = months >= 3
        if not self._by_month:
            return super().tickValues(minVal, maxVal, size)
        step = next((s for s in (1, 2, 3, 6) if size / (months / s) >= MONTH_LABEL_PIXELS), 12)
        ticks = [day_x(d) for d in _month_starts(first, last, step) if minVal <= day_x(d) <= maxVal]
        self._first_shown = ticks[0] if ticks else None
        return [(step * 30 * DAY_SECONDS, ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if not self._by_month:
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        strings = []
        for value in values:
            day = EPOCH + dt.timedelta(days=round(value / DAY_SECONDS))
            name = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
            strings.append(f"{name} {day.year}" if day.month == 1 or value == self._first_shown else name)
        return strings


class TimelineChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.stage_axis = StageRowsAxis()
        self.month_axis = MonthAxis()
        super().__init__(parent, background="w", axisItems={"left": self.stage_axis, "bottom": self.month_axis})
        self.history: tuple[HistoryRow, ...] = ()
        self.formed_on: dt.date | None = None
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.view: pg.ViewBox = self.plot_item.getViewBox()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setMouseEnabled(x=True, y=False)  # zoom and pan along time only
        self.plot_item.showGrid(x=True, y=True, alpha=0.12)
        for name in ("bottom", "left"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_COLOUR))
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        self.step_line = pg.PlotDataItem(pen=pg.mkPen("#6b7280", width=2))
        self.plot_item.addItem(self.step_line)
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        for kind, symbol in SYMBOLS.items():
            item = pg.ScatterPlotItem(symbol=symbol, size=13, pen=pg.mkPen("w", width=1.5))
            item.setZValue(20)
            self.plot_item.addItem(item)
            self.markers[kind] = item
        self.formed_line = pg.InfiniteLine(angle=90, movable=False,
                                           pen=pg.mkPen("#9ca3af", width=1, style=Qt.PenStyle.DashLine),
                                           label="", labelOpts={"position": 0.93, "color": TEXT_COLOUR,
                                                                "fill": pg.mkBrush(255, 255, 255, 220)})
        self.formed_line.hide()
        self.plot_item.addItem(self.formed_line, ignoreBounds=True)
        self.view.setYRange(-0.5, len(STAGES) - 0.5, padding=0.04)
        self.setMinimumHeight(180)
        self.scene().sigMouseMoved.connect(self.hover_at)

    def set_history(self, history: tuple[HistoryRow, ...], formed_on: dt.date | None, today: dt.date) -> None:
        self.history, self.formed_on = tuple(history), formed_on
        self.setToolTip("")
        xs = [day_x(h.as_of) for h in self.history]
        end = max([today, *(h.as_of for h in self.history)])
        # The held stage lasts from one entry to the next; the last one up to today.
        step_x, step_y = [], []
        for i, entry in enumerate(self.history):
            until = xs[i + 1] if i + 1 < len(xs) else day_x(end)
            step_x += [xs[i], until]
            step_y += [entry.stage.order, entry.stage.order]
        self.step_line.setData(step_x, step_y)
        for kind, item in self.markers.items():
            chosen = [h for h in self.history if h.kind == kind]
            item.setData([day_x(h.as_of) for h in chosen], [h.stage.order for h in chosen],
                         brush=[pg.mkBrush(stage_colour(h.stage)) for h in chosen])
        if formed_on is not None:
            self.formed_line.setPos(day_x(formed_on))
            self.formed_line.show()
        else:
            self.formed_line.hide()
        start = min([d for d in (formed_on, *(h.as_of for h in self.history)) if d is not None], default=today)
        span = max((end - start).days, 30)
        pad = span * 0.05 * DAY_SECONDS
        self.view.setXRange(day_x(start) - pad, day_x(end) + pad, padding=0)
        self.retranslate()

    def marker_count(self) -> int:
        return sum(len(item.data) for item in self.markers.values())

    def entries_at(self, scene_pos: QPointF) -> list[HistoryRow]:
        """The history entries whose marker is under the mouse (several on one day and stage)."""
        if not self.history or not self.view.sceneBoundingRect().contains(scene_pos):
            return []
        points = np.array([[day_x(h.as_of), h.stage.order] for h in self.history])
        scene = [self.view.mapViewToScene(QPointF(x, y)) for x, y in points]
        distances = [np.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y()) for p in scene]
        nearest = int(np.argmin(distances))
        if distances[nearest] > HOVER_PIXELS:
            return []
        target = self.history[nearest]
        return [h for h in self.history if h.as_of == target.as_of and h.stage is target.stage]

    def describe(self, entry: HistoryRow) -> str:
        lines = [
            fill(self.tr("%1 · %2: %3"), entry.as_of.isoformat(), kind_label(entry.kind), stage_label(entry.stage)),
            fill(self.tr("Diagnosed: %1 (confidence %2)"), stage_label(entry.diagnosed_stage),
                 f"{entry.confidence * 100:.0f} %"),
        ]
        if entry.contradiction_summary:
            lines.append(fill(self.tr("Principal contradiction: %1"), entry.contradiction_summary))
        if entry.reason:
            lines.append(fill(self.tr("Reason: %1"), entry.reason))
        return "\n".join(lines)

    def hover_at(self, scene_pos: QPointF) -> str:
        entries = self.entries_at(scene_pos)
        text = "\n\n".join(self.describe(e) for e in entries)
        if text != self.toolTip():
            self.setToolTip(text)
        return text

    def marker_position(self, entry: HistoryRow) -> QPointF:
        return self.view.mapViewToScene(QPointF(day_x(entry.as_of), entry.stage.order))

    def retranslate(self) -> None:
        if self.formed_on is not None:
            self.formed_line.label.setFormat(fill(self.tr("Formed %1"), self.formed_on.isoformat()))
        for name in ("bottom", "left"):
            axis = self.plot_item.getAxis(name)
            axis.picture = None
            axis.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.setToolTip("")
        super().changeEvent(event)
