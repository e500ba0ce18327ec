"""The demo dataset: deterministic, realistic (one team per stage) and loadable into both backends."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from sqlalchemy import func, select

from coachdesk.core.activity.columns import Column, ColumnMapping
from coachdesk.core.activity.figures import Field
from coachdesk.core.activity.metrics import volatility
from coachdesk.core.activity.rows import RowChecker
from coachdesk.core.common.progress import Cancelled, CancelToken
from coachdesk.core.demo.activity import (
    HISTORY_DAYS,
    HOLIDAYS,
    TRAINING_DAYS,
    DayRow,
    activity_window,
    build_activity,
    build_team_activity,
    is_day_off,
    price_range_cents,
)
from coachdesk.core.demo.teams import PROFILES, DemoMember, DemoTeam, build_demo
from coachdesk.core.roster.model import Role
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.database import Database
from coachdesk.store.demo.loader import load_demo
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.models import GroupMembership, Member, Team

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
    assert seen[0][:2] == (0, 8) and seen[-1] == (8, 8, "")  # two steps per team: roster, then activity
    assert [done for done, _total, _msg in seen] == list(range(9))
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


def test_load_demo_writes_the_activity(db: Database) -> None:
    result = load_demo(db, seed=2024, as_of=DAY)
    demo = build_demo(2024, DAY)
    expected = build_activity(demo, 2024, DAY)
    assert result.activity_rows == sum(len(rows) for rows in expected.values()) > 15_000
    with db.session() as s:
        for team in demo:
            team_id = s.scalar(select(Team.id).where(Team.name == team.name))
            stored = sorted(
                (eid, day if isinstance(day, dt.date) else dt.date.fromisoformat(day), *figures)
                for eid, day, *figures in s.execute(
                    select(Member.employee_id, ActivityDay.day, ActivityDay.calls, ActivityDay.connected,
                           ActivityDay.talk_seconds, ActivityDay.deals, ActivityDay.revenue_cents, ActivityDay.intent)
                    .join(Member, Member.id == ActivityDay.member_id).where(ActivityDay.team_id == team_id)))
            assert stored == sorted(expected[team.name]), team.name
        assert s.scalar(select(func.count()).select_from(ActivityDay).where(ActivityDay.import_id.is_not(None))) == 0


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
        assert s.scalar(select(func.count()).select_from(ActivityDay)) == result.activity_rows
    assert {n: (t.member_count, t.active_count, t.group_count) for n, t in second.items()} == {
        n: (t.member_count, t.active_count, t.group_count) for n, t in first.items()}


def test_load_demo_keeps_other_teams(db: Database) -> None:
    from coachdesk.core.roster.model import TeamDraft

    with db.session() as s:
        mine = roster.create_team(s, TeamDraft("我的团队", formed_on=DAY))
    load_demo(db, seed=2024, as_of=DAY)
    with db.session() as s:
        assert mine in {t.id for t in roster.list_teams(s)}
        assert len(roster.list_teams(s)) == 5


@pytest.mark.parametrize("cancel_at", [2, 3, 7])  # before a roster, before an activity insert, the last one
def test_load_demo_cancel_writes_nothing(db: Database, cancel_at: int) -> None:
    token = CancelToken()

    def progress(done: int, total: int, message: str = "") -> None:
        if done == cancel_at:
            token.cancel()

    with pytest.raises(Cancelled):
        load_demo(db, seed=2024, as_of=DAY, progress=progress, cancel=token)
    with db.session() as s:
        assert roster.list_teams(s) == []
        assert s.scalar(select(func.count()).select_from(ActivityDay)) == 0


# ---------------------------------------------------------------- activity


def activity(seed: int, as_of: dt.date) -> tuple[dict[str, DemoTeam], dict[str, list[DayRow]]]:
    teams = build_demo(seed, as_of)
    rows = build_activity(teams, seed, as_of)
    return by_stage(teams), {t.stage: rows[t.name] for t in teams}


def daily(rows: list[DayRow], index: int) -> dict[dt.date, int]:
    """Team total per day of figure ``index`` (2 calls, 3 connected, 5 deals, 6 revenue)."""
    totals: dict[dt.date, int] = {}
    for row in rows:
        totals[row[1]] = totals.get(row[1], 0) + row[index]  # type: ignore[operator]
    return totals


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def test_activity_is_deterministic() -> None:
    teams = build_demo(2024, DAY)
    first = build_activity(teams, 2024, DAY)
    assert first == build_activity(build_demo(2024, DAY), 2024, DAY)
    assert first != build_activity(build_demo(2025, DAY), 2025, DAY)
    assert first != build_activity(build_demo(2024, DAY + dt.timedelta(days=1)), 2024, DAY + dt.timedelta(days=1))
    assert all(type(row) is tuple and len(row) == 8 for rows in first.values() for row in rows)  # compact rows


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_activity_obeys_the_import_rules(seed: int, as_of: dt.date) -> None:
    teams = build_demo(seed, as_of)
    for team in teams:
        low, high = price_range_cents(team.product)
        rows = build_team_activity(team, seed, as_of)
        assert rows, team.name
        assert len({(row[0], row[1]) for row in rows}) == len(rows)  # one row per rep and day
        for eid, day, calls, connected, talk, deals, revenue, intent in rows:
            assert calls > 0 and 0 <= connected <= calls and 0 <= deals <= connected, (eid, day)
            assert talk >= 0 and intent >= 0
            assert deals * low <= revenue <= deals * high, (eid, day, deals, revenue)
            assert revenue % 100 == 0  # whole-yuan package prices
            assert connected == 0 or talk > 0
        # ... and the importer's own row checker accepts every row as text cells, figure for figure
        mapping = ColumnMapping({f: Column(i, f.value) for i, f in enumerate(
            (Field.DATE, Field.EMPLOYEE_ID, Field.CALLS, Field.CONNECTED, Field.TALK_TIME, Field.DEALS,
             Field.REVENUE, Field.INTENT))})
        ids = {m.employee_id: n for n, m in enumerate(team.members)}
        checker = RowChecker(mapping, as_of, lambda eid, _name, ids=ids: ids.get(eid))
        for number, (eid, day, calls, connected, talk, deals, revenue, intent) in enumerate(rows, start=2):
            cells = [day.isoformat(), eid, str(calls), str(connected), str(talk), str(deals),
                     f"{revenue // 100}.{revenue % 100:02d}", str(intent)]
            assert checker.check(number, cells) == (ids[eid], eid, "", day, calls, connected, talk, deals, revenue,
                                                    intent)
        assert checker.problems == []


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_activity_only_on_working_days_of_employed_reps(seed: int, as_of: dt.date) -> None:
    teams = build_demo(seed, as_of)
    for team in teams:
        members = {m.employee_id: m for m in team.members}
        window = activity_window(team, as_of)
        assert window is not None
        first, last = window
        rows = build_team_activity(team, seed, as_of)
        for eid, day, *_ in rows:
            member = members[eid]
            assert member.role.sells, eid  # trainers and managers coach, they do not call
            assert member.hired_on + dt.timedelta(days=TRAINING_DAYS) <= day, (eid, day)
            assert member.left_on is None or day < member.left_on, (eid, day, member.left_on)
            assert first <= day <= last < as_of
            assert day.weekday() != 6 and day not in HOLIDAYS and not is_day_off(day), day
        days = daily(rows, 2)
        saturdays = [total for day, total in days.items() if day.weekday() == 5]
        weekdays = [total for day, total in days.items() if day.weekday() < 5]
        if len(saturdays) >= 8:
            assert mean(saturdays) < 0.5 * mean(weekdays), team.name  # Saturdays are light


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_history_is_at_most_two_years_and_at_least_six_months_for_older_teams(seed: int, as_of: dt.date) -> None:
    teams, rows = activity(seed, as_of)
    for stage, team in teams.items():
        days = sorted(daily(rows[stage], 2))
        span = (as_of - days[0]).days
        assert days[0] >= team.formed_on
        assert span <= HISTORY_DAYS
        if (as_of - team.formed_on).days >= 183:
            assert span >= 180, stage
    performing = sorted(daily(rows["performing"], 2))
    assert (as_of - performing[0]).days >= 700  # the three-year-old team shows (nearly) the full two years


def longest_run(days: set[dt.date], months: tuple[int, ...]) -> int:
    best = run = 0
    for day in sorted(d for d in days if d.month in months):
        run = run + 1 if day - dt.timedelta(days=1) in days else 1
        best = max(best, run)
    return best


def test_holiday_table_covers_the_years() -> None:
    for year in range(2023, 2028):
        days = {d for d in HOLIDAYS if d.year == year}
        assert dt.date(year, 1, 1) in days, year  # New Year
        assert longest_run(days, (1, 2)) >= 7, year  # Spring Festival week
        assert any(dt.date(year, 4, 3) <= d <= dt.date(year, 4, 6) for d in days), year  # Qingming
        assert {dt.date(year, 5, d) for d in range(1, 4)} <= days, year  # Labour Day
        assert any(dt.date(year, 5, 28) <= d <= dt.date(year, 6, 25) for d in days), year  # Dragon Boat
        assert {dt.date(year, 10, d) for d in range(1, 7)} <= days, year  # National Day week (with Mid-Autumn)
        assert 20 <= len(days) <= 35, (year, len(days))


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_stage_shapes(seed: int, as_of: dt.date) -> None:
    _teams, rows = activity(seed, as_of)
    end = as_of - dt.timedelta(days=1)

    # storming: calls per working day fell clearly in the last two weeks against the four weeks before
    calls = daily(rows["storming"], 2)
    last_two = [c for day, c in calls.items() if (end - day).days < 14 and day.weekday() < 5]
    four_before = [c for day, c in calls.items() if 14 <= (end - day).days < 42 and day.weekday() < 5]
    assert mean(last_two) < 0.85 * mean(four_before), (mean(last_two), mean(four_before))

    # storming results swing: daily deals vary far more than in the norming team (same weekdays, last 60 days)
    def deals_cv(stage: str) -> float:
        deals = daily(rows[stage], 5)
        values = [deals.get(day, 0) for day in sorted(deals) if (end - day).days < 60 and day.weekday() < 5]
        cv = volatility(values)
        assert cv is not None
        return cv

    assert deals_cv("storming") > 1.5 * deals_cv("norming")
    assert deals_cv("performing") < 0.5

    # storming: a few reps far below the median
    per_rep: dict[str, list[int]] = {}
    for eid, _day, c, *_ in rows["storming"]:
        per_rep.setdefault(eid, []).append(c)
    averages = sorted(mean(v) for v in per_rep.values() if len(v) >= 15)
    median = averages[len(averages) // 2]
    assert 2 <= sum(a < 0.6 * median for a in averages) <= 8

    def totals(stage: str) -> tuple[float, float, float]:
        r = rows[stage]
        c, conn, d = (sum(row[i] for row in r) for i in (2, 3, 5))
        return c / len(r), conn / c, d / conn  # calls per rep-day, connect rate, conversion

    # performing: high volume and the best conversion; norming moderate and steady
    performing, norming = totals("performing"), totals("norming")
    assert performing[0] > 1.2 * norming[0] and performing[2] > norming[2] > totals("forming")[2]
    weekday_calls = [c for day, c in daily(rows["performing"], 2).items() if day.weekday() < 5]
    assert volatility(weekday_calls) < 0.15  # type: ignore[operator]
    norming_calls = [c for day, c in daily(rows["norming"], 2).items() if day.weekday() < 5 and (end - day).days < 180]
    assert volatility(norming_calls) < 0.2  # type: ignore[operator]

    # forming: ramping up from low calls and low conversion (unless a holiday week ate one of its two weeks)
    forming = rows["forming"]
    assert totals("forming")[0] < 0.5 * norming[0]
    week1 = [r for r in forming if (end - r[1]).days >= 7]
    week2 = [r for r in forming if (end - r[1]).days < 7]
    if len({r[1] for r in week1}) >= 3 and len({r[1] for r in week2}) >= 3:
        assert mean([r[2] for r in week2]) > 1.1 * mean([r[2] for r in week1])
        conversion = [sum(r[5] for r in week) / sum(r[3] for r in week) for week in (week1, week2)]
        assert conversion[1] > conversion[0]
