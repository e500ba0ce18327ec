"""Builders of hand-made ``TeamFacts`` for the lifecycle tests (no database), and checks of the builders."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Iterable, Sequence

from coachdesk.core.lifecycle.facts import ACTIVITY_LOOKBACK_DAYS, DayFact, MemberFact, RepOutput, TeamFacts
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import Response

AS_OF = dt.date(2025, 6, 30)  # a Monday
SUNDAY = 6

# What a day looks like: calls, connected calls, deals, revenue in cents.
DayFigures = tuple[int, int, int, int]
DayMaker = Callable[[dt.date], DayFigures]


def days_ago(n: int, as_of: dt.date = AS_OF) -> dt.date:
    return as_of - dt.timedelta(days=n)


def working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Days in [start, end) without Sundays (telesales teams work Monday to Saturday)."""
    return [start + dt.timedelta(days=i) for i in range((end - start).days)
            if (start + dt.timedelta(days=i)).weekday() != SUNDAY]


def weeks_ago(day: dt.date, as_of: dt.date = AS_OF) -> int:
    """0 for the 7 days before ``as_of``, 1 for the 7 before those, … (the trend signals' weekly blocks)."""
    return ((as_of - day).days - 1) // 7


def rep(hired_days_ago: int, left_days_ago: int | None = None, sells: bool = True,
        as_of: dt.date = AS_OF) -> MemberFact:
    left = None if left_days_ago is None else days_ago(left_days_ago, as_of)
    return MemberFact(days_ago(hired_days_ago, as_of), left, sells)


def reps(count: int, hired_days_ago: int, left_days_ago: int | None = None, as_of: dt.date = AS_OF) -> list[MemberFact]:
    return [rep(hired_days_ago, left_days_ago, as_of=as_of) for _ in range(count)]


# Nine weeks: what the trend signals read. Scenarios that need half a year (long-run results, retention) pass
# ``back=ACTIVITY_LOOKBACK_DAYS``; the shorter default keeps the seeded day sequences of the older tests.
TREND_BACK = 63


def day_facts(make: DayMaker, back: int = TREND_BACK, as_of: dt.date = AS_OF,
              until_back: int = 0) -> tuple[DayFact, ...]:
    """One ``DayFact`` per working day in [as_of - back, as_of - until_back), oldest first."""
    return tuple(DayFact(day, *make(day)) for day in working_days(days_ago(back, as_of), days_ago(until_back, as_of)))


def flat_day(calls: int = 300, connected: int = 120, deals: int = 12, price_cents: int = 50_000) -> DayMaker:
    return lambda day: (calls, connected, deals, deals * price_cents)


def poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method for small means, a rounded normal for large ones (enough for test data)."""
    if mean <= 0:
        return 0
    if mean > 60:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def poisson_days(seed: int, calls: int = 400, connect_rate: float = 0.35, conversion: float = 0.12,
                 price_cents: int = 60_000, conversion_of: Callable[[random.Random], float] | None = None
                 ) -> DayMaker:
    """Days whose deals are pure chance around a fixed conversion (``conversion_of`` draws a day's own rate)."""
    rng = random.Random(seed)

    def make(day: dt.date) -> DayFigures:
        day_calls = poisson(rng, calls)
        connected = poisson(rng, day_calls * connect_rate)
        rate = conversion_of(rng) if conversion_of else conversion
        deals = poisson(rng, connected * rate)
        return day_calls, connected, deals, deals * price_cents

    return make


def output(member_id: int, deals: int, calls: int = 1200, days_worked: int = 20,
           hired_days_ago: int = 400, as_of: dt.date = AS_OF) -> RepOutput:
    return RepOutput(member_id, days_ago(hired_days_ago, as_of), deals, calls, days_worked)


def outputs(per_rep_deals: Sequence[int], hired_days_ago: int = 400, first_id: int = 1,
            days_worked: int = 20) -> list[RepOutput]:
    return [output(first_id + i, deals, days_worked=days_worked, hired_days_ago=hired_days_ago)
            for i, deals in enumerate(per_rep_deals)]


def response(answered_days_ago: int, forming: int, storming: int, norming: int, performing: int,
             member_id: int | None = None, as_of: dt.date = AS_OF) -> Response:
    scores = dict(zip(STAGES, (forming, storming, norming, performing), strict=True))
    return Response(days_ago(answered_days_ago, as_of), scores, member_id)


def facts(*, formed_days_ago: int = 400, members: Iterable[MemberFact] = (), days: Iterable[DayFact] = (),
          rep_output: Iterable[RepOutput] = (), survey: Iterable[Response] = (),
          last_activity_day: dt.date | str | None = "auto", as_of: dt.date = AS_OF, team_id: int = 1,
          extras: dict[str, object] | None = None) -> TeamFacts:
    """A team as the store would hand it over; ``last_activity_day`` defaults to the newest day given."""
    day_tuple = tuple(days)
    last = (max((d.day for d in day_tuple), default=None) if last_activity_day == "auto" else last_activity_day)
    assert last is None or isinstance(last, dt.date)
    return TeamFacts(team_id, days_ago(formed_days_ago, as_of), as_of, tuple(members), day_tuple,
                     tuple(rep_output), last, tuple(survey), extras or {})


def stage_scores_of(forming: int, storming: int, norming: int, performing: int) -> dict[Stage, int]:
    return dict(zip(STAGES, (forming, storming, norming, performing), strict=True))


# --- checks of the builders themselves ------------------------------------------------------------------------


def test_working_days_skip_sundays() -> None:
    days = working_days(dt.date(2025, 6, 1), dt.date(2025, 6, 15))  # 1 June 2025 is a Sunday
    assert len(days) == 12
    assert all(d.weekday() != SUNDAY for d in days)


def test_day_facts_cover_the_lookback_oldest_first() -> None:
    days = day_facts(flat_day())
    assert days[0].day >= days_ago(TREND_BACK)
    assert len(day_facts(flat_day(), back=ACTIVITY_LOOKBACK_DAYS)) == 156  # half a year, Sundays off
    assert days[-1].day == days_ago(2)  # AS_OF is a Monday: the Sunday before is off, Saturday is the newest
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert len(days) == 54


def test_weekly_blocks_hold_six_working_days() -> None:
    days = day_facts(flat_day())
    for week in range(8):
        assert sum(1 for d in days if weeks_ago(d.day) == week) == 6


def test_poisson_days_are_reproducible() -> None:
    first, second = day_facts(poisson_days(7)), day_facts(poisson_days(7))
    assert first == second
    deals = [d.deals for d in first]
    assert 10 < sum(deals) / len(deals) < 24  # about 400 · 0.35 · 0.12 ≈ 17 a day
