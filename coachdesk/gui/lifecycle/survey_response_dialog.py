"""A stored questionnaire, read-only: who answered when, the four stage scores and each statement's answer."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.core.lifecycle.survey import Survey
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.survey_answers import AnswersModel
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.survey import ResponseRow


class ResponseDialog(QDialog):
    def __init__(self, survey: Survey, row: ResponseRow, answers: Mapping[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyResponseDialog")
        who = row.member_name or self.tr("Anonymous")
        self.setWindowTitle(fill(self.tr("Survey response — %1, %2"), who, row.answered_on.isoformat()))
        scores = " · ".join(f"{stage_label(stage)} {row.scores[stage]}" for stage in STAGES)
        header = QLabel(fill(self.tr("%1 answered on %2. Stage scores (8–40): %3"), who, row.answered_on.isoformat(),
                             scores))
        header.setWordWrap(True)
        self.model = AnswersModel(survey, self)
        self.model.answers = dict(answers)
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(AnswersModel.ITEM, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(AnswersModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(AnswersModel.ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
