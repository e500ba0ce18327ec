"""Contest standings from daily figures and manual points: scoring, handicaps, pro-rating, ties, races, duels,
streaks and the rolling 7-day board.

How a score is made (docs/competitions.md, "Scoring"):

* A rep's **points** over a window = Σ per day of calls, connects, deals, revenue (yuan) and manual points, each
  × its points per unit; a metric the contest does not score counts 0.
* **Handicap** factor f (tenure or past results, rules.py): in target and race contests the rep's target is
  × f; in standard and points contests the rep's score is points / f (a newcomer at 0.5 counts double).
* A group's points = the points its members made **while in the group** (hybrid and group contests) + its manual
  points (× the points weight) + the morning contest's points for each win. Pro-rating: per head = points / size,
  size factor = points × mean size / size. In target contests the group's target is its own or the group target
  (× size / mean size unless the size rule is "total"), otherwise the sum of its members' targets.
* Target and race contests rank by % of own target; a race ends the first day a participant reaches 100 %.
* Ties are broken by the contest's tie-break rules in order, then by name and id, so the order is always the
  same; each standing says which rule decided it against the one above.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from coachdesk.core.competitions.rules import (
    ContestKind,
    ContestRules,
    Handicap,
    ScoreMetric,
    SizeRule,
    TieBreak,
    group_key,
    past_factors,
    points_with,
    rep_key,
    tenure_factor,
)

ROLLING_DAYS = 7
SCORE_DIGITS = 6  # scores equal to this many decimals are a tie
NAME = "name"  # ``Standing.decided_by`` when only the name told two equal scores apart


@dataclass(frozen=True, slots=True)
class RepDay:
    """One rep's figures on one day inside the contest, with the group they were in that day."""

    member: int
    day: dt.date
    group: int | None = None
    calls: int = 0
    connects: int = 0
    deals: int = 0
    revenue_cents: int = 0
    points: float = 0.0  # manual points given to the rep that day


@dataclass(frozen=True, slots=True)
class Entrant:
    member: int
    label: str
    hired_on: dt.date
    group: int | None = None  # the group they are in now (or were in at the contest's end)
    opted_out: bool = False  # hidden on the public board; still competes


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    label: str
    size: int


@dataclass(frozen=True, slots=True)
class GroupPoints:
    group: int
    day: dt.date
    points: float


@dataclass(frozen=True, slots=True)
class Duel:
    id: int
    a: str  # participant keys ("r12" / "g3"), both reps or both groups
    b: str
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class ContestInput:
    """Everything a contest's standings are computed from (the store gathers it in a few queries)."""

    starts_on: dt.date
    ends_on: dt.date
    rules: ContestRules
    entrants: Sequence[Entrant]
    groups: Sequence[GroupInfo] = ()
    days: Sequence[RepDay] = ()
    group_points: Sequence[GroupPoints] = ()
    morning_wins: Mapping[dt.date, int] = field(default_factory=dict)  # day → winning group id
    past_scores: Mapping[int, float] = field(default_factory=dict)  # member → points in the period before
    duels: Sequence[Duel] = ()


@dataclass(frozen=True, slots=True)
class Standing:
    key: str
    id: int
    label: str
    is_group: bool
    rank: int
    score: float  # what is ranked: points (after handicap / pro-rating) or % of target
    points: float  # points before handicap and pro-rating
    target: float | None = None  # own target in points (after handicap / size scaling)
    progress: float | None = None  # % of own target
    factor: float = 1.0  # handicap factor (reps) or pro-rating factor (groups)
    calls: int = 0
    connects: int = 0
    deals: int = 0
    revenue_cents: int = 0
    group: int | None = None  # a rep's group
    size: int = 0  # a group's members
    opted_out: bool = False
    streak: int = 0  # selling days in a row with a deal, up to the last day counted
    best_streak: int = 0
    reached_on: dt.date | None = None  # the day the target was reached (target / race)
    last_gain_on: dt.date | None = None  # the day the final score was reached
    decided_by: str | None = None  # tie-break (TieBreak value or NAME) that put it below an equal score


