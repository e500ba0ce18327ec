"""Contest standings (core/competitions/standings.py): scoring, handicaps, pro-rating, ties, races, duels, streaks,
the rolling 7-day board and the public board — every expected number computed by hand in the comments."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.core.competitions.rules import (
    ContestKind,
    ContestRules,
    Handicap,
    Participants,
    ScoreMetric,
    SizeRule,
    TieBreak,
    Weight,
)
from coachdesk.core.competitions.standings import (
    NAME,
    ContestInput,
    Duel,
    Entrant,
    GroupInfo,
    GroupPoints,
    RepDay,
    Standing,
    Standings,
    compute_standings,
    lagging,
    merge_day_deals,
    middle,
    public_board,
)

START = dt.date(2024, 3, 4)  # a Monday
D1, D2, D3, D4 = (START + dt.timedelta(days=i) for i in range(4))
LONG_AGO = dt.date(2020, 1, 1)


def day(n: int) -> dt.date:
    """The contest's n-th day (1-based)."""
    return START + dt.timedelta(days=n - 1)


def approx(value: float) -> object:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def by_key(board: tuple[Standing, ...]) -> dict[str, Standing]:
    return {s.key: s for s in board}


# --- the acceptance scenario: a hybrid target contest with tenure handicaps ----------------------------------

HYBRID_SCORING = (Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.REVENUE, 0.01), Weight(ScoreMetric.CALLS, 0.1))

# Tenure on the first day (2024-03-04): Ann, Dee, Eve years → 1.0; Ben hired 2024-02-20 → 13 days < 30 → 0.5;
# Cai hired 2024-01-04 → 60 days (27 + 29 + 4) < 90 → 0.75.
ENTRANTS = (
    Entrant(1, "Ann", dt.date(2023, 1, 1), group=1),
    Entrant(2, "Ben", dt.date(2024, 2, 20), group=1),
    Entrant(3, "Cai", dt.date(2024, 1, 4), group=2),
    Entrant(4, "Dee", dt.date(2022, 5, 1), group=2),  # moved from Alpha to Bravo after day 1
    Entrant(5, "Eve", dt.date(2021, 7, 1), group=1),
)
GROUPS = (GroupInfo(1, "Alpha", 3), GroupInfo(2, "Bravo", 2))  # mean size (3 + 2) / 2 = 2.5


def yuan(amount: int) -> int:
    return amount * 100


DAYS = (
    # Ann: d1 50×0.1 + 2×10 + 3000×0.01 = 5 + 20 + 30 = 55; d2 4 + 10 + 15 = 29 → 84
    RepDay(1, D1, 1, calls=50, connects=20, deals=2, revenue_cents=yuan(3000)),
    RepDay(1, D2, 1, calls=40, connects=15, deals=1, revenue_cents=yuan(1500)),
    # Ben: d1 3 + 10 + 10 = 23; d3 2 + 10 + 7 = 19 → 42
    RepDay(2, D1, 1, calls=30, connects=10, deals=1, revenue_cents=yuan(1000)),
    RepDay(2, D3, 1, calls=20, connects=8, deals=1, revenue_cents=yuan(700)),
    # Cai: d1 6 + 20 + 20 = 46; d2 5 + 10 + 14 = 29 → 75
    RepDay(3, D1, 2, calls=60, connects=25, deals=2, revenue_cents=yuan(2000)),
    RepDay(3, D2, 2, calls=50, connects=20, deals=1, revenue_cents=yuan(1400)),
    # Dee: d1 (in Alpha) 4 + 10 + 10 = 24; d2 (in Bravo) 3 + 20 + 25 = 48; d3 (in Bravo) 1 → 73
    RepDay(4, D1, 1, calls=40, connects=12, deals=1, revenue_cents=yuan(1000)),
    RepDay(4, D2, 2, calls=30, connects=11, deals=2, revenue_cents=yuan(2500)),
    RepDay(4, D3, 2, calls=10, connects=3),
    # Eve: d2 8 + 10 + 5 = 23; d3 7 → 30
    RepDay(5, D2, 1, calls=80, connects=30, deals=1, revenue_cents=yuan(500)),
    RepDay(5, D3, 1, calls=70, connects=28),
)


def hybrid_input(**rule_changes: object) -> ContestInput:
    rules = ContestRules(kind=ContestKind.TARGET, participants=Participants.HYBRID, scoring=HYBRID_SCORING,
                         size_rule=SizeRule.SIZE_FACTOR, handicap=Handicap.TENURE, rep_target=100.0)
    rules = replace(rules, **rule_changes)  # type: ignore[arg-type]
    return ContestInput(START, day(14), rules, ENTRANTS, GROUPS, DAYS)


