"""The Timeline sub-tab: the team's stages over its life (chart) and the history entries (sortable table), or a
hint when nothing has been accepted yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.lifecycle.column_fit import ColumnFit
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.timeline_chart import TimelineChart
from coachdesk.gui.lifecycle.timeline_model import Column, TimelineData, TimelineModel, TimelineProxy, load_timeline
from coachdesk.gui.lifecycle.view_loader import LoadedTeamView
from coachdesk.gui.widgets.tasks import Job
from coachdesk.gui.widgets.text import fill


class TimelineView(LoadedTeamView[TimelineData]):
    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("timelineView")
        self.chart = TimelineChart()
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.model = TimelineModel(self)
        self.proxy = TimelineProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (Column.CONTRADICTION, Column.REASON):  # the long texts share the rest and wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.column_fit = ColumnFit(self.table, [Column.CONTRADICTION, Column.REASON], 220)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.legend)
        chart_layout.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(self.table)
        self.splitter.setSizes([300, 200])

        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyHint")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QWidget()
        row = QHBoxLayout()  # no alignment flag on the label: with one, wrapped lines get cut off
        row.addStretch(1)
        row.addWidget(self.empty_text, 100)
        row.addStretch(1)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(empty)
        self.empty_page = empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def _make_job(self) -> Job | None:
        if self.team_id is None:
            return None
        database, team_id = self.context.database(), self.team_id
        return lambda _p, _c: load_timeline(database, team_id)

    def _failed(self, exc: BaseException) -> None:
        self.stack.setCurrentWidget(self.empty_page)
        super()._failed(exc)

    def _show(self, data: TimelineData | None) -> None:
        self.data = data
        history = data.history if data is not None else ()
        self.model.set_rows(history)
        self.chart.set_history(history, data.formed_on if data else None, self.context.today())
        self.stack.setCurrentWidget(self.splitter if history else self.empty_page)
        self.retranslate()

    def retranslate(self) -> None:
        self.legend.setText(self.tr("● accepted   ■ confirmed   ▲ overridden — colour: stage; line: the stage held; dashed: the day the team formed"))  # noqa: E501 - one literal for lupdate
        if self.error:
            self.empty_text.setText(fill(self.tr("The history could not be read: %1"), self.error))
        elif self.loading and self.data is None:
            self.empty_text.setText(self.tr("Loading the stage history…"))
        else:
            self.empty_text.setText(self.tr("No stage history yet: accept a diagnosis to start the timeline"))
        self.model.retranslate()
