"""A contest's rules: what is scored, who takes part, targets, pro-rating, handicaps and tie-breaks.

The rules are fixed when the contest starts (``ContestRules`` is frozen; the store refuses a change to an active
contest unless it is an amendment with a reason, and keeps the amendment with what changed — ``rule_changes``).
Every kind the gamification suites offer is one model:

* **standard** — one metric; the score is that figure (× its points).
* **points** — several metrics, each with points per unit, summed.
* **target** — the score is the points as a % of the participant's own target.
* **race** — like target, but the first participant to 100 % wins and the contest ends that day.

Head-to-head duels run inside a contest on its score (``Duel``). Participants are the groups, the reps, or both
(**hybrid**: a rep's result ranks them and also counts for their group).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, ValidationError

NAME_MAX = 80
MAX_DAYS = 366


class ContestKind(StrEnum):
    STANDARD = "standard"
    POINTS = "points"
    TARGET = "target"
    RACE = "race"

    @property
    def uses_targets(self) -> bool:
        return self in (ContestKind.TARGET, ContestKind.RACE)


class Participants(StrEnum):
    GROUPS = "groups"
    INDIVIDUALS = "individuals"
    HYBRID = "hybrid"  # both boards; a rep's points also count for the group they were in that day

    @property
    def groups(self) -> bool:
        return self is not Participants.INDIVIDUALS

    @property
    def reps(self) -> bool:
        return self is not Participants.GROUPS


class ScoreMetric(StrEnum):
    DEALS = "deals"
    REVENUE = "revenue"  # per yuan
    CALLS = "calls"
    CONNECTS = "connects"
    POINTS = "points"  # manual points (and the morning contest's, when configured)


class SizeRule(StrEnum):
    """How groups of unequal size are made comparable."""

    TOTAL = "total"  # no adjustment (groups are within one of each other)
    PER_HEAD = "per_head"  # the group's points per member
    SIZE_FACTOR = "size_factor"  # points × mean group size / group size


class Handicap(StrEnum):
    """Scales each rep's target (and, in standard/points contests, divides their points by the same factor)."""

    NONE = "none"
    TENURE = "tenure"  # under 30 days: 0.5, under 90 days: 0.75, else 1
    PAST_RESULTS = "past_results"  # own score in the equal period before / team median, within 0.5–1.5


class TieBreak(StrEnum):
    DEALS = "deals"  # more deals
    REVENUE = "revenue"  # more revenue
    CONNECTS = "connects"  # more connected calls
    FEWER_CALLS = "fewer_calls"  # the same result from fewer calls
    FIRST_THERE = "first_there"  # reached the final score on an earlier day


DEFAULT_TIE_BREAKS = (TieBreak.DEALS, TieBreak.REVENUE, TieBreak.FIRST_THERE)
TENURE_FACTORS = ((30, 0.5), (90, 0.75))  # (under this many days of tenure, target factor)
PAST_FACTOR_RANGE = (0.5, 1.5)


@dataclass(frozen=True, slots=True)
class Weight:
    metric: ScoreMetric
    points: float  # points per unit (per deal, per yuan, per call, per connect, per manual point)


@dataclass(frozen=True)
class ContestRules:
    kind: ContestKind = ContestKind.STANDARD
    participants: Participants = Participants.GROUPS
    scoring: tuple[Weight, ...] = (Weight(ScoreMetric.DEALS, 1.0),)
    size_rule: SizeRule = SizeRule.TOTAL
    handicap: Handicap = Handicap.NONE
    rep_target: float | None = None  # points each rep aims at (target / race kinds)
    group_target: float | None = None  # points each group aims at; None: the sum of its members' targets
    targets: Mapping[str, float] = field(default_factory=dict)  # own targets by participant key ("r12", "g3")
    tie_breaks: tuple[TieBreak, ...] = DEFAULT_TIE_BREAKS
    morning_points: float = 0.0  # points the morning contest's winning group earns each day (0: not counted)

    def points_for(self, metric: ScoreMetric) -> float:
        return sum(w.points for w in self.scoring if w.metric is metric)

    @property
    def unit_points(self) -> tuple[float, float, float, float, float]:
        """Points per call, connect, deal, cent of revenue and manual point (0 for what is not scored)."""
        return (self.points_for(ScoreMetric.CALLS), self.points_for(ScoreMetric.CONNECTS),
                self.points_for(ScoreMetric.DEALS), self.points_for(ScoreMetric.REVENUE) / 100,
                self.points_for(ScoreMetric.POINTS))

    def points_of(self, calls: int, connects: int, deals: int, revenue_cents: int, manual: float = 0.0) -> float:
        """The points these figures make under the contest's scoring."""
        return points_with(self.unit_points, calls, connects, deals, revenue_cents, manual)


