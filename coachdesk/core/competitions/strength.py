"""A rep's strength for the group split: a chosen figure over a chosen window, or a weighted mix.

Strengths are whole numbers so the balancer's optimum is exact: deals count as deals, revenue as whole yuan,
conversion (deals per connected call) in tenths of a percentage point, a mix in tenths of a point where
100 points is the team's average rep.

Reps without a full history get an estimate, and the split says which:

* **pro-rated** — joined inside the window: their figure per day worked × the days a rep with the whole window
  typically worked (the median);
* **no history** — no working day in the window yet (or, for conversion, fewer than MIN_CONNECTS connected
  calls): the team's lower quartile among reps with a full window. A newcomer usually sells below the median,
  and the new-hire rule spreads them anyway.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, ValidationError

NEW_HIRE_DAYS = 30  # "new hires (< 30 days) spread evenly"
MIN_CONNECTS = 20  # fewer connected calls than this: a conversion rate is chance, use the estimate
DEFAULT_WINDOW_DAYS = 30
NO_FIGURE = MessageCode("strength.no_figure", "choose at least one figure with a positive weight")
BAD_WINDOW = MessageCode("strength.bad_window", "the window must be 7 to 366 days, not {value}")


class Metric(StrEnum):
    DEALS = "deals"
    REVENUE = "revenue"
    CONVERSION = "conversion"


class Estimate(StrEnum):
    NONE = ""
    PRO_RATED = "pro_rated"
    NO_HISTORY = "no_history"


@dataclass(frozen=True, slots=True)
class RepFigures:
    """What the store gathers for one active rep over the window."""

    key: int
    label: str
    hired_on: dt.date
    days_worked: int
    calls: int
    connected: int
    deals: int
    revenue_cents: int
    leader_capable: bool = False


@dataclass(frozen=True, slots=True)
class StrengthSpec:
    weights: Mapping[Metric, float]  # one metric with weight 1, or a mix
    window_days: int = DEFAULT_WINDOW_DAYS

    @classmethod
    def of(cls, metric: Metric, window_days: int = DEFAULT_WINDOW_DAYS) -> StrengthSpec:
        return cls({metric: 1.0}, window_days)

    def checked(self) -> StrengthSpec:
        errors = []
        if not self.weights or any(w < 0 for w in self.weights.values()) or sum(self.weights.values()) <= 0:
            errors.append(FieldError.of("by", "bad_format", NO_FIGURE))
        if not 7 <= self.window_days <= 366:
            errors.append(FieldError.of("window_days", "bad_format", BAD_WINDOW, value=self.window_days))
        if errors:
            raise ValidationError(errors)
        return self

    @property
    def single(self) -> Metric | None:
        active = [m for m, w in self.weights.items() if w > 0]
        return active[0] if len(active) == 1 else None

    @property
    def label(self) -> str:
        single = self.single
        if single is not None:
            return single.value
        return ", ".join(f"{m.value}×{w:g}" for m, w in self.weights.items() if w > 0)


@dataclass(frozen=True, slots=True)
class RepStrength:
    key: int
    strength: int  # in the spec's unit (see unit_of)
    estimate: Estimate
    new_hire: bool
    leader_capable: bool


UNITS = {Metric.DEALS: "deal", Metric.REVENUE: "yuan", Metric.CONVERSION: "0.1pp"}  # a mix: "0.1pt"


def unit_of(spec: StrengthSpec) -> str:
    """The unit of the whole-number strengths: "deal", "yuan", "0.1pp" or "0.1pt"."""
    return "0.1pt" if spec.single is None else UNITS[spec.single]


def display_value(spec: StrengthSpec, strength: float) -> float:
    """A strength (or a group's) in the figure people read: deals, yuan, percent, points."""
    return strength / 10 if unit_of(spec) in ("0.1pp", "0.1pt") else strength


def _raw(metric: Metric, rep: RepFigures) -> float:
    if metric is Metric.DEALS:
        return rep.deals
    if metric is Metric.REVENUE:
        return rep.revenue_cents / 100
    return 100 * rep.deals / rep.connected if rep.connected else 0.0


def rep_strengths(reps: Sequence[RepFigures], spec: StrengthSpec, as_of: dt.date) -> list[RepStrength]:
    """Each rep's whole-number strength and how it was obtained (``as_of``: the day after the window)."""
    spec = spec.checked()
    window_start = as_of - dt.timedelta(days=spec.window_days)
    full = [r for r in reps if r.hired_on <= window_start and r.days_worked > 0]
    typical_days = statistics.median(r.days_worked for r in full) if full else 0
    values: dict[Metric, dict[int, tuple[float, Estimate]]] = {}
    for metric, weight in spec.weights.items():
        if weight <= 0:
            continue
        known = [_raw(metric, r) for r in full if metric is not Metric.CONVERSION or r.connected >= MIN_CONNECTS]
        fallback = _lower_quartile(known)
        per_rep: dict[int, tuple[float, Estimate]] = {}
        for r in reps:
            if r.days_worked == 0 or (metric is Metric.CONVERSION and r.connected < MIN_CONNECTS):
                per_rep[r.key] = (fallback, Estimate.NO_HISTORY)
            elif r.hired_on > window_start and metric is not Metric.CONVERSION and typical_days:
                per_rep[r.key] = (_raw(metric, r) / r.days_worked * typical_days, Estimate.PRO_RATED)
            else:
                per_rep[r.key] = (_raw(metric, r), Estimate.NONE)
        values[metric] = per_rep
    single = spec.single
    result = []
    for r in reps:
        estimates = [values[m][r.key][1] for m in values]
        estimate = (Estimate.NO_HISTORY if Estimate.NO_HISTORY in estimates
                    else Estimate.PRO_RATED if Estimate.PRO_RATED in estimates else Estimate.NONE)
        if single is not None:
            value, _ = values[single][r.key]
            strength = round(value * 10) if single is Metric.CONVERSION else round(value)
        else:
            total_weight = sum(w for m, w in spec.weights.items() if m in values)
            points = 0.0
            for metric, per_rep in values.items():
                mean = statistics.fmean(v for v, _ in per_rep.values()) if per_rep else 0.0
                points += spec.weights[metric] * (per_rep[r.key][0] / mean * 100 if mean else 100.0)
            strength = round(points / total_weight * 10)
        result.append(RepStrength(r.key, max(0, strength), estimate,
                                  (as_of - r.hired_on).days < NEW_HIRE_DAYS, r.leader_capable))
    return result


def _lower_quartile(values: Sequence[float]) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=4, method="inclusive")[0]
