"""Call-activity metrics for a rep, a group or a team over any period.

The store aggregates in SQL (one row per day, or per rep, or per group) and hands those rows here; nothing in
this module sees database rows or Qt.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from coachdesk.core.common.money import from_cents
from coachdesk.core.common.trend import by_week, slope


@dataclass(frozen=True, slots=True)
class Totals:
    calls: int = 0
    connected: int = 0
    talk_seconds: int = 0
    deals: int = 0
    revenue_cents: int = 0
    rep_days: int = 0  # rep-day rows recorded
    active_rep_days: int = 0  # rep-days with at least one call

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.calls, self.connected, self.talk_seconds, self.deals, self.revenue_cents, self.rep_days,
                self.active_rep_days)

    @property
    def revenue(self) -> Decimal:
        return from_cents(self.revenue_cents)

    @property
    def connect_rate(self) -> float | None:
        return self.connected / self.calls if self.calls else None

    @property
    def conversion(self) -> float | None:
        """Deals per connected call."""
        return self.deals / self.connected if self.connected else None

    @property
    def avg_talk_per_connect(self) -> float | None:
        return self.talk_seconds / self.connected if self.connected else None

    @property
    def revenue_per_rep_day(self) -> Decimal | None:
        if not self.active_rep_days:
            return None
        return (Decimal(self.revenue_cents) / 100 / self.active_rep_days).quantize(Decimal("0.01"))


def total(items: Iterable[Totals]) -> Totals:
    result = Totals()
    for item in items:
        result = result + item
    return result


@dataclass(frozen=True, slots=True)
class DayPoint:
    day: dt.date
    totals: Totals


def weekly(points: Iterable[DayPoint]) -> list[DayPoint]:
    """Roll daily points up into ISO weeks (the point's day is the Monday)."""
    return [DayPoint(start, total(p.totals for p in week)) for start, week in by_week(points, lambda p: p.day)]


def change(current: float, previous: float) -> float | None:
    """Relative change, e.g. -0.28 for a 28 % drop; None when there is nothing to compare with."""
    if previous == 0:
        return None
    return (current - previous) / previous


def volatility(values: Sequence[float]) -> float | None:
    """Coefficient of variation (population standard deviation / mean); None when the mean is 0."""
    if not values:
        return None
    mean = sum(values) / len(values)
    if mean == 0:
        return None
    variance = sum((v - mean) ** 2 for v in values) / len(values)
    return math.sqrt(variance) / mean


def streaks(points: Sequence[DayPoint], hit: Callable[[Totals], bool]) -> tuple[int, int]:
    """(current, longest) run of consecutive points on which ``hit`` holds. Pass working days only: a
    weekend without records does not break a run, a working day without a hit does. The current run is the
    one that ends on the last point."""
    longest = current = 0
    for point in sorted(points, key=lambda p: p.day):
        current = current + 1 if hit(point.totals) else 0
        longest = max(longest, current)
    return current, longest


@dataclass(frozen=True)
class Summary:
    totals: Totals
    previous: Totals
    change_calls: float | None
    change_deals: float | None
    change_revenue: float | None
    trend_calls_per_week: float | None  # slope of weekly calls over the last ``trend_weeks`` weeks
    trend_deals_per_week: float | None
    trend_connect_rate: float | None  # slope of the weekly connect rate (share points per week)
    trend_conversion: float | None
    volatility_deals: float | None
    volatility_revenue: float | None
    best_day: DayPoint | None
    worst_day: DayPoint | None
    deal_streak: int  # consecutive working days with a deal, ending on the last recorded day
    longest_deal_streak: int
    working_days: int
    weeks: list[DayPoint] = field(default_factory=list)


def summarise(points: Sequence[DayPoint], previous: Sequence[DayPoint] = (), trend_weeks: int = 8) -> Summary:
    """Everything the dashboard and ``coachdesk stats`` show for one series of daily points."""
    totals = total(p.totals for p in points)
    before = total(p.totals for p in previous)
    working = [p for p in points if p.totals.calls > 0]
    weeks = weekly(points)[-trend_weeks:]
    rates = [w.totals.connect_rate for w in weeks if w.totals.connect_rate is not None]
    conversions = [w.totals.conversion for w in weeks if w.totals.conversion is not None]
    ranked = sorted(working, key=lambda p: (p.totals.revenue_cents, p.totals.deals, p.day))
    current, longest = streaks(working, lambda t: t.deals > 0)
    return Summary(
        totals=totals,
        previous=before,
        change_calls=change(totals.calls, before.calls),
        change_deals=change(totals.deals, before.deals),
        change_revenue=change(totals.revenue_cents, before.revenue_cents),
        trend_calls_per_week=slope([w.totals.calls for w in weeks]),
        trend_deals_per_week=slope([w.totals.deals for w in weeks]),
        trend_connect_rate=slope(rates),
        trend_conversion=slope(conversions),
        volatility_deals=volatility([p.totals.deals for p in working]),
        volatility_revenue=volatility([p.totals.revenue_cents for p in working]),
        best_day=ranked[-1] if ranked else None,
        worst_day=ranked[0] if ranked else None,
        deal_streak=current,
        longest_deal_streak=longest,
        working_days=len(working),
        weeks=weeks,
    )
