"""Balancing a stored team: the figures gathered, the proposal beside the current groups, apply and undo, and
`coachdesk group balance` on every demo team (SQLite and, when configured, PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.core.competitions.strength import Estimate, Metric, StrengthSpec
from coachdesk.core.roster.model import GroupDraft, MemberDraft, Role, TeamDraft
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.competitions.balance import apply_split, propose, rep_figures
from coachdesk.store.roster import service as roster
from coachdesk.store.undo import undo
from tests.conftest import DEMO_DAY, dump_tables
from tests.test_cli import Cli

AS_OF = dt.date(2026, 3, 2)


def _team(db, reps: int = 12) -> int:
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft("测试组", "宽带", dt.date(2025, 1, 1)))
        for i in range(reps):
            hired = dt.date(2025, 6, 1) if i < reps - 2 else AS_OF - dt.timedelta(days=10)
            role = Role.GROUP_LEADER if i in (0, 4, 8) else Role.REP
            roster.add_member(s, team_id, MemberDraft(f"E{i + 1:02d}", f"业务员{i + 1}", hired, role=role))
        roster.add_member(s, team_id, MemberDraft("T01", "培训师", dt.date(2025, 6, 1), role=Role.TRAINER))
    return team_id


def _activity(db, team_id: int) -> None:
    """A month of weekdays; reps 11 and 12 joined ten days ago and have worked since."""
    with db.session() as s:
        members = {m.employee_id: m.id for m in roster.list_members(s, team_id)}
        day = AS_OF - dt.timedelta(days=30)
        while day < AS_OF:
            if day.weekday() < 5:
                for i in range(12):
                    if i >= 10 and day < AS_OF - dt.timedelta(days=10):
                        continue
                    deals = (i * 3) % 5
                    s.add(ActivityDay(member_id=members[f"E{i + 1:02d}"], day=day, team_id=team_id, calls=100,
                                      connected=30, talk_seconds=1800, deals=deals, revenue_cents=deals * 50000))
            day += dt.timedelta(days=1)


def test_figures_cover_active_sellers_in_the_window(db) -> None:
    team_id = _team(db)
    _activity(db, team_id)
    with db.session() as s:
        figures = {f.label.split(" ")[0]: f for f in rep_figures(s, team_id, AS_OF, 30)}
    assert "培训师" not in figures  # trainers do not sell
    assert len(figures) == 12
    assert figures["业务员1"].days_worked == 20 and figures["业务员1"].leader_capable
    assert not figures["业务员2"].leader_capable
    assert figures["业务员11"].days_worked < 10


def test_proposal_keeps_every_rule_and_apply_is_one_undoable_edit(db) -> None:
    team_id = _team(db)
    _activity(db, team_id)
    with db.session() as s:
        proposal = propose(s, team_id, 3, StrengthSpec.of(Metric.DEALS), AS_OF, keep_apart=[("E01", "E05")])
    result = proposal.result
    assert [len(g.members) for g in result.groups] == [4, 4, 4]
    leaders = {proposal.reps[g.leader].member.employee_id for g in result.groups}
    assert leaders == {"E01", "E05", "E09"}
    news = [sum(proposal.reps[m].strength.new_hire for m in g.members) for g in result.groups]
    assert sorted(news) == [0, 1, 1]
    assert {proposal.reps[m].strength.estimate for m in proposal.reps} >= {Estimate.PRO_RATED}
    assert result.proven_optimal
    before = dump_tables(db)
    plan = [(g.members, g.leader) for g in result.groups]
    with db.session() as s:
        applied, change = apply_split(s, team_id, plan, on=AS_OF)
    assert len(applied.created) == 3 and applied.moved == 12
    with db.session() as s:
        groups = roster.list_groups(s, team_id)
        assert sorted(len(g.member_ids) for g in groups) == [4, 4, 4]
        assert {g.leader_id for g in groups} == {g.leader for g in result.groups}
        again = propose(s, team_id, 3, StrengthSpec.of(Metric.DEALS), AS_OF)
    assert again.current_spread == result.spread
    undo(db, change)
    assert dump_tables(db) == before


def test_applying_reuses_the_groups_that_share_most_members(db) -> None:
    team_id = _team(db)
    _activity(db, team_id)
    with db.session() as s:
        proposal = propose(s, team_id, 2, StrengthSpec.of(Metric.DEALS), AS_OF)
        first = proposal.result.groups[0].members
        keep = roster.create_group(s, team_id, GroupDraft("猛虎队"), on=AS_OF - dt.timedelta(days=5))
        for m in first[:3]:
            roster.assign_member(s, m, keep, on=AS_OF - dt.timedelta(days=5))
    with db.session() as s:
        applied, _ = apply_split(s, team_id, [(g.members, g.leader) for g in proposal.result.groups], on=AS_OF)
    assert applied.group_ids[0] == keep and applied.created == ("Group 1",)


def test_unknown_pair_members_are_named(db) -> None:
    team_id = _team(db)
    with db.session() as s, pytest.raises(Exception) as caught:
        propose(s, team_id, 3, StrengthSpec.of(Metric.DEALS), AS_OF, keep_together=[("E01", "X99")])
    assert "'X99' is not the employee id of an active rep" in str(caught.value)


@pytest.mark.parametrize("by", ["deals", "revenue", "conversion", "deals=2,revenue=1"])
def test_cli_balances_every_demo_team(demo_db, capsys, by: str) -> None:
    cli = Cli(demo_db.url, capsys)
    teams = cli.json("team", "list")
    assert len(teams) == 4
    for team in teams:
        groups = max(2, min(5, team["members"] // 5))
        payload = cli.json("groups", "balance", "--team", str(team["id"]), "--groups", str(groups), "--by", by,
                           "--as-of", DEMO_DAY.isoformat())
        sizes = [len(g["members"]) for g in payload["groups"]]
        assert len(sizes) == groups and max(sizes) - min(sizes) <= 1
        news = [g["new_hires"] for g in payload["groups"]]
        assert max(news) - min(news) <= 1
        assert all(g["leader"] in g["members"] for g in payload["groups"])
        strengths = [g["strength"] for g in payload["groups"]]
        assert payload["spread"] == pytest.approx(max(strengths) - min(strengths))
        assert payload["applied"] is None


def test_cli_apply_and_bad_input(demo_db, capsys) -> None:
    cli = Cli(demo_db.url, capsys)
    team = "华东续费中心"
    assert cli("group", "balance", "--team", team, "--groups", "4", "--as-of", DEMO_DAY.isoformat(), "--apply") == 0, \
        cli.err
    assert "Applied from 2025-06-30" in cli.out and "Spread" in cli.out
    sizes = sorted(len(g["members"]) for g in cli.json("group", "list", "--team", team) if g["members"])
    assert len(sizes) == 4 and sizes[-1] - sizes[0] <= 1
    assert cli("group", "balance", "--team", team, "--groups", "4", "--by", "calls") == 2
    assert "'calls' is not a figure" in cli.err
    assert cli("group", "balance", "--team", team, "--groups", "99") == 2
    assert "99 groups need at least 99 active reps" in cli.err
    assert cli("group", "balance", "--team", team, "--groups", "3", "--together", "A1") == 2
    assert "give two employee ids" in cli.err
