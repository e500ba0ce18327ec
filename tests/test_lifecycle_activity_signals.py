"""Activity signals (call volume, steadiness of deals/revenue, rate trends, low performers) on hand-built days.

Windows end the day before AS_OF (a Monday): the last 14 days hold 12 working days, the 28 before them 24, the
28-day output window 24, each of the 8 weekly trend blocks 6. Figures are worked out by hand from
activity_signals.py and the defaults in thresholds.py.
"""

from __future__ import annotations

import math

import pytest

from coachdesk.core.lifecycle.activity_signals import (
    HELD,
    WEIGHTS,
    ActivitySignals,
    call_volume_change,
    excess_swing,
    low_performers,
    rate_trends,
    volatility,
)
from coachdesk.core.lifecycle.diagnosis import PRESSING
from coachdesk.core.lifecycle.facts import DayFact
from coachdesk.core.lifecycle.signals import CALM, NOT_STORMING, Signal, support
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, thresholds_from
from coachdesk.core.lifecycle.wording import default_wording
from tests.test_lifecycle_builders import (
    AS_OF,
    day_facts,
    days_ago,
    facts,
    flat_day,
    output,
    outputs,
    poisson_days,
    weeks_ago,
    working_days,
)

T = DEFAULT_THRESHOLDS
F, S, N, P = Stage.FORMING, Stage.STORMING, Stage.NORMING, Stage.PERFORMING


def calls_before_and_recent(before: int, recent: int) -> tuple[DayFact, ...]:
    """Constant calls per working day, changing 14 days before AS_OF."""
    return day_facts(lambda day: (recent if (AS_OF - day).days <= 14 else before, 100, 10, 500_000))


def window_deals(pattern: list[int], connected: int = 100, price_cents: int = 40_000) -> tuple[DayFact, ...]:
    """The 24 working days of the output window with deals repeating ``pattern``, flat days before them."""
    window = working_days(days_ago(28), AS_OF)
    older = day_facts(flat_day(300, connected, 10), until_back=28)
    deals = (pattern * len(window))[: len(window)]
    return older + tuple(DayFact(day, 300, connected, d, d * price_cents) for day, d in zip(window, deals, strict=True))


def by_id(signals: list[Signal]) -> dict[str, Signal]:
    return {s.id: s for s in signals}


# --- call volume ------------------------------------------------------------------------------------------------

CALL_USED = {"call_drop": -0.15, "min_working_days": 8}


def test_calls_fell_35_percent() -> None:
    signal = call_volume_change(facts(days=calls_before_and_recent(300, 195)), T)
    assert (signal.value, signal.finding) == (pytest.approx(-0.35), "fell")
    assert signal.support == support(storming=1.0)
    assert signal.severity == pytest.approx(1.0)  # 35 % is past twice the 15 % drop threshold
    assert (signal.weight, signal.thresholds) == (1.5, CALL_USED)
    assert signal.params == {"change_pct": 35, "recent": 195, "before": 300}


def test_calls_fell_20_percent_scales_severity() -> None:
    signal = call_volume_change(facts(days=calls_before_and_recent(300, 240)), T)
    assert signal.finding == "fell"
    assert signal.severity == pytest.approx(0.2 / 0.3)
    assert signal.support[S] == pytest.approx(0.2 / 0.3, abs=1e-4)


def test_a_drop_exactly_at_the_threshold_is_a_fall() -> None:
    limits = thresholds_from({"call_drop": -0.25})
    signal = call_volume_change(facts(days=calls_before_and_recent(300, 225)), limits)
    assert signal.value == -0.25  # 225 / 300 - 1 is exact in binary
    assert (signal.finding, signal.severity) == ("fell", pytest.approx(0.5))
    assert signal.thresholds["call_drop"] == -0.25
    just_above = call_volume_change(facts(days=calls_before_and_recent(300, 226)), limits)
    assert just_above.finding == "dipped"


