"""The one undo mechanism (store/undo.py) through every store edit service: for each kind of edit the whole
database after undo equals the dump before the edit, and after redo equals the dump after it — exactly, ids
included; a chain of edits undoes in reverse order; a change made meanwhile makes undo/redo refuse, writing
nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coachdesk.core.lifecycle.actions import ActionDraft, ActionStatus
from coachdesk.core.lifecycle.playbook import default_playbook
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.survey import default_survey
from coachdesk.core.roster.model import GroupDraft, LeaveDraft, MemberDraft, Role, TeamDraft
from coachdesk.store import undo
from coachdesk.store.database import Database
from coachdesk.store.lifecycle import action_plans
from coachdesk.store.lifecycle import edits as lifecycle_edits
from coachdesk.store.lifecycle.diagnosis import diagnose_team, team_thresholds
from coachdesk.store.roster import edits as roster_edits
from coachdesk.store.roster import service as roster
from coachdesk.store.undo import UNDO_STALE, Change, UndoRefused
from tests.conftest import DEMO_DAY, dump_tables

ITEMS = default_survey().items
PICKED = ["forming-kickoff-goals", "forming-daily-behaviour-check", "forming-new-hire-1on1"]
PRACTICE = "storming-fair-lead-rules"


@dataclass
class Ids:
    team: int  # an empty team of our own (no activity: it may be deleted)
    rep: int
    lead: int
    group: int
    other_group: int
    plan: int
    action: int
    response: int


@pytest.fixture
def ids(demo_db: Database) -> Ids:
    """A team with a roster, a plan, a survey response — next to the demo teams, which no edit may touch."""
    with demo_db.session() as s:
        team = roster.create_team(s, TeamDraft("撤销测试组", "宽带", dt.date(2025, 1, 1)))
        rep = roster.add_member(s, team, MemberDraft("U001", "销售一号", dt.date(2025, 1, 1)))
        lead = roster.add_member(s, team, MemberDraft("U002", "组长", dt.date(2025, 1, 1), Role.GROUP_LEADER))
        group = roster.create_group(s, team, GroupDraft("猛虎队", leader_id=lead), on=dt.date(2025, 1, 2))
        other = roster.create_group(s, team, GroupDraft("雄鹰队"), on=dt.date(2025, 1, 2))
        roster.assign_member(s, rep, group, on=dt.date(2025, 1, 3))
        plan = action_plans.create_plan(s, team, diagnose_team(s, team, DEMO_DAY), PICKED, DEMO_DAY)
        action = action_plans.plan_actions(s, plan)[0].id
        response, _ = lifecycle_edits.add_response(s, team, DEMO_DAY, {i.id: 3 for i in ITEMS}, rep)
    return Ids(team, rep, lead, group, other, plan, action, response)


def survey_file(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    header = ["answered_on", "member", *(i.id for i in ITEMS)]
    path.write_text("\n".join([",".join(header), ",".join(["2025-06-20", "", *(["4"] * len(ITEMS))])]) + "\n",
                    encoding="utf-8")
    return path


Edit = Callable[[Session, Ids, Path], Change]


def _mark_done(s: Session, i: Ids, _: Path) -> None:
    action_plans.update_action(s, i.action, replace(action_plans.action_draft(s, i.action), status=ActionStatus.DONE),
                               DEMO_DAY)


def _second_plan(s: Session, i: Ids, _: Path) -> Change:
    """A new plan takes over the open actions of the first (one of which is done: it stays)."""
    return lifecycle_edits.create_plan(s, i.team, diagnose_team(s, i.team, DEMO_DAY), ["storming-fair-lead-rules"],
                                       DEMO_DAY + dt.timedelta(days=7), "zh", "第二周")[1]


def _accept_demo(s: Session) -> Change:
    found = diagnose_team(s, roster.list_teams(s)[0].id, DEMO_DAY)
    return lifecycle_edits.record_stage(s, found, "accepted", found.top_stage, "", "en")[1]


def _save_practice(s: Session, _: Ids, __: Path) -> Change:
    """A manager's version of a default practice."""
    practice = default_playbook().get(PRACTICE)
    assert practice is not None
    return lifecycle_edits.save_practice(s, replace(practice, title={"en": "Fair leads", "zh": "公平分配"}))[1]


