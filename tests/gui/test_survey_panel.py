"""The survey panel: keyboard entry of paper answers, missing answers, file import (all or nothing), the
template, the result reading and undoable deletes — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import TeamSurveyResult, default_survey, read_scores
from coachdesk.gui.lifecycle.survey_answers import MISSING_BACKGROUND
from coachdesk.gui.lifecycle.survey_panel import SurveyPanel
from coachdesk.gui.lifecycle.survey_results import reading_lines
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.lifecycle import survey as survey_store
from tests.conftest import dump_tables
from tests.gui.lifecycle_panel_support import TODAY, Team, make_team, show

SURVEY = default_survey()
TYPED = [str(n % 5 + 1) for n in range(32)]  # 1 2 3 4 5 1 2 …


@pytest.fixture
def team(db, translations) -> Team:
    return make_team(db)


@pytest.fixture
def panel(qtbot, team: Team) -> SurveyPanel:
    widget = SurveyPanel(team.context)
    show(qtbot, widget, 1100, 720)
    widget.set_team(team.team_id)
    return widget


def stored(team: Team) -> list[survey_store.ResponseRow]:
    with team.database.session() as s:
        return survey_store.list_responses(s, team.team_id)


def answers_of(team: Team, response_id: int) -> dict[str, int]:
    with team.database.session() as s:
        return survey_store.response_answers(s, response_id)


def expected_scores(answers: dict[str, int]) -> dict[Stage, int]:
    return {stage: sum(answers[i.id] for i in SURVEY.items if i.stage is stage) for stage in STAGES}


def test_typing_digits_answers_every_item_and_ctrl_return_saves(panel: SurveyPanel, team: Team, qtbot) -> None:
    entry = panel.entry
    entry.respondent.setCurrentIndex(1)  # the first member
    first_member = entry.respondent_id()
    table = entry.table
    table.setFocus()
    assert entry.count_label.text() == "0 of 32 answered"
    for key in TYPED[:17]:
        qtbot.keyClick(table, key)
    assert entry.count_label.text() == "17 of 32 answered"
    assert table.currentIndex().row() == 17
    for key in TYPED[17:]:
        qtbot.keyClick(table, key)
    assert entry.count_label.text() == "32 of 32 answered"
    assert entry.save_button.hasFocus()  # after the last item, Save is next

    qtbot.keyClick(entry.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rows = stored(team)
    assert len(rows) == 1
    typed = {item.id: int(key) for item, key in zip(SURVEY.items, TYPED, strict=True)}
    assert answers_of(team, rows[0].id) == typed
    assert rows[0].scores == expected_scores(typed)
    assert rows[0].member_id == first_member and rows[0].answered_on == TODAY
    # ready for the next paper: cleared, next member, cursor on the first item
    assert entry.answers() == {} and entry.count_label.text() == "0 of 32 answered"
    assert entry.respondent.currentIndex() == 2
    assert table.currentIndex().row() == 0
    assert panel.results.model.rowCount() == 1
    assert "1 response(s)" in panel.results.summary.text()

    team.context.undo_stack.undo()
    assert stored(team) == []
    assert panel.results.model.rowCount() == 0
    team.context.undo_stack.redo()
    assert answers_of(team, stored(team)[0].id) == typed


def test_backspace_clears_and_goes_back_delete_clears_in_place(panel: SurveyPanel, qtbot) -> None:
    table = panel.entry.table
    table.setFocus()
    for key in "345":
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_Backspace)  # on q04 (empty): back to q03
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Backspace)  # clears q03, back to q02
    assert panel.entry.answers() == {"q01": 3, "q02": 4}
    qtbot.keyClick(table, "1")
    assert panel.entry.answers() == {"q01": 3, "q02": 1}
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.currentIndex().row() == 0
    assert panel.entry.answers() == {"q02": 1}
    qtbot.keyClick(table, "7")  # not an answer: ignored
    qtbot.keyClick(table, "0")
    assert panel.entry.answers() == {"q02": 1}
    assert panel.entry.count_label.text() == "1 of 32 answered"


def test_missing_answers_are_named_highlighted_and_nothing_is_stored(panel: SurveyPanel, team: Team, qtbot) -> None:
    table = panel.entry.table
    table.setFocus()
    for number, key in enumerate(TYPED, start=1):
        if number in (7, 20):
            qtbot.keyClick(table, Qt.Key.Key_Down)  # skipped on paper
        else:
            qtbot.keyClick(table, key)
    before = dump_tables(team.database)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dump_tables(team.database) == before
    message = panel.entry.message
    assert message.isVisible()
    assert "q07" in message.text() and "q20" in message.text() and "2 statement(s)" in message.text()
    model = panel.entry.model
    assert model.index(6, 0).data(Qt.ItemDataRole.BackgroundRole) == MISSING_BACKGROUND
    assert model.index(19, 2).data(Qt.ItemDataRole.BackgroundRole) == MISSING_BACKGROUND
    assert model.index(5, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert len(panel.entry.answers()) == 30  # nothing typed is lost
    assert table.currentIndex().row() == 6  # on the first missing one
    qtbot.keyClick(table, "4")
    assert model.index(6, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    table.go_to(19)
    qtbot.keyClick(table, "2")
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(team)) == 1
    assert not message.isVisible()


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "member", *SURVEY.ids])
        writer.writerows(rows)
    return path


def answer_row(day: str, member: str, value: int) -> list[object]:
    return [day, member, *([value] * 32)]


def run_import(panel: SurveyPanel, qtbot, path: Path) -> None:
    panel.import_file(path)
    wait_for_tasks()
    qtbot.waitUntil(lambda: panel.import_task is None)


def test_import_of_a_good_file_stores_every_row_and_undo_takes_it_back(panel: SurveyPanel, team: Team, qtbot,
                                                                        tmp_path: Path) -> None:
    path = write_csv(tmp_path / "round.csv", [answer_row("2025-06-20", "T002", 4), answer_row("2025-06-21", "", 3),
                                              answer_row("2025-06-21", "张伟", 5)])
    run_import(panel, qtbot, path)
    rows = stored(team)
    assert len(rows) == 3
    assert sorted((r.member_name, r.scores[Stage.FORMING]) for r in rows) == [("", 24), ("张伟", 40), ("李雷", 32)]
    assert {r.source for r in rows} == {"import"}
    assert "Imported 3 response(s)" in panel.import_status.text()
    assert panel.results.model.rowCount() == 3
    team.context.undo_stack.undo()
    assert stored(team) == []
    team.context.undo_stack.redo()
    assert sorted(r.scores[Stage.NORMING] for r in stored(team)) == [24, 32, 40]
    panel.results.table.selectRow(0)
    panel.results.delete_button.click()
    assert len(stored(team)) == 2
    for _ in range(2):
        team.context.undo_stack.undo()
    assert stored(team) == []
    for _ in range(2):
        team.context.undo_stack.redo()
    assert len(stored(team)) == 2


def test_import_with_a_bad_cell_names_row_and_column_and_stores_nothing(panel: SurveyPanel, team: Team, qtbot,
                                                                         tmp_path: Path) -> None:
    bad = answer_row("2025-06-21", "", 3)
    bad[2 + 4] = 7  # q05 on the file's row 3 (row 1 is the header)
    path = write_csv(tmp_path / "bad.csv", [answer_row("2025-06-20", "T002", 4), bad, ["2025-06-22", "X999",
                                                                                       *([2] * 32)]])
    before = dump_tables(team.database)
    run_import(panel, qtbot, path)
    assert dump_tables(team.database) == before
    dialog = panel.problems_dialog
    assert dialog is not None and dialog.isVisible()
    problems = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("row 3" in p and "q05" in p and "7" in p for p in problems), problems
    assert "bad.csv was not imported" in panel.import_status.text()
    assert team.context.undo_stack.count() == 0
    dialog.reject()


def test_unknown_member_in_the_file_is_named(panel: SurveyPanel, team: Team, qtbot, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "who.csv", [answer_row("2025-06-20", "T002", 4), answer_row("2025-06-20", "X999", 4)])
    run_import(panel, qtbot, path)
    assert stored(team) == []
    problems = panel.problems_dialog.problems
    assert problems == ["row 3, column member: no member 'X999' in this team"]
    panel.problems_dialog.reject()


def test_template_has_the_columns_with_a_bom(panel: SurveyPanel, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "template.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.template_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == ["date", "member", *[f"q{n:02d}" for n in range(1, 33)]]


def test_results_follow_the_entry_date_and_delete_is_undoable(panel: SurveyPanel, team: Team, qtbot) -> None:
    storming = {item.id: 5 if item.stage is Stage.STORMING else 2 for item in SURVEY.items}
    with team.database.session() as s:
        early = survey_store.add_response(s, team.team_id, dt.date(2025, 6, 1), storming, team.member_ids[1])
        survey_store.add_response(s, team.team_id, dt.date(2025, 6, 2), storming)
    panel.refresh()
    results = panel.results
    assert results.model.rowCount() == 2
    assert results.reading.text() == "Storming, clearly (40.0 ≥ 32)"
    assert "2 response(s)" in results.summary.text()
    panel.entry.set_date(dt.date(2025, 6, 1))  # as of that day only the first answer counts
    assert "1 response(s)" in results.summary.text()
    panel.entry.set_date(dt.date(2025, 5, 31))
    assert results.reading.text().startswith("Nobody has answered")

    results.select(early)
    results.delete_button.click()
    assert [r.answered_on for r in stored(team)] == [dt.date(2025, 6, 2)]
    team.context.undo_stack.undo()
    back = [r for r in stored(team) if r.answered_on == dt.date(2025, 6, 1)]
    assert len(back) == 1 and back[0].member_id == team.member_ids[1]
    assert answers_of(team, back[0].id) == storming
    team.context.undo_stack.redo()
    assert len(stored(team)) == 1
    # further back and forward again: each response returns with its id, so every command still applies
    while team.context.undo_stack.canUndo():
        team.context.undo_stack.undo()
    while team.context.undo_stack.canRedo():
        team.context.undo_stack.redo()
    assert [r.answered_on for r in stored(team)] == [dt.date(2025, 6, 2)]


def test_viewing_a_response_shows_its_answers(panel: SurveyPanel, team: Team, qtbot) -> None:
    answers = {item.id: 3 for item in SURVEY.items}
    with team.database.session() as s:
        response_id = survey_store.add_response(s, team.team_id, dt.date(2025, 6, 3), answers)
    panel.refresh()
    panel.results.select(response_id)
    panel.results.view_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "surveyResponseDialog")
    assert dialog.isVisible()
    assert dialog.model.index(0, 2).data().startswith("3")
    dialog.close()


def result(means: dict[Stage, float]) -> TeamSurveyResult:
    return TeamSurveyResult(means, 4, TODAY, TODAY, read_scores(means))


def test_reading_is_explained_in_words(translations) -> None:
    f, s, n, p = STAGES
    assert reading_lines(result({f: 20, s: 33.5, n: 22, p: 18})) == ["Storming, clearly (33.5 ≥ 32)"]
    assert reading_lines(result({f: 14, s: 18, n: 29, p: 31})) == [
        "Leaning to performing (31.0, below the clear mark of 32)",
        "Transition between norming and performing (within 3 points: 29.0 and 31.0)",
    ]
    assert reading_lines(result({f: 34, s: 33, n: 20, p: 15})) == [
        "High forming with high storming reads as storming (34.0 and 33.0, both ≥ 32)"]


def test_cancelled_import_stores_nothing(team: Team, tmp_path: Path) -> None:
    from coachdesk.core.common.progress import Cancelled, CancelToken
    from coachdesk.gui.lifecycle.survey_edits import import_job

    path = write_csv(tmp_path / "round.csv", [answer_row("2025-06-20", "T002", 4)])
    before = dump_tables(team.database)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        import_job(team.database, team.team_id, path)(lambda *a: None, token)
    assert dump_tables(team.database) == before


def test_content_follows_the_language(panel: SurveyPanel, translations) -> None:
    assert panel.entry.model.index(0, 1).data() == SURVEY.items[0].text["en"]
    translations.apply("zh_CN")
    QApplication.processEvents()
    assert panel.entry.model.index(0, 1).data() == SURVEY.items[0].text["zh"]
    translations.apply("en")
    QApplication.processEvents()
    assert panel.entry.model.index(0, 1).data() == SURVEY.items[0].text["en"]
