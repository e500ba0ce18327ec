"""What the store hands the signal providers: aggregated, plain data about one team as of one day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from coachdesk.core.common.roster_days import on_roster
from coachdesk.core.lifecycle.survey import Response

# How far back the store reads daily figures: half a year (long-run results; the trends use the last 8 weeks).
ACTIVITY_LOOKBACK_DAYS = 182
OUTPUT_WINDOW_DAYS = 28


@dataclass(frozen=True, slots=True)
class MemberFact:
    hired_on: dt.date
    left_on: dt.date | None
    sells: bool  # Role.sells (core/roster SELLING_ROLES), decided by the store
    last_active: dt.date | None = None  # the member's last day with calls before as_of (None: none recorded)

    def active_on(self, day: dt.date) -> bool:
        return on_roster(self.hired_on, self.left_on, day)


@dataclass(frozen=True, slots=True)
class DayFact:
    """The team's totals on one day with figures."""

    day: dt.date
    calls: int
    connected: int
    deals: int
    revenue_cents: int


@dataclass(frozen=True, slots=True)
class RepOutput:
    """One rep's output over the last OUTPUT_WINDOW_DAYS days (reps who worked at least one day)."""

    member_id: int
    hired_on: dt.date
    deals: int
    calls: int
    days_worked: int


@dataclass(frozen=True)
class TeamFacts:
    team_id: int
    formed_on: dt.date
    as_of: dt.date
    members: tuple[MemberFact, ...]
    days: tuple[DayFact, ...]  # days before as_of within ACTIVITY_LOOKBACK_DAYS, oldest first
    rep_output: tuple[RepOutput, ...]
    last_activity_day: dt.date | None  # the newest day with figures on or before as_of (any age)
    survey: tuple[Response, ...]
    # Facts gathered for signal providers added by later modules (drills, targets, 1:1s), by provider id.
    extras: Mapping[str, object] = field(default_factory=dict)
    # The team's stored formation date when ``formed_on`` was moved earlier to its first activity (formation.py).
    recorded_formed_on: dt.date | None = None

    @property
    def team_age_days(self) -> int:
        return (self.as_of - self.formed_on).days
