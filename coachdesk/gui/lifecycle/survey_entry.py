"""Fast entry of paper questionnaires: respondent, answered-on date, the 32 statements answered from the
keyboard, a running count and Save (Ctrl+Return). The panel stores what ``saveRequested`` hands it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.lifecycle.survey import Survey
from coachdesk.core.roster.model import MemberRow
from coachdesk.gui.lifecycle.survey_answers import AnswersModel, AnswerTable
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.text import fill


class SurveyEntryForm(QWidget):
    saveRequested = Signal()  # read respondent(), answered_on() and answers()
    dateChanged = Signal(object)  # dt.date

    def __init__(self, survey: Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.respondent_label = QLabel()
        self.respondent = QComboBox()
        self.respondent.setObjectName("surveyRespondent")
        self.respondent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(lambda qdate: self.dateChanged.emit(from_qdate(qdate)))
        self.model = AnswersModel(survey, self)
        self.table = AnswerTable(self.model)
        self.table.answersChanged.connect(self._update_count)
        self.table.finished.connect(self._last_answered)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        self.status = QLabel()
        self.status.setObjectName("surveySaved")
        self.status.setStyleSheet("color: #166534;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("surveySave")
        self.save_button.clicked.connect(self.saveRequested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.saveRequested)

        form = QFormLayout()
        form.addRow(self.respondent_label, self.respondent)
        form.addRow(self.date_label, self.date_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.setTabOrder(self.date_edit, self.table)
        self.setTabOrder(self.table, self.save_button)
        self.retranslate()

    # ---------------------------------------------------------------- inputs
    def set_members(self, members: Sequence[MemberRow]) -> None:
        """'Anonymous' plus the team's active members (keeps the chosen one when it is still there)."""
        keep = self.respondent.currentData()
        self.respondent.clear()
        self.respondent.addItem(self.tr("Anonymous"), None)
        for member in members:
            if member.active:
                self.respondent.addItem(f"{member.name} ({member.employee_id})", member.id)
        found = self.respondent.findData(keep) if keep is not None else -1
        self.respondent.setCurrentIndex(max(0, found))

    def set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def respondent_id(self) -> int | None:
        return self.respondent.currentData()

    def answered_on(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def answers(self) -> dict[str, int]:
        return dict(self.model.answers)

    # ---------------------------------------------------------------- after a save attempt
    def show_missing(self, item_ids: Sequence[str]) -> None:
        """Highlight the unanswered rows, name them and put the cursor on the first; keep every answer."""
        ordered = [i for i in self.survey.ids if i in set(item_ids)]
        self.model.mark_missing(set(ordered))
        self.message.setText(fill(self.tr("Not saved: %1 statement(s) have no answer yet: %2"), str(len(ordered)),
                                  ", ".join(ordered)))
        self.message.show()
        self.status.clear()
        if ordered:
            self.table.go_to(self.model.row_of(ordered[0]))
        self.table.setFocus()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.status.clear()

    def saved(self, who: str) -> None:
        """Ready for the next paper: answers cleared, the respondent moves to the next member."""
        self.model.clear()
        self.message.hide()
        index = self.respondent.currentIndex()
        if 0 < index < self.respondent.count() - 1:
            self.respondent.setCurrentIndex(index + 1)
        self.status.setText(fill(self.tr("Saved the answers of %1."), who))
        self._update_count()
        self.table.go_to(0)
        self.table.setFocus()

    def reset(self) -> None:
        self.model.clear()
        self.message.hide()
        self.status.clear()
        self.respondent.setCurrentIndex(0)
        self._update_count()
        self.table.go_to(0)

    def _last_answered(self) -> None:
        self._update_count()
        self.save_button.setFocus()

    def _update_count(self) -> None:
        self.count_label.setText(fill(self.tr("%1 of %2 answered"), str(self.model.answered()),
                                      str(len(self.survey.items))))

    # ---------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.respondent_label.setText(self.tr("Respondent:"))
        self.date_label.setText(self.tr("Answered on:"))
        if self.respondent.count():
            self.respondent.setItemText(0, self.tr("Anonymous"))
        self.hint.setText(self.tr("Type 1–5 for each statement (1 almost never … 5 almost always); it moves on by itself. Backspace clears and goes back; Ctrl+Enter saves."))  # noqa: E501
        self.save_button.setText(self.tr("&Save answers"))
        self.save_button.setToolTip(self.tr("Save this questionnaire (Ctrl+Enter)"))
        self.model.retranslate()
        self.table.fit_answer_column()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
