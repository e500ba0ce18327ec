"""Edits through the real dialogs and the group board: validation keeps input, every edit undoes/redoes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from coachdesk.gui.roster.group_board import NO_GROUP, MemberList
from coachdesk.gui.roster.group_dialog import GroupDialog
from coachdesk.gui.roster.leave_dialog import LeaveDialog
from coachdesk.gui.roster.member_dialog import MemberDialog
from coachdesk.gui.roster.team_dialog import TeamDialog
from coachdesk.gui.widgets.dates import to_qdate
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.roster import service as roster
from tests.conftest import DEMO_DAY, dump_tables


def storming(window):
    team = next(t for t in window.team_model.teams() if t.name == "城南电销二部")
    window.select_team(team.id)
    return window.current_team()


def member_by_eid(window, team_id: int, employee_id: str):
    return next(m for m in window.editor.members(team_id) if m.employee_id == employee_id)


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_new_team_dialog_creates_and_undo_redo(window, qtbot) -> None:
    dialog = TeamDialog(window, window.editor.create_team)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "  North Hub  ")
    qtbot.keyClicks(dialog.ui.productEdit, "Broadband")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    names = [t.name for t in window.team_model.teams()]
    assert "North Hub" in names  # trimmed
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert "North Hub" not in [t.name for t in window.team_model.teams()]
    window.redo_action.trigger()
    assert "North Hub" in [t.name for t in window.team_model.teams()]


def test_validation_error_keeps_input_and_changes_nothing(window, qtbot, demo_db) -> None:
    before = dump_tables(demo_db)
    dialog = TeamDialog(window, window.editor.create_team)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("城南电销二部")  # taken (keyClicks types ASCII only)
    dialog.ui.notesEdit.setPlainText("important notes")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Name" in dialog.error_label.text() and "already exists" in dialog.error_label.text()
    assert dialog.ui.nameEdit.property("invalid") is True
    assert dialog.ui.notesEdit.toPlainText() == "important notes"
    assert dump_tables(demo_db) == before
    assert not window.undo_action.isEnabled()


def test_error_messages_follow_the_ui_language(window, qtbot, translations) -> None:
    team = storming(window)
    translations.apply("zh_CN")
    dialog = MemberDialog(window, lambda v: window.editor.add_member(team.id, *v), window.editor.groups(team.id))
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.ui.employeeIdEdit.setText("CN003")
    dialog.ui.nameEdit.setText("林晓东")
    dialog.ui.phoneEdit.setText("abc")
    click_ok(qtbot, dialog)  # format problems are reported first…
    assert dialog.error_label.text() == "电话：“abc”不是有效的电话号码（只能包含数字、空格、“-”、“+”）"
    dialog.ui.phoneEdit.setText("138 0000 1111")
    click_ok(qtbot, dialog)  # …then clashes with stored data
    assert dialog.error_label.text().startswith("工号：“CN003”已被")
    assert dialog.ui.nameEdit.text() == "林晓东"
    assert dialog.isVisible()


def test_add_member_into_group_then_undo(window, qtbot) -> None:
    team = storming(window)
    group = window.editor.groups(team.id)[0]
    dialog = MemberDialog(window, lambda v: window.editor.add_member(team.id, *v), window.editor.groups(team.id))
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.employeeIdEdit, "CN099")
    dialog.ui.nameEdit.setText("林晓东")
    dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findData(group.id))
    click_ok(qtbot, dialog)
    added = member_by_eid(window, team.id, "CN099")
    assert added.group_id == group.id
    view = window.team_page.members_view
    assert any(view.model.member(r).employee_id == "CN099" for r in range(view.model.rowCount()))
    window.undo_action.trigger()
    assert all(m.employee_id != "CN099" for m in window.editor.members(team.id))


def test_record_leaving_then_undo(window, qtbot) -> None:
    team = storming(window)
    member = member_by_eid(window, team.id, "CN003")
    assert member.group_id is not None
    dialog = LeaveDialog(window, lambda leave: window.editor.record_leave(team.id, member.id, member.name, leave),
                         member)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.ui.leftOnEdit.setDate(to_qdate(dt.date(2025, 6, 1)))
    dialog.ui.reasonCombo.setCurrentText("转行做运营")
    click_ok(qtbot, dialog)
    gone = member_by_eid(window, team.id, "CN003")
    assert gone.left_on == dt.date(2025, 6, 1) and gone.leave_reason == "转行做运营" and gone.group_id is None
    window.undo_action.trigger()
    back = member_by_eid(window, team.id, "CN003")
    assert back.active and back.group_id == member.group_id


def test_leaving_before_hire_date_is_refused(window, qtbot) -> None:
    team = storming(window)
    member = member_by_eid(window, team.id, "CN004")
    dialog = LeaveDialog(window, lambda leave: window.editor.record_leave(team.id, member.id, member.name, leave),
                         member)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.ui.leftOnEdit.setDate(to_qdate(member.hired_on - dt.timedelta(days=3)))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "must not be before" in dialog.error_label.text()
    assert member_by_eid(window, team.id, "CN004").active


def test_new_group_with_leader_moves_leader(window, qtbot) -> None:
    team = storming(window)
    leader = member_by_eid(window, team.id, "CN009")
    dialog = GroupDialog(window, lambda d: window.editor.create_group(team.id, d), window.editor.members(team.id))
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("凤凰队")
    dialog.ui.sloganEdit.setText("浴火重生")
    dialog.ui.leaderCombo.setCurrentIndex(dialog.ui.leaderCombo.findData(leader.id))
    click_ok(qtbot, dialog)
    group = next(g for g in window.editor.groups(team.id) if g.name == "凤凰队")
    assert group.leader_id == leader.id and leader.id in group.member_ids
    assert window.team_page.group_board.card_for(group.id) is not None
    window.undo_action.trigger()
    assert all(g.name != "凤凰队" for g in window.editor.groups(team.id))
    assert member_by_eid(window, team.id, "CN009").group_id == leader.group_id


def drop_member(target: MemberList, member_id: int) -> None:
    source = MemberList(NO_GROUP)
    data: QMimeData = source.mimeData([])
    data.setData("application/x-coachdesk-member-id", str(member_id).encode())
    event = QDropEvent(QPointF(QPoint(5, 5)), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)


def test_drag_and_drop_moves_member_between_groups(window, demo_db) -> None:
    team = storming(window)
    window.team_page.tabs.setCurrentIndex(1)
    member = member_by_eid(window, team.id, "CN004")
    target = next(g for g in window.editor.groups(team.id) if g.id != member.group_id)
    card = window.team_page.group_board.card_for(target.id)
    drop_member(card.list, member.id)
    moved = member_by_eid(window, team.id, "CN004")
    assert moved.group_id == target.id
    # the board was rebuilt from the database: the member is listed on the target card
    card = window.team_page.group_board.card_for(target.id)
    ids = [card.list.item(i).data(ItemRole.MEMBER_ID) for i in range(card.list.count())]
    assert member.id in ids
    with demo_db.session() as s:
        history = roster.membership_history(s, member.id)
    assert [h[0] for h in history][-1] == target.name
    window.undo_action.trigger()
    assert member_by_eid(window, team.id, "CN004").group_id == member.group_id


def test_move_menu_and_no_op_move(window) -> None:
    team = storming(window)
    member = member_by_eid(window, team.id, "CN005")
    window.team_page.members_view.show_left.setChecked(True)
    assert window.team_page.members_view.select_member(member.id)
    window.roster_actions.move_menu.aboutToShow.emit()
    actions = [a for a in window.roster_actions.move_menu.actions() if a.isCheckable()]
    checked = [a.text() for a in actions if a.isChecked()]
    assert checked == [member.group_name]
    depth = window.editor.undo_stack.count()
    window.roster_actions.move_member(member.id, member.group_id)  # same group: nothing to undo
    assert window.editor.undo_stack.count() == depth
    out = next(a for a in actions if a.text() == "Not in a group")
    out.trigger()
    assert member_by_eid(window, team.id, "CN005").group_id is None


def test_edit_group_dialog_updates_card_and_undo(window, qtbot, monkeypatch) -> None:
    team = storming(window)
    group = window.editor.groups(team.id)[0]
    window.roster_actions.edit_group_menu.aboutToShow.emit()
    assert [a.text() for a in window.roster_actions.edit_group_menu.actions()] == [
        g.name for g in window.editor.groups(team.id)]
    opened: list[GroupDialog] = []

    def fake_exec(dialog: GroupDialog) -> int:  # drive the dialog the card's Edit button opens
        opened.append(dialog)
        dialog.ui.sloganEdit.setText("越战越勇")
        dialog.accept()
        return 1

    monkeypatch.setattr(GroupDialog, "exec", fake_exec)
    card = window.team_page.group_board.card_for(group.id)
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].ui.nameEdit.text() == group.name
    assert window.team_page.group_board.card_for(group.id).slogan.text() == "“越战越勇”"
    window.undo_action.trigger()
    assert next(g for g in window.editor.groups(team.id) if g.id == group.id).slogan == group.slogan


def test_moves_are_dated_by_the_window_clock(window, demo_db) -> None:
    """The store no longer picks "today": the window's clock (lifecycle.today, pinned here) dates the move."""
    day = DEMO_DAY + dt.timedelta(days=10)
    window.lifecycle.set_today(lambda: day)
    team = storming(window)
    member = member_by_eid(window, team.id, "CN004")
    target = next(g for g in window.team_page.groups if g.id != member.group_id)
    window.roster_actions.move_member(member.id, target.id)
    with demo_db.session() as s:
        assert roster.membership_history(s, member.id)[-1] == (target.name, day, None)


