"""Team → Balance Groups…: the proposal in the worker, drag & drop with live strengths and rule warnings, apply as
one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coachdesk.gui.competitions.balance_dialog import BalanceDialog
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import wait_for_tasks
from tests.conftest import dump_tables
from tests.gui.test_editing import drop_member

TEAM = "金牌大客户部"  # 32 members, 6 groups


def open_dialog(qtbot, window, groups: int = 6, name: str = TEAM) -> BalanceDialog:
    team = next(t for t in window.team_model.teams() if t.name == name)
    window.select_team(team.id)
    editor = window.editor

    def notify(team_id: int) -> None:
        editor.teamsChanged.emit()
        editor.teamChanged.emit(team_id)

    dialog = BalanceDialog(window, lambda: editor.db, editor.changes, team.id, team.name, editor.today(), groups,
                           notify)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proposal is not None and bool(dialog.cards), timeout=10_000)
    return dialog


def card_members(dialog: BalanceDialog, index: int) -> list[int]:
    widget = dialog.cards[index].list
    return [widget.item(i).data(ItemRole.MEMBER_ID) for i in range(widget.count())
            if widget.item(i).data(ItemRole.MEMBER_ID) is not None]


def test_the_proposal_is_shown_beside_the_current_groups(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    assert len(dialog.cards) == 6
    sizes = [len(card_members(dialog, i)) for i in range(6)]
    assert max(sizes) - min(sizes) <= 1
    assert dialog.current_layout.count() == 12  # six current groups: name + bar each
    assert "Spread" in dialog.summary.text() and "Now: spread" in dialog.summary.text()
    assert dialog.warnings.text() == ""
    assert dialog.apply_button.isEnabled() and not dialog.reset_button.isEnabled()


def test_dragging_a_member_updates_strengths_and_names_the_broken_rules(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    proposal = dialog.proposal
    assert proposal is not None
    member = next(m for m in card_members(dialog, 0) if m not in dialog.leaders)
    before = [dialog.cards[i].bar.value for i in range(2)]
    drop_member(dialog.cards[1].list, member)
    assert member in card_members(dialog, 1) and member not in card_members(dialog, 0)
    moved = proposal.reps[member].strength.strength
    assert dialog.cards[0].bar.value == before[0] - moved
    assert dialog.cards[1].bar.value == before[1] + moved
    assert "Adjusted by hand" in dialog.summary.text()
    assert "Group sizes differ by 2" in dialog.warnings.text()
    assert dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert member in card_members(dialog, 0) and dialog.warnings.text() == ""


def test_apply_moves_the_members_and_ctrl_z_restores_the_groups(qtbot, window, demo_db) -> None:
    before = dump_tables(demo_db)
    dialog = open_dialog(qtbot, window, groups=4)
    plan = [sorted(m) for m in dialog.plan]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    team = window.current_team()
    groups = [g for g in window.editor.groups(team.id) if g.member_ids]
    assert sorted(sorted(g.member_ids) for g in groups) == sorted(plan)
    assert all(g.leader_id in g.member_ids for g in groups)
    assert "Balance the groups" in window.undo_action.text()
    window.undo_action.trigger()
    wait_for_tasks()
    assert dump_tables(demo_db) == before


def test_too_many_groups_are_refused_in_words(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window, groups=3, name="星火新人营")  # 12 selling reps
    dialog.groups_spin.setValue(20)
    qtbot.waitUntil(lambda: dialog.proposal is None and not dialog.cards, timeout=10_000)
    assert "20 groups need at least 20 active reps; the team has 12" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_the_team_menu_opens_the_dialog(qtbot, window, monkeypatch) -> None:
    shown: list[BalanceDialog] = []
    monkeypatch.setattr(BalanceDialog, "exec", lambda self: shown.append(self) or 0)
    team = next(t for t in window.team_model.teams() if t.name == TEAM)
    window.select_team(team.id)
    assert window.competitions_actions.balance_groups.isEnabled()
    assert window.competitions_actions.balance_groups in window.team_menu.actions()
    window.competitions_actions.balance_groups.trigger()
    assert shown and shown[0].team_id == team.id
    wait_for_tasks()