def points_with(unit_points: tuple[float, float, float, float, float], calls: int, connects: int, deals: int,
                revenue_cents: int, manual: float) -> float:
    """The one scoring formula; ``unit_points`` is ``ContestRules.unit_points`` (computed once per contest)."""
    per_call, per_connect, per_deal, per_cent, per_point = unit_points
    return calls * per_call + connects * per_connect + deals * per_deal + revenue_cents * per_cent + manual * per_point


def rep_key(member_id: int) -> str:
    return f"r{member_id}"


def group_key(group_id: int) -> str:
    return f"g{group_id}"


# --- checking -----------------------------------------------------------------------------------------------

NAME_REQUIRED = MessageCode("contest.name_required", "give the contest a name")
NAME_TOO_LONG = MessageCode("contest.name_too_long", "the name is longer than {max} characters")
DATES_ORDER = MessageCode("contest.dates_order", "the contest ends ({ends}) before it starts ({starts})")
TOO_LONG_PERIOD = MessageCode("contest.too_long", "a contest lasts at most {max} days, not {days}")
NO_METRIC = MessageCode("contest.no_metric", "score at least one metric with positive points")
STANDARD_ONE = MessageCode("contest.standard_one_metric",
                           "a standard contest scores exactly one metric; use a points contest for several")
BAD_POINTS = MessageCode("contest.bad_points", "points per {metric} must be a positive number, not {value}")
NEEDS_TARGET = MessageCode("contest.needs_target",
                           "a {kind} contest needs a target: a rep target, a group target or own targets")
BAD_TARGET = MessageCode("contest.bad_target", "the target for {who} must be a positive number, not {value}")
BAD_MORNING = MessageCode("contest.bad_morning_points", "morning contest points must be 0 or more, not {value}")
MORNING_NEEDS_GROUPS = MessageCode("contest.morning_needs_groups",
                                   "morning contest points go to groups: choose groups or hybrid participants")
REPEATED_TIE_BREAK = MessageCode("contest.repeated_tie_break", "the tie-break “{rule}” is listed twice")
HANDICAP_NEEDS_REPS = MessageCode("contest.handicap_needs_reps",
                                  "handicaps scale reps' targets: choose individual or hybrid participants")


@dataclass(frozen=True)
class ContestDraft:
    """What the user typed for a contest; ``cleaned()`` checks everything at once."""

    name: str
    starts_on: dt.date
    ends_on: dt.date
    rules: ContestRules = field(default_factory=ContestRules)
    published: bool = True  # False: a draft, not shown on the board

    def cleaned(self) -> ContestDraft:
        errors: list[FieldError] = []
        name = " ".join(self.name.split())
        if not name:
            errors.append(FieldError.of("name", "required", NAME_REQUIRED))
        elif len(name) > NAME_MAX:
            errors.append(FieldError.of("name", "too_long", NAME_TOO_LONG, max=NAME_MAX))
        if self.ends_on < self.starts_on:
            errors.append(FieldError.of("ends_on", "date_order", DATES_ORDER, starts=self.starts_on.isoformat(),
                                        ends=self.ends_on.isoformat()))
        elif (self.ends_on - self.starts_on).days + 1 > MAX_DAYS:
            errors.append(FieldError.of("ends_on", "bad_format", TOO_LONG_PERIOD, max=MAX_DAYS,
                                        days=(self.ends_on - self.starts_on).days + 1))
        errors += check_rules(self.rules)
        if errors:
            raise ValidationError(errors)
        return replace(self, name=name)


