"""Simulated telesales teams for bench/diagnosis_accuracy.py, written from seed 003's stage descriptions.

Each stage is built from what the seed says a team in it looks like, not from the diagnosis engine's thresholds:

* 磨合期 forming — "new reps, excited and tense ... do not know the product or the selling skills yet; the manager
  trains them hand by hand": every rep is new, skills ramp up from a low start, call effort is eager, a few
  leave in probation.
* 动乱期 storming — "hidden problems surface: reps become unwilling to look things up and to call, call volume
  falls, results are unstable; frustration and anxiety, resolve wavers, some doubt the targets": each team shows
  only one or two of four signs (calls falling, unstable results, conversion sliding as resolve wavers, a part
  of the team giving up), with more turnover than the later stages.
* 安稳期 norming — "selling skills improve markedly, more intent customers accumulate, results gradually
  stabilise": conversion still rising, day-to-day swings shrinking, little turnover.
* 成熟期 performing — "results ever more stable, strong belonging, skilled reps": skills at their plateau, very
  steady days, very little turnover over long periods.

"The stages are not absolute: a stage often shows features of others, caused by people coming and going" — so
every team has leavers and joiners (new hires even in a mature team), and the age ranges overlap.

Daily figures carry genuine extra variance beyond Poisson/binomial noise: a team-wide day factor (lognormal,
larger where the team is unstable), a per-rep day factor, absences, weekends (some teams work Saturdays) and the
odd day off for the whole team. Everything is drawn from ``random.Random``/``numpy`` generators seeded from the
seed and the team's index, so a seed always gives the same teams.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

import numpy as np

STAGES = ("forming", "storming", "norming", "performing")
# Plausible team ages in days (the ranges overlap, as real teams do).
AGE_RANGE = {"forming": (7, 70), "storming": (60, 210), "norming": (180, 600), "performing": (450, 1500)}
# Chance per rep per 30 days of leaving.
MONTHLY_LEAVING = {"forming": 0.06, "storming": 0.09, "norming": 0.03, "performing": 0.015}
# Team-wide day factor (sd of its log): how much whole days swing beyond chance.
DAY_SWING = {"forming": (0.12, 0.25), "storming": (0.12, 0.22), "norming": (0.06, 0.14),
             "performing": (0.02, 0.08)}
STORMING_SIGNS = ("calls_fall", "unstable", "wavering", "giving_up")


@dataclass
class SimRep:
    key: int
    hired_on: dt.date
    left_on: dt.date | None
    calls: float  # calls a working day at full effort
    connect: float  # share of calls connected
    skill: float  # final conversion multiplier once learned
    learn_days: float  # time constant of the learning curve
    giving_up: bool = False


@dataclass
class SimDay:
    rep: int
    day: dt.date
    calls: int
    connected: int
    deals: int
    revenue_cents: int


@dataclass
class SimTeam:
    index: int
    stage: str
    formed_on: dt.date
    as_of: dt.date
    reps: list[SimRep]
    days: list[SimDay]
    signs: tuple[str, ...] = ()
    notes: dict[str, float] = field(default_factory=dict)

    @property
    def age_days(self) -> int:
        return (self.as_of - self.formed_on).days


def _roster(rng: random.Random, stage: str, formed: dt.date, as_of: dt.date, size: int) -> list[SimRep]:
    team_calls = rng.uniform(50, 140)
    team_connect = rng.uniform(0.18, 0.42)
    keys = iter(range(1, 10_000))

    def new_rep(hired: dt.date) -> SimRep:
        return SimRep(next(keys), hired, None, team_calls * math.exp(rng.gauss(0, 0.2)),
                      min(0.8, team_connect * math.exp(rng.gauss(0, 0.12))), math.exp(rng.gauss(0, 0.25)),
                      rng.uniform(25, 60))

    reps = [new_rep(formed - dt.timedelta(days=rng.randrange(0, 6))) for _ in range(size)]
    daily_leave = MONTHLY_LEAVING[stage] / 30
    if stage == "storming":
        daily_leave *= rng.uniform(0.6, 1.8)
    pending: list[dt.date] = []  # replacement hire dates
    day = formed
    while day < as_of:
        for rep in reps:
            if rep.left_on is None and rep.hired_on < day and rng.random() < daily_leave:
                rep.left_on = day
                if rng.random() < 0.8:  # most leavers are replaced a week to a month later
                    pending.append(day + dt.timedelta(days=rng.randrange(7, 31)))
        for hire in [d for d in pending if d == day]:
            reps.append(new_rep(day))
            pending.remove(hire)
        # Teams also grow now and then (a new hire outside replacing anyone): more often while young.
        if rng.random() < (0.01 if stage in ("forming", "storming") else 0.004):
            reps.append(new_rep(day))
        day += dt.timedelta(days=1)
    return reps


def _working_days(rng: random.Random, start: dt.date, end: dt.date) -> list[dt.date]:
    saturdays = rng.random() < 0.35
    days = []
    day = start
    while day < end:
        if day.weekday() < 5 or (saturdays and day.weekday() == 5):
            days.append(day)
        day += dt.timedelta(days=1)
    # The odd day off for the whole team (training day, holiday): about one in 40.
    return [d for d in days if rng.random() > 0.025]


def simulate_team(seed: int, index: int, stage: str, as_of: dt.date, history_days: int = 200) -> SimTeam:
    """One team of ``stage`` with daily figures for the last ``history_days`` days (or since it formed)."""
    rng = random.Random(f"coachdesk-sim/{seed}/{index}")
    gen = np.random.default_rng(rng.randrange(2**32))
    low, high = AGE_RANGE[stage]
    age = rng.randrange(low, high + 1)
    formed = as_of - dt.timedelta(days=age)
    size = rng.randrange(8, 31)
    reps = _roster(rng, stage, formed, as_of, size)
    team_conversion = rng.uniform(0.04, 0.12)
    price = rng.uniform(300, 5000) * 100
    swing = rng.uniform(*DAY_SWING[stage])
    signs: tuple[str, ...] = ()
    notes: dict[str, float] = {}
    if stage == "storming":
        count = 1 if rng.random() < 0.55 else 2
        signs = tuple(rng.sample(STORMING_SIGNS, count))
    # Norming: skills still improving, at a few % a week over the last months; swings shrinking.
    growth = rng.uniform(0.015, 0.04) if stage == "norming" else 0.0
    calls_fall = rng.uniform(0.2, 0.4) if "calls_fall" in signs else 0.0
    fall_start = rng.randrange(12, 22)  # days before as_of the fall begins
    unstable = rng.uniform(0.35, 0.6) if "unstable" in signs else 0.0
    unstable_days = rng.randrange(28, 50)
    waver = rng.uniform(0.04, 0.08) if "wavering" in signs else 0.0
    waver_days = rng.randrange(35, 56)
    if "giving_up" in signs:
        active = [r for r in reps if r.left_on is None]
        for rep in rng.sample(active, max(2, round(len(active) * rng.uniform(0.25, 0.4)))):
            rep.giving_up = True
    give_up_days = rng.randrange(21, 40)
    notes.update(calls_fall=calls_fall, unstable=unstable, waver=waver, growth=growth, swing=swing)

    start = max(formed, as_of - dt.timedelta(days=history_days))
    keys = np.array([r.key for r in reps])
    hired = np.array([(as_of - r.hired_on).days for r in reps])  # days before as_of
    left = np.array([(as_of - r.left_on).days if r.left_on else -1 for r in reps])
    base_calls = np.array([r.calls for r in reps])
    connect = np.array([r.connect for r in reps])
    skill = np.array([r.skill for r in reps])
    learn = np.array([r.learn_days for r in reps])
    quitting = np.array([r.giving_up for r in reps])
    days_out: list[SimDay] = []
    for day in _working_days(rng, start, as_of):
        back = (as_of - day).days
        on = (hired > back) & (left < back) & (gen.random(len(reps)) >= 0.05)  # on the roster, not absent
        if not on.any():
            continue
        team_factor = math.exp(gen.normal(0, swing) + (gen.normal(0, unstable) if back <= unstable_days else 0.0))
        effort = 1.0
        if calls_fall and back <= fall_start:
            effort *= 1 - calls_fall * min(1.0, (fall_start - back + 1) / 7)  # builds over a week, then holds
        conversion = team_conversion
        if growth:
            conversion *= (1 + growth) ** (-(back / 7))  # rising towards today
        if waver and back <= waver_days:
            conversion *= (1 - waver) ** ((waver_days - back) / 7)
        idx = np.flatnonzero(on)
        tenure = hired[idx] - back
        ramp = np.minimum(1.0, 0.5 + tenure / 20)  # first days: learning the product, fewer calls
        rep_effort = effort * ramp * np.exp(gen.normal(0, 0.15, len(idx)))
        rep_conversion = conversion * skill[idx] * (1 - 0.7 * np.exp(-tenure / learn[idx]))
        gave_up = quitting[idx] & (back <= give_up_days)
        rep_effort = np.where(gave_up, rep_effort * 0.45, rep_effort)
        rep_conversion = np.where(gave_up, rep_conversion * 0.6, rep_conversion)
        rep_conversion = np.minimum(0.9, rep_conversion * team_factor * np.exp(gen.normal(0, 0.2, len(idx))))
        calls = gen.poisson(base_calls[idx] * rep_effort)
        connected = gen.binomial(calls, connect[idx])
        deals = gen.binomial(connected, rep_conversion)
        # Deal sizes vary (lognormal around the team's price): revenue of n deals ≈ n·price·exp(N(0, 0.35/√n)).
        revenue = deals * price * np.exp(gen.normal(0, 0.35, len(idx)) / np.sqrt(np.maximum(deals, 1)))
        for k, c, n, d, r in zip(keys[idx], calls, connected, deals, revenue, strict=True):
            days_out.append(SimDay(int(k), day, int(c), int(n), int(d), int(r)))
    return SimTeam(index, stage, formed, as_of, reps, days_out, signs, notes)


def simulate(seed: int, per_stage: int, as_of: dt.date, history_days: int = 200) -> list[SimTeam]:
    return [simulate_team(seed, i, STAGES[i % 4], as_of, history_days) for i in range(per_stage * 4)]
