"""The team page's Drills tab on real widgets: a hand-made team's drills built with the store services (not the
demo's), readiness figures and the rep's chart, the bank's import (every problem with row and column, nothing kept)
and export (in the worker; cancelled, it leaves the file as it was), add / retire / delete questions with undo, a new
script version and its diff, audits with undo, and every drills MessageCode translated."""

from __future__ import annotations

import datetime as dt
import re
import string
import threading

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import coachdesk.core.drills.question_file
import coachdesk.core.drills.rubric_drafts
import coachdesk.store.drills.audits
import coachdesk.store.drills.questions
import coachdesk.store.drills.rubrics
import coachdesk.store.drills.sessions  # noqa: F401
from coachdesk.core.common.messages import CodedError, MessageCode, registered
from coachdesk.core.common.validation import FieldError
from coachdesk.core.drills.question_file import read_question_file
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.scripts import ScriptDraft, Section, VersionDraft
from coachdesk.core.drills.sessions import DrillEntry, Mode
from coachdesk.core.roster.model import MemberDraft, TeamDraft
from coachdesk.gui.drills import drill_problems
from coachdesk.gui.drills.drills_tab import DrillsTab, ProblemsDialog
from coachdesk.gui.widgets.tasks import run_task, wait_for_tasks
from coachdesk.store.drills import questions, scripts, sessions
from coachdesk.store.roster import service as roster
from tests.conftest import DEMO_DAY

CJK = re.compile(r"[\u4e00-\u9fff]")
TEAM = "演练测试组"


def build_team(db) -> dict[str, object]:
    """Three reps: 甲 answers every basic question well in a certification, 乙 half of them, 丙 is never drilled."""
    day = DEMO_DAY
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft(TEAM, "宽带续费", day - dt.timedelta(days=200)))
        for code, name in (("D1", "甲"), ("D2", "乙"), ("D3", "丙")):
            roster.add_member(s, team_id, MemberDraft(code, name, day - dt.timedelta(days=150)))
        reps = {m.name: m.id for m in roster.list_members(s, team_id)}
        bank = [questions.add_question(s, team_id, Question(f"问题{i}：太贵了？", f"答案{i}", Section.OBJECTIONS))
                for i in (1, 2)]
        script_id = scripts.create_script(s, team_id, ScriptDraft("续费话术", "宽带"))
        scripts.add_version(s, script_id, VersionDraft({Section.OPENING: "您好，我是小王。\n请问方便吗？"}, "初版"),
                            day - dt.timedelta(days=40))
        scripts.add_version(s, script_id, VersionDraft({Section.OPENING: "您好，我是续费中心的小王。\n请问方便吗？",
                                                        Section.CLOSING: "今天办理九折。"}, "统一版"),
                            day - dt.timedelta(days=20))
        v1 = scripts.get_script(s, script_id).version(1).id
        v2 = scripts.current_version_id(s, script_id)
        for weeks_ago, version in ((5, v1), (2, v2)):
            at = dt.datetime.combine(day - dt.timedelta(weeks=weeks_ago), dt.time(9, 0))
            session_id = sessions.start_session(s, team_id, Mode.CERTIFICATION, "王老师", [reps["甲"], reps["乙"]], at,
                                                version)
            for i, q in enumerate(bank):
                sessions.save_entry(s, session_id, DrillEntry(reps["甲"], at + dt.timedelta(minutes=i),
                                                              {"opening": 4, "value": 4}, q, True))
                sessions.save_entry(s, session_id, DrillEntry(reps["乙"], at + dt.timedelta(minutes=5 + i),
                                                              {"opening": 2, "value": 3}, q, i == 0))
    return {"team_id": team_id, "reps": reps, "bank": bank, "script_id": script_id}


