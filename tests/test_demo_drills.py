"""The demo's script drills (coachdesk/core/demo/drills.py): deterministic, consistent with the roster, written by the
demo loader, and reading as each team's stage — `coachdesk readiness --json` low for the newest team, high with most
reps certified for the mature one, middling and falling for the storming one — while every demo team's diagnosis
stays the stage it was built to show."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from coachdesk.core.demo.drills import (
    LANG,
    OPEN_ENTRIES,
    QUESTIONS_MIN,
    DemoDrills,
    build_team_drills,
    question_bank,
)
from coachdesk.core.demo.teams import DemoTeam, build_demo
from coachdesk.core.drills.audits import DEFAULT_CHECKLIST, AuditKind
from coachdesk.core.drills.console import ConsoleState
from coachdesk.core.drills.questions import Kind, Question, cleaned_question
from coachdesk.core.drills.readiness import Scored, team_readiness
from coachdesk.core.drills.rubrics import agreement, default_rubric
from coachdesk.core.drills.scripts import SECTIONS, Change, ScriptVersion, VersionDraft, diff_versions
from coachdesk.core.drills.sessions import Mode
from coachdesk.core.lifecycle.explain import diagnosis_dict
from coachdesk.core.lifecycle.readiness_signal import FALL_POINTS, HIGH_FROM, LOW_BELOW
from coachdesk.core.roster.model import Role
from coachdesk.store.database import Database
from coachdesk.store.drills import audits, questions, readiness, scripts, sessions
from coachdesk.store.lifecycle.diagnosis import diagnose_team
from coachdesk.store.roster.models import Team
from tests.conftest import DEMO_DAY, DEMO_SEED
from tests.test_cli import Cli

CASES = [(DEMO_SEED, DEMO_DAY), (1, dt.date(2024, 2, 29)), (7, dt.date(2026, 12, 31)), (99, dt.date(2023, 1, 15)),
         (5, dt.date(2025, 10, 9))]


def build(seed: int, as_of: dt.date) -> list[tuple[DemoTeam, DemoDrills]]:
    found = []
    for team in build_demo(seed, as_of):
        drills = build_team_drills(team, seed, as_of)
        assert drills is not None, team.name
        found.append((team, drills))
    return found


def core_readiness(team: DemoTeam, drills: DemoDrills, day: dt.date):
    """Readiness of the demo data as core/drills/readiness computes it (employee index as member id)."""
    ids = {m.employee_id: i for i, m in enumerate(team.members)}
    rubric = default_rubric()
    bank = [Question(q.text, q.answer, q.section, q.kind, q.difficulty, q.basic, q.tags, id=i)
            for i, q in enumerate(drills.questions)]
    scored = [Scored(ids[e.employee_id], e.at.date(), s.mode, e.question, e.well, rubric.total(dict(e.scores)),
                     s.version) for s in drills.sessions for e in s.entries if e.at.date() <= day]
    reps = [ids[m.employee_id] for m in team.members
            if m.role.sells and m.hired_on <= day and (m.left_on is None or day < m.left_on)]
    return team_readiness(reps, scored, bank, day, rubric.pass_mark)


def test_deterministic_for_seed_and_day() -> None:
    assert build(DEMO_SEED, DEMO_DAY) == build(DEMO_SEED, DEMO_DAY)
    assert [d for _t, d in build(DEMO_SEED, DEMO_DAY)] != [d for _t, d in build(DEMO_SEED + 1, DEMO_DAY)]


def test_the_bank_is_realistic_bilingual_and_mostly_basic() -> None:
    for team in build_demo(DEMO_SEED, DEMO_DAY):
        bank = question_bank(team.product)
        assert len(bank) >= QUESTIONS_MIN >= 30
        assert len({q.text for q in bank}) == len(bank) and len({q.text_en for q in bank}) == len(bank)
        assert {q.section for q in bank} == set(SECTIONS)
        assert {q.kind for q in bank} == set(Kind) and {int(q.difficulty) for q in bank} == {1, 2, 3}
        assert sum(q.basic for q in bank) > len(bank) / 2
        for q in bank:
            assert "{" not in q.answer + q.answer_en, q.text  # every placeholder filled
            assert all("\u4e00" <= c <= "\u9fff" for c in q.text if c.isalpha()), q.text
            assert q.text_en.isascii() and q.answer_en.isascii(), q.text_en
            assert q.texts("en") == (q.text_en, q.answer_en) and q.texts(LANG) == (q.text, q.answer)
            cleaned_question(Question(q.text, q.answer, q.section, q.kind, q.difficulty, q.basic, q.tags))
        texts = " ".join(q.text for q in bank)
        for words in ("价格太贵", "没时间", "已经有供应商", "你们怎么有我电话", "发个资料到我邮箱", "我再考虑考虑",
                      "效果没保障", "合同期太长"):
            assert words in texts, words
    products = {q.answer for t in build_demo(DEMO_SEED, DEMO_DAY) for q in question_bank(t.product)}
    assert len(products) > len(question_bank("团体商业保险"))  # the answers speak of each team's own product


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_script_two_versions_and_sessions_fit_the_roster(seed: int, as_of: dt.date) -> None:
    rubric = default_rubric()
    open_sessions = 0
    issues = 0
    for team, drills in build(seed, as_of):
        script = drills.script
        assert script.product == team.product and team.product in script.name
        v1, v2 = script.versions
        assert (v1.number, v2.number, script.current) == (1, 2, 2) and v1.created_on < v2.created_on <= as_of
        assert set(v2.sections) == set(SECTIONS) and len(v1.sections) < len(v2.sections)
        drafts = [VersionDraft(dict(v.sections), v.note).cleaned() for v in script.versions]
        diff = diff_versions(*(ScriptVersion(v.number, d.sections, v.created_on) for v, d in
                               zip(script.versions, drafts, strict=True)))
        assert any(d.change is Change.ADDED for d in diff) and any(d.change is Change.CHANGED for d in diff)
        members = {m.employee_id: m for m in team.members}
        trainer = next(m.name for m in team.members if m.role is Role.TRAINER)
        assert drills.sessions and drills.audits
        for session in drills.sessions:
            day = session.started_at.date()
            assert session.trainer == trainer and day <= as_of
            assert session.version == (2 if day >= v2.created_on else 1)
            for eid in session.participants:
                m = members[eid]
                assert m.role.sells and m.hired_on <= day and (m.left_on is None or day < m.left_on), (eid, day)
            for e in session.entries:
                assert e.employee_id in session.participants
                assert session.started_at <= e.at and (session.ended_at is None or e.at <= session.ended_at)
                assert e.question is not None and e.well is not None
                assert rubric.check(dict(e.scores)) and 0 <= e.question < len(drills.questions)
                if e.second is not None:
                    assert session.mode is Mode.ROLE_PLAY and e.second.trainer != trainer
                    assert {k for k, _ in e.second.scores} == {k for k, _ in e.scores}
            open_sessions += session.open
        for audit in drills.audits:
            m = members[audit.employee_id]
            assert m.role.sells and audit.on < as_of and (m.left_on is None or audit.on < m.left_on)
            assert {p for p, _ in audit.points} == set(DEFAULT_CHECKLIST)
            assert audit.score is None or 0 <= audit.score <= 100
        assert {a.kind for a in drills.audits} == set(AuditKind)
        issues += sum(len(a.issues) for a in drills.audits)
        modes = Counter(s.mode for s in drills.sessions)
        assert modes[Mode.ROLE_PLAY] >= 3, team.name
        if team.stage != "forming":
            assert modes[Mode.CERTIFICATION] >= 1 and modes[Mode.MORNING] >= 1, (team.name, modes)
            assert any(e.second is not None for s in drills.sessions for e in s.entries), team.name
            assert any(not used for a in drills.audits for _p, used in a.points), team.name  # missed points
    assert open_sessions == 1  # the newest team's session left open, to resume
    assert issues >= 1  # the odd compliance issue


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_readiness_reads_as_the_stage(seed: int, as_of: dt.date) -> None:
    found = {team.stage: (team, drills) for team, drills in build(seed, as_of)}
    now = {stage: core_readiness(t, d, as_of) for stage, (t, d) in found.items()}
    assert all(r.mean is not None and r.drilled for r in now.values())
    mean = {stage: r.mean for stage, r in now.items()}
    assert mean["forming"] < LOW_BELOW and now["forming"].certified == 0  # type: ignore[operator]
    assert LOW_BELOW <= mean["storming"] < HIGH_FROM  # type: ignore[operator]
    team, drills = found["storming"]
    before = core_readiness(team, drills, as_of - dt.timedelta(days=30))
    assert before.mean is not None and 100 * (before.mean - mean["storming"]) >= FALL_POINTS + 1  # falling
    assert mean["forming"] < mean["storming"] and mean["norming"] > LOW_BELOW + 0.1  # type: ignore[operator]
    assert mean["performing"] >= HIGH_FROM + 0.03  # type: ignore[operator]
    assert now["performing"].certified > len(now["performing"].reps) / 2
    assert now["performing"].certified > now["norming"].certified > now["storming"].certified
    for stage in ("norming", "performing"):
        team, drills = found[stage]
        before = core_readiness(team, drills, as_of - dt.timedelta(days=30))
        assert before.mean is None or 100 * (before.mean - mean[stage]) < FALL_POINTS  # type: ignore[operator]


# ---------------------------------------------------------------- loaded


def _team_ids(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {name: tid for tid, name in s.execute(select(Team.id, Team.name))}


def test_loaded_drills(demo_db: Database) -> None:
    built = {t.name: (t, d) for t, d in build(DEMO_SEED, DEMO_DAY)}
    with demo_db.session() as s:
        for name, team_id in _team_ids(demo_db).items():
            team, drills = built[name]
            [script] = scripts.list_scripts(s, team_id)
            assert script.name == drills.script.name and script.current == 2
            assert [v.number for v in script.versions] == [1, 2]
            assert dict(script.versions[1].sections) == dict(drills.script.versions[1].sections)
            bank = questions.list_questions(s, team_id)
            assert len(bank) == len(drills.questions) >= 30
            assert {q.text for q in bank} == {q.text for q in drills.questions}  # the demo's language: Chinese
            logged = sessions.list_sessions(s, team_id)
            assert len(logged) == len(drills.sessions)
            assert sum(x.entries for x in logged) == sum(len(d.entries) for d in drills.sessions)
            assert {x.script for x in logged} <= {(script.name, 1), (script.name, 2)}
            opened = sessions.open_sessions(s, team_id)
            assert len(opened) == (1 if team.stage == "forming" else 0)
            for waiting in opened:  # the console resumes it at the participant after the last one saved
                assert waiting.id is not None and waiting.started_at.date() <= DEMO_DAY
                saved = sessions.session_entries(s, waiting.id)
                state = ConsoleState.resumed(default_rubric(), waiting.participants, saved)
                assert len({e.member_id for e in saved}) == OPEN_ENTRIES
                assert state.index == OPEN_ENTRIES < len(waiting.participants)
            pairs = sessions.second_scorings(s, team_id)
            assert len(pairs) == sum(e.second is not None for d in drills.sessions for e in d.entries)
            if team.stage != "forming":
                result = agreement(pairs)
                assert result is not None and result.within_one >= 0.9
            stored = audits.list_audits(s, team_id)
            assert len(stored) == len(drills.audits) and all(a.points for a in stored)


def test_readiness_json_is_consistent_with_the_stages(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(demo_db.url, capsys)
    built = {t.name: (t, d) for t, d in build(DEMO_SEED, DEMO_DAY)}
    printed = {}
    for name, (team, drills) in built.items():
        data = cli.json("readiness", "--team", name, "--as-of", DEMO_DAY.isoformat())
        assert isinstance(data, dict)
        expected = core_readiness(team, drills, DEMO_DAY)
        assert expected.mean is not None
        assert data["mean_readiness_pct"] == round(100 * expected.mean, 1)
        assert data["certified"] == expected.certified and data["drilled"] == expected.drilled
        printed[team.stage] = data
    assert printed["forming"]["mean_readiness_pct"] < 100 * LOW_BELOW and printed["forming"]["certified"] == 0
    assert 100 * LOW_BELOW <= printed["storming"]["mean_readiness_pct"] < 100 * HIGH_FROM
    mature = printed["performing"]
    assert mature["mean_readiness_pct"] >= 100 * HIGH_FROM
    assert mature["certified"] > len(mature["reps"]) / 2 and mature["drilled"] == len(mature["reps"])


def test_demo_diagnoses_keep_their_stages(demo_db: Database) -> None:
    built = {t.name: t.stage for t in build_demo(DEMO_SEED, DEMO_DAY)}
    with demo_db.session() as s:
        for name, team_id in _team_ids(demo_db).items():
            extras = readiness.drills_extras(s, team_id, DEMO_DAY)["drills"]
            assert isinstance(extras, dict) and extras["drilled"]
            result = diagnosis_dict(diagnose_team(s, team_id, DEMO_DAY), "en")
            assert result["top_stage"] == built[name], (name, result["stage_mix"])
            findings = {sig["id"]: sig["finding"] for sig in result["signals"]}
            expected = {"forming": "low", "storming": "middle", "norming": None, "performing": "high"}[built[name]]
            assert findings["script_readiness"] == (expected or findings["script_readiness"]), name
            assert (findings.get("readiness_trend") == "falling") is (built[name] == "storming"), name
