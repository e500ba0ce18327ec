"""Daily call activity for the demo teams (coachdesk/core/demo/teams.py), shaped by the stage each team shows.

* forming — two weeks of new hires ramping up: few calls and almost no deals at first, rising day by day;
* storming — call volume falling over the last six weeks, results swinging from day to day (a team-wide
  mood factor on conversion), a few reps far below the median;
* norming — steady, moderate volume and conversion;
* performing — high, steady volume and the best conversion.

Deterministic for ``seed`` + ``as_of`` (string seeds go through SHA-512 in ``random.Random``, so the result does
not depend on PYTHONHASHSEED). A team has at most 24 months of history (``HISTORY_DAYS``) and none before it
formed; the last day with figures is the day before ``as_of`` (today's figures are not in yet). Reps (and group
leaders) work from their hire date up to the day before they left, and only on working days: Sundays and the
public holidays below are off, on Saturdays a minority of reps work a light shift, and now and then a rep misses a
day (sick, personal leave). The first ``TRAINING_DAYS`` days of a new hire are classroom training without calls.

Rows are compact tuples (``DayRow``): the performing team alone is ~30 reps × ~500 working days.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from coachdesk.core.demo.teams import DemoTeam

# (employee_id, day, calls, connected, talk_seconds, deals, revenue_cents, intent)
DayRow = tuple[str, dt.date, int, int, int, int, int, int]

HISTORY_DAYS = 730  # at most 24 months of history
TRAINING_DAYS = 2  # a new hire's first days are training: no calls

# Chinese public holidays (days off), 2022–2027, as (month, day, month, day) ranges. APPROXIMATE: the official
# calendar is published each winter by the State Council and moves with the lunar calendar; the ranges below
# follow the published calendars for 2022–2026 and estimates for 2027, and leave out the make-up working
# weekends (调休). Days outside these years only have weekends off.
_HOLIDAY_RANGES: dict[int, tuple[tuple[int, int, int, int], ...]] = {
    2022: ((1, 1, 1, 3), (1, 31, 2, 6), (4, 3, 4, 5), (4, 30, 5, 4), (6, 3, 6, 5), (9, 10, 9, 12), (10, 1, 10, 7)),
    2023: ((1, 1, 1, 2), (1, 21, 1, 27), (4, 5, 4, 5), (4, 29, 5, 3), (6, 22, 6, 24), (9, 29, 10, 6)),
    2024: ((1, 1, 1, 1), (2, 10, 2, 17), (4, 4, 4, 6), (5, 1, 5, 5), (6, 10, 6, 10), (9, 15, 9, 17), (10, 1, 10, 7)),
    2025: ((1, 1, 1, 1), (1, 28, 2, 4), (4, 4, 4, 6), (5, 1, 5, 5), (5, 31, 6, 2), (10, 1, 10, 8)),
    2026: ((1, 1, 1, 3), (2, 15, 2, 23), (4, 4, 4, 6), (5, 1, 5, 5), (6, 19, 6, 21), (9, 25, 9, 27), (10, 1, 10, 7)),
    2027: ((1, 1, 1, 3), (2, 5, 2, 11), (4, 3, 4, 5), (5, 1, 5, 5), (6, 9, 6, 11), (9, 15, 9, 17), (10, 1, 10, 7)),
}


def _expand(ranges: dict[int, tuple[tuple[int, int, int, int], ...]]) -> frozenset[dt.date]:
    days: set[dt.date] = set()
    for year, spans in ranges.items():
        for m1, d1, m2, d2 in spans:
            day, last = dt.date(year, m1, d1), dt.date(year, m2, d2)
            while day <= last:
                days.add(day)
                day += dt.timedelta(days=1)
    return frozenset(days)


HOLIDAYS: frozenset[dt.date] = _expand(_HOLIDAY_RANGES)
HOLIDAY_YEARS = range(min(_HOLIDAY_RANGES), max(_HOLIDAY_RANGES) + 1)

# What one deal is worth, per demo product (yuan): deals are priced from these package prices.
PACKAGE_PRICES: dict[str, tuple[int, ...]] = {
    "家庭宽带融合套餐": (599, 899, 1299, 1599, 1999),
    "少儿英语在线课程": (2980, 4680, 6980, 9800, 12800),
    "企业财税软件续费": (1980, 2980, 3980, 5800, 9800),
    "团体商业保险": (8000, 12000, 18000, 26000, 38000, 60000),
}
DEFAULT_PRICES = (1000, 2000, 3000, 5000)


def package_prices(product: str) -> tuple[int, ...]:
    return PACKAGE_PRICES.get(product, DEFAULT_PRICES)


def price_range_cents(product: str) -> tuple[int, int]:
    """(cheapest, dearest) price of one deal in cents: a day's revenue lies in deals × this range."""
    prices = package_prices(product)
    return min(prices) * 100, max(prices) * 100