def test_new_team_with_unknown_formation_date(window, qtbot) -> None:
    dialog = TeamDialog(window, window.editor.create_team)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "West Hub")
    assert dialog.ui.formedOnEdit.isEnabled() and not dialog.ui.formedWarningLabel.isVisible()
    qtbot.mouseClick(dialog.ui.formedUnknownCheck, Qt.MouseButton.LeftButton)
    assert dialog.ui.formedUnknownCheck.isChecked() and not dialog.ui.formedOnEdit.isEnabled()
    assert "Importing the team's call history will set the formation date" in dialog.ui.formedWarningLabel.text()
    click_ok(qtbot, dialog)
    team = next(t for t in window.team_model.teams() if t.name == "West Hub")
    assert team.formed_on_known is False


def test_edit_team_warns_when_the_typed_date_is_later_than_the_data(window, qtbot) -> None:
    team = storming(window)
    start = window.editor.team_data_start(team.id)
    assert start is not None and start <= team.formed_on
    dialog = TeamDialog(window, lambda d: window.editor.update_team(team.id, d), team, start)
    qtbot.add_widget(dialog)
    dialog.show()
    assert not dialog.ui.formedWarningLabel.isVisible()
    later = start + dt.timedelta(days=20)
    dialog.ui.formedOnEdit.setDate(to_qdate(later))
    warning = dialog.ui.formedWarningLabel
    assert warning.isVisible() and start.isoformat() in warning.text() and "later than" in warning.text()
    assert warning.property("state") == "warn"
    click_ok(qtbot, dialog)  # the user is told, and the typed date is still theirs to keep
    assert window.editor.team(team.id).formed_on == later
    window.undo_action.trigger()
    assert window.editor.team(team.id).formed_on == team.formed_on
