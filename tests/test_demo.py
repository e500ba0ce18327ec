"""The demo dataset: deterministic, realistic (one team per stage) and loadable into both backends."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from sqlalchemy import func, select

from coachdesk.core.demo import PROFILES, DemoMember, DemoTeam, build_demo
from coachdesk.core.progress import Cancelled, CancelToken
from coachdesk.core.roster import Role
from coachdesk.store import roster
from coachdesk.store.database import Database
from coachdesk.store.demo_loader import load_demo
from coachdesk.store.models import GroupMembership, Member, Team

DAY = dt.date(2025, 6, 30)
STAGES = ["forming", "storming", "norming", "performing"]
HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# A few seeds and days (including a leap day and a year end) so the checks are not tuned to one draw.
CASES = [(2024, DAY), (1, dt.date(2024, 2, 29)), (7, dt.date(2026, 12, 31)), (99, dt.date(2023, 1, 15))]


def current_group(member: DemoMember) -> str | None:
    if member.left_on is None and member.groups and member.groups[-1][2] is None:
        return member.groups[-1][0]
    return None


def by_stage(teams: list[DemoTeam]) -> dict[str, DemoTeam]:
    return {t.stage: t for t in teams}


def test_deterministic_for_seed_and_day() -> None:
    assert build_demo(2024, DAY) == build_demo(2024, DAY)
    assert build_demo(2024, DAY) != build_demo(2025, DAY)
    assert build_demo(2024, DAY) != build_demo(2024, DAY + dt.timedelta(days=1))


def test_default_day_is_today() -> None:
    before = dt.date.today()
    built = build_demo(3)
    assert built in (build_demo(3, before), build_demo(3, dt.date.today()))  # safe across midnight


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_one_team_per_stage(seed: int, as_of: dt.date) -> None:
    teams = build_demo(seed, as_of)
    assert [t.stage for t in teams] == STAGES
    assert len({t.name for t in teams}) == 4
    assert all(t.formed_on <= as_of for t in teams)


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_teams_look_real(seed: int, as_of: dt.date) -> None:
    for team in build_demo(seed, as_of):
        reps = [m for m in team.members if m.role.sells]
        assert 8 <= len(reps) <= 40, team.name
        assert {m.role for m in team.members} >= {Role.MANAGER, Role.TRAINER, Role.REP, Role.GROUP_LEADER}
        assert all(HAN.match(m.name) for m in team.members), [m.name for m in team.members]
        assert len({m.name for m in team.members}) == len(team.members)
        assert len({m.employee_id for m in team.members}) == len(team.members)
        assert all(re.fullmatch(r"1[3578]\d{9}", m.phone) for m in team.members)
        assert all(m.hired_on <= as_of for m in team.members)
        assert all(bool(m.left_on) == bool(m.leave_reason) for m in team.members)


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_groups_have_current_members_and_a_leader_inside(seed: int, as_of: dt.date) -> None:
    for team in build_demo(seed, as_of):
        assert team.groups, team.name
        members = {m.employee_id: m for m in team.members}
        for group in team.groups:
            current = [m for m in team.members if current_group(m) == group.name]
            assert 3 <= len(current) <= 6, (team.name, group.name, len(current))
            assert group.leader_employee_id in {m.employee_id for m in current}
            assert members[group.leader_employee_id].role is Role.GROUP_LEADER
            assert group.slogan and group.goal
        leaders = [m for m in team.members if m.role is Role.GROUP_LEADER]
        assert len(leaders) == len(team.groups)  # one leader per group, nobody leads two
        active_reps = [m for m in team.members if m.role.sells and m.left_on is None]
        assert all(current_group(m) is not None for m in active_reps)  # every active rep is in a group
        assert all(not m.groups for m in team.members if not m.role.sells)  # coaches stay outside groups


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_forming_team_is_new_without_leavers(seed: int, as_of: dt.date) -> None:
    forming = by_stage(build_demo(seed, as_of))["forming"]
    assert 0 <= (as_of - forming.formed_on).days <= 14
    assert all(m.left_on is None for m in forming.members)
    assert all(m.hired_on >= forming.formed_on for m in forming.members if m.role.sells)


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_storming_team_is_three_months_old_with_leavers(seed: int, as_of: dt.date) -> None:
    storming = by_stage(build_demo(seed, as_of))["storming"]
    assert 80 <= (as_of - storming.formed_on).days <= 100
    leavers = [m for m in storming.members if m.left_on is not None]
    assert leavers
    assert all(storming.formed_on <= m.left_on <= as_of for m in leavers)
    assert any(len(m.groups) > 1 for m in storming.members)  # the regroup shows up as real moves


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_mature_teams_are_older(seed: int, as_of: dt.date) -> None:
    teams = by_stage(build_demo(seed, as_of))
    ages = [(as_of - teams[stage].formed_on).days for stage in STAGES]
    assert ages == sorted(ages) and ages[-1] > 365


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_membership_periods_are_disjoint_and_inside_employment(seed: int, as_of: dt.date) -> None:
    for team in build_demo(seed, as_of):
        for m in team.members:
            for _, start, end in m.groups:
                assert m.hired_on <= start <= as_of
                if end is not None:
                    assert start <= end
                if m.left_on is not None:
                    assert end is not None and end <= m.left_on
            for (_, _, end), (_, start, _) in itertools.pairwise(m.groups):
                assert end is not None and end <= start, (m.employee_id, m.groups)
            assert [end for _, _, end in m.groups].count(None) <= 1


def test_profiles_match_stages() -> None:
    assert [p.stage for p in PROFILES] == STAGES


# ---------------------------------------------------------------- loading


def test_load_demo(db: Database) -> None:
    seen: list[tuple[int, int, str]] = []
    result = load_demo(db, seed=2024, as_of=DAY, progress=lambda done, total, msg="": seen.append((done, total, msg)))
    demo = build_demo(2024, DAY)
    assert result.teams == [t.name for t in demo]
    assert result.members == sum(len(t.members) for t in demo)
    assert result.replaced == []
    assert seen[0][:2] == (0, 4) and seen[-1] == (4, 4, "")
    with db.session() as s:
        summaries = {t.name: t for t in roster.list_teams(s)}
        assert len(summaries) == 4
        for team in demo:
            summary = summaries[team.name]
            assert summary.member_count == len(team.members)
            assert summary.active_count == sum(m.left_on is None for m in team.members)
            assert summary.group_count == len(team.groups)
            assert summary.formed_on == team.formed_on
            groups = {g.name: g for g in roster.list_groups(s, summary.id)}
            members = {m.id: m for m in roster.list_members(s, summary.id)}
            for group in team.groups:
                row = groups[group.name]
                assert members[row.leader_id].employee_id == group.leader_employee_id
                assert sorted(members[i].employee_id for i in row.member_ids) == sorted(
                    m.employee_id for m in team.members if current_group(m) == group.name)
        assert s.scalar(select(func.count(GroupMembership.id))) == sum(
            len(m.groups) for t in demo for m in t.members)


def test_load_demo_twice_replaces(db: Database) -> None:
    load_demo(db, seed=2024, as_of=DAY)
    with db.session() as s:
        first = {t.name: t for t in roster.list_teams(s)}
        memberships = s.scalar(select(func.count(GroupMembership.id)))
    result = load_demo(db, seed=2024, as_of=DAY)
    assert sorted(result.replaced) == sorted(first)
    with db.session() as s:
        second = {t.name: t for t in roster.list_teams(s)}
        assert s.scalar(select(func.count(Team.id))) == 4
        assert s.scalar(select(func.count(Member.id))) == sum(t.member_count for t in first.values())
        assert s.scalar(select(func.count(GroupMembership.id))) == memberships
    assert {n: (t.member_count, t.active_count, t.group_count) for n, t in second.items()} == {
        n: (t.member_count, t.active_count, t.group_count) for n, t in first.items()}


def test_load_demo_keeps_other_teams(db: Database) -> None:
    from coachdesk.core.roster import TeamDraft

    with db.session() as s:
        mine = roster.create_team(s, TeamDraft("我的团队", formed_on=DAY))
    load_demo(db, seed=2024, as_of=DAY)
    with db.session() as s:
        assert mine in {t.id for t in roster.list_teams(s)}
        assert len(roster.list_teams(s)) == 5


def test_load_demo_cancel_writes_nothing(db: Database) -> None:
    token = CancelToken()

    def progress(done: int, total: int, message: str = "") -> None:
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        load_demo(db, seed=2024, as_of=DAY, progress=progress, cancel=token)
    with db.session() as s:
        assert roster.list_teams(s) == []