def is_holiday(day: dt.date) -> bool:
    return day in HOLIDAYS


def is_day_off(day: dt.date) -> bool:
    """Sundays and public holidays: nobody calls. (Saturdays are light, not off: see ``_Shape.saturday``.)"""
    return day.weekday() == 6 or day in HOLIDAYS


@dataclass(frozen=True)
class _Shape:
    calls: float  # calls a fully ramped, average rep makes on a full working day
    connect: float  # share of calls answered
    conversion: float  # deals per connected call
    talk: float  # mean talk seconds per connected call
    intent: float  # new intent customers per connected call
    rep_spread: float  # sd of the reps' skill (log scale)
    day_noise: float  # a rep's day-to-day variation of calls (relative sd)
    swing: float  # sd (log scale) of the team's day-to-day mood factor on conversion
    ramp_days: int  # tenure days until a new hire is at full volume and skill
    ramp_start: float  # a new hire's volume on the first day after training, as a share of full volume
    saturday: float  # probability a rep works a light (half) Saturday
    absence: float  # probability a rep misses a working day
    laggards: int = 0  # reps far below the median (calls and conversion × 0.3–0.45)
    decline_days: int = 0  # volume falls over the team's last ``decline_days`` days ...
    decline_floor: float = 1.0  # ... down to this share on the last day


SHAPES: dict[str, _Shape] = {
    "forming": _Shape(calls=120, connect=0.25, conversion=0.10, talk=70, intent=0.12, rep_spread=0.15,
                      day_noise=0.12, swing=0.15, ramp_days=20, ramp_start=0.25, saturday=0.5, absence=0.02),
    "storming": _Shape(calls=150, connect=0.28, conversion=0.035, talk=95, intent=0.10, rep_spread=0.2,
                       day_noise=0.15, swing=0.8, ramp_days=30, ramp_start=0.4, saturday=0.4, absence=0.06,
                       laggards=3, decline_days=42, decline_floor=0.45),
    "norming": _Shape(calls=150, connect=0.32, conversion=0.04, talk=110, intent=0.09, rep_spread=0.12,
                      day_noise=0.08, swing=0.06, ramp_days=30, ramp_start=0.4, saturday=0.25, absence=0.03),
    "performing": _Shape(calls=200, connect=0.36, conversion=0.055, talk=130, intent=0.10, rep_spread=0.1,
                         day_noise=0.07, swing=0.05, ramp_days=30, ramp_start=0.45, saturday=0.2, absence=0.025),
}


