"""The one least-squares slope and the one weekly roll-up, shared by activity metrics and lifecycle signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from coachdesk.core.common.periods import week_start

T = TypeVar("T")


def slope(values: Sequence[float], xs: Sequence[float] | None = None) -> float | None:
    """Least-squares slope of ``values`` over ``xs`` (default 0, 1, 2, …: per step); None with fewer than two
    distinct x."""
    n = len(values)
    if n < 2:
        return None
    points = list(zip(range(n) if xs is None else xs, values, strict=True))
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(values) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if not spread:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def week_of(day: dt.date, ending_before: dt.date | None = None) -> dt.date:
    """First day of the week ``day`` falls in: the Monday of its ISO week, or, with ``ending_before``, of the
    7-day block counted back from that (excluded) day, so the newest block is whole."""
    if ending_before is None:
        return week_start(day)
    blocks_back = ((ending_before - day).days + 6) // 7
    return ending_before - dt.timedelta(days=7 * blocks_back)


def by_week(items: Iterable[T], day_of: Callable[[T], dt.date],
            ending_before: dt.date | None = None) -> list[tuple[dt.date, list[T]]]:
    """Items grouped by ``week_of`` their day, oldest week first; weeks without items are absent."""
    weeks: dict[dt.date, list[T]] = {}
    for item in items:
        weeks.setdefault(week_of(day_of(item), ending_before), []).append(item)
    return [(start, weeks[start]) for start in sorted(weeks)]
