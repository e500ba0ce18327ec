"""The team's survey result as of a day (mean score per stage as bars, the reading in words, how many answered
and when) and the list of every response, with View and Delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.core.lifecycle.survey import CLEAR_SCORE, COMBINED, TRANSITION_GAP, TeamSurveyResult
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.panel_widgets import compact_rows, section_title
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.lifecycle.stage_bars import StageBars, score_text
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.survey import ResponseRow

translate = QCoreApplication.translate


def reading_lines(result: TeamSurveyResult) -> list[str]:
    """The reading rules applied to the team's means, in words (which rule decided and with what numbers)."""
    reading, means = result.reading, result.means
    lines: list[str] = []
    if reading.combined:
        early = next(e for e, late in COMBINED.items() if late is reading.stage)
        lines.append(fill(translate("SurveyResults", "High %1 with high %2 reads as %3 (%4 and %5, both ≥ %6)"),
                          stage_label(early).lower(), stage_label(reading.stage).lower(),
                          stage_label(reading.stage).lower(), score_text(means[early]),
                          score_text(means[reading.stage]), str(CLEAR_SCORE)))
    elif reading.clear:
        lines.append(fill(translate("SurveyResults", "%1, clearly (%2 ≥ %3)"), stage_label(reading.stage),
                          score_text(means[reading.stage]), str(CLEAR_SCORE)))
    else:
        lines.append(fill(translate("SurveyResults", "Leaning to %1 (%2, below the clear mark of %3)"),
                          stage_label(reading.stage).lower(), score_text(means[reading.stage]), str(CLEAR_SCORE)))
    if reading.transition is not None:
        early, late = reading.transition
        lines.append(fill(translate("SurveyResults", "Transition between %1 and %2 (within %3 points: %4 and %5)"),
                          stage_label(early).lower(), stage_label(late).lower(), str(TRANSITION_GAP),
                          score_text(means[early]), score_text(means[late])))
    return lines


class ResponsesModel(RowTableModel[ResponseRow]):
    columns = range(2 + len(STAGES))
    DATE, RESPONDENT = 0, 1  # then one column per stage

    def headers(self) -> dict[int, str]:
        stages = {column: stage_label(stage) for column, stage in enumerate(STAGES, start=2)}
        return {self.DATE: self.tr("Date"), self.RESPONDENT: self.tr("Respondent"), **stages}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ItemRole.ID:
            return row.id
        if column == self.DATE:
            value: object = row.answered_on
            shown = row.answered_on.isoformat()
        elif column == self.RESPONDENT:
            shown = row.member_name or self.tr("Anonymous")
            value = shown.lower()
        else:
            value = row.scores[STAGES[column - 2]]
            shown = str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == ItemRole.SORT:
            return value.toordinal() if isinstance(value, dt.date) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column > self.RESPONDENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.source == "import":
            return self.tr("Imported from a file")
        return None


class SurveyResults(QWidget):
    viewRequested = Signal(int)  # response id
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: TeamSurveyResult | None = None
        self.as_of: dt.date | None = None
        self.title = section_title()
        self.bars = StageBars()
        self.reading = QLabel()
        self.reading.setObjectName("surveyReading")
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        self.list_title = section_title()
        self.model = ResponsesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ItemRole.SORT)
        self.table = QTableView()
        self.table.setObjectName("surveyResponses")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResponsesModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("000") + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # stage columns share what is left
        header.setSectionResizeMode(ResponsesModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResponsesModel.RESPONDENT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self._emit(self.viewRequested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(lambda: self._emit(self.viewRequested))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("surveyDelete")
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bars)
        layout.addWidget(self.reading)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def show_result(self, result: TeamSurveyResult | None, as_of: dt.date, responses: Sequence[ResponseRow]) -> None:
        keep = self.selected_id()
        self.result, self.as_of = result, as_of
        self.model.set_rows(responses)
        if keep is not None:
            self.select(keep)
        self.retranslate()
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ItemRole.ID) if rows else None

    def select(self, response_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ItemRole.ID) == response_id:
                self.table.selectRow(row)
                return

    def _emit(self, signal: SignalInstance) -> None:
        response_id = self.selected_id()
        if response_id is not None:
            signal.emit(response_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.view_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def retranslate(self) -> None:
        as_of = self.as_of.isoformat() if self.as_of else ""
        self.title.setText(fill(self.tr("Team result as of %1"), as_of))
        self.list_title.setText(fill(self.tr("Responses (%1)"), str(self.model.rowCount())))
        self.view_button.setText(self.tr("&View…"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen response (Edit › Undo brings it back)"))
        self.model.retranslate()
        result = self.result
        if result is None:
            self.bars.set_means(None)
            self.reading.setText(fill(self.tr("Nobody has answered the survey up to %1 yet."), as_of))
            self.summary.clear()
            return
        self.bars.set_means(result.means, result.reading.stage)
        self.reading.setText("\n".join(reading_lines(result)))
        first, last = result.first_answered.isoformat(), result.last_answered.isoformat()
        if first == last:  # one round: the template has only %1 and %3, which take the next values in order
            self.summary.setText(fill(self.tr("Mean of %1 response(s) · latest round on %3"), result.responses, last))
        else:
            self.summary.setText(fill(self.tr("Mean of %1 response(s) · latest round %2 to %3"), result.responses,
                                      first, last))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