def activity_window(team: DemoTeam, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """First and last day with figures: at most ``HISTORY_DAYS`` back, not before the team formed, up to the
    day before ``as_of``. None when the team formed today."""
    start = max(team.formed_on, as_of - dt.timedelta(days=HISTORY_DAYS))
    end = as_of - dt.timedelta(days=1)
    return (start, end) if start <= end else None


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:  # normal approximation
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, product, count = math.exp(-lam), rng.random(), 0
    while product > limit:
        product *= rng.random()
        count += 1
    return count


def build_team_activity(team: DemoTeam, seed: int, as_of: dt.date) -> list[DayRow]:
    """Every rep-day with figures for one demo team, rep by rep, day by day."""
    window = activity_window(team, as_of)
    shape = SHAPES[team.stage]
    reps = [m for m in team.members if m.role.sells]
    if window is None or not reps:
        return []
    start, end = window
    rng = random.Random(f"coachdesk-demo-activity:{seed}:{as_of.isoformat()}:{team.name}")
    prices = [p * 100 for p in package_prices(team.product)]

    # The team's calendar and its day-to-day mood (one draw per calendar day, the same for every rep).
    days: list[dt.date] = []
    mood: list[float] = []
    shift = -shape.swing**2 / 2  # E[exp(N(shift, swing))] = 1
    day = start
    while day <= end:
        factor = math.exp(rng.gauss(shift, shape.swing))
        if not is_day_off(day):
            days.append(day)
            mood.append(factor)
        day += dt.timedelta(days=1)

    # Each rep's own level: calls and conversion skill, connect rate, talk length.
    # Laggards are reps who stayed from the start: they drag on the team's whole history, not a few days.
    stayers = [i for i, r in enumerate(reps) if r.left_on is None and r.hired_on <= team.formed_on
               + dt.timedelta(days=14)] or list(range(len(reps)))
    laggards = set(rng.sample(stayers, min(shape.laggards, len(stayers))))
    rows: list[DayRow] = []
    for index, rep in enumerate(reps):
        skill = math.exp(rng.gauss(0, shape.rep_spread))
        if index in laggards:
            skill = rng.uniform(0.3, 0.45)
        connect = min(0.9, shape.connect * rng.uniform(0.88, 1.12))
        talk_mean = shape.talk * rng.uniform(0.85, 1.15)
        first = max(start, rep.hired_on + dt.timedelta(days=TRAINING_DAYS))
        last = end if rep.left_on is None else min(end, rep.left_on - dt.timedelta(days=1))
        for day, factor in zip(days, mood, strict=True):
            if day < first or day > last:
                continue
            saturday = day.weekday() == 5
            if (saturday and rng.random() >= shape.saturday) or rng.random() < shape.absence:
                continue
            tenure = (day - rep.hired_on).days - TRAINING_DAYS
            ramp = min(1.0, shape.ramp_start + (1 - shape.ramp_start) * tenure / shape.ramp_days)
            volume = shape.calls * skill * ramp * (0.5 if saturday else 1.0)
            left = (end - day).days
            if left < shape.decline_days:
                volume *= shape.decline_floor + (1 - shape.decline_floor) * left / shape.decline_days
            if rep.left_on is not None and (rep.left_on - day).days <= 14:
                volume *= 0.75  # the last two weeks before leaving
            calls = max(0, round(rng.gauss(volume, volume * shape.day_noise)))
            if calls == 0:
                continue
            expected = calls * connect
            connected = min(calls, max(0, round(rng.gauss(expected, math.sqrt(expected * (1 - connect))))))
            rate = shape.conversion * min(skill, 1.6) * ramp**3 * factor  # new hires learn to close last
            deals = min(connected, _poisson(rng, connected * rate))
            revenue = sum(rng.choice(prices) for _ in range(deals))
            talk = round(connected * max(20.0, rng.gauss(talk_mean, talk_mean * 0.15)))
            intent = min(connected - deals, _poisson(rng, connected * shape.intent))
            rows.append((rep.employee_id, day, calls, connected, talk, deals, revenue, intent))
    return rows


def build_activity(teams: list[DemoTeam], seed: int, as_of: dt.date) -> dict[str, list[DayRow]]:
    """Team name → its rows, for the teams of ``build_demo(seed, as_of)``."""
    return {team.name: build_team_activity(team, seed, as_of) for team in teams}
