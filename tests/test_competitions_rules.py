"""Contest rules (core/competitions/rules.py) and a contest's life (core/competitions/contests.py): checking every
field at once, storing and amending, handicaps, status, the morning contest, the celebration ledger, stage fit."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.competitions.contests import (
    BAD_SCORE,
    BAD_SCORE_COUNT,
    EMPTY_PARTICIPATION,
    FIT_FORMING,
    FIT_GROUPS_IN_FORMING,
    FIT_NO_GROUPS_STORMING,
    FIT_NORMING,
    FIT_PERFORMING,
    FIT_STORMING,
    FIT_UNKNOWN,
    GROUP_TWICE,
    NO_REPRESENTATIVE,
    NO_SCORES,
    TOO_FEW_GROUPS,
    TOPIC_REQUIRED,
    Contest,
    ContestStatus,
    Ledger,
    MorningEntry,
    MorningRound,
    Participation,
    Promise,
    PromiseKind,
    check_promise,
    group_gap_pct,
    stage_fit,
)
from coachdesk.core.competitions.rules import (
    BAD_MORNING,
    BAD_POINTS,
    BAD_TARGET,
    DATES_ORDER,
    DEFAULT_TIE_BREAKS,
    HANDICAP_NEEDS_REPS,
    MAX_DAYS,
    MORNING_NEEDS_GROUPS,
    NAME_MAX,
    NAME_REQUIRED,
    NAME_TOO_LONG,
    NEEDS_TARGET,
    NO_METRIC,
    REPEATED_TIE_BREAK,
    STANDARD_ONE,
    TOO_LONG_PERIOD,
    ContestDraft,
    ContestKind,
    ContestRules,
    Handicap,
    Participants,
    ScoreMetric,
    SizeRule,
    TieBreak,
    Weight,
    check_rules,
    group_key,
    past_factors,
    rep_key,
    rule_changes,
    rules_from_dict,
    rules_to_dict,
    tenure_factor,
    tie_break_words,
)

START = dt.date(2024, 3, 4)
END = dt.date(2024, 3, 31)


def errors_of(draft: ContestDraft) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as caught:
        draft.cleaned()
    return [(e.field, e.code, e.reason) for e in caught.value.errors]


# --- enums and keys ------------------------------------------------------------------------------------------

def test_kinds_participants_and_keys() -> None:
    assert [k.uses_targets for k in ContestKind] == [False, False, True, True]  # standard, points, target, race
    assert (Participants.GROUPS.groups, Participants.GROUPS.reps) == (True, False)
    assert (Participants.INDIVIDUALS.groups, Participants.INDIVIDUALS.reps) == (False, True)
    assert (Participants.HYBRID.groups, Participants.HYBRID.reps) == (True, True)
    assert (rep_key(12), group_key(3)) == ("r12", "g3")
    rules = ContestRules(scoring=(Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.CALLS, 0.1),
                                  Weight(ScoreMetric.DEALS, 2.5)))
    assert rules.points_for(ScoreMetric.DEALS) == 12.5  # 10 + 2.5: a metric listed twice adds up
    assert rules.points_for(ScoreMetric.REVENUE) == 0.0
    assert tie_break_words(DEFAULT_TIE_BREAKS) == ["more deals", "more revenue", "who got there first", "name"]
    assert tie_break_words([TieBreak.CONNECTS, TieBreak.FEWER_CALLS]) == ["more connects", "fewer calls", "name"]


# --- ContestDraft.cleaned --------------------------------------------------------------------------------------

def test_cleaned_normalises_the_name() -> None:
    draft = ContestDraft("  March\t  push  ", START, END)
    assert draft.cleaned().name == "March push"
    assert draft.cleaned().rules == ContestRules()
    assert ContestDraft("x" * NAME_MAX, START, START).cleaned().name == "x" * NAME_MAX  # one day, 80 characters


def test_cleaned_collects_every_error_at_once() -> None:
    rules = ContestRules(kind=ContestKind.TARGET, participants=Participants.GROUPS,
                         scoring=(Weight(ScoreMetric.DEALS, 0.0), Weight(ScoreMetric.CALLS, math.nan)),
                         handicap=Handicap.TENURE, morning_points=-1.0,
                         tie_breaks=(TieBreak.DEALS, TieBreak.REVENUE, TieBreak.DEALS))
    found = errors_of(ContestDraft("   ", END, START, rules))
    assert found == [
        ("name", "required", NAME_REQUIRED.code),
        ("ends_on", "date_order", DATES_ORDER.code),
        ("scoring", "bad_format", BAD_POINTS.code),  # 0 points per deal
        ("scoring", "bad_format", BAD_POINTS.code),  # NaN points per call
        ("rep_target", "required", NEEDS_TARGET.code),
        ("morning_points", "bad_format", BAD_MORNING.code),
        ("handicap", "bad_format", HANDICAP_NEEDS_REPS.code),
        ("tie_breaks", "duplicate", REPEATED_TIE_BREAK.code),
    ]


def test_cleaned_second_set_of_errors() -> None:
    rules = ContestRules(kind=ContestKind.STANDARD, participants=Participants.INDIVIDUALS,
                         scoring=(Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.CALLS, 0.1)),
                         rep_target=-5.0, group_target=math.inf, targets={"r3": 0.0, "g1": 10.0},
                         morning_points=2.0)
    ends = START + dt.timedelta(days=MAX_DAYS)  # MAX_DAYS + 1 days
    with pytest.raises(ValidationError) as caught:
        ContestDraft("x" * (NAME_MAX + 1), START, ends, rules).cleaned()
    errors = caught.value.errors
    assert [(e.field, e.code, e.reason) for e in errors] == [
        ("name", "too_long", NAME_TOO_LONG.code),
        ("ends_on", "bad_format", TOO_LONG_PERIOD.code),
        ("scoring", "bad_format", STANDARD_ONE.code),
        ("rep_target", "bad_format", BAD_TARGET.code),
        ("group_target", "bad_format", BAD_TARGET.code),
        ("targets", "bad_format", BAD_TARGET.code),  # only r3's 0; g1's 10 is fine
        ("morning_points", "bad_format", MORNING_NEEDS_GROUPS.code),
    ]
    assert errors[0].params == {"max": NAME_MAX}
    assert errors[1].params == {"max": MAX_DAYS, "days": MAX_DAYS + 1}
    assert errors[5].params["who"] == "r3"
    assert caught.value.fields == ["name", "ends_on", "scoring", "rep_target", "group_target", "targets",
                                   "morning_points"]


def test_period_limits() -> None:
    assert ContestDraft("A", START, START + dt.timedelta(days=MAX_DAYS - 1)).cleaned()  # exactly 366 days
    assert errors_of(ContestDraft("A", START, START + dt.timedelta(days=MAX_DAYS))) == [
        ("ends_on", "bad_format", TOO_LONG_PERIOD.code)]
    assert errors_of(ContestDraft("A", START, START - dt.timedelta(days=1))) == [
        ("ends_on", "date_order", DATES_ORDER.code)]


def test_no_metric_and_valid_kinds() -> None:
    assert [(e.field, e.reason) for e in check_rules(ContestRules(scoring=()))] == [("scoring", NO_METRIC.code)]
    # a standard contest may list its one metric twice; a points contest any number
    assert check_rules(ContestRules(scoring=(Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.DEALS, 2.0)))) == []
    assert check_rules(ContestRules(kind=ContestKind.POINTS, scoring=(
        Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.CALLS, 0.1)))) == []
    # a target is any one of rep target, group target, own targets
    for target in ({"rep_target": 10.0}, {"group_target": 10.0}, {"targets": {"g1": 5.0}}):
        for kind in (ContestKind.TARGET, ContestKind.RACE):
            assert check_rules(ContestRules(kind=kind, **target)) == []
    assert check_rules(ContestRules(participants=Participants.HYBRID, handicap=Handicap.PAST_RESULTS,
                                    morning_points=3.0)) == []


# --- storing and amending ------------------------------------------------------------------------------------

positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
rules_strategy = st.builds(
    ContestRules,
    kind=st.sampled_from(ContestKind),
    participants=st.sampled_from(Participants),
    scoring=st.lists(st.builds(Weight, st.sampled_from(ScoreMetric), positive), max_size=5).map(tuple),
    size_rule=st.sampled_from(SizeRule),
    handicap=st.sampled_from(Handicap),
    rep_target=st.none() | positive,
    group_target=st.none() | positive,
    targets=st.dictionaries(st.sampled_from(["r1", "r12", "g3", "g40"]), positive, max_size=4),
    tie_breaks=st.lists(st.sampled_from(TieBreak), max_size=6).map(tuple),
    morning_points=st.floats(0, 100),
)


@given(rules_strategy)
def test_rules_round_trip(rules: ContestRules) -> None:
    data = rules_to_dict(rules)
    assert json.loads(json.dumps(data)) == data  # JSON-ready
    assert rules_from_dict(data) == rules
    assert rules_from_dict(json.loads(json.dumps(data))) == rules
    assert rule_changes(rules, rules_from_dict(data)) == []


def test_rules_from_partial_dict() -> None:
    rules = rules_from_dict({"kind": "race", "rep_target": 5, "targets": {"r1": 3}})
    assert (rules.kind, rules.rep_target, rules.targets) == (ContestKind.RACE, 5.0, {"r1": 3.0})
    assert isinstance(rules.rep_target, float)
    assert rules.tie_breaks == DEFAULT_TIE_BREAKS
    assert (rules.participants, rules.size_rule, rules.handicap) == (Participants.GROUPS, SizeRule.TOTAL,
                                                                     Handicap.NONE)
    assert rules.group_target is None and rules.morning_points == 0.0
    assert rules.scoring == ContestRules().scoring  # a missing scoring is the default (a point per deal) …
    assert rules_from_dict({"scoring": []}).scoring == ()  # … an empty one stays empty (and fails the check)
    assert rules_from_dict({}) == ContestRules()
    assert rules_to_dict(ContestRules(targets={"r2": 1.0, "g1": 2.0}))["targets"] == {"g1": 2.0, "r2": 1.0}


@given(rules_strategy, rules_strategy)
def test_rule_changes_lists_exactly_the_changed_fields(before: ContestRules, after: ContestRules) -> None:
    old, new = rules_to_dict(before), rules_to_dict(after)
    changes = rule_changes(before, after)
    assert [c.field for c in changes] == [k for k in old if old[k] != new[k]]
    assert all((c.before, c.after) == (old[c.field], new[c.field]) for c in changes)


def test_rule_changes_example() -> None:
    before = ContestRules(kind=ContestKind.TARGET, rep_target=100.0)
    after = ContestRules(kind=ContestKind.TARGET, rep_target=120.0, tie_breaks=(TieBreak.CONNECTS,))
    changes = rule_changes(before, after)
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("rep_target", 100.0, 120.0), ("tie_breaks", ["deals", "revenue", "first_there"], ["connects"])]


# --- handicaps -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("days", "factor"), [
    (-3, 0.5),  # hired after the start
    (0, 0.5), (29, 0.5),  # under 30 days
    (30, 0.75), (89, 0.75),  # under 90 days
    (90, 1.0), (1000, 1.0),
])
def test_tenure_factor_boundaries(days: int, factor: float) -> None:
    assert tenure_factor(START - dt.timedelta(days=days), START) == factor


def test_past_factors() -> None:
    assert past_factors({}) == {}
    # odd count: 10, 20, 40 → median 20: 10/20 = 0.5, 20/20 = 1, 40/20 = 2 → 1.5 (clamped)
    assert past_factors({1: 40.0, 2: 10.0, 3: 20.0}) == {1: 1.5, 2: 0.5, 3: 1.0}
    # even count: 10, 20, 30, 100 → median (20 + 30) / 2 = 25: 0.4 → 0.5, 0.8, 1.2, 4 → 1.5
    assert past_factors({1: 10.0, 2: 20.0, 3: 30.0, 4: 100.0}) == {1: 0.5, 2: 0.8, 3: 1.2, 4: 1.5}
    assert past_factors({1: 0.0, 2: 0.0, 3: 5.0}) == {1: 1.0, 2: 1.0, 3: 1.0}  # median 0
    assert past_factors({1: -5.0, 2: 10.0, 3: 20.0}) == {1: 0.5, 2: 1.0, 3: 1.5}  # below 0 → 0.5


@given(st.dictionaries(st.integers(1, 50), st.floats(-100, 1e5), min_size=1, max_size=20))
def test_past_factors_property(scores: dict[int, float]) -> None:
    factors = past_factors(scores)
    assert set(factors) == set(scores)
    assert all(0.5 <= f <= 1.5 for f in factors.values())
    ordered = sorted(scores, key=lambda k: scores[k])
    assert [factors[k] for k in ordered] == sorted(factors[k] for k in ordered)  # a better past, a higher factor


# --- Contest status -------------------------------------------------------------------------------------------

def contest(published: bool = True, closed_on: dt.date | None = None) -> Contest:
    return Contest(1, 1, "March", START, END, ContestRules(), published, closed_on)


def test_status() -> None:
    assert contest(published=False).status(START) is ContestStatus.DRAFT
    assert contest(published=False, closed_on=END).status(END) is ContestStatus.DRAFT
    assert contest().status(START - dt.timedelta(days=1)) is ContestStatus.UPCOMING
    assert contest().status(START) is ContestStatus.ACTIVE
    assert contest().status(END) is ContestStatus.ACTIVE
    assert contest().status(END + dt.timedelta(days=3)) is ContestStatus.ACTIVE  # until it is closed
    assert contest(closed_on=END + dt.timedelta(days=1)).status(END + dt.timedelta(days=1)) is ContestStatus.COMPLETED


def test_due_to_close() -> None:
    after = END + dt.timedelta(days=1)
    assert not contest().due_to_close(END)
    assert contest().due_to_close(after)
    assert not contest(closed_on=after).due_to_close(after)
    assert not contest(published=False).due_to_close(after)
    won = START + dt.timedelta(days=5)
    assert not contest().due_to_close(won - dt.timedelta(days=1), race_won_on=won)
    assert contest().due_to_close(won, race_won_on=won)


def test_rules_locked_and_days_left() -> None:
    assert not contest().rules_locked(START - dt.timedelta(days=1))
    assert contest().rules_locked(START) and contest().rules_locked(END + dt.timedelta(days=9))
    assert not contest(published=False).rules_locked(END)
    # March 4–31: on the 4th 28 days (counting today), on the 31st 1, after it 0
    assert contest().days_left(START) == 28
    assert contest().days_left(END) == 1
    assert contest().days_left(END + dt.timedelta(days=1)) == 0
    assert contest().days_left(dt.date(2024, 3, 30)) == 2
    # before the start: the whole contest is still to come (28 days), not the days until its end (28 + 10)
    assert contest().days_left(START - dt.timedelta(days=10)) == 28
    assert Contest(2, 1, "One day", START, START, ContestRules()).days_left(START) == 1


# --- stage fit -----------------------------------------------------------------------------------------------

def test_stage_fit() -> None:
    deals_only = ContestRules(participants=Participants.INDIVIDUALS,
                              scoring=(Weight(ScoreMetric.DEALS, 1.0), Weight(ScoreMetric.REVENUE, 0.01)))
    effort = ContestRules(kind=ContestKind.POINTS, scoring=(Weight(ScoreMetric.DEALS, 1.0),
                                                              Weight(ScoreMetric.CALLS, 0.1)))
    assert stage_fit("forming", deals_only) == stage_fit("forming", deals_only)
    fit = stage_fit("forming", deals_only)
    assert (fit.stage, fit.advice, fit.warnings) == ("forming", FIT_FORMING, (FIT_GROUPS_IN_FORMING,))
    assert stage_fit("forming", effort).warnings == ()
    fit = stage_fit("storming", deals_only)
    assert (fit.advice, fit.warnings) == (FIT_STORMING, (FIT_NO_GROUPS_STORMING,))
    assert stage_fit("storming", effort).warnings == ()  # groups
    assert stage_fit("storming", ContestRules(participants=Participants.HYBRID)).warnings == ()
    assert stage_fit("norming", deals_only) == type(fit)("norming", FIT_NORMING, ())
    assert stage_fit("performing", deals_only).advice == FIT_PERFORMING
    for unknown in (None, "", "adjourning"):
        fit = stage_fit(unknown, deals_only)
        assert (fit.stage, fit.advice, fit.warnings) == (None, FIT_UNKNOWN, ())


# --- the morning contest -------------------------------------------------------------------------------------

def entry(group: int, label: str, *scores: tuple[int, ...], representative: int | None = 7) -> MorningEntry:
    return MorningEntry(group, label, representative, {f"judge{i}": s for i, s in enumerate(scores)})


def test_morning_round_checked() -> None:
    good = MorningRound(START, "  Handling   price objections ", [entry(1, "A", (5, 4, 4)), entry(2, "B", (3, 3, 3))])
    assert good.checked().topic == "Handling price objections"
    assert good.checked().entries == good.entries


def test_morning_round_collects_every_error() -> None:
    bad = MorningRound(START, "  ", [
        entry(1, "A", (5, 4)),  # two scores for three criteria
        entry(1, "A", (0, 6, 3), representative=None),  # twice; no representative; 0 and 6 out of range
        entry(2, "B"),  # no scores
    ])
    with pytest.raises(ValidationError) as caught:
        bad.checked()
    assert [(e.field, e.code, e.reason) for e in caught.value.errors] == [
        ("topic", "required", TOPIC_REQUIRED.code),
        ("scores", "bad_format", BAD_SCORE_COUNT.code),
        ("entries", "duplicate", GROUP_TWICE.code),
        ("representative", "required", NO_REPRESENTATIVE.code),
        ("scores", "bad_format", BAD_SCORE.code),
        ("scores", "bad_format", BAD_SCORE.code),
        ("scores", "required", NO_SCORES.code),
    ]
    assert caught.value.errors[1].params == {"group": "A", "expected": 3, "count": 2}
    assert [e.params["value"] for e in caught.value.errors if e.reason == BAD_SCORE.code] == [0, 6]
    with pytest.raises(ValidationError) as caught:
        MorningRound(START, "Topic", [entry(1, "A", (5, 5, 5))]).checked()
    assert [(e.field, e.reason, e.params) for e in caught.value.errors] == [
        ("entries", TOO_FEW_GROUPS.code, {"count": 1})]


def test_morning_ranking_and_winner() -> None:
    # A: judge totals 13 and 11 → mean 12, lowest 11; B: 12 and 12 → mean 12, lowest 12; C: 15, 15 → 15
    # D: 12 and 12 like B, name "Delta" after "Bravo"
    a = entry(1, "Alpha", (5, 4, 4), (4, 4, 3))
    b = entry(2, "Bravo", (4, 4, 4), (4, 4, 4))
    c = entry(3, "Charlie", (5, 5, 5), (5, 5, 5))
    d = entry(4, "Delta", (4, 4, 4), (4, 4, 4))
    assert (a.total, a.lowest, c.total) == (12.0, 11, 15.0)
    round_ = MorningRound(START, "Topic", [a, d, b, c])
    assert [e.group_label for e in round_.ranking()] == ["Charlie", "Bravo", "Delta", "Alpha"]
    assert round_.winner == c
    # without Charlie: B and D tie on mean and lowest → the name decides (Bravo); Alpha's lower low loses
    assert MorningRound(START, "Topic", [a, d, b]).winner == b
    # same label: the group id decides
    assert MorningRound(START, "T", [entry(9, "Same", (3, 3, 3)), entry(4, "Same", (3, 3, 3))]).winner.group == 4  # type: ignore[union-attr]
    assert MorningRound(START, "Topic", []).winner is None
    assert entry(5, "E").total == 0.0 and entry(5, "E").lowest == 0


# --- the celebration ledger ------------------------------------------------------------------------------------

def promise(id_: int, delivered: dt.date | None = None) -> Promise:
    return Promise(id_, PromiseKind.REWARD, "g1", "Alpha", "winning the month", START, delivered)


def test_ledger() -> None:
    kept, open_ = promise(1, END), promise(2)
    running = Ledger((kept, open_), contest_over=False)
    assert running.delivered == (kept,) and running.outstanding == (open_,)
    assert not running.all_kept
    assert not Ledger((kept,), contest_over=False).all_kept  # not over yet
    assert Ledger((kept,), contest_over=True).all_kept
    assert not Ledger((kept, open_), contest_over=True).all_kept
    assert Ledger((), contest_over=True).all_kept


def test_check_promise() -> None:
    check_promise(PromiseKind.REWARD, "g1", "winning")
    with pytest.raises(ValidationError) as caught:
        check_promise(PromiseKind.PENALTY, "  ", "\t")
    assert [(e.field, e.code, e.params) for e in caught.value.errors] == [
        ("to_whom", "required", {"kind": "penalty"}), ("for_what", "required", {"kind": "penalty"})]
    with pytest.raises(ValidationError) as caught:
        check_promise(PromiseKind.REWARD, "the winning group", "")
    assert caught.value.fields == ["for_what"]


# --- participation ---------------------------------------------------------------------------------------------

def test_group_gap_pct() -> None:
    assert group_gap_pct([]) is None and group_gap_pct([5.0]) is None
    assert group_gap_pct([0.0, 0.0]) is None  # mean 0
    assert group_gap_pct([10.0, 20.0, 30.0]) == pytest.approx(100.0)  # (30 − 10) / 20
    assert group_gap_pct([8.0, 12.0]) == pytest.approx(40.0)  # (12 − 8) / 10
    assert group_gap_pct([7.0, 7.0]) == 0.0


def test_participation_extras() -> None:
    p = Participation(contests=2, reps=8, scoring_reps=6, group_gap_pct=25.0, morning_days=5, promises_outstanding=1)
    assert p.as_extras() == {"contests": 2, "reps": 8, "scoring_reps": 6, "share_scoring": 0.75,
                             "group_gap_pct": 25.0, "morning_days": 5, "promises_outstanding": 1}
    assert EMPTY_PARTICIPATION.share_scoring is None
    assert EMPTY_PARTICIPATION.as_extras()["share_scoring"] is None
