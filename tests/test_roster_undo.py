"""Roster undo/redo images (store/undo.py with the team's roster scope): capture before an edit, capture after, and
restoring either gives it back exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from coachdesk.core.roster.model import GroupDraft, LeaveDraft, MemberDraft, Role, TeamDraft
from coachdesk.store import undo
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.edits import team_rows
from coachdesk.store.roster.models import Group, GroupMembership, Member, Team
from coachdesk.store.undo import Change, RowSet

D0 = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def seed_team(s: Session, name: str) -> dict[str, int]:
    """A small team with a leader, two groups, a move in its history and a leaver; returns ids by key."""
    ids = {"team": roster.create_team(s, TeamDraft(name, "宽带", D0, "备注"))}
    for key, employee_id, person in [("lead", "E1", "李娜"), ("rep1", "E2", "王伟"), ("rep2", "E3", "张敏"),
                                     ("gone", "E4", "刘洋")]:
        ids[key] = roster.add_member(s, ids["team"], MemberDraft(employee_id, person, D0, Role.REP, "13800000000"))
    ids["tigers"] = roster.create_group(s, ids["team"], GroupDraft("猛虎队", "猛虎下山", "50 单", ids["lead"]), on=D0)
    ids["eagles"] = roster.create_group(s, ids["team"], GroupDraft("雄鹰队"), on=D0)
    for key in ("rep1", "rep2", "gone"):
        roster.assign_member(s, ids[key], ids["tigers"], on=D0)
    roster.assign_member(s, ids["rep2"], ids["eagles"], on=day(10))
    roster.record_leave(s, ids["gone"], LeaveDraft(day(15), "转行"))
    return ids


def capture(s: Session, team_id: int) -> dict:
    """The team's roster rows by table and primary key (what an undo of a roster edit restores)."""
    return undo.capture(s, team_rows(team_id))


def record(db: Database, scopes: list[RowSet], edit: Callable[[Session], object]) -> Change:
    with db.session() as s:
        return undo.record_edit(s, scopes, edit)[1]


Edit = Callable[[Session, dict[str, int]], None]

EDITS: dict[str, Edit] = {
    "add member": lambda s, ids: roster.add_member(s, ids["team"], MemberDraft("E9", "新人", day(20))),
    "add member into group": lambda s, ids: roster.assign_member(
        s, roster.add_member(s, ids["team"], MemberDraft("E9", "新人", day(20))), ids["eagles"], on=day(20)),
    "edit member": lambda s, ids: roster.update_member(
        s, ids["rep1"], MemberDraft("E2X", "王伟伟", day(-3), Role.GROUP_LEADER, "021-5555-1234")),
    "record leave": lambda s, ids: roster.record_leave(s, ids["lead"], LeaveDraft(day(30), "家庭原因")),
    "move group": lambda s, ids: roster.assign_member(s, ids["rep1"], ids["eagles"], on=day(25)),
    "same-day move": lambda s, ids: roster.assign_member(s, ids["rep2"], ids["tigers"], on=day(10)),
    "out of groups": lambda s, ids: roster.assign_member(s, ids["rep1"], None, on=day(25)),
    "create group with leader": lambda s, ids: roster.create_group(
        s, ids["team"], GroupDraft("火箭队", "每天多打十通电话", "", ids["rep1"]), on=day(25)),
    "edit group": lambda s, ids: roster.update_group(
        s, ids["tigers"], GroupDraft("猛虎二队", "新口号", "新目标", ids["rep1"]), on=day(25)),
    "delete member": lambda s, ids: roster.delete_member(s, ids["lead"]),
    "delete group": lambda s, ids: roster.delete_group(s, ids["tigers"]),
    "delete team": lambda s, ids: roster.delete_team(s, ids["team"]),
    "edit team": lambda s, ids: roster.update_team(s, ids["team"], TeamDraft("改名团队", "保险", day(-3), "新备注")),
}


