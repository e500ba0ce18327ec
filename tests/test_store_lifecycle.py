"""Lifecycle store services on both backends: survey answers (typed and imported, all or nothing), team results,
stage history, per-team thresholds, playbook edits and action plans."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.lifecycle.actions import ActionDraft, ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.playbook import default_playbook
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import default_survey
from coachdesk.core.lifecycle.survey_file import SurveyFileError
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS
from coachdesk.core.roster.model import MemberDraft, Role, TeamDraft
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.database import Database
from coachdesk.store.lifecycle import action_plans, playbooks
from coachdesk.store.lifecycle import survey as survey_store
from coachdesk.store.lifecycle.diagnosis import (
    delete_stage_record,
    diagnose_team,
    held_stage,
    record_stage,
    set_team_thresholds,
    stage_history,
    team_thresholds,
)
from coachdesk.store.lifecycle.models import LifecycleSettings, PlanAction, StageRecord
from coachdesk.store.roster import service as roster
from tests.conftest import TableDump, dump_tables

AS_OF = dt.date(2025, 6, 30)
FORMED = dt.date(2025, 1, 1)
ITEMS = default_survey().items


@pytest.fixture
def team(db: Database) -> int:
    """A team of six reps, a manager and a trainer, no activity and no survey yet."""
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft("测试组", "宽带", FORMED))
        for n in range(1, 7):
            roster.add_member(s, team_id, MemberDraft(f"E{n:03d}", f"销售{n}号", FORMED))
        roster.add_member(s, team_id, MemberDraft("M001", "王经理", FORMED, Role.MANAGER))
        roster.add_member(s, team_id, MemberDraft("T001", "李培训", FORMED, Role.TRAINER))
    return team_id


def member_id(db: Database, team_id: int, employee_id: str) -> int:
    with db.session() as s:
        return roster.find_member(s, team_id, employee_id).id


def answers(**per_stage: int) -> dict[str, int]:
    """Every item answered with its stage's value, e.g. answers(forming=5, storming=4, norming=2, performing=1)."""
    return {item.id: per_stage[item.stage.value] for item in ITEMS}


def unchanged(db: Database, before: TableDump) -> bool:
    return dump_tables(db) == before


# ---------------------------------------------------------------- survey


