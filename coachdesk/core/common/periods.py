"""Date ranges for reports and dashboards: presets, the previous equal period, ISO weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class DateRange:
    start: dt.date
    end: dt.date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the range ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __iter__(self) -> Iterator[dt.date]:
        for offset in range(self.days):
            yield self.start + dt.timedelta(days=offset)

    def previous(self) -> DateRange:
        """The equal-length period just before this one."""
        end = self.start - dt.timedelta(days=1)
        return DateRange(end - dt.timedelta(days=self.days - 1), end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


class Preset(StrEnum):
    LAST_7 = "7d"
    LAST_30 = "30d"
    LAST_90 = "90d"
    THIS_MONTH = "month"
    LAST_YEAR = "365d"


def preset_range(preset: Preset, today: dt.date) -> DateRange:
    if preset == Preset.THIS_MONTH:
        return DateRange(today.replace(day=1), today)
    days = {Preset.LAST_7: 7, Preset.LAST_30: 30, Preset.LAST_90: 90, Preset.LAST_YEAR: 365}[preset]
    return DateRange(today - dt.timedelta(days=days - 1), today)


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week containing ``day``."""
    return day - dt.timedelta(days=day.weekday())