def test_default_threshold_boundary() -> None:
    assert call_volume_change(facts(days=calls_before_and_recent(300, 255)), T).finding == "fell"  # -15 %
    assert call_volume_change(facts(days=calls_before_and_recent(300, 256)), T).finding == "dipped"


def test_calls_dipped() -> None:
    signal = call_volume_change(facts(days=calls_before_and_recent(300, 270)), T)
    assert signal.finding == "dipped"
    x = 0.1 / 0.3
    assert signal.support[S] == pytest.approx(x, abs=1e-4)
    assert (signal.support[N], signal.support[P], signal.support[F]) == (0.2, 0.2, 0.0)
    assert signal.severity == pytest.approx(0.5 * x)  # a dip is noted, not named: half the fall's severity
    assert signal.severity < PRESSING
    assert signal.params == {"change_pct": 10, "recent": 270, "before": 300}


def test_a_dip_just_above_the_drop_threshold_stays_under_pressing() -> None:
    # −14.7 %: x = 0.147 / 0.3 = 0.49, severity 0.5 · 0.49 = 0.245 < PRESSING (0.25); at −15 % it is a fall of 0.5.
    signal = call_volume_change(facts(days=calls_before_and_recent(300, 256)), T)
    assert signal.finding == "dipped"
    assert signal.severity == pytest.approx(0.5 * (44 / 300) / 0.3)
    assert signal.severity < PRESSING


@pytest.mark.parametrize("recent", [300, 310, 450])
def test_calls_held(recent: int) -> None:
    signal = call_volume_change(facts(days=calls_before_and_recent(300, recent)), T)
    assert (signal.finding, signal.support, signal.severity, signal.kind) == ("held", HELD, 0.0, CALM)
    assert signal.params["recent"] == recent


def test_days_without_calls_are_not_working_days() -> None:
    # A holiday week with zero calls in the recent window must not pull the average down.
    days = tuple(DayFact(d.day, 0, 0, 0, 0) if 3 <= (AS_OF - d.day).days <= 9 else d
                 for d in calls_before_and_recent(300, 300))
    assert call_volume_change(facts(days=days), T).finding == "held"


def test_short_recent_history() -> None:
    days = day_facts(flat_day(), until_back=11)  # nothing in the last 11 days: only 3 recent working days
    signal = call_volume_change(facts(days=days), T)
    assert (signal.finding, signal.value, signal.weight) == ("missing_short_history", None, 1.5)
    assert signal.params == {"recent_days": 3, "before_days": 24}
    assert signal.thresholds == CALL_USED


def test_short_earlier_history() -> None:
    days = day_facts(flat_day(), back=20)  # a young team: 5 working days before the last two weeks
    signal = call_volume_change(facts(days=days), T)
    assert signal.finding == "missing_short_history"
    assert signal.params == {"recent_days": 12, "before_days": 5}


def test_min_working_days_is_configurable() -> None:
    days = day_facts(flat_day(), back=20)
    signal = call_volume_change(facts(days=days), thresholds_from({"min_working_days": 4}))
    assert signal.finding == "held"


# --- steadiness of deals and revenue ----------------------------------------------------------------------------


def chance_noise(expected: list[float]) -> float:
    """What chance explains: the Poisson variance Σe plus two standard errors 2·√Σ(e + 2e²) of that estimate."""
    return sum(expected) + 2 * math.sqrt(sum(e + 2 * e * e for e in expected))


