"""The Members tab: filter box, "show members who left", and the sortable member table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.roster.model import MemberRow
from coachdesk.gui.roster.members_model import Column, MembersFilter, MembersModel
from coachdesk.gui.shell.tabs import TeamData
from coachdesk.gui.widgets.text import fill


class MembersView(QWidget):
    selectionChanged = Signal()
    editRequested = Signal()
    contextMenuWanted = Signal(QMenu)  # the owner fills the menu with its actions before it pops up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MembersModel(self)
        self.proxy = MembersFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_left = QCheckBox()
        self.show_left.toggled.connect(self.proxy.set_show_left)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.EMPLOYEE_ID, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.editRequested.emit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.show_left)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, employee ID, group, role…  (Ctrl+F)"))
        self.show_left.setText(self.tr("Show members who left"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_team(self, data: TeamData) -> None:
        self.set_members(data.members)

    def set_members(self, members: list[MemberRow]) -> None:
        keep = self.selected_member()
        self.model.set_members(members)
        self.table.resizeColumnsToContents()
        if keep is not None:
            self.select_member(keep.id)

    def _update_count(self, *_args: object) -> None:
        active = sum(1 for row in range(self.model.rowCount()) if self.model.member(row).active)
        self.count_label.setText(fill(self.tr("%1 shown · %2 active"), str(self.proxy.rowCount()), str(active)))

    def selected_member(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.member(self.proxy.mapToSource(rows[0]).row())

    def select_member(self, member_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.member(row).id == member_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                    return True
        return False

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        self.contextMenuWanted.emit(menu)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))
