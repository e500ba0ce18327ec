"""The all-teams overview: reached from View → Teams overview (Ctrl+Shift+O) and the sidebar button, lists every
team diagnosed as of a day, sorts and filters, opens a team's Lifecycle tab on double-click or Enter, cancels."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from coachdesk.core.lifecycle.actions import ActionStatus
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.gui.lifecycle.overview_model import Column
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import run_task, wait_for_tasks
from coachdesk.store.lifecycle.action_plans import current_plan, plan_actions
from coachdesk.store.lifecycle.diagnosis import overview
from tests.conftest import DEMO_DAY


@pytest.fixture
def window(window):
    window.lifecycle.set_today(lambda: DEMO_DAY)
    return window


def open_overview(window, qtbot):
    window.overview_action.trigger()
    page = window.overview_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.has_data and not page.loading)
    return page


def column(page, col: Column, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [page.proxy.index(r, col).data(role) for r in range(page.proxy.rowCount())]


def test_menu_action_shortcut_and_sidebar_button(window, qtbot) -> None:
    assert window.overview_action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert window.overview_action in window.view_menu.actions()
    assert window.overview_action.text() == "Teams &overview"
    window.overview_button.click()
    assert window.stack.currentWidget() is window.overview_page
    window.sidebar.clicked.emit(window.sidebar.currentIndex())  # back to the selected team
    assert window.stack.currentWidget() is window.team_page
    wait_for_tasks()


def test_overview_lists_every_team_as_the_store_diagnoses_it(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    assert page.as_of() == DEMO_DAY
    with window.editor.db.session() as session:
        expected = {row.team_id: row for row in overview(session, DEMO_DAY)}
        counts = {}
        for team_id in expected:
            plan = current_plan(session, team_id)
            open_actions = [a for a in plan_actions(session, plan.id) if a.status is ActionStatus.OPEN] if plan else []
            counts[team_id] = (len(open_actions), sum(a.overdue(DEMO_DAY) for a in open_actions))
    assert {t.id for t in window.team_model.teams()} == set(expected)
    assert page.proxy.rowCount() == len(expected) == 4
    assert page.count_label.text() == "4 teams"
    for row in range(page.proxy.rowCount()):
        team_id = page.proxy.index(row, 0).data(ItemRole.TEAM_ID)
        want = expected[team_id]
        assert page.proxy.index(row, Column.TEAM).data() == want.team_name
        assert page.proxy.index(row, Column.STAGE).data() == want.diagnosis.top_stage.value.capitalize()
        assert page.proxy.index(row, Column.CONFIDENCE).data() == f"{want.diagnosis.confidence * 100:.0f} %"
        summary = contradiction_text(want.diagnosis, "en").summary
        assert page.proxy.index(row, Column.CONTRADICTION).data() == summary
        assert page.proxy.index(row, Column.CONTRADICTION).data(Qt.ItemDataRole.ToolTipRole) == summary
        held = want.held_stage.value.capitalize() if want.held_stage else "—"
        assert page.proxy.index(row, Column.HELD).data() == held
        assert (int(page.proxy.index(row, Column.OPEN).data()), int(page.proxy.index(row, Column.OVERDUE).data())) \
            == counts[team_id]
    # each demo team is diagnosed as the stage it was built in: one of each
    assert sorted(column(page, Column.STAGE)) == ["Forming", "Norming", "Performing", "Storming"]


def test_sorting_by_stage_and_confidence(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    page.table.sortByColumn(Column.STAGE, Qt.SortOrder.AscendingOrder)
    assert column(page, Column.STAGE) == ["Forming", "Storming", "Norming", "Performing"]
    page.table.sortByColumn(Column.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    confidences = column(page, Column.CONFIDENCE, ItemRole.SORT)
    assert confidences == sorted(confidences, reverse=True) and len(set(confidences)) > 1
    page.table.sortByColumn(Column.TEAM, Qt.SortOrder.AscendingOrder)
    names = column(page, Column.TEAM)
    assert names == sorted(names)


def test_filter_matches_team_stage_and_contradiction(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    page.filter_edit.setText("金牌")
    assert column(page, Column.TEAM) == ["金牌大客户部"]
    assert page.count_label.text() == "1 of 4 teams"
    page.filter_edit.setText("storming")
    assert column(page, Column.TEAM) == ["城南电销二部"]
    page.filter_edit.setText("call volume fell")
    assert column(page, Column.TEAM) == ["城南电销二部"]
    page.filter_edit.clear()
    assert page.proxy.rowCount() == 4


def test_double_click_opens_the_team_lifecycle_tab(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    target = next(t for t in window.team_model.teams() if t.name == "金牌大客户部")
    assert window.current_team().id != target.id
    index = page.proxy.index(page.row_of(target.id), Column.CONTRADICTION)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert window.stack.currentWidget() is window.team_page
    assert window.current_team().id == target.id
    assert window.team_page.tabs.currentWidget() is window.team_page.lifecycle
    lifecycle = window.team_page.lifecycle
    assert lifecycle.current_panel() is lifecycle.diagnosis and lifecycle.team_id == target.id
    qtbot.waitUntil(lambda: lifecycle.diagnosis.diagnosis is not None
                    and lifecycle.diagnosis.diagnosis.team_id == target.id)
    assert lifecycle.diagnosis.badge.name.text() == "Performing"


def test_enter_opens_the_selected_team(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    target = next(t for t in window.team_model.teams() if t.name == "星火新人营")
    page.table.setCurrentIndex(page.proxy.index(page.row_of(target.id), Column.TEAM))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.team_page
    assert window.current_team().id == target.id
    wait_for_tasks()


def test_cancel_keeps_the_last_overview(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    gate = threading.Event()
    run_task(None, lambda _p, _c: gate.wait(10), title="hold the worker", show_progress=False)
    page.load()  # queued behind the held job: it sees the cancel before the first team
    assert page.loading and page.panel.isVisible()
    page.panel.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not page.loading)
    assert page.cancelled
    assert page.status.text() == "Cancelled: the table shows the last complete overview."
    assert page.proxy.rowCount() == 4


def test_stage_change_in_a_team_refreshes_the_overview(window, qtbot) -> None:
    page = open_overview(window, qtbot)
    target = next(t for t in window.team_model.teams() if t.name == "城南电销二部")
    window.open_team_lifecycle(target.id)
    view = window.team_page.lifecycle.diagnosis
    qtbot.waitUntil(lambda: view.diagnosis is not None and view.diagnosis.team_id == target.id and not view.loading)
    dialog = view.open_stage_dialog("overridden")
    dialog.stage_combo.setCurrentIndex(2)  # norming
    dialog.reason_edit.setPlainText("new lead list, the team settled")
    dialog.accept()
    window.overview_action.trigger()
    qtbot.waitUntil(lambda: not page.loading and page.proxy.index(page.row_of(target.id), Column.HELD).data()
                    == "Norming")
    wait_for_tasks()