def test_excess_swing_hand_computed() -> None:
    # Flat expectation 10 a day: squares of the deviations 4·25 = 100; chance explains 40 + 2·√(4·(10 + 200))
    # = 40 + 2·√840 ≈ 97.97; scale Σe² = 400 → √(2.03 / 400) ≈ 0.071.
    assert chance_noise([10] * 4) == pytest.approx(40 + 2 * math.sqrt(840))
    assert excess_swing([5, 15, 15, 5], [100] * 4) == pytest.approx(math.sqrt((100 - 40 - 2 * math.sqrt(840)) / 400))
    # 0, 20, 20, 0: squares 4·100 = 400 → √((400 − 40 − 2·√840) / 400) ≈ 0.869.
    assert excess_swing([0, 20, 20, 0], [100] * 4) == pytest.approx(math.sqrt((400 - 40 - 2 * math.sqrt(840)) / 400))
    # 6, 14, 14, 6: squares 4·16 = 64 are less than chance explains: no swing.
    assert excess_swing([6, 14, 14, 6], [100] * 4) == 0.0
    # What chance alone explains is no swing: constant, trending or following call volume.
    assert excess_swing([10, 10, 10, 10], [100] * 4) == 0.0
    assert excess_swing([8, 10, 12, 14], [100] * 4) == 0.0
    assert excess_swing([5, 10, 15, 20], [50, 100, 150, 200]) == 0.0
    assert excess_swing([0, 0, 0], [0, 0, 0]) == 0.0


def test_deals_unstable_hand_computed() -> None:
    # 10, 30, 30, 10 deals on 100 connected calls, repeated over 24 days: a flat expectation of 20 a day (the
    # pattern has no trend). Squares 24·100 = 2400; chance 24·20 + 2·√(24·(20 + 2·400)) = 480 + 2·√19680 ≈ 760.6;
    # scale 24·400 = 9600 → swing √((2400 − 760.6) / 9600) ≈ 0.413.
    team = facts(days=window_deals([10, 30, 30, 10]))
    deals = volatility(team, T, "deals_volatility", revenue=False)
    swing = math.sqrt((2400 - 480 - 2 * math.sqrt(19680)) / 9600)
    x = 0.6 + 0.4 * (swing - 0.35) / 0.35
    assert (deals.value, deals.finding) == (pytest.approx(swing), "unstable")
    assert deals.severity == pytest.approx(x)
    assert deals.support[S] == pytest.approx(x, abs=1e-4)
    assert deals.weight == 1.5
    assert deals.family == "volatility"
    assert deals.params == {"swing_pct": 41, "days": 24, "per_day": 20.0}
    assert deals.thresholds == {"deals_volatility_high": 0.35, "deals_volatility_low": 0.15, "min_deals_per_day": 2.0}
    # Revenue at a fixed price swings the same, but its thresholds are wider: uneven, not unstable.
    revenue = volatility(team, T, "revenue_volatility", revenue=True)
    t = (swing - 0.25) / 0.2
    assert (revenue.value, revenue.finding) == (pytest.approx(swing), "uneven")
    assert revenue.severity == pytest.approx(0.4 * t)
    assert revenue.support[S] == pytest.approx(0.5 * t, abs=1e-4)
    assert revenue.support[N] == pytest.approx(0.5 * (1 - t), abs=1e-4)
    assert (revenue.weight, revenue.family) == (0.75, "volatility")
    assert revenue.thresholds == {"revenue_volatility_high": 0.45, "revenue_volatility_low": 0.25,
                                  "min_deals_per_day": 2.0}


def test_deals_uneven_hand_computed() -> None:
    # 13, 27, 27, 13: expectation 20 a day, squares 24·49 = 1176, chance 480 + 2·√19680 ≈ 760.6, scale 9600:
    # √(415.4 / 9600) ≈ 0.208, between 0.15 and 0.35; revenue's low is 0.25: steady.
    team = facts(days=window_deals([13, 27, 27, 13]))
    deals = volatility(team, T, "deals_volatility", revenue=False)
    swing = math.sqrt((1176 - 480 - 2 * math.sqrt(19680)) / 9600)
    assert deals.params == {"swing_pct": 21, "days": 24, "per_day": 20.0}
    t = (swing - 0.15) / 0.2
    assert (deals.value, deals.finding) == (pytest.approx(swing), "uneven")
    assert deals.severity == pytest.approx(0.4 * t)
    assert deals.support[S] == pytest.approx(0.5 * t, abs=1e-4)
    assert deals.support[N] == pytest.approx(0.5 * (1 - t), abs=1e-4)
    revenue = volatility(team, T, "revenue_volatility", revenue=True)
    assert (revenue.finding, revenue.severity) == ("steady", 0.0)
    assert revenue.support == support(norming=0.5, performing=0.5)


