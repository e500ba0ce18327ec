"""The reads behind the Activity tab: one team's aggregates for a range, and one rep's daily figures.

Plain results (core types and store read models), so the GUI job only turns them into chart arrays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from coachdesk.core.activity.metrics import DayPoint
from coachdesk.core.activity.ranges import RangeChoice
from coachdesk.core.common.periods import DateRange
from coachdesk.core.common.roster_days import on_roster_during
from coachdesk.core.roster.model import MemberRow
from coachdesk.store.activity.stats import KeyedTotals, activity_span, by_group, by_rep, daily_points, rep_daily_deals
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster


@dataclass
class DashboardFigures:
    span: DateRange | None  # None: the team has no activity at all
    period: DateRange
    points: list[DayPoint] = field(default_factory=list)
    previous: list[DayPoint] = field(default_factory=list)
    groups: list[KeyedTotals] = field(default_factory=list)
    reps: list[KeyedTotals] = field(default_factory=list)
    deals_by_rep: dict[int, list[tuple[dt.date, int]]] = field(default_factory=dict)  # days with deals
    members: list[MemberRow] = field(default_factory=list)

    def silent_sellers(self, seen: set[int]) -> list[MemberRow]:
        """Sellers on the roster during the range who recorded nothing: a coach wants to see them too."""
        if self.span is None:
            return []
        return [m for m in self.members if m.id not in seen and m.role.sells
                and on_roster_during(m.hired_on, m.left_on, self.period.start, self.period.end)]


def query_dashboard(session: Session, team_id: int, choice: RangeChoice, today: dt.date) -> DashboardFigures:
    """The store calls, nothing else (the dashboard benchmark's baseline measures exactly this)."""
    span = activity_span(session, team_id)
    period = choice.resolve(span, today)
    members = list(roster.list_members(session, team_id))
    if span is None:
        return DashboardFigures(None, period, members=members)
    return DashboardFigures(
        span, period,
        points=daily_points(session, team_id, period),
        previous=daily_points(session, team_id, period.previous()),
        groups=by_group(session, team_id, period),
        reps=by_rep(session, team_id, period),
        deals_by_rep=rep_daily_deals(session, team_id, period),
        members=members,
    )


def dashboard_figures(db: Database, team_id: int, choice: RangeChoice, today: dt.date) -> DashboardFigures:
    with db.session() as session:
        return query_dashboard(session, team_id, choice, today)


@dataclass
class RepFigures:
    period: DateRange
    points: list[DayPoint]
    previous: list[DayPoint]


def rep_figures(db: Database, team_id: int, member_id: int, choice: RangeChoice, today: dt.date) -> RepFigures:
    """One rep's daily figures (range presets anchor on the team's activity)."""
    with db.session() as session:
        period = choice.resolve(activity_span(session, team_id), today)
        points = daily_points(session, team_id, period, member_id=member_id)
        previous = daily_points(session, team_id, period.previous(), member_id=member_id)
    return RepFigures(period, points, previous)