EDITS: dict[str, Edit] = {
    "create team": lambda s, i, _: roster_edits.create_team(s, TeamDraft("新团队", "保险", DEMO_DAY))[1],
    "edit team": lambda s, i, _: roster_edits.update_team(s, i.team, TeamDraft("改名组", "保险", DEMO_DAY, "备注"))[1],
    "delete team": lambda s, i, _: roster_edits.delete_team(s, i.team)[1],
    "add member into group": lambda s, i, _: roster_edits.add_member(
        s, i.team, MemberDraft("U009", "新人", DEMO_DAY), i.other_group)[1],
    "edit member": lambda s, i, _: roster_edits.update_member(
        s, i.team, i.rep, MemberDraft("U001X", "销售壹号", dt.date(2024, 12, 1), Role.REP, "13800000000"))[1],
    "record leave": lambda s, i, _: roster_edits.record_leave(s, i.team, i.rep, LeaveDraft(DEMO_DAY, "转行"))[1],
    "delete member": lambda s, i, _: roster_edits.delete_member(s, i.team, i.lead)[1],
    "create group": lambda s, i, _: roster_edits.create_group(s, i.team, GroupDraft("火箭队", leader_id=i.rep),
                                                              on=DEMO_DAY)[1],
    "edit group": lambda s, i, _: roster_edits.update_group(s, i.team, i.group, GroupDraft("猛虎二队", "口号"),
                                                            on=DEMO_DAY)[1],
    "delete group": lambda s, i, _: roster_edits.delete_group(s, i.team, i.group)[1],
    "move member": lambda s, i, _: roster_edits.move_member(s, i.team, i.rep, i.other_group, on=DEMO_DAY)[1],
    "out of groups": lambda s, i, _: roster_edits.move_member(s, i.team, i.rep, None, on=DEMO_DAY)[1],
    "add survey response": lambda s, i, _: lifecycle_edits.add_response(
        s, i.team, DEMO_DAY, {item.id: 5 for item in ITEMS})[1],
    "delete survey response": lambda s, i, _: lifecycle_edits.delete_response(s, i.team, i.response)[1],
    "import survey file": lambda s, i, path: lifecycle_edits.import_survey_file(s, i.team, survey_file(path))[1],
    "save practice": _save_practice,
    "restore practice": lambda s, i, _: lifecycle_edits.restore_practice(s, PRACTICE)[1],
    "restore all practices": lambda s, i, _: lifecycle_edits.restore_all(s)[1],
    "create plan": lambda s, i, _: lifecycle_edits.create_plan(
        s, i.team, diagnose_team(s, i.team, DEMO_DAY), ["storming-fair-lead-rules"], DEMO_DAY, "en", "notes")[1],
    "create plan carrying actions over": _second_plan,
    "edit action": lambda s, i, _: lifecycle_edits.update_action(
        s, i.action, ActionDraft("改过的行动", "manager", DEMO_DAY, i.lead, ActionStatus.DONE, "完成"), DEMO_DAY)[1],
    "add action": lambda s, i, _: lifecycle_edits.add_action(
        s, i.plan, ActionDraft("新行动", "rep", DEMO_DAY, i.rep))[1],
    "delete action": lambda s, i, _: lifecycle_edits.delete_action(s, i.action)[1],
    "plan notes": lambda s, i, _: lifecycle_edits.set_plan_notes(s, i.plan, "新的备注")[1],
    "override stage": lambda s, i, _: lifecycle_edits.record_stage(
        s, diagnose_team(s, i.team, DEMO_DAY), "overridden", Stage.NORMING, "老员工回流", "zh")[1],
    "accept stage of a demo team": lambda s, i, _: _accept_demo(s),
    "thresholds": lambda s, i, _: lifecycle_edits.set_team_thresholds(s, i.team, _one_threshold_change(s, i.team))[1],
}
PREPARE: dict[str, Callable[[Session, Ids, Path], object]] = {  # what an edit acts on, made before "before"
    "restore practice": _save_practice, "restore all practices": _save_practice,
    "create plan carrying actions over": _mark_done,
}