def test_unstable_when_conversion_swings_hugely_day_to_day() -> None:
    # Some days 3 % of connected calls close, other days 20 %: far beyond chance.
    team = facts(days=day_facts(poisson_days(11, conversion_of=lambda rng: rng.choice([0.03, 0.20]))))
    signals = by_id([volatility(team, T, "deals_volatility", revenue=False),
                     volatility(team, T, "revenue_volatility", revenue=True)])
    for signal in signals.values():
        assert signal.finding == "unstable"
        assert signal.value is not None and signal.value > 0.5
        assert 0.6 <= signal.severity <= 1.0
        assert signal.stages == (S,)


@pytest.mark.parametrize("seed", range(10))
def test_steady_for_a_team_whose_deals_are_pure_chance(seed: int) -> None:
    # ~800 calls, 35 % connected, 12 % of those close: about 34 deals a day, Poisson noise only.
    team = facts(days=day_facts(poisson_days(seed, calls=800)))
    deals = volatility(team, T, "deals_volatility", revenue=False)
    revenue = volatility(team, T, "revenue_volatility", revenue=True)
    assert (deals.finding, deals.severity) == ("steady", 0.0)
    assert deals.support == support(norming=0.5, performing=0.5)
    assert revenue.finding == "steady"
    assert revenue.value == pytest.approx(deals.value)  # one price: revenue swings exactly as deals do


def test_pure_chance_at_a_few_deals_a_day_reads_steady_39_times_in_40() -> None:
    # The two standard errors of the noise estimate keep chance "steady" about 39 times in 40 (docs/lifecycle.md).
    findings = [volatility(facts(days=day_facts(poisson_days(seed, calls=100))), T, "deals_volatility",
                           revenue=False).finding for seed in range(200)]  # ~4 deals a day
    assert findings.count("steady") >= 195


@pytest.mark.xfail(strict=True, reason="excess_swing's margin is two standard errors of a normal approximation; at "
                                       "~4 deals/day one seed of 200 (75: a day with 14 deals where ~4.5 are "
                                       "expected) still reads 'unstable' (swing 0.364 ≥ 0.35): the Poisson tail is "
                                       "heavier than the margin assumes")
def test_pure_chance_at_a_few_deals_a_day_is_never_unstable() -> None:
    findings = []
    for seed in range(200):
        team = facts(days=day_facts(poisson_days(seed, calls=100)))  # ~4 deals a day
        findings.append(volatility(team, T, "deals_volatility", revenue=False).finding)
    assert "unstable" not in findings


def test_few_deals() -> None:
    team = facts(days=day_facts(lambda day: (300, 100, 1, 80_000)))  # 24 deals in 24 working days < 2 a day
    for signal_id, revenue in (("deals_volatility", False), ("revenue_volatility", True)):
        signal = volatility(team, T, signal_id, revenue=revenue)
        assert (signal.finding, signal.value) == ("missing_few_deals", None)
        assert signal.params == {"deals": 24, "days": 24}
        assert signal.weight == WEIGHTS[signal_id]


def test_min_deals_per_day_is_configurable() -> None:
    team = facts(days=day_facts(lambda day: (300, 100, 1, 80_000)))
    limits = thresholds_from({"min_deals_per_day": 1})
    assert volatility(team, limits, "deals_volatility", revenue=False).finding == "steady"


def test_steadiness_needs_enough_working_days() -> None:
    team = facts(days=day_facts(flat_day(), back=9))  # 7 working days (two Sundays)
    signal = volatility(team, T, "deals_volatility", revenue=False)
    assert (signal.finding, signal.params) == ("missing_short_history", {"days": 7})


