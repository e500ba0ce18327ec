"""Activity metrics on hand-computed cases, plus properties where they are natural."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.core.activity.metrics import (
    DayPoint,
    Totals,
    change,
    slope,
    streaks,
    summarise,
    total,
    volatility,
    weekly,
)

MON = dt.date(2024, 5, 6)  # a Monday


def t(calls: int = 0, connected: int = 0, talk: int = 0, deals: int = 0, revenue: int = 0, rep_days: int = 1,
      active: int | None = None) -> Totals:
    return Totals(calls, connected, talk, deals, revenue, rep_days, (1 if calls else 0) if active is None else active)


def point(offset: int, **figures: int) -> DayPoint:
    return DayPoint(MON + dt.timedelta(days=offset), t(**figures))


def test_totals_add_and_rates() -> None:
    a = t(100, 40, 4000, 2, 200_000, 1)
    b = t(50, 10, 1000, 1, 50_050, 1)
    both = a + b
    assert both.as_tuple() == (150, 50, 5000, 3, 250_050, 2, 2)
    assert both.connect_rate == pytest.approx(1 / 3)
    assert both.conversion == pytest.approx(0.06)
    assert both.avg_talk_per_connect == 100
    assert both.revenue == Decimal("2500.50")
    assert both.revenue_per_rep_day == Decimal("1250.25")
    assert total([a, b, Totals()]) == both
    assert total([]) == Totals()


def test_rates_without_a_denominator() -> None:
    empty = Totals()
    assert (empty.connect_rate, empty.conversion, empty.avg_talk_per_connect, empty.revenue_per_rep_day) == (
        None, None, None, None)
    assert empty.revenue == Decimal("0.00")


def test_revenue_per_rep_day_rounds_to_cents() -> None:
    assert t(1, revenue=1000, rep_days=3, active=3).revenue_per_rep_day == Decimal("3.33")


@pytest.mark.parametrize(("values", "expected"), [
    ([1, 2, 3], 1.0), ([3, 1], -2.0), ([5, 5, 5, 5], 0.0), ([0, 10, 0, 10], 2.0), ([2, 4, 9], 3.5),
    ([5], None), ([], None),
])
def test_slope(values: list[float], expected: float | None) -> None:
    assert slope(values) == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(("current", "previous", "expected"), [
    (72, 100, -0.28), (150, 100, 0.5), (0, 10, -1.0), (5, 0, None), (0, 0, None),
])
def test_change(current: float, previous: float, expected: float | None) -> None:
    assert change(current, previous) == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(("values", "expected"), [
    ([2, 4, 4, 4, 5, 5, 7, 9], 0.4),  # mean 5, population sd 2
    ([3, 3, 3], 0.0), ([0, 2], 1.0), ([], None), ([0, 0], None),
])
def test_volatility(values: list[float], expected: float | None) -> None:
    assert volatility(values) == (pytest.approx(expected) if expected is not None else None)


def test_streaks() -> None:
    deals = [1, 1, 0, 1, 1, 1, 0, 1, 1]
    points = [point(i, calls=10, connected=5, deals=d) for i, d in enumerate(deals)]
    assert streaks(points, lambda x: x.deals > 0) == (2, 3)
    assert streaks(list(reversed(points)), lambda x: x.deals > 0) == (2, 3)  # sorted by day first
    assert streaks(points[:7], lambda x: x.deals > 0) == (0, 3)
    assert streaks([], lambda x: True) == (0, 0)


def test_weekly_rollup() -> None:
    points = [point(0, calls=10), point(4, calls=20), point(5, calls=5), point(7, calls=7), point(13, calls=1),
              point(-1, calls=3)]  # Sunday before, Mon–Sat of week 1, Mon and Sun of week 2
    weeks = weekly(points)
    assert [w.day for w in weeks] == [MON - dt.timedelta(days=7), MON, MON + dt.timedelta(days=7)]
    assert [w.totals.calls for w in weeks] == [3, 35, 8]
    assert [w.totals.rep_days for w in weeks] == [1, 3, 2]
    assert weekly([]) == []


def test_summarise_hand_computed() -> None:
    # Two weeks: Mon–Fri with calls, a Saturday with a record but no calls (not a working day).
    figures = [(100, 30, 2), (120, 36, 3), (80, 20, 0), (110, 33, 1), (90, 27, 2), (0, 0, 0),
               (130, 40, 4), (100, 30, 2), (100, 30, 0), (120, 35, 1), (110, 33, 3)]
    offsets = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11]
    points = [point(o, calls=c, connected=k, talk=k * 60, deals=d, revenue=d * 100_000) for o, (c, k, d) in
              zip(offsets, figures, strict=True)]
    previous = [point(-7 + i, calls=100, connected=30, deals=1, revenue=100_000) for i in range(5)]
    s = summarise(points, previous, trend_weeks=8)
    assert s.totals.calls == 1060 and s.totals.deals == 18 and s.totals.rep_days == 11
    assert s.totals.active_rep_days == 10 and s.working_days == 10
    assert s.previous.calls == 500 and s.previous.deals == 5
    assert s.change_calls == pytest.approx(1.12) and s.change_deals == pytest.approx(2.6)
    assert s.change_revenue == pytest.approx(2.6)
    assert [w.totals.calls for w in s.weeks] == [500, 560]
    assert s.trend_calls_per_week == pytest.approx(60)
    assert s.trend_deals_per_week == pytest.approx(2)
    assert s.trend_connect_rate == pytest.approx(168 / 560 - 146 / 500)
    assert s.trend_conversion == pytest.approx(10 / 168 - 8 / 146)
    deals = [2, 3, 0, 1, 2, 4, 2, 0, 1, 3]
    assert s.volatility_deals == pytest.approx(volatility(deals))
    assert s.best_day is not None and s.best_day.day == MON + dt.timedelta(days=7)  # 4 deals, the most revenue
    assert s.worst_day is not None and s.worst_day.day == MON + dt.timedelta(days=2)  # earliest of the zero days
    assert (s.deal_streak, s.longest_deal_streak) == (2, 4)  # Thu Fri (Sat skipped) Mon Tue; then Thu Fri


def test_summarise_nothing() -> None:
    s = summarise([])
    assert s.totals == Totals() and s.best_day is None and s.worst_day is None
    assert s.change_calls is None and s.trend_calls_per_week is None and s.volatility_deals is None
    assert (s.deal_streak, s.longest_deal_streak, s.working_days, s.weeks) == (0, 0, 0, [])


def test_trend_uses_only_the_last_weeks() -> None:
    points = [point(7 * week, calls=1000 if week < 5 else 10 * week) for week in range(10)]
    s = summarise(points, trend_weeks=3)
    assert [w.totals.calls for w in s.weeks] == [70, 80, 90]
    assert s.trend_calls_per_week == pytest.approx(10)


# ---------------------------------------------------------------- properties

FINITE = st.floats(-1e6, 1e6, allow_nan=False)


@given(FINITE, FINITE, st.integers(2, 60))
def test_slope_of_a_line_is_its_gradient(a: float, b: float, n: int) -> None:
    assert slope([a + b * x for x in range(n)]) == pytest.approx(b, abs=1e-6 * (1 + abs(a) + abs(b)))


@given(st.lists(FINITE, min_size=2, max_size=40), FINITE)
def test_slope_ignores_a_constant_shift(values: list[float], shift: float) -> None:
    assert slope([v + shift for v in values]) == pytest.approx(slope(values), abs=1e-4 * (1 + abs(shift)))


@given(st.lists(st.floats(0.1, 1e4), min_size=1, max_size=40), st.floats(0.01, 100))
def test_volatility_is_scale_free_and_not_negative(values: list[float], factor: float) -> None:
    cv = volatility(values)
    assert cv is not None and cv >= 0
    assert volatility([v * factor for v in values]) == pytest.approx(cv, rel=1e-6, abs=1e-9)


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 300), st.integers(0, 10)), max_size=60))
def test_weekly_keeps_every_figure(rows: list[tuple[int, int, int]]) -> None:
    points = [point(offset, calls=calls, connected=min(calls, calls // 3), deals=deals) for offset, calls, deals in
              rows]
    weeks = weekly(points)
    assert total(w.totals for w in weeks) == total(p.totals for p in points)
    assert all(w.day.weekday() == 0 for w in weeks) and [w.day for w in weeks] == sorted({w.day for w in weeks})


@given(st.lists(st.booleans(), max_size=50))
def test_streak_bounds(hits: list[bool]) -> None:
    points = [point(i, calls=1, deals=int(h)) for i, h in enumerate(hits)]
    current, longest = streaks(points, lambda x: x.deals > 0)
    assert 0 <= current <= longest <= len(hits)
    assert longest == max((len(run) for run in "".join("1" if h else "0" for h in hits).split("0")), default=0)
    assert current == len(hits) - (max((i for i, h in enumerate(hits) if not h), default=-1) + 1)


@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=30), st.lists(st.integers(1, 10**6), max_size=30))
def test_change_matches_totals(current: list[int], previous: list[int]) -> None:
    s = summarise([point(i, calls=c) for i, c in enumerate(current)],
                  [point(-100 + i, calls=c) for i, c in enumerate(previous)])
    if previous:
        assert math.isclose(s.change_calls, sum(current) / sum(previous) - 1, rel_tol=1e-9, abs_tol=1e-12)
    else:
        assert s.change_calls is None
