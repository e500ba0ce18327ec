"""Team → Import History…: the list of imports and Undo Import (confirmation, worker, refusal reasons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coachdesk.core.roster.model import GroupDraft
from coachdesk.gui.activity.import_history import ImportHistoryDialog
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.activity.imports import ImportOptions, list_imports, run_import
from tests.conftest import DEMO_DAY, dump_tables

HEADERS = "日期,坐席工号,姓名,外呼量,接通次数,通话时长(秒),签单数,成交金额(元)"


def storming(window):
    team = next(t for t in window.team_model.teams() if t.name == "城南电销二部")
    window.select_team(team.id)
    return window.current_team()


def import_file(db, tmp_path: Path, name: str, lines: list[str], team_id: int, **options) -> int:
    path = tmp_path / name
    path.write_bytes("\n".join([HEADERS, *lines]).encode("gb18030"))
    report = run_import(db, path, ImportOptions(team=team_id, today=DEMO_DAY, **options))
    assert report.written, report.problems
    return report.import_id


def open_history(window, qtbot) -> ImportHistoryDialog:
    window.activity_actions.import_history.trigger()
    dialog = window.activity_actions.history
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_ids(dialog: ImportHistoryDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def undo(qtbot, dialog: ImportHistoryDialog) -> None:
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def without_import_log(dump):
    return {name: rows for name, rows in dump.items() if name != "activity_imports"}


def test_history_lists_imports_and_undo_restores_the_database(window, qtbot, tmp_path, demo_db, monkeypatch) -> None:
    team = storming(window)
    window.editor.create_group(team.id, GroupDraft("新星队"))
    assert window.editor.undo_stack.count() == 1
    first = import_file(demo_db, tmp_path, "a.csv", ["2024/5/6,CN001,x,50,20,900,1,99.5",
                                                     "2024/5/6,CN002,x,40,10,600,0,0"], team.id)
    before = dump_tables(demo_db)
    second = import_file(demo_db, tmp_path, "b.csv", ["2024/5/6,CN001,x,55,20,900,1,99.5",  # changes a day
                                                      "2024/5/7,CN002,x,30,10,300,0,0",  # adds a day
                                                      "2024/5/7,NEW777,新人,9,3,60,0,0"],  # and a rep
                         team.id, create_missing=True)
    assert dump_tables(demo_db) != before

    dialog = open_history(window, qtbot)
    ids = [str(s.id) for s in sorted(list_imports(demo_db, team.id), key=lambda s: -s.id)]
    assert shown_ids(dialog) == ids  # newest first
    assert dialog.windowTitle() == "Import History — 城南电销二部"
    row = shown_ids(dialog).index(str(second))
    values = [dialog.model.index(row, c).data() for c in range(dialog.model.columnCount())]
    assert values[1] == "b.csv" and values[3:8] == ["2", "1", "0", "0", "1"] and values[8] == ""
    assert dialog.selected().id == second and dialog.undo_button.isEnabled()

    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    undone: list[object] = []
    dialog.undone.connect(undone.append)
    undo(qtbot, dialog)
    assert asked == [f"Undo import {second} (b.csv)?\n\nThis removes the 2 days it added, gives the 1 day it changed "
                     "their earlier figures back and removes the 1 rep it created."]
    assert [u.id for u in undone] == [second]
    assert without_import_log(dump_tables(demo_db)) == without_import_log(before)
    assert "NEW777" not in {m.employee_id for m in window.editor.members(team.id)}
    assert window.editor.undo_stack.count() == 0  # the roster changed outside the undo stack

    row = shown_ids(dialog).index(str(second))
    assert dialog.model.index(row, 8).data() != ""  # when it was undone
    assert dialog.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    assert dialog.selected().id == second and not dialog.undo_button.isEnabled()
    assert first in [s.id for s in list_imports(demo_db, team.id) if s.undone_at is None]


def test_undo_refused_explains_why(window, qtbot, tmp_path, demo_db, monkeypatch) -> None:
    team = storming(window)
    first = import_file(demo_db, tmp_path, "a.csv", ["2024/5/6,CN001,x,50,20,900,1,99.5"], team.id)
    second = import_file(demo_db, tmp_path, "b.csv", ["2024/5/7,CN001,x,50,20,900,1,99.5"], team.id)
    dialog = open_history(window, qtbot)
    dialog.select_import(first)
    assert dialog.selected().id == first
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warnings.append((title, text)))
    before = dump_tables(demo_db)
    undo(qtbot, dialog)
    assert warnings == [("Cannot Undo Import", f"Import {first} can only be undone after the later imports of this "
                                               f"team are undone ({second}). Undo those first, newest first.")]
    assert dump_tables(demo_db) == before
    assert wait_for_tasks(5000)


def test_declining_the_confirmation_changes_nothing(window, qtbot, tmp_path, demo_db, monkeypatch) -> None:
    team = storming(window)
    import_file(demo_db, tmp_path, "a.csv", ["2024/5/6,CN001,x,50,20,900,1,99.5"], team.id)
    dialog = open_history(window, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = dump_tables(demo_db)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None and dump_tables(demo_db) == before


def test_manual_entries_are_listed_as_typed_in(window, qtbot, demo_db) -> None:
    from coachdesk.store.activity.entries import reps_on_day
    from coachdesk.store.activity.imports import save_day_entries

    team = storming(window)
    rep = reps_on_day(demo_db, team.id, DEMO_DAY)[0]
    report = save_day_entries(demo_db, team.id, DEMO_DAY, [(rep.member_id, (1, 1, 60, 0, 0, None))], today=DEMO_DAY)
    dialog = open_history(window, qtbot)
    row = shown_ids(dialog).index(str(report.import_id))
    assert dialog.model.index(row, 1).data() == f"manual entry {DEMO_DAY.isoformat()} (typed in)"
