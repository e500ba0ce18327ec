"""When a team formed, as its own data tells it.

A team added without a formation date gets one from its history: the earliest of its first membership and its
first day of activity (the store applies this on import and says so). A typed date later than that data is kept
but reported, and the diagnosis counts the team's age from the first activity it has: a team that made calls
on a day had formed by then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def formation_from_history(first_activity: dt.date | None, first_membership: dt.date | None) -> dt.date | None:
    """The earliest date the team's own data shows it existing (None: no data yet)."""
    known = [d for d in (first_activity, first_membership) if d is not None]
    return min(known) if known else None


@dataclass(frozen=True, slots=True)
class FormedOn:
    day: dt.date  # the date the diagnosis counts the team's age from
    recorded: dt.date  # the team's formation date as stored
    from_activity: bool  # True: the recorded date is later than the team's first activity, which wins


def effective_formed_on(recorded: dt.date, first_activity: dt.date | None) -> FormedOn:
    if first_activity is not None and first_activity < recorded:
        return FormedOn(first_activity, recorded, True)
    return FormedOn(recorded, recorded, False)
