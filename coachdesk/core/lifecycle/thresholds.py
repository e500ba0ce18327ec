"""The thresholds the data signals use: documented defaults, overridable per team (stored by the store as a
mapping, checked here). docs/lifecycle.md explains each one; ``describe()`` gives the same text to the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, ValidationError


@dataclass(frozen=True, slots=True)
class Thresholds:
    # Team age (days since the team formed): younger than young → forming, …, older than mature → performing.
    young_team_days: int = 60
    settled_team_days: int = 180
    mature_team_days: int = 540
    # Share of selling reps with under 30 / under 90 days' tenure that counts as "many new hires".
    new_hires_30d_high: float = 0.30
    new_hires_90d_high: float = 0.40
    # Departures in the window divided by the headcount at its start that counts as high turnover.
    turnover_30d_high: float = 0.10
    turnover_90d_high: float = 0.20
    # Calls per working day in the last 14 days vs the 28 days before: a fall this large is a drop.
    call_drop: float = -0.15
    # Day-to-day swing of deals / revenue beyond chance (detrended, Poisson noise removed): at or above high
    # the results are unstable, at or below low they are steady.
    deals_volatility_high: float = 0.35
    deals_volatility_low: float = 0.15
    revenue_volatility_high: float = 0.45
    revenue_volatility_low: float = 0.25
    # Weekly trends over the last 8 weeks: connect rate in share points per week, conversion relative per week.
    connect_rate_drop: float = -0.01
    conversion_drop: float = -0.05
    conversion_rise: float = 0.05
    # Deals per call week by week over the last half year: a relative rise per week this large is still climbing
    # (falling as much is a slide); a week-to-week swing beyond chance up to long_run_swing is steady.
    long_run_rise: float = 0.01
    long_run_swing: float = 0.08
    # Departures over the last 180 days / mean headcount at or below this is low: people stay (maturity).
    retention_180d_low: float = 0.12
    # Share of reps producing less than half the team median over the last 28 days.
    low_performers_high: float = 0.20
    # Survey: its weight halves every half-life days and it is ignored after max age.
    survey_half_life_days: int = 45
    survey_max_age_days: int = 180
    # Activity older than this is not used for trends, and the diagnosis says so.
    stale_activity_days: int = 14
    # Fewer working days than this in a window is too little to judge.
    min_working_days: int = 8
    # Fewer deals per working day than this are too few to judge how steady results are.
    min_deals_per_day: float = 2.0

    def to_mapping(self) -> dict[str, float | int]:
        return asdict(self)


DEFAULT_THRESHOLDS = Thresholds()
THRESHOLD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Thresholds))

DESCRIPTIONS: dict[str, str] = {
    "young_team_days": "team age below which the team reads as forming",
    "settled_team_days": "team age from which storming gives way to norming",
    "mature_team_days": "team age from which the team can read as performing",
    "new_hires_30d_high": "share of reps under 30 days' tenure that is high",
    "new_hires_90d_high": "share of reps under 90 days' tenure that is high",
    "turnover_30d_high": "departures in 30 days / mean headcount that is high",
    "turnover_90d_high": "departures in 90 days / mean headcount that is high",
    "call_drop": "change of calls per working day (last 14 days vs 28 before) that is a drop",
    "deals_volatility_high": "day-to-day swing of deals beyond chance that is unstable",
    "deals_volatility_low": "day-to-day swing of deals beyond chance that is steady",
    "revenue_volatility_high": "day-to-day swing of revenue that is unstable",
    "revenue_volatility_low": "day-to-day swing of revenue that is steady",
    "connect_rate_drop": "weekly change of the connect rate (share points) that is a fall",
    "conversion_drop": "weekly relative change of conversion that is a fall",
    "conversion_rise": "weekly relative change of conversion that is a rise",
    "long_run_rise": "weekly relative rise of deals per call over half a year that is still climbing",
    "long_run_swing": "week-to-week swing of deals per call beyond chance that is steady",
    "retention_180d_low": "departures in 180 days / mean headcount that is low (people stay)",
    "low_performers_high": "share of reps below half the median output that is high",
    "survey_half_life_days": "days after which a survey counts half as much",
    "survey_max_age_days": "days after which a survey is ignored",
    "stale_activity_days": "days without activity after which trends are not judged",
    "min_working_days": "working days a window needs before it is judged",
    "min_deals_per_day": "deals per working day needed to judge how steady results are",
}


def describe() -> list[tuple[str, float | int, str]]:
    """(name, default, meaning) for every threshold."""
    return [(f.name, getattr(DEFAULT_THRESHOLDS, f.name), DESCRIPTIONS[f.name]) for f in fields(Thresholds)]


# Why a threshold value is refused (FieldError.reason; the code is "bad_format" for all): the thresholds dialog
# translates each and marks the rows involved.
UNKNOWN = MessageCode("threshold.unknown", "{name!r} is not a threshold")
NOT_A_NUMBER = MessageCode("threshold.not_a_number", "{value!r} is not a number")
NOT_WHOLE_DAYS = MessageCode("threshold.not_whole_days", "{value!r} is not a whole number of days")
TEAM_AGES_ORDER = MessageCode("threshold.team_ages_order", "team ages must rise: young < settled < mature")
SWING_ORDER = MessageCode("threshold.swing_order", "{high} must be above {low}")
NOT_A_SHARE = MessageCode("threshold.not_a_share", "must be a share between 0 and 1")
DROP_NOT_NEGATIVE = MessageCode("threshold.drop_not_negative", "a drop must be negative")
DAYS_NOT_POSITIVE = MessageCode("threshold.days_not_positive", "day counts must be positive")


def thresholds_from(values: Mapping[str, object], base: Thresholds = DEFAULT_THRESHOLDS) -> Thresholds:
    """Overrides applied to ``base``; every unknown name or bad value is reported (field = threshold name)."""
    kinds = {f.name: f.type for f in fields(Thresholds)}
    errors: list[FieldError] = []
    changes: dict[str, Any] = {}  # int or float by the field's kind, checked above
    for name, raw in values.items():
        if name not in kinds:
            errors.append(FieldError.of(name, "bad_format", UNKNOWN, name=name))
            continue
        number = _number(raw)
        if number is None:
            errors.append(FieldError.of(name, "bad_format", NOT_A_NUMBER, value=raw))
        elif kinds[name] == "int" and (number != int(number) or number < 0):
            errors.append(FieldError.of(name, "bad_format", NOT_WHOLE_DAYS, value=raw))
        else:
            changes[name] = int(number) if kinds[name] == "int" else number
    result = replace(base, **changes)
    errors += _check_order(result)  # on the values that parsed, so every problem is reported at once
    if errors:
        raise ValidationError(errors)
    return result


def _number(raw: object) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw)
    try:
        return float(str(raw).strip())
    except ValueError:
        return None


def _check_order(t: Thresholds) -> list[FieldError]:
    errors = []
    if not 0 < t.young_team_days < t.settled_team_days < t.mature_team_days:
        errors.append(FieldError.of("settled_team_days", "bad_format", TEAM_AGES_ORDER))
    for low, high in (("deals_volatility_low", "deals_volatility_high"),
                      ("revenue_volatility_low", "revenue_volatility_high")):
        if not 0 <= getattr(t, low) < getattr(t, high):
            errors.append(FieldError.of(high, "bad_format", SWING_ORDER, high=high, low=low))
    for name in ("new_hires_30d_high", "new_hires_90d_high", "turnover_30d_high", "turnover_90d_high",
                 "low_performers_high", "retention_180d_low", "long_run_rise", "long_run_swing"):
        if not 0 < getattr(t, name) <= 1:
            errors.append(FieldError.of(name, "bad_format", NOT_A_SHARE))
    for name in ("call_drop", "connect_rate_drop", "conversion_drop"):
        if getattr(t, name) >= 0:
            errors.append(FieldError.of(name, "bad_format", DROP_NOT_NEGATIVE))
    if t.survey_half_life_days <= 0 or t.survey_max_age_days <= 0 or t.min_working_days <= 0:
        errors.append(FieldError.of("survey_half_life_days", "bad_format", DAYS_NOT_POSITIVE))
    return errors
