"""Stored drills: script versions and their diff, the question bank and its all-or-nothing import, sessions with
entries saved one by one (nothing lost when the app dies mid-session), logs and filters, two trainers' agreement,
audits, readiness, and readiness as a signal in the team's diagnosis (SQLite and, when configured, PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.drills.audits import Audit, AuditKind
from coachdesk.core.drills.question_file import QuestionFileError
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.rubrics import agreement
from coachdesk.core.drills.scripts import Change, ScriptDraft, Section, VersionDraft
from coachdesk.core.drills.sessions import DrillEntry, Mode
from coachdesk.core.roster.model import MemberDraft, Role, TeamDraft
from coachdesk.store.database import open_database
from coachdesk.store.drills import audits, edits, questions, readiness, scripts, sessions
from coachdesk.store.lifecycle.diagnosis import diagnose_team
from coachdesk.store.lifecycle.facts import gather_facts
from coachdesk.store.roster import service as roster
from coachdesk.store.undo import redo, undo
from tests.test_cli import Cli

DAY = dt.date(2026, 3, 20)
AT = dt.datetime(2026, 3, 20, 8, 45)


def _team(db) -> tuple[int, list[int]]:
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft("演练组", "宽带续费", dt.date(2026, 3, 1)))
        for i in range(1, 5):
            roster.add_member(s, team_id, MemberDraft(f"E{i}", f"业务员{i}", dt.date(2026, 3, 1)))
        roster.add_member(s, team_id, MemberDraft("T1", "培训师", dt.date(2026, 3, 1), role=Role.TRAINER))
        reps = [m.id for m in roster.list_members(s, team_id) if m.employee_id.startswith("E")]
    return team_id, reps


def _bank(db, team_id: int, n: int = 3) -> list[int]:
    with db.session() as s:
        return [questions.add_question(s, team_id, Question(f"问题{i}：价格太贵？", f"答案{i}", Section.OBJECTIONS))
                for i in range(1, n + 1)]


def test_versions_current_and_diff(db) -> None:
    team_id, _ = _team(db)
    with db.session() as s:
        script_id = scripts.create_script(s, team_id, ScriptDraft("续费话术", "宽带"))
        scripts.add_version(s, script_id, VersionDraft({Section.OPENING: "您好，我是小王。"}, "初版"), DAY)
        scripts.add_version(s, script_id, VersionDraft({Section.OPENING: "您好，我是续费中心的小王。",
                                                        Section.CLOSING: "今天办理九折。"}, "统一版"), DAY)
        with pytest.raises(ValidationError) as error:
            scripts.create_script(s, team_id, ScriptDraft(" 续费话术 "))
        assert error.value.fields == ["name"]
    with db.session() as s:
        script = scripts.get_script(s, script_id)
        assert [v.number for v in script.versions] == [1, 2] and script.current == 2
        diff = {d.section: d.change for d in scripts.version_diff(s, script_id, 1, 2)}
        assert diff == {Section.OPENING: Change.CHANGED, Section.CLOSING: Change.ADDED}
        scripts.set_current(s, script_id, 1)
    with db.session() as s:
        assert scripts.get_script(s, script_id).current_version.number == 1  # type: ignore[union-attr]


def test_question_import_is_all_or_nothing_and_reimports_its_export(db, tmp_path: Path) -> None:
    team_id, _ = _team(db)
    _bank(db, team_id, 1)
    bad = tmp_path / "bad.csv"
    bad.write_text("问题,参考答案,环节\n没时间,约时间,开场\n已经有供应商,,异议处理\n", encoding="utf-8")
    with db.session() as s, pytest.raises(QuestionFileError) as error:
        questions.import_questions(s, team_id, bad)
    assert error.value.problems == ["row 3, column 参考答案: must not be empty"]
    with db.session() as s:
        assert [q.text for q in questions.list_questions(s, team_id)] == ["问题1：价格太贵？"]  # nothing kept
    good = tmp_path / "good.csv"
    good.write_text("问题,参考答案,环节,标签\n没时间,约时间,开场,时间\n问题1：价格太贵？,新答案,异议处理,价格\n",
                    encoding="utf-8")
    with db.session() as s:
        result = questions.import_questions(s, team_id, good)
    assert (result.added, result.updated) == (1, 1)
    with db.session() as s:
        bank = {q.text: q for q in questions.list_questions(s, team_id)}
    assert bank["问题1：价格太贵？"].answer == "新答案" and bank["没时间"].tags == ("时间",)


def test_a_question_asked_in_drills_is_retired_not_deleted(db) -> None:
    team_id, reps = _team(db)
    q1, q2, _q3 = _bank(db, team_id)
    with db.session() as s:
        sid = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王老师", reps[:1], AT)
        sessions.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 4}, q1, True))
    with db.session() as s:
        with pytest.raises(ValidationError) as error:
            questions.delete_question(s, q1)
        assert error.value.errors[0].params == {"entries": 1}
        questions.set_retired(s, q1, True)
        questions.delete_question(s, q2)
    with db.session() as s:
        assert [(q.id, q.retired) for q in questions.list_questions(s, team_id)][:1] == [(q1, True)]
        assert q2 not in {q.id for q in questions.list_questions(s, team_id)}


def test_session_checks_its_input(db) -> None:
    team_id, reps = _team(db)
    with db.session() as s, pytest.raises(ValidationError) as error:
        sessions.start_session(s, team_id, Mode.ROLE_PLAY, " ", [reps[0], 999_999], AT, script_version_id=999_999)
    assert error.value.fields == ["trainer", "participants", "script_version"]
    with db.session() as s:
        sid = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王老师", reps, AT)
        with pytest.raises(ValidationError) as error:
            sessions.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 9}))
        assert error.value.fields == ["score.opening"]


def test_entries_survive_the_app_dying_mid_session(db) -> None:
    team_id, reps = _team(db)
    q1, q2, q3 = _bank(db, team_id)
    with db.session() as s:
        sid = sessions.start_session(s, team_id, Mode.CERTIFICATION, "王老师", reps[:3], AT)
    for i, (member, question) in enumerate(zip(reps[:2], (q1, q2), strict=True)):
        with db.session() as s:  # the console commits every entry on Enter
            sessions.save_entry(s, sid, DrillEntry(member, AT + dt.timedelta(minutes=i), {"opening": 4, "value": 3},
                                                   question, True, "稳", 40))
    # a new process opens the same database: both entries are there, the session is open, the console resumes
    again = open_database(db.url, upgrade=False)
    try:
        with again.session() as s:
            assert [x.id for x in sessions.open_sessions(s, team_id)] == [sid]
            saved = sessions.session_entries(s, sid)
            assert [(e.member_id, e.question_id, dict(e.scores), e.note, e.seconds) for e in saved] == [
                (reps[0], q1, {"opening": 4, "value": 3}, "稳", 40),
                (reps[1], q2, {"opening": 4, "value": 3}, "稳", 40)]
            sessions.save_entry(s, sid, DrillEntry(reps[2], AT + dt.timedelta(minutes=5), {"closing": 5}, q3, False))
            sessions.end_session(s, sid, AT + dt.timedelta(minutes=6))
        with again.session() as s, pytest.raises(ValidationError):
            sessions.save_entry(s, sid, DrillEntry(reps[0], AT + dt.timedelta(minutes=7), {"closing": 5}))
    finally:
        again.dispose()


def test_logs_filter_by_rep_question_section_and_version(db) -> None:
    team_id, reps = _team(db)
    q1, q2, _ = _bank(db, team_id)
    with db.session() as s:
        script_id = scripts.create_script(s, team_id, ScriptDraft("续费话术"))
        scripts.add_version(s, script_id, VersionDraft({Section.OPENING: "您好"}), DAY)
        v1 = scripts.current_version_id(s, script_id)
        sid = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王老师", reps[:2], AT, v1)
        sessions.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 4}, q1, True))
        sessions.save_entry(s, sid, DrillEntry(reps[1], AT + dt.timedelta(minutes=1), {"opening": 2}, q2, False))
        sessions.save_entry(s, sid, DrillEntry(reps[3], AT + dt.timedelta(minutes=2), {"tone": 3}))  # a latecomer
    with db.session() as s:
        assert len(sessions.entry_log(s, team_id)) == 3
        assert [e.question for e in sessions.entry_log(s, team_id, member_id=reps[0])] == ["问题1：价格太贵？"]
        assert [e.entry.member_id for e in sessions.entry_log(s, team_id, question_id=q2)] == [reps[1]]
        assert len(sessions.entry_log(s, team_id, section=Section.OBJECTIONS)) == 2
        assert {e.script for e in sessions.entry_log(s, team_id, script_version_id=v1)} == {("续费话术", 1)}
        summary = sessions.list_sessions(s, team_id)[0]
        assert (summary.entries, summary.people, summary.share_well, summary.script) == (3, 3, 0.5, ("续费话术", 1))
        assert sessions.get_session(s, sid).participants == (reps[0], reps[1], reps[3])


def test_two_trainers_scoring_one_role_play_are_compared(db) -> None:
    team_id, reps = _team(db)
    with db.session() as s:
        sid = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王老师", reps[:1], AT)
        first = sessions.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 3, "value": 4}))
        sessions.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 3, "value": 3}), trainer="李老师",
                            second_of=first)
    with db.session() as s:
        pairs = sessions.second_scorings(s, team_id)
        assert pairs == [({"opening": 3, "value": 4}, {"opening": 3, "value": 3})]
        assert len(sessions.session_entries(s, sid)) == 1  # the second scoring is not a second answer
        result = agreement(pairs)
        assert result is not None and result.exact == 0.5 and result.within_one == 1.0


def test_audits_and_readiness_and_the_diagnosis_signal(db) -> None:
    team_id, reps = _team(db)
    q1, q2, q3 = _bank(db, team_id)
    with db.session() as s:
        audits.add_audit(s, team_id, Audit(reps[0], DAY, AuditKind.MYSTERY_SHOPPER, "质检",
                                           {"opening": True, "compliance": False}, ("未提示录音",)), DAY)
        with pytest.raises(ValidationError) as error:
            audits.add_audit(s, team_id, Audit(reps[0], DAY + dt.timedelta(days=1), AuditKind.CALL_REVIEW, "质检",
                                               {"opening": True}), DAY)
        assert error.value.fields == ["on"]
        sid = sessions.start_session(s, team_id, Mode.CERTIFICATION, "王老师", reps, AT)
        minute = 0
        for member in reps:
            for question in (q1, q2, q3):
                well = member == reps[0] or question == q1  # rep 1 knows everything, the others one question
                sessions.save_entry(s, sid, DrillEntry(member, AT + dt.timedelta(minutes=minute),
                                                       dict.fromkeys(("opening", "value", "closing"), 4 if well else 2),
                                                       question, well))
                minute += 1
    with db.session() as s:
        view = readiness.readiness_of(s, team_id, DAY)
        first = view.readiness.rep(reps[0])
        assert first is not None and first.certified and first.readiness == 1.0
        assert first.audits.audits == 1 and first.audits.issues == 1
        other = view.readiness.rep(reps[1])
        assert other is not None and not other.certified and other.readiness == pytest.approx(1 / 3)
        assert view.readiness.mean == pytest.approx(0.5) and view.readiness.certified == 1
        assert view.names[reps[0]] == "业务员1" and len(view.readiness.reps) == 4  # the trainer is no rep
        facts = gather_facts(s, team_id, DAY)
        assert facts.extras["drills"] == {"mean_pct": 50.0, "before_pct": None, "drilled": 4, "reps": 4,
                                          "certified": 1}
        diagnosis = diagnose_team(s, team_id, DAY)
        signal = diagnosis.signal("script_readiness")
        assert signal.finding == "middle" and signal.params["readiness_pct"] == 50
        assert any(e.signal == "script_readiness" for e in diagnosis.evidence)


def test_drill_scores_beside_real_calls(db) -> None:
    from coachdesk.store.activity.models import ActivityDay

    team_id, reps = _team(db)
    (q1,) = _bank(db, team_id, 1)
    with db.session() as s:
        sid = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王老师", reps[:1], AT)
        sessions.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 4}, q1, True))
        s.add(ActivityDay(member_id=reps[0], day=DAY, team_id=team_id, calls=100, connected=40, talk_seconds=0,
                          deals=4, revenue_cents=0))
    with db.session() as s:
        weeks = readiness.drill_and_calls(s, team_id, reps[0], DAY - dt.timedelta(days=7), DAY)
    assert len(weeks) == 2 and weeks[0].drill_average is None
    last = weeks[-1]
    assert (last.drill_average, last.share_well, last.connect_rate, last.conversion) == (4.0, 1.0, 0.4, 0.1)


def test_cli_questions_drill_list_and_readiness(db, capsys, tmp_path: Path) -> None:
    team_id, reps = _team(db)
    cli = Cli(db.url, capsys)
    bank = tmp_path / "bank.csv"
    bank.write_text("question,answer,section,basic\nToo expensive,Split it per day,objections,yes\n"
                    "No time,One minute,opening,yes\n", encoding="utf-8")
    assert cli.json("questions", "import", str(bank), "--team", "演练组") == {
        "team": "演练组", "file": "bank.csv", "added": 2, "updated": 0}
    bad = tmp_path / "bad.csv"
    bad.write_text("question,answer,section\nPrice,,objections\n", encoding="utf-8")
    assert cli("questions", "import", str(bad), "--team", "演练组") == 2
    assert "bad.csv: row 2, column answer: must not be empty" in cli.err
    out = tmp_path / "out.csv"
    assert cli.json("questions", "export", str(out), "--team", "演练组")["questions"] == 2  # type: ignore[index]
    assert cli.json("questions", "import", str(out), "--team", "演练组")["updated"] == 2  # type: ignore[index]
    ids = [q["id"] for q in cli.json("questions", "list", "--team", "演练组")]  # type: ignore[union-attr]
    with db.session() as s:
        sid = sessions.start_session(s, team_id, Mode.CERTIFICATION, "王老师", reps[:1], AT)
        for i, q in enumerate(ids):
            sessions.save_entry(s, sid, DrillEntry(reps[0], AT + dt.timedelta(minutes=i), {"opening": 5}, q, True))
    listing = cli.json("drill", "list", "--team", "演练组")
    assert [(x["id"], x["entries"], x["answered_well_pct"]) for x in listing] == [(sid, 2, 100.0)]  # type: ignore
    report = cli.json("readiness", "--team", "演练组", "--as-of", DAY.isoformat())
    first = report["reps"][0]  # type: ignore[index]
    assert (first["name"], first["readiness_pct"], first["certified"]) == ("业务员1", 100.0, True)
    assert report["drilled"] == 1 and report["certified"] == 1  # type: ignore[index]


def test_drill_edits_undo_and_redo(db) -> None:
    team_id, reps = _team(db)
    with db.session() as s:
        qid, _added = edits.add_question(s, team_id, Question("没时间", "一分钟", Section.OPENING))
        script_id, _created = edits.create_script(s, team_id, ScriptDraft("话术"))
        _, version = edits.add_version(s, team_id, script_id, VersionDraft({Section.OPENING: "您好"}), DAY)
        sid = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王老师", reps[:1], AT)
        _, entry = edits.save_entry(s, sid, DrillEntry(reps[0], AT, {"opening": 3}, qid, True))
    undo(db, entry)
    with db.session() as s:
        assert sessions.session_entries(s, sid) == []
    redo(db, entry)
    undo(db, version)
    with db.session() as s:
        assert [len(sc.versions) for sc in scripts.list_scripts(s, team_id)] == [0]
        assert [e.question_id for e in sessions.session_entries(s, sid)] == [qid]
