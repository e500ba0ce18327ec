"""A rep's weekly drill score (1–5) above their connect rate and conversion on real calls, two stacked pyqtgraph
plots over the same weeks (store/drills/readiness.drill_and_calls). Hovering either plot shows the week's figures
in both (a read-out box and the tooltip); a dashed mark labelled with the version shows where the script version
drilled on changed."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachdesk.gui.activity.dashboard.charts import CategoryAxis, HoverChart, _markers
from coachdesk.gui.drills.drill_labels import number, percent
from coachdesk.gui.widgets.text import fill
from coachdesk.store.drills.readiness import WeekPoint

SCORE_COLOUR = "#2563eb"
CONNECT_COLOUR = "#059669"
CONVERSION_COLOUR = "#f59e0b"
VERSION_PEN = pg.mkPen("#9333ea", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)


def _values(values: Sequence[float | None], scale: float = 1.0) -> np.ndarray:
    return np.array([math.nan if v is None else v * scale for v in values], dtype=float)


def version_changes(points: Sequence[WeekPoint]) -> list[tuple[int, int]]:
    """(week index, version) where the rep was first drilled on a newer version than before."""
    out: list[tuple[int, int]] = []
    last: int | None = None
    for index, p in enumerate(points):
        if not p.script_versions:
            continue
        newest = max(p.script_versions)
        if last is not None and newest > last:  # a week back on an older version is no change of script
            out.append((index, newest))
        last = newest if last is None else max(last, newest)
    return out


class WeekChart(HoverChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.axis = CategoryAxis()
        super().__init__(self.axis, parent)
        self.points: list[WeekPoint] = []
        self.curves: list[tuple[pg.PlotDataItem, pg.ScatterPlotItem, np.ndarray]] = []
        self.marks: list[pg.InfiniteLine] = []
        self.mark_labels: list[pg.TextItem] = []  # "v3" beside each mark (where label_y is set)
        self.label_y: float | None = None
        self.setMinimumHeight(90)  # two of them fit a laptop-sized window (the window may be 800×600)
        self._attach_readout()

    def add_series(self, colour: str) -> tuple[pg.PlotDataItem, pg.ScatterPlotItem]:
        curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5, symbolBrush=colour,
                                symbolPen=None, antialias=True, connect="finite")
        self.plot_item.addItem(curve)
        marker = _markers(colour)
        self.plot_item.addItem(marker, ignoreBounds=True)
        self.curves.append((curve, marker, np.empty(0)))
        return curve, marker

    def set_points(self, points: Sequence[WeekPoint], series: Sequence[np.ndarray]) -> None:
        self.points = list(points)
        self._x = np.arange(len(self.points), dtype=float)
        self.axis.set_labels([p.week.strftime("%m-%d") for p in self.points])
        for index, values in enumerate(series):
            curve, marker, _old = self.curves[index]
            curve.setData(self._x, values)
            self.curves[index] = (curve, marker, values)
        for item in [*self.marks, *self.mark_labels]:
            self.plot_item.removeItem(item)
        self.marks, self.mark_labels = [], []
        for index, version in version_changes(self.points):
            mark = pg.InfiniteLine(pos=index - 0.5, angle=90, movable=False, pen=VERSION_PEN)
            self.plot_item.addItem(mark, ignoreBounds=True)
            self.marks.append(mark)
            if self.label_y is not None:
                label = pg.TextItem(fill(self.tr("v%1"), version), color="#7e22ce", anchor=(0, 0))
                label.setPos(index - 0.45, self.label_y)
                self.plot_item.addItem(label, ignoreBounds=True)
                self.mark_labels.append(label)
        self.plot_item.setXRange(-0.5, max(len(self.points) - 0.5, 0.5), padding=0)
        self.clear_hover()

    def _show_markers(self, index: int | None) -> None:
        for _curve, marker, values in self.curves:
            if index is None or index >= len(values) or math.isnan(values[index]):
                marker.setData([], [])
            else:
                marker.setData([self._x[index]], [values[index]])

    def _describe(self, index: int) -> str:
        p = self.points[index]
        lines = [fill(self.tr("Week of %1"), p.week.isoformat()),
                 fill(self.tr("Drill score: %1"), number(p.drill_average)),
                 fill(self.tr("Answered well: %1"), percent(p.share_well)),
                 fill(self.tr("Connect rate: %1"), percent(p.connect_rate, 1)),
                 fill(self.tr("Conversion: %1"), percent(p.conversion, 1))]
        if p.script_versions:
            lines.append(fill(self.tr("Script versions: %1"), ", ".join(f"v{v}" for v in p.script_versions)))
        return "\n".join(lines)

    def hover_at(self, scene_pos: QPointF) -> str:
        text = super().hover_at(scene_pos)
        self.setToolTip(text)
        return text

    def mark_x(self, x: float | None) -> None:
        super().mark_x(x)
        self.setToolTip(self.readout.toPlainText() if self.hover_index is not None else "")


class ReadinessChart(QWidget):
    """The two plots with their titles and legends; ``show_rep(name, points)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillChart")
        self.points: list[WeekPoint] = []
        self.rep_name = ""
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.score_legend, self.rates_legend = QLabel(), QLabel()
        self.score = WeekChart()
        self.score_curve, _ = self.score.add_series(SCORE_COLOUR)
        self.score.plot_item.setYRange(1, 5, padding=0.05)
        self.score.label_y = 5.15
        self.rates = WeekChart()
        self.connect_curve, _ = self.rates.add_series(CONNECT_COLOUR)
        self.conversion_curve, _ = self.rates.add_series(CONVERSION_COLOUR)
        self.score.hovered.connect(self.rates.mark_x)
        self.rates.hovered.connect(self.score.mark_x)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.score_legend)
        layout.addWidget(self.score, 1)
        layout.addWidget(self.rates_legend)
        layout.addWidget(self.rates, 1)
        self.retranslate()

    def show_rep(self, name: str, points: Sequence[WeekPoint]) -> None:
        self.rep_name, self.points = name, list(points)
        self.score.set_points(points, [_values([p.drill_average for p in points])])
        self.score.plot_item.setYRange(1, 5, padding=0.05)
        rates = [_values([p.connect_rate for p in points], 100), _values([p.conversion for p in points], 100)]
        self.rates.set_points(points, rates)
        finite = [v for a in rates for v in a if not math.isnan(v)]
        self.rates.plot_item.setYRange(0, max([10.0, *finite]) * 1.1, padding=0)
        self.retranslate()

    def has_data(self) -> bool:
        return any(p.drill_average is not None for p in self.points)

    def retranslate(self) -> None:
        self.title.setText(fill(self.tr("%1: drills and real calls, last 12 weeks"), self.rep_name)
                           if self.rep_name else self.tr("Choose a rep to see their drills beside their calls"))
        self.score_legend.setText(fill("<span style='color:%1'>●</span> %2", SCORE_COLOUR,
                                       self.tr("Weekly drill score (1–5); dashed: a new script version")))
        self.rates_legend.setText(fill("<span style='color:%1'>●</span> %2 &nbsp; <span style='color:%3'>●</span> %4",
                                       CONNECT_COLOUR, self.tr("Connect rate, %"), CONVERSION_COLOUR,
                                       self.tr("Conversion, %")))
        for label, (_index, version) in zip(self.score.mark_labels, version_changes(self.points), strict=False):
            label.setText(fill(self.tr("v%1"), version))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