def test_acceptance_hybrid_target_size_factor() -> None:
    s = compute_standings(hybrid_input(), D3)
    assert s.through == D3
    reps = by_key(s.reps)
    # (key, points, factor, target = 100 × factor, progress = 100 × points / target, rank)
    expected = [
        ("r3", 75.0, 0.75, 75.0, 100.0, 1),  # 75 / 75
        ("r1", 84.0, 1.0, 100.0, 84.0, 2),  # 84 / 100
        ("r2", 42.0, 0.5, 50.0, 84.0, 3),  # 42 / 50 = 84 %: level with Ann, fewer deals (2 < 3)
        ("r4", 73.0, 1.0, 100.0, 73.0, 4),
        ("r5", 30.0, 1.0, 100.0, 30.0, 5),
    ]
    for key, points, factor, target, progress, rank in expected:
        r = reps[key]
        assert (r.points, r.factor, r.target, r.progress, r.score, r.rank) == (
            approx(points), factor, approx(target), approx(progress), approx(progress), rank), key
    assert [r.key for r in s.reps] == ["r3", "r1", "r2", "r4", "r5"]
    assert reps["r2"].decided_by == TieBreak.DEALS.value
    assert reps["r1"].decided_by is None and reps["r3"].decided_by is None
    assert (reps["r1"].deals, reps["r1"].revenue_cents, reps["r1"].calls) == (3, yuan(4500), 90)
    assert reps["r3"].reached_on == D2  # 46 on d1 < 75, 46 + 29 = 75 on d2
    assert reps["r1"].reached_on is None
    assert reps["r4"].group == 2  # the group they are in now

    groups = by_key(s.groups)
    # Alpha: Ann 84 + Ben 42 + Eve 30 + Dee's day 1 24 = 180; target Ann 100 + Ben 50 + Eve 100 = 250 → 72 %
    # Bravo: Cai 75 + Dee's days 2–3 (48 + 1) = 124; target Cai 75 + Dee 100 = 175 → 124 / 175 = 70.857… %
    alpha, bravo = groups["g1"], groups["g2"]
    assert (alpha.points, alpha.target, alpha.progress, alpha.rank) == (approx(180), approx(250), approx(72.0), 1)
    assert (bravo.points, bravo.target, bravo.progress, bravo.rank) == (
        approx(124), approx(175), approx(100 * 124 / 175), 2)
    assert alpha.factor == approx(2.5 / 3) and bravo.factor == approx(2.5 / 2)  # mean size / size
    assert (alpha.size, bravo.size) == (3, 2)
    # deals while in the group: Alpha Ann 3 + Ben 2 + Eve 1 + Dee d1 1 = 7; Bravo Cai 3 + Dee 2 = 5
    assert (alpha.deals, bravo.deals) == (7, 5)
    assert alpha.calls == 90 + 50 + 150 + 40  # Ann, Ben, Eve, Dee's day 1
    assert s.main == s.groups
    assert s.winner == "g1"
    assert s.race_won_on is None


def test_acceptance_hybrid_target_per_head_with_group_target() -> None:
    s = compute_standings(hybrid_input(size_rule=SizeRule.PER_HEAD, group_target=200.0), D3)
    groups = by_key(s.groups)
    # group target 200 × size / mean size: Alpha 200 × 3 / 2.5 = 240, Bravo 200 × 2 / 2.5 = 160
    # Alpha 180 / 240 = 75 %, Bravo 124 / 160 = 77.5 % → Bravo first
    assert (groups["g2"].target, groups["g2"].progress, groups["g2"].rank) == (approx(160), approx(77.5), 1)
    assert (groups["g1"].target, groups["g1"].progress, groups["g1"].rank) == (approx(240), approx(75.0), 2)
    assert groups["g1"].factor == approx(1 / 3) and groups["g2"].factor == approx(1 / 2)
    assert s.winner == "g2"
    # the reps' board is the same as with the size factor
    assert [(r.key, r.rank) for r in s.reps] == [("r3", 1), ("r1", 2), ("r2", 3), ("r4", 4), ("r5", 5)]


def test_rep_changing_group_counts_for_the_group_of_each_day() -> None:
    data = hybrid_input(kind=ContestKind.POINTS, size_rule=SizeRule.TOTAL, handicap=Handicap.NONE, rep_target=None)
    only_dee = replace(data, days=[d for d in DAYS if d.member == 4])
    s = compute_standings(only_dee, D3)
    groups = by_key(s.groups)
    assert groups["g1"].points == approx(24)  # day 1 in Alpha
    assert groups["g2"].points == approx(49)  # 48 + 1 on days 2–3 in Bravo
    assert by_key(s.reps)["r4"].points == approx(73)
    # as of day 1 all of Dee's points are Alpha's
    s1 = compute_standings(only_dee, D1)
    assert by_key(s1.groups)["g1"].points == approx(24)
    assert by_key(s1.groups)["g2"].points == 0


def test_points_contest_with_tenure_handicap_divides_points() -> None:
    s = compute_standings(hybrid_input(kind=ContestKind.POINTS, participants=Participants.INDIVIDUALS,
                                       rep_target=None), D3)
    assert s.groups == ()
    reps = by_key(s.reps)
    # score = points / factor: Cai 75 / 0.75 = 100, Ann 84 / 1 = 84, Ben 42 / 0.5 = 84, Dee 73, Eve 30
    for key, score, rank in [("r3", 100.0, 1), ("r1", 84.0, 2), ("r2", 84.0, 3), ("r4", 73.0, 4), ("r5", 30.0, 5)]:
        assert (reps[key].score, reps[key].rank, reps[key].target, reps[key].progress) == (
            approx(score), rank, None, None), key
    assert reps["r2"].points == approx(42)
    assert reps["r2"].decided_by == "deals"  # Ann 3 deals > Ben 2
    assert s.winner == "r3"


def test_standard_contest_with_tenure_handicap() -> None:
    s = compute_standings(hybrid_input(kind=ContestKind.STANDARD, participants=Participants.INDIVIDUALS,
                                       scoring=(Weight(ScoreMetric.DEALS, 1.0),), rep_target=None), D3)
    # deals / factor: Ann 3 / 1 = 3, Ben 2 / 0.5 = 4, Cai 3 / 0.75 = 4, Dee 3 / 1 = 3, Eve 1 / 1 = 1
    # Cai vs Ben level at 4: Cai 3 deals > Ben 2 → Cai; Ann vs Dee level at 3 and 3 deals: revenue 4500 > 3500 yuan
    assert [(r.key, r.score, r.decided_by) for r in s.reps] == [
        ("r3", approx(4), None), ("r2", approx(4), "deals"), ("r1", approx(3), None), ("r4", approx(3), "revenue"),
        ("r5", approx(1), None)]


def test_past_results_handicap() -> None:
    data = hybrid_input(kind=ContestKind.POINTS, participants=Participants.INDIVIDUALS, handicap=Handicap.PAST_RESULTS,
                        rep_target=None)
    # past scores 40, 80, 100, 300 → median (80 + 100) / 2 = 90; factors 40/90 → 0.5 (clamped), 80/90, 100/90,
    # 300/90 → 1.5 (clamped); Eve has no past score → 1
    data = replace(data, past_scores={1: 300.0, 2: 40.0, 3: 80.0, 4: 100.0, 99: 0.0})
    reps = by_key(compute_standings(data, D3).reps)
    # (member 99 is no entrant: the median is over the entrants' past scores only)
    assert reps["r1"].factor == 1.5 and reps["r2"].factor == 0.5
    assert reps["r3"].factor == approx(80 / 90) and reps["r4"].factor == approx(100 / 90)
    assert reps["r5"].factor == 1.0
    assert reps["r1"].score == approx(84 / 1.5)  # 56
    assert reps["r2"].score == approx(42 / 0.5)  # 84


