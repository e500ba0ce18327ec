"""The all-teams overview: every team diagnosed as of a day (in the worker, with progress and Cancel), in a
sortable, filterable table. Double-click or Enter on a row opens that team's Lifecycle tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.lifecycle.as_of_edit import AsOfEdit
from coachdesk.gui.lifecycle.column_fit import ColumnFit
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.overview_model import (
    Column,
    OverviewEntry,
    OverviewModel,
    OverviewProxy,
    load_overview,
)
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.task_panel import TaskPanel
from coachdesk.gui.widgets.text import fill

MIN_SUMMARY_WIDTH = 280


class OverviewTable(QTableView):
    enterPressed = Signal(QModelIndex)  # Enter / Return on the current row (platforms differ on "activated")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enterPressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class OverviewPage(QWidget):
    teamActivated = Signal(int)
    loaded = Signal()

    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.context = context
        self.error = ""
        self.cancelled = False
        self.has_data = False
        self._stale = True
        context.changed.connect(self._context_changed)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.as_of_caption = QLabel()
        self.as_of_edit = AsOfEdit(context.today)
        self.as_of_edit.dayChosen.connect(self.refresh)
        self.as_of_caption.setBuddy(self.as_of_edit)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.load)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.panel = TaskPanel()
        self.status = QLabel()
        self.status.setObjectName("emptyHint")
        self.status.setWordWrap(True)

        self.model = OverviewModel(self)
        self.proxy = OverviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.table = OverviewTable()
        self.table.setObjectName("overviewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TEAM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CONTRADICTION, QHeaderView.ResizeMode.Stretch)
        self.column_fit = ColumnFit(self.table, [Column.CONTRADICTION], MIN_SUMMARY_WIDTH)
        self.table.doubleClicked.connect(self._activate)
        self.table.enterPressed.connect(self._activate)

        controls = QHBoxLayout()
        controls.addWidget(self.as_of_caption)
        controls.addWidget(self.as_of_edit)
        controls.addWidget(self.refresh_button)
        controls.addSpacing(12)
        controls.addWidget(self.filter_edit, 1)
        controls.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(controls)
        layout.addWidget(self.panel)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # ---------------------------------------------------------------- loading
    def as_of(self) -> dt.date:
        return self.as_of_edit.day()

    def set_as_of(self, day: dt.date) -> None:
        self.as_of_edit.set_day(day)

    def refresh(self) -> None:
        """Load now if on screen, else when next shown."""
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def _context_changed(self, _team_id: int) -> None:
        self.refresh()  # a stage accepted or a plan changed: held stage and action counts may differ

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        self.as_of_edit.follow_today()
        database, as_of, today = self.context.database(), self.as_of(), self.context.today()
        self.error, self.cancelled = "", False
        self.refresh_button.setEnabled(False)
        self.panel.start(lambda progress, cancel: load_overview(database, as_of, today, progress, cancel),
                         self.tr("Diagnosing every team…"), on_success=self._loaded, on_failure=self._failed,
                         on_cancel=self._cancelled)
        self.retranslate()

    @property
    def loading(self) -> bool:
        return self.panel.running

    def _loaded(self, entries: list[OverviewEntry]) -> None:
        self.has_data = True
        self.model.set_entries(entries)
        self._done()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error = str(exc)
        self._done()

    def _cancelled(self) -> None:
        self.cancelled = True
        self._done()

    def _done(self) -> None:
        self.refresh_button.setEnabled(True)
        self.retranslate()

    # ---------------------------------------------------------------- rows
    def row_of(self, team_id: int) -> int | None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ItemRole.TEAM_ID) == team_id:
                return row
        return None

    def _activate(self, index: QModelIndex) -> None:
        team_id = index.data(ItemRole.TEAM_ID)
        if team_id is not None:
            self.teamActivated.emit(int(team_id))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 of %2 teams"), shown, total) if shown != total
                                 else fill(self.tr("%1 teams"), total))

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.title.setText(self.tr("Teams overview"))
        self.subtitle.setText(self.tr("Every team's stage and principal contradiction. Double-click a team (or press Enter) to open its Lifecycle tab."))  # noqa: E501 - one literal for lupdate
        self.as_of_caption.setText(self.tr("&As of:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by team, stage or contradiction…"))
        if self.error:
            self.status.setText(fill(self.tr("The overview could not be made: %1"), self.error))
        elif self.cancelled:
            self.status.setText(self.tr("Cancelled: the table shows the last complete overview."))
        elif self.has_data and self.model.rowCount() == 0:
            self.status.setText(self.tr("No teams yet: create a team or load the demo data."))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
