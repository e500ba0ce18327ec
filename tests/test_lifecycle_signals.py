"""Roster and survey signals, and per-team thresholds, on hand-built ``TeamFacts`` (no database).

Every expected figure below is worked out by hand from the rules in roster_signals.py / survey_signal.py and
the defaults in thresholds.py; the activity signals are in test_lifecycle_activity_signals.py.
"""

from __future__ import annotations

import pytest

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.lifecycle.roster_signals import RosterSignals, new_hires, retention, team_age, tenure, turnover
from coachdesk.core.lifecycle.signals import Signal, support
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.survey_signal import SURVEY_WEIGHT, SurveySignal
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, DESCRIPTIONS, Thresholds, describe, thresholds_from
from tests.test_lifecycle_builders import AS_OF, days_ago, facts, rep, reps, response

T = DEFAULT_THRESHOLDS
F, S, N, P = Stage.FORMING, Stage.STORMING, Stage.NORMING, Stage.PERFORMING


def by_id(signals: list[Signal]) -> dict[str, Signal]:
    return {s.id: s for s in signals}


def survey_signal(team_facts, limits: Thresholds = T) -> Signal:
    (signal,) = SurveySignal().signals(team_facts, limits)
    return signal


# --- team age ---------------------------------------------------------------------------------------------------

AGE_USED = {"young_team_days": 60, "settled_team_days": 180, "mature_team_days": 540}


@pytest.mark.parametrize(("age", "finding", "points"), [
    (0, "young", support(forming=1.0)),
    (14, "young", support(forming=1.0)),
    (59, "young", support(forming=1.0)),
    (60, "growing", support(storming=0.5, forming=0.25, norming=0.25)),
    (179, "growing", support(storming=0.5, forming=0.25, norming=0.25)),
    (180, "settled", support(norming=0.7, storming=0.1, performing=0.2)),
    (539, "settled", support(norming=0.7, storming=0.1, performing=0.2)),
    (540, "mature", support(performing=0.7, norming=0.3)),
    (1095, "mature", support(performing=0.7, norming=0.3)),
])
def test_team_age_bands(age: int, finding: str, points: dict[Stage, float]) -> None:
    signal = team_age(facts(formed_days_ago=age), T)
    assert (signal.value, signal.finding, signal.support, signal.severity) == (age, finding, points, 0.0)
    assert signal.thresholds == AGE_USED
    assert signal.params == {"days": age, "months": round(age / 30.4, 1), "formed_on": days_ago(age).isoformat()}
    assert not signal.missing


def test_team_age_in_months() -> None:
    assert team_age(facts(formed_days_ago=91), T).params["months"] == 3.0
    assert team_age(facts(formed_days_ago=426), T).params["months"] == 14.0


def test_team_not_formed_yet() -> None:
    signal = team_age(facts(formed_days_ago=-10), T)
    assert signal.missing and signal.finding == "missing_not_formed"
    assert signal.value is None and signal.weight == 1.0
    assert signal.params == {"formed_on": days_ago(-10).isoformat()}
    assert signal.thresholds == AGE_USED


def test_team_age_stages_strongest_first() -> None:
    assert team_age(facts(formed_days_ago=100), T).stages == (S, F, N)  # ties keep the stage order
    assert team_age(facts(formed_days_ago=1000), T).stages == (P, N)


# --- new hires --------------------------------------------------------------------------------------------------


def test_many_new_hires() -> None:
    # 10 reps: 3 hired 10 days ago, 2 hired 60 days ago, 5 long-standing; a manager who does not sell.
    members = reps(3, 10) + reps(2, 60) + reps(5, 400) + [rep(5, sells=False)]
    h30, h90 = new_hires(facts(members=members), T)
    assert (h30.id, h30.value, h30.finding) == ("new_hires_30d", 0.3, "many")
    assert h30.support == support(forming=1.0)
    assert h30.severity == pytest.approx(0.7)
    assert (h30.weight, h30.thresholds, h30.family, h30.kin) == (1.5, {"new_hires_30d_high": 0.3}, "new_hires",
                                                                 "new_hires")
    assert h30.params == {"new": 3, "reps": 10, "share_pct": 30}
    # Under 90 days: 5 of 10 ≥ 40 %; the newest 3 of those 5 point to forming, the other 2 to storming.
    assert (h90.id, h90.value, h90.finding) == ("new_hires_90d", 0.5, "many")
    assert h90.support == support(forming=0.6, storming=0.4)
    assert h90.severity == pytest.approx(0.4)
    assert (h90.weight, h90.thresholds, h90.family) == (1.0, {"new_hires_90d_high": 0.4}, "new_hires")
    assert h90.params == {"new": 5, "reps": 10, "share_pct": 50}


