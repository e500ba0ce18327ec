"""Threshold errors in the user's language, each naming the threshold it is about and the rows to mark.

core/lifecycle/thresholds.py reports an error under one threshold name (its ``field``); an ordering error such
as young ≥ settled team age is reported under one of the rows involved, so here it is explained from the values
that were checked and both rows are marked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common.validation import FieldError
from coachdesk.gui.lifecycle.threshold_labels import Number, ParseProblem, display_text, threshold_name
from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

SHARES = ("new_hires_30d_high", "new_hires_90d_high", "turnover_30d_high", "turnover_90d_high",
          "low_performers_high")
DROPS = ("call_drop", "connect_rate_drop", "conversion_drop")
DAY_COUNTS = ("survey_half_life_days", "survey_max_age_days", "min_working_days")
SWINGS = {"deals_volatility_high": "deals_volatility_low", "revenue_volatility_high": "revenue_volatility_low"}
TEAM_AGES = ("young_team_days", "settled_team_days", "mature_team_days")


@dataclass(frozen=True)
class Problem:
    rows: tuple[str, ...]  # the thresholds to mark; the first is the one the sentence names
    text: str


def parse_error(name: str, text: str, problem: ParseProblem) -> FieldError:
    """A value the dialog could not read, as the FieldError the core would give (so all show alike)."""
    message = "not a number" if problem is ParseProblem.NOT_A_NUMBER else "not a whole number of days"
    return FieldError(name, message, "bad_format", {"value": text, "problem": problem.value})


def _sentence(name: str, problem: str) -> str:
    return fill(translate("ThresholdProblems", "%1: %2"), threshold_name(name), problem)


def _quoted(name: str) -> str:
    return fill(translate("ThresholdProblems", "“%1”"), threshold_name(name))


def _below(name: str, other: str, values: Mapping[str, Number]) -> Problem:
    text = fill(translate("ThresholdProblems", "must be below %1 (%2)"), _quoted(other),
                display_text(other, values[other]))
    return Problem((name, other), _sentence(name, text))


def _positive(name: str) -> Problem:
    return Problem((name,), _sentence(name, translate("ThresholdProblems", "must be more than 0")))


def explain(error: FieldError, values: Mapping[str, Number]) -> list[Problem]:
    """The problems behind one error; ``values`` are the thresholds as checked (every name present)."""
    field = error.field
    if "value" in error.params:
        value = str(error.params["value"])
        if error.params.get("problem") == ParseProblem.NOT_WHOLE_DAYS.value:
            text = fill(translate("ThresholdProblems", "“%1” is not a whole number of days"), value)
        else:
            text = fill(translate("ThresholdProblems", "“%1” is not a number"), value)
        return [Problem((field,), _sentence(field, text))]
    if field == "settled_team_days":
        young, settled, mature = TEAM_AGES
        problems = [_positive(young)] if values[young] <= 0 else []
        if values[young] >= values[settled]:
            problems.append(_below(young, settled, values))
        if values[settled] >= values[mature]:
            problems.append(_below(settled, mature, values))
        if problems:
            return problems
    if field in SWINGS:
        low = SWINGS[field]
        if values[low] < 0:
            return [Problem((low,), _sentence(low, translate("ThresholdProblems", "must not be negative")))]
        return [_below(low, field, values)]
    if field in SHARES:
        return [Problem((field,), _sentence(field, translate("ThresholdProblems",
                                                             "must be more than 0 % and at most 100 %")))]
    if field in DROPS:
        return [Problem((field,), _sentence(field, translate("ThresholdProblems",
                                                             "must be below 0: a drop is a fall")))]
    if field == "survey_half_life_days":
        problems = [_positive(name) for name in DAY_COUNTS if values[name] <= 0]
        if problems:
            return problems
    return [Problem((field,), _sentence(field, error.message))]  # an error this dialog does not know: as given