@pytest.fixture
def drills(qtbot, window, demo_db):
    wait_for_tasks()  # the window's first loads finish before the test writes and re-reads on this thread
    built = build_team(demo_db)
    window.lifecycle.set_today(lambda: DEMO_DAY)
    window.refresh_teams()
    window.select_team(built["team_id"])
    tab = window.team_page.drills
    assert isinstance(tab, DrillsTab)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        window.team_page.tabs.setCurrentWidget(tab)
    tab.confirm = lambda _title, _text: True
    tab.messages = []
    tab.message = lambda title, text: tab.messages.append(text)
    yield tab, built
    wait_for_tasks()


def loaded(qtbot, tab: DrillsTab, action) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        action()


def cells(view, columns) -> list[tuple[str, ...]]:
    model = view.model()
    return [tuple(str(model.index(r, c).data()) for c in columns) for r in range(model.rowCount())]


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_readiness_table_summary_and_the_reps_chart(qtbot, drills) -> None:
    tab, built = drills
    panel = tab.readiness
    rows = {r[0]: r for r in cells(panel.table, range(9))}
    assert set(rows) == {"甲", "乙", "丙"}
    assert rows["甲"][1] == "100 %" and rows["甲"][2] == "2/2" and rows["甲"][3] == "4.0"
    assert rows["甲"][5].startswith("✓ ") and rows["甲"][7] == "v1, v2"
    assert rows["乙"][2] == "1/2" and rows["乙"][5] == "" and rows["乙"][3] == "2.6"
    assert rows["丙"][1] == "0 %" and rows["丙"][6] == "—"
    assert "1 of 3 certified" in panel.summary.text() and panel.bands.bands == {"low": 1, "middle": 1, "ready": 1}
    assert panel.agreement_label.text().startswith("Trainers agree:")
    with qtbot.waitSignal(tab.chartLoaded, timeout=20_000):
        panel.select_member(built["reps"]["甲"])
    chart = panel.chart
    assert chart.has_data() and len(chart.points) == 12 and "甲" in chart.title.text()
    marks = [t.toPlainText() for t in chart.score.mark_labels]
    assert len(chart.score.marks) == 1 and marks == ["v2"]  # where the script version changed
    index = next(i for i, p in enumerate(chart.points) if p.drill_average is not None)
    y = chart.score.view.sceneBoundingRect().center().y()
    scene = chart.score.view.mapViewToScene(QPointF(index, 3))
    text = chart.score.hover_at(QPointF(scene.x(), y))
    assert "Drill score: 4.0" in text and chart.score.toolTip() == text
    assert chart.rates.hover_index == index  # the plot below marks the same week


def test_a_bad_question_file_lists_every_problem_and_keeps_nothing(qtbot, drills, demo_db, tmp_path) -> None:
    tab, built = drills
    bad = tmp_path / "bank.csv"
    bad.write_text("问题,参考答案,环节,难度\n没时间,约时间,开场,2\n已经有供应商,,异议处理,9\n太贵,便宜,售后,1\n",
                   encoding="utf-8")
    with qtbot.waitSignal(tab.imported, timeout=20_000) as got:
        tab.import_file(bad)
    dialog = got.args[0]
    assert isinstance(dialog, ProblemsDialog)
    assert dialog.problems == ["row 3, column 参考答案: must not be empty",
                               "row 3, column 难度: “9” is not a difficulty from 1 to 3",
                               "row 4, column 环节: “售后” is not a script section (opening, discovery, value, "
                               "objections, closing, compliance)"]
    assert "3 problems" in dialog.summary.text()
    with demo_db.session() as s:
        assert len(questions.list_questions(s, built["team_id"])) == 2
    good = tmp_path / "good.csv"
    good.write_text("问题,参考答案,环节\n没时间,约时间,开场\n", encoding="utf-8")
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.import_file(good)
    assert tab.messages[-1] == "1 questions added, 0 updated." and len(tab.bank.model.rows) == 3
    exported = tmp_path / "out.csv"
    with qtbot.waitSignal(tab.exported, timeout=20_000) as got:
        assert tab.export_file(exported)  # written in the worker
    assert got.args == [3] and len(read_question_file(exported)) == 3
    release = threading.Event()
    run_task(None, lambda _p, _c: release.wait(20), title="busy", show_progress=False)  # holds the one worker
    with qtbot.waitSignal(tab.exported, timeout=20_000) as got:
        assert tab.export_file(exported)
        tab.tasks.cancel()  # before the export's job runs
        release.set()
    assert got.args == [None] and len(read_question_file(exported)) == 3  # the earlier file is left as it was
    assert list(tmp_path.glob("*.part")) == []
    tab.reload()
    with qtbot.waitSignals([tab.exported, tab.loaded], timeout=20_000):  # the superseded load runs again after
        assert tab.export_file(exported)
    tab.choose_file = lambda _save: ""
    assert not tab.export_file()  # no file chosen