def test_few_new_hires() -> None:
    members = reps(1, 29) + reps(1, 89) + reps(10, 400)  # 29 days is still under 30, 89 under 90
    h30, h90 = new_hires(facts(members=members), T)
    assert (h30.finding, h30.params) == ("few", {"new": 1, "reps": 12, "share_pct": 8})
    assert h30.value == pytest.approx(1 / 12)
    x30 = (1 / 12) / 0.3
    assert h30.severity == pytest.approx(0.7 * x30**2)
    assert h30.support[F] == pytest.approx(x30, abs=1e-4)
    x90 = (2 / 12) / 0.4
    assert (h90.finding, h90.params["new"]) == ("few", 2)
    assert h90.support[F] == pytest.approx(x90 * 0.5, abs=1e-4)
    assert h90.support[S] == pytest.approx(x90 * 0.5, abs=1e-4)
    assert h90.severity == pytest.approx(0.4 * x90**2)


def test_tenure_boundaries_and_who_counts() -> None:
    members = [rep(30), rep(90), rep(0), rep(-3), rep(400, left_days_ago=5), rep(2, sells=False), rep(400)]
    # Active selling reps on AS_OF: hired 30, 90, 0 days ago and the long-standing one (the one hired in 3 days,
    # the one who left and the non-seller do not count); only the one hired today is under 30 days.
    h30, h90 = new_hires(facts(members=members), T)
    assert h30.params == {"new": 1, "reps": 4, "share_pct": 25}
    assert h90.params == {"new": 2, "reps": 4, "share_pct": 50}


def test_no_reps_makes_both_missing() -> None:
    h30, h90 = new_hires(facts(members=[rep(5, sells=False), rep(400, left_days_ago=3)]), T)
    assert (h30.finding, h30.weight, h30.value) == ("missing_no_reps", 1.5, None)
    assert (h90.finding, h90.weight, h90.value) == ("missing_no_reps", 1.0, None)
    assert h30.thresholds == {"new_hires_30d_high": 0.3}


# --- turnover ---------------------------------------------------------------------------------------------------


def test_high_turnover() -> None:
    # 10 reps a year in; 3 left 10 days ago: headcount (10 at the start + 7 now) / 2 = 8.5, rate 3 / 8.5.
    members = reps(7, 400) + reps(3, 400, left_days_ago=10)
    signals = by_id(list(RosterSignals().signals(facts(members=members), T)))
    t30, t90 = signals["turnover_30d"], signals["turnover_90d"]
    assert (t30.value, t30.finding) == (pytest.approx(3 / 8.5), "high")
    assert t30.params == {"left": 3, "silent": 0, "headcount": 8.5, "rate_pct": 35, "days": 30}
    assert t30.support == support(storming=0.7, forming=0.3)
    assert t30.severity == pytest.approx(0.8)  # x = 1 (three leavers are a pattern): 0.8 · 1²
    assert (t30.weight, t30.thresholds, t30.family, t30.kind) == (1.0, {"turnover_30d_high": 0.1}, "turnover", "sign")
    assert t90.family == t30.kin == t90.kin == "turnover"
    assert (t90.finding, t90.severity, t90.thresholds) == ("high", pytest.approx(0.6), {"turnover_90d_high": 0.2})
    assert t90.params == {"left": 3, "silent": 0, "headcount": 8.5, "rate_pct": 35, "days": 90}


