"""Create or edit a team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import TeamDraft, TeamSummary
from coachdesk.gui.forms.ui_team_dialog import Ui_TeamDialog
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog


class TeamDialog(ValidatingDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[TeamDraft], object],
                 team: TeamSummary | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self.team = team
        self.field_widgets = {"name": self.ui.nameEdit, "product": self.ui.productEdit,
                              "formed_on": self.ui.formedOnEdit, "notes": self.ui.notesEdit}
        if team is not None:
            self.ui.nameEdit.setText(team.name)
            self.ui.productEdit.setText(team.product)
            self.ui.formedOnEdit.setDate(to_qdate(team.formed_on))
            self.ui.notesEdit.setPlainText(team.notes)
        else:
            self.ui.formedOnEdit.setDate(to_qdate(dt.date.today()))
        self.use_form(self.ui.errorLabel, self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("New Team") if self.team is None else self.tr("Edit Team"))

    def draft(self) -> TeamDraft:
        return TeamDraft(self.ui.nameEdit.text(), self.ui.productEdit.text(),
                         from_qdate(self.ui.formedOnEdit.date()), self.ui.notesEdit.toPlainText())
