"""What the dashboard shows, computed off the GUI thread: store aggregates -> summary, chart arrays, rep rows.

``load_dashboard`` is the job the Activity tab runs through gui/tasks.py; it only reads (SQL GROUP BY in
store/activity/dashboard.py) and returns plain data, so the GUI thread just hands arrays to the widgets.
No widgets here; QCoreApplication.translate is not used either (labels are added by the widgets).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from coachdesk.core.activity.metrics import DayPoint, Summary, Totals, summarise
from coachdesk.core.activity.ranges import DEFAULT_RANGE, RangeChoice, RangeKind, spark_bucket_days
from coachdesk.core.common.periods import DateRange
from coachdesk.core.common.trend import slope
from coachdesk.store.activity.dashboard import DashboardFigures, dashboard_figures, rep_figures
from coachdesk.store.activity.stats import KeyedTotals
from coachdesk.store.database import Database

__all__ = ["DEFAULT_RANGE", "RangeChoice", "RangeKind", "spark_bucket_days"]  # re-exported for the widgets

EPOCH = dt.date(1970, 1, 1)
DAY_SECONDS = 86_400.0


def day_x(day: dt.date) -> float:
    """Chart x coordinate of a day: seconds since the epoch at 00:00 UTC (the date axis runs in UTC)."""
    return (day - EPOCH).days * DAY_SECONDS


@dataclass(frozen=True)
class RepRow:
    member_id: int
    name: str
    employee_id: str
    group: str
    active: bool
    totals: Totals
    spark: np.ndarray  # average deals per day in each bucket, oldest first
    spark_trend: float  # least-squares slope of ``spark`` per bucket (sort key of the trend column)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.employee_id})"


@dataclass
class Series:
    """Daily totals as chart arrays (one element per day with activity, oldest first)."""

    days: list[dt.date] = field(default_factory=list)
    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    calls: np.ndarray = field(default_factory=lambda: np.empty(0))
    connected: np.ndarray = field(default_factory=lambda: np.empty(0))
    deals: np.ndarray = field(default_factory=lambda: np.empty(0))
    revenue: np.ndarray = field(default_factory=lambda: np.empty(0))  # yuan
    revenue_cents: list[int] = field(default_factory=list)  # exact, for the hover text

    @classmethod
    def of(cls, points: list[DayPoint]) -> Series:
        if not points:
            return cls()
        t = [p.totals for p in points]
        return cls(
            days=[p.day for p in points],
            x=np.array([day_x(p.day) for p in points], dtype=float),
            calls=np.array([v.calls for v in t], dtype=float),
            connected=np.array([v.connected for v in t], dtype=float),
            deals=np.array([v.deals for v in t], dtype=float),
            revenue=np.array([v.revenue_cents for v in t], dtype=float) / 100.0,
            revenue_cents=[v.revenue_cents for v in t],
        )

    def __len__(self) -> int:
        return len(self.days)

    def connect_mask(self, max_gap_days: int = 3) -> np.ndarray:
        """Join neighbouring points with a line unless more than a long weekend lies between them."""
        if len(self.x) < 2:
            return np.ones(len(self.x), dtype=bool)
        gaps = np.diff(self.x) <= max_gap_days * DAY_SECONDS
        return np.append(gaps, True)


@dataclass
class DashboardData:
    team_id: int
    choice: RangeChoice
    span: DateRange | None  # None: the team has no activity at all
    period: DateRange
    summary: Summary
    series: Series
    groups: list[KeyedTotals]
    reps: list[RepRow]
    spark_bucket_days: int

    @property
    def has_activity(self) -> bool:
        return self.span is not None

    @property
    def range_empty(self) -> bool:
        return len(self.series) == 0


def sparkline(days: list[tuple[dt.date, int]], period: DateRange, bucket: int) -> np.ndarray:
    """Average deals per day per bucket; buckets are counted back from the range's end so the newest is whole.
    ``days`` holds (day, deals) for the days with deals; every other day counts 0."""
    values = np.zeros(period.days, dtype=float)
    for day, deals in days:
        values[(day - period.start).days] = deals
    if bucket == 1:
        return values
    ends = np.arange(period.days, 0, -bucket)[::-1]  # bucket ends (exclusive), oldest first
    starts = np.maximum(ends - bucket, 0)
    return np.add.reduceat(values, starts) / (ends - starts)


def build(team_id: int, choice: RangeChoice, raw: DashboardFigures) -> DashboardData:
    period = raw.period
    bucket = spark_bucket_days(period)
    members = {m.id: m for m in raw.members}
    reps: list[RepRow] = []
    seen: set[int] = set()
    for row in raw.reps:
        member_id = int(row.key)
        seen.add(member_id)
        m = members.get(member_id)
        spark = sparkline(raw.deals_by_rep.get(member_id, []), period, bucket)
        reps.append(RepRow(member_id, m.name if m else row.label, m.employee_id if m else "",
                           m.group_name if m else "", m.active if m else True, row.totals, spark,
                           slope(list(spark)) or 0.0))
    for m in raw.silent_sellers(seen):
        reps.append(RepRow(m.id, m.name, m.employee_id, m.group_name, m.active, Totals(),
                           sparkline([], period, bucket), 0.0))
    summary = summarise(raw.points, raw.previous)
    return DashboardData(team_id, choice, raw.span, period, summary, Series.of(raw.points), raw.groups,
                         reps, bucket)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a long range turns into ~250,000 short-lived row objects, which
    trigger collections that walk every live object of the GUI (~20 % of the load time for 400 reps x 2
    years). Nothing here makes reference cycles; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_dashboard(db: Database, team_id: int, choice: RangeChoice, today: dt.date | None = None) -> DashboardData:
    with gc_paused():
        raw = dashboard_figures(db, team_id, choice, today or dt.date.today())
        return build(team_id, choice, raw)


@dataclass
class RepData:
    member_id: int
    period: DateRange
    summary: Summary
    series: Series


def load_rep(db: Database, team_id: int, member_id: int, choice: RangeChoice,
             today: dt.date | None = None) -> RepData:
    """One rep's daily figures for the rep chart dialog (range presets anchor on the team's activity)."""
    raw = rep_figures(db, team_id, member_id, choice, today or dt.date.today())
    return RepData(member_id, raw.period, summarise(raw.points, raw.previous), Series.of(raw.points))