def test_two_leavers_are_high_by_rate_but_not_yet_a_pattern() -> None:
    # 10 reps, 2 left: rate 2 / 9 ≥ 10 %, but two departures count 2/3 of a pattern: severity 0.8 · (2/3)².
    members = reps(8, 400) + reps(2, 400, left_days_ago=10)
    signal = turnover(facts(members=members), T, 30, T.turnover_30d_high, severity=0.8)
    assert signal.finding == "high"
    assert signal.severity == pytest.approx(0.8 * (2 / 3) ** 2)
    assert signal.support[S] == pytest.approx(0.7 * 2 / 3, abs=1e-4)


def test_some_turnover() -> None:
    # 20 reps; 1 left 10 days ago: headcount 19.5, rate 5.1 % — under the 10 % that is high.
    members = [*reps(19, 400), rep(400, left_days_ago=10)]
    signal = turnover(facts(members=members), T, 30, T.turnover_30d_high, severity=0.8)
    x = (1 / 19.5) / 0.1 / 3  # the rate's share of "high", times one leaver of the three that make a pattern
    assert (signal.finding, signal.params["headcount"], signal.params["rate_pct"]) == ("some", 19.5, 5)
    assert signal.severity == pytest.approx(0.8 * x**2)  # one leaver in twenty: far from pressing
    assert signal.support[S] == pytest.approx(0.7 * x, abs=1e-4)
    assert signal.support[F] == pytest.approx(0.3 * x, abs=1e-4)


def test_departure_outside_the_window_is_none_in_30_days_some_in_90() -> None:
    members = [*reps(19, 400), rep(400, left_days_ago=60)]
    signals = by_id(list(RosterSignals().signals(facts(members=members), T)))
    t30, t90 = signals["turnover_30d"], signals["turnover_90d"]
    assert (t30.value, t30.finding, t30.severity, t30.stages) == (0.0, "none", 0.0, (F, N, P))  # not storming
    assert t30.params == {"left": 0, "silent": 0, "headcount": 19.0, "rate_pct": 0, "days": 30}
    assert t30.kind == "calm"
    assert (t90.finding, t90.params["left"], t90.params["headcount"]) == ("some", 1, 19.5)
    assert t90.severity == pytest.approx(0.6 * ((1 / 19.5) / 0.2 / 3) ** 2)


def test_turnover_severity_grows_with_the_square_of_the_rate() -> None:
    # 30 reps, 3 left 10 days ago: headcount 28.5, rate 3 / 28.5 ≈ 10.5 % ≥ 10 %: x = 1, severity 0.8.
    # 60 reps, 3 left: rate 3 / 58.5, x ≈ 0.513, severity 0.8 · x² ≈ 0.21 (linear would be 0.41).
    three_of_30 = turnover(facts(members=[*reps(27, 400), *reps(3, 400, left_days_ago=10)]), T, 30, 0.1, 0.8)
    assert (three_of_30.finding, three_of_30.severity) == ("high", pytest.approx(0.8))
    three_of_60 = turnover(facts(members=[*reps(57, 400), *reps(3, 400, left_days_ago=10)]), T, 30, 0.1, 0.8)
    assert three_of_60.severity == pytest.approx(0.8 * (3 / 5.85) ** 2)


def test_turnover_averages_headcount_over_the_window() -> None:
    # 10 at the start; 4 hired 20 days ago and 2 of the original 10 left: 12 now, headcount 11.
    members = reps(8, 400) + reps(2, 400, left_days_ago=5) + reps(4, 20)
    signal = turnover(facts(members=members), T, 30, T.turnover_30d_high, severity=0.8)
    assert signal.params == {"left": 2, "silent": 0, "headcount": 11.0, "rate_pct": 18, "days": 30}
    assert signal.value == pytest.approx(2 / 11)


def test_leaving_on_the_window_edges() -> None:
    # Left on the window's first day: already gone at its start, not a departure in it; left on AS_OF: counts.
    members = [*reps(10, 400), rep(400, left_days_ago=30), rep(400, left_days_ago=0)]
    signal = turnover(facts(members=members), T, 30, T.turnover_30d_high, severity=0.8)
    assert signal.params["left"] == 1
    assert signal.params["headcount"] == 10.5  # 11 at the start, 10 now


