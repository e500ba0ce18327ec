"""Create or edit a team. The formation date may be left to the team's history; a typed date later than the
team's own data is pointed out while typing (the diagnosis counts the age from the first calls then)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import TeamDraft, TeamSummary
from coachdesk.gui.forms.ui_team_dialog import Ui_TeamDialog
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog


class TeamDialog(ValidatingDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[TeamDraft], object],
                 team: TeamSummary | None = None, data_start: dt.date | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self.team, self.data_start = team, data_start  # data_start: the team's earliest membership or activity
        self.field_widgets = {"name": self.ui.nameEdit, "product": self.ui.productEdit,
                              "formed_on": self.ui.formedOnEdit, "notes": self.ui.notesEdit}
        self.ui.formedWarningLabel.setProperty("state", "warn")
        if team is not None:
            self.ui.nameEdit.setText(team.name)
            self.ui.productEdit.setText(team.product)
            self.ui.formedOnEdit.setDate(to_qdate(team.formed_on))
            self.ui.formedUnknownCheck.setChecked(not team.formed_on_known)
            self.ui.notesEdit.setPlainText(team.notes)
        else:
            self.ui.formedOnEdit.setDate(to_qdate(today or dt.date.today()))
        self.ui.formedUnknownCheck.toggled.connect(self._update_formed)
        self.ui.formedOnEdit.dateChanged.connect(self._update_formed)
        self._update_formed()
        self.use_form(self.ui.errorLabel, self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("New Team") if self.team is None else self.tr("Edit Team"))
        if hasattr(self, "data_start"):
            self._update_formed()

    def _update_formed(self) -> None:
        unknown = self.ui.formedUnknownCheck.isChecked()
        self.ui.formedOnEdit.setEnabled(not unknown)
        typed = from_qdate(self.ui.formedOnEdit.date())
        if unknown:
            text = (fill(self.tr("The team's history starts on %1: that becomes its formation date."),
                         self.data_start.isoformat()) if self.data_start is not None else
                    self.tr("Importing the team's call history will set the formation date to its first day."))
            state = ""
        elif self.data_start is not None and typed > self.data_start:
            text = fill(self.tr("This date is later than the team's own data, which starts on %1. The date is kept, "
                                "but the diagnosis counts the team's age from its first calls."),
                        self.data_start.isoformat())
            state = "warn"
        else:
            text, state = "", ""
        self.ui.formedWarningLabel.setText(text)
        self.ui.formedWarningLabel.setVisible(bool(text))
        self.ui.formedWarningLabel.setProperty("state", state)
        self.ui.formedWarningLabel.style().unpolish(self.ui.formedWarningLabel)
        self.ui.formedWarningLabel.style().polish(self.ui.formedWarningLabel)

    def draft(self) -> TeamDraft:
        return TeamDraft(self.ui.nameEdit.text(), self.ui.productEdit.text(),
                         from_qdate(self.ui.formedOnEdit.date()), self.ui.notesEdit.toPlainText(),
                         formed_on_known=not self.ui.formedUnknownCheck.isChecked())
