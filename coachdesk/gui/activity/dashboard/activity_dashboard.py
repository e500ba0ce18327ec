"""The Activity tab of a team: range bar, KPI strip, daily charts, group bars and the per-rep table.

Loading: every change (team, range, ``refresh()`` after an import or a roster edit) bumps a generation number
and, if the tab is on screen, queues one query job on the worker (gui/tasks.py); results of older
generations are dropped, so a slow query never overwrites a newer choice. While the tab is hidden nothing is
queried: it is marked stale and loads when shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.activity.dashboard import export
from coachdesk.gui.activity.dashboard.charts import (
    CallsChart,
    ChartPanel,
    DealsChart,
    GroupChart,
    GroupMeasure,
    measure_name,
)
from coachdesk.gui.activity.dashboard.data import DEFAULT_RANGE, DashboardData, RangeChoice, load_dashboard
from coachdesk.gui.activity.dashboard.kpi_strip import KpiStrip
from coachdesk.gui.activity.dashboard.range_bar import RangeBar
from coachdesk.gui.activity.dashboard.rep_chart_dialog import RepChartDialog
from coachdesk.gui.activity.dashboard.rep_table import (
    Column,
    RepFilter,
    RepTableModel,
    RepTableView,
    SparklineDelegate,
)
from coachdesk.gui.shell.tabs import TeamData
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.store.database import Database

TREND_WIDTH = 150


class ActivityDashboard(QWidget):
    loaded = Signal()  # the widgets show the result of the latest query
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDashboard")
        self._db: Callable[[], Database] | None = None
        self.team_id: int | None = None
        self.team_name = ""
        self.choice = RangeChoice()
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self.data: DashboardData | None = None
        self.loading = False
        self.error = ""
        self.rep_dialog: RepChartDialog | None = None
        self._generation = 0
        self._stale = False
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)  # several refresh requests in one event-loop turn become one query
        self._load_timer.timeout.connect(self._start_load)

        # top bar
        self.range_bar = RangeBar()
        self.range_bar.changed.connect(self.set_range)
        self.status = QLabel()
        self.status.setObjectName("emptyHint")
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_png)
        top = QHBoxLayout()
        top.addWidget(self.range_bar)
        top.addStretch(1)
        top.addWidget(self.status)

        # content
        self.period_label = QLabel()
        self.period_label.setObjectName("countLabel")
        self.kpis = KpiStrip()
        self.calls_chart = CallsChart()
        self.deals_chart = DealsChart()
        self.group_chart = GroupChart()
        self.calls_chart.hovered.connect(self.deals_chart.mark_x)
        self.deals_chart.hovered.connect(self.calls_chart.mark_x)
        self.calls_panel = ChartPanel(self.calls_chart)
        self.deals_panel = ChartPanel(self.deals_chart)
        self.measure = QComboBox()
        for measure in GroupMeasure:
            self.measure.addItem("", measure)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.groups_panel = ChartPanel(self.group_chart, self.measure)

        self.model = RepTableModel(self)
        self.proxy = RepFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RepTableView()
        self.table.setModel(self.proxy)
        self.delegate = SparklineDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.TREND, self.delegate)
        self.model.modelReset.connect(self.delegate.clear_cache)
        self.table.sortByColumn(Column.REVENUE, Qt.SortOrder.DescendingOrder)
        self.table.repActivated.connect(self.open_rep)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.rep_count = QLabel()
        self.rep_count.setObjectName("countLabel")
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.reps_title = QLabel()
        self.reps_title.setObjectName("chartTitle")
        reps_box = QFrame()
        reps_box.setObjectName("chartPanel")
        reps_bar = QHBoxLayout()
        reps_bar.addWidget(self.reps_title)
        reps_bar.addWidget(self.filter_edit, 1)
        reps_bar.addWidget(self.rep_count)
        reps_layout = QVBoxLayout(reps_box)
        reps_layout.setContentsMargins(8, 6, 8, 6)
        reps_layout.addLayout(reps_bar)
        reps_layout.addWidget(self.table, 1)
        self.reps_panel = reps_box

        self.charts_row = QSplitter(Qt.Orientation.Horizontal)
        self.charts_row.addWidget(self.calls_panel)
        self.charts_row.addWidget(self.deals_panel)
        self.bottom_row = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_row.addWidget(self.groups_panel)
        self.bottom_row.addWidget(self.reps_panel)
        self.bottom_row.setStretchFactor(0, 2)
        self.bottom_row.setStretchFactor(1, 3)
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.addWidget(self.charts_row)
        self.rows.addWidget(self.bottom_row)
        self.rows.setChildrenCollapsible(False)
        self.charts_row.setSizes([1000, 1000])  # scaled to the real width on the first layout
        self.bottom_row.setSizes([700, 1300])
        content = QWidget()
        content.setObjectName("dashboardContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()  # inside the scroll area: the tab's minimum width stays that of the range bar
        header.addWidget(self.period_label, 1)
        header.addWidget(self.export_button)
        content_layout.addLayout(header)
        content_layout.addWidget(self.kpis)
        content_layout.addWidget(self.rows, 1)
        content.setMinimumHeight(600)
        self.scroll_area = QScrollArea()  # not `scroll`: QWidget.scroll() is a method
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the content re-flows
        self.scroll_area.setWidget(content)
        self.content = content

        # empty states
        self.empty_range_page, self.empty_range_text, jump_button = self._message_page(with_button=True)
        assert jump_button is not None  # asked for with_button=True
        self.jump_button: QPushButton = jump_button
        self.jump_button.clicked.connect(self.show_last_range)
        self.no_activity_page, self.no_activity_text, _ = self._message_page(with_button=False)
        self.stack = QStackedWidget()
        for page in (self.scroll_area, self.empty_range_page, self.no_activity_page):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.export_button.setEnabled(False)
        self.retranslate()

    @staticmethod
    def _message_page(with_button: bool) -> tuple[QWidget, QLabel, QPushButton | None]:
        page = QWidget()
        text = QLabel()
        text.setObjectName("emptyHint")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(300)
        text.setMaximumWidth(560)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton() if with_button else None
        row = QHBoxLayout()  # no alignment flag on the label itself: with one, wrapped lines get cut off
        row.addStretch(1)
        row.addWidget(text, 100)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        if button is not None:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page, text, button

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export Charts as PNG…"))
        self.export_button.setToolTip(self.tr("Save the KPIs and charts of this range as one PNG image"))
        for row in range(self.measure.count()):
            self.measure.setItemText(row, measure_name(GroupMeasure(self.measure.itemData(row))))
        self.reps_title.setText(self.tr("Reps"))
        self.filter_edit.setPlaceholderText(self.tr("Filter reps by name, employee ID or group…"))
        self.table.setToolTip(self.tr("Double-click a rep or press Enter to see their daily chart"))
        self.no_activity_text.setText(self.tr("No call activity yet. Import a call-centre export (File → Import Activity…) or enter a day's figures by hand."))  # noqa: E501 - one literal for lupdate
        self.jump_button.setText(self.tr("Show the Last 30 Days With Activity"))
        self.model.retranslate()
        self.groups_panel.retranslate()
        self._show_empty_range_text()
        self._show_period()
        self._show_status()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_empty_range_text(self) -> None:
        data = self.data
        if data is None or data.span is None:
            self.empty_range_text.setText("")
            return
        self.empty_range_text.setText(
            fill(self.tr("No call activity between %1 and %2."), data.period.start.isoformat(),
                 data.period.end.isoformat()) + "\n"
            + fill(self.tr("This team's activity runs from %1 to %2."), data.span.start.isoformat(),
                   data.span.end.isoformat()))

    def _show_period(self) -> None:
        data = self.data
        if data is None or data.span is None:
            self.period_label.setText("")
            return
        self.period_label.setText(
            fill(self.tr("%1 to %2 (%3 days); changes are against the %3 days before."), data.period.start.isoformat(),
                 data.period.end.isoformat(), str(data.period.days)))

    def _show_status(self) -> None:
        if self.error:
            self.status.setText(fill(self.tr("Could not load the activity: %1"), self.error))
        elif self.loading:
            self.status.setText(self.tr("Loading…"))
        else:
            self.status.setText("")

    def _update_count(self, *_args: object) -> None:
        self.rep_count.setText(fill(self.tr("%1 of %2 reps"), str(self.proxy.rowCount()), str(self.model.rowCount())))

    # ---------------------------------------------------------------- what to show
    def set_database(self, db: Callable[[], Database] | Database) -> None:
        """The database to read (a callable is asked each time: the main window can switch files)."""
        self._db = db if callable(db) else (lambda: db)
        self.refresh()

    def show_team(self, data: TeamData) -> None:
        self.set_team(data.team.id, data.team.name)

    def set_team(self, team_id: int, name: str = "") -> None:
        if team_id != self.team_id:
            self.filter_edit.clear()
            self.data = None
        self.team_id, self.team_name = team_id, name
        self.refresh()

    def set_range(self, choice: RangeChoice) -> None:
        self.choice = choice
        self.refresh()

    def show_last_range(self) -> None:
        """From an empty range back to the last 30 days that have activity."""
        self.range_bar.choose(RangeChoice(DEFAULT_RANGE))

    def refresh(self, team_id: int | None = None) -> None:
        """Reload (after an import, a roster edit, a new range). With ``team_id``, only if it is this team."""
        if team_id is not None and team_id != self.team_id:
            return
        self._generation += 1  # whatever is in flight now is stale
        self._stale = True
        if self.isVisible():
            self._load_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load_timer.start()

    def _start_load(self) -> None:
        if self._db is None or self.team_id is None:
            return
        self._stale = False
        generation = self._generation
        db, team_id, choice, today = self._db(), self.team_id, self.choice, self.today
        self.loading, self.error = True, ""
        self._show_status()
        if self.data is None or self.data.team_id != team_id:
            self.stack.setEnabled(False)  # another team's figures are still on screen: no hover, no clicks

        def done(data: DashboardData) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.apply(data)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.loading, self.error = False, str(exc)
                self.stack.setEnabled(True)
                self._show_status()
                self.failed.emit(self.error)

        run_task(self, lambda _progress, _cancel: load_dashboard(db, team_id, choice, today),
                 title=self.tr("Loading activity…"), on_success=done, on_failure=failed, show_progress=False)

    def apply(self, data: DashboardData) -> None:
        """Show a query result (the worker's, or one computed synchronously by the benchmark)."""
        self.loading, self.error = False, ""
        self.data = data
        self.stack.setEnabled(True)
        if not data.has_activity:
            self.stack.setCurrentWidget(self.no_activity_page)
            self.range_bar.hide()
        else:
            self.range_bar.show()
            self.range_bar.set_state(data.choice, data.period)
            self.stack.setCurrentWidget(self.empty_range_page if data.range_empty else self.scroll_area)
        self._show_empty_range_text()
        self._show_period()
        self.export_button.setEnabled(data.has_activity and not data.range_empty)
        self.kpis.set_summary(data.summary, data.period.days)
        self.calls_chart.set_series(data.series, data.period)
        self.deals_chart.set_series(data.series, data.period)
        self.group_chart.set_groups(data.groups)
        self._set_reps(data)
        self._show_status()
        self.loaded.emit()

    def _set_reps(self, data: DashboardData) -> None:
        selected = self.selected_member_id()
        first = self.model.rowCount() == 0
        self.model.set_rows(data.reps, data.period, data.spark_bucket_days)
        if first:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(Column.TREND, TREND_WIDTH)
        if selected is not None:
            self.select_member(selected)

    def _measure_changed(self, _index: int) -> None:
        self.group_chart.set_measure(GroupMeasure(self.measure.currentData()))
        self.groups_panel.retranslate()

    # ---------------------------------------------------------------- reps
    def selected_member_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ItemRole.MEMBER_ID)) if rows else None

    def select_member(self, member_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, Column.REP)
            if index.data(ItemRole.MEMBER_ID) == member_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def open_rep(self, member_id: int) -> RepChartDialog | None:
        rep = next((r for r in self.model.rows() if r.member_id == member_id), None)
        if rep is None or self._db is None or self.team_id is None:
            return None
        if self.rep_dialog is not None and shiboken6.isValid(self.rep_dialog):
            self.rep_dialog.close()
        dialog = RepChartDialog(self, self._db, self.team_id, rep, self.choice, self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.rep_dialog = dialog
        return dialog

    # ---------------------------------------------------------------- export
    def render_png(self) -> QImage:
        period = self.data.period if self.data else None
        subtitle = f"{period.start.isoformat()} – {period.end.isoformat()}" if period else ""
        title = fill(self.tr("%1 — call activity"), self.team_name)
        return export.compose(title, subtitle, [[self.kpis], [self.calls_panel, self.deals_panel],
                                                [self.groups_panel]], hide=(self.measure,))

    def export_png(self) -> str | None:
        period = self.data.period if self.data else None
        name = f"{self.team_name}-activity-{period.start}-{period.end}" if period else f"{self.team_name}-activity"
        return export.ask_and_save(self, name, self.render_png)