def test_turnover_without_reps_is_missing() -> None:
    signal = turnover(facts(members=[rep(10, sells=False)]), T, 90, T.turnover_90d_high, severity=0.6)
    assert (signal.id, signal.finding, signal.value) == ("turnover_90d", "missing_no_reps", None)


def test_roster_provider_yields_seven_signals_in_order() -> None:
    ids = [s.id for s in RosterSignals().signals(facts(members=reps(10, 400)), T)]
    assert ids == ["team_age", "tenure", "new_hires_30d", "new_hires_90d", "turnover_30d", "turnover_90d",
                   "retention_180d"]


@pytest.mark.parametrize(("hired_days_ago", "finding", "kind"), [
    (10, "new", "sign"), (100, "short", "sign"), (200, "seasoned", "maturity"), (400, "veteran", "maturity")])
def test_tenure_bands(hired_days_ago: int, finding: str, kind: str) -> None:
    signal = tenure(facts(formed_days_ago=500, members=reps(6, hired_days_ago)), T)
    assert (signal.finding, signal.kind, signal.value) == (finding, kind, hired_days_ago)
    assert signal.params["veterans"] == (6 if hired_days_ago >= 365 else 0)


def test_retention_over_half_a_year() -> None:
    kept = retention(facts(formed_days_ago=400, members=[*reps(19, 400), rep(400, left_days_ago=100)]), T)
    assert (kept.finding, kept.kind, kept.params["left"]) == ("kept", "maturity", 1)
    assert kept.support == support(performing=0.65, norming=0.35)
    lost = retention(facts(formed_days_ago=400, members=[*reps(14, 400), *reps(6, 400, left_days_ago=100)]), T)
    assert (lost.finding, lost.kind) == ("lost", "sign") and lost.support[S] > 0
    young = retention(facts(formed_days_ago=100, members=reps(10, 100)), T)
    assert young.finding == "missing_young_team" and young.params == {"days": 100, "needed": 180}


# --- survey signal ----------------------------------------------------------------------------------------------

SURVEY_USED = {"survey_half_life_days": 45, "survey_max_age_days": 180}


def test_clear_survey_today() -> None:
    signal = survey_signal(facts(survey=[response(0, 10, 15, 36, 20, member_id=1), response(0, 12, 17, 34, 22)]))
    assert (signal.id, signal.finding, signal.value) == ("survey", "clear", 35.0)
    assert signal.support == support(norming=1.0)
    assert (signal.weight, signal.full_weight, signal.severity) == (3.0, 3.0, 0.0)
    assert signal.thresholds == SURVEY_USED
    assert signal.params == {
        "stage": "norming", "responses": 2, "age_days": 0, "answered_on": AS_OF.isoformat(), "recency_pct": 100,
        "score": 35.0, "forming_score": 11.0, "storming_score": 16.0, "norming_score": 35.0,
        "performing_score": 21.0,
    }


def test_leaning_survey() -> None:
    signal = survey_signal(facts(survey=[response(3, 12, 20, 28, 18)]))
    assert (signal.finding, signal.params["stage"], signal.params["score"]) == ("leaning", "norming", 28.0)
    assert signal.support == support(norming=1.0)


def test_transition_survey_splits_support_and_names_the_other_stage() -> None:
    signal = survey_signal(facts(survey=[response(0, 12, 26, 23, 10)]))
    assert signal.finding == "transition"
    assert signal.support == support(storming=0.6, norming=0.4)
    assert (signal.params["stage"], signal.params["other"]) == ("storming", "norming")
    assert signal.severity == pytest.approx(0.5 * (26 - 24) / 16)  # a storming reading is itself a problem


def test_combined_survey_reads_storming_and_its_severity_grows_with_the_score() -> None:
    signal = survey_signal(facts(survey=[response(0, 36, 33, 12, 10)]))
    assert (signal.finding, signal.params["stage"], signal.value) == ("clear", "storming", 33.0)
    assert signal.support == support(storming=1.0)
    assert signal.severity == pytest.approx(0.5 * 9 / 16)
    assert survey_signal(facts(survey=[response(0, 10, 40, 12, 10)])).severity == pytest.approx(0.5)