# --- pro-rating ----------------------------------------------------------------------------------------------

def prorating_input(size_rule: SizeRule, kind: ContestKind = ContestKind.POINTS, **rules: object) -> ContestInput:
    # g1 has 4 members, g2 2 → mean 3; one point per deal; g1 makes 12 deals, g2 8
    entrants = [Entrant(i, f"R{i}", LONG_AGO, group=1 if i <= 4 else 2) for i in range(1, 7)]
    days = [RepDay(1, D1, 1, deals=7), RepDay(2, D1, 1, deals=5), RepDay(5, D1, 2, deals=8)]
    return ContestInput(START, day(7), ContestRules(kind=kind, participants=Participants.GROUPS,
                                                    size_rule=size_rule, **rules),  # type: ignore[arg-type]
                        entrants, (GroupInfo(1, "One", 4), GroupInfo(2, "Two", 2)), days)


@pytest.mark.parametrize(("size_rule", "one", "two"), [
    (SizeRule.TOTAL, 12.0, 8.0),  # no adjustment
    (SizeRule.PER_HEAD, 3.0, 4.0),  # 12 / 4, 8 / 2
    (SizeRule.SIZE_FACTOR, 9.0, 12.0),  # 12 × 3 / 4, 8 × 3 / 2
])
def test_group_scores_by_size_rule(size_rule: SizeRule, one: float, two: float) -> None:
    s = compute_standings(prorating_input(size_rule), D2)
    groups = by_key(s.groups)
    assert groups["g1"].score == approx(one) and groups["g2"].score == approx(two)
    assert groups["g1"].points == 12 and groups["g2"].points == 8  # points before pro-rating
    assert s.reps == ()
    assert s.winner == ("g1" if one > two else "g2")


@pytest.mark.parametrize(("size_rule", "one", "two"), [
    (SizeRule.TOTAL, 12.0, 12.0),  # the group target as it is
    (SizeRule.PER_HEAD, 16.0, 8.0),  # 12 × 4 / 3, 12 × 2 / 3
    (SizeRule.SIZE_FACTOR, 16.0, 8.0),
])
def test_group_target_scaled_by_size(size_rule: SizeRule, one: float, two: float) -> None:
    s = compute_standings(prorating_input(size_rule, ContestKind.TARGET, group_target=12.0), D2)
    groups = by_key(s.groups)
    assert groups["g1"].target == approx(one) and groups["g2"].target == approx(two)
    assert groups["g1"].progress == approx(100 * 12 / one)
    assert groups["g2"].progress == approx(100 * 8 / two)


def test_own_targets_override() -> None:
    data = prorating_input(SizeRule.SIZE_FACTOR, ContestKind.TARGET, group_target=12.0, rep_target=5.0,
                           targets={"g2": 10.0, "r5": 4.0})
    data = replace(data, rules=replace(data.rules, participants=Participants.HYBRID))
    s = compute_standings(data, D2)
    groups, reps = by_key(s.groups), by_key(s.reps)
    assert groups["g2"].target == 10.0  # own target, not scaled: 8 / 10 = 80 %
    assert groups["g2"].progress == approx(80.0)
    assert groups["g1"].target == approx(16.0)  # 12 × 4 / 3: 12 / 16 = 75 %
    assert reps["r5"].target == 4.0 and reps["r5"].progress == approx(200.0)  # 8 / 4
    assert reps["r1"].target == 5.0 and reps["r1"].progress == approx(140.0)  # 7 / 5
    assert s.groups[0].key == "g2"


def test_own_rep_target_is_handicapped_and_sums_into_group() -> None:
    data = hybrid_input(targets={"r2": 80.0})
    s = compute_standings(data, D3)
    ben = by_key(s.reps)["r2"]
    assert ben.target == approx(40.0)  # 80 × 0.5
    assert ben.progress == approx(105.0)  # 42 / 40
    # Alpha's target: Ann 100 + Ben 40 + Eve 100 = 240 → 180 / 240 = 75 %
    assert by_key(s.groups)["g1"].target == approx(240.0)
    assert by_key(s.groups)["g1"].progress == approx(75.0)


def test_group_of_size_zero_is_not_scaled() -> None:
    data = replace(prorating_input(SizeRule.PER_HEAD), groups=(GroupInfo(1, "One", 4), GroupInfo(2, "Two", 0)))
    groups = by_key(compute_standings(data, D2).groups)
    assert groups["g2"].factor == 1.0 and groups["g2"].score == 8.0
    assert groups["g1"].factor == approx(1 / 4)  # mean size over sized groups only: 4


# --- manual points and the morning contest -------------------------------------------------------------------

def points_input(scoring: tuple[Weight, ...], morning_points: float = 5.0,
                 participants: Participants = Participants.HYBRID) -> ContestInput:
    entrants = [Entrant(1, "Ann", LONG_AGO, 1), Entrant(2, "Ben", LONG_AGO, 2)]
    rules = ContestRules(kind=ContestKind.POINTS, participants=participants, scoring=scoring,
                         morning_points=morning_points)
    days = [RepDay(1, D1, 1, deals=2, points=4.0), RepDay(2, D2, 2, deals=1)]
    return ContestInput(START, day(7), rules, entrants, (GroupInfo(1, "A", 1), GroupInfo(2, "B", 1)), days,
                        group_points=[GroupPoints(1, D1, 3.0), GroupPoints(2, D2, 1.5), GroupPoints(2, D4, 9.0)],
                        morning_wins={D1: 1, D2: 2, D3: 1, D4: 2})