def check_rules(rules: ContestRules) -> list[FieldError]:
    errors: list[FieldError] = []
    for w in rules.scoring:
        if not (math.isfinite(w.points) and w.points > 0):
            errors.append(FieldError.of("scoring", "bad_format", BAD_POINTS, metric=w.metric.value, value=w.points))
    if not rules.scoring:
        errors.append(FieldError.of("scoring", "required", NO_METRIC))
    elif rules.kind is ContestKind.STANDARD and len({w.metric for w in rules.scoring}) != 1:
        errors.append(FieldError.of("scoring", "bad_format", STANDARD_ONE))
    targets = [("rep_target", "each rep", rules.rep_target), ("group_target", "each group", rules.group_target)]
    targets += [("targets", key, value) for key, value in rules.targets.items()]
    for field_name, who, value in targets:
        if value is not None and not (math.isfinite(value) and value > 0):
            errors.append(FieldError.of(field_name, "bad_format", BAD_TARGET, who=who, value=value))
    if rules.kind.uses_targets and rules.rep_target is None and rules.group_target is None and not rules.targets:
        errors.append(FieldError.of("rep_target", "required", NEEDS_TARGET, kind=rules.kind.value))
    if not (math.isfinite(rules.morning_points) and rules.morning_points >= 0):
        errors.append(FieldError.of("morning_points", "bad_format", BAD_MORNING, value=rules.morning_points))
    elif rules.morning_points > 0 and not rules.participants.groups:
        errors.append(FieldError.of("morning_points", "bad_format", MORNING_NEEDS_GROUPS))
    if rules.handicap is not Handicap.NONE and not rules.participants.reps:
        errors.append(FieldError.of("handicap", "bad_format", HANDICAP_NEEDS_REPS))
    seen: set[TieBreak] = set()
    for rule in rules.tie_breaks:
        if rule in seen:
            errors.append(FieldError.of("tie_breaks", "duplicate", REPEATED_TIE_BREAK, rule=rule.value))
        seen.add(rule)
    return errors


# --- storing and amending -----------------------------------------------------------------------------------

def rules_to_dict(rules: ContestRules) -> dict[str, Any]:
    """Plain JSON-ready data (the store keeps the rules as one JSON document)."""
    return {
        "kind": rules.kind.value,
        "participants": rules.participants.value,
        "scoring": [{"metric": w.metric.value, "points": w.points} for w in rules.scoring],
        "size_rule": rules.size_rule.value,
        "handicap": rules.handicap.value,
        "rep_target": rules.rep_target,
        "group_target": rules.group_target,
        "targets": dict(sorted(rules.targets.items())),
        "tie_breaks": [t.value for t in rules.tie_breaks],
        "morning_points": rules.morning_points,
    }


def rules_from_dict(data: Mapping[str, Any]) -> ContestRules:
    """The rules back from ``rules_to_dict``'s form; a missing key takes the default (as ``ContestRules()``)."""
    default = ContestRules()
    return ContestRules(
        kind=ContestKind(data.get("kind", default.kind)),
        participants=Participants(data.get("participants", default.participants)),
        scoring=(default.scoring if "scoring" not in data
                 else tuple(Weight(ScoreMetric(w["metric"]), float(w["points"])) for w in data["scoring"])),
        size_rule=SizeRule(data.get("size_rule", default.size_rule)),
        handicap=Handicap(data.get("handicap", default.handicap)),
        rep_target=_optional_float(data.get("rep_target")),
        group_target=_optional_float(data.get("group_target")),
        targets={str(k): float(v) for k, v in dict(data.get("targets", {})).items()},
        tie_breaks=tuple(TieBreak(t) for t in data.get("tie_breaks", [t.value for t in DEFAULT_TIE_BREAKS])),
        morning_points=float(data.get("morning_points", 0.0)),
    )


def _optional_float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class RuleChange:
    field: str
    before: object
    after: object


def rule_changes(before: ContestRules, after: ContestRules) -> list[RuleChange]:
    """What an amendment changes, field by field (in the rules' JSON form, so it reads the same when stored)."""
    old, new = rules_to_dict(before), rules_to_dict(after)
    return [RuleChange(f.name, old[f.name], new[f.name]) for f in fields(ContestRules) if old[f.name] != new[f.name]]


# --- handicaps ----------------------------------------------------------------------------------------------

def tenure_factor(hired_on: dt.date, starts_on: dt.date) -> float:
    """A rep's target factor by tenure on the contest's first day."""
    days = (starts_on - hired_on).days
    for under, factor in TENURE_FACTORS:
        if days < under:
            return factor
    return 1.0


def past_factors(past_scores: Mapping[int, float]) -> dict[int, float]:
    """Target factors from each rep's score in the period before: own / team median, kept within 0.5–1.5.
    Reps without a past score (or a team median of 0) get 1."""
    values = sorted(v for v in past_scores.values())
    if not values:
        return {}
    mid = len(values) // 2
    median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
    if median <= 0:
        return {key: 1.0 for key in past_scores}
    low, high = PAST_FACTOR_RANGE
    return {key: min(high, max(low, value / median)) for key, value in past_scores.items()}


def tie_break_words(rules: Sequence[TieBreak]) -> list[str]:
    """English words for the board's "ties are broken by …" line (the GUI translates by value)."""
    words = {TieBreak.DEALS: "more deals", TieBreak.REVENUE: "more revenue", TieBreak.CONNECTS: "more connects",
             TieBreak.FEWER_CALLS: "fewer calls", TieBreak.FIRST_THERE: "who got there first"}
    return [words[r] for r in rules] + ["name"]
