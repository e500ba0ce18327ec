"""All teams diagnosed as of one day: the worker job (with progress and cancel) and the table model — team,
diagnosed stage, held stage, confidence, principal contradiction, open and overdue actions."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.lifecycle.stage_colors import stage_colour, stage_tint
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.diagnosis import OverviewRow, overview

OverviewEntry = OverviewRow


def load_overview(database: Database, as_of: dt.date, today: dt.date, progress: ProgressCallback,
                  cancel: CancelToken) -> list[OverviewEntry]:
    """The worker job: every team diagnosed as of ``as_of`` (store.lifecycle.overview), with progress and cancel."""
    with database.session() as session:
        return overview(session, as_of, today, progress, cancel)


class Column(IntEnum):
    TEAM = 0
    STAGE = 1
    HELD = 2
    CONFIDENCE = 3
    CONTRADICTION = 4
    OPEN = 5
    OVERDUE = 6


class OverviewModel(RowTableModel[OverviewEntry]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summaries: dict[int, str] = {}  # team id → summary in the content language (cached per language)
        self._summary_lang = ""

    def set_entries(self, entries: list[OverviewEntry]) -> None:
        self._summaries.clear()
        self.set_rows(entries)

    def retranslate(self) -> None:
        self._summaries.clear()
        super().retranslate()

    def summary(self, entry: OverviewEntry) -> str:
        lang = content_language()
        if lang != self._summary_lang:
            self._summaries.clear()
            self._summary_lang = lang
        if entry.team_id not in self._summaries:
            self._summaries[entry.team_id] = contradiction_text(entry.diagnosis, lang).summary
        return self._summaries[entry.team_id]

    def headers(self) -> dict[int, str]:
        return {
            Column.TEAM: self.tr("Team"),
            Column.STAGE: self.tr("Stage"),
            Column.HELD: self.tr("Held stage"),
            Column.CONFIDENCE: self.tr("Confidence"),
            Column.CONTRADICTION: self.tr("Principal contradiction"),
            Column.OPEN: self.tr("Open actions"),
            Column.OVERDUE: self.tr("Overdue"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self.rows[index.row()], Column(index.column())
        diagnosis = entry.diagnosis
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TEAM: entry.team_name,
                Column.STAGE: stage_label(diagnosis.top_stage),
                Column.HELD: stage_label(entry.held_stage) if entry.held_stage else "—",
                Column.CONFIDENCE: f"{diagnosis.confidence * 100:.0f} %",
                Column.CONTRADICTION: self.summary(entry),
                Column.OPEN: str(entry.open_actions),
                Column.OVERDUE: str(entry.overdue_actions),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.CONTRADICTION:
                return self.summary(entry)
            if column is Column.HELD and entry.held_stage is None:
                return self.tr("No stage accepted yet")
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ItemRole.SORT:
            return {
                Column.STAGE: diagnosis.top_stage.order * 10 + diagnosis.confidence,  # then by confidence
                Column.HELD: entry.held_stage.order if entry.held_stage else -1,
                Column.CONFIDENCE: diagnosis.confidence,
                Column.OPEN: entry.open_actions,
                Column.OVERDUE: entry.overdue_actions,
            }.get(column, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == ItemRole.TEAM_ID:
            return entry.team_id
        stage = {Column.STAGE: diagnosis.top_stage, Column.HELD: entry.held_stage}.get(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if stage is not None:
                return QColor(stage_colour(stage))
            if column is Column.OVERDUE and entry.overdue_actions:
                return QColor("#b91c1c")
        if role == Qt.ItemDataRole.BackgroundRole and stage is not None:
            return QColor(stage_tint(stage))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.CONFIDENCE, Column.OPEN, Column.OVERDUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverviewProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers; the filter matches any column (team, stage names, contradiction text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setSortLocaleAware(True)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