def test_manual_and_morning_points_count_for_groups() -> None:
    s = compute_standings(points_input((Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.POINTS, 2.0))), D3)
    groups, reps = by_key(s.groups), by_key(s.reps)
    # A: Ann 2 deals × 1 + Ann's 4 manual × 2 = 10, group manual 3 × 2 = 6, mornings d1 + d3 = 2 × 5 = 10 → 26
    # B: Ben 1 deal = 1, group manual 1.5 × 2 = 3, morning d2 = 5 → 9 (d4's points come after as_of)
    assert groups["g1"].points == approx(26.0)
    assert groups["g2"].points == approx(9.0)
    assert reps["r1"].points == approx(10.0)  # rep manual points count: POINTS is scored
    assert reps["r2"].points == approx(1.0)
    assert groups["g1"].deals == 2  # manual and morning points add no deals
    assert groups["g1"].last_gain_on == D3  # the morning win on d3


def test_manual_points_without_points_metric() -> None:
    s = compute_standings(points_input((Weight(ScoreMetric.DEALS, 1.0),)), D3)
    groups, reps = by_key(s.groups), by_key(s.reps)
    # POINTS not scored: Ann's and the groups' manual points count 0; the morning points still count
    assert reps["r1"].points == 2.0
    assert groups["g1"].points == approx(2 + 10)  # 2 deals + 2 mornings × 5
    assert groups["g2"].points == approx(1 + 5)


def test_no_morning_points_when_zero() -> None:
    s = compute_standings(points_input((Weight(ScoreMetric.DEALS, 1.0),), morning_points=0.0), D3)
    assert by_key(s.groups)["g1"].points == 2.0 and by_key(s.groups)["g2"].points == 1.0


def test_individuals_ignore_groups() -> None:
    data = points_input((Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.POINTS, 2.0)), morning_points=0.0,
                        participants=Participants.INDIVIDUALS)
    s = compute_standings(data, D3)
    assert s.groups == () and s.rolling_groups == ()
    assert s.main == s.reps
    assert s.winner == "r1"


def test_groups_only_has_no_rep_board() -> None:
    s = compute_standings(points_input((Weight(ScoreMetric.DEALS, 1.0),), participants=Participants.GROUPS), D3)
    assert s.reps == () and s.rolling_reps == ()
    assert len(s.groups) == 2


def test_days_of_non_entrants_and_unknown_groups_are_ignored() -> None:
    data = points_input((Weight(ScoreMetric.DEALS, 1.0),), morning_points=0.0)
    data = replace(data, days=[*data.days, RepDay(77, D1, 1, deals=50), RepDay(1, D2, None, deals=3),
                               RepDay(2, D2, 9, deals=4)])
    s = compute_standings(data, D3)
    # Ann 2 + 3 (the day without group counts for her only); Ben 1 + 4 (group 9 is not in the contest)
    assert by_key(s.reps)["r1"].points == 5.0 and by_key(s.reps)["r2"].points == 5.0
    assert by_key(s.groups)["g1"].points == 2.0 and by_key(s.groups)["g2"].points == 1.0
    assert "g9" not in by_key(s.groups)


# --- ties ----------------------------------------------------------------------------------------------------

def tie_input(a: dict[str, int], b: dict[str, int], tie_breaks: tuple[TieBreak, ...],
              a_label: str = "Zed", b_label: str = "Amy", b_second_day: bool = False) -> ContestInput:
    """Two reps with 10 manual points each (the only scored metric), other figures as given."""
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.INDIVIDUALS,
                         scoring=(Weight(ScoreMetric.POINTS, 1.0),), tie_breaks=tie_breaks)
    b_days = ([RepDay(2, D1, points=5.0, **b), RepDay(2, D2, points=5.0)] if b_second_day
              else [RepDay(2, D1, points=10.0, **b)])
    return ContestInput(START, day(7), rules, [Entrant(1, a_label, LONG_AGO), Entrant(2, b_label, LONG_AGO)],
                        days=[RepDay(1, D1, points=10.0, **a), *b_days])


@pytest.mark.parametrize(("rule", "a", "b"), [
    (TieBreak.DEALS, {"deals": 3}, {"deals": 2}),
    (TieBreak.REVENUE, {"revenue_cents": 5000}, {"revenue_cents": 4999}),
    (TieBreak.CONNECTS, {"connects": 20}, {"connects": 19}),
    (TieBreak.FEWER_CALLS, {"calls": 30}, {"calls": 31}),
])
def test_each_tie_break_decides(rule: TieBreak, a: dict[str, int], b: dict[str, int]) -> None:
    # Zed (r1) is better by the rule, Amy (r2) would win by name
    s = compute_standings(tie_input(a, b, (rule,)), D3)
    assert [(r.key, r.rank, r.score, r.decided_by) for r in s.reps] == [("r1", 1, 10.0, None),
                                                                       ("r2", 2, 10.0, rule.value)]
    # reversed figures reverse the order
    s = compute_standings(tie_input(b, a, (rule,)), D3)
    assert [(r.key, r.decided_by) for r in s.reps] == [("r2", None), ("r1", rule.value)]


def test_first_there_decides() -> None:
    # Zed has 10 on d1; Amy 5 on d1 + 5 on d2 → Zed got there first
    s = compute_standings(tie_input({}, {}, (TieBreak.FIRST_THERE,), b_second_day=True), D3)
    assert [(r.key, r.last_gain_on, r.decided_by) for r in s.reps] == [("r1", D1, None), ("r2", D2, "first_there")]


def test_tie_breaks_apply_in_order() -> None:
    a, b = {"deals": 3, "revenue_cents": 100}, {"deals": 2, "revenue_cents": 900}
    s = compute_standings(tie_input(a, b, (TieBreak.REVENUE, TieBreak.DEALS)), D3)
    assert [(r.key, r.decided_by) for r in s.reps] == [("r2", None), ("r1", "revenue")]
    s = compute_standings(tie_input(a, b, (TieBreak.DEALS, TieBreak.REVENUE)), D3)
    assert [(r.key, r.decided_by) for r in s.reps] == [("r1", None), ("r2", "deals")]
    # equal deals: the second rule decides
    s = compute_standings(tie_input({"deals": 2, "revenue_cents": 100}, b, (TieBreak.DEALS, TieBreak.REVENUE)), D3)
    assert [(r.key, r.decided_by) for r in s.reps] == [("r2", None), ("r1", "revenue")]


