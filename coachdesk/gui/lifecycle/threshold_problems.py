"""Threshold errors in the user's language, each naming the threshold it is about and the rows to mark.

core/lifecycle/thresholds.py reports an error under one threshold name (its ``field``); an ordering error such
as young ≥ settled team age is reported under one of the rows involved, so here it is explained from the values
that were checked and both rows are marked."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common.validation import FieldError
from coachdesk.core.lifecycle import thresholds as t
from coachdesk.gui.lifecycle.threshold_labels import Number, ParseProblem, display_text, threshold_name
from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

DAY_COUNTS = ("survey_half_life_days", "survey_max_age_days", "min_working_days")
TEAM_AGES = ("young_team_days", "settled_team_days", "mature_team_days")


@dataclass(frozen=True)
class Problem:
    rows: tuple[str, ...]  # the thresholds to mark; the first is the one the sentence names
    text: str


def parse_error(name: str, text: str, problem: ParseProblem) -> FieldError:
    """A value the dialog could not read, as the FieldError the core would give (so all show alike)."""
    reason = t.NOT_A_NUMBER if problem is ParseProblem.NOT_A_NUMBER else t.NOT_WHOLE_DAYS
    return FieldError.of(name, "bad_format", reason, value=text)


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


def _one(name: str, text: str) -> list[Problem]:
    return [Problem((name,), _sentence(name, text))]


def _team_ages(error: FieldError, values: Mapping[str, Number]) -> list[Problem]:
    young, settled, mature = TEAM_AGES
    problems = [_positive(young)] if values[young] <= 0 else []
    if values[young] >= values[settled]:
        problems.append(_below(young, settled, values))
    if values[settled] >= values[mature]:
        problems.append(_below(settled, mature, values))
    fallback = translate("ThresholdProblems", "team ages must rise: young < settled < mature")
    return problems or _one(error.field, fallback)


def _swing(error: FieldError, values: Mapping[str, Number]) -> list[Problem]:
    high, low = str(error.params["high"]), str(error.params["low"])
    if values[low] < 0:
        return _one(low, translate("ThresholdProblems", "must not be negative"))
    return [_below(low, high, values)]


def _day_counts(error: FieldError, values: Mapping[str, Number]) -> list[Problem]:
    return [_positive(name) for name in DAY_COUNTS if values[name] <= 0] or [_positive(error.field)]


Explain = Callable[[FieldError, Mapping[str, Number]], list[Problem]]


def _param(template: Callable[[], str], name: str) -> Explain:
    """The error's own row, its %1 filled from one param."""
    return lambda error, _values: _one(error.field, fill(template(), str(error.params[name])))


def _fixed(text: Callable[[], str]) -> Explain:
    return lambda error, _values: _one(error.field, text())


# By FieldError.reason (core/lifecycle/thresholds.py): the problems behind the error, explained from the values.
_EXPLAIN: dict[str, Explain] = {
    t.UNKNOWN.code: lambda error, _values: [Problem((error.field,), fill(
        translate("ThresholdProblems", "“%1” is not a threshold"), str(error.params["name"])))],
    t.NOT_A_NUMBER.code: _param(lambda: translate("ThresholdProblems", "“%1” is not a number"), "value"),
    t.NOT_WHOLE_DAYS.code: _param(lambda: translate("ThresholdProblems", "“%1” is not a whole number of days"),
                                  "value"),
    t.TEAM_AGES_ORDER.code: _team_ages,
    t.SWING_ORDER.code: _swing,
    t.NOT_A_SHARE.code: _fixed(lambda: translate("ThresholdProblems", "must be more than 0 % and at most 100 %")),
    t.DROP_NOT_NEGATIVE.code: _fixed(lambda: translate("ThresholdProblems", "must be below 0: a drop is a fall")),
    t.DAYS_NOT_POSITIVE.code: _day_counts,
}


def translates(code: str) -> bool:
    return code in _EXPLAIN


def explain(error: FieldError, values: Mapping[str, Number]) -> list[Problem]:
    """The problems behind one error; ``values`` are the thresholds as checked (every name present)."""
    explained = _EXPLAIN.get(error.reason)
    if explained is None:  # an error this dialog does not know: as given
        return [Problem((error.field,), _sentence(error.field, error.message))]
    return explained(error, values)