@dataclass(frozen=True, slots=True)
class DuelResult:
    duel: Duel
    a_score: float
    b_score: float
    leader: str | None  # key of the one ahead (None: level)
    finished: bool


@dataclass(frozen=True)
class Standings:
    through: dt.date | None  # the last day counted (None: the contest has not started)
    groups: tuple[Standing, ...] = ()
    reps: tuple[Standing, ...] = ()
    rolling_reps: tuple[Standing, ...] = ()  # the last 7 days counted, by points
    rolling_groups: tuple[Standing, ...] = ()
    duels: tuple[DuelResult, ...] = ()
    winner: str | None = None  # race: who reached the target first; otherwise the leader of the main board
    race_won_on: dt.date | None = None

    @property
    def main(self) -> tuple[Standing, ...]:
        """The board the contest is decided on: groups when groups take part, else reps."""
        return self.groups or self.reps


# --- computing ----------------------------------------------------------------------------------------------

def compute_standings(data: ContestInput, as_of: dt.date) -> Standings:
    """Standings with figures up to ``as_of`` (within the contest period). Deterministic; no clock."""
    if as_of < data.starts_on:
        return Standings(through=None)
    through = min(as_of, data.ends_on)
    won_on: dt.date | None = None
    if data.rules.kind is ContestKind.RACE:
        won_on = _race_day(data, through)
        if won_on is not None:
            through = won_on
    scorer = _Scorer(data, through)
    groups = scorer.groups(data.starts_on, through) if data.rules.participants.groups else ()
    reps = scorer.reps(data.starts_on, through) if data.rules.participants.reps else ()
    window_start = max(data.starts_on, through - dt.timedelta(days=ROLLING_DAYS - 1))
    rolling_reps = scorer.reps(window_start, through, as_points=True) if data.rules.participants.reps else ()
    rolling_groups = scorer.groups(window_start, through, as_points=True) if data.rules.participants.groups else ()
    duels = tuple(scorer.duel(d, through) for d in data.duels if d.starts_on <= through)
    main = groups or reps
    winner: str | None
    if won_on is not None:
        reached = [s for s in main if s.reached_on is not None]
        winner = min(reached, key=lambda s: (s.reached_on, s.rank)).key if reached else None
    else:
        winner = main[0].key if main and main[0].score > 0 else None
    return Standings(through, groups, reps, rolling_reps, rolling_groups, duels, winner, won_on)


def _race_day(data: ContestInput, through: dt.date) -> dt.date | None:
    """The first day someone on the main board reaches 100 % of their target (scores are cumulative, so a day
    by day scan of the running totals finds it)."""
    scorer = _Scorer(data, through)
    board = scorer.groups if data.rules.participants.groups else scorer.reps
    days = sorted({d.day for d in data.days if data.starts_on <= d.day <= through}
                  | {p.day for p in data.group_points if data.starts_on <= p.day <= through}
                  | {d for d in data.morning_wins if data.starts_on <= d <= through})
    for day in days:
        if any(s.progress is not None and s.progress >= 100.0 for s in board(data.starts_on, day)):
            return day
    return None