def test_first_there_counts_a_deduction_as_reaching_the_final_score() -> None:
    # Zed: 10 on d1, −2 (a deduction) on d3 → his final 8 was reached on d3; Amy: 8 on d2 → Amy got there first
    data = tie_input({}, {}, (TieBreak.FIRST_THERE,))
    data = replace(data, days=[RepDay(1, D1, points=10.0), RepDay(1, D3, points=-2.0), RepDay(2, D2, points=8.0)])
    s = compute_standings(data, D4)
    assert [(r.key, r.score, r.last_gain_on, r.decided_by) for r in s.reps] == [
        ("r2", 8.0, D2, None), ("r1", 8.0, D3, "first_there")]
    # a day whose figures add up to nothing does not move the day the score was reached
    data = replace(data, days=[*data.days, RepDay(1, D4, points=0.0), RepDay(2, D4, points=0.0)])
    assert [r.last_gain_on for r in compute_standings(data, D4).reps] == [D2, D3]


def test_name_then_id_decides_when_no_rule_does() -> None:
    s = compute_standings(tie_input({"deals": 1}, {"deals": 1}, (TieBreak.DEALS,)), D3)
    assert [(r.key, r.label, r.decided_by) for r in s.reps] == [("r2", "Amy", None), ("r1", "Zed", NAME)]
    s = compute_standings(tie_input({}, {}, (), a_label="Same", b_label="Same"), D3)
    assert [(r.key, r.rank, r.decided_by) for r in s.reps] == [("r1", 1, None), ("r2", 2, NAME)]


def test_scores_equal_to_six_decimals_tie() -> None:
    data = tie_input({"deals": 1}, {"deals": 2}, (TieBreak.DEALS,))
    data = replace(data, days=[RepDay(1, D1, points=10.0 + 1e-9, deals=1), RepDay(2, D1, points=10.0, deals=2)])
    s = compute_standings(data, D3)
    assert [(r.key, r.decided_by) for r in s.reps] == [("r2", None), ("r1", "deals")]


def test_zero_scores_rank_by_name_and_no_winner() -> None:
    data = replace(tie_input({}, {}, (TieBreak.DEALS,)), days=[])
    s = compute_standings(data, D3)
    assert [(r.key, r.score, r.decided_by) for r in s.reps] == [("r2", 0.0, None), ("r1", 0.0, NAME)]
    assert s.winner is None


rep_day = st.builds(
    RepDay,
    member=st.integers(1, 6),
    day=st.integers(0, 9).map(lambda i: START + dt.timedelta(days=i)),
    group=st.sampled_from([None, 1, 2, 3]),
    calls=st.integers(0, 60),
    connects=st.integers(0, 20),
    deals=st.integers(0, 3),
    revenue_cents=st.integers(0, 300).map(lambda v: v * 1000),
    points=st.sampled_from([0.0, 0.1, 0.3, 1.7, 2.5]),
)
random_rules = st.builds(
    ContestRules,
    kind=st.sampled_from(ContestKind),
    participants=st.sampled_from(Participants),
    scoring=st.just((Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.REVENUE, 0.01),
                     Weight(ScoreMetric.CALLS, 0.1), Weight(ScoreMetric.POINTS, 0.7))),
    size_rule=st.sampled_from(SizeRule),
    handicap=st.sampled_from(Handicap),
    rep_target=st.sampled_from([None, 30.0, 55.5]),
    group_target=st.sampled_from([None, 100.0]),
    tie_breaks=st.permutations(list(TieBreak)).flatmap(lambda p: st.integers(0, 5).map(lambda n: tuple(p[:n]))),
    morning_points=st.sampled_from([0.0, 3.3]),
)


@settings(max_examples=150, deadline=None)
@given(days=st.lists(rep_day, max_size=40), rules=random_rules, as_of=st.integers(-1, 12), data=st.data())
def test_standings_independent_of_input_order(days: list[RepDay], rules: ContestRules, as_of: int,
                                              data: st.DataObject) -> None:
    labels = ["Ann", "Ben", "Ann", "Cai", "Dee", "Ben"]  # repeated labels: id decides
    entrants = [Entrant(i, labels[i - 1], START - dt.timedelta(days=20 * i), group=(i % 3) + 1, opted_out=i == 4)
                for i in range(1, 7)]
    groups = [GroupInfo(1, "G", 2), GroupInfo(2, "G", 3), GroupInfo(3, "H", 1)]
    group_points = [GroupPoints(g, START + dt.timedelta(days=i), p) for g, i, p in
                    [(1, 0, 0.1), (2, 1, 0.2), (1, 1, 0.3), (3, 4, 1.1)]]
    mornings = {START + dt.timedelta(days=i): (i % 3) + 1 for i in range(0, 8, 2)}
    duels = [Duel(1, "r1", "r2", START, day(5)), Duel(2, "g1", "g3", day(3), day(10))]
    base = ContestInput(START, day(8), rules, entrants, groups, days, group_points, mornings,
                        {1: 10.0, 2: 30.0, 3: 20.0}, duels)
    shuffled = ContestInput(START, day(8), rules, data.draw(st.permutations(entrants)),
                            data.draw(st.permutations(groups)), data.draw(st.permutations(days)),
                            data.draw(st.permutations(group_points)),
                            dict(data.draw(st.permutations(list(mornings.items())))),
                            {3: 20.0, 1: 10.0, 2: 30.0}, duels)
    when = START + dt.timedelta(days=as_of)
    first, second = compute_standings(base, when), compute_standings(shuffled, when)
    assert first == second
    for board in (first.reps, first.groups, first.rolling_reps, first.rolling_groups):
        assert [s.rank for s in board] == list(range(1, len(board) + 1))
        for above, below in itertools.pairwise(board):
            assert round(above.score, 6) >= round(below.score, 6)
            assert (below.decided_by is not None) == (round(above.score, 6) == round(below.score, 6))


# --- races ---------------------------------------------------------------------------------------------------

