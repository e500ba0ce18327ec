"""The dashboard's range rules (core/activity/ranges.py) and who shows up with no figures (store)."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.core.activity.ranges import DEFAULT_RANGE, RangeChoice, RangeKind, spark_bucket_days
from coachdesk.core.common.periods import DateRange
from coachdesk.core.roster.model import MemberRow, Role
from coachdesk.store.activity.dashboard import DashboardFigures

SPAN = DateRange(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
TODAY = dt.date(2025, 12, 1)


def test_presets_end_on_the_last_day_with_activity_not_today() -> None:
    assert RangeChoice(RangeKind.LAST_7).resolve(SPAN, TODAY) == DateRange(dt.date(2025, 6, 24), dt.date(2025, 6, 30))
    assert RangeChoice(RangeKind.THIS_MONTH).resolve(SPAN, TODAY) == DateRange(dt.date(2025, 6, 1), SPAN.end)
    assert RangeChoice(RangeKind.ALL).resolve(SPAN, TODAY) == SPAN


def test_without_activity_presets_end_today_and_all_is_today() -> None:
    assert RangeChoice(RangeKind.LAST_7).resolve(None, TODAY).end == TODAY
    assert RangeChoice(RangeKind.ALL).resolve(None, TODAY) == DateRange(TODAY, TODAY)


def test_custom_dates_win_and_custom_without_dates_is_the_default() -> None:
    custom = DateRange(dt.date(2025, 2, 1), dt.date(2025, 2, 10))
    assert RangeChoice(RangeKind.CUSTOM, custom).resolve(SPAN, TODAY) == custom
    assert RangeChoice(RangeKind.CUSTOM).resolve(SPAN, TODAY) == RangeChoice(DEFAULT_RANGE).resolve(SPAN, TODAY)


@pytest.mark.parametrize(("days", "bucket"), [(1, 1), (62, 1), (63, 7), (434, 7), (435, 28), (800, 28)])
def test_spark_buckets(days: int, bucket: int) -> None:
    start = dt.date(2024, 1, 1)
    assert spark_bucket_days(DateRange(start, start + dt.timedelta(days=days - 1))) == bucket


def member(member_id: int, role: Role, hired: dt.date, left: dt.date | None) -> MemberRow:
    return MemberRow(id=member_id, team_id=1, employee_id=f"E{member_id}", name=f"M{member_id}", phone="", role=role,
                     hired_on=hired, left_on=left, leave_reason="", group_id=None, group_name="")


def test_silent_sellers_are_sellers_on_the_roster_during_the_range_without_figures() -> None:
    period = DateRange(dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    members = [
        member(1, Role.REP, dt.date(2025, 1, 1), None),  # has figures
        member(2, Role.REP, dt.date(2025, 1, 1), None),  # silent
        member(3, Role.REP, dt.date(2025, 1, 1), dt.date(2025, 6, 1)),  # left on the first day: off the roster
        member(4, Role.REP, dt.date(2025, 1, 1), dt.date(2025, 6, 2)),  # on the roster on June 1st
        member(5, Role.REP, dt.date(2025, 7, 1), None),  # hired after the range
        member(6, Role.GROUP_LEADER, dt.date(2025, 1, 1), None),  # sells too
        member(7, Role.TRAINER, dt.date(2025, 1, 1), None),  # does not sell
    ]
    figures = DashboardFigures(SPAN, period, members=members)
    assert [m.id for m in figures.silent_sellers({1})] == [2, 4, 6]
    assert DashboardFigures(None, period, members=members).silent_sellers(set()) == []
