"""The actions of a plan as a sortable table: title, owner (the member, else the role), due date, status,
notes and a carried-over marker. Open actions past their due date stand out: red text, a bold due date and
a tooltip saying by how many days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.gui.lifecycle.lifecycle_labels import role_label, status_label
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

OVERDUE_COLOUR = QColor("#b91c1c")
CLOSED_COLOUR = QColor("#6b7280")
CARRIED_COLOUR = QColor("#1d4ed8")
STATUS_ORDER = {ActionStatus.OPEN: 0, ActionStatus.DONE: 1, ActionStatus.DROPPED: 2}


def owner_text(action: ActionRow) -> str:
    return action.owner_name or role_label(action.owner_role)


class ActionsModel(RowTableModel[ActionRow]):
    columns = range(6)
    TITLE, OWNER, DUE, STATUS, NOTES, CARRIED = columns

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_actions(self, rows: Sequence[ActionRow], today: dt.date) -> None:
        self.today = today
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        return {self.TITLE: self.tr("Action"), self.OWNER: self.tr("Owner"), self.DUE: self.tr("Due"),
                self.STATUS: self.tr("Status"), self.NOTES: self.tr("Notes"), self.CARRIED: ""}

    def action(self, row: int) -> ActionRow:
        return self.rows[row]

    def overdue_days(self, action: ActionRow) -> int:
        return (self.today - action.due_on).days if action.overdue(self.today) else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self.rows[index.row()]
        column = index.column()
        overdue = action.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == ItemRole.ID:
            return action.id
        if role == ItemRole.SORT:
            return self._sort_key(action, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return OVERDUE_COLOUR
            if action.status is not ActionStatus.OPEN:
                return CLOSED_COLOUR
            return CARRIED_COLOUR if column == self.CARRIED else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if overdue and column == self.DUE:
                font.setBold(True)
                return font
            if action.status is ActionStatus.DROPPED and column == self.TITLE:
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return fill(self.tr("Overdue by %1 days"), str(self.overdue_days(action)))
            if column == self.NOTES and action.notes:
                return action.notes
            if column == self.CARRIED and action.carried_over:
                return self.tr("Still open from an earlier plan")
            if column == self.TITLE:
                return action.title
            return None
        return None

    def _display(self, action: ActionRow, column: int) -> str:
        if column == self.TITLE:
            return action.title
        if column == self.OWNER:
            return owner_text(action)
        if column == self.DUE:
            return action.due_on.isoformat()
        if column == self.STATUS:
            return status_label(action.status)
        if column == self.NOTES:
            return " ".join(action.notes.split())
        return self.tr("carried over") if action.carried_over else ""

    def _sort_key(self, action: ActionRow, column: int) -> object:
        if column == self.DUE:
            return action.due_on.toordinal()
        if column == self.STATUS:
            return STATUS_ORDER[action.status]
        if column == self.CARRIED:
            return int(action.carried_over)
        return self._display(action, column).casefold()


class ActionsProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
