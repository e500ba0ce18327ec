"""The demo contests (coachdesk/core/demo/competitions.py): deterministic, consistent with the roster and the
activity, and written by the demo loader (closed where finished, standings as the core computes them)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.core.competitions.contests import MORNING_RUBRIC, MorningEntry, MorningRound, PromiseKind
from coachdesk.core.competitions.rules import rule_changes, rules_from_dict
from coachdesk.core.demo.activity import DayRow, activity_window, build_team_activity, is_day_off
from coachdesk.core.demo.competitions import (
    DemoContest,
    DemoContests,
    active_on,
    build_team_contests,
    contest_standings,
    group_on,
    working_days,
)
from coachdesk.core.demo.teams import DemoTeam, build_demo
from coachdesk.core.roster.model import Role
from coachdesk.store.competitions import contests as contest_store
from coachdesk.store.competitions import routine
from coachdesk.store.competitions.models import (
    BoardOptOut,
    ContestAmendment,
    ContestDuel,
    ContestPoints,
    ContestRow,
    DealAnnouncement,
    EveningRecap,
    MorningEntryRow,
    MorningRoundRow,
    SupportNote,
)
from coachdesk.store.database import Database
from coachdesk.store.roster.models import Group, Member, Team
from tests.conftest import DEMO_DAY, DEMO_SEED

CASES = [(2024, dt.date(2025, 6, 30)), (1, dt.date(2024, 2, 29)), (7, dt.date(2026, 12, 31)),
         (99, dt.date(2023, 1, 15)), (5, dt.date(2025, 10, 9))]


def build(seed: int, as_of: dt.date) -> list[tuple[DemoTeam, list[DayRow], DemoContests | None]]:
    found = []
    for team in build_demo(seed, as_of):
        activity = build_team_activity(team, seed, as_of)
        found.append((team, activity, build_team_contests(team, seed, as_of, activity)))
    return found


def with_contests(seed: int, as_of: dt.date) -> list[tuple[DemoTeam, list[DayRow], DemoContests]]:
    return [(t, a, c) for t, a, c in build(seed, as_of) if c is not None]


def test_deterministic_for_seed_and_day() -> None:
    first = [c for _t, _a, c in build(2024, DEMO_DAY)]
    assert first == [c for _t, _a, c in build(2024, DEMO_DAY)]
    assert first != [c for _t, _a, c in build(2025, DEMO_DAY)]


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_the_newest_team_has_none_every_other_one_finished_and_one_running(seed: int, as_of: dt.date) -> None:
    teams = build(seed, as_of)
    assert [(t.stage, c is None) for t, _a, c in teams] == [
        ("forming", True), ("storming", False), ("norming", False), ("performing", False)]
    for team, _activity, contests in teams:
        if contests is None:
            continue
        finished, running = contests.finished, contests.running
        window = activity_window(team, as_of)
        assert window is not None
        assert 3 <= (as_of - finished.ends_on).days <= 10
        assert (finished.ends_on - finished.starts_on).days + 1 == 14
        assert team.formed_on <= window[0] <= finished.starts_on
        assert finished.ends_on <= window[1]
        assert 6 <= (as_of - running.starts_on).days <= 12
        assert 5 <= (running.ends_on - as_of).days <= 15
        assert finished.ends_on < running.starts_on
        assert finished.rules != running.rules or finished.name != running.name
        for contest in (finished, running):
            assert contest.name and all("\u4e00" <= ch <= "\u9fff" or ch in "·" for ch in contest.name)


def test_a_team_without_groups_has_no_contests() -> None:
    team = build_demo(2024, DEMO_DAY)[2]
    bare = DemoTeam(team.name, team.product, team.formed_on, team.notes, team.stage, team.members, [])
    assert build_team_contests(bare, 2024, DEMO_DAY, build_team_activity(team, 2024, DEMO_DAY)) is None


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_kinds_per_stage(seed: int, as_of: dt.date) -> None:
    kinds = {t.stage: (c.finished.rules, c.running) for t, _a, c in with_contests(seed, as_of)}
    storming, storming_running = kinds["storming"]
    assert (storming.kind.value, storming.participants.value, storming.morning_points) == ("standard", "groups", 2.0)
    assert storming_running.rules.kind.value == "points" and storming_running.rules.morning_points > 0
    assert storming_running.points and all(p.group for p in storming_running.points)
    norming, norming_running = kinds["norming"]
    assert (norming.kind.value, norming.participants.value, norming.handicap.value) == ("target", "hybrid", "tenure")
    assert norming_running.rules.kind.value == "target" and norming_running.amendment is not None
    performing, performing_running = kinds["performing"]
    assert (performing.kind.value, performing.size_rule.value) == ("points", "size_factor")
    assert sorted(d.groups for d in performing_running.duels) == [False, True]


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_the_target_is_reached_by_some_but_not_all(seed: int, as_of: dt.date) -> None:
    team, activity, contests = next(x for x in with_contests(seed, as_of) if x[0].stage == "norming")
    final = contest_standings(team, contests.finished, activity, contests.deals, contests.finished.ends_on)
    reached = [s for s in final.reps if s.progress is not None and s.progress >= 100]
    assert 0 < len(reached) < len(final.reps)


def _member_checks(team: DemoTeam, contests: DemoContests, as_of: dt.date) -> None:
    people = {m.employee_id: m for m in team.members}
    groups = {g.name for g in team.groups}
    for contest in (contests.finished, contests.running):
        for r in contest.morning_rounds:
            assert not is_day_off(r.day)
            assert len({e.group for e in r.entries}) == len(r.entries) >= 2
            for e in r.entries:
                rep = people[e.representative]
                assert rep.role.sells and active_on(rep, r.day) and group_on(rep, r.day) == e.group, (r.day, e)
        for p in contest.points:
            assert p.group in groups and any(
                active_on(m, p.day) and group_on(m, p.day) == p.group for m in team.members)
            assert contest.starts_on <= p.day < as_of
        for d in contest.duels:
            assert contest.starts_on <= d.starts_on <= d.ends_on <= contest.ends_on
            if d.groups:
                assert {d.a, d.b} <= groups and d.a != d.b
            else:
                assert all(active_on(people[x], d.starts_on) and active_on(people[x], as_of) for x in (d.a, d.b))
        for n in contest.support:
            rep = people[n.employee_id]
            assert active_on(rep, n.noted_on) and active_on(rep, as_of) and contest.starts_on <= n.noted_on <= as_of
            assert n.supporter_employee_id is not None and n.supporter_employee_id != n.employee_id
            supporter = people[n.supporter_employee_id]
            assert active_on(supporter, n.noted_on)
            if supporter.role is not Role.TRAINER:  # otherwise the group leader of the rep's group that day
                assert group_on(supporter, n.noted_on) == group_on(rep, n.noted_on)
                assert supporter.employee_id in {g.leader_employee_id for g in team.groups}
            assert n.chance and n.note
        for p in contest.promises:
            if p.to_kind == "group":
                assert p.to_whom in groups
            elif p.to_kind == "rep":
                assert people[p.to_whom].role.sells
    for d in contests.deals:
        rep = people[d.employee_id]
        assert rep.role.sells and active_on(rep, d.day) and d.at.date() == d.day and d.at.tzinfo is None
        assert 9 <= d.at.hour < 18 and d.amount_cents > 0
    for r in contests.recaps:
        assert active_on(people[r.employee_id], r.day) and r.kind in ("win", "idea", "method") and r.text
    for o in contests.opt_outs:
        assert active_on(people[o.employee_id], o.since) and active_on(people[o.employee_id], as_of)


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_referenced_members_are_active_and_in_the_group(seed: int, as_of: dt.date) -> None:
    for team, _activity, contests in with_contests(seed, as_of):
        _member_checks(team, contests, as_of)


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_morning_rounds_every_working_day_of_the_running_contest(seed: int, as_of: dt.date) -> None:
    for team, _activity, contests in with_contests(seed, as_of):
        running = contests.running
        assert [r.day for r in running.morning_rounds] == working_days(running.starts_on, as_of)
        finished = contests.finished
        if finished.rules.morning_points > 0:
            assert [r.day for r in finished.morning_rounds] == working_days(finished.starts_on, finished.ends_on)
        for r in running.morning_rounds + finished.morning_rounds:
            assert r.topic
            judges = {len(e.scores) for e in r.entries}
            assert len(judges) == 1 and judges <= {2, 3}
            assert all(len(s) == len(MORNING_RUBRIC) and all(1 <= v <= 5 for v in s)
                       for e in r.entries for _judge, s in e.scores)
            core = MorningRound(r.day, r.topic, [MorningEntry(i, e.group, i, dict(e.scores))
                                                 for i, e in enumerate(r.entries)])
            winner = core.winner
            assert winner is not None and r.winner == winner.group_label, team.name


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_promises_one_outstanding_in_exactly_one_finished_contest(seed: int, as_of: dt.date) -> None:
    outstanding = []
    for team, _activity, contests in with_contests(seed, as_of):
        finished, running = contests.finished, contests.running
        assert {p.kind for p in finished.promises} == {PromiseKind.REWARD, PromiseKind.PENALTY}
        for p in finished.promises:
            assert p.promised_on == finished.starts_on
            if p.delivered_on is None:
                outstanding.append(team.name)
                assert p.delivery_note == ""
            else:
                assert finished.ends_on < p.delivered_on < as_of and p.delivery_note
        assert running.promises and all(p.promised_on == running.starts_on and p.delivered_on is None
                                        for p in running.promises)
    assert len(outstanding) == 1


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_deals_the_last_working_days_and_live_today(seed: int, as_of: dt.date) -> None:
    for team, activity, contests in with_contests(seed, as_of):
        days = sorted({d.day for d in contests.deals})
        assert len(days) <= 3 and all(not is_day_off(d) and as_of - dt.timedelta(days=10) <= d <= as_of
                                      for d in days)
        rows = {(r[0], r[1]): r for r in activity}
        per_rep_day = Counter((d.employee_id, d.day) for d in contests.deals if d.day < as_of)
        for (eid, day), count in per_rep_day.items():
            row = rows[(eid, day)]
            assert count <= row[5]
            assert all(d.amount_cents == round(row[6] / row[5]) for d in contests.deals
                       if (d.employee_id, d.day) == (eid, day))
        today = [d for d in contests.deals if d.day == as_of]
        if is_day_off(as_of):
            assert today == []
        else:
            assert 2 <= len(today) <= 5, team.name


@pytest.mark.parametrize(("seed", "as_of"), CASES)
def test_recaps_support_opt_out_and_the_amendment(seed: int, as_of: dt.date) -> None:
    teams = with_contests(seed, as_of)
    amendments = []
    for team, _activity, contests in teams:
        running = contests.running
        per_day = Counter(r.day for r in contests.recaps)
        assert set(per_day) <= set(working_days(running.starts_on, as_of - dt.timedelta(days=1)))
        assert len(per_day) >= len(working_days(running.starts_on, as_of - dt.timedelta(days=1))) - 1
        assert all(1 <= n <= 3 for n in per_day.values())
        assert 1 <= len(running.support) <= 2
        if running.amendment is not None:
            a = running.amendment
            amendments.append(team.name)
            assert a.reason and running.starts_on < a.made_on <= as_of
            assert list(a.changes) == rule_changes(a.rules_before, running.rules) != []
    assert len(amendments) == 1
    assert sum(len(c.opt_outs) for _t, _a, c in teams) == 1
    assert sum(bool(c.finished.points or c.running.points) for _t, _a, c in teams) == 1


# ---------------------------------------------------------------- loading


def _stored(demo_db: Database) -> dict[str, tuple[int, DemoTeam, list[DayRow], DemoContests | None]]:
    with demo_db.session() as s:
        ids = {name: tid for tid, name in s.execute(select(Team.id, Team.name))}
    return {t.name: (ids[t.name], t, a, c) for t, a, c in build(DEMO_SEED, DEMO_DAY)}


def _contest_row(s: Session, team_id: int, contest: DemoContest) -> ContestRow:
    return s.scalars(select(ContestRow).where(ContestRow.team_id == team_id, ContestRow.name == contest.name)).one()


def test_loader_writes_the_contests(demo_db: Database) -> None:
    stored = _stored(demo_db)
    with demo_db.session() as s:
        for team_id, _team, _activity, contests in stored.values():
            rows = s.scalars(select(ContestRow).where(ContestRow.team_id == team_id)).all()
            if contests is None:
                assert rows == []
                assert s.scalar(select(func.count()).select_from(DealAnnouncement)
                                .where(DealAnnouncement.team_id == team_id)) == 0
                continue
            assert len(rows) == 2
            members = {m.id: m.employee_id for m in s.scalars(select(Member).where(Member.team_id == team_id))}
            groups = {g.id: g.name for g in s.scalars(select(Group).where(Group.team_id == team_id))}
            for contest in (contests.finished, contests.running):
                row = _contest_row(s, team_id, contest)
                assert (row.starts_on, row.ends_on) == (contest.starts_on, contest.ends_on)
                assert rules_from_dict(json.loads(row.rules_json)) == contest.rules
                rounds = s.scalars(select(MorningRoundRow).where(MorningRoundRow.contest_id == row.id)
                                   .order_by(MorningRoundRow.day)).all()
                assert [(r.day, r.topic, groups.get(r.winner_group_id or 0)) for r in rounds] == [
                    (r.day, r.topic, r.winner) for r in contest.morning_rounds]
                entries = s.scalars(select(MorningEntryRow).join(MorningRoundRow)
                                    .where(MorningRoundRow.contest_id == row.id)).all()
                assert sorted((groups[e.group_id], members[e.representative_id or 0], e.scores_json) for e in entries) \
                    == sorted((e.group, e.representative, json.dumps({j: list(v) for j, v in e.scores},
                                                                     ensure_ascii=False))
                              for r in contest.morning_rounds for e in r.entries)
                led = routine.ledger(s, row.id, DEMO_DAY)
                assert sorted((p.for_what, p.delivered_on) for p in led.promises) == sorted(
                    (p.for_what, p.delivered_on) for p in contest.promises)
                assert s.scalar(select(func.count(ContestPoints.id)).where(ContestPoints.contest_id == row.id)) \
                    == len(contest.points)
                assert s.scalar(select(func.count(ContestDuel.id)).where(ContestDuel.contest_id == row.id)) \
                    == len(contest.duels)
                notes = routine.support_notes(s, row.id)
                assert sorted(members[n.member_id] for n in notes.values()) == sorted(
                    n.employee_id for n in contest.support)
                amendment_rows = s.scalars(select(ContestAmendment).where(ContestAmendment.contest_id == row.id)).all()
                assert len(amendment_rows) == (contest.amendment is not None)
                for a in amendment_rows:
                    assert contest.amendment is not None
                    assert rules_from_dict(json.loads(a.rules_before_json)) == contest.amendment.rules_before
                    assert [c.field for c in contest_store.amendments(s, row.id)[0].changes] == ["rep_target"]
            assert s.scalar(select(func.count(DealAnnouncement.id)).where(DealAnnouncement.team_id == team_id)) \
                == len(contests.deals)
            assert s.scalar(select(func.count(EveningRecap.id)).where(EveningRecap.team_id == team_id)) \
                == len(contests.recaps)
            assert sorted(members[o] for o in s.scalars(select(BoardOptOut.member_id).where(
                BoardOptOut.member_id.in_(members)))) == sorted(o.employee_id for o in contests.opt_outs)
            assert s.scalar(select(func.count(SupportNote.id)).join(ContestRow)
                            .where(ContestRow.team_id == team_id)) == len(contests.running.support)


def test_finished_contests_are_closed_with_the_promised_winners(demo_db: Database) -> None:
    stored = _stored(demo_db)
    with demo_db.session() as s:
        for team_id, team, activity, contests in stored.values():
            if contests is None:
                continue
            finished = _contest_row(s, team_id, contests.finished)
            assert finished.closed_on == DEMO_DAY and finished.final_json
            running = _contest_row(s, team_id, contests.running)
            assert running.closed_on is None
            statuses = {c.contest.name: c.status.value for c in contest_store.list_contests(s, team_id, DEMO_DAY)}
            assert statuses == {contests.finished.name: "completed", contests.running.name: "active"}
            frozen = contest_store.standings_of(s, finished.id, DEMO_DAY)
            core = contest_standings(team, contests.finished, activity, contests.deals, contests.finished.ends_on)
            assert [(g.label, round(g.score, 6)) for g in frozen.groups] == [
                (g.label, round(g.score, 6)) for g in core.groups]
            labels = {p.to_whom_label for p in routine.ledger(s, finished.id, DEMO_DAY).promises}
            assert frozen.groups[0].label in labels and frozen.groups[-1].label in labels
            if frozen.reps and contests.finished.rules.kind.value == "points":
                assert frozen.reps[0].label in labels
            # the running contest's standings today (live deals included) are what the core computes
            live = contest_store.standings_of(s, running.id, DEMO_DAY)
            mine = contest_standings(team, contests.running, activity, contests.deals, DEMO_DAY)
            assert [(x.label, round(x.score, 6)) for x in live.main] == [(x.label, round(x.score, 6))
                                                                          for x in mine.main]
            assert any(d.at is not None and d.at.date() == DEMO_DAY
                       for d in routine.deals_between(s, team_id, DEMO_DAY, DEMO_DAY))
        outstanding = [p for _n, (tid, _t, _a, c) in stored.items() if c is not None
                       for p in routine.ledger(s, _contest_row(s, tid, c.finished).id, DEMO_DAY).outstanding]
        assert len(outstanding) == 1