def race_input(participants: Participants = Participants.INDIVIDUALS) -> ContestInput:
    rules = ContestRules(kind=ContestKind.RACE, participants=participants, rep_target=5.0, group_target=8.0)
    entrants = [Entrant(1, "Ann", LONG_AGO, 1), Entrant(2, "Ben", LONG_AGO, 2), Entrant(3, "Cai", LONG_AGO, 2)]
    days = [
        RepDay(1, D1, 1, deals=2), RepDay(1, D2, 1, deals=2), RepDay(1, D4, 1, deals=9),  # 2, 4, 4, 13
        RepDay(2, D1, 2, deals=1), RepDay(2, D2, 2, deals=1), RepDay(2, D3, 2, deals=4),  # 1, 2, 6 on d3
        RepDay(3, D3, 2, deals=3),  # 3 on d3
    ]
    return ContestInput(START, day(10), rules, entrants, (GroupInfo(1, "A", 1), GroupInfo(2, "B", 2)), days)


def test_race_ends_the_first_day_someone_reaches_the_target() -> None:
    s = compute_standings(race_input(), day(10))
    # Ben: 1 + 1 + 4 = 6 ≥ 5 on d3 (120 %); Ann 4 then (80 %); Ann's 9 deals on d4 are ignored
    assert s.race_won_on == D3 and s.through == D3
    assert s.winner == "r2"
    reps = by_key(s.reps)
    assert reps["r1"].points == 4.0 and reps["r1"].progress == approx(80.0)
    assert reps["r2"].progress == approx(120.0) and reps["r2"].reached_on == D3
    assert reps["r3"].points == 3.0
    assert [r.key for r in s.reps] == ["r2", "r1", "r3"]


def test_race_not_yet_won() -> None:
    s = compute_standings(race_input(), D2)
    assert s.race_won_on is None and s.through == D2
    assert s.winner == "r1"  # leader: 4 / 5 = 80 %


def test_race_two_reach_on_the_same_day_higher_progress_wins() -> None:
    data = race_input()
    data = replace(data, days=[*data.days, RepDay(1, D3, 1, deals=3)])  # Ann 4 + 3 = 7 on d3: 140 % > Ben 120 %
    s = compute_standings(data, day(10))
    assert s.race_won_on == D3 and s.winner == "r1"


def test_race_on_the_group_board() -> None:
    s = compute_standings(race_input(Participants.HYBRID), day(10))
    # groups race on the group target 8 (size rule total): B = Ben 6 + Cai 3 = 9 ≥ 8 on d3; A 4
    # (Ben reached his 5 on d3 too, but the main board is the groups')
    assert s.race_won_on == D3 and s.winner == "g2"
    assert by_key(s.groups)["g2"].progress == approx(112.5)  # 9 / 8
    assert by_key(s.groups)["g1"].points == 4.0


def test_race_won_by_group_points_only_day() -> None:
    data = replace(race_input(Participants.GROUPS), days=[RepDay(1, D1, 1, deals=7)],
                   rules=replace(race_input().rules, participants=Participants.GROUPS,
                                 scoring=(Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.POINTS, 1.0))),
                   group_points=[GroupPoints(1, D3, 1.0), GroupPoints(1, D4, 1.0)])
    s = compute_standings(data, day(10))
    assert s.race_won_on == D3 and s.winner == "g1"  # 7 + 1 = 8 on d3
    assert s.groups[0].points == 8.0


# --- duels ---------------------------------------------------------------------------------------------------

def duel_input(*duels: Duel) -> ContestInput:
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.HYBRID, handicap=Handicap.TENURE,
                         size_rule=SizeRule.PER_HEAD)
    entrants = [Entrant(1, "Ann", LONG_AGO, 1), Entrant(2, "Ben", START - dt.timedelta(days=10), 2),
                Entrant(3, "Cai", LONG_AGO, 2)]
    days = [RepDay(1, D1, 1, deals=3), RepDay(2, D1, 2, deals=1), RepDay(1, D2, 1, deals=1),
            RepDay(2, D2, 2, deals=1), RepDay(3, D2, 2, deals=2), RepDay(1, D4, 1, deals=5)]
    return ContestInput(START, day(10), rules, entrants, (GroupInfo(1, "A", 1), GroupInfo(2, "B", 2)), days,
                        duels=duels)


def test_rep_duel_on_its_own_dates() -> None:
    duel = Duel(7, "r1", "r2", D2, D3)
    s = compute_standings(duel_input(duel), D3)
    (result,) = s.duels
    # d2..d3: Ann 1 deal / 1.0 = 1; Ben 1 / 0.5 = 2 → Ben leads; duel ends d3 = through → finished
    assert (result.a_score, result.b_score, result.leader, result.finished) == (1.0, 2.0, "r2", True)
    s = compute_standings(duel_input(duel), D2)
    assert s.duels[0].finished is False and s.duels[0].leader == "r2"
    # later figures (Ann's 5 on d4) are outside the duel
    assert compute_standings(duel_input(duel), D4).duels[0].a_score == 1.0


def test_group_duel_and_level() -> None:
    duel = Duel(8, "g1", "g2", START, day(10))
    result = compute_standings(duel_input(duel), D2).duels[0]
    # per head: A (1 member) 3 + 1 = 4; B (2 members) Ben 1 + 1 + Cai 2 = 4 → 4 / 2 = 2
    assert (result.a_score, result.b_score, result.leader, result.finished) == (4.0, 2.0, "g1", False)
    level = compute_standings(duel_input(Duel(9, "r2", "r3", D2, D2)), D3).duels[0]
    # d2: Ben 1 / 0.5 = 2, Cai 2 / 1 = 2 → level
    assert (level.a_score, level.b_score, level.leader, level.finished) == (2.0, 2.0, None, True)


def test_duel_not_started_is_left_out() -> None:
    s = compute_standings(duel_input(Duel(1, "r1", "r2", D4, day(6)), Duel(2, "r1", "r3", D1, D2)), D3)
    assert [d.duel.id for d in s.duels] == [2]


# --- streaks -------------------------------------------------------------------------------------------------

