"""Record that a member left the team (date and reason)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import LeaveDraft, MemberRow
from coachdesk.gui.forms.ui_leave_dialog import Ui_LeaveDialog
from coachdesk.gui.roster.labels import leave_reasons
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog


class LeaveDialog(ValidatingDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[LeaveDraft], object], member: MemberRow) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self.member = member
        self.field_widgets = {"left_on": self.ui.leftOnEdit, "reason": self.ui.reasonCombo}
        self.ui.leftOnEdit.setDate(to_qdate(max(dt.date.today(), member.hired_on)))
        self.use_form(self.ui.errorLabel, self.ui.buttonBox)
        self.ui.reasonCombo.setCurrentText("")

    def retranslate(self) -> None:
        typed = self.ui.reasonCombo.currentText()
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Record Leaving"))
        self.ui.introLabel.setText(
            fill(self.tr("%1 (%2), hired on %3. Their group membership ends on the last day; the history is kept."),
                 self.member.name, self.member.employee_id, self.member.hired_on.isoformat()))
        self.ui.reasonCombo.clear()
        self.ui.reasonCombo.addItems(leave_reasons())
        self.ui.reasonCombo.setCurrentText(typed)

    def draft(self) -> LeaveDraft:
        return LeaveDraft(from_qdate(self.ui.leftOnEdit.date()), self.ui.reasonCombo.currentText())
