"""Add or edit one action: title, owner (a role, optionally a named member), due date, status and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.lifecycle.actions import ActionDraft, ActionStatus
from coachdesk.core.roster.model import MemberRow
from coachdesk.gui.lifecycle.lifecycle_labels import role_label, status_label
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog

OWNER_ROLES = ("manager", "group_leader", "trainer", "rep")


class ActionDialog(ValidatingDialog):
    def __init__(self, draft: ActionDraft, members: Sequence[MemberRow], submit: Callable[[ActionDraft], object],
                 is_new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("actionDialog")
        self.original = draft
        self.is_new = is_new
        self.title = QLineEdit(draft.title)
        self.role = QComboBox()
        for role in OWNER_ROLES:
            self.role.addItem("", role)
        self.role.setCurrentIndex(max(0, self.role.findData(draft.owner_role)))
        self.member = QComboBox()
        self.member.addItem("", None)
        self.member_roles: dict[int, str] = {}
        for member in members:
            if member.active or member.id == draft.owner_member_id:
                self.member.addItem(f"{member.name} ({member.employee_id})", member.id)
                self.member_roles[member.id] = member.role.value
        self.member.setCurrentIndex(max(0, self.member.findData(draft.owner_member_id)))
        self.member.currentIndexChanged.connect(self._member_chosen)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(to_qdate(draft.due_on or dt.date.today()))
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem("", status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status.value)))
        self.notes = QPlainTextEdit(draft.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.field_widgets.update(title=self.title, owner=self.role, due_on=self.due, status=self.status,
                                  notes=self.notes)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.title, self.role, self.member, self.due, self.status, self.notes),
                                 strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def _member_chosen(self) -> None:
        """Naming a member sets the role to theirs (it can still be changed)."""
        member_id = self.member.currentData()
        if member_id is not None and self.member_roles.get(member_id) in OWNER_ROLES:
            self.role.setCurrentIndex(self.role.findData(self.member_roles[member_id]))

    def draft(self) -> ActionDraft:
        return ActionDraft(self.title.text(), self.role.currentData(), from_qdate(self.due.date()),
                           self.member.currentData(), ActionStatus(self.status.currentData()),
                           self.notes.toPlainText(), self.original.practice_id)

    def field_labels(self) -> dict[str, str]:
        return {"title": self.tr("Action"), "owner": self.tr("Owner"), "due_on": self.tr("Due"),
                "status": self.tr("Status"), "notes": self.tr("Notes"), "action": self.tr("Action"),
                "plan": self.tr("Plan")}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Action") if self.is_new else self.tr("Edit Action"))
        labels = (self.tr("&Action:"), self.tr("Owner &role:"), self.tr("Owner (&member):"), self.tr("D&ue:"),
                  self.tr("&Status:"), self.tr("&Notes:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(self.role.itemData(index)))
        self.member.setItemText(0, self.tr("— nobody in particular —"))
        for index in range(self.status.count()):
            self.status.setItemText(index, status_label(self.status.itemData(index)))
