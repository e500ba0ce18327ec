"""Table model of a team's members, with a proxy that filters by text and by active/left."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coachdesk.core.roster.model import MemberRow
from coachdesk.gui.roster.labels import role_label
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    EMPLOYEE_ID = 0
    NAME = 1
    ROLE = 2
    GROUP = 3
    PHONE = 4
    HIRED_ON = 5
    TENURE = 6
    STATUS = 7


def _header(column: Column) -> str:
    return {
        Column.EMPLOYEE_ID: translate("MembersModel", "Employee ID"),
        Column.NAME: translate("MembersModel", "Name"),
        Column.ROLE: translate("MembersModel", "Role"),
        Column.GROUP: translate("MembersModel", "Group"),
        Column.PHONE: translate("MembersModel", "Phone"),
        Column.HIRED_ON: translate("MembersModel", "Hired on"),
        Column.TENURE: translate("MembersModel", "Tenure (days)"),
        Column.STATUS: translate("MembersModel", "Status"),
    }[column]


class MembersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self.today = dt.date.today()

    def set_members(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = dt.date.today()
        self.endResetModel()

    def member(self, row: int) -> MemberRow:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, column)
        if role == ItemRole.SORT:
            return self._sort_key(m, column)
        if role == ItemRole.MEMBER_ID:
            return m.id
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS and not m.active:
            reason = m.leave_reason or translate("MembersModel", "no reason recorded")
            return fill(translate("MembersModel", "Left on %1: %2"), m.left_on.isoformat() if m.left_on else "", reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TENURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, m: MemberRow, column: Column) -> str:
        match column:
            case Column.EMPLOYEE_ID:
                return m.employee_id
            case Column.NAME:
                return m.name
            case Column.ROLE:
                return role_label(m.role)
            case Column.GROUP:
                return m.group_name or "—"
            case Column.PHONE:
                return m.phone
            case Column.HIRED_ON:
                return m.hired_on.isoformat()
            case Column.TENURE:
                return str(m.tenure_days(self.today))
            case Column.STATUS:
                if m.active:
                    return translate("MembersModel", "Active")
                return fill(translate("MembersModel", "Left %1"), m.left_on.isoformat() if m.left_on else "")

    def _sort_key(self, m: MemberRow, column: Column) -> Any:
        if column == Column.TENURE:
            return m.tenure_days(self.today)
        if column == Column.STATUS:
            return m.left_on.isoformat() if m.left_on else ""
        return self._display(m, column)


class MembersFilter(QSortFilterProxyModel):
    """Case-insensitive text filter over every column, optionally hiding members who left."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.show_left = False

    def set_show_left(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_left = show
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MembersModel)
        if not self.show_left and not model.member(source_row).active:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
