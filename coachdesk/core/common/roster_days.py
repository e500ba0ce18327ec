"""Who is on a team on a day: the one rule, used by roster, activity, lifecycle and demo code alike."""

from __future__ import annotations

import datetime as dt


def on_roster(hired_on: dt.date, left_on: dt.date | None, day: dt.date) -> bool:
    """On the team on ``day``: hired on or before it and not yet left. The leaving day is the first day off the
    roster (membership periods are half-open, tenure stops there, turnover counts the departure on that day)."""
    return hired_on <= day and (left_on is None or day < left_on)


def on_roster_during(hired_on: dt.date, left_on: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """On the roster on at least one day of ``start``..``end`` (inclusive), by the rule of ``on_roster``."""
    return hired_on <= end and (left_on is None or start < left_on)