def test_deals_without_revenue_make_revenue_volatility_missing() -> None:
    team = facts(days=day_facts(lambda day: (300, 100, 10, 0)))  # 10 deals a day, no revenue recorded
    signal = volatility(team, T, "revenue_volatility", revenue=True)
    assert (signal.finding, signal.value, signal.weight) == ("missing_no_revenue", None, 0.75)
    assert signal.params == {"days": 24}
    assert signal.thresholds == {"revenue_volatility_high": 0.45, "revenue_volatility_low": 0.25,
                                 "min_deals_per_day": 2.0}
    assert default_wording().describe(signal, "en") == "No revenue recorded in the last 24 working days"
    assert default_wording().describe(signal, "zh") == "最近 24 个工作日没有记录业绩额"
    # Deals themselves are still judged: 10 on 100 connected every day is steady.
    assert volatility(team, T, "deals_volatility", revenue=False).finding == "steady"


# --- rate trends ------------------------------------------------------------------------------------------------


def weekly(connected_of_week, deals_of_week, calls: int = 500) -> tuple[DayFact, ...]:
    """Days whose connected calls and deals depend on how many weeks ago they are (0 = the last 7 days)."""
    return day_facts(lambda day: (calls, connected_of_week(weeks_ago(day)), deals_of_week(weeks_ago(day)), 0))


def test_connect_rate_falling_two_points_a_week() -> None:
    # 44 % eight weeks ago down to 30 % last week: −2 points a week, twice the 1-point threshold.
    connect, _ = rate_trends(facts(days=weekly(lambda w: 150 + 10 * w, lambda w: 15)), T)
    assert (connect.id, connect.finding) == ("connect_rate_trend", "falling")
    assert connect.value == pytest.approx(-0.02)
    assert connect.support == support(storming=1.0)
    assert connect.severity == pytest.approx(0.8)
    assert (connect.weight, connect.thresholds) == (1.0, {"connect_rate_drop": -0.01})
    assert connect.params == {"pts_per_week": -2.0, "first_pct": 44.0, "last_pct": 30.0, "weeks": 8}


def test_connect_rate_falling_slowly_has_half_severity_at_least() -> None:
    connect, _ = rate_trends(facts(days=weekly(lambda w: 150 + 6 * w, lambda w: 15)), T)  # −1.2 points a week
    assert connect.finding == "falling"
    assert connect.severity == pytest.approx(0.8 * 0.6)


@pytest.mark.parametrize("step", [0, -10, 3])
def test_connect_rate_holding(step: int) -> None:
    connect, _ = rate_trends(facts(days=weekly(lambda w: 150 + step * w, lambda w: 15)), T)
    assert (connect.finding, connect.severity) == ("holding", 0.0)
    assert (connect.support, connect.kind) == (HELD, CALM)  # "not storming", weak


def test_conversion_falling() -> None:
    # 100 connected a day; deals 10 a day eight weeks ago down to 3: conversion 10 % → 3 %, −1 point a week on a
    # mean of 6.5 %: −15.4 % a week, past twice the −5 % threshold.
    _, conversion = rate_trends(facts(days=weekly(lambda w: 100, lambda w: 3 + w)), T)
    assert (conversion.id, conversion.finding) == ("conversion_trend", "falling")
    assert conversion.value == pytest.approx(-0.01 / 0.065)
    assert conversion.support == support(storming=1.0)
    assert conversion.severity == pytest.approx(1.0)
    assert conversion.thresholds == {"conversion_drop": -0.05, "conversion_rise": 0.05}
    assert conversion.params == {"pct_per_week": -15.4, "first_pct": 10.0, "last_pct": 3.0, "weeks": 8}


def test_conversion_rising() -> None:
    _, conversion = rate_trends(facts(days=weekly(lambda w: 100, lambda w: 10 - w)), T)
    assert conversion.finding == "rising"
    assert conversion.value == pytest.approx(0.01 / 0.065)
    assert (conversion.support, conversion.severity) == (support(norming=0.6, forming=0.4), 0.0)
    assert conversion.params["pct_per_week"] == 15.4


