"""The action-plan panel: new plan from a diagnosis (prescribed practices pre-checked, open actions carried
over), Done with Ctrl+D and Ctrl+Z, overdue actions standing out, the edit dialog's validation, add/delete,
notes and earlier plans — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from coachdesk.core.lifecycle.actions import ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.gui.lifecycle.action_plan_panel import ActionPlanPanel
from coachdesk.gui.lifecycle.actions_model import OVERDUE_COLOUR, ActionsModel
from coachdesk.gui.lifecycle.new_plan_dialog import MARK, NewPlanDialog
from coachdesk.store.lifecycle import action_plans
from coachdesk.store.lifecycle.diagnosis import diagnose_team
from tests.conftest import dump_tables
from tests.gui.lifecycle_panel_support import TODAY, Team, install_undo, make_team, show


@pytest.fixture
def team(db, translations) -> Team:
    return make_team(db)


@pytest.fixture
def diagnosis(team: Team) -> Diagnosis:
    with team.database.session() as s:
        return diagnose_team(s, team.team_id, TODAY)


@pytest.fixture
def panel(qtbot, team: Team, diagnosis: Diagnosis) -> ActionPlanPanel:
    widget = ActionPlanPanel(team.context)
    show(qtbot, widget, 1000, 600)
    widget.set_team(team.team_id)
    widget.set_diagnosis(diagnosis)
    return widget


def make_plan(panel: ActionPlanPanel, picked: list[str] | None = None) -> NewPlanDialog:
    dialog = panel.new_plan()
    assert dialog is not None
    if picked is not None:
        for item in dialog.items():
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, Qt.ItemDataRole.UserRole) in picked
                               else Qt.CheckState.Unchecked)
    dialog.accept()
    assert not dialog.isVisible()
    return dialog


def titles(panel: ActionPlanPanel) -> list[str]:
    return [panel.proxy.index(r, ActionsModel.TITLE).data() for r in range(panel.proxy.rowCount())]


def plans(team: Team) -> list[action_plans.PlanRow]:
    with team.database.session() as s:
        return action_plans.list_plans(s, team.team_id)


def test_empty_state_and_diagnose_first(qtbot, team: Team) -> None:
    widget = ActionPlanPanel(team.context)
    show(qtbot, widget)
    widget.set_team(team.team_id)
    assert widget.stack.currentWidget() is widget.empty
    assert widget.empty.text() == "No action plan yet: diagnose the team and make a plan from its prescription"
    assert widget.new_plan() is None  # no diagnosis yet
    assert widget.message is not None and widget.message.isVisible()
    assert "Diagnose the team first" in widget.message.text()
    widget.message.close()


def test_new_plan_prechecks_the_prescription_and_lists_its_actions(panel: ActionPlanPanel, team: Team,
                                                                    diagnosis: Diagnosis) -> None:
    prescribed = [p.id for p in diagnosis.contradiction.prescription]
    assert prescribed
    dialog = panel.new_plan()
    assert dialog.prescribed_ids() == prescribed and dialog.checked_ids() == prescribed
    assert [item.text(MARK) for item in dialog.items()][:len(prescribed)] == ["prescribed"] * len(prescribed)
    shown = {item.data(0, Qt.ItemDataRole.UserRole) for item in dialog.items()}
    assert {p.id for p in panel_playbook(team).for_stage(diagnosis.top_stage)} <= shown
    dialog.accept()
    expected = [p.title["en"] for p in diagnosis.contradiction.prescription]
    assert titles(panel) == expected
    assert panel.stack.currentIndex() == 1
    assert "Principal contradiction:" in panel.contradiction.text()
    team.context.undo_stack.undo()
    assert plans(team) == [] and panel.stack.currentWidget() is panel.empty
    team.context.undo_stack.redo()
    assert titles(panel) == expected


def panel_playbook(team: Team):
    from coachdesk.store.lifecycle.playbooks import effective_playbook

    with team.database.session() as s:
        return effective_playbook(s)


def test_open_actions_carry_over_and_undo_moves_them_back(panel: ActionPlanPanel, team: Team,
                                                         diagnosis: Diagnosis) -> None:
    first_ids = [p.id for p in diagnosis.contradiction.prescription][:2]
    make_plan(panel, first_ids)
    first_plan = plans(team)[0].id
    panel.table.selectRow(0)
    panel.mark_done()
    done_title, open_title = titles(panel)
    dialog = panel.new_plan()
    assert dialog.carried_list.count() == 1 and open_title in dialog.carried_list.item(0).text()
    others = [item.data(0, Qt.ItemDataRole.UserRole) for item in dialog.items()][-1:]
    for item in dialog.items():
        item.setCheckState(0, Qt.CheckState.Checked if item.data(0, Qt.ItemDataRole.UserRole) in others
                           else Qt.CheckState.Unchecked)
    dialog.accept()
    assert titles(panel)[0] == open_title
    assert panel.proxy.index(0, ActionsModel.CARRIED).data() == "carried over"
    assert panel.plan_combo.count() == 2 and panel.plan_combo.currentText().startswith("Current plan")
    # the earlier plan is read-only
    panel.plan_combo.setCurrentIndex(1)
    assert len(titles(panel)) == 1  # only the done action stayed behind
    panel.table.selectRow(0)
    assert not any(button.isEnabled() for button in panel.buttons.values())
    assert panel.notes.isReadOnly() and panel.read_only_note.isVisible()
    team.context.changed.emit(team.team_id)  # another edit of the team: the earlier plan stays in view
    assert panel.plan_combo.currentIndex() == 1 and not panel.is_current()
    panel.plan_combo.setCurrentIndex(0)
    team.context.undo_stack.undo()
    assert [p.id for p in plans(team)] == [first_plan] and panel.is_current()
    team.context.undo_stack.redo()  # Redo shows the plan made again, not the one it replaced
    assert panel.is_current() and panel.shown_plan().id != first_plan
    assert panel.proxy.index(0, ActionsModel.CARRIED).data() == "carried over"
    team.context.undo_stack.undo()
    with team.database.session() as s:
        back = action_plans.plan_actions(s, first_plan)
    assert [(a.title, a.status) for a in back] == [(done_title, ActionStatus.DONE), (open_title, ActionStatus.OPEN)]
    assert not any(a.carried_over for a in back)


def test_ctrl_d_marks_done_and_ctrl_z_reopens(panel: ActionPlanPanel, team: Team, qtbot) -> None:
    install_undo(panel, team.context)
    make_plan(panel)
    panel.table.setFocus()
    panel.table.selectRow(0)
    action_id = panel.selected_action().id
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_action().status is ActionStatus.DONE
    assert panel.proxy.index(0, ActionsModel.STATUS).data() == "Done"
    assert panel.buttons["reopen"].isEnabled() and not panel.buttons["done"].isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with team.database.session() as s:
        draft = action_plans.action_draft(s, action_id)
    assert draft.status is ActionStatus.OPEN
    assert panel.proxy.index(0, ActionsModel.STATUS).data() == "Open"
    # undo the plan too, then redo both: the plan and its actions come back with their ids
    team.context.undo_stack.undo()
    assert panel.stack.currentWidget() is panel.empty
    team.context.undo_stack.redo()
    team.context.undo_stack.redo()
    with team.database.session() as s:
        assert action_plans.action_draft(s, action_id).status is ActionStatus.DONE


def test_overdue_open_actions_stand_out(panel: ActionPlanPanel, team: Team) -> None:
    make_plan(panel)
    panel.table.selectRow(1)
    panel.mark_done()
    due = [panel.model.action(r).due_on for r in range(panel.model.rowCount())]
    team.context.set_today(lambda: max(due) + dt.timedelta(days=3))
    panel.refresh()
    model = panel.model
    for row in range(model.rowCount()):
        action = model.action(row)
        colour = model.index(row, ActionsModel.TITLE).data(Qt.ItemDataRole.ForegroundRole)
        font = model.index(row, ActionsModel.DUE).data(Qt.ItemDataRole.FontRole)
        tip = model.index(row, ActionsModel.DUE).data(Qt.ItemDataRole.ToolTipRole)
        if action.status is ActionStatus.OPEN:
            days = (max(due) + dt.timedelta(days=3) - action.due_on).days
            assert colour == OVERDUE_COLOUR
            assert isinstance(font, QFont) and font.bold()
            assert tip == f"Overdue by {days} days"
        else:
            assert colour != OVERDUE_COLOUR and font is None and tip is None
    team.context.set_today(lambda: TODAY)
    panel.refresh()
    assert model.index(0, ActionsModel.TITLE).data(Qt.ItemDataRole.ForegroundRole) != OVERDUE_COLOUR


def test_edit_dialog_validates_inline_and_edits_are_undoable(panel: ActionPlanPanel, team: Team) -> None:
    make_plan(panel)
    panel.table.selectRow(0)
    original = panel.selected_action()
    before = dump_tables(team.database)
    dialog = panel.edit_action()
    dialog.title.setText("   ")
    dialog.notes.setPlainText("kept while fixing")
    dialog.accept()
    assert dialog.isVisible() and "Action: this field is required" in dialog.error_label.text()
    assert dialog.title.property("invalid") is True
    assert dump_tables(team.database) == before
    dialog.title.setText("Weekly forum, Friday 17:30")
    dialog.member.setCurrentIndex(dialog.member.findData(team.member_ids[0]))
    assert dialog.role.currentData() == "group_leader"  # the member's role follows
    dialog.accept()
    assert not dialog.isVisible()
    edited = panel.selected_action()
    assert (edited.title, edited.owner_name, edited.notes) == ("Weekly forum, Friday 17:30", "王芳",
                                                               "kept while fixing")
    assert panel.proxy.index(0, ActionsModel.OWNER).data() == "王芳"
    team.context.undo_stack.undo()
    assert panel.model.action(0).title == original.title and panel.model.action(0).owner_name == ""
    assert panel.proxy.index(0, ActionsModel.OWNER).data() in ("Manager", "Group leader", "Trainer")


def test_add_delete_and_notes_are_undoable(panel: ActionPlanPanel, team: Team) -> None:
    make_plan(panel)
    count = panel.model.rowCount()
    dialog = panel.add_action()
    dialog.title.setText("Call every lapsed customer")
    dialog.role.setCurrentIndex(dialog.role.findData("rep"))
    dialog.accept()
    assert titles(panel)[-1] == "Call every lapsed customer" and panel.model.rowCount() == count + 1
    assert panel.selected_action().title == "Call every lapsed customer"
    panel.buttons["delete"].click()
    assert panel.model.rowCount() == count
    team.context.undo_stack.undo()
    assert "Call every lapsed customer" in titles(panel)
    team.context.undo_stack.undo()
    assert "Call every lapsed customer" not in titles(panel)
    team.context.undo_stack.redo()  # the action comes back with its id, so the delete can be redone
    team.context.undo_stack.redo()
    assert "Call every lapsed customer" not in titles(panel) and panel.model.rowCount() == count

    panel.notes.setPlainText("Review on Friday")
    assert panel.save_notes_button.isEnabled()
    panel.save_notes_button.click()
    assert plans(team)[0].notes == "Review on Friday" and not panel.save_notes_button.isEnabled()
    team.context.undo_stack.undo()
    assert plans(team)[0].notes == "" and panel.notes.toPlainText() == ""


def test_ctrl_d_in_the_main_window_marks_the_action_done(window, qtbot) -> None:
    """Ctrl+D is also the window's Enter Day's Figures: inside the plan it marks the chosen action done."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    day_figures = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+D")
    fired: list[bool] = []
    day_figures.triggered.disconnect()
    day_figures.triggered.connect(lambda *_: fired.append(True))
    team = next(t for t in window.team_model.teams() if t.name == "城南电销二部")
    window.select_team(team.id)
    lifecycle = window.team_page.lifecycle
    window.team_page.tabs.setCurrentWidget(lifecycle)
    lifecycle.show_panel(lifecycle.action_plan)
    panel = lifecycle.action_plan
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, ActionsModel.STATUS).data() == "Open")
    panel.table.setFocus()
    panel.table.selectRow(row)
    action_id = panel.selected_action().id
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with window.editor.db.session() as s:
        assert action_plans.action_draft(s, action_id).status is ActionStatus.DONE
    assert fired == []
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit › Undo
    with window.editor.db.session() as s:
        assert action_plans.action_draft(s, action_id).status is ActionStatus.OPEN
    window.team_page.members_view.setFocus()  # elsewhere Ctrl+D still means Enter Day's Figures
    qtbot.keyClick(window.team_page.members_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