def test_streaks_over_selling_days() -> None:
    rules = ContestRules(participants=Participants.INDIVIDUALS)
    entrants = [Entrant(i, f"R{i}", LONG_AGO) for i in (1, 2, 3, 4)]
    day6 = day(6)
    # selling days (anyone has figures): d1, d2, d4, d6 — d3 and d5 are nobody's (a weekend), so they don't break
    days = [
        RepDay(1, D1, deals=1), RepDay(1, D2, deals=1), RepDay(1, D4, deals=2), RepDay(1, day6, deals=1),
        RepDay(2, D1, deals=1), RepDay(2, D2, deals=1), RepDay(2, D4, calls=30), RepDay(2, day6, deals=1),
        RepDay(3, D1, deals=1),  # then nothing on d2, d4, d6 (others' selling days)
        RepDay(4, D2, calls=5),  # calls, no deal
    ]
    s = compute_standings(ContestInput(START, day(10), rules, entrants, days=days), day(8))
    reps = by_key(s.reps)
    assert (reps["r1"].streak, reps["r1"].best_streak) == (4, 4)  # d1 d2 d4 d6
    assert (reps["r2"].streak, reps["r2"].best_streak) == (1, 2)  # d1 d2, broken on d4, d6
    assert (reps["r3"].streak, reps["r3"].best_streak) == (0, 1)
    assert (reps["r4"].streak, reps["r4"].best_streak) == (0, 0)
    # as of d2: only d1, d2 are selling days so far
    reps = by_key(compute_standings(ContestInput(START, day(10), rules, entrants, days=days), D2).reps)
    assert (reps["r2"].streak, reps["r3"].streak, reps["r3"].best_streak) == (2, 0, 1)


# --- the rolling 7 days and the counted window ----------------------------------------------------------------

def window_input() -> ContestInput:
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.HYBRID, size_rule=SizeRule.PER_HEAD)
    entrants = [Entrant(1, "Ann", LONG_AGO, 1), Entrant(2, "Ben", LONG_AGO, 1)]
    days = [RepDay(1, day(n), 1, deals=n) for n in (1, 3, 4, 10, 12, 15)]  # deals = the day number
    days += [RepDay(2, day(2), 1, deals=20)]
    return ContestInput(START, day(12), rules, entrants, (GroupInfo(1, "A", 2),), days)


def test_rolling_window_is_the_last_seven_days_counted() -> None:
    s = compute_standings(window_input(), day(10))
    # period: Ann 1 + 3 + 4 + 10 = 18, Ben 20; rolling d4..d10: Ann 4 + 10 = 14, Ben 0
    assert by_key(s.reps)["r1"].points == 18 and by_key(s.reps)["r2"].points == 20
    assert [(r.key, r.points, r.rank) for r in s.rolling_reps] == [("r1", 14.0, 1), ("r2", 0.0, 2)]
    assert s.rolling_groups[0].points == 14.0 and s.rolling_groups[0].score == 7.0  # per head: 14 / 2
    assert s.rolling_groups[0].target is None and s.rolling_reps[0].target is None
    # early in the contest the window starts on the first day: d1..d3 → Ann 1 + 3 = 4, Ben 20
    s = compute_standings(window_input(), D3)
    assert [(r.key, r.points) for r in s.rolling_reps] == [("r2", 20.0), ("r1", 4.0)]
    assert by_key(s.reps)["r1"].points == 4  # the 4 on d4 is after as_of


def test_figures_cut_at_the_last_day() -> None:
    s = compute_standings(window_input(), day(30))
    assert s.through == day(12)
    # Ann 1 + 3 + 4 + 10 + 12 = 30 (d15 is after the end); rolling d6..d12: 10 + 12 = 22
    assert by_key(s.reps)["r1"].points == 30
    assert by_key(s.rolling_reps)["r1"].points == 22


def test_before_the_start() -> None:
    assert compute_standings(window_input(), START - dt.timedelta(days=1)) == Standings(through=None)
    s = compute_standings(window_input(), START)
    assert s.through == START and by_key(s.reps)["r1"].points == 1


def test_target_contest_rolling_board_ranks_points() -> None:
    data = hybrid_input()
    s = compute_standings(data, D3)
    # d1..d3 is the whole contest so far: the rolling board has the same points, ranked by points (÷ handicap)
    rolling = by_key(s.rolling_reps)
    assert rolling["r2"].points == approx(42.0) and rolling["r2"].score == approx(84.0)  # 42 / 0.5
    assert rolling["r2"].progress is None
    assert by_key(s.rolling_groups)["g1"].score == approx(180 * 2.5 / 3)  # size factor


# --- the public board ----------------------------------------------------------------------------------------

def board_standings(opted_out: frozenset[int] = frozenset(), targets: bool = False, count: int = 5) -> Standings:
    rules = ContestRules(kind=ContestKind.TARGET if targets else ContestKind.POINTS,
                         participants=Participants.INDIVIDUALS, rep_target=20.0 if targets else None)
    labels = ["Quinn", "Pat", "Olga", "Zoe", "Mia", "Lee", "Kim"]
    entrants = [Entrant(i, labels[i - 1], LONG_AGO, opted_out=i in opted_out) for i in range(1, count + 1)]
    # points: r1 10, r2 8, r3 6, r4 4, r5 2, r6 1, r7 0 (one deal a point) → ranks in id order
    points = [10, 8, 6, 4, 2, 1, 0]
    days = [RepDay(i, D1, deals=points[i - 1]) for i in range(1, count + 1) if points[i - 1]]
    return compute_standings(ContestInput(START, day(7), rules, entrants, days=days), D1)


def test_public_board_upper_half_ranked_rest_by_progress() -> None:
    board = public_board(board_standings())
    # 5 reps → middle ⌈5 / 2⌉ = 3: ranks 1–3 shown, r4 and r5 by progress to the middle mark (Olga's 6 points)
    assert [(s.key, s.rank) for s in board.top] == [("r1", 1), ("r2", 2), ("r3", 3)]
    # name order: Mia (r5) before Zoe (r4); 2 / 6 = 33.3 %, 4 / 6 = 66.7 %
    assert [(p.standing.key, p.mark, p.against_target) for p in board.progress] == [("r5", 6.0, False),
                                                                                    ("r4", 6.0, False)]
    assert [p.percent for p in board.progress] == [approx(100 * 2 / 6), approx(100 * 4 / 6)]
    assert board.groups == ()


