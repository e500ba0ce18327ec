"""Team → Enter Day's Figures…: spreadsheet keys, pre-filled stored figures, red invalid cells, undoable save."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from coachdesk.core.activity.figures import DayFigures
from coachdesk.gui.activity.manual_entry import Col, ManualEntryDialog
from coachdesk.store.activity.entries import day_entries, reps_on_day
from coachdesk.store.activity.imports import list_imports, save_day_entries
from tests.conftest import DEMO_DAY, dump_tables

RED = "#fee2e2"


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch) -> None:
    """Closing a dialog with typed figures asks first; tests (and their teardown) answer Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def storming(window):
    team = next(t for t in window.team_model.teams() if t.name == "城南电销二部")
    window.select_team(team.id)
    return window.current_team()


def open_dialog(window, qtbot, day: dt.date = DEMO_DAY) -> ManualEntryDialog:
    team = storming(window)
    dialog = ManualEntryDialog(window.editor.db, team.id, team.name, window, today=day)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def editor_of(dialog: ManualEntryDialog) -> QLineEdit:
    editor = dialog.grid.indexWidget(dialog.grid.currentIndex())
    assert isinstance(editor, QLineEdit), "no cell editor is open"
    return editor


def type_cell(qtbot, dialog: ManualEntryDialog, text: str, end=Qt.Key.Key_Return) -> None:
    """Type into the current cell as a user does: the first key starts editing, the rest go to the editor."""
    qtbot.keyClick(dialog.grid, text[0])
    editor = editor_of(dialog)
    if text[1:]:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, end)


def cell(dialog: ManualEntryDialog, row: int, column: Col, role=Qt.ItemDataRole.DisplayRole):
    return dialog.proxy.index(row, column).data(role)


def go(dialog: ManualEntryDialog, row: int, column: Col) -> None:
    dialog.grid.setCurrentIndex(dialog.proxy.index(row, column))


def test_rows_are_the_reps_on_the_roster_that_day(window, qtbot, demo_db) -> None:
    dialog = open_dialog(window, qtbot)
    team = window.current_team()
    reps = reps_on_day(demo_db, team.id, DEMO_DAY)
    active = [m for m in window.editor.members(team.id) if m.active and m.role.value in ("rep", "group_leader")]
    assert {r.employee_id for r in reps} >= {m.employee_id for m in active}
    assert dialog.proxy.rowCount() == len(reps)
    assert dialog.windowTitle() == "Enter Day's Figures — 城南电销二部"
    assert dialog.group_combo.itemText(0) == "All active reps"
    assert dialog.grid.currentIndex().column() == Col.CALLS  # ready to type

    group_index = 1
    group_id = dialog.group_combo.itemData(group_index)
    dialog.group_combo.setCurrentIndex(group_index)
    in_group = [r for r in reps if r.group_id == group_id]
    assert 0 < dialog.proxy.rowCount() == len(in_group) < len(reps)
    assert {cell(dialog, i, Col.EMPLOYEE_ID) for i in range(dialog.proxy.rowCount())} == {
        r.employee_id for r in in_group}


def test_enter_moves_down_tab_moves_right_and_save_stores(window, qtbot, demo_db) -> None:
    dialog = open_dialog(window, qtbot)
    team = window.current_team()
    go(dialog, 0, Col.CALLS)
    type_cell(qtbot, dialog, "120")
    assert dialog.grid.currentIndex().row() == 1 and dialog.grid.currentIndex().column() == Col.CALLS
    type_cell(qtbot, dialog, "95")
    assert dialog.grid.currentIndex().row() == 2

    go(dialog, 0, Col.CONNECTED)  # a whole row with Tab
    type_cell(qtbot, dialog, "40", Qt.Key.Key_Tab)
    assert dialog.grid.currentIndex().column() == Col.TALK
    editor = editor_of(dialog)  # Tab opened the next cell for typing
    editor.selectAll()
    qtbot.keyClicks(editor, "45")  # minutes
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    for text in ("3", "1234.5"):
        editor = editor_of(dialog)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = editor_of(dialog)
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [cell(dialog, 0, c) for c in (Col.CALLS, Col.CONNECTED, Col.TALK, Col.DEALS, Col.REVENUE, Col.INTENT)] == [
        "120", "40", "0:45:00", "3", "1234.50", "2"]

    go(dialog, 1, Col.CONNECTED)
    type_cell(qtbot, dialog, "30")
    go(dialog, 1, Col.TALK)
    type_cell(qtbot, dialog, "1:02:03")
    assert dialog.status_label.text() == "2 reps changed"

    first = dialog.model.rows[dialog.proxy.mapToSource(dialog.proxy.index(0, 0)).row()].rep
    second = dialog.model.rows[dialog.proxy.mapToSource(dialog.proxy.index(1, 0)).row()].rep
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert saved and saved[0].written
    stored = day_entries(demo_db, team.id, DEMO_DAY)
    assert stored[first.member_id] == DayFigures(120, 40, 45 * 60, 3, 123450, 2)
    second_before = dialog.model.rows[dialog.proxy.mapToSource(dialog.proxy.index(1, 0)).row()].stored
    intent = second_before.intent if second_before else None
    assert stored[second.member_id] == DayFigures(95, 30, 3723, 0 if second_before is None else
                                                  second_before.deals, 0 if second_before is None else
                                                  second_before.revenue_cents, intent)
    latest = list_imports(demo_db, team.id)[-1]
    assert (latest.source, latest.file_name) == ("manual", f"manual entry {DEMO_DAY.isoformat()}")


