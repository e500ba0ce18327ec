"""Daily call activity of one rep: the figures every diagnosis, ranking and plan rests on.

Money is kept as integer cents (``core.common.money``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Field(StrEnum):
    """The columns an activity import understands. DATE and one of EMPLOYEE_ID/NAME identify the row."""

    DATE = "date"
    EMPLOYEE_ID = "employee_id"
    NAME = "name"
    CALLS = "calls"
    CONNECTED = "connected"
    TALK_TIME = "talk_time"
    DEALS = "deals"
    REVENUE = "revenue"
    INTENT = "intent"


FIGURE_FIELDS: tuple[Field, ...] = (Field.CALLS, Field.CONNECTED, Field.TALK_TIME, Field.DEALS, Field.REVENUE,
                                    Field.INTENT)
REQUIRED_FIGURES: tuple[Field, ...] = (Field.CALLS, Field.CONNECTED, Field.TALK_TIME, Field.DEALS, Field.REVENUE)


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One rep's figures for one day. ``intent`` is None when the source has no intent-customer column."""

    calls: int = 0
    connected: int = 0
    talk_seconds: int = 0
    deals: int = 0
    revenue_cents: int = 0
    intent: int | None = None

    def as_tuple(self) -> tuple[int, int, int, int, int, int | None]:
        return (self.calls, self.connected, self.talk_seconds, self.deals, self.revenue_cents, self.intent)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """A validated import row, already matched to a member."""

    member_id: int
    day: dt.date
    figures: DayFigures
    source_row: int  # 1-based row number in the file (header = row 1 for CSV/xlsx with a header row)
