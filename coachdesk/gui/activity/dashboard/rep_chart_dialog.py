"""One rep's daily calls, connects, deals and revenue with their KPI strip (opened from the rep table)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.gui.activity.dashboard import export
from coachdesk.gui.activity.dashboard.charts import CallsChart, ChartPanel, DealsChart
from coachdesk.gui.activity.dashboard.data import RangeChoice, RepData, RepRow, load_rep
from coachdesk.gui.activity.dashboard.kpi_strip import KpiStrip
from coachdesk.gui.activity.dashboard.range_bar import RangeBar
from coachdesk.gui.widgets.tasks import run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.store.database import Database


class RepChartDialog(QDialog):
    loaded = Signal()

    def __init__(self, parent: QWidget | None, db: Callable[[], Database], team_id: int, rep: RepRow,
                 choice: RangeChoice, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repChartDialog")
        self._db, self.team_id, self.rep, self.choice = db, team_id, rep, choice
        self.today = today
        self.data: RepData | None = None
        self._generation = 0
        self.loading = False

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel()
        self.subheading.setObjectName("pageSubtitle")
        self.range_bar = RangeBar()
        self.range_bar.changed.connect(self._range_changed)
        self.status = QLabel()
        self.status.setObjectName("emptyHint")
        self.kpis = KpiStrip()
        self.calls_chart = CallsChart()
        self.deals_chart = DealsChart()
        self.calls_panel = ChartPanel(self.calls_chart)
        self.deals_panel = ChartPanel(self.deals_chart)
        self.calls_chart.hovered.connect(self.deals_chart.mark_x)
        self.deals_chart.hovered.connect(self.calls_chart.mark_x)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_png)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(self.range_bar)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(top)
        layout.addWidget(self.kpis)
        layout.addWidget(self.calls_panel, 1)
        layout.addWidget(self.deals_panel, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 760)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("%1 — Daily Activity"), self.rep.label))
        self.heading.setText(self.rep.label)
        group = self.rep.group or self.tr("not in a group")
        self.subheading.setText(
            fill(self.tr("Group: %1"), group) if self.rep.active
            else fill(self.tr("Group: %1 · has left the team"), group))
        self.export_button.setText(self.tr("Export Charts as PNG…"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- loading
    def _range_changed(self, choice: RangeChoice) -> None:
        self.choice = choice
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        db, team_id, member_id, choice, today = self._db(), self.team_id, self.rep.member_id, self.choice, self.today
        self.loading = True
        self._show_status()

        def done(data: RepData) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._apply(data)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.loading = False
                self.status.setText(fill(self.tr("Could not load the activity: %1"), str(exc)))

        run_task(self, lambda _p, _c: load_rep(db, team_id, member_id, choice, today),
                 title=self.tr("Loading activity…"), on_success=done, on_failure=failed, show_progress=False)

    def _apply(self, data: RepData) -> None:
        self.loading = False
        self.data = data
        self.range_bar.set_state(self.choice, data.period)
        self.kpis.set_summary(data.summary, data.period.days)
        self.calls_chart.set_series(data.series, data.period)
        self.deals_chart.set_series(data.series, data.period)
        self._show_status()
        self.loaded.emit()

    def _show_status(self) -> None:
        if self.loading:
            self.status.setText(self.tr("Loading…"))
        elif self.data is not None and not len(self.data.series):
            self.status.setText(fill(self.tr("No activity recorded for this rep between %1 and %2."),
                                     self.data.period.start.isoformat(), self.data.period.end.isoformat()))
        else:
            self.status.setText("")

    # ---------------------------------------------------------------- export
    def render_png(self) -> QImage:
        period = self.data.period if self.data else None
        subtitle = f"{period.start.isoformat()} – {period.end.isoformat()}" if period else ""
        return export.compose(self.rep.label, subtitle, [[self.kpis], [self.calls_panel], [self.deals_panel]])

    def export_png(self) -> str | None:
        period = self.data.period if self.data else None
        name = f"{self.rep.label}-{period.start}-{period.end}" if period else self.rep.label
        return export.ask_and_save(self, name, self.render_png)

    def keyPressEvent(self, event) -> None:  # Esc closes; Enter must not "press" Export
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
