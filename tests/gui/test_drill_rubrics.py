"""The Drills tab's Rubrics view and the rubric dialog on real widgets: the shipped rubric and the team's own, a new
rubric from a copy (every problem named by criterion row, nothing typed lost), undo, the team default picked in
Start Drill and scored on by the console, an edit of a used rubric saved as a revision, and the view in Chinese."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.drills.rubrics import default_rubric
from coachdesk.core.drills.sessions import Mode
from coachdesk.gui.drills.console_window import load_console
from coachdesk.gui.drills.rubric_dialog import RubricDialog
from coachdesk.gui.drills.start_dialog import StartDraft, StartDrillDialog, load_choices, start
from coachdesk.store.drills import rubrics
from tests.conftest import DEMO_DAY
from tests.gui import test_drills_tab
from tests.gui.test_drills_tab import CJK, cells, loaded, ok

drills = test_drills_tab.drills  # the Drills tab's fixture: a hand-made team in the demo database

AT = dt.datetime.combine(DEMO_DAY, dt.time(9, 30))


def new_rubric(qtbot, tab) -> RubricDialog:
    dialog = tab.rubric_commands.new_rubric()
    assert isinstance(dialog, RubricDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_view_lists_the_shipped_rubric_with_its_anchors(drills) -> None:
    tab, _built = drills
    panel = tab.rubrics
    assert cells(panel.table, range(6)) == [("Telesales role-play", "6", "3.5", "yes", "2", "shipped (read-only)")]
    assert not panel.edit_action.isEnabled() and not panel.delete_action.isEnabled()
    assert panel.new_action.isEnabled() and not panel.default_action.isEnabled()
    first = cells(panel.criteria_table, range(5))[0]
    assert first[:2] == ("Opening", "1") and first[4].startswith("Warm, brief")
    assert "pass mark 3.5 of 5" in panel.summary.text()


def test_a_new_rubric_from_a_copy_names_each_problem_and_keeps_what_was_typed(qtbot, window, drills, demo_db) -> None:
    tab, built = drills
    dialog = new_rubric(qtbot, tab)
    assert dialog.name.text() == "Copy of Telesales role-play" and dialog.list.count() == 6
    dialog.name.setText("续费晨练")
    dialog.pass_mark.setValue(3.2)
    dialog.add_button.click()
    assert dialog.list.count() == 7 and dialog.list.currentRow() == 6
    dialog.criterion_name.setText("合规提示")
    dialog.anchors[0].setPlainText("没有提示录音")
    ok(dialog)  # anchors 3 and 5 empty: refused, named by row, the dialog keeps everything
    assert dialog.isVisible()
    assert dialog.criterion_errors() == {7: ["anchor3", "anchor5"]}
    assert "Criterion 7 (合规提示), a 3 looks like" in dialog.error_label.text()
    assert dialog.part_errors["anchor3"].isVisible() and dialog.list.item(6).toolTip()
    dialog.list.setCurrentRow(0)  # looking at another criterion and back keeps the typed texts
    dialog.list.setCurrentRow(6)
    assert dialog.criterion_name.text() == "合规提示" and dialog.anchors[0].toPlainText() == "没有提示录音"
    dialog.anchors[1].setPlainText("提示了但太快")
    dialog.anchors[2].setPlainText("清楚提示录音和退订方式")
    dialog.weight.setValue(0.5)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        ok(dialog)
    assert not dialog.isVisible()
    names = [r[0] for r in cells(tab.rubrics.table, range(1))]
    assert names == ["Telesales role-play", "续费晨练"]
    with demo_db.session() as s:
        own = rubrics.list_rubrics(s, built["team_id"])[1].rubric
    shipped = default_rubric()
    assert own.pass_mark == 3.2 and own.keys == (*shipped.keys, "c1")
    assert own.criteria[0] == shipped.criteria[0]  # untouched: both languages kept
    assert own.criteria[6].anchors[5] == {"en": "清楚提示录音和退订方式", "zh": "清楚提示录音和退订方式"}
    assert own.criteria[6].weight == 0.5
    loaded(qtbot, tab, window.undo_action.trigger)
    assert [r[0] for r in cells(tab.rubrics.table, range(1))] == ["Telesales role-play"]


def test_the_team_default_is_picked_in_start_drill_and_scored_on(qtbot, window, drills, demo_db) -> None:
    tab, built = drills
    team_id = built["team_id"]
    dialog = new_rubric(qtbot, tab)
    dialog.name.setText("三项速评")
    while dialog.list.count() > 3:
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog.remove_button.click()
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        ok(dialog)
    tab.rubrics.select(next(i.key for i in tab.rubrics.model.rows if not i.built_in))
    loaded(qtbot, tab, tab.rubrics.default_action.trigger)
    own = next(i for i in tab.rubrics.model.rows if not i.built_in)
    assert own.team_default and cells(tab.rubrics.table, range(4))[1][3] == "yes"
    choices = load_choices(demo_db, team_id, DEMO_DAY)
    start_dialog = StartDrillDialog(choices, start(demo_db, team_id, lambda: AT))
    qtbot.addWidget(start_dialog)
    assert start_dialog.rubric.currentData() == own.key and start_dialog.rubric.count() == 2
    assert "Pass mark 3.5 of 5" in start_dialog.rubric.itemData(1, 3)  # the tooltip role
    start_dialog.trainer.setText("王老师")
    start_dialog.mode.setCurrentIndex(list(Mode).index(Mode.ROLE_PLAY))
    ok(start_dialog)
    session_id = start_dialog.result_value
    assert isinstance(session_id, int)
    data = load_console(demo_db, session_id, DEMO_DAY)
    assert data.session.rubric_key == own.key and data.rubric.keys == ("opening", "discovery", "value")


def test_editing_a_used_rubric_saves_a_revision(qtbot, window, drills, demo_db) -> None:
    tab, built = drills
    team_id = built["team_id"]
    dialog = new_rubric(qtbot, tab)
    dialog.name.setText("复训评分")
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        ok(dialog)
    key = next(i.key for i in tab.rubrics.model.rows if not i.built_in)
    start(demo_db, team_id, lambda: AT)(StartDraft(Mode.ROLE_PLAY, None, "王老师", (built["reps"]["甲"],), key))
    loaded(qtbot, tab, tab.request_reload)
    tab.rubrics.select(key)
    assert not tab.rubrics.delete_action.isEnabled()  # scored on: retire, not delete
    edit = tab.rubric_commands.edit_rubric()
    assert isinstance(edit, RubricDialog)
    qtbot.addWidget(edit)
    edit.pass_mark.setValue(4.0)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        ok(edit)
    assert [(r[0], r[5]) for r in cells(tab.rubrics.table, range(6))] == [
        ("Telesales role-play", "shipped (read-only)"), ("复训评分", "revised")]
    tab.rubrics.show_retired.setChecked(True)
    assert [(r[0], r[2], r[5]) for r in cells(tab.rubrics.table, range(6))][1:] == [
        ("复训评分", "3.5", "retired"), ("复训评分", "4", "revised")]
    with demo_db.session() as s:
        assert rubrics.rubric_for(s, key).pass_mark == 3.5  # the session's scores keep their rubric


def test_the_rubrics_view_and_dialog_speak_chinese(qtbot, drills, translations) -> None:
    tab, _built = drills
    translations.apply("zh_CN")
    try:
        QApplication.processEvents()
        panel = tab.rubrics
        texts = [panel.new_action.text(), panel.default_action.text(), panel.summary.text(),
                 panel.model.headerData(0, Qt.Orientation.Horizontal), cells(panel.table, [5])[0][0]]
        dialog = new_rubric(qtbot, tab)
        dialog.add_button.click()
        ok(dialog)
        texts += [dialog.windowTitle(), dialog.error_label.text(), dialog.row_labels["pass_mark"].text(),
                  dialog.part_labels["anchor5"].text(), dialog.add_button.text()]
        assert all(CJK.search(str(t)) for t in texts), texts
        assert dialog.name.text().startswith("复制")  # "Copy of …" in Chinese
    finally:
        translations.apply("en")