def test_conversion_flat() -> None:
    _, conversion = rate_trends(facts(days=weekly(lambda w: 100, lambda w: 6)), T)
    assert (conversion.finding, conversion.value) == ("flat", 0.0)
    assert (conversion.support, conversion.kind) == (support(performing=0.4, norming=0.4, forming=0.2), CALM)
    assert conversion.severity == pytest.approx(0.15)
    assert conversion.params == {"pct_per_week": 0.0, "first_pct": 6.0, "last_pct": 6.0, "weeks": 8}


def test_conversion_thresholds_are_configurable() -> None:
    team = facts(days=weekly(lambda w: 100, lambda w: 3 + w))
    _, conversion = rate_trends(team, thresholds_from({"conversion_drop": -0.2}))
    assert conversion.finding == "flat"


def test_trends_need_three_weeks() -> None:
    team = facts(days=day_facts(flat_day(), back=14))
    connect, conversion = rate_trends(team, T)
    for signal in (connect, conversion):
        assert (signal.finding, signal.params) == ("missing_short_history", {"weeks": 2})


def test_a_week_with_one_working_day_is_left_out() -> None:
    days = tuple(d for d in weekly(lambda w: 150 + 10 * w, lambda w: 15) if weeks_ago(d.day) != 3 or
                 d.day.weekday() == 0)
    connect, conversion = rate_trends(facts(days=days), T)
    assert connect.params["weeks"] == conversion.params["weeks"] == 7
    assert connect.finding == "falling"


def test_a_skipped_week_does_not_steepen_the_trend() -> None:
    # Week 3 (a holiday) is left out but keeps its place in time: the other 7 weeks still fall 2 points a week
    # (fitting over their list positions would read −2.4).
    days = tuple(d for d in weekly(lambda w: 150 + 10 * w, lambda w: 15) if weeks_ago(d.day) != 3 or
                 d.day.weekday() == 0)
    connect, _ = rate_trends(facts(days=days), T)
    assert connect.value == pytest.approx(-0.02)
    assert connect.params == {"pts_per_week": -2.0, "first_pct": 44.0, "last_pct": 30.0, "weeks": 7}
    assert (connect.finding, connect.severity) == ("falling", pytest.approx(0.8))


def test_a_skipped_week_keeps_the_conversion_slope() -> None:
    # Conversion 10 % eight weeks ago down to 3 %, −1 point a week; week 5 skipped. The 7 weeks left are
    # 10, 9, 7, 6, 5, 4, 3 % (mean 44 / 7 %): the slope over their real places is still −1 point a week.
    days = tuple(d for d in weekly(lambda w: 100, lambda w: 3 + w) if weeks_ago(d.day) != 5 or
                 d.day.weekday() == 0)
    _, conversion = rate_trends(facts(days=days), T)
    assert conversion.value == pytest.approx(-0.01 / (0.44 / 7))
    assert conversion.params == {"pct_per_week": -15.9, "first_pct": 10.0, "last_pct": 3.0, "weeks": 7}


def test_calls_without_connected_figures_make_the_conversion_trend_missing() -> None:
    connect, conversion = rate_trends(facts(days=day_facts(lambda day: (300, 0, 0, 0))), T)
    assert (conversion.finding, conversion.value, conversion.weight) == ("missing_no_connects", None, 1.0)
    assert conversion.params == {"weeks": 0}
    assert conversion.thresholds == {"conversion_drop": -0.05, "conversion_rise": 0.05}
    assert default_wording().describe(conversion, "en") == (
        "Too few weeks with connected calls to see a conversion trend")
    # The connect rate is 0 % every week: a flat rate, holding.
    assert (connect.finding, connect.value) == ("holding", 0.0)


def test_the_conversion_trend_needs_three_weeks_with_connects() -> None:
    # Connected calls only in the last 2 weeks: 8 weeks of calls, but only 2 conversion rates.
    two = weekly(lambda w: 100 if w < 2 else 0, lambda w: 6 if w < 2 else 0)
    _, conversion = rate_trends(facts(days=two), T)
    assert (conversion.finding, conversion.params) == ("missing_no_connects", {"weeks": 2})
    # In the last 3 weeks: 3 rates of 6 %, enough for a (flat) trend.
    three = weekly(lambda w: 100 if w < 3 else 0, lambda w: 6 if w < 3 else 0)
    _, conversion = rate_trends(facts(days=three), T)
    assert (conversion.finding, conversion.value) == ("flat", 0.0)
    assert conversion.params == {"pct_per_week": 0.0, "first_pct": 6.0, "last_pct": 6.0, "weeks": 3}