@pytest.mark.parametrize(("age", "weight"), [(0, 3.0), (45, 1.5), (90, 0.75), (135, 0.375), (180, 0.1875)])
def test_survey_weight_halves_every_half_life(age: int, weight: float) -> None:
    signal = survey_signal(facts(survey=[response(age, 10, 15, 36, 20)]))
    assert signal.weight == pytest.approx(weight)
    assert (signal.full_weight, signal.nominal_weight) == (SURVEY_WEIGHT, SURVEY_WEIGHT)
    assert signal.params["age_days"] == age
    assert signal.params["recency_pct"] == round(weight / 3 * 100)


def test_survey_older_than_max_age_is_ignored() -> None:
    signal = survey_signal(facts(survey=[response(181, 10, 15, 36, 20)]))
    assert (signal.finding, signal.value, signal.weight) == ("missing_old_survey", None, SURVEY_WEIGHT)
    assert signal.params == {"days": 181, "last": days_ago(181).isoformat()}
    assert signal.thresholds == SURVEY_USED


def test_custom_half_life_and_max_age() -> None:
    limits = thresholds_from({"survey_half_life_days": 30, "survey_max_age_days": 60})
    assert survey_signal(facts(survey=[response(30, 10, 15, 36, 20)]), limits).weight == pytest.approx(1.5)
    assert survey_signal(facts(survey=[response(61, 10, 15, 36, 20)]), limits).finding == "missing_old_survey"


def test_no_survey() -> None:
    signal = survey_signal(facts())
    assert (signal.finding, signal.weight, signal.params) == ("missing_no_survey", SURVEY_WEIGHT, {})


def test_survey_after_as_of_does_not_count() -> None:
    assert survey_signal(facts(survey=[response(-2, 10, 15, 36, 20)])).finding == "missing_no_survey"


def test_survey_signal_reads_the_latest_round_only() -> None:
    old = [response(200, 38, 30, 10, 10), response(190, 37, 31, 10, 10)]
    signal = survey_signal(facts(survey=[*old, response(20, 10, 14, 24, 35)]))
    assert (signal.params["stage"], signal.params["responses"], signal.finding) == ("performing", 1, "clear")


# --- thresholds -------------------------------------------------------------------------------------------------


def test_every_threshold_is_described() -> None:
    names = [name for name, _, _ in describe()]
    assert names == list(T.to_mapping())
    assert set(DESCRIPTIONS) == set(names)
    assert all(meaning for _, _, meaning in describe())


def test_overrides_apply_and_keep_the_rest() -> None:
    limits = thresholds_from({"call_drop": "-0.25", "young_team_days": 45.0, "low_performers_high": 0.3})
    assert (limits.call_drop, limits.young_team_days, limits.low_performers_high) == (-0.25, 45, 0.3)
    assert isinstance(limits.young_team_days, int)
    assert limits.settled_team_days == T.settled_team_days
    assert thresholds_from({}) == T


