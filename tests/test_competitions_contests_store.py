"""Stored contests: locked rules and audited amendments, live deals counted once, the period close freezing the
final standings, morning points, the routine (recaps, promises, support notes, opt-outs), undo, participation, and
`coachdesk contest …` (SQLite and, when configured, PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.competitions.contests import ContestStatus, MorningEntry, MorningRound, PromiseKind
from coachdesk.core.competitions.rules import (
    ContestDraft,
    ContestKind,
    ContestRules,
    Participants,
    ScoreMetric,
    Weight,
)
from coachdesk.core.roster.model import GroupDraft, MemberDraft, Role, TeamDraft
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.competitions import contests, edits, pages, routine
from coachdesk.store.roster import service as roster
from coachdesk.store.undo import undo
from tests.test_cli import Cli

START = dt.date(2026, 3, 2)  # a Monday
END = dt.date(2026, 3, 13)
DURING = dt.date(2026, 3, 6)


def _team(db) -> tuple[int, dict[str, int], dict[str, int]]:
    """Two groups: 猛虎队 E1–E3, 雄鹰队 E4–E5 (E5 a new hire), and a trainer."""
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft("比赛组", "宽带", dt.date(2025, 1, 1)))
        for i in range(1, 6):
            hired = dt.date(2025, 6, 1) if i < 5 else START - dt.timedelta(days=10)
            roster.add_member(s, team_id, MemberDraft(f"E{i}", f"业务员{i}", hired,
                                                      role=Role.GROUP_LEADER if i in (1, 4) else Role.REP))
        roster.add_member(s, team_id, MemberDraft("T1", "培训师", dt.date(2025, 6, 1), role=Role.TRAINER))
        members = {m.employee_id: m.id for m in roster.list_members(s, team_id)}
        groups = {}
        for name, employees in (("猛虎队", ("E1", "E2", "E3")), ("雄鹰队", ("E4", "E5"))):
            groups[name] = roster.create_group(s, team_id, GroupDraft(name), on=dt.date(2026, 1, 1))
            for e in employees:
                roster.assign_member(s, members[e], groups[name], on=dt.date(2026, 1, 1))
    return team_id, members, groups


def _activity(db, team_id: int, members: dict[str, int], days: list[dt.date], deals: dict[str, int]) -> None:
    with db.session() as s:
        for day in days:
            for e, n in deals.items():
                s.add(ActivityDay(member_id=members[e], day=day, team_id=team_id, calls=50, connected=20,
                                  talk_seconds=600, deals=n, revenue_cents=n * 100_000))


def _contest(db, team_id: int, rules: ContestRules | None = None) -> int:
    with db.session() as s:
        contest_id, _ = edits.create_contest(s, team_id, ContestDraft("三月冲刺", START, END, rules or ContestRules()))
    return contest_id


def test_rules_are_locked_once_started_and_amendments_are_audited(db) -> None:
    team_id, _, _ = _team(db)
    contest_id = _contest(db, team_id)
    points = ContestRules(kind=ContestKind.POINTS,
                          scoring=(Weight(ScoreMetric.DEALS, 10), Weight(ScoreMetric.CALLS, 1)))
    before_start = START - dt.timedelta(days=1)
    with db.session() as s:  # before the start anything may change
        contests.update_contest(s, contest_id, ContestDraft("三月冲刺", START, END, points), before_start)
    with db.session() as s, pytest.raises(ValidationError) as caught:
        contests.update_contest(s, contest_id, ContestDraft("三月冲刺", START, END, ContestRules()), DURING)
    assert [e.reason for e in caught.value.errors] == ["contest.rules_locked"]
    with db.session() as s:  # the name may still change
        contests.update_contest(s, contest_id, ContestDraft("三月冲刺赛", START, END, points), DURING)
    with db.session() as s, pytest.raises(ValidationError) as caught:
        contests.amend_contest(s, contest_id, ContestRules(), "  ", DURING)
    assert [e.reason for e in caught.value.errors] == ["contest.amend_reason"]
    with db.session() as s, pytest.raises(ValidationError) as caught:
        contests.amend_contest(s, contest_id, points, "没有变化", DURING)
    assert [e.reason for e in caught.value.errors] == ["contest.amend_nothing"]
    fixed = ContestRules(kind=ContestKind.POINTS,
                         scoring=(Weight(ScoreMetric.DEALS, 10), Weight(ScoreMetric.CALLS, 0.1)))
    with db.session() as s:
        contests.amend_contest(s, contest_id, fixed, "每通电话 1 分太多，改为 0.1 分", DURING)
    with db.session() as s:
        contest = contests.get_contest(s, contest_id)
        amended = contests.amendments(s, contest_id)
    assert contest.name == "三月冲刺赛" and contest.rules == fixed
    assert len(amended) == 1 and amended[0].reason == "每通电话 1 分太多，改为 0.1 分"
    assert [(c.field, c.before, c.after) for c in amended[0].changes] == [
        ("scoring", [{"metric": "deals", "points": 10.0}, {"metric": "calls", "points": 1.0}],
         [{"metric": "deals", "points": 10.0}, {"metric": "calls", "points": 0.1}])]


def test_an_announced_deal_counts_until_the_import_and_never_twice(db) -> None:
    team_id, members, _ = _team(db)
    contest_id = _contest(db, team_id, ContestRules(participants=Participants.HYBRID))
    with db.session() as s:
        routine.announce_deal(s, team_id, "E2", 300_000, dt.datetime(2026, 3, 3, 10, 5), "年套餐")
        routine.announce_deal(s, team_id, "业务员2", 200_000, dt.datetime(2026, 3, 3, 15, 40))
    with db.session() as s:
        rep = next(r for r in contests.standings_of(s, contest_id, DURING).reps if r.id == members["E2"])
        ticker = routine.deals_between(s, team_id, dt.date(2026, 3, 3), dt.date(2026, 3, 3))
    assert (rep.deals, rep.revenue_cents) == (2, 500_000)
    assert [(d.name, d.amount_cents) for d in ticker] == [("业务员2", 200_000), ("业务员2", 300_000)]
    _activity(db, team_id, members, [dt.date(2026, 3, 3)], {"E2": 3})  # the day's import: 3 deals, 3,000 yuan
    with db.session() as s:
        rep = next(r for r in contests.standings_of(s, contest_id, DURING).reps if r.id == members["E2"])
        ticker = routine.deals_between(s, team_id, dt.date(2026, 3, 3), dt.date(2026, 3, 3))
    assert (rep.deals, rep.revenue_cents) == (3, 300_000)  # the import's figures, not 2 + 3
    assert [(d.id is None, d.count) for d in ticker] == [(False, 1), (False, 1), (True, 1)]  # one more from import


def test_announcing_names_every_problem(db) -> None:
    team_id, _, _ = _team(db)
    with db.session() as s, pytest.raises(ValidationError) as caught:
        routine.announce_deal(s, team_id, "NOPE", -5, dt.datetime(2026, 3, 3, 9, 0))
    assert [(e.field, e.reason) for e in caught.value.errors] == [("member", "deal.not_on_team"),
                                                                 ("amount", "deal.bad_amount")]
    with db.session() as s, pytest.raises(ValidationError):
        routine.announce_deal(s, team_id, "T1", 100, dt.datetime(2026, 3, 3, 9, 0))  # a trainer does not sell


def test_the_period_closes_with_frozen_final_standings(db) -> None:
    team_id, members, groups = _team(db)
    contest_id = _contest(db, team_id)
    _activity(db, team_id, members, [START, DURING], {"E1": 1, "E4": 2, "E5": 1})
    with db.session() as s:
        assert contests.close_due_contests(s, team_id, END) == []  # the last day is still running
        assert contests.close_due_contests(s, team_id, END + dt.timedelta(days=1)) == [contest_id]
    with db.session() as s:
        final = contests.standings_of(s, contest_id, END + dt.timedelta(days=1))
        contest = contests.get_contest(s, contest_id)
    assert contest.status(END + dt.timedelta(days=2)) is ContestStatus.COMPLETED
    assert [(g.label, g.score) for g in final.groups] == [("雄鹰队", 6.0), ("猛虎队", 2.0)]
    assert final.winner == f"g{groups['雄鹰队']}"
    _activity(db, team_id, members, [END], {"E1": 9})  # a late import inside the period
    with db.session() as s:
        later = contests.standings_of(s, contest_id, END + dt.timedelta(days=5))
        with pytest.raises(ValidationError) as caught:
            contests.update_contest(s, contest_id, ContestDraft("改名", START, END, ContestRules()), END)
    assert later == final
    assert [e.reason for e in caught.value.errors] == ["contest.closed"]


def test_morning_winner_and_manual_points_count_for_groups(db) -> None:
    team_id, members, groups = _team(db)
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.HYBRID,
                         scoring=(Weight(ScoreMetric.DEALS, 10), Weight(ScoreMetric.POINTS, 1)), morning_points=5)
    contest_id = _contest(db, team_id, rules)
    _activity(db, team_id, members, [START], {"E1": 1, "E4": 1})
    entry = [MorningEntry(groups["猛虎队"], "猛虎队", members["E2"], {"经理": (4, 4, 5), "培训师": (4, 5, 5)}),
             MorningEntry(groups["雄鹰队"], "雄鹰队", members["E5"], {"经理": (3, 4, 4), "培训师": (4, 4, 4)})]
    with db.session() as s:
        edits.save_morning_round(s, team_id, MorningRound(START, "产品核心价值", entry), contest_id)
        edits.add_points(s, contest_id, START, 3, "主动分享话术", group_id=groups["雄鹰队"])
        edits.add_points(s, contest_id, START, 2, "帮助新人", member_id=members["E5"])
    with db.session() as s:
        standings = contests.standings_of(s, contest_id, DURING)
        rounds = routine.morning_rounds(s, team_id, contest_id=contest_id)
    assert rounds[0].winner == "猛虎队" and rounds[0].entries[0] == ("猛虎队", "业务员2", 13.5)
    # 猛虎队: E1's deal 10 + morning win 5 = 15; 雄鹰队: E4's deal 10 + group points 3 + E5's own 2 = 15 → a tie
    # broken by deals (1 each), revenue (equal), then who got there first (both on START), then the name.
    by_name = {g.label: g for g in standings.groups}
    assert by_name["猛虎队"].points == 15 and by_name["雄鹰队"].points == 15
    assert standings.groups[1].decided_by == "name"
    with db.session() as s, pytest.raises(ValidationError) as caught:
        contests.add_points(s, contest_id, END + dt.timedelta(days=1), 0, member_id=members["E1"])
    assert {e.reason for e in caught.value.errors} == {"contest.outside_period", "contest.bad_manual_points"}


def test_duels_only_between_participants_of_one_kind(db) -> None:
    team_id, members, groups = _team(db)
    contest_id = _contest(db, team_id, ContestRules(participants=Participants.HYBRID))
    with db.session() as s, pytest.raises(ValidationError) as caught:
        contests.add_duel(s, contest_id, f"r{members['E1']}", f"g{groups['雄鹰队']}", START, END)
    assert [e.reason for e in caught.value.errors] == ["contest.duel_mixed"]
    with db.session() as s, pytest.raises(ValidationError) as caught:
        contests.add_duel(s, contest_id, f"r{members['T1']}", f"r{members['E1']}", START, END)
    assert [e.reason for e in caught.value.errors] == ["contest.unknown_participant"]  # trainers do not compete
    _activity(db, team_id, members, [START], {"E1": 2, "E4": 1})
    with db.session() as s:
        contests.add_duel(s, contest_id, f"r{members['E1']}", f"r{members['E4']}", START, DURING)
    with db.session() as s:
        duel = contests.standings_of(s, contest_id, DURING).duels[0]
    assert (duel.a_score, duel.b_score, duel.leader, duel.finished) == (2, 1, f"r{members['E1']}", True)


def test_routine_recaps_promises_support_and_opt_outs(db) -> None:
    team_id, members, groups = _team(db)
    contest_id = _contest(db, team_id, ContestRules(participants=Participants.HYBRID))
    _activity(db, team_id, members, [START], {"E1": 3, "E2": 2, "E3": 1, "E4": 0, "E5": 0})
    with db.session() as s:
        routine.add_recap(s, team_id, START, "method", "先问需求再报价，客户更愿意听", members["E1"])
        routine.add_recap(s, team_id, START, "win", "签下一个三年的大单", members["E2"])
        with pytest.raises(ValidationError):
            routine.add_recap(s, team_id, START, "gossip", " ")
        reward = routine.add_promise(s, contest_id, PromiseKind.REWARD, f"g{groups['猛虎队']}", "冠军组聚餐", START)
        routine.add_promise(s, contest_id, PromiseKind.PENALTY, "最后一名", "给大家表演节目", START)
        routine.save_support_note(s, contest_id, members["E5"], members["E4"], "下周主讲晨会", "", DURING)
        routine.save_support_note(s, contest_id, members["E5"], members["T1"], "下周主讲晨会", "一对一陪练", DURING)
        routine.set_opt_out(s, members["E2"], True, START)
    with db.session() as s:
        assert [r.by for r in routine.recaps(s, team_id, search="报价")] == ["业务员1"]
        assert [r.text for r in routine.recaps(s, team_id, search="业务员2")] == ["签下一个三年的大单"]
        assert [r.kind for r in routine.recaps(s, team_id, kind="win")] == ["win"]
        routine.set_delivered(s, reward, END + dt.timedelta(days=2), "周五聚餐已办")
        with pytest.raises(ValidationError):
            routine.set_delivered(s, reward, START - dt.timedelta(days=1))
    page = pages.contest_page(db, contest_id, END + dt.timedelta(days=3))
    assert page.status is ContestStatus.COMPLETED
    ledger = page.ledger
    assert ledger.contest_over and [p.for_what for p in ledger.outstanding] == ["给大家表演节目"]
    assert [p.to_whom_label for p in ledger.delivered] == ["猛虎队"]
    lagging = {row.standing.label: row.support for row in page.lagging}
    assert set(lagging) == {"业务员4", "业务员5"}
    assert lagging["业务员5"] is not None and lagging["业务员5"].supporter == "培训师"  # the second note replaced it
    assert lagging["业务员4"] is None
    shown = [s.label for s in page.board.top] + [p.standing.label for p in page.board.progress]
    assert "业务员2" not in shown and "业务员1" in shown


def test_contest_edits_undo_exactly(db, table_dump) -> None:
    team_id, _, _ = _team(db)
    before = table_dump(db)
    with db.session() as s:
        contest_id, created = edits.create_contest(s, team_id, ContestDraft("赛", START, END, ContestRules()))
    with db.session() as s:
        _, deal = edits.announce_deal(s, team_id, "E1", 1000, dt.datetime(2026, 3, 3, 9, 30))
    with db.session() as s:
        _, promise = edits.add_promise(s, contest_id, PromiseKind.REWARD, "冠军", "奖金 500 元", START)
    for change in (promise, deal, created):
        undo(db, change)
    assert table_dump(db) == before


def test_participation_figures(db) -> None:
    team_id, members, _ = _team(db)
    _contest(db, team_id)
    _activity(db, team_id, members, [START], {"E1": 1, "E4": 1})
    with db.session() as s:
        found = pages.participation(s, team_id, DURING)
    assert (found.contests, found.reps, found.scoring_reps) == (1, 5, 2)
    assert found.group_gap_pct == pytest.approx(100 * (1 - 1) / 1)  # one deal each: level


def test_cli_contest_commands(db, capsys) -> None:
    team_id, _, _ = _team(db)
    _contest(db, team_id, ContestRules(participants=Participants.HYBRID))
    cli = Cli(db.url, capsys)
    assert cli("contest", "deal", "--team", "比赛组", "--member", "E3", "--amount", "¥1,280.00", "--at",
               "2026-03-04 11:20", "--note", "两年套餐") == 0, cli.err
    assert "业务员3 (E3) 1280.00 yuan" in cli.out
    shown = cli.json("contest", "show", "--team", "比赛组", "--as-of", DURING.isoformat())
    assert shown["status"] == "active" and shown["reps"][0]["name"] == "业务员3"
    assert shown["tie_breaks"][-1] == "name"
    listed = cli.json("contest", "list", "--team", "比赛组", "--as-of", DURING.isoformat())
    assert [c["leader"] for c in listed] == ["猛虎队"]
    assert cli("contest", "deal", "--team", "比赛组", "--member", "E9", "--amount", "100", "--at",
               "2026-03-04 11:20") != 0
    assert "E9" in cli.err
