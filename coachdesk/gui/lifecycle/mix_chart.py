"""The stage mix as four horizontal bars (forming at the top), each in its stage colour with its share written
at the end; hovering a bar gives its share and the signals behind it as a tooltip (``hover_at``)."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.stage_colors import stage_colour

BAR_HEIGHT = 0.62
TEXT_COLOUR = "#374151"


def row_of(stage: Stage) -> int:
    """y of a stage's bar: forming on top."""
    return len(STAGES) - 1 - stage.order


class StageAxis(pg.AxisItem):
    """Left axis naming the stages in the UI language."""

    def __init__(self) -> None:
        super().__init__("left")
        self.setPen(pg.mkPen("#9ca3af"))
        self.setTextPen(pg.mkPen(TEXT_COLOUR))
        self.setStyle(tickLength=0)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        return [(1.0, [float(row_of(s)) for s in STAGES])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        by_row = {row_of(s): s for s in STAGES}
        return [stage_label(by_row[round(v)]) if round(v) in by_row else "" for v in values]

    def refresh(self) -> None:
        self.picture = None
        self.update()


class MixChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.stage_axis = StageAxis()
        super().__init__(parent, background="w", axisItems={"left": self.stage_axis})
        self.diagnosis: Diagnosis | None = None
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.view: pg.ViewBox = self.plot_item.getViewBox()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.hideAxis("bottom")
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[], brushes=[], pen=None)
        self.plot_item.addItem(self.bars)
        font = QFont()
        font.setBold(True)
        self.labels: dict[Stage, pg.TextItem] = {}
        for stage in STAGES:
            label = pg.TextItem(color=TEXT_COLOUR, anchor=(0, 0.5))
            label.setFont(font)
            self.plot_item.addItem(label)
            self.labels[stage] = label
        self.view.setYRange(-0.5, len(STAGES) - 0.5, padding=0.02)
        self.view.setXRange(0, 1, padding=0)
        self.setMinimumHeight(130)
        self.setMaximumHeight(175)
        self.scene().sigMouseMoved.connect(self.hover_at)

    def set_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        self.diagnosis = diagnosis
        self.setToolTip("")
        if diagnosis is None:
            self.bars.setOpts(x0=[], y=[], width=[], brushes=[])
            for label in self.labels.values():
                label.setText("")
            return
        mix = diagnosis.stage_mix
        self.bars.setOpts(x0=[0.0] * len(STAGES), y=[row_of(s) for s in STAGES], height=BAR_HEIGHT,
                          width=[mix[s] for s in STAGES], brushes=[pg.mkBrush(stage_colour(s)) for s in STAGES])
        top = max(mix.values())
        # Room on the right for the widest label; the longest bar ends at about three quarters of the width.
        self.view.setXRange(0, max(top * 1.3, 0.3), padding=0)
        for stage in STAGES:
            self.labels[stage].setText(f"{mix[stage] * 100:.0f} %")
            self.labels[stage].setPos(mix[stage], row_of(stage))

    def stage_at(self, scene_pos: QPointF) -> Stage | None:
        if self.diagnosis is None or not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        y = self.view.mapSceneToView(scene_pos).y()
        row = round(y)
        if abs(y - row) > BAR_HEIGHT / 2 + 0.1:
            return None
        return next((s for s in STAGES if row_of(s) == row), None)

    def describe(self, stage: Stage) -> str:
        """Rich text: the stage's share and each signal behind it with its part and its sentence."""
        assert self.diagnosis is not None
        lang, words = content_language(), default_wording()
        share = f"{self.diagnosis.stage_mix[stage] * 100:.0f} %"
        lines = [f"<b>{html.escape(stage_label(stage))}: {share}</b>"]
        behind = [e for e in self.diagnosis.evidence if e.stage is stage]
        if not behind:
            lines.append(html.escape(self.tr("No signal points to this stage.")))
        for item in behind:
            sentence = words.describe(self.diagnosis.signal(item.signal), lang)
            lines.append(f"• {item.share * 100:.0f} % — {html.escape(words.name(item.signal, lang))}: "
                         f"{html.escape(sentence)}")
        return "<p style='white-space:normal'>" + "<br>".join(lines) + "</p>"

    def hover_at(self, scene_pos: QPointF) -> str:
        """Set the tooltip for the bar under the mouse; returns it ('' when not over a bar)."""
        stage = self.stage_at(scene_pos)
        text = self.describe(stage) if stage is not None else ""
        if text != self.toolTip():
            self.setToolTip(text)
        return text

    def bar_centre(self, stage: Stage) -> QPointF:
        """Scene position of the middle of a stage's bar (for tests and keyboard users' tooltips)."""
        share = self.diagnosis.stage_mix[stage] if self.diagnosis else 0.0
        return self.view.mapViewToScene(QPointF(max(share / 2, 0.01), row_of(stage)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.stage_axis.refresh()
            self.setToolTip("")
        super().changeEvent(event)
