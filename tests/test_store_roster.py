"""coachdesk.store.roster.service services against a real database (SQLite and, when configured, PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from coachdesk.core.common.validation import (
    ALREADY_LEFT,
    DATE_ORDER,
    DUPLICATE,
    OTHER_TEAM,
    NotFoundError,
    ValidationError,
    parse_date,
)
from coachdesk.core.roster.model import GroupDraft, LeaveDraft, MemberDraft, Role, TeamDraft
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.models import Group, GroupMembership, Member, Team

D0 = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def make_team(db: Database, name: str = "城南电销二部", formed: dt.date = D0) -> int:
    with db.session() as s:
        return roster.create_team(s, TeamDraft(name, "少儿英语", formed, ""))


def make_member(db: Database, team_id: int, employee_id: str, name: str = "王伟", hired: dt.date = D0,
                role: Role = Role.REP) -> int:
    with db.session() as s:
        return roster.add_member(s, team_id, MemberDraft(employee_id, name, hired, role))


def make_group(db: Database, team_id: int, name: str, leader_id: int | None = None, on: dt.date = D0) -> int:
    with db.session() as s:
        return roster.create_group(s, team_id, GroupDraft(name, "口号", "目标", leader_id), on=on)


def assign(db: Database, member_id: int, group_id: int | None, on: dt.date) -> bool:
    with db.session() as s:
        return roster.assign_member(s, member_id, group_id, on=on)


def history(db: Database, member_id: int) -> list[tuple[str, dt.date, dt.date | None]]:
    with db.session() as s:
        return roster.membership_history(s, member_id)


def count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def team(db: Database) -> int:
    return make_team(db)


# ---------------------------------------------------------------- teams


def test_create_and_list_team(db: Database) -> None:
    team_id = make_team(db)
    with db.session() as s:
        (summary,) = roster.list_teams(s)
        assert roster.team_summary(s, team_id) == summary
    assert (summary.id, summary.name, summary.product, summary.formed_on) == (team_id, "城南电销二部", "少儿英语", D0)
    assert (summary.member_count, summary.active_count, summary.group_count) == (0, 0, 0)


def test_create_team_cleans_and_validates(db: Database) -> None:
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft("  华东续费中心\u3000", " 财税 ", D0))
    with db.session() as s:
        assert s.get(Team, team_id).name == "华东续费中心"
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.create_team(s, TeamDraft(" ", formed_on=None))
    assert info.value.fields == ["name", "formed_on"]
    assert count(db, Team) == 1


def test_duplicate_team_name(db: Database, team: int) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.create_team(s, TeamDraft(" 城南电销二部 ", formed_on=D0))
    (error,) = info.value.errors
    assert (error.field, error.code) == ("name", DUPLICATE)
    assert count(db, Team) == 1


def test_update_team(db: Database, team: int) -> None:
    other = make_team(db, "金牌大客户部")
    with db.session() as s:
        roster.update_team(s, team, TeamDraft("城南电销二部", "新产品", day(3), "备注"))  # keeping its own name is fine
    with db.session() as s:
        t = s.get(Team, team)
        assert (t.name, t.product, t.formed_on, t.notes) == ("城南电销二部", "新产品", day(3), "备注")
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.update_team(s, other, TeamDraft("城南电销二部", formed_on=D0))
    assert info.value.fields == ["name"]
    with pytest.raises(NotFoundError) as missing, db.session() as s:
        roster.update_team(s, 9999, TeamDraft("x", formed_on=D0))
    assert missing.value.field == "team"


def test_find_team(db: Database, team: int) -> None:
    with db.session() as s:
        assert roster.find_team(s, "城南电销二部").id == team
        assert roster.find_team(s, " 城南电销二部\u3000").id == team
        assert roster.find_team(s, str(team)).id == team
        assert roster.find_team(s, team).id == team
        with pytest.raises(NotFoundError) as info:
            roster.find_team(s, "nope")
        assert info.value.field == "team"
        with pytest.raises(NotFoundError) as info:
            roster.find_team(s, 4242, field="source_team")
        assert info.value.field == "source_team"
        with pytest.raises(NotFoundError):
            roster.team_summary(s, 4242)


def test_list_teams_counts_and_order(db: Database) -> None:
    b = make_team(db, "B 队")
    a = make_team(db, "A 队")
    m1 = make_member(db, b, "E1")
    make_member(db, b, "E2")
    make_member(db, b, "E3")
    make_group(db, b, "猛虎队")
    make_group(db, b, "雄鹰队")
    with db.session() as s:
        roster.record_leave(s, m1, LeaveDraft(day(10), "转行"))
    with db.session() as s:
        summaries = roster.list_teams(s)
    assert [t.name for t in summaries] == ["A 队", "B 队"]
    by_id = {t.id: t for t in summaries}
    assert (by_id[b].member_count, by_id[b].active_count, by_id[b].group_count) == (3, 2, 2)
    assert (by_id[a].member_count, by_id[a].active_count, by_id[a].group_count) == (0, 0, 0)


@pytest.mark.parametrize("load_children", [False, True], ids=["unloaded", "loaded"])
def test_delete_team_removes_everything_below_it(db: Database, team: int, load_children: bool) -> None:
    other = make_team(db, "其他团队")
    keep = make_member(db, other, "E1")
    leader = make_member(db, team, "E1")
    make_member(db, team, "E2")
    make_group(db, team, "猛虎队", leader)
    with db.session() as s:
        if load_children:  # children already in the session must not be "orphaned" with team_id NULL
            t = s.get(Team, team)
            assert len(t.members) == 2 and len(t.groups) == 1
        roster.delete_team(s, team)
    with db.session() as s:
        assert [t.id for t in roster.list_teams(s)] == [other]
        assert s.scalars(select(Member.id)).all() == [keep]
    assert (count(db, Group), count(db, GroupMembership)) == (0, 0)
    with pytest.raises(NotFoundError), db.session() as s:
        roster.delete_team(s, team)


# ---------------------------------------------------------------- members


def test_add_and_list_members(db: Database, team: int) -> None:
    m2 = make_member(db, team, "CN002", "李娜", day(1), Role.GROUP_LEADER)
    m1 = make_member(db, team, "CN001", "王伟", day(0))
    with db.session() as s:
        rows = roster.list_members(s, team)
    assert [r.id for r in rows] == [m1, m2]  # by employee id
    row = rows[1]
    assert (row.employee_id, row.name, row.role, row.hired_on, row.left_on, row.group_id, row.group_name) == (
        "CN002", "李娜", Role.GROUP_LEADER, day(1), None, None, "")
    assert row.active and row.team_id == team


def test_add_member_unknown_team(db: Database) -> None:
    with pytest.raises(NotFoundError) as info, db.session() as s:
        roster.add_member(s, 4242, MemberDraft("E1", "王伟", D0))
    assert info.value.field == "team"
    assert count(db, Member) == 0


def test_add_member_invalid_draft_writes_nothing(db: Database, team: int) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.add_member(s, team, MemberDraft("bad id", "", None))
    assert info.value.fields == ["employee_id", "name", "hired_on"]
    assert count(db, Member) == 0


def test_duplicate_employee_id_per_team(db: Database, team: int) -> None:
    other = make_team(db, "其他团队")
    make_member(db, team, "E1")
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.add_member(s, team, MemberDraft(" E1 ", "李娜", D0))
    (error,) = info.value.errors
    assert (error.field, error.code) == ("employee_id", DUPLICATE)
    assert error.params["other"] == "王伟"
    make_member(db, other, "E1", "李娜")  # the same employee id in another team is fine
    assert count(db, Member) == 2


def test_duplicate_employee_id_rejected_by_database_too(db: Database, team: int) -> None:
    make_member(db, team, "E1")
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Member(team_id=team, employee_id="E1", name="x", phone="", role="rep", hired_on=D0, leave_reason=""))


def test_update_member(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1")
    make_member(db, team, "E2")
    with db.session() as s:
        roster.update_member(s, m1, MemberDraft(" E1 ", "王伟伟", day(2), Role.GROUP_LEADER, "13800000000"))
    with db.session() as s:
        m = roster.get_member(s, m1)
        assert (m.employee_id, m.name, m.hired_on, m.role, m.phone) == (
            "E1", "王伟伟", day(2), "group_leader", "13800000000")
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.update_member(s, m1, MemberDraft("E2", "王伟", D0))
    assert info.value.fields == ["employee_id"]
    with pytest.raises(NotFoundError) as missing, db.session() as s:
        roster.update_member(s, 4242, MemberDraft("E9", "王伟", D0))
    assert missing.value.field == "member"


def test_update_member_hire_date_after_leaving(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1")
    with db.session() as s:
        roster.record_leave(s, m1, LeaveDraft(day(5)))
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.update_member(s, m1, MemberDraft("E1", "王伟", day(6)))
    (error,) = info.value.errors
    assert (error.field, error.code) == ("hired_on", DATE_ORDER)
    with db.session() as s:
        roster.update_member(s, m1, MemberDraft("E1", "王伟", day(5)))  # same day is fine


def test_find_member(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1")
    with db.session() as s:
        assert roster.find_member(s, team, " E1 ").id == m1
        with pytest.raises(NotFoundError) as info:
            roster.find_member(s, team, "E2")
        assert info.value.field == "employee_id"
        with pytest.raises(NotFoundError) as info:
            roster.find_member(s, team, "E2", "leader")
        assert info.value.field == "leader"


def test_record_leave_closes_membership_and_leadership(db: Database, team: int) -> None:
    leader = make_member(db, team, "E1")
    rep = make_member(db, team, "E2")
    group = make_group(db, team, "猛虎队", leader, on=day(1))
    assign(db, rep, group, day(1))
    with db.session() as s:
        roster.record_leave(s, leader, LeaveDraft(day(20), " 转行做运营 "))
    assert history(db, leader) == [("猛虎队", day(1), day(20))]
    with db.session() as s:
        (g,) = roster.list_groups(s, team)
        assert (g.leader_id, g.leader_name, g.member_ids) == (None, "", (rep,))
        m = roster.get_member(s, leader)
        assert (m.left_on, m.leave_reason) == (day(20), "转行做运营")
        rows = roster.list_members(s, team)
        assert [r.id for r in rows] == [rep, leader]  # leavers last
        assert rows[1].group_id is None and not rows[1].active


def test_record_leave_without_group(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1")
    with db.session() as s:
        roster.record_leave(s, m1, LeaveDraft(D0))  # leaving on the hire day is allowed
    assert history(db, m1) == []


def test_record_leave_before_hire_rejected(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1", hired=day(10))
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.record_leave(s, m1, LeaveDraft(day(9)))
    (error,) = info.value.errors
    assert (error.field, error.code) == ("left_on", DATE_ORDER)
    with db.session() as s:
        assert roster.get_member(s, m1).left_on is None


def test_record_leave_twice_rejected(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1")
    with db.session() as s:
        roster.record_leave(s, m1, LeaveDraft(day(3)))
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.record_leave(s, m1, LeaveDraft(day(4)))
    (error,) = info.value.errors
    assert (error.field, error.code) == ("left_on", ALREADY_LEFT)
    with db.session() as s:
        assert roster.get_member(s, m1).left_on == day(3)


def test_left_before_hired_rejected_by_database_check(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1", hired=day(10))
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE members SET left_on = :d WHERE id = :id"), {"d": day(9), "id": m1})
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Member(team_id=team, employee_id="E2", name="x", phone="", role="rep", hired_on=day(5),
                     left_on=day(4), leave_reason=""))
    with db.engine.begin() as conn:  # the boundary case is allowed
        conn.execute(text("UPDATE members SET left_on = :d WHERE id = :id"), {"d": day(10), "id": m1})


def test_unknown_role_rejected_by_database_check(db: Database, team: int) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Member(team_id=team, employee_id="E2", name="x", phone="", role="boss", hired_on=D0, leave_reason=""))


def test_membership_ending_before_start_rejected_by_database_check(db: Database, team: int) -> None:
    m1 = make_member(db, team, "E1")
    g = make_group(db, team, "猛虎队")
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(GroupMembership(group_id=g, member_id=m1, from_date=day(5), to_date=day(4)))


def test_delete_member_cascades(db: Database, team: int) -> None:
    leader = make_member(db, team, "E1")
    rep = make_member(db, team, "E2")
    make_group(db, team, "猛虎队", leader)
    with db.session() as s:
        roster.delete_member(s, leader)
    with db.session() as s:
        (g,) = roster.list_groups(s, team)
        assert (g.leader_id, g.member_ids) == (None, ())
        assert [m.id for m in roster.list_members(s, team)] == [rep]
    assert count(db, GroupMembership) == 0
    with pytest.raises(NotFoundError), db.session() as s:
        roster.delete_member(s, leader)


# ---------------------------------------------------------------- groups


def test_create_group_with_leader_assigns_leader(db: Database, team: int) -> None:
    leader = make_member(db, team, "E1", "李娜")
    group = make_group(db, team, "猛虎队", leader, on=day(7))
    with db.session() as s:
        (g,) = roster.list_groups(s, team)
        (row,) = roster.list_members(s, team)
    assert (g.id, g.name, g.slogan, g.goal, g.leader_id, g.leader_name, g.member_ids) == (
        group, "猛虎队", "口号", "目标", leader, "李娜", (leader,))
    assert (row.group_id, row.group_name) == (group, "猛虎队")
    assert history(db, leader) == [("猛虎队", day(7), None)]


def test_create_group_without_leader(db: Database, team: int) -> None:
    group = make_group(db, team, "猛虎队")
    with db.session() as s:
        (g,) = roster.list_groups(s, team)
    assert (g.id, g.leader_id, g.leader_name, g.member_ids) == (group, None, "", ())


def test_create_group_errors(db: Database, team: int) -> None:
    other = make_team(db, "其他团队")
    stranger = make_member(db, other, "X1")
    gone = make_member(db, team, "E1")
    with db.session() as s:
        roster.record_leave(s, gone, LeaveDraft(day(1)))
    make_group(db, team, "猛虎队")
    make_group(db, other, "雄鹰队")
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.create_group(s, team, GroupDraft("猛虎队", leader_id=stranger), on=D0)
    assert [(e.field, e.code) for e in info.value.errors] == [("name", DUPLICATE), ("leader", OTHER_TEAM)]
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.create_group(s, team, GroupDraft("雄鹰队", leader_id=gone), on=D0)  # name used only by the other team
    assert [(e.field, e.code) for e in info.value.errors] == [("leader", ALREADY_LEFT)]
    with pytest.raises(ValidationError) as info, db.session() as s:
        roster.create_group(s, team, GroupDraft(" "), on=D0)
    assert info.value.fields == ["name"]
    with pytest.raises(NotFoundError) as missing, db.session() as s:
        roster.create_group(s, 4242, GroupDraft("x"), on=D0)
    assert missing.value.field == "team"
    make_group(db, team, "雄鹰队")
    assert count(db, Group) == 3


def test_update_group_new_leader_joins(db: Database, team: int) -> None:
    first = make_member(db, team, "E1")
    second = make_member(db, team, "E2")
    group = make_group(db, team, "猛虎队", first, on=day(1))
    with db.session() as s:
        roster.update_group(s, group, GroupDraft("猛虎二队", "新口号", "新目标", second), on=day(5))
    with db.session() as s:
        (g,) = roster.list_groups(s, team)
        assert roster.find_group(s, team, " 猛虎二队 ").id == group
        with pytest.raises(NotFoundError) as info:
            roster.find_group(s, team, "猛虎队")
        assert info.value.field == "group"
    assert (g.name, g.slogan, g.goal, g.leader_id, g.member_ids) == ("猛虎二队", "新口号", "新目标", second,
                                                                      (first, second))
    assert history(db, second) == [("猛虎二队", day(5), None)]


def test_delete_group_keeps_members(db: Database, team: int) -> None:
    leader = make_member(db, team, "E1")
    group = make_group(db, team, "猛虎队", leader)
    with db.session() as s:
        roster.delete_group(s, group)
    assert (count(db, Group), count(db, GroupMembership), count(db, Member)) == (0, 0, 1)
    with pytest.raises(NotFoundError) as info, db.session() as s:
        roster.delete_group(s, group)
    assert info.value.field == "group"


def test_list_groups_member_ids_are_current_members_by_employee_id(db: Database, team: int) -> None:
    other = make_team(db, "其他团队")
    make_group(db, other, "猛虎队")
    a = make_group(db, team, "猛虎队")
    b = make_group(db, team, "雄鹰队")
    m3 = make_member(db, team, "E3")
    m1 = make_member(db, team, "E1")
    m2 = make_member(db, team, "E2")
    gone = make_member(db, team, "E0")
    for member in (m3, m1, m2, gone):
        assign(db, member, a, day(1))
    assign(db, m2, b, day(10))
    with db.session() as s:
        roster.record_leave(s, gone, LeaveDraft(day(11)))
        groups = roster.list_groups(s, team)
    assert [(g.id, g.member_ids) for g in groups] == [(a, (m1, m3)), (b, (m2,))]


# ---------------------------------------------------------------- assign_member


@pytest.fixture
def two_groups(db: Database, team: int) -> tuple[int, int, int, int]:
    """(team, member, group A, group B)."""
    return team, make_member(db, team, "E1"), make_group(db, team, "A 组"), make_group(db, team, "B 组")


def test_assign_first_group(db: Database, two_groups) -> None:
    _, m, a, _ = two_groups
    assert assign(db, m, a, day(3)) is True
    assert history(db, m) == [("A 组", day(3), None)]


def test_assign_before_hire_starts_on_hire_day(db: Database, team: int) -> None:
    m = make_member(db, team, "E9", hired=day(10))
    a = make_group(db, team, "A 组")
    assign(db, m, a, day(2))
    assert history(db, m) == [("A 组", day(10), None)]


def test_move_is_half_open(db: Database, two_groups) -> None:
    _, m, a, b = two_groups
    assign(db, m, a, day(1))
    assert assign(db, m, b, day(8)) is True
    assert history(db, m) == [("A 组", day(1), day(8)), ("B 组", day(8), None)]
    assign(db, m, a, day(20))  # moving back keeps the whole history
    assert history(db, m) == [("A 组", day(1), day(8)), ("B 组", day(8), day(20)), ("A 组", day(20), None)]


def test_same_day_move_rewrites(db: Database, two_groups) -> None:
    _, m, a, b = two_groups
    assign(db, m, a, day(1))
    assign(db, m, b, day(1))
    assert history(db, m) == [("B 组", day(1), None)]
    assign(db, m, None, day(1))  # out of every group the same day: nothing is left
    assert history(db, m) == []


def test_move_to_same_group_is_no_change(db: Database, two_groups) -> None:
    _, m, a, _ = two_groups
    assign(db, m, a, day(1))
    assert assign(db, m, a, day(5)) is False
    assert history(db, m) == [("A 组", day(1), None)]


def test_out_of_groups(db: Database, two_groups) -> None:
    _, m, a, b = two_groups
    assert assign(db, m, None, day(1)) is False  # was in no group
    assign(db, m, a, day(1))
    assert assign(db, m, None, day(4)) is True
    assert history(db, m) == [("A 组", day(1), day(4))]
    assert assign(db, m, None, day(6)) is False
    assign(db, m, b, day(4))  # back in a group the day the old period ended
    assert history(db, m) == [("A 组", day(1), day(4)), ("B 组", day(4), None)]


def test_assign_cannot_overlap_a_closed_period(db: Database, two_groups) -> None:
    _, m, a, b = two_groups
    assign(db, m, a, day(1))
    assign(db, m, None, day(10))
    with pytest.raises(ValidationError) as info:
        assign(db, m, b, day(9))
    (error,) = info.value.errors
    assert (error.field, error.code) == ("date", DATE_ORDER)
    assert history(db, m) == [("A 组", day(1), day(10))]


def test_assign_before_current_start_rejected(db: Database, two_groups) -> None:
    _, m, a, b = two_groups
    assign(db, m, a, day(5))
    with pytest.raises(ValidationError) as info:
        assign(db, m, b, day(4))
    assert [(e.field, e.code) for e in info.value.errors] == [("date", DATE_ORDER)]
    assert history(db, m) == [("A 组", day(5), None)]


def test_assign_member_who_left(db: Database, two_groups) -> None:
    _, m, a, _ = two_groups
    with db.session() as s:
        roster.record_leave(s, m, LeaveDraft(day(2)))
    with pytest.raises(ValidationError) as info:
        assign(db, m, a, day(3))
    assert [(e.field, e.code) for e in info.value.errors] == [("member", ALREADY_LEFT)]
    assert history(db, m) == []


def test_assign_group_of_another_team(db: Database, two_groups) -> None:
    _, m, _, _ = two_groups
    other = make_team(db, "其他团队")
    foreign = make_group(db, other, "A 组")
    with pytest.raises(ValidationError) as info:
        assign(db, m, foreign, day(3))
    assert [(e.field, e.code) for e in info.value.errors] == [("group", OTHER_TEAM)]
    with pytest.raises(NotFoundError) as missing:
        assign(db, m, 4242, day(3))
    assert missing.value.field == "group"
    with pytest.raises(NotFoundError) as missing:
        assign(db, 4242, foreign, day(3))
    assert missing.value.field == "member"
    assert history(db, m) == []


def test_leader_moving_out_stops_leading(db: Database, team: int) -> None:
    leader = make_member(db, team, "E1")
    a = make_group(db, team, "A 组", leader, on=day(1))
    b = make_group(db, team, "B 组")
    assign(db, leader, b, day(5))
    with db.session() as s:
        groups = {g.id: g for g in roster.list_groups(s, team)}
    assert groups[a].leader_id is None and groups[a].member_ids == ()
    assert groups[b].member_ids == (leader,)


_moves = st.lists(st.tuples(st.integers(0, 3), st.sampled_from([None, 0, 1, 2])), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=_moves)
def test_any_sequence_of_moves_keeps_periods_disjoint(db: Database, moves: list[tuple[int, int | None]]) -> None:
    with db.session() as s:  # one fresh team per example
        team_id = roster.create_team(s, TeamDraft(f"T{s.scalar(select(func.count(Team.id)))}", formed_on=D0))
        member = roster.add_member(s, team_id, MemberDraft("E1", "王伟", D0))
        groups = [roster.create_group(s, team_id, GroupDraft(name), on=D0) for name in ("A", "B", "C")]
    current: int | None = None
    today = D0
    for step, target in moves:
        today += dt.timedelta(days=step)
        group = None if target is None else groups[target]
        changed = assign(db, member, group, today)
        assert changed == (group != current)
        current = group
    periods = history(db, member)
    assert all(end is None or start <= end for _, start, end in periods)
    assert all(prev[2] is not None and prev[2] <= nxt[1] for prev, nxt in itertools.pairwise(periods))
    assert [end for _, _, end in periods].count(None) == (0 if current is None else 1)
    with db.session() as s:
        (row,) = roster.list_members(s, team_id)
    assert row.group_id == current


# ---------------------------------------------------------------- date rules added after review


def test_leaving_before_current_group_start_is_refused(db) -> None:
    with db.session() as s:
        team = roster.create_team(s, TeamDraft("日期队", "", dt.date(2024, 1, 1)))
        a = roster.add_member(s, team, MemberDraft("A1", "甲", dt.date(2024, 1, 1)))
        g = roster.create_group(s, team, GroupDraft("一组"), on=dt.date(2024, 3, 1))
        roster.assign_member(s, a, g, on=dt.date(2024, 3, 1))
    with pytest.raises(ValidationError) as err, db.session() as s:
        roster.record_leave(s, a, LeaveDraft(dt.date(2024, 2, 1)))
    assert err.value.errors[0].field == "left_on" and err.value.errors[0].params["limit_field"] == "from_date"
    with db.session() as s:
        assert roster.get_member(s, a).left_on is None


def test_hire_date_cannot_move_after_first_group_day(db) -> None:
    with db.session() as s:
        team = roster.create_team(s, TeamDraft("入职队", "", dt.date(2024, 1, 1)))
        a = roster.add_member(s, team, MemberDraft("A1", "甲", dt.date(2024, 1, 1)))
        g = roster.create_group(s, team, GroupDraft("一组"), on=dt.date(2024, 1, 5))
        roster.assign_member(s, a, g, on=dt.date(2024, 1, 5))
    with pytest.raises(ValidationError) as err, db.session() as s:
        roster.update_member(s, a, MemberDraft("A1", "甲", dt.date(2024, 1, 10)))
    assert err.value.fields == ["hired_on"]


def test_going_back_the_same_day_reopens_the_old_period(db) -> None:
    day = dt.date(2024, 4, 1)
    with db.session() as s:
        team = roster.create_team(s, TeamDraft("回组队", "", dt.date(2024, 1, 1)))
        a = roster.add_member(s, team, MemberDraft("A1", "甲", dt.date(2024, 1, 1)))
        g1 = roster.create_group(s, team, GroupDraft("一组"), on=dt.date(2024, 1, 1))
        g2 = roster.create_group(s, team, GroupDraft("二组"), on=dt.date(2024, 1, 1))
        roster.assign_member(s, a, g1, on=dt.date(2024, 1, 1))
        roster.assign_member(s, a, g2, on=day)
        roster.assign_member(s, a, g1, on=day)
        assert roster.membership_history(s, a) == [("一组", dt.date(2024, 1, 1), None)]


@pytest.mark.parametrize("text", ["20240105", "2024-W01-1", "2024/01/05", "2024-1-5"])
def test_parse_date_accepts_only_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date("hired_on", text)
    assert err.value.errors[0].code == "bad_date"


def test_members_and_teams_with_activity_cannot_be_deleted(db) -> None:
    from coachdesk.store.activity.imports import save_day_entries

    with db.session() as s:
        team = roster.create_team(s, TeamDraft("活动队", "", dt.date(2024, 1, 1)))
        worker = roster.add_member(s, team, MemberDraft("A1", "甲", dt.date(2024, 1, 1)))
        roster.add_member(s, team, MemberDraft("A2", "乙", dt.date(2024, 1, 1)))
    assert save_day_entries(db, team, dt.date(2024, 2, 1), [(worker, (10, 5, 300, 1, 10000, None))],
                            today=dt.date(2024, 2, 1)).written
    with pytest.raises(ValidationError) as err, db.session() as s:
        roster.delete_member(s, worker)
    assert err.value.errors[0].code == "has_activity" and err.value.errors[0].params["days"] == 1
    with pytest.raises(ValidationError) as err, db.session() as s:
        roster.delete_team(s, team)
    assert err.value.fields == ["team"]
    with db.session() as s:
        assert len(roster.list_members(s, team)) == 2
