"""Sidebar: the teams, each with its member and group counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from coachdesk.core.roster.model import TeamSummary
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises



class TeamListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._teams: list[TeamSummary] = []

    def set_teams(self, teams: list[TeamSummary]) -> None:
        self.beginResetModel()
        self._teams = list(teams)
        self.endResetModel()

    def teams(self) -> list[TeamSummary]:
        return list(self._teams)

    def row_of(self, team_id: int) -> int | None:
        return next((i for i, t in enumerate(self._teams) if t.id == team_id), None)

    def retranslate(self) -> None:
        if self._teams:
            self.dataChanged.emit(self.index(0), self.index(len(self._teams) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._teams)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        team = self._teams[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            counts = fill(translate("TeamListModel", "%1 members · %2 groups"), str(team.active_count),
                          str(team.group_count))
            return f"{team.name}\n{counts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            age = (dt.date.today() - team.formed_on).days
            text = translate("TeamListModel", "%1\nProduct: %2\nFormed %3 (%4 days ago)")
            return fill(text, team.name, team.product or "—", team.formed_on.isoformat(), str(age))
        if role == ItemRole.TEAM_ID:
            return team.id
        return None