class _Scorer:
    def __init__(self, data: ContestInput, through: dt.date) -> None:
        self.data = data
        self.rules = data.rules
        self.through = through
        # figures in a fixed order, so float sums (and so the standings) never depend on the input's order
        self.entrants = {e.member: e for e in sorted(data.entrants, key=lambda e: e.member)}
        self.days = sorted((d for d in data.days if d.member in self.entrants and data.starts_on <= d.day <= through),
                           key=_day_order)
        self.group_points = sorted(data.group_points, key=lambda p: (p.day, p.group, p.points))
        self.morning_wins = sorted(data.morning_wins.items())
        self.factors = self._handicaps()
        sizes = [g.size for g in data.groups if g.size > 0]
        self.mean_size = sum(sizes) / len(sizes) if sizes else 1.0
        selling = sorted({d.day for d in self.days})
        self.streaks = _streaks(self.days, selling)
        self.weights = self.rules.unit_points
        self.scored = [(d, self.day_points(d)) for d in self.days]  # each day's points, computed once

    def _handicaps(self) -> dict[int, float]:
        if self.rules.handicap is Handicap.TENURE:
            return {m: tenure_factor(e.hired_on, self.data.starts_on) for m, e in self.entrants.items()}
        if self.rules.handicap is Handicap.PAST_RESULTS:
            found = past_factors({m: self.data.past_scores[m] for m in self.entrants if m in self.data.past_scores})
            return {m: found.get(m, 1.0) for m in self.entrants}
        return {m: 1.0 for m in self.entrants}

    def day_points(self, d: RepDay) -> float:
        return points_with(self.weights, d.calls, d.connects, d.deals, d.revenue_cents, d.points)

    def rep_target(self, member: int) -> float | None:
        own = self.rules.targets.get(rep_key(member), self.rules.rep_target)
        return None if own is None else own * self.factors[member]

    def group_target(self, group: GroupInfo) -> float | None:
        own = self.rules.targets.get(group_key(group.id))
        if own is not None:
            return own
        if self.rules.group_target is not None:
            if self.rules.size_rule is SizeRule.TOTAL or group.size <= 0:
                return self.rules.group_target
            return self.rules.group_target * group.size / self.mean_size
        members = [self.rep_target(m) for m, e in self.entrants.items() if e.group == group.id]
        known = [t for t in members if t is not None]
        return sum(known) if known else None

    def reps(self, start: dt.date, end: dt.date, *, as_points: bool = False) -> tuple[Standing, ...]:
        totals = _Totals.of(((d, p) for d, p in self.scored if start <= d.day <= end), lambda d: d.member)
        rows = []
        for member, entrant in self.entrants.items():
            t = totals.get(member, _Totals())
            factor = self.factors[member]
            target = None if as_points else self.rep_target(member)
            if self.rules.kind.uses_targets and not as_points:
                progress = 100.0 * t.points / target if target else None
                score = progress if progress is not None else t.points
            else:
                progress = None
                score = t.points / factor
            streak, best = self.streaks.get(member, (0, 0))
            rows.append(Standing(
                rep_key(member), member, entrant.label, False, 0, score, t.points, target, progress, factor,
                t.calls, t.connects, t.deals, t.revenue_cents, entrant.group, 0, entrant.opted_out, streak, best,
                t.reached_on(target) if target else None, t.last_gain_on))
        return _ranked(rows, self.rules.tie_breaks)

    def groups(self, start: dt.date, end: dt.date, *, as_points: bool = False) -> tuple[Standing, ...]:
        in_window = [(d, p) for d, p in self.scored if start <= d.day <= end and d.group is not None]
        extra: list[tuple[int, dt.date, float]] = [
            (p.group, p.day, p.points * self.rules.points_for(ScoreMetric.POINTS))
            for p in self.group_points if start <= p.day <= end]
        if self.rules.morning_points > 0:
            extra += [(g, day, self.rules.morning_points) for day, g in self.morning_wins if start <= day <= end]
        totals = _Totals.of(in_window, lambda d: d.group or 0, extra)
        rows = []
        for group in self.data.groups:
            t = totals.get(group.id, _Totals())
            factor = 1.0
            if self.rules.size_rule is SizeRule.PER_HEAD and group.size > 0:
                factor = 1.0 / group.size
            elif self.rules.size_rule is SizeRule.SIZE_FACTOR and group.size > 0:
                factor = self.mean_size / group.size
            target = None if as_points else self.group_target(group)
            if self.rules.kind.uses_targets and not as_points:
                progress = 100.0 * t.points / target if target else None
                score = progress if progress is not None else t.points * factor
            else:
                progress = None
                score = t.points * factor
            rows.append(Standing(
                group_key(group.id), group.id, group.label, True, 0, score, t.points, target, progress, factor,
                t.calls, t.connects, t.deals, t.revenue_cents, None, group.size, False, 0, 0,
                t.reached_on(target) if target else None, t.last_gain_on))
        return _ranked(rows, self.rules.tie_breaks)

    def duel(self, duel: Duel, through: dt.date) -> DuelResult:
        end = min(duel.ends_on, through)
        board = self.groups if duel.a.startswith("g") else self.reps
        scores = {s.key: s.score for s in board(duel.starts_on, end, as_points=True)}
        a, b = scores.get(duel.a, 0.0), scores.get(duel.b, 0.0)
        leader = None if _same(a, b) else (duel.a if a > b else duel.b)
        return DuelResult(duel, a, b, leader, duel.ends_on <= through)


