"""The stage-history table under the timeline (date, kind, stage, diagnosed stage, confidence, contradiction,
reason, source) and the worker job that reads it with the team's formed date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from coachdesk.gui.lifecycle.lifecycle_labels import kind_label, source_label, stage_label
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.lifecycle.stage_colors import stage_colour
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.diagnosis import HistoryRow, stage_history
from coachdesk.store.roster.service import list_teams


@dataclass(frozen=True)
class TimelineData:
    team_id: int
    formed_on: dt.date | None
    history: tuple[HistoryRow, ...]


def load_timeline(database: Database, team_id: int) -> TimelineData:
    with database.session() as session:
        team = next((t for t in list_teams(session) if t.id == team_id), None)
        return TimelineData(team_id, team.formed_on if team else None, tuple(stage_history(session, team_id)))


class Column(IntEnum):
    DATE = 0
    KIND = 1
    STAGE = 2
    DIAGNOSED = 3
    CONFIDENCE = 4
    CONTRADICTION = 5
    REASON = 6
    SOURCE = 7


class TimelineModel(RowTableModel[HistoryRow]):
    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.KIND: self.tr("Kind"),
            Column.STAGE: self.tr("Stage"),
            Column.DIAGNOSED: self.tr("Diagnosed"),
            Column.CONFIDENCE: self.tr("Confidence"),
            Column.CONTRADICTION: self.tr("Principal contradiction"),
            Column.REASON: self.tr("Reason"),
            Column.SOURCE: self.tr("Source"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                Column.DATE: row.as_of.isoformat(),
                Column.KIND: kind_label(row.kind),
                Column.STAGE: stage_label(row.stage),
                Column.DIAGNOSED: stage_label(row.diagnosed_stage),
                Column.CONFIDENCE: f"{row.confidence * 100:.0f} %",
                Column.CONTRADICTION: row.contradiction_summary,
                Column.REASON: row.reason,
                Column.SOURCE: source_label(row.source),
            }[column]
        if role == ItemRole.SORT:
            return {
                Column.DATE: row.as_of.toordinal() * 10_000_000 + row.id,  # same day: in recorded order
                Column.STAGE: row.stage.order,
                Column.DIAGNOSED: row.diagnosed_stage.order,
                Column.CONFIDENCE: row.confidence,
            }.get(column, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STAGE:
                return QColor(stage_colour(row.stage))
            if column is Column.DIAGNOSED:
                return QColor(stage_colour(row.diagnosed_stage))
        return None


class TimelineProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setSortLocaleAware(True)

