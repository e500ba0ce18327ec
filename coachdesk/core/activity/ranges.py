"""The dashboard's date ranges: presets anchored on the team's latest activity, or fixed custom dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from coachdesk.core.common.periods import DateRange, Preset, preset_range


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


def spark_bucket_days(period: DateRange) -> int:
    """Sparkline buckets: daily points up to two months, weekly up to about a year, then four-weekly."""
    if period.days <= 62:
        return 1
    if period.days <= 434:
        return 7
    return 28