# --- low performers ---------------------------------------------------------------------------------------------


def test_many_low_performers() -> None:
    # 8 reps close 2 a day, 2 close 0.5 a day: median 2, both below 1 → 2 of 10 = 20 %.
    signal = low_performers(facts(rep_output=outputs([40] * 8 + [10] * 2)), T)
    assert (signal.id, signal.value, signal.finding) == ("low_performers", 0.2, "many")
    assert signal.support == support(storming=0.6, forming=0.4)
    assert signal.severity == pytest.approx(0.8)  # x = 1: 0.8 · 1²
    assert (signal.weight, signal.thresholds, signal.family) == (1.0, {"low_performers_high": 0.2}, "low_performers")
    assert signal.params == {"below": 2, "reps": 10, "share_pct": 20, "measure": "deals", "median": 2.0}


def test_some_low_performers() -> None:
    signal = low_performers(facts(rep_output=outputs([40] * 9 + [10])), T)
    assert (signal.finding, signal.value) == ("some", 0.1)
    assert signal.severity == pytest.approx(0.8 * 0.5**2)  # x = 0.1 / 0.2: one weak rep in ten is not pressing
    assert signal.support == support(storming=0.3, forming=0.2)


def test_few_low_performers() -> None:
    signal = low_performers(facts(rep_output=outputs([40] * 19 + [10])), T)
    assert (signal.finding, signal.value) == ("few", 0.05)
    assert (signal.support, signal.kind) == (support(**NOT_STORMING), CALM)
    assert signal.severity == pytest.approx(0.8 * 0.25**2)  # x = 0.05 / 0.2
    none_below = low_performers(facts(rep_output=outputs([30, 35, 40, 45, 50])), T)
    assert (none_below.finding, none_below.severity, none_below.params["below"]) == ("few", 0.0, 0)


def test_exactly_half_the_median_is_not_below() -> None:
    signal = low_performers(facts(rep_output=outputs([40] * 5 + [20])), T)
    assert signal.params["below"] == 0


def test_new_hires_under_30_days_are_left_out() -> None:
    settled = outputs([40] * 8 + [10] * 2)
    newcomers = outputs([0, 0, 1], hired_days_ago=10, first_id=100, days_worked=8)
    signal = low_performers(facts(rep_output=settled + newcomers), T)
    assert signal.params == {"below": 2, "reps": 10, "share_pct": 20, "measure": "deals", "median": 2.0}


def test_new_hires_count_when_too_few_reps_are_settled() -> None:
    # Only 3 settled reps: everyone who worked is compared. Per day 2, 2, 0.5 and 2, 0, 0 → median 1.25,
    # below 0.625: 0.5, 0, 0 → 3 of 6.
    settled = outputs([40, 40, 10])
    newcomers = outputs([40, 0, 0], hired_days_ago=25, first_id=100)
    signal = low_performers(facts(rep_output=settled + newcomers), T)
    assert signal.params == {"below": 3, "reps": 6, "share_pct": 50, "measure": "deals", "median": 1.2}
    assert signal.finding == "many"


def test_calls_compared_when_nobody_closes_yet() -> None:
    # A new team: median deals 0, so effort is compared: 60 calls a day for 4 reps, 20 for 2 → 2 of 6 below 30.
    team = [output(i, 0, calls=1200, hired_days_ago=20) for i in range(4)]
    team += [output(10 + i, 0, calls=400, hired_days_ago=20) for i in range(2)]
    signal = low_performers(facts(rep_output=team), T)
    assert signal.params == {"below": 2, "reps": 6, "share_pct": 33, "measure": "calls", "median": 60.0}
    assert signal.finding == "many"