def _day_order(d: RepDay) -> tuple[object, ...]:
    return (d.day, d.member, -1 if d.group is None else d.group, d.calls, d.connects, d.deals, d.revenue_cents,
            d.points)


@dataclass
class _Totals:
    points: float = 0.0
    calls: int = 0
    connects: int = 0
    deals: int = 0
    revenue_cents: int = 0
    by_day: dict[dt.date, float] = field(default_factory=dict)

    @classmethod
    def of(cls, days: Iterable[tuple[RepDay, float]], key: Callable[[RepDay], int],
           extra: Iterable[tuple[int, dt.date, float]] = ()) -> dict[int, _Totals]:
        found: dict[int, _Totals] = defaultdict(cls)
        for d, value in days:
            t = found[key(d)]
            t.points += value
            t.calls += d.calls
            t.connects += d.connects
            t.deals += d.deals
            t.revenue_cents += d.revenue_cents
            t.by_day[d.day] = t.by_day.get(d.day, 0.0) + value
        for owner, day, value in extra:
            t = found[owner]
            t.points += value
            t.by_day[day] = t.by_day.get(day, 0.0) + value
        return found

    @property
    def last_gain_on(self) -> dt.date | None:
        # the last day the score changed (a deduction also makes the final score; a net zero day does not)
        gains = [day for day, value in self.by_day.items() if round(value, SCORE_DIGITS) != 0]
        return max(gains) if gains else None

    def reached_on(self, target: float) -> dt.date | None:
        running = 0.0
        for day in sorted(self.by_day):
            running += self.by_day[day]
            if running >= target - 1e-9:
                return day
        return None


def _streaks(days: Sequence[RepDay], selling_days: Sequence[dt.date]) -> dict[int, tuple[int, int]]:
    """(current, best) runs of selling days with at least one deal; a selling day is a day anyone has figures."""
    with_deal: dict[int, set[dt.date]] = defaultdict(set)
    for d in days:
        if d.deals > 0:
            with_deal[d.member].add(d.day)
    found: dict[int, tuple[int, int]] = {}
    for member, hit in with_deal.items():
        run = best = 0
        for day in selling_days:
            run = run + 1 if day in hit else 0
            best = max(best, run)
        found[member] = (run, best)
    return found


def _same(a: float, b: float) -> bool:
    return round(a, SCORE_DIGITS) == round(b, SCORE_DIGITS)


def _tie_value(s: Standing, rule: TieBreak) -> float:
    """Smaller is better."""
    if rule is TieBreak.DEALS:
        return -s.deals
    if rule is TieBreak.REVENUE:
        return -s.revenue_cents
    if rule is TieBreak.CONNECTS:
        return -s.connects
    if rule is TieBreak.FEWER_CALLS:
        return s.calls
    return s.last_gain_on.toordinal() if s.last_gain_on else math.inf