def test_add_response_names_every_bad_item_and_stores_nothing(db: Database, team: int) -> None:
    given: dict[str, int | None] = dict(answers(forming=3, storming=3, norming=3, performing=3))
    del given["q03"]
    given["q17"] = None
    given["q05"] = 6
    given["q99"] = 2
    before = dump_tables(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        survey_store.add_response(s, team, AS_OF, given)
    assert sorted(caught.value.fields) == ["q03", "q05", "q17", "q99"]
    assert {e.code for e in caught.value.errors if e.field in ("q03", "q17")} == {"required"}
    assert unchanged(db, before)


def test_add_response_refuses_a_member_of_another_team(db: Database, team: int) -> None:
    with db.session() as s:
        other = roster.create_team(s, TeamDraft("别的组", "", FORMED))
        stranger = roster.add_member(s, other, MemberDraft("X001", "外人", FORMED))
    before = dump_tables(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        survey_store.add_response(s, team, AS_OF, answers(forming=3, storming=3, norming=3, performing=3), stranger)
    assert caught.value.fields == ["member"]
    assert unchanged(db, before)


def test_responses_are_listed_with_their_stage_sums(db: Database, team: int) -> None:
    rep = member_id(db, team, "E001")
    with db.session() as s:
        named = survey_store.add_response(s, team, AS_OF, answers(forming=5, storming=4, norming=2, performing=1), rep)
        anonymous = survey_store.add_response(s, team, AS_OF - dt.timedelta(days=1),
                                              answers(forming=1, storming=2, norming=3, performing=4))
    with db.session() as s:
        rows = survey_store.list_responses(s, team)
        assert [r.id for r in rows] == [named, anonymous]  # newest first
        assert rows[0].member_name == "销售1号" and rows[1].member_id is None and rows[1].member_name == ""
        assert rows[0].scores == {Stage.FORMING: 40, Stage.STORMING: 32, Stage.NORMING: 16, Stage.PERFORMING: 8}
        assert rows[1].scores == {Stage.FORMING: 8, Stage.STORMING: 16, Stage.NORMING: 24, Stage.PERFORMING: 32}
        assert survey_store.response_answers(s, anonymous) == answers(forming=1, storming=2, norming=3, performing=4)
        survey_store.delete_response(s, anonymous)
    with db.session() as s:
        assert [r.id for r in survey_store.list_responses(s, team)] == [named]


def test_team_result_is_the_mean_of_the_latest_round(db: Database, team: int) -> None:
    with db.session() as s:
        # An old round (45 days earlier) that the latest round replaces.
        survey_store.add_response(s, team, AS_OF - dt.timedelta(days=50), answers(forming=1, storming=1, norming=5,
                                                                                   performing=5))
        for offset, per_stage in ((5, (5, 4, 2, 1)), (4, (3, 4, 3, 2)), (3, (4, 5, 2, 1))):
            survey_store.add_response(s, team, AS_OF - dt.timedelta(days=offset), answers(
                **dict(zip((st.value for st in STAGES), per_stage, strict=True))))
    with db.session() as s:
        result = survey_store.team_result(s, team, AS_OF)
    assert result is not None and result.responses == 3
    # By hand: forming (40 + 24 + 32) / 3, storming (32 + 32 + 40) / 3, norming (16 + 24 + 16) / 3, performing …
    assert result.means[Stage.FORMING] == pytest.approx(32.0)
    assert result.means[Stage.STORMING] == pytest.approx(104 / 3)
    assert result.means[Stage.NORMING] == pytest.approx(56 / 3)
    assert result.means[Stage.PERFORMING] == pytest.approx(32 / 3)
    assert (result.first_answered, result.last_answered) == (AS_OF - dt.timedelta(days=5), AS_OF - dt.timedelta(days=3))
    # High forming together with high storming reads as storming (the combined-stage rule), no transition.
    assert result.reading.stage is Stage.STORMING and result.reading.combined and result.reading.clear
    assert result.reading.transition is None
    with db.session() as s:
        earlier = survey_store.team_result(s, team, AS_OF - dt.timedelta(days=10))
        assert earlier is not None and earlier.responses == 1 and earlier.reading.stage is Stage.PERFORMING
        assert survey_store.team_result(s, team, AS_OF - dt.timedelta(days=60)) is None


def write_survey(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["日期", "工号", *(item.id for item in ITEMS)])
        writer.writerows(rows)
    return path


def survey_row(day: str, member: str, value: int = 3) -> list[object]:
    return [day, member, *([value] * len(ITEMS))]


def test_import_survey_file_stores_every_row(db: Database, team: int, tmp_path: Path) -> None:
    path = write_survey(tmp_path / "问卷.csv", [survey_row("2025-06-20", "E001", 4), survey_row("2025/6/21", "", 2),
                                                survey_row("2025-06-21", "销售3号", 5)])
    with db.session() as s:
        assert survey_store.import_survey_file(s, team, path) == 3
    with db.session() as s:
        rows = survey_store.list_responses(s, team)
        assert sorted(r.member_name for r in rows) == ["", "销售1号", "销售3号"]
        assert {r.source for r in rows} == {"import"}
        assert {r.scores[Stage.FORMING] for r in rows} == {32, 16, 40}


def test_import_survey_file_with_a_bad_cell_names_row_and_column(db: Database, team: int, tmp_path: Path) -> None:
    bad = survey_row("2025-06-21", "E002")
    bad[2 + 6] = "7"  # q07
    path = write_survey(tmp_path / "bad.csv", [survey_row("2025-06-20", "E001"), bad])
    before = dump_tables(db)
    with pytest.raises(SurveyFileError) as caught, db.session() as s:
        survey_store.import_survey_file(s, team, path)
    assert len(caught.value.problems) == 1
    assert "row 3" in caught.value.problems[0] and "column q07" in caught.value.problems[0]
    assert caught.value.problems == ["row 3, column q07: '7' is not an answer from 1 to 5"]  # the CLI's text
    (error,) = caught.value.errors  # the GUI's: by code
    assert (error.code, error.params) == ("survey_file.not_an_answer", {"row": 3, "column": "q07", "value": "7"})
    assert unchanged(db, before)


def test_import_survey_file_with_an_unknown_member_stores_nothing(db: Database, team: int, tmp_path: Path) -> None:
    path = write_survey(tmp_path / "who.csv", [survey_row("2025-06-20", "E001"), survey_row("2025-06-20", "E999")])
    before = dump_tables(db)
    with pytest.raises(SurveyFileError) as caught, db.session() as s:
        survey_store.import_survey_file(s, team, path)
    (problem,) = caught.value.problems
    assert problem.startswith("row 3, column ") and "'E999'" in problem
    (error,) = caught.value.errors
    assert (error.code, error.params["row"], error.params["member"]) == ("survey_file.unknown_member", 3, "E999")
    assert unchanged(db, before)


# ---------------------------------------------------------------- stage history


def diagnosis(db: Database, team_id: int, as_of: dt.date = AS_OF) -> Diagnosis:
    with db.session() as s:
        return diagnose_team(s, team_id, as_of)


def other_stage(stage: Stage) -> Stage:
    return Stage.PERFORMING if stage is not Stage.PERFORMING else Stage.FORMING


def test_override_needs_a_reason_and_stores_nothing_without(db: Database, team: int) -> None:
    found = diagnosis(db, team)
    before = dump_tables(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        record_stage(s, found, "overridden", other_stage(found.top_stage), reason="  ")
    assert caught.value.fields == ["reason"]
    with pytest.raises(ValidationError) as caught, db.session() as s:
        record_stage(s, found, "accepted", other_stage(found.top_stage))
    assert caught.value.fields == ["stage"]  # a different stage is an override, not an acceptance
    assert unchanged(db, before)


def test_history_keeps_overrides_in_date_order(db: Database, team: int) -> None:
    now, earlier = diagnosis(db, team), diagnosis(db, team, AS_OF - dt.timedelta(days=30))
    chosen = other_stage(now.top_stage)
    with db.session() as s:
        override = record_stage(s, now, "overridden", chosen, reason="新来的组长带动了氛围", source="cli")
        accepted = record_stage(s, earlier)  # recorded later, dated earlier
    with db.session() as s:
        history = stage_history(s, team)
        assert [h.id for h in history] == [accepted, override]
        first, last = history
        assert (first.kind, first.stage, first.as_of, first.source) == ("accepted", earlier.top_stage,
                                                                        earlier.as_of, "app")
        assert (last.kind, last.stage, last.diagnosed_stage) == ("overridden", chosen, now.top_stage)
        assert last.reason == "新来的组长带动了氛围" and last.source == "cli"
        assert sum(last.mix.values()) == pytest.approx(1.0) and last.mix == now.stage_mix
        assert last.contradiction_signal == now.contradiction.signal and last.contradiction_summary
        assert held_stage(s, team) is chosen  # the newest by date, whatever the order of recording
        confirmed = record_stage(s, now, "confirmed")
    with db.session() as s:
        assert held_stage(s, team) is now.top_stage
        delete_stage_record(s, confirmed)
    with db.session() as s:
        assert held_stage(s, team) is chosen
        with pytest.raises(ValidationError):
            delete_stage_record(s, confirmed)


# ---------------------------------------------------------------- thresholds


def add_calls(db: Database, team_id: int, recent: int, before: int) -> None:
    """Every rep's calls on weekdays: ``recent`` a day in the last 14 days, ``before`` in the 28 before."""
    with db.session() as s:
        reps = [m.id for m in roster.list_members(s, team_id) if m.role.sells]
        for back in range(1, 43):
            day = AS_OF - dt.timedelta(days=back)
            if day.weekday() >= 5:
                continue
            calls = recent if back <= 14 else before
            s.add_all(ActivityDay(member_id=rep, day=day, team_id=team_id, calls=calls, connected=calls // 3,
                                  talk_seconds=calls * 20, deals=2, revenue_cents=200_000) for rep in reps)


@pytest.mark.parametrize(("changes", "field"), [
    ({"call_drop": "abc"}, "call_drop"),
    ({"call_drop": 0.2}, "call_drop"),  # a drop must be negative
    ({"young_team_days": 2.5}, "young_team_days"),
    ({"deals_volatility_low": 0.5}, "deals_volatility_high"),  # low must stay below high
    ({"no_such_threshold": 1}, "no_such_threshold"),
])
def test_bad_threshold_is_named_and_nothing_stored(db: Database, team: int, changes: dict[str, object],
                                                   field: str) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as s:
        set_team_thresholds(s, team, changes)
    assert field in caught.value.fields
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(LifecycleSettings)) == 0
        assert team_thresholds(s, team) == DEFAULT_THRESHOLDS


def test_thresholds_are_stored_as_differences_and_used(db: Database, team: int) -> None:
    add_calls(db, team, recent=80, before=100)  # calls fell 20 %
    assert diagnosis(db, team).signal("call_volume_change").finding == "fell"
    with db.session() as s:
        result = set_team_thresholds(s, team, {"call_drop": "-0.3", "min_working_days": 8})
        assert result.call_drop == -0.3
    with db.session() as s:
        row = s.get(LifecycleSettings, team)
        assert row is not None and json.loads(row.thresholds_json) == {"call_drop": -0.3}  # 8 is the default
        assert team_thresholds(s, team).call_drop == -0.3
    found = diagnosis(db, team)
    signal = found.signal("call_volume_change")
    assert signal.finding == "dipped" and signal.thresholds["call_drop"] == -0.3  # a 20 % fall is no longer a drop
    with db.session() as s:
        set_team_thresholds(s, team, {"call_drop": None})
    with db.session() as s:
        assert json.loads(s.get(LifecycleSettings, team).thresholds_json) == {}  # type: ignore[union-attr]
    assert diagnosis(db, team).signal("call_volume_change").finding == "fell"


# ---------------------------------------------------------------- playbook edits

PRACTICE = "storming-fair-lead-rules"


def test_playbook_edits_overlay_the_defaults_and_restore(db: Database) -> None:
    default = default_playbook().get(PRACTICE)
    assert default is not None
    edited = replace(default, title={"en": " Fair leads for all ", "zh": "线索公平分配"}, cadence=default.cadence)
    with db.session() as s:
        saved = playbooks.save_practice(s, edited)
        assert saved.title["en"] == "Fair leads for all"  # trimmed
        norming = default_playbook().for_stage(Stage.NORMING)[0]
        playbooks.save_practice(s, replace(norming, how={"en": ["Only this"], "zh": ["只做这一步"]}))
    with db.session() as s:
        effective = playbooks.effective_playbook(s)
        assert effective.get(PRACTICE).title["zh"] == "线索公平分配"  # type: ignore[union-attr]
        assert effective.get(norming.id).steps("zh") == ("只做这一步",)  # type: ignore[union-attr]
        assert playbooks.edited_ids(s) == {PRACTICE, norming.id}
        assert default_playbook().get(PRACTICE) == default  # the files stay the defaults
        assert [p.id for p in effective.for_stage(Stage.STORMING)] == [
            p.id for p in default_playbook().for_stage(Stage.STORMING)]
        playbooks.restore_practice(s, PRACTICE)
    with db.session() as s:
        assert playbooks.effective_playbook(s).get(PRACTICE) == default
        assert playbooks.restore_all(s, Stage.STORMING) == 0
        assert playbooks.restore_all(s) == 1
        assert playbooks.effective_playbook(s) == default_playbook()


def test_own_practices_get_new_ids(db: Database) -> None:
    base = default_playbook().get(PRACTICE)
    assert base is not None
    with db.session() as s:
        first = playbooks.new_practice_id(s, Stage.STORMING, "午间加练")
        assert first == "custom-storming-1"
        playbooks.save_practice(s, replace(base, id=first, custom=True,
                                           title={"en": "Lunch drill", "zh": "午间加练"}))
        assert playbooks.new_practice_id(s, Stage.STORMING, "又一个") == "custom-storming-2"
        assert playbooks.new_practice_id(s, Stage.NORMING, "x") == "custom-norming-1"
        storming = playbooks.effective_playbook(s).for_stage(Stage.STORMING)
        assert storming[-1].id == first and storming[-1].custom
        assert playbooks.restore_all(s, Stage.STORMING) == 1
        assert playbooks.effective_playbook(s).get(first) is None


def test_bad_practice_edits_are_refused(db: Database) -> None:
    base = default_playbook().get(PRACTICE)
    assert base is not None
    before = dump_tables(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        playbooks.save_practice(s, replace(base, title={"en": "ok", "zh": " "}, signals=("nonsense",),
                                           how={"en": ["step"], "zh": []}))
    assert sorted(caught.value.fields) == ["how_zh", "signals", "title_zh"]
    with pytest.raises(ValidationError) as caught, db.session() as s:
        playbooks.save_practice(s, replace(base, custom=True))  # an own practice may not take a default's id
    assert caught.value.fields == ["id"]
    assert unchanged(db, before)


# ---------------------------------------------------------------- action plans

PICKED = ["forming-kickoff-goals", "forming-daily-behaviour-check", "forming-new-hire-1on1"]  # once, daily, weekly


def draft_of(db: Database, action_id: int) -> ActionDraft:
    with db.session() as s:
        return action_plans.action_draft(s, action_id)


def test_create_plan_makes_actions_due_by_cadence(db: Database, team: int) -> None:
    found = diagnosis(db, team)
    manager = member_id(db, team, "M001")
    with db.session() as s:
        plan_id = action_plans.create_plan(s, team, found, PICKED, AS_OF, notes=" 本周重点 ", extra=[
            ActionDraft(" 每天晚会分享成交 ", "manager", AS_OF + dt.timedelta(days=3), manager)])
    with db.session() as s:
        plan = action_plans.current_plan(s, team)
        assert plan is not None and plan.id == plan_id and plan.notes == "本周重点"
        assert plan.stage is found.top_stage and plan.contradiction_signal == found.contradiction.signal
        actions = action_plans.plan_actions(s, plan_id)
    playbook = default_playbook()
    assert [a.practice_id for a in actions] == [*PICKED, ""]
    assert [a.due_on - AS_OF for a in actions] == [dt.timedelta(days=d) for d in (14, 7, 7, 3)]
    assert [a.title for a in actions[:3]] == [playbook.get(p).title["zh"] for p in PICKED]  # type: ignore[union-attr]
    assert [a.owner_role for a in actions[:3]] == [playbook.get(p).owner.value for p in PICKED]  # type: ignore[union-attr]
    assert actions[3].title == "每天晚会分享成交" and actions[3].owner_name == "王经理"
    assert all(a.status is ActionStatus.OPEN and a.closed_on is None and not a.carried_over for a in actions)


def test_create_plan_refuses_unknown_practices(db: Database, team: int) -> None:
    found = diagnosis(db, team)
    before = dump_tables(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        action_plans.create_plan(s, team, found, ["forming-kickoff-goals", "nope"], AS_OF)
    assert caught.value.fields == ["practices"]
    assert unchanged(db, before)


def test_closing_reopening_overdue_and_carry_over(db: Database, team: int) -> None:
    found = diagnosis(db, team)
    with db.session() as s:
        first_plan = action_plans.create_plan(s, team, found, PICKED, AS_OF)
        kickoff, check, one_on_one = (a.id for a in action_plans.plan_actions(s, first_plan))
    closed_day = AS_OF + dt.timedelta(days=2)
    with db.session() as s:
        action_plans.update_action(s, kickoff, replace(draft_of(db, kickoff), status=ActionStatus.DONE), closed_day)
        action_plans.update_action(s, check, replace(draft_of(db, check), status=ActionStatus.DROPPED,
                                                     notes="改为组长负责"), closed_day)
    with db.session() as s:
        rows = {a.id: a for a in action_plans.plan_actions(s, first_plan)}
    assert rows[kickoff].closed_on == closed_day and rows[check].closed_on == closed_day
    assert rows[check].notes == "改为组长负责" and rows[one_on_one].closed_on is None
    due = rows[one_on_one].due_on
    assert rows[one_on_one].overdue(due + dt.timedelta(days=1)) and not rows[one_on_one].overdue(due)
    assert not rows[check].overdue(due + dt.timedelta(days=30))  # closed actions are never overdue

    # Reopening clears the day it was closed; closing again records the new day.
    with db.session() as s:
        action_plans.update_action(s, kickoff, replace(draft_of(db, kickoff), status=ActionStatus.OPEN), closed_day)
    assert draft_of(db, kickoff).status is ActionStatus.OPEN
    with db.session() as s:
        assert s.get(PlanAction, kickoff).closed_on is None  # type: ignore[union-attr]
        action_plans.update_action(s, kickoff, replace(draft_of(db, kickoff), status=ActionStatus.DONE), AS_OF)
        assert s.get(PlanAction, kickoff).closed_on == AS_OF  # type: ignore[union-attr]

    # The next plan takes the open action along; done and dropped ones stay where they were.
    with db.session() as s:
        # Picking the still-open practice again does not add a second action for it: it carries over.
        second_plan = action_plans.create_plan(s, team, found, ["forming-new-hire-1on1", "forming-script-drill"],
                                               AS_OF + dt.timedelta(days=9))
    with db.session() as s:
        assert [p.id for p in action_plans.list_plans(s, team)] == [second_plan, first_plan]
        moved = action_plans.plan_actions(s, second_plan)
        stayed = action_plans.plan_actions(s, first_plan)
    assert len(moved) == 2 and moved[0].id == one_on_one
    assert moved[0].carried_over and moved[0].first_plan_id == first_plan and moved[0].plan_id == second_plan
    assert not moved[1].carried_over and moved[1].practice_id == "forming-script-drill"
    assert {a.id for a in stayed} == {kickoff, check}


def test_bad_action_edit_names_fields_and_keeps_the_action(db: Database, team: int) -> None:
    found = diagnosis(db, team)
    with db.session() as s:
        plan_id = action_plans.create_plan(s, team, found, PICKED[:1], AS_OF)
        (action,) = action_plans.plan_actions(s, plan_id)
    before = dump_tables(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        action_plans.update_action(s, action.id, ActionDraft(" ", "boss", None), AS_OF)
    assert sorted(caught.value.fields) == ["due_on", "owner", "title"]
    assert unchanged(db, before)


def test_deleting_an_owner_keeps_the_action_with_its_role(db: Database, team: int) -> None:
    found = diagnosis(db, team)
    with db.session() as s:
        leader = roster.add_member(s, team, MemberDraft("L001", "赵组长", AS_OF, Role.GROUP_LEADER))
        plan_id = action_plans.create_plan(s, team, found, [], AS_OF, extra=[
            ActionDraft("每天陪听两通电话", "group_leader", AS_OF + dt.timedelta(days=7), leader)])
    with db.session() as s:
        roster.delete_member(s, leader)
    with db.session() as s:
        (action,) = action_plans.plan_actions(s, plan_id)
        assert action.owner_member_id is None and action.owner_name == "" and action.owner_role == "group_leader"
        assert s.scalar(select(func.count()).select_from(StageRecord)) == 0



def test_overview_diagnoses_every_team_with_its_plan_counts_and_can_be_cancelled(db: Database, team: int) -> None:
    from coachdesk.core.common.progress import Cancelled, CancelToken
    from coachdesk.store.lifecycle.diagnosis import overview

    with db.session() as s:
        other = roster.create_team(s, TeamDraft("另一组", "", FORMED))
        diagnosis = diagnose_team(s, team, AS_OF)
        ids = [p.id for p in diagnosis.contradiction.prescription][:2]
        plan = action_plans.create_plan(s, team, diagnosis, ids, AS_OF - dt.timedelta(days=20), lang="en")
        first = action_plans.plan_actions(s, plan)[0]
        action_plans.update_action(s, first.id, replace(action_plans.action_draft(s, first.id),
                                                        status=ActionStatus.DONE), AS_OF)
        steps: list[tuple[int, int, str]] = []
        rows = overview(s, AS_OF, AS_OF, lambda done, total, message="": steps.append((done, total, message)))
        token = CancelToken()
        token.cancel()
        with pytest.raises(Cancelled):
            overview(s, AS_OF, cancel=token)
    by_id = {r.team_id: r for r in rows}
    assert set(by_id) == {team, other}
    assert by_id[team].diagnosis == diagnosis and by_id[team].held_stage is None
    # two actions made 20 days ago, one done: one open, overdue (daily/weekly practices are due after 7 days)
    assert (by_id[team].open_actions, by_id[team].overdue_actions) == (len(ids) - 1, len(ids) - 1)
    assert (by_id[other].open_actions, by_id[other].overdue_actions) == (0, 0)
    assert steps[0] == (0, 2, "另一组") and steps[-1] == (2, 2, "")
