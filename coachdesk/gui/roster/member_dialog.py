"""Add or edit a member (a new member can go straight into a group)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import GroupRow, MemberDraft, MemberRow, Role
from coachdesk.gui.forms.ui_member_dialog import Ui_MemberDialog
from coachdesk.gui.roster.labels import role_label
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog


class MemberDialog(ValidatingDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[tuple[MemberDraft, int | None]], object],
                 groups: list[GroupRow], member: MemberRow | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.member = member
        self.groups = groups
        self.field_widgets = {"employee_id": self.ui.employeeIdEdit, "name": self.ui.nameEdit,
                              "role": self.ui.roleCombo, "phone": self.ui.phoneEdit,
                              "hired_on": self.ui.hiredOnEdit, "group": self.ui.groupCombo}
        self.use_form(self.ui.errorLabel, self.ui.buttonBox)
        if member is not None:
            self.ui.employeeIdEdit.setText(member.employee_id)
            self.ui.nameEdit.setText(member.name)
            self.ui.roleCombo.setCurrentIndex(list(Role).index(member.role))
            self.ui.phoneEdit.setText(member.phone)
            self.ui.hiredOnEdit.setDate(to_qdate(member.hired_on))
            # Group changes of an existing member go through "Move to group", which keeps the history.
            self.ui.groupLabel.hide()
            self.ui.groupCombo.hide()
        else:
            self.ui.hiredOnEdit.setDate(to_qdate(dt.date.today()))

    def retranslate(self) -> None:
        role_index = max(self.ui.roleCombo.currentIndex(), 0)
        group_index = max(self.ui.groupCombo.currentIndex(), 0)
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("New Member") if self.member is None else self.tr("Edit Member"))
        self.ui.roleCombo.clear()
        for role in Role:
            self.ui.roleCombo.addItem(role_label(role), role.value)
        self.ui.roleCombo.setCurrentIndex(role_index)
        self.ui.groupCombo.clear()
        self.ui.groupCombo.addItem(self.tr("(no group)"), None)
        for group in self.groups:
            self.ui.groupCombo.addItem(group.name, group.id)
        self.ui.groupCombo.setCurrentIndex(group_index)

    def draft(self) -> tuple[MemberDraft, int | None]:
        draft = MemberDraft(self.ui.employeeIdEdit.text(), self.ui.nameEdit.text(),
                            from_qdate(self.ui.hiredOnEdit.date()), Role(self.ui.roleCombo.currentData()),
                            self.ui.phoneEdit.text())
        return draft, self.ui.groupCombo.currentData()
