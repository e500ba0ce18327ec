"""Every MessageCode of import problems (activity and survey files), undo-import refusals and threshold errors is
translated by code: the GUI has an entry for it, and in Chinese the text is Chinese and carries the params."""

from __future__ import annotations

import re
import string

import pytest

import coachdesk.core.lifecycle.survey_file
import coachdesk.core.lifecycle.thresholds as t
import coachdesk.core.tabular.files  # noqa: F401 - defines the file codes
from coachdesk.core.activity.rows import Problem
from coachdesk.core.common.messages import CodedError, MessageCode, registered
from coachdesk.core.common.validation import ValidationError
from coachdesk.gui.activity import import_history, import_models
from coachdesk.gui.lifecycle import survey_import, threshold_problems
from coachdesk.gui.lifecycle.threshold_labels import threshold_name
from coachdesk.gui.widgets import file_problems
from coachdesk.store.activity.imports import UndoRefused

CJK = re.compile(r"[\u4e00-\u9fff]")
# The modules that define the codes are imported above (rows, values and thresholds directly; store/activity/imports
# for the import_undo codes), so ``registered()`` knows every one of them.


def family(*prefixes: str) -> list[MessageCode]:
    return sorted((c for c in registered().values() if c.code.startswith(prefixes)), key=lambda c: c.code)


IMPORT_PROBLEMS = family("activity.", "value.")
SURVEY_FILE = family("survey_file.")
FILE_PROBLEMS = family("file.")
UNDO_REFUSALS = family("import_undo.")
THRESHOLDS = family("threshold.")


def sample_params(code: MessageCode) -> dict[str, str]:
    """A distinct value for every placeholder of the English template."""
    names = [name for _text, name, _spec, _conv in string.Formatter().parse(code.english) if name]
    return {name: f"P{index}x{name}" for index, name in enumerate(names)}


def test_the_families_are_not_empty() -> None:
    assert len(IMPORT_PROBLEMS) >= 20 and len(SURVEY_FILE) == 9 and len(FILE_PROBLEMS) == 9
    assert len(UNDO_REFUSALS) == 3 and len(THRESHOLDS) == 8


@pytest.mark.parametrize("code", IMPORT_PROBLEMS, ids=lambda c: c.code)
def test_import_problem_is_translated_by_code(code: MessageCode, translations) -> None:
    assert import_models.translates(code.code)
    params = sample_params(code)
    problem = Problem.of(3, "呼出次数", "abc", "bad_value", code, **params)
    english = import_models.problem_text(problem)
    assert not CJK.search(english.replace("2024年5月6日", "")) and all(v in english for v in params.values())
    translations.apply("zh_CN")
    chinese = import_models.problem_text(problem)
    assert CJK.search(chinese) and chinese != english, chinese
    assert all(value in chinese for value in params.values()), chinese


def test_an_unknown_problem_code_shows_the_english_message() -> None:
    assert import_models.problem_text(Problem(1, "c", "v", "odd message", "invalid", "activity.no_such")) == \
        "odd message"


@pytest.mark.parametrize("code", SURVEY_FILE, ids=lambda c: c.code)
def test_survey_file_problem_is_translated_by_code(code: MessageCode, translations) -> None:
    assert survey_import.translates(code.code)
    params = sample_params(code)
    shown = {name: value for name, value in params.items() if name != "error"}  # the parser's English: not shown
    error = CodedError(code, **params)
    english = survey_import.problem_text(error)
    translations.apply("zh_CN")
    chinese = survey_import.problem_text(error)
    assert CJK.search(chinese) and chinese != english, chinese
    assert all(value in chinese for value in shown.values()), chinese


@pytest.mark.parametrize("code", FILE_PROBLEMS, ids=lambda c: c.code)
def test_file_problem_is_translated_by_code_for_every_import(code: MessageCode, translations) -> None:
    assert file_problems.translates(code.code) and survey_import.translates(code.code)
    params = sample_params(code)
    error = CodedError(code, **params)
    english = file_problems.file_problem_text(error)
    assert all(value in english for value in params.values()), english
    translations.apply("zh_CN")
    for chinese in (file_problems.file_problem_text(error), survey_import.problem_text(error)):
        assert CJK.search(chinese) and chinese != english, chinese
        assert all(value in chinese for value in params.values()), chinese


@pytest.mark.parametrize("code", UNDO_REFUSALS, ids=lambda c: c.code)
def test_undo_refusal_is_translated_by_code(code: MessageCode, translations) -> None:
    assert import_history.translates(code.code)
    params = {"import_id": 41, "later": "42, 43"} if "later" in code.english else {"import_id": 41}
    refusal = UndoRefused(code, **params)
    english = import_history.refusal_text(refusal)
    translations.apply("zh_CN")
    chinese = import_history.refusal_text(refusal)
    assert CJK.search(chinese) and chinese != english, chinese
    assert all(str(value) in chinese for value in params.values()), chinese


# A bad input per code, and what the explanation must name (a function: the labels follow the UI language).
THRESHOLD_CASES = {
    t.UNKNOWN.code: ({"bogus": 1}, lambda: ["bogus"]),
    t.NOT_A_NUMBER.code: ({"call_drop": "abc"}, lambda: ["abc", threshold_name("call_drop")]),
    t.NOT_WHOLE_DAYS.code: ({"young_team_days": 45.5}, lambda: ["45.5", threshold_name("young_team_days")]),
    t.TEAM_AGES_ORDER.code: ({"young_team_days": 200},
                             lambda: [threshold_name("young_team_days"), threshold_name("settled_team_days")]),
    t.SWING_ORDER.code: ({"deals_volatility_low": 0.5},
                         lambda: [threshold_name("deals_volatility_low"), threshold_name("deals_volatility_high")]),
    t.NOT_A_SHARE.code: ({"new_hires_30d_high": 1.5}, lambda: [threshold_name("new_hires_30d_high")]),
    t.DROP_NOT_NEGATIVE.code: ({"call_drop": 0.1}, lambda: [threshold_name("call_drop")]),
    t.DAYS_NOT_POSITIVE.code: ({"survey_max_age_days": 0}, lambda: [threshold_name("survey_max_age_days")]),
}


def test_every_threshold_code_has_a_case_here() -> None:
    assert sorted(THRESHOLD_CASES) == [c.code for c in THRESHOLDS]


@pytest.mark.parametrize("code", THRESHOLDS, ids=lambda c: c.code)
def test_threshold_error_is_translated_by_code(code: MessageCode, translations) -> None:
    assert threshold_problems.translates(code.code)
    given, named = THRESHOLD_CASES[code.code]
    with pytest.raises(ValidationError) as caught:
        t.thresholds_from(given)
    (error,) = caught.value.errors
    assert error.reason == code.code
    values = {**t.DEFAULT_THRESHOLDS.to_mapping(), **{k: v for k, v in given.items()
                                                      if isinstance(v, int | float) and k in t.THRESHOLD_NAMES}}
    english = [p.text for p in threshold_problems.explain(error, values)]
    assert all(any(part in text for text in english) for part in named()), english
    translations.apply("zh_CN")
    chinese = [p.text for p in threshold_problems.explain(error, values)]
    assert chinese != english and all(CJK.search(text) for text in chinese), chinese
    assert all(any(part in text for text in chinese) for part in named()), chinese