def test_add_retire_and_delete_a_question_with_undo(qtbot, window, drills) -> None:
    tab, built = drills
    dialog = tab.add_question()
    ok(dialog)
    assert dialog.isVisible() and "text" in dialog.visible_errors()  # the question is required, said beside it
    dialog.text.setText("能便宜点吗？")
    dialog.answer.setPlainText("先讲价值。")
    dialog.tags.setText("价格、折扣")
    loaded(qtbot, tab, lambda: ok(dialog))
    texts = [q.text for q in tab.bank.model.rows]
    assert "能便宜点吗？" in texts
    added = next(q for q in tab.bank.model.rows if q.text == "能便宜点吗？")
    assert added.tags == ("价格", "折扣")
    assert tab.bank.select_question(added.id)
    loaded(qtbot, tab, tab.toggle_retired)
    assert next(q for q in tab.bank.model.rows if q.id == added.id).retired
    loaded(qtbot, tab, window.undo_action.trigger)
    assert not next(q for q in tab.bank.model.rows if q.id == added.id).retired
    assert tab.bank.select_question(added.id)
    loaded(qtbot, tab, tab.delete_question)
    assert added.id not in {q.id for q in tab.bank.model.rows}
    loaded(qtbot, tab, window.undo_action.trigger)
    assert added.id in {q.id for q in tab.bank.model.rows}
    asked = built["bank"][0]
    assert tab.bank.select_question(asked)
    assert not tab.delete_question()  # asked before: refused, said clearly
    assert "retire it instead" in tab.messages[-1] and asked in {q.id for q in tab.bank.model.rows}


def test_a_new_version_and_the_diff_of_two_versions(qtbot, window, drills) -> None:
    tab, _built = drills
    view = tab.scripts
    assert view.current_script().name == "续费话术" and [r[0] for r in cells(view.versions, (0,))] == ["v2", "v1"]
    html = view.diff.toHtml()
    assert "#dcfce7" in html and "续费中心的" in html and "今天办理九折。" in html  # only added text: v1 → v2
    dialog = tab.new_version()
    assert dialog.texts["opening"].toPlainText().startswith("您好，我是续费中心的小王。")
    dialog.texts["opening"].setPlainText("您好，我是续费中心的小李。\n请问现在方便吗？")
    dialog.texts["closing"].setPlainText("")
    dialog.note.setText("换人 <b>")
    loaded(qtbot, tab, lambda: ok(dialog))
    script = view.current_script()
    assert script.current == 3 and view.version_model.rows[-1].note == "换人 <b>"
    view.choose_diff(2, 3)
    html = view.diff.toHtml()
    plain = view.diff.toPlainText()
    assert "小王李" in plain and "现在" in plain and "今天办理九折。" in plain  # 王 struck out, 李 added
    assert "line-through" in html and "#dcfce7" in html
    loaded(qtbot, tab, window.undo_action.trigger)
    assert view.current_script().current == 2


