"""What the dashboard shows, computed off the GUI thread: store aggregates -> summary, chart arrays, rep rows.

``load_dashboard`` is the job the Activity tab runs through gui/tasks.py; it only reads (SQL GROUP BY in
store/activity_stats.py) and returns plain data, so the GUI thread just hands arrays to the widgets.
No widgets here; QCoreApplication.translate is not used either (labels are added by the widgets).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from sqlalchemy.orm import Session

from coachdesk.core.activity.metrics import DayPoint, Summary, Totals, slope, summarise
from coachdesk.core.common.periods import DateRange, Preset, preset_range
from coachdesk.core.roster.model import Role
from coachdesk.store.activity.stats import KeyedTotals, activity_span, by_group, by_rep, daily_points, rep_daily_deals
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster

EPOCH = dt.date(1970, 1, 1)
DAY_SECONDS = 86_400.0


def day_x(day: dt.date) -> float:
    """Chart x coordinate of a day: seconds since the epoch at 00:00 UTC (the date axis runs in UTC)."""
    return (day - EPOCH).days * DAY_SECONDS


class RangeKind(StrEnum):
    LAST_7 = Preset.LAST_7.value
    LAST_30 = Preset.LAST_30.value
    LAST_90 = Preset.LAST_90.value
    THIS_MONTH = Preset.THIS_MONTH.value
    LAST_YEAR = Preset.LAST_YEAR.value
    ALL = "all"
    CUSTOM = "custom"


DEFAULT_RANGE = RangeKind.LAST_30


@dataclass(frozen=True)
class RangeChoice:
    """A preset (resolved against the team's activity when the query runs) or fixed custom dates."""

    kind: RangeKind = DEFAULT_RANGE
    custom: DateRange | None = None

    def resolve(self, span: DateRange | None, today: dt.date) -> DateRange:
        """Presets end on the last day with activity (so a team whose latest import is a week old, or the demo,
        still shows its figures); "this month" is the month of that day up to that day."""
        if self.kind == RangeKind.CUSTOM and self.custom is not None:
            return self.custom
        anchor = span.end if span is not None else today
        if self.kind == RangeKind.ALL:
            return span if span is not None else DateRange(anchor, anchor)
        if self.kind == RangeKind.CUSTOM:  # no dates yet: behave like the default
            return preset_range(Preset(DEFAULT_RANGE.value), anchor)
        return preset_range(Preset(self.kind.value), anchor)


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


def spark_bucket_days(period: DateRange) -> int:
    """Daily points up to two months, weekly up to about a year, then four-weekly."""
    if period.days <= 62:
        return 1
    if period.days <= 434:
        return 7
    return 28


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


def query(session: Session, team_id: int, choice: RangeChoice, today: dt.date) -> dict:
    """The store calls, nothing else (the benchmark's baseline measures exactly this)."""
    span = activity_span(session, team_id)
    period = choice.resolve(span, today)
    if span is None:
        return {"span": None, "period": period, "points": [], "previous": [], "groups": [], "reps": [],
                "series": {}, "members": roster.list_members(session, team_id)}
    return {
        "span": span,
        "period": period,
        "points": daily_points(session, team_id, period),
        "previous": daily_points(session, team_id, period.previous()),
        "groups": by_group(session, team_id, period),
        "reps": by_rep(session, team_id, period),
        "series": rep_daily_deals(session, team_id, period),
        "members": roster.list_members(session, team_id),
    }


def build(team_id: int, choice: RangeChoice, raw: dict) -> DashboardData:
    period: DateRange = raw["period"]
    bucket = spark_bucket_days(period)
    members = {m.id: m for m in raw["members"]}
    reps: list[RepRow] = []
    seen: set[int] = set()
    series: dict[int, list[tuple[dt.date, int]]] = raw["series"]
    for row in raw["reps"]:
        member_id = int(row.key)
        seen.add(member_id)
        m = members.get(member_id)
        spark = sparkline(series.get(member_id, []), period, bucket)
        reps.append(RepRow(member_id, m.name if m else row.label, m.employee_id if m else "",
                           m.group_name if m else "", m.active if m else True, row.totals, spark,
                           slope(list(spark)) or 0.0))
    if raw["span"] is not None:
        # Reps who were on the team during the range but recorded nothing: a coach wants to see them too.
        for m in raw["members"]:
            if m.id in seen or m.role != Role.REP or m.hired_on > period.end:
                continue
            if m.left_on is not None and m.left_on <= period.start:
                continue
            reps.append(RepRow(m.id, m.name, m.employee_id, m.group_name, m.active, Totals(),
                               sparkline([], period, bucket), 0.0))
    summary = summarise(raw["points"], raw["previous"])
    return DashboardData(team_id, choice, raw["span"], period, summary, Series.of(raw["points"]), raw["groups"],
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
        with db.session() as session:
            raw = query(session, team_id, choice, today or dt.date.today())
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
    with db.session() as session:
        period = choice.resolve(activity_span(session, team_id), today or dt.date.today())
        points = daily_points(session, team_id, period, member_id=member_id)
        previous = daily_points(session, team_id, period.previous(), member_id=member_id)
    return RepData(member_id, period, summarise(points, previous), Series.of(points))
