"""Create or edit a group (队名, 口号, 目标, leader)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import GroupDraft, GroupRow, MemberRow
from coachdesk.gui.forms.ui_group_dialog import Ui_GroupDialog
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog


class GroupDialog(ValidatingDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[GroupDraft], object],
                 members: list[MemberRow], group: GroupRow | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        self.group = group
        self.candidates = [m for m in members if m.active]
        self.field_widgets = {"name": self.ui.nameEdit, "slogan": self.ui.sloganEdit, "goal": self.ui.goalEdit,
                              "leader": self.ui.leaderCombo}
        self.use_form(self.ui.errorLabel, self.ui.buttonBox)
        if group is not None:
            self.ui.nameEdit.setText(group.name)
            self.ui.sloganEdit.setText(group.slogan)
            self.ui.goalEdit.setText(group.goal)
            index = self.ui.leaderCombo.findData(group.leader_id)
            self.ui.leaderCombo.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        index = max(self.ui.leaderCombo.currentIndex(), 0)
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("New Group") if self.group is None else self.tr("Edit Group"))
        self.ui.leaderCombo.clear()
        self.ui.leaderCombo.addItem(self.tr("(no leader yet)"), None)
        for m in self.candidates:
            where = m.group_name or self.tr("no group")
            self.ui.leaderCombo.addItem(f"{m.name} · {m.employee_id} · {where}", m.id)
        self.ui.leaderCombo.setCurrentIndex(index)
        self.ui.leaderCombo.setToolTip(self.tr("The leader is moved into this group if they are elsewhere."))

    def draft(self) -> GroupDraft:
        return GroupDraft(self.ui.nameEdit.text(), self.ui.sloganEdit.text(), self.ui.goalEdit.text(),
                          self.ui.leaderCombo.currentData())