def test_grid_starts_with_the_stored_figures(window, qtbot, demo_db) -> None:
    team = storming(window)
    reps = reps_on_day(demo_db, team.id, DEMO_DAY)
    report = save_day_entries(demo_db, team.id, DEMO_DAY, [(reps[0].member_id, (70, 25, 3725, 2, 45600, None))],
                              today=DEMO_DAY)
    assert report.written
    dialog = open_dialog(window, qtbot)
    row = next(i for i in range(dialog.proxy.rowCount()) if cell(dialog, i, Col.EMPLOYEE_ID) == reps[0].employee_id)
    assert [cell(dialog, row, c) for c in (Col.CALLS, Col.CONNECTED, Col.TALK, Col.DEALS, Col.REVENUE)] == [
        "70", "25", "1:02:05", "2", "456.00"]
    assert dialog.status_label.text() == "No changes"
    assert not dialog.model.dirty


def test_invalid_cells_are_red_and_block_saving(window, qtbot, demo_db) -> None:
    dialog = open_dialog(window, qtbot)
    before = dump_tables(demo_db)
    go(dialog, 0, Col.CALLS)
    type_cell(qtbot, dialog, "12a")
    go(dialog, 1, Col.CALLS)
    type_cell(qtbot, dialog, "10")
    go(dialog, 1, Col.CONNECTED)
    type_cell(qtbot, dialog, "15")
    assert cell(dialog, 0, Col.CALLS) == "12a"  # kept as typed
    assert cell(dialog, 0, Col.CALLS, Qt.ItemDataRole.BackgroundRole).color().name() == RED
    assert cell(dialog, 0, Col.CALLS, Qt.ItemDataRole.ToolTipRole) == "is not a number"
    assert cell(dialog, 1, Col.CONNECTED, Qt.ItemDataRole.ToolTipRole) == "connected (15) is more than calls (10)"
    assert cell(dialog, 1, Col.CALLS, Qt.ItemDataRole.BackgroundRole) is None

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.error_label.text()
    first = dialog.model.rows[dialog.proxy.mapToSource(dialog.proxy.index(0, 0)).row()].rep
    assert dialog.error_label.isVisible()
    assert text.startswith("Nothing was saved.")
    assert f"{first.name} ({first.employee_id}), Calls: is not a number" in text
    assert "Connected: connected (15) is more than calls (10)" in text
    assert dialog.grid.currentIndex().row() == 0 and dialog.grid.currentIndex().column() == Col.CALLS
    assert cell(dialog, 0, Col.CALLS) == "12a"
    assert dump_tables(demo_db) == before

    go(dialog, 0, Col.CALLS)
    type_cell(qtbot, dialog, "12")
    go(dialog, 1, Col.CONNECTED)
    type_cell(qtbot, dialog, "5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_clearing_a_stored_row_is_refused(window, qtbot, demo_db) -> None:
    team = storming(window)
    reps = reps_on_day(demo_db, team.id, DEMO_DAY)
    save_day_entries(demo_db, team.id, DEMO_DAY, [(reps[0].member_id, (70, 25, 60, 2, 100, 1))], today=DEMO_DAY)
    dialog = open_dialog(window, qtbot)
    row = next(i for i in range(dialog.proxy.rowCount()) if cell(dialog, i, Col.EMPLOYEE_ID) == reps[0].employee_id)
    dialog.grid.setCurrentIndex(dialog.proxy.index(row, Col.CALLS))
    dialog.grid.selectionModel().select(
        QItemSelection(dialog.proxy.index(row, Col.CALLS), dialog.proxy.index(row, Col.INTENT)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Delete)
    assert cell(dialog, row, Col.CALLS) == "" and cell(dialog, row, Col.INTENT) == ""
    assert "type 0 for a day without calls" in cell(dialog, row, Col.CALLS, Qt.ItemDataRole.ToolTipRole)
    before = dump_tables(demo_db)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dump_tables(demo_db) == before


def test_paste_a_block_from_a_spreadsheet(window, qtbot, demo_db) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog = open_dialog(window, qtbot)
    QGuiApplication.clipboard().setText("50\t20\t30\n60\t25\t1:00:00\n")
    go(dialog, 0, Col.CALLS)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [cell(dialog, 0, c) for c in (Col.CALLS, Col.CONNECTED, Col.TALK)] == ["50", "20", "0:30:00"]
    assert [cell(dialog, 1, c) for c in (Col.CALLS, Col.CONNECTED, Col.TALK)] == ["60", "25", "1:00:00"]


def test_future_day_cannot_be_chosen_and_changing_day_asks_first(window, qtbot, demo_db, monkeypatch) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.date_edit.maximumDate().toPython() == DEMO_DAY
    go(dialog, 0, Col.CALLS)
    type_cell(qtbot, dialog, "9")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    assert dialog.day() == DEMO_DAY and cell(dialog, 0, Col.CALLS) == "9"  # kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    assert dialog.day() == DEMO_DAY - dt.timedelta(days=1)
    assert not dialog.model.dirty


def test_opened_from_the_team_menu(window, qtbot, demo_db) -> None:
    storming(window)
    action = window.activity_actions.enter_figures
    assert action.shortcut().toString() == "Ctrl+D"
    assert action in window.team_menu.actions()
    action.trigger()
    dialog = window.activity_actions.entry
    assert dialog is not None and dialog.isVisible()
    assert dialog.day() == dt.date.today()
    changed: list[int] = []
    window.editor.teamChanged.connect(changed.append)
    go(dialog, 0, Col.CALLS)
    type_cell(qtbot, dialog, "7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert changed == [window.current_team().id]  # the window and the dashboard reload
    assert window.statusBar().currentMessage().startswith(f"Saved manual entry {dt.date.today().isoformat()}: 1 new")
