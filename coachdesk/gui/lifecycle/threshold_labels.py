"""The signal thresholds as a manager reads them: a translated name and meaning for each, and the unit it is
shown and typed in (shares and rates as percentages, 0.30 ↔ "30"; days as whole numbers).

The label tables are built inside functions so ``translate`` runs in the current UI language."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from enum import Enum

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

Number = float | int


class Unit(Enum):
    DAYS = "days"  # whole days
    PERCENT = "percent"  # a share or relative change: stored 0.30, shown 30 %
    POINTS = "points"  # percentage points: stored -0.01, shown -1
    NUMBER = "number"  # shown as stored


UNITS: dict[str, Unit] = {
    "young_team_days": Unit.DAYS, "settled_team_days": Unit.DAYS, "mature_team_days": Unit.DAYS,
    "new_hires_30d_high": Unit.PERCENT, "new_hires_90d_high": Unit.PERCENT,
    "turnover_30d_high": Unit.PERCENT, "turnover_90d_high": Unit.PERCENT, "call_drop": Unit.PERCENT,
    "deals_volatility_high": Unit.PERCENT, "deals_volatility_low": Unit.PERCENT,
    "revenue_volatility_high": Unit.PERCENT, "revenue_volatility_low": Unit.PERCENT,
    "connect_rate_drop": Unit.POINTS, "conversion_drop": Unit.PERCENT, "conversion_rise": Unit.PERCENT,
    "long_run_rise": Unit.PERCENT, "long_run_swing": Unit.PERCENT, "retention_180d_low": Unit.PERCENT,
    "low_performers_high": Unit.PERCENT, "survey_half_life_days": Unit.DAYS, "survey_max_age_days": Unit.DAYS,
    "stale_activity_days": Unit.DAYS, "min_working_days": Unit.DAYS, "min_deals_per_day": Unit.NUMBER,
}


def threshold_name(name: str) -> str:
    return {
        "young_team_days": translate("ThresholdLabels", "Team counts as young below (days)"),
        "settled_team_days": translate("ThresholdLabels", "Team counts as settled from (days)"),
        "mature_team_days": translate("ThresholdLabels", "Team can count as mature from (days)"),
        "new_hires_30d_high": translate("ThresholdLabels", "Many new hires under 30 days (% of reps)"),
        "new_hires_90d_high": translate("ThresholdLabels", "Many new hires under 90 days (% of reps)"),
        "turnover_30d_high": translate("ThresholdLabels", "High turnover in 30 days (% of headcount)"),
        "turnover_90d_high": translate("ThresholdLabels", "High turnover in 90 days (% of headcount)"),
        "call_drop": translate("ThresholdLabels", "Call volume counts as dropping at (% change)"),
        "deals_volatility_high": translate("ThresholdLabels", "Daily deals unstable from (± %)"),
        "deals_volatility_low": translate("ThresholdLabels", "Daily deals steady up to (± %)"),
        "revenue_volatility_high": translate("ThresholdLabels", "Daily revenue unstable from (± %)"),
        "revenue_volatility_low": translate("ThresholdLabels", "Daily revenue steady up to (± %)"),
        "connect_rate_drop": translate("ThresholdLabels", "Connect rate falling at (points a week)"),
        "conversion_drop": translate("ThresholdLabels", "Conversion falling at (% a week)"),
        "conversion_rise": translate("ThresholdLabels", "Conversion rising at (% a week)"),
        "long_run_rise": translate("ThresholdLabels", "Half-year results still climbing at (% a week)"),
        "long_run_swing": translate("ThresholdLabels", "Half-year results steady up to (± % a week)"),
        "retention_180d_low": translate("ThresholdLabels", "People stay: departures in 180 days up to (% of headcount)"),  # noqa: E501
        "low_performers_high": translate("ThresholdLabels", "Many low performers (% of reps)"),
        "survey_half_life_days": translate("ThresholdLabels", "Survey counts half after (days)"),
        "survey_max_age_days": translate("ThresholdLabels", "Survey ignored after (days)"),
        "stale_activity_days": translate("ThresholdLabels", "Activity too old to judge after (days)"),
        "min_working_days": translate("ThresholdLabels", "Fewest working days to judge"),
        "min_deals_per_day": translate("ThresholdLabels", "Fewest deals a day to judge steadiness"),
    }.get(name, name)


def threshold_meaning(name: str) -> str:
    return {
        "young_team_days": translate("ThresholdLabels", "A team younger than this reads as forming: people are still learning the work and each other."),  # noqa: E501 - one literal for lupdate
        "settled_team_days": translate("ThresholdLabels", "From this age on, team age points to norming rather than storming."),  # noqa: E501
        "mature_team_days": translate("ThresholdLabels", "Only a team at least this old can read as performing by its age."),  # noqa: E501
        "new_hires_30d_high": translate("ThresholdLabels", "Share of selling reps with under 30 days' tenure from which the team counts as largely new."),  # noqa: E501
        "new_hires_90d_high": translate("ThresholdLabels", "The same for reps with under 90 days' tenure."),
        "turnover_30d_high": translate("ThresholdLabels", "Departures in the last 30 days divided by the average headcount; from this share turnover is high."),  # noqa: E501
        "turnover_90d_high": translate("ThresholdLabels", "The same over the last 90 days."),
        "call_drop": translate("ThresholdLabels", "Calls per working day in the last 14 days against the 28 days before: a fall this large or larger is a drop."),  # noqa: E501
        "deals_volatility_high": translate("ThresholdLabels", "Day-to-day swing of deals beyond chance (trend and random noise removed) from which results are unstable."),  # noqa: E501
        "deals_volatility_low": translate("ThresholdLabels", "Swing of daily deals up to which results count as steady."),  # noqa: E501
        "revenue_volatility_high": translate("ThresholdLabels", "Day-to-day swing of revenue beyond chance from which revenue is unstable."),  # noqa: E501
        "revenue_volatility_low": translate("ThresholdLabels", "Swing of daily revenue up to which revenue counts as steady."),  # noqa: E501
        "connect_rate_drop": translate("ThresholdLabels", "Weekly trend of the connect rate over the last 8 weeks, in percentage points, that counts as a fall."),  # noqa: E501
        "conversion_drop": translate("ThresholdLabels", "Weekly relative change of conversion over the last 8 weeks that counts as a fall."),  # noqa: E501
        "conversion_rise": translate("ThresholdLabels", "Weekly relative change of conversion that counts as a rise."),
        "long_run_rise": translate("ThresholdLabels", "Weekly relative rise of deals per call over the last 26 weeks from which results are still climbing (norming); a fall as large is a slide."),  # noqa: E501
        "long_run_swing": translate("ThresholdLabels", "Week-to-week swing of deals per call beyond chance up to which half a year of results counts as steady, a sign of a mature team."),  # noqa: E501
        "retention_180d_low": translate("ThresholdLabels", "Departures over the last 180 days divided by the average headcount; at or below this share people stay, a sign of a mature team."),  # noqa: E501
        "low_performers_high": translate("ThresholdLabels", "Share of reps producing under half the team median (last 28 days) that is high."),  # noqa: E501
        "survey_half_life_days": translate("ThresholdLabels", "A stage survey counts half as much after this many days, a quarter after twice as many."),  # noqa: E501
        "survey_max_age_days": translate("ThresholdLabels", "A stage survey older than this is not used."),
        "stale_activity_days": translate("ThresholdLabels", "When the newest activity is older than this, trends are not judged and the diagnosis says so."),  # noqa: E501
        "min_working_days": translate("ThresholdLabels", "A window with fewer working days than this is too short to judge."),  # noqa: E501
        "min_deals_per_day": translate("ThresholdLabels", "With fewer deals per working day, how steady results are is not judged."),  # noqa: E501
    }.get(name, "")


def unit_of(name: str) -> Unit:
    return UNITS.get(name, Unit.NUMBER)


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def edit_text(name: str, value: Number) -> str:
    """The value as typed in the cell: 0.3 → "30" for a percentage, 60 → "60" for days."""
    number = Decimal(repr(value))
    if unit_of(name) in (Unit.PERCENT, Unit.POINTS):
        number *= 100
    return _plain(number)


def display_text(name: str, value: Number) -> str:
    """The value as shown: "30 %" for a percentage, otherwise as typed."""
    text = edit_text(name, value)
    return fill(translate("ThresholdLabels", "%1 %"), text) if unit_of(name) is Unit.PERCENT else text


class ParseProblem(Enum):
    NOT_A_NUMBER = "number"
    NOT_WHOLE_DAYS = "days"


def parse_value(name: str, text: str) -> Number | ParseProblem:
    """What the user typed (in the cell's unit) as the stored value; "-20", "-20 %" and "−20" all give -0.2."""
    cleaned = text.strip().replace("−", "-").replace("％", "%").removesuffix("%").strip()
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return ParseProblem.NOT_A_NUMBER
    if not number.is_finite():
        return ParseProblem.NOT_A_NUMBER
    unit = unit_of(name)
    if unit is Unit.DAYS:
        if number != number.to_integral_value() or number < 0:
            return ParseProblem.NOT_WHOLE_DAYS
        return int(number)
    if unit in (Unit.PERCENT, Unit.POINTS):
        number /= 100
    result = float(number)
    return result if math.isfinite(result) else ParseProblem.NOT_A_NUMBER
