"""Menu/toolbar actions for teams, members and groups, and what they do (open a dialog, make an edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.roster.model import GroupDraft, LeaveDraft, MemberDraft
from coachdesk.gui.roster.group_board import NO_GROUP
from coachdesk.gui.roster.group_dialog import GroupDialog
from coachdesk.gui.roster.leave_dialog import LeaveDialog
from coachdesk.gui.roster.member_dialog import MemberDialog
from coachdesk.gui.roster.team_dialog import TeamDialog
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.text import fill

if TYPE_CHECKING:
    from coachdesk.gui.shell.main_window import MainWindow


class RosterActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

        Shortcut = QKeySequence | QKeySequence.StandardKey | str

        def make(handler: Callable[[], object], shortcut: Shortcut | None = None) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: handler())
            return action

        self.new_team = make(self.create_team, QKeySequence.StandardKey.New)
        self.edit_team = make(self.edit_current_team)
        self.delete_team = make(self.delete_current_team)
        self.new_member = make(self.create_member, "Ctrl+M")
        self.edit_member = make(self.edit_current_member, "Ctrl+E")
        self.record_leave = make(self.leave_current_member, "Ctrl+L")
        self.delete_member = make(self.delete_current_member)
        self.new_group = make(self.create_group, "Ctrl+G")
        self.move_menu = QMenu(window)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.edit_group_menu = QMenu(window)  # keyboard route to the group cards' Edit buttons
        self.edit_group_menu.aboutToShow.connect(self._fill_edit_group_menu)
        self.retranslate()

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.new_team, self.tr("&New Team…"), self.tr("Create a team")),
            (self.edit_team, self.tr("&Edit Team…"),
             self.tr("Change the team's name, product, formation date or notes")),
            (self.delete_team, self.tr("&Delete Team…"), self.tr("Delete the team with its members and groups")),
            (self.new_member, self.tr("New &Member…"), self.tr("Add a member to the team")),
            (self.edit_member, self.tr("Edit Mem&ber…"), self.tr("Edit the selected member")),
            (self.record_leave, self.tr("Record &Leaving…"), self.tr("Record that the selected member left the team")),
            (self.delete_member, self.tr("Delete Member…"),
             self.tr("Delete the selected member (only for entries made by mistake)")),
            (self.new_group, self.tr("New &Group…"), self.tr("Create a group with its name, slogan and goal")),
        ):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.move_menu.setTitle(self.tr("Mo&ve to Group"))
        self.edit_group_menu.setTitle(self.tr("Edit Gr&oup"))

    def update_enabled(self) -> None:
        team = self.w.current_team()
        member = self.w.current_member()
        for action in (self.edit_team, self.delete_team, self.new_member, self.new_group):
            action.setEnabled(team is not None)
        self.edit_group_menu.setEnabled(team is not None and bool(self.w.team_page.groups))
        for action in (self.edit_member, self.delete_member):
            action.setEnabled(member is not None)
        self.record_leave.setEnabled(member is not None and member.active)
        self.move_menu.setEnabled(member is not None and member.active)

    # ---------------------------------------------------------------- teams
    def create_team(self) -> None:
        dialog = TeamDialog(self.w, self.w.editor.create_team)
        if dialog.exec():
            self.w.select_team(cast(int, dialog.result_value))  # the dialog submitted create_team: a team id

    def edit_current_team(self) -> None:
        team = self.w.current_team()
        if team is None:
            return
        TeamDialog(self.w, lambda d: self.w.editor.update_team(team.id, d), team,
                   self.w.editor.team_data_start(team.id)).exec()

    def delete_current_team(self) -> None:
        team = self.w.current_team()
        if team is None:
            return
        answer = QMessageBox.question(
            self.w, self.tr("Delete Team"),
            fill(self.tr("Delete %1 with its %2 members and %3 groups?\nYou can undo this with Ctrl+Z."), team.name,
                 str(team.member_count), str(team.group_count)))
        if answer == QMessageBox.StandardButton.Yes:
            self._attempt(fill(self.tr("Could not delete %1"), team.name),
                          lambda: self.w.editor.delete_team(team.id, team.name))

    def _attempt(self, title: str, edit: Callable[[], object]) -> bool:
        """Run an edit; a refusal (validation) is shown in the user's language and changes nothing."""
        try:
            edit()
        except ValidationError as exc:
            QMessageBox.warning(self.w, title, "\n".join(describe(e) for e in exc.errors))
            return False
        return True

    # ---------------------------------------------------------------- members
    def create_member(self) -> None:
        team = self.w.current_team()
        if team is None:
            return

        def submit(value: tuple[MemberDraft, int | None]) -> int:
            draft, group_id = value
            return self.w.editor.add_member(team.id, draft, group_id)

        dialog = MemberDialog(self.w, submit, self.w.editor.groups(team.id))
        if dialog.exec():
            self.w.team_page.members_view.select_member(cast(int, dialog.result_value))  # a member id

    def edit_current_member(self) -> None:
        team, member = self.w.current_team(), self.w.current_member()
        if team is None or member is None:
            return

        def submit(value: tuple[MemberDraft, int | None]) -> None:
            self.w.editor.update_member(team.id, member.id, value[0])

        MemberDialog(self.w, submit, self.w.editor.groups(team.id), member).exec()

    def leave_current_member(self) -> None:
        team, member = self.w.current_team(), self.w.current_member()
        if team is None or member is None or not member.active:
            return

        def submit(leave: LeaveDraft) -> None:
            self.w.editor.record_leave(team.id, member.id, member.name, leave)

        LeaveDialog(self.w, submit, member).exec()

    def delete_current_member(self) -> None:
        team, member = self.w.current_team(), self.w.current_member()
        if team is None or member is None:
            return
        answer = QMessageBox.question(
            self.w, self.tr("Delete Member"),
            fill(self.tr("Delete %1 (%2) and their group history?\nIf they left the team, use Record Leaving instead so turnover stays visible. You can undo this with Ctrl+Z."),  # noqa: E501 - one literal for lupdate
                 member.name, member.employee_id))
        if answer == QMessageBox.StandardButton.Yes:
            self._attempt(fill(self.tr("Could not delete %1"), member.name),
                          lambda: self.w.editor.delete_member(team.id, member.id, member.name))

    # ---------------------------------------------------------------- groups
    def create_group(self) -> None:
        team = self.w.current_team()
        if team is None:
            return
        members = self.w.editor.members(team.id)
        GroupDialog(self.w, lambda d: self.w.editor.create_group(team.id, d), members).exec()

    def edit_group(self, group_id: int) -> None:
        team = self.w.current_team()
        group = next((g for g in self.w.team_page.groups if g.id == group_id), None)
        if team is None or group is None:
            return

        def submit(draft: GroupDraft) -> None:
            self.w.editor.update_group(team.id, group.id, draft)

        dialog = GroupDialog(self.w, submit, self.w.editor.members(team.id), group)
        delete = dialog.ui.buttonBox.addButton(self.tr("Delete Group"), dialog.ui.buttonBox.ButtonRole.DestructiveRole)

        def delete_instead() -> None:
            dialog.reject()
            self.delete_group(group.id, group.name)

        delete.clicked.connect(delete_instead)
        dialog.exec()

    def delete_group(self, group_id: int, name: str) -> None:
        team = self.w.current_team()
        if team is None:
            return
        answer = QMessageBox.question(
            self.w, self.tr("Delete Group"),
            fill(self.tr("Delete group %1? Its members are left without a group and its history is removed.\nYou can undo this with Ctrl+Z."),  # noqa: E501 - one literal for lupdate
                 name))
        if answer == QMessageBox.StandardButton.Yes:
            self.w.editor.delete_group(team.id, group_id, name)

    def move_member(self, member_id: int, group_id: int) -> None:
        team = self.w.current_team()
        if team is None:
            return
        member = next((m for m in self.w.editor.members(team.id) if m.id == member_id), None)
        if member is None:
            return
        target = None if group_id == NO_GROUP else group_id
        group_name = next((g.name for g in self.w.team_page.groups if g.id == target), "")
        try:
            self.w.editor.move_member(team.id, member_id, member.name, target, group_name)
        except Exception as exc:
            self.w.show_error(fill(self.tr("Could not move %1"), member.name), exc)

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        member = self.w.current_member()
        if member is None:
            return
        for group in self.w.team_page.groups:
            action = self.move_menu.addAction(group.name)
            action.setCheckable(True)
            action.setChecked(group.id == member.group_id)
            action.triggered.connect(lambda _c=False, gid=group.id: self.move_member(member.id, gid))
        self.move_menu.addSeparator()
        none = self.move_menu.addAction(self.tr("Not in a group"))
        none.setCheckable(True)
        none.setChecked(member.group_id is None)
        none.triggered.connect(lambda _c=False: self.move_member(member.id, NO_GROUP))

    def _fill_edit_group_menu(self) -> None:
        self.edit_group_menu.clear()
        for group in self.w.team_page.groups:
            action = self.edit_group_menu.addAction(group.name)
            action.triggered.connect(lambda _c=False, gid=group.id: self.edit_group(gid))