def test_add_an_audit_and_undo_it(qtbot, window, drills) -> None:
    tab, built = drills
    dialog = tab.add_audit()
    ok(dialog)
    assert dialog.isVisible() and "auditor" in dialog.visible_errors()
    dialog.rep.setCurrentIndex(dialog.rep.findData(built["reps"]["乙"]))
    dialog.auditor.setText("质检小刘")
    dialog.points["opening"].setChecked(True)
    dialog.points["closing"].setChecked(False)
    dialog.issues.setPlainText("未告知录音\n")
    loaded(qtbot, tab, lambda: ok(dialog))
    assert cells(tab.audits.table, (1, 3, 4, 6)) == [("乙", "质检小刘", "17 %", "未告知录音")]
    loaded(qtbot, tab, window.undo_action.trigger)
    assert tab.audits.model.rows == []


def test_the_log_filters_and_deletes_with_undo(qtbot, window, drills) -> None:
    tab, built = drills
    log = tab.log
    assert len(log.session_model.rows) == 2 and len(log.entry_model.rows) == 8
    with qtbot.waitSignal(tab.entriesLoaded, timeout=20_000):
        log.rep.setCurrentIndex(log.rep.findData(built["reps"]["乙"]))
    assert {e.member for e in log.entry_model.rows} == {"乙"} and len(log.entry_model.rows) == 4
    assert log.select_session(log.session_model.rows[0].session.id)
    assert len(log.entry_model.rows) == 2
    log.entries.selectRow(0)
    loaded(qtbot, tab, tab.delete_entry)
    assert len(log.entry_model.rows) == 1
    loaded(qtbot, tab, window.undo_action.trigger)
    assert len(log.entry_model.rows) == 2
    loaded(qtbot, tab, tab.delete_session)
    assert len(log.session_model.rows) == 1
    loaded(qtbot, tab, window.undo_action.trigger)
    assert len(log.session_model.rows) == 2
    assert log.start_action.shortcut().toString() == "Ctrl+Shift+D"


DRILL_CODES = sorted((c for c in registered().values()
                      if c.code.startswith(("drill.", "question.", "audit.", "question_file.", "rubric."))),
                     key=lambda c: c.code)


def sample_params(code: MessageCode) -> dict[str, str]:
    names = [name for _text, name, _spec, _conv in string.Formatter().parse(code.english) if name]
    return {name: f"P{index}x{name}" for index, name in enumerate(names)}


def test_the_drill_codes_are_all_here() -> None:
    assert len(DRILL_CODES) >= 17


@pytest.mark.parametrize("code", DRILL_CODES, ids=lambda c: c.code)
def test_every_drills_code_is_translated(code: MessageCode, translations) -> None:
    assert drill_problems.translates(code.code)
    params = sample_params(code)
    error = CodedError(code, **params)
    english = drill_problems.coded_text(error)
    field = drill_problems.problem_text(FieldError("x", str(error), "invalid", params, code.code), "X")
    assert all(v in english for v in params.values()) and all(v in field for v in params.values())
    translations.apply("zh_CN")
    try:
        chinese = drill_problems.coded_text(error)
    finally:
        translations.apply("en")
    assert CJK.search(chinese) and chinese != english, chinese
    assert all(value in chinese for value in params.values()), chinese


def test_the_tab_speaks_chinese(qtbot, drills, translations) -> None:
    tab, _built = drills
    translations.apply("zh_CN")
    try:
        QApplication.processEvents()
        texts = [tab.views.tabText(i) for i in range(tab.views.count())]
        assert all(CJK.search(t) for t in texts), texts
        assert CJK.search(tab.readiness.summary.text()) and CJK.search(tab.bank.add_action.text())
        assert tab.window().team_page.tabs.tabText(0) == "成员(&M)"
    finally:
        translations.apply("en")


def test_start_drill_opens_the_console_for_the_team(drills, monkeypatch: pytest.MonkeyPatch) -> None:
    tab, built = drills
    from coachdesk.gui.drills import console

    calls = []
    monkeypatch.setattr(console, "start_drill", lambda context, team_id, parent: calls.append((context, team_id,
                                                                                                 parent)))
    tab.log.start_action.trigger()
    assert calls == [(tab.context, built["team_id"], tab)]
