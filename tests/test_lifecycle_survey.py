"""The 32-item stage survey: stage sums, answer checks, the reading rules and the team result (issue 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import (
    CLEAR_SCORE,
    MAX_SCORE,
    MIN_SCORE,
    Survey,
    SurveyReading,
    check_answers,
    default_survey,
    read_scores,
    stage_scores,
    team_result,
)
from tests.test_lifecycle_builders import AS_OF, days_ago, response, stage_scores_of

F, S, N, P = Stage.FORMING, Stage.STORMING, Stage.NORMING, Stage.PERFORMING


@pytest.fixture(scope="module")
def survey() -> Survey:
    return default_survey()


def answers_for(survey: Survey, forming: int, storming: int, norming: int, performing: int) -> dict[str, int]:
    """Answers to the real items whose stage sums are the given ones (each sum spread over the stage's 8 items)."""
    targets = stage_scores_of(forming, storming, norming, performing)
    answers: dict[str, int] = {}
    for stage in STAGES:
        items = [item for item in survey.items if item.stage is stage]
        base, extra = divmod(targets[stage], len(items))
        for index, item in enumerate(items):
            answers[item.id] = base + (1 if index < extra else 0)
    return answers


# --- stage sums -------------------------------------------------------------------------------------------------


def test_all_threes_give_24_per_stage(survey: Survey) -> None:
    assert stage_scores(survey, dict.fromkeys(survey.ids, 3)) == stage_scores_of(24, 24, 24, 24)


def test_one_stage_at_five_the_rest_at_one(survey: Survey) -> None:
    answers = {item.id: 5 if item.stage is Stage.NORMING else 1 for item in survey.items}
    assert stage_scores(survey, answers) == stage_scores_of(8, 8, 40, 8)


def test_cycling_answers_hand_computed(survey: Survey) -> None:
    # q01 = 1, q02 = 2, … q05 = 5, q06 = 1, …; sums worked out by hand from the item order in stage_survey.toml:
    # forming q01 q06 q09 q15 q20 q23 q26 q29 = 1+1+4+5+5+3+1+4 = 24
    # storming q02 q05 q11 q16 q18 q21 q28 q31 = 2+5+1+1+3+1+3+1 = 17
    # norming q03 q08 q10 q13 q19 q22 q25 q32 = 3+3+5+3+4+2+5+2 = 27
    # performing q04 q07 q12 q14 q17 q24 q27 q30 = 4+2+2+4+2+4+2+5 = 25
    answers = {f"q{n:02d}": 1 + (n - 1) % 5 for n in range(1, 33)}
    assert stage_scores(survey, answers) == stage_scores_of(24, 17, 27, 25)


@pytest.mark.parametrize("sums", [(8, 8, 8, 8), (40, 40, 40, 40), (17, 29, 33, 8), (40, 9, 21, 32)])
def test_sums_round_trip_through_answers(survey: Survey, sums: tuple[int, int, int, int]) -> None:
    answers = answers_for(survey, *sums)
    assert set(answers.values()) <= {1, 2, 3, 4, 5}
    assert check_answers(survey, answers) == answers
    assert stage_scores(survey, answers) == stage_scores_of(*sums)


def test_score_range_is_8_to_40() -> None:
    assert (MIN_SCORE, MAX_SCORE, CLEAR_SCORE) == (8, 40, 32)


# --- answer checks ----------------------------------------------------------------------------------------------


def test_complete_answers_pass_unchanged(survey: Survey) -> None:
    answers = answers_for(survey, 20, 25, 30, 35)
    assert check_answers(survey, answers) == answers


def test_missing_items_are_each_reported(survey: Survey) -> None:
    answers = dict.fromkeys(survey.ids, 3)
    del answers["q05"], answers["q17"]
    answers["q30"] = None  # type: ignore[assignment]  # an empty cell counts as no answer
    with pytest.raises(ValidationError) as caught:
        check_answers(survey, answers)
    assert caught.value.fields == ["q05", "q17", "q30"]
    assert {e.code for e in caught.value.errors} == {"required"}


@pytest.mark.parametrize("bad", [0, 6, -1, "3", True, False, 3.0, 2.5])
def test_values_outside_1_to_5_or_not_int_are_rejected(survey: Survey, bad: object) -> None:
    answers: dict[str, object] = dict.fromkeys(survey.ids, 3)
    answers["q07"] = bad
    with pytest.raises(ValidationError) as caught:
        check_answers(survey, answers)  # type: ignore[arg-type]
    (error,) = caught.value.errors
    assert (error.field, error.code) == ("q07", "bad_format")
    assert error.params["value"] == bad


def test_every_problem_is_reported_at_once(survey: Survey) -> None:
    answers: dict[str, object] = dict.fromkeys(survey.ids, 4)
    answers.update(q01=0, q02=6, q03="3", q04=True, q99=3, extra=2)
    del answers["q32"]
    with pytest.raises(ValidationError) as caught:
        check_answers(survey, answers)  # type: ignore[arg-type]
    by_field = {e.field: e.code for e in caught.value.errors}
    assert set(by_field) == {"q99", "extra", "q01", "q02", "q03", "q04", "q32"}
    assert by_field["q32"] == "required"
    assert all(by_field[f] == "bad_format" for f in ("q01", "q02", "q03", "q04"))
    assert "q99" in str(caught.value) and "extra" in str(caught.value)


def test_field_prefix_names_the_row(survey: Survey) -> None:
    answers = dict.fromkeys(survey.ids, 3)
    answers["q10"] = 9
    with pytest.raises(ValidationError) as caught:
        check_answers(survey, answers, field_prefix="row 4: ")
    assert caught.value.fields == ["row 4: q10"]


# --- reading rules ----------------------------------------------------------------------------------------------

# (forming, storming, norming, performing) → stage, highest, clear, transition, combined; worked out by hand.
READINGS = [
    pytest.param((10, 15, 38, 20), N, N, True, None, False, id="clear-norming"),
    pytest.param((12, 20, 31, 18), N, N, False, None, False, id="31-is-not-clear"),
    pytest.param((12, 20, 32, 18), N, N, True, None, False, id="32-is-clear"),
    pytest.param((8, 10, 20, 32), P, P, True, None, False, id="clear-performing"),
    pytest.param((30, 27, 12, 10), F, F, False, (F, S), False, id="runner-up-3-behind-transition"),
    pytest.param((30, 26, 12, 10), F, F, False, None, False, id="runner-up-4-behind-no-transition"),
    pytest.param((33, 30, 10, 10), F, F, True, (F, S), False, id="clear-and-in-transition"),
    pytest.param((12, 26, 23, 10), S, S, False, (S, N), False, id="transition-ordered-by-stage"),
    pytest.param((20, 22, 25, 24), N, N, False, (N, P), False, id="leaning-norming-transition"),
    pytest.param((14, 28, 28, 12), N, N, False, (S, N), False, id="tie-goes-to-later-stage"),
    pytest.param((8, 8, 8, 8), P, P, False, (N, P), False, id="all-tied-low"),
    pytest.param((36, 33, 20, 15), S, F, True, None, True, id="high-forming-high-storming-reads-storming"),
    pytest.param((32, 32, 20, 15), S, S, True, None, True, id="both-at-32-reads-storming"),
    pytest.param((36, 31, 20, 15), F, F, True, None, False, id="storming-31-not-high"),
    pytest.param((20, 18, 38, 33), P, N, True, None, True, id="high-norming-high-performing-reads-performing"),
    pytest.param((20, 18, 34, 37), P, P, True, None, True, id="performing-leads-the-high-pair"),
    pytest.param((33, 32, 36, 20), N, N, True, (F, N), False, id="high-pair-not-leading-does-not-apply"),
    # The combined rule needs the pair to be the two highest scores: norming 35 sits between forming and storming.
    pytest.param((36, 32, 35, 20), F, F, True, (F, N), False, id="high-forming-storming-not-the-top-two"),
    pytest.param((10, 35, 33, 36), P, P, True, (S, P), False, id="high-norming-performing-not-the-top-two"),
    pytest.param((10, 35, 36, 31), N, N, True, (S, N), False, id="performing-31-not-high"),
    pytest.param((40, 40, 40, 40), P, P, True, None, True, id="all-40"),
]


@pytest.mark.parametrize(("sums", "stage", "highest", "clear", "transition", "combined"), READINGS)
def test_reading_rules(sums: tuple[int, int, int, int], stage: Stage, highest: Stage, clear: bool,
                       transition: tuple[Stage, Stage] | None, combined: bool) -> None:
    assert read_scores(stage_scores_of(*sums)) == SurveyReading(stage, highest, clear, transition, combined)


@pytest.mark.parametrize(("sums", "stage", "highest", "clear", "transition", "combined"), READINGS)
def test_reading_from_real_answers(survey: Survey, sums: tuple[int, int, int, int], stage: Stage, highest: Stage,
                                   clear: bool, transition: tuple[Stage, Stage] | None, combined: bool) -> None:
    scores = stage_scores(survey, check_answers(survey, answers_for(survey, *sums)))
    assert read_scores(scores) == SurveyReading(stage, highest, clear, transition, combined)


def test_reading_of_means_uses_the_same_rules() -> None:
    means = {F: 12.0, S: 20.5, N: 31.75, P: 28.75}
    assert read_scores(means) == SurveyReading(N, N, False, (N, P), False)
    assert read_scores({**means, N: 32.0}).clear
    assert read_scores({**means, P: 28.5}).transition is None  # 3.25 apart


# --- the team's result ------------------------------------------------------------------------------------------


def test_no_responses_no_result() -> None:
    assert team_result([], AS_OF) is None


def test_only_responses_after_as_of_is_no_result() -> None:
    assert team_result([response(-1, 30, 20, 20, 20)], AS_OF) is None


def test_mean_per_stage_with_response_count() -> None:
    given = [response(3, 30, 20, 18, 10, member_id=1), response(2, 26, 24, 20, 12, member_id=2),
             response(1, 31, 22, 16, 11)]  # the last one anonymous
    result = team_result(given, AS_OF)
    assert result is not None
    assert result.responses == 3
    assert result.means == {F: 29.0, S: 22.0, N: 18.0, P: 11.0}
    assert (result.first_answered, result.last_answered) == (days_ago(3), days_ago(1))
    assert result.age_days(AS_OF) == 1
    assert result.reading == SurveyReading(F, F, False, None, False)


def test_only_the_latest_round_counts() -> None:
    old_round = [response(100, 36, 30, 10, 10), response(98, 34, 28, 12, 10)]
    new_round = [response(40, 12, 20, 30, 26), response(10, 14, 22, 34, 28)]  # 30 days apart: one round
    result = team_result(old_round + new_round, AS_OF)
    assert result is not None
    assert result.responses == 2
    assert result.means == {F: 13.0, S: 21.0, N: 32.0, P: 27.0}
    assert result.first_answered == days_ago(40)
    assert result.reading.stage is N and result.reading.clear


def test_a_response_31_days_before_the_newest_is_left_out() -> None:
    result = team_result([response(41, 40, 40, 40, 40), response(10, 10, 20, 30, 20)], AS_OF)
    assert result is not None
    assert result.responses == 1
    assert result.means[F] == 10


def test_responses_after_as_of_are_left_out() -> None:
    given = [response(20, 12, 18, 33, 20), response(-5, 40, 40, 8, 8)]
    result = team_result(given, AS_OF)
    assert result is not None
    assert (result.responses, result.means[N], result.last_answered) == (1, 33, days_ago(20))
    later = team_result(given, AS_OF + dt.timedelta(days=5))
    assert later is not None and later.responses == 2


def test_the_round_is_taken_as_of_the_day() -> None:
    """Recomputing the past: as of day 50 the old round is the latest one."""
    given = [response(100, 36, 30, 10, 10), response(95, 34, 28, 12, 10), response(10, 12, 20, 30, 26)]
    then = team_result(given, days_ago(50))
    assert then is not None
    assert (then.responses, then.means[F], then.reading.stage) == (2, 35.0, F)