@pytest.mark.parametrize(("values", "fields"), [
    ({"bogus": 1}, ["bogus"]),
    ({"call_drop": "fast"}, ["call_drop"]),
    ({"call_drop": None}, ["call_drop"]),
    ({"call_drop": True}, ["call_drop"]),
    ({"young_team_days": 45.5}, ["young_team_days"]),
    ({"young_team_days": -5}, ["young_team_days"]),
    ({"bogus": 1, "call_drop": "x", "stale_activity_days": 1.5}, ["bogus", "call_drop", "stale_activity_days"]),
    ({"young_team_days": 200}, ["settled_team_days"]),
    ({"settled_team_days": 600}, ["settled_team_days"]),
    ({"mature_team_days": 100}, ["settled_team_days"]),
    ({"young_team_days": 0}, ["settled_team_days"]),
    ({"call_drop": 0.1}, ["call_drop"]),
    ({"call_drop": 0}, ["call_drop"]),
    ({"connect_rate_drop": 0.01, "conversion_drop": 0.05}, ["connect_rate_drop", "conversion_drop"]),
    ({"deals_volatility_low": 0.5}, ["deals_volatility_high"]),
    ({"revenue_volatility_high": 0.2}, ["revenue_volatility_high"]),
    ({"new_hires_30d_high": 1.5}, ["new_hires_30d_high"]),
    ({"turnover_90d_high": 0}, ["turnover_90d_high"]),
    ({"survey_half_life_days": 0}, ["survey_half_life_days"]),
])
def test_bad_thresholds_are_rejected_naming_the_field(values: dict[str, object], fields: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        thresholds_from(values)
    assert sorted(caught.value.fields) == sorted(fields)


def test_threshold_errors_carry_a_reason_code_and_params_and_keep_their_english() -> None:
    with pytest.raises(ValidationError) as caught:
        thresholds_from({"bogus": 1, "call_drop": "x", "stale_activity_days": 1.5, "young_team_days": 200,
                         "deals_volatility_low": 0.5, "new_hires_30d_high": 2, "conversion_drop": 0.1,
                         "survey_max_age_days": 0})
    found = {e.field: (e.code, e.reason, e.params, e.message) for e in caught.value.errors}
    assert found == {
        "bogus": ("bad_format", "threshold.unknown", {"name": "bogus"}, "'bogus' is not a threshold"),
        "call_drop": ("bad_format", "threshold.not_a_number", {"value": "x"}, "'x' is not a number"),
        "stale_activity_days": ("bad_format", "threshold.not_whole_days", {"value": 1.5},
                                "1.5 is not a whole number of days"),
        "settled_team_days": ("bad_format", "threshold.team_ages_order", {},
                              "team ages must rise: young < settled < mature"),
        "deals_volatility_high": ("bad_format", "threshold.swing_order",
                                  {"high": "deals_volatility_high", "low": "deals_volatility_low"},
                                  "deals_volatility_high must be above deals_volatility_low"),
        "new_hires_30d_high": ("bad_format", "threshold.not_a_share", {}, "must be a share between 0 and 1"),
        "conversion_drop": ("bad_format", "threshold.drop_not_negative", {}, "a drop must be negative"),
        "survey_half_life_days": ("bad_format", "threshold.days_not_positive", {}, "day counts must be positive"),
    }


def test_bad_name_and_positive_drop_are_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        thresholds_from({"bogus": 1, "call_drop": 0.1})
    assert sorted(caught.value.fields) == ["bogus", "call_drop"]


@pytest.mark.parametrize(("values", "fields"), [
    # A value that does not parse and an order error among the values that did.
    ({"call_drop": "fast", "young_team_days": 200}, ["call_drop", "settled_team_days"]),
    ({"stale_activity_days": 1.5, "deals_volatility_low": 0.5, "conversion_drop": 0.05},
     ["conversion_drop", "deals_volatility_high", "stale_activity_days"]),
    # The order check uses the default for a value that did not parse: young 60 < settled 30 is out of order.
    ({"young_team_days": "soon", "settled_team_days": 30}, ["settled_team_days", "young_team_days"]),
])
def test_parse_and_order_errors_are_reported_at_once(values: dict[str, object], fields: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        thresholds_from(values)
    assert sorted(caught.value.fields) == fields


def test_a_changed_threshold_changes_the_finding() -> None:
    young = facts(formed_days_ago=50)
    assert team_age(young, T).finding == "young"
    assert team_age(young, thresholds_from({"young_team_days": 40})).finding == "growing"

    team = facts(members=reps(3, 10) + reps(7, 400))
    assert new_hires(team, T)[0].finding == "many"
    stricter = thresholds_from({"new_hires_30d_high": 0.5})
    h30 = new_hires(team, stricter)[0]
    assert (h30.finding, h30.thresholds) == ("few", {"new_hires_30d_high": 0.5})

    leaving = facts(members=[*reps(19, 400), rep(400, left_days_ago=10)])
    assert turnover(leaving, T, 30, T.turnover_30d_high, 0.8).finding == "some"
    lenient = thresholds_from({"turnover_30d_high": 0.05})
    assert turnover(leaving, lenient, 30, lenient.turnover_30d_high, 0.8).finding == "high"