@pytest.fixture
def seeded(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    """Two teams: the one edited, and a bystander whose rows must never change."""
    with db.session() as s:
        return seed_team(s, "城南电销二部"), seed_team(s, "华东续费中心")


@pytest.mark.parametrize("edit", list(EDITS))
def test_restore_round_trip(db: Database, seeded, edit: str) -> None:
    ids, bystander = seeded
    with db.session() as s:
        other_before = capture(s, bystander["team"])
        before = capture(s, ids["team"])
    change = record(db, team_rows(ids["team"]), lambda s: EDITS[edit](s, ids))
    with db.session() as s:
        after = capture(s, ids["team"])
    assert after != before, "the edit should change something"
    assert (change.before, change.after) == (before, after)

    for restore, target in ((undo.undo, before), (undo.redo, after), (undo.undo, before), (undo.redo, after)):
        restore(db, change)
        with db.session() as s:
            assert capture(s, ids["team"]) == target
            assert capture(s, bystander["team"]) == other_before


def test_create_team_round_trip(db: Database, seeded) -> None:
    _, bystander = seeded
    with db.session() as s:
        other_before = capture(s, bystander["team"])
        scopes = [RowSet.newer(s, model) for model in (Team, Member, Group, GroupMembership)]
    created: dict[str, int] = {}
    change = record(db, scopes, lambda s: created.update(seed_team(s, "金牌大客户部")))
    with db.session() as s:
        after = capture(s, created["team"])

    undo.undo(db, change)  # the team and everything in it disappear
    with db.session() as s:
        assert all(not rows for rows in capture(s, created["team"]).values())
        assert [t.name for t in roster.list_teams(s)] == ["华东续费中心", "城南电销二部"]
    undo.redo(db, change)  # back with the same ids
    with db.session() as s:
        assert capture(s, created["team"]) == after
        assert capture(s, bystander["team"]) == other_before
        assert {t.name: t.active_count for t in roster.list_teams(s)}["金牌大客户部"] == 3


def test_work_after_undo_gets_new_ids(db: Database, seeded) -> None:
    ids, _ = seeded
    with db.session() as s:
        before = capture(s, ids["team"])
    change = record(db, team_rows(ids["team"]), lambda s: EDITS["delete team"](s, ids))
    undo.undo(db, change)
    with db.session() as s:  # restored rows keep their ids; new rows must not collide with them
        new_member = roster.add_member(s, ids["team"], MemberDraft("E10", "新人", day(40)))
        new_group = roster.create_group(s, ids["team"], GroupDraft("闪电队", leader_id=new_member), on=day(40))
    assert (new_member,) not in before["members"]
    assert (new_group,) not in before["groups"]


def test_restore_does_not_touch_other_teams(db: Database, seeded) -> None:
    ids, bystander = seeded
    with db.session() as s:
        before = capture(s, ids["team"])
    change = record(db, team_rows(ids["team"]), lambda s: EDITS["move group"](s, ids))
    with db.session() as s:  # change the other team too, then undo only the first edit
        EDITS["move group"](s, bystander)
    with db.session() as s:
        other_after = capture(s, bystander["team"])
    undo.undo(db, change)
    with db.session() as s:
        assert capture(s, ids["team"]) == before
        assert capture(s, bystander["team"]) == other_after


def test_capture_holds_only_the_teams_rows(db: Database, seeded) -> None:
    ids, bystander = seeded
    with db.session() as s:
        snap = capture(s, ids["team"])
    assert set(snap) == {"teams", "members", "groups", "group_memberships"}
    assert list(snap["teams"]) == [(ids["team"],)]
    assert {r["team_id"] for r in snap["members"].values()} == {ids["team"]}
    assert {r["team_id"] for r in snap["groups"].values()} == {ids["team"]}
    assert {r["group_id"] for r in snap["group_memberships"].values()} == {ids["tigers"], ids["eagles"]}
    assert (bystander["lead"],) not in snap["members"]
    assert len(snap["members"]) == 4
    assert len(snap["group_memberships"]) == 5  # leader, rep1, rep2 twice (moved), the leaver


def test_capture_sees_unflushed_changes(db: Database, seeded) -> None:
    ids, _ = seeded
    with db.session() as s:
        member = roster.get_member(s, ids["rep1"])
        member.name = "未保存"
        snap = capture(s, ids["team"])
    assert snap["members"][(ids["rep1"],)]["name"] == "未保存"