def _one_threshold_change(s: Session, team_id: int) -> dict[str, object]:
    current = team_thresholds(s, team_id).to_mapping()
    name, value = next((k, v) for k, v in current.items() if isinstance(v, int) and not isinstance(v, bool))
    return {name: value + 1}


@pytest.mark.parametrize("edit", list(EDITS))
def test_undo_and_redo_restore_the_whole_database_exactly(demo_db: Database, ids: Ids, edit: str,
                                                          tmp_path: Path) -> None:
    if edit in PREPARE:
        with demo_db.session() as s:
            PREPARE[edit](s, ids, tmp_path)
    before = dump_tables(demo_db)
    with demo_db.session() as s:
        change = EDITS[edit](s, ids, tmp_path)
    after = dump_tables(demo_db)
    assert after != before, "the edit should change something"
    for restore, expected in ((undo.undo, before), (undo.redo, after), (undo.undo, before), (undo.redo, after)):
        restore(demo_db, change)
        assert dump_tables(demo_db) == expected


def test_a_chain_of_edits_undoes_in_reverse_order(demo_db: Database, ids: Ids, tmp_path: Path) -> None:
    dumps, changes = [dump_tables(demo_db)], []
    for edit in ("add member into group", "move member", "add survey response", "add action", "delete action",
                 "edit group", "override stage", "delete team"):
        with demo_db.session() as s:
            changes.append(EDITS[edit](s, ids, tmp_path))
        dumps.append(dump_tables(demo_db))
    for change, expected in zip(reversed(changes), reversed(dumps[:-1]), strict=True):
        undo.undo(demo_db, change)
        assert dump_tables(demo_db) == expected
    for change, expected in zip(changes, dumps[1:], strict=True):
        undo.redo(demo_db, change)
        assert dump_tables(demo_db) == expected


def test_undo_refuses_when_the_rows_changed_meanwhile(demo_db: Database, ids: Ids, tmp_path: Path) -> None:
    with demo_db.session() as s:
        change = EDITS["edit member"](s, ids, tmp_path)
    with demo_db.session() as s:  # someone else renames the member since
        roster.update_member(s, ids.rep, MemberDraft("U001X", "别人改的", dt.date(2024, 12, 1)))
    changed = dump_tables(demo_db)
    with pytest.raises(UndoRefused) as refused:
        undo.undo(demo_db, change)
    assert (refused.value.code, refused.value.params) == (UNDO_STALE, {"table": "members"})
    assert dump_tables(demo_db) == changed  # nothing written


def test_redo_refuses_when_the_rows_changed_after_undo(demo_db: Database, ids: Ids, tmp_path: Path) -> None:
    with demo_db.session() as s:
        change = EDITS["add action"](s, ids, tmp_path)
    undo.undo(demo_db, change)
    with demo_db.session() as s:
        action_plans.set_plan_notes(s, ids.plan, "别人写的")
    changed = dump_tables(demo_db)
    with pytest.raises(UndoRefused) as refused:
        undo.redo(demo_db, change)
    assert refused.value.code == UNDO_STALE and refused.value.params == {"table": "action_plans"}
    assert dump_tables(demo_db) == changed


def test_rows_added_after_an_undo_get_new_ids(demo_db: Database, ids: Ids, tmp_path: Path) -> None:
    with demo_db.session() as s:
        change = EDITS["delete team"](s, ids, tmp_path)
    undo.undo(demo_db, change)
    with demo_db.session() as s:
        member = roster.add_member(s, ids.team, MemberDraft("U010", "又一个", DEMO_DAY))
        assert member not in {ids.rep, ids.lead}
        assert {m.id for m in roster.list_members(s, ids.team)} == {ids.rep, ids.lead, member}