def test_public_board_opted_out_and_renumbered() -> None:
    board = public_board(board_standings(opted_out=frozenset({2, 5})))
    assert [(s.key, s.rank) for s in board.top] == [("r1", 1), ("r3", 2)]  # Pat (2nd) hidden, Olga renumbered
    assert [p.standing.key for p in board.progress] == ["r4"]  # Mia hidden
    shown = {s.key for s in board.top} | {p.standing.key for p in board.progress} | {s.key for s in board.rolling}
    assert not shown & {"r2", "r5"}


def test_public_board_top_limit_and_targets() -> None:
    board = public_board(board_standings(targets=True, count=7), top=2, rolling_top=3)
    # 7 reps → middle 4: only ranks 1–2 ranked (top=2); ranks 3–4 are neither ranked nor in progress
    assert [s.key for s in board.top] == ["r1", "r2"]
    # below the middle (ranks 5–7): Mia 2 / 20 = 10 %, Lee 1 / 20 = 5 %, Kim 0 %, in name order Kim, Lee, Mia
    assert [(p.standing.key, p.mark, p.percent, p.against_target) for p in board.progress] == [
        ("r7", 20.0, 0.0, True), ("r6", 20.0, approx(5.0), True), ("r5", 20.0, approx(10.0), True)]
    # rolling: upper half (4), points > 0, at most 3
    assert [(s.key, s.rank) for s in board.rolling] == [("r1", 1), ("r2", 2), ("r3", 3)]


def test_public_board_progress_capped_and_zero_middle() -> None:
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.INDIVIDUALS)
    entrants = [Entrant(i, f"R{i}", LONG_AGO) for i in (1, 2, 3)]
    s = compute_standings(ContestInput(START, day(7), rules, entrants, days=[RepDay(1, D1, deals=3)]), D1)
    board = public_board(s)
    # middle ⌈3/2⌉ = 2: r1 (3) and r2 (0, by name) ranked; r3 below, middle mark 0 → 1 point: 0 / 1 = 0 %
    assert [s.key for s in board.top] == ["r1", "r2"]
    assert [(p.standing.key, p.mark, p.percent) for p in board.progress] == [("r3", 1.0, 0.0)]
    assert [s.key for s in board.rolling] == ["r1"]  # r2 has no points in the window
    # a rep below the middle with more than their target shows 100 %, not more
    over = replace(s.reps[2], target=1.0, points=5.0)
    board = public_board(replace(s, reps=(*s.reps[:2], over)))
    assert board.progress[0].percent == 100.0


def test_public_board_middle_mark_counts_the_handicap() -> None:
    # a points contest with tenure handicaps: the board ranks by points ÷ factor, and so does the middle mark
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.INDIVIDUALS, handicap=Handicap.TENURE)
    new_hire = START - dt.timedelta(days=5)  # factor 0.5
    entrants = [Entrant(1, "Ann", LONG_AGO), Entrant(2, "Ben", new_hire), Entrant(3, "Cai", LONG_AGO)]
    days = [RepDay(1, D1, deals=12), RepDay(2, D1, deals=5), RepDay(3, D1, deals=8)]
    s = compute_standings(ContestInput(START, day(7), rules, entrants, days=days), D1)
    # scores: Ann 12, Ben 5 / 0.5 = 10, Cai 8 → middle ⌈3/2⌉ = 2 is Ben at 10 (5 points)
    assert [(r.key, r.score) for r in s.reps] == [("r1", 12.0), ("r2", 10.0), ("r3", 8.0)]
    (cai,) = public_board(s).progress
    # Cai's 8 against the middle score 10 = 80 % (not 8 against Ben's 5 raw points = 160 % → shown as 100 %)
    assert (cai.mark, cai.percent, cai.against_target) == (10.0, approx(80.0), False)


def test_public_board_deductions_show_zero_not_negative() -> None:
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.INDIVIDUALS,
                         scoring=(Weight(ScoreMetric.POINTS, 1.0),))
    entrants = [Entrant(i, f"R{i}", LONG_AGO) for i in (1, 2, 3)]
    days = [RepDay(1, D1, points=6.0), RepDay(2, D1, points=3.0), RepDay(3, D1, points=-2.0)]
    board = public_board(compute_standings(ContestInput(START, day(7), rules, entrants, days=days), D1))
    assert [(p.standing.key, p.standing.points, p.percent) for p in board.progress] == [("r3", -2.0, 0.0)]


def test_public_board_empty() -> None:
    board = public_board(Standings(through=None))
    assert board == public_board(Standings(through=None))
    assert (board.top, board.progress, board.rolling, board.groups) == ((), (), (), ())


def test_lagging_and_middle() -> None:
    assert [middle(n) for n in range(0, 6)] == [0, 1, 1, 2, 2, 3]
    s = board_standings()
    assert [r.key for r in lagging(s.reps)] == ["r4", "r5"]  # rank > 3
    assert lagging(()) == ()
    assert [r.key for r in lagging(board_standings(count=1).reps)] == []


def test_merge_day_deals() -> None:
    # before the import: the announced deals (3 deals, 100 + 250 + 50 yuan in cents)
    assert merge_day_deals(None, [10000, 25000, 5000]) == (3, 40000)
    assert merge_day_deals(None, []) == (0, 0)
    # after the import its figures are the day's: the announced ones are included, never added again
    assert merge_day_deals((4, 52000), [10000, 25000, 5000]) == (4, 52000)
    assert merge_day_deals((0, 0), [10000]) == (0, 0)


@given(st.lists(st.integers(0, 10**6), max_size=8), st.none() | st.tuples(st.integers(0, 50), st.integers(0, 10**7)))
def test_merge_day_deals_property(announced: list[int], imported: tuple[int, int] | None) -> None:
    deals, cents = merge_day_deals(imported, announced)
    if imported is None:
        assert (deals, cents) == (len(announced), sum(announced))
    else:
        assert (deals, cents) == imported


def test_score_is_never_nan() -> None:
    s = compute_standings(hybrid_input(), D3)
    for board in (s.reps, s.groups, s.rolling_reps, s.rolling_groups):
        assert all(math.isfinite(x.score) for x in board)
