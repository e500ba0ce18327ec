"""The Signal thresholds dialog of the Diagnosis view (demo database, SQLite and PostgreSQL): defaults shown in
the manager's units, a change stored at once and undoable, bad values keep the dialog open and store nothing,
reset to default, keyboard editing."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox

from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, Thresholds
from coachdesk.gui.lifecycle.thresholds_model import Column
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.lifecycle.diagnosis import set_team_thresholds, team_thresholds
from coachdesk.store.lifecycle.models import LifecycleSettings
from tests.conftest import DEMO_DAY
from tests.gui.test_lifecycle_tab import STORMING_TEAM, open_lifecycle

THRESHOLD_COUNT = len(fields(Thresholds))


@pytest.fixture
def window(window):
    window.lifecycle.set_today(lambda: DEMO_DAY)
    return window


def stored(window, team_id: int) -> Thresholds:
    with window.editor.db.session() as session:
        return team_thresholds(session, team_id)


def stored_json(window, team_id: int) -> str | None:
    with window.editor.db.session() as session:
        row = session.get(LifecycleSettings, team_id)
        return row.thresholds_json if row else None


def cell(dialog, name: str, column: Column) -> str:
    return dialog.model.index(dialog.model.names.index(name), column).data()


def type_value(dialog, qtbot, name: str, text: str) -> None:
    """Select the row, F2, type, Enter: as a user does (Enter must not also press OK)."""
    dialog.select(name)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = open_editor(dialog)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dialog.isVisible()
    assert dialog.table.state() != QAbstractItemView.State.EditingState


def open_editor(dialog):
    assert dialog.table.state() == QAbstractItemView.State.EditingState
    return dialog.table.indexWidget(dialog.table.currentIndex())


def call_drop_used(view) -> float:
    signal = next(s for s in view.diagnosis.signals if s.id == "call_volume_change")
    return signal.thresholds["call_drop"]


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_dialog_shows_the_defaults_in_the_managers_units(window, qtbot) -> None:
    view = open_lifecycle(window, qtbot, STORMING_TEAM).diagnosis
    assert view.thresholds_button.isEnabled() and view.thresholds_button.text() == "Thresholds…"
    dialog = view.open_thresholds_dialog()
    assert dialog.isVisible() and dialog.windowTitle() == "Signal Thresholds"
    assert dialog.model.rowCount() == THRESHOLD_COUNT
    assert cell(dialog, "young_team_days", Column.NAME) == "Team counts as young below (days)"
    assert all(cell(dialog, n, Column.MEANING) for n in dialog.model.names)  # every threshold explained
    assert cell(dialog, "young_team_days", Column.DEFAULT) == "60"
    assert cell(dialog, "new_hires_30d_high", Column.DEFAULT) == "30 %"
    assert cell(dialog, "call_drop", Column.DEFAULT) == "-15 %"
    assert cell(dialog, "connect_rate_drop", Column.DEFAULT) == "-1"
    assert cell(dialog, "min_deals_per_day", Column.DEFAULT) == "2"
    for name in dialog.model.names:
        assert cell(dialog, name, Column.VALUE) == cell(dialog, name, Column.DEFAULT)
        assert cell(dialog, name, Column.CHANGED) == ""
    assert dialog.model.index(0, Column.VALUE).data(Qt.ItemDataRole.EditRole) == "60"
    dialog.reject()


def test_changed_drop_is_stored_undoable_and_rediagnosed(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    view, team_id = tab.diagnosis, tab.team_id
    assert call_drop_used(view) == DEFAULT_THRESHOLDS.call_drop
    before_json = stored_json(window, team_id)
    dialog = view.open_thresholds_dialog()
    type_value(dialog, qtbot, "call_drop", "-20")
    assert cell(dialog, "call_drop", Column.VALUE) == "-20 %"
    assert cell(dialog, "call_drop", Column.CHANGED) == "●"
    press_ok(dialog)
    assert not dialog.isVisible()
    assert stored(window, team_id).call_drop == -0.2
    assert stored(window, team_id).to_mapping() == {**DEFAULT_THRESHOLDS.to_mapping(), "call_drop": -0.2}
    assert window.lifecycle.undo_stack.count() == 1
    assert "Change signal thresholds" in window.undo_action.text()
    qtbot.waitUntil(lambda: not view.loading and view.diagnosis is not None and call_drop_used(view) == -0.2)

    window.lifecycle.undo_stack.undo()  # what Ctrl+Z does
    assert stored(window, team_id) == DEFAULT_THRESHOLDS
    assert json.loads(stored_json(window, team_id) or "{}") == json.loads(before_json or "{}")
    qtbot.waitUntil(lambda: not view.loading and call_drop_used(view) == DEFAULT_THRESHOLDS.call_drop)
    window.lifecycle.undo_stack.redo()
    assert stored(window, team_id).call_drop == -0.2
    wait_for_tasks()


def test_undo_restores_earlier_own_values_exactly(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    team_id = tab.team_id
    with window.editor.db.session() as session:
        set_team_thresholds(session, team_id, {"turnover_30d_high": 0.125, "young_team_days": 45})
    before, before_json = stored(window, team_id), stored_json(window, team_id)
    dialog = tab.diagnosis.open_thresholds_dialog()
    assert cell(dialog, "turnover_30d_high", Column.VALUE) == "12.5 %"
    assert cell(dialog, "young_team_days", Column.CHANGED) == "●"
    type_value(dialog, qtbot, "turnover_30d_high", "15")
    type_value(dialog, qtbot, "mature_team_days", "400")
    press_ok(dialog)
    assert not dialog.isVisible()
    after = stored(window, team_id)
    assert (after.turnover_30d_high, after.mature_team_days, after.young_team_days) == (0.15, 400, 45)
    assert window.lifecycle.undo_stack.count() == 1  # both changes are one edit
    window.lifecycle.undo_stack.undo()
    assert stored(window, team_id) == before
    assert stored_json(window, team_id) == before_json
    wait_for_tasks()


def test_bad_values_keep_the_dialog_open_and_store_nothing(window, qtbot, table_dump) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    before = table_dump(window.editor.db)
    dialog = tab.diagnosis.open_thresholds_dialog()
    type_value(dialog, qtbot, "young_team_days", "200")  # not below the settled age (180)
    type_value(dialog, qtbot, "call_drop", "abc")
    type_value(dialog, qtbot, "conversion_rise", "12")  # fine: kept, not stored while others are wrong
    press_ok(dialog)
    assert dialog.isVisible()
    lines = dialog.error_label.text().splitlines()
    assert not dialog.error_label.isHidden()
    assert "Team counts as young below (days): must be below “Team counts as settled from (days)” (180)" in lines
    assert "Call volume counts as dropping at (% change): “abc” is not a number" in lines
    assert set(dialog.model.problems) == {"young_team_days", "settled_team_days", "call_drop"}
    young = dialog.model.index(dialog.model.names.index("young_team_days"), Column.VALUE)
    assert young.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.selected_name() == "young_team_days"  # the first marked row is picked to fix
    assert cell(dialog, "call_drop", Column.VALUE) == "abc"  # nothing typed is lost
    assert cell(dialog, "conversion_rise", Column.VALUE) == "12 %"
    assert table_dump(window.editor.db) == before
    assert window.lifecycle.undo_stack.count() == 0

    type_value(dialog, qtbot, "call_drop", "5")  # a rise is not a drop
    assert "call_drop" not in dialog.model.problems  # an edited row is no longer marked
    type_value(dialog, qtbot, "young_team_days", "60.5")
    press_ok(dialog)
    lines = dialog.error_label.text().splitlines()
    assert lines == ["Team counts as young below (days): “60.5” is not a whole number of days",
                     "Call volume counts as dropping at (% change): must be below 0: a drop is a fall"]
    assert table_dump(window.editor.db) == before
    type_value(dialog, qtbot, "young_team_days", "60")
    type_value(dialog, qtbot, "call_drop", "-10")
    press_ok(dialog)
    assert not dialog.isVisible()
    after = stored(window, tab.team_id)
    assert (after.call_drop, after.conversion_rise, after.young_team_days) == (-0.1, 0.12, 60)
    wait_for_tasks()


def test_reset_to_default_and_reset_all(window, qtbot) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    team_id = tab.team_id
    with window.editor.db.session() as session:
        set_team_thresholds(session, team_id, {"call_drop": -0.25, "low_performers_high": 0.3})
    dialog = tab.diagnosis.open_thresholds_dialog()
    assert cell(dialog, "call_drop", Column.VALUE) == "-25 %"
    dialog.select("call_drop")
    dialog.reset_button.click()
    assert cell(dialog, "call_drop", Column.VALUE) == "-15 %"
    assert cell(dialog, "call_drop", Column.CHANGED) == ""
    assert cell(dialog, "low_performers_high", Column.CHANGED) == "●"
    press_ok(dialog)
    assert stored(window, team_id).to_mapping() == {**DEFAULT_THRESHOLDS.to_mapping(), "low_performers_high": 0.3}
    assert json.loads(stored_json(window, team_id)) == {"low_performers_high": 0.3}

    dialog = tab.diagnosis.open_thresholds_dialog()
    dialog.reset_all_button.click()
    assert all(cell(dialog, n, Column.CHANGED) == "" for n in dialog.model.names)
    press_ok(dialog)
    assert stored(window, team_id) == DEFAULT_THRESHOLDS
    assert json.loads(stored_json(window, team_id)) == {}
    window.lifecycle.undo_stack.undo()
    assert stored(window, team_id).low_performers_high == 0.3
    wait_for_tasks()


def test_keyboard_tab_moves_between_values_and_cancel_stores_nothing(window, qtbot, table_dump) -> None:
    tab = open_lifecycle(window, qtbot, STORMING_TEAM)
    before = table_dump(window.editor.db)
    dialog = tab.diagnosis.open_thresholds_dialog()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.setFocus()
    assert dialog.table.currentIndex().row() == 0 and dialog.table.currentIndex().column() == Column.VALUE
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected_name() == "settled_team_days"
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # typing starts editing, replacing the value
    editor = open_editor(dialog)
    qtbot.keyClicks(editor, "00")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits and edits the next row's value
    assert cell(dialog, "settled_team_days", Column.VALUE) == "200"
    assert dialog.selected_name() == "mature_team_days"
    assert dialog.table.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(open_editor(dialog), Qt.Key.Key_Escape)
    # a click on a name keeps the cursor in the value column
    dialog.table.setCurrentIndex(dialog.model.index(4, Column.NAME))
    assert dialog.table.currentIndex().column() == Column.VALUE
    dialog.select(dialog.model.names[-1])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)  # after the last row Tab leaves the table
    assert not dialog.table.hasFocus()
    dialog.reject()
    assert table_dump(window.editor.db) == before
    assert window.lifecycle.undo_stack.count() == 0