def test_reps_with_under_five_days_are_not_compared() -> None:
    team = [*outputs([40] * 4), output(50, 0, days_worked=4)]
    signal = low_performers(facts(rep_output=team), T)
    assert (signal.params["reps"], signal.params["below"]) == (4, 0)


def test_too_few_reps() -> None:
    signal = low_performers(facts(rep_output=outputs([40, 40, 10])), T)
    assert (signal.finding, signal.value, signal.params) == ("missing_few_reps", None, {"reps": 3})


# --- the provider: missing and stale activity -------------------------------------------------------------------


def healthy_team(**changes) -> dict:
    return {"formed_days_ago": 400, "days": day_facts(poisson_days(3, calls=800)),
            "rep_output": outputs([40] * 10), **changes}


def test_provider_yields_six_signals_in_order() -> None:
    ids = [s.id for s in ActivitySignals().signals(facts(**healthy_team()), T)]
    assert ids == list(WEIGHTS)


def test_no_activity_makes_every_activity_signal_missing() -> None:
    signals = list(ActivitySignals().signals(facts(**healthy_team(days=(), rep_output=())), T))
    assert [s.id for s in signals] == list(WEIGHTS)
    for signal in signals:
        assert (signal.finding, signal.value, signal.weight) == ("missing_no_activity", None, WEIGHTS[signal.id])
        assert signal.thresholds == {"stale_activity_days": 14}
        assert default_wording().describe(signal, "en") == "No activity has been imported for this team"


@pytest.mark.parametrize(("last_days_ago", "idle"), [(15, 14), (20, 19), (200, 199)])
def test_stale_activity_makes_every_activity_signal_missing(last_days_ago: int, idle: int) -> None:
    last = days_ago(last_days_ago)
    team = facts(**healthy_team(days=day_facts(flat_day(), until_back=last_days_ago), last_activity_day=last))
    signals = list(ActivitySignals().signals(team, T))
    assert len(signals) == len(WEIGHTS)
    for signal in signals:
        assert signal.finding == "missing_stale_activity"
        assert signal.params == {"days": idle, "last": last.isoformat()}
    assert f"in the last {idle} days" in default_wording().describe(signals[0], "en")


def test_activity_14_days_ago_is_still_used() -> None:
    last = days_ago(14)
    team = facts(**healthy_team(days=day_facts(flat_day(), until_back=14), last_activity_day=last))
    signals = by_id(list(ActivitySignals().signals(team, T)))
    assert not any(s.finding.startswith("missing_stale") for s in signals.values())
    assert signals["call_volume_change"].finding == "missing_short_history"  # no recent days, but not stale


def test_stale_activity_days_is_configurable() -> None:
    last = days_ago(10)
    team = facts(**healthy_team(days=day_facts(flat_day(), until_back=10), last_activity_day=last))
    limits = thresholds_from({"stale_activity_days": 7})
    signals = list(ActivitySignals().signals(team, limits))
    assert all(s.finding == "missing_stale_activity" for s in signals)
    assert signals[0].thresholds == {"stale_activity_days": 7}


def test_the_as_of_day_itself_is_not_read() -> None:
    # Figures dated AS_OF (imported early) do not change any window.
    base = day_facts(flat_day())
    extra = (*base, DayFact(AS_OF, 9999, 9999, 9999, 9999))
    first = list(ActivitySignals().signals(facts(days=base, rep_output=outputs([40] * 6)), T))
    second = list(ActivitySignals().signals(facts(days=extra, rep_output=outputs([40] * 6),
                                                  last_activity_day=days_ago(2)), T))
    assert first == second


def test_figures_are_deterministic_for_a_seed() -> None:
    rng_days = day_facts(poisson_days(5, conversion_of=lambda rng: rng.uniform(0.05, 0.2)))
    again = day_facts(poisson_days(5, conversion_of=lambda rng: rng.uniform(0.05, 0.2)))
    assert rng_days == again
    assert list(ActivitySignals().signals(facts(days=rng_days), T)) == list(ActivitySignals().signals(
        facts(days=again), T))
