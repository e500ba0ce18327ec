"""The team Lifecycle tab on the demo database: diagnosis (badge, mix, evidence, principal contradiction, this
week), accept / confirm / override with undo, the timeline, and the links to the playbook and action plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.lifecycle.actions import WEEK_DAYS, ActionStatus
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.gui.lifecycle.evidence_model import Column
from coachdesk.gui.lifecycle.lifecycle_tab import LifecycleTab
from coachdesk.gui.lifecycle.timeline_model import Column as HistoryColumn
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.lifecycle.action_plans import current_plan, plan_actions
from coachdesk.store.lifecycle.diagnosis import delete_stage_record, diagnose_team, stage_history
from tests.conftest import DEMO_DAY

STORMING_TEAM = "城南电销二部"
FORMING_TEAM = "星火新人营"


@pytest.fixture
def window(window):
    window.lifecycle.set_today(lambda: DEMO_DAY)  # before the (lazy) lifecycle views load anything
    return window


def open_lifecycle(window, qtbot, name: str) -> LifecycleTab:
    team = next(t for t in window.team_model.teams() if t.name == name)
    assert window.select_team(team.id)
    tab = window.team_page.lifecycle
    window.team_page.tabs.setCurrentWidget(tab)
    tab.show_diagnosis()
    view = tab.diagnosis
    qtbot.waitUntil(lambda: view.diagnosis is not None and view.diagnosis.team_id == team.id and not view.loading)
    return tab


def history(window, team_id: int):
    with window.editor.db.session() as session:
        return stage_history(session, team_id)


def expected_diagnosis(window, team_id: int, as_of: dt.date = DEMO_DAY):
    with window.editor.db.session() as session:
        return diagnose_team(session, team_id, as_of)


def test_tab_shows_the_diagnosed_stage_and_its_principal_contradiction(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    view = tab.diagnosis
    expected = expected_diagnosis(window, tab.team_id)
    assert expected.top_stage is Stage.STORMING
    assert view.as_of() == DEMO_DAY
    assert view.badge.name.text() == "Storming"
    assert view.badge.detail.text() == f"Confidence {expected.confidence * 100:.0f} %"
    text = contradiction_text(expected, "en")
    assert view.card.summary_text() == text.summary
    assert "Call volume fell" in text.summary  # the seed's storming sign, with the real numbers
    assert view.card.evidence.text().splitlines() == [f"• {s}" for s in text.evidence]
    for practice in expected.contradiction.prescription:
        assert f"practice:{practice.id}" in view.card.prescription.text()
    assert all(b.isEnabled() for b in (view.accept_button, view.confirm_button, view.override_button))


def test_mix_chart_and_evidence_table(window, qtbot) -> None:
    view = open_lifecycle(window, qtbot, STORMING_TEAM).diagnosis
    diagnosis = view.diagnosis
    chart = view.mix_chart
    assert [round(w, 6) for w in chart.bars.opts["width"]] == [round(diagnosis.stage_mix[s], 6) for s in Stage]
    assert chart.labels[Stage.STORMING].toPlainText() == f"{diagnosis.stage_mix[Stage.STORMING] * 100:.0f} %"
    tip = chart.hover_at(chart.bar_centre(Stage.STORMING))
    assert tip.startswith("<p") and "Storming" in tip and "Call volume" in tip
    assert chart.toolTip() == tip
    # evidence: one row per signal with data, sortable by severity
    present = [s for s in diagnosis.signals if not s.missing]
    proxy = view.evidence_proxy
    assert proxy.rowCount() == len(present)
    view.evidence_table.sortByColumn(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    severities = [proxy.index(r, Column.SEVERITY).data(ItemRole.SORT) for r in range(proxy.rowCount())]
    assert severities == sorted(severities, reverse=True)
    top = proxy.index(0, Column.FINDING).data()
    assert top == default_wording().describe(max(present, key=lambda s: s.severity), "en")


def test_missing_data_box_lists_the_notes(window, qtbot) -> None:
    view = open_lifecycle(window, qtbot, FORMING_TEAM).diagnosis
    notes = sorted({default_wording().missing_note(s, "en") for s in view.diagnosis.missing})
    assert notes  # a two-week-old team has too little activity for several signals
    assert view.missing_notes() == notes
    assert not view.missing_box.isHidden()
    assert view.missing_box.text().splitlines()[0] == "Missing data"


def test_this_week_lists_due_open_actions_with_overdue_in_red(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    with window.editor.db.session() as session:
        plan = current_plan(session, tab.team_id)
        actions = plan_actions(session, plan.id)
    horizon = DEMO_DAY + dt.timedelta(days=WEEK_DAYS)
    due = [a for a in actions if a.status is ActionStatus.OPEN and a.due_on <= horizon]
    overdue = sorted((a for a in due if a.overdue(DEMO_DAY)), key=lambda a: (a.due_on, a.id))
    week = tab.diagnosis.week
    assert [a.id for a in week.actions_shown] == [a.id for a in sorted(due, key=lambda a: (a.due_on, a.id))]
    assert len(week.overdue_labels()) == len(overdue) >= 1
    assert all(a.title in label.text() and "Overdue" in label.text()
               for a, label in zip(overdue, week.overdue_labels(), strict=True))


def test_override_without_reason_keeps_the_dialog_open(window, qtbot, table_dump) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    before = table_dump(window.editor.db)
    dialog = tab.diagnosis.open_stage_dialog("overridden")
    dialog.stage_combo.setCurrentIndex(Stage.NORMING.order)
    dialog.reason_edit.setPlainText("   ")
    dialog.accept()
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == "Reason: this field is required"
    assert dialog.reason_edit.property("invalid") is True
    assert dialog.reason_edit.toPlainText() == "   " and dialog.chosen_stage() is Stage.NORMING  # input kept
    assert table_dump(window.editor.db) == before
    assert window.editor.undo_stack.count() == 0
    dialog.reject()


def test_override_with_reason_is_recorded_and_undone(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    team_id = tab.team_id
    count = len(history(window, team_id))
    dialog = tab.diagnosis.open_stage_dialog("overridden")
    dialog.stage_combo.setCurrentIndex(Stage.NORMING.order)
    dialog.reason_edit.setPlainText("老员工回流，电话量已恢复")
    dialog.accept()
    assert not dialog.isVisible()
    rows = history(window, team_id)
    assert len(rows) == count + 1
    newest = rows[-1]
    assert (newest.kind, newest.stage, newest.diagnosed_stage, newest.reason, newest.source, newest.as_of) == (
        "overridden", Stage.NORMING, Stage.STORMING, "老员工回流，电话量已恢复", "app", DEMO_DAY)
    view = tab.diagnosis
    qtbot.waitUntil(lambda: not view.loading and view.data.held is not None and view.data.held.id == newest.id)
    assert view.badge.held_label.text() == f"Held stage: Norming (overridden {DEMO_DAY.isoformat()})"
    assert "Override stage to Norming" in window.undo_action.text()

    window.lifecycle.undo_stack.undo()
    assert len(history(window, team_id)) == count
    qtbot.waitUntil(lambda: not view.loading and (view.data.held is None or view.data.held.id != newest.id))
    window.lifecycle.undo_stack.redo()
    again = history(window, team_id)
    assert len(again) == count + 1 and again[-1].kind == "overridden"
    window.lifecycle.undo_stack.undo()  # undo after redo removes the re-recorded entry (a new id)
    assert len(history(window, team_id)) == count
    wait_for_tasks()


def test_accept_and_confirm_record_the_diagnosed_stage(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, FORMING_TEAM)
    team_id = tab.team_id
    count = len(history(window, team_id))
    for kind in ("accepted", "confirmed"):
        dialog = tab.diagnosis.open_stage_dialog(kind)
        assert not dialog.stage_combo.isEnabled() and dialog.chosen_stage() is Stage.FORMING
        dialog.accept()
        assert not dialog.isVisible()
    rows = history(window, team_id)
    assert [(r.kind, r.stage, r.as_of) for r in rows[count:]] == [
        ("accepted", Stage.FORMING, DEMO_DAY), ("confirmed", Stage.FORMING, DEMO_DAY)]
    diagnosis = expected_diagnosis(window, team_id)
    assert rows[-1].contradiction_summary == contradiction_text(diagnosis, "en").summary
    wait_for_tasks()


def test_timeline_shows_one_marker_per_history_entry(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, "华东续费中心")
    timeline = tab.timeline
    tab.show_panel(timeline)
    rows = history(window, tab.team_id)
    assert rows
    qtbot.waitUntil(lambda: timeline.data is not None and not timeline.loader.loading)
    assert not timeline.is_empty
    assert timeline.chart.marker_count() == len(rows)
    by_kind = {kind: len(item.data) for kind, item in timeline.chart.markers.items()}
    assert by_kind == {kind: sum(r.kind == kind for r in rows) for kind in ("accepted", "confirmed", "overridden")}
    assert timeline.proxy.rowCount() == len(rows)
    newest = timeline.proxy.index(0, HistoryColumn.DATE).data()
    assert newest == max(r.as_of for r in rows).isoformat()  # newest first
    override = next(r for r in rows if r.kind == "overridden")
    QApplication.processEvents()
    tip = timeline.chart.hover_at(timeline.chart.marker_position(override))
    assert tip.startswith(f"{override.as_of.isoformat()} · Overridden: ")
    assert f"Reason: {override.reason}" in tip
    assert timeline.chart.formed_line.isVisible()


def test_timeline_empty_state_and_live_update(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, FORMING_TEAM)
    with window.editor.db.session() as session:
        for row in stage_history(session, tab.team_id):
            delete_stage_record(session, row.id)
    timeline = tab.timeline
    tab.show_panel(timeline)
    timeline.refresh()
    qtbot.waitUntil(lambda: timeline.data is not None and not timeline.data.history and not timeline.loader.loading)
    assert timeline.is_empty
    assert timeline.empty_text.text() == "No stage history yet: accept a diagnosis to start the timeline"
    tab.show_diagnosis()
    tab.diagnosis.open_stage_dialog("accepted").accept()
    tab.show_panel(timeline)
    qtbot.waitUntil(lambda: timeline.data is not None and len(timeline.data.history) == 1)
    assert not timeline.is_empty and timeline.chart.marker_count() == 1
    wait_for_tasks()


def test_as_of_date_rediagnoses(window, qtbot) -> None:
    view = open_lifecycle(window, qtbot, STORMING_TEAM).diagnosis
    earlier = DEMO_DAY - dt.timedelta(days=60)
    view.set_as_of(earlier)
    assert view.loading or view.loader._timer.isActive()  # the request is queued, not run on the GUI thread
    qtbot.waitUntil(lambda: not view.loading and view.diagnosis.as_of == earlier)
    assert view.badge.name.text() == expected_diagnosis(window, view.team_id, earlier).top_stage.value.capitalize()


def test_prescription_links_to_playbook_and_plan_button_opens_new_plan(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    practice = tab.diagnosis.diagnosis.contradiction.prescription[0]
    tab.diagnosis.card.prescription.linkActivated.emit(f"practice:{practice.id}")
    assert tab.current_panel() is tab.playbook
    assert tab.playbook.selected_id() == practice.id
    tab.show_diagnosis()
    tab.diagnosis.card.plan_button.click()
    assert tab.current_panel() is tab.action_plan
    assert tab.action_plan.diagnosis is tab.diagnosis.diagnosis
    dialog = tab.action_plan.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    tab.show_diagnosis()
    tab.diagnosis.week.open_button.click()
    assert tab.current_panel() is tab.action_plan


def test_chinese_shows_content_in_chinese(window, qtbot, translations) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    translations.apply("zh_CN")
    QApplication.processEvents()
    diagnosis = tab.diagnosis.diagnosis
    assert tab.diagnosis.card.summary_text() == contradiction_text(diagnosis, "zh").summary
    assert "电话量" in tab.diagnosis.card.summary_text()
    translations.apply("en")
    QApplication.processEvents()
    assert tab.diagnosis.card.summary_text() == contradiction_text(diagnosis, "en").summary
    assert window.team_page.tabs.tabText(window.team_page.tabs.indexOf(tab)) == "&Lifecycle"