def _ranked(rows: list[Standing], tie_breaks: Sequence[TieBreak]) -> tuple[Standing, ...]:
    def order(s: Standing) -> tuple[object, ...]:
        return (-round(s.score, SCORE_DIGITS), *(_tie_value(s, r) for r in tie_breaks), s.label, s.id)

    ordered = sorted(rows, key=order)
    result: list[Standing] = []
    for position, s in enumerate(ordered):
        decided: str | None = None
        if result and _same(result[-1].score, s.score):
            above = ordered[position - 1]
            decided = next((r.value for r in tie_breaks if _tie_value(above, r) != _tie_value(s, r)), NAME)
        result.append(_with(s, rank=position + 1, decided_by=decided))
    return tuple(result)


def _with(s: Standing, **changes: object) -> Standing:
    return replace(s, **changes)  # type: ignore[arg-type]


# --- the public board ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Progress:
    """A rep below the middle of the board: shown by progress to an own mark, never by rank."""

    standing: Standing
    mark: float  # what they are measured against: own target, or the middle rep's score (points after handicap)
    percent: float
    against_target: bool


@dataclass(frozen=True)
class PublicBoard:
    groups: tuple[Standing, ...]
    top: tuple[Standing, ...]  # ranked, upper half only, opted-out reps left out and ranks renumbered
    progress: tuple[Progress, ...]  # the rest, in name order
    rolling: tuple[Standing, ...]


def middle(count: int) -> int:
    """How many reps are "at or above the middle": the upper half, rounded up."""
    return math.ceil(count / 2)


def lagging(reps: Sequence[Standing]) -> tuple[Standing, ...]:
    """Reps below the middle of the standings: they get a support note rather than only a rank."""
    return tuple(s for s in reps if s.rank > middle(len(reps)))


def public_board(standings: Standings, top: int = 10, rolling_top: int = 5) -> PublicBoard:
    """What the war-room board may show. Never a bottom ranking: only the upper half is ranked (at most ``top``);
    everyone else appears by progress to their own target (or to the middle of the board: their score as a % of
    the middle rep's, so a handicap counts as it does in the ranking) in name order, at most 100 %."""
    reps = standings.reps
    upper = middle(len(reps))
    shown = [s for s in reps if not s.opted_out]
    ranked = [s for s in shown if s.rank <= upper][:top]
    numbered = tuple(_with(s, rank=i + 1) for i, s in enumerate(ranked))
    # the middle mark in the unit the board ranks by: the middle rep's score (points after handicap), or their
    # points when their score is a % of a target
    mid = reps[upper - 1] if reps else None
    mid_mark = 0.0 if mid is None else mid.score if mid.progress is None else mid.points
    rest: list[Progress] = []
    for s in shown:
        if s.rank <= upper:
            continue
        if s.target:
            rest.append(Progress(s, s.target, min(100.0, 100.0 * max(0.0, s.points) / s.target), True))
        else:
            mark = mid_mark if mid_mark > 0 else 1.0
            rest.append(Progress(s, mark, min(100.0, 100.0 * max(0.0, s.score) / mark), False))
    rest.sort(key=lambda p: (p.standing.label, p.standing.id))
    rolling_upper = middle(len(standings.rolling_reps))
    rolling = tuple(_with(s, rank=i + 1) for i, s in enumerate(
        [s for s in standings.rolling_reps if not s.opted_out and s.rank <= rolling_upper and s.points > 0]
        [:rolling_top]))
    return PublicBoard(standings.groups, numbered, tuple(rest), rolling)


def merge_day_deals(imported: tuple[int, int] | None, announced: Sequence[int]) -> tuple[int, int]:
    """A rep's deals and revenue (cents) on a day: the deals announced live count until that day's activity is
    imported; from then on the import's figures are the day's (they include the announced deals, so a deal is
    never counted twice). ``imported`` is (deals, revenue cents), None when the day has no import yet."""
    if imported is not None:
        return imported
    return len(announced), sum(announced)
