"""The weighing rules of issue 9: a severe sign leads, the absence of a problem is weak evidence, performing needs
positive evidence of maturity; the formation date follows the team's data (core/common/formation.py)."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.core.common.formation import effective_formed_on, formation_from_history
from coachdesk.core.lifecycle.diagnosis import (
    CALM_IS_WEAK,
    NO_MATURITY,
    SEVERE_LEADS,
    diagnose,
    maturity_evidence,
    stage_mix,
    strength,
)
from coachdesk.core.lifecycle.explain import diagnosis_dict
from coachdesk.core.lifecycle.facts import MemberFact
from coachdesk.core.lifecycle.playbook import default_playbook
from coachdesk.core.lifecycle.roster_signals import SILENT_DAYS, left_on, turnover
from coachdesk.core.lifecycle.signals import CALM, MATURITY, NOT_STORMING, Signal, support
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS as T
from tests.test_lifecycle_builders import AS_OF, day_facts, days_ago, facts, outputs, poisson_days, reps


def _calls_fall(share: float, seed: int = 3) -> list:
    """Steady days whose calls drop by ``share`` in the last 14 days."""
    steady = poisson_days(seed, calls=1080, connect_rate=0.3, conversion=0.08)

    def make(day: dt.date) -> tuple[int, int, int, int]:
        calls, connected, deals, revenue = steady(day)
        if (AS_OF - day).days <= 14:
            calls, connected, deals, revenue = (round(v * (1 - share)) for v in (calls, connected, deals, revenue))
        return calls, connected, deals, revenue

    return list(day_facts(make, back=122))


def loud_sign_team() -> object:
    """Seed 003's loud case: four months old, calls down about a third in two weeks, nothing else wrong."""
    return facts(formed_days_ago=122, members=reps(12, 122), days=_calls_fall(0.31),
                 rep_output=outputs([20] * 12, hired_days_ago=122))


def test_a_severe_call_drop_leads_the_mix_over_many_quiet_signals() -> None:
    result = diagnose(loud_sign_team(), default_playbook())
    drop = result.signal("call_volume_change")
    assert drop.finding == "fell" and drop.severity >= 0.9
    calm = [s for s in result.signals if s.kind == CALM and not s.missing]
    assert len(calm) >= 4  # the quiet signals are there, and still do not outvote the loud one
    assert result.top_stage is Stage.STORMING
    assert result.stage_mix[Stage.STORMING] >= 0.4
    assert result.stage_mix[Stage.STORMING] > max(result.stage_mix[s] for s in STAGES if s is not Stage.STORMING)
    assert result.contradiction.signal == "call_volume_change"
    assert SEVERE_LEADS in result.reasoning and CALM_IS_WEAK in result.reasoning
    text = [r["text"] for r in diagnosis_dict(result)["reasoning"]]  # type: ignore[union-attr]
    assert any("three times" in t for t in text)


def test_strength_counts_calm_at_a_third_and_severity_up_to_three_times() -> None:
    calm = Signal("x", 0.0, "held", support(**NOT_STORMING), 0.0, 1.5, kind=CALM)
    mild = Signal("y", 0.1, "dipped", support(storming=0.3), 0.1, 1.5)
    severe = Signal("z", -0.4, "fell", support(storming=1.0), 1.0, 1.5)
    assert strength(calm) == 0.35
    assert strength(mild) == 1.2
    assert strength(severe) == 3.0
    mix, _ = stage_mix([calm, calm, calm, calm, severe])
    assert mix[Stage.STORMING] > 0.6  # four quiet signals of the same weight do not outvote one severe sign


def steady_team(formed_days_ago: int, hired_days_ago: int) -> object:
    return facts(formed_days_ago=formed_days_ago, members=reps(15, hired_days_ago),
                 days=day_facts(poisson_days(11, calls=1200, connect_rate=0.3, conversion=0.08),
                                back=min(182, formed_days_ago)),
                 rep_output=outputs([18] * 15, hired_days_ago=hired_days_ago))


def test_nothing_wrong_without_maturity_evidence_is_not_performing() -> None:
    # Four months old, every signal calm: no positive evidence of maturity (too young, too short a history).
    result = diagnose(steady_team(120, 120), default_playbook())
    assert maturity_evidence(result.signals) < 0.5
    assert result.top_stage is not Stage.PERFORMING
    assert result.stage_mix[Stage.PERFORMING] == 0.0
    assert NO_MATURITY in result.reasoning
    calm_perf = [e for e in result.evidence if e.stage is Stage.PERFORMING]
    assert calm_perf == []  # the calm signals' performing share went to norming


def test_a_long_steady_team_with_veterans_is_performing() -> None:
    result = diagnose(steady_team(900, 800), default_playbook())
    mature = {s.id for s in result.signals if s.kind == MATURITY and not s.missing}
    assert {"team_age", "tenure", "long_run_results", "retention_180d"} <= mature
    assert result.top_stage is Stage.PERFORMING
    assert NO_MATURITY not in result.reasoning


def test_norming_and_performing_are_told_apart_by_rising_results() -> None:
    rng_rate = random.Random(5)

    def rising(day: dt.date) -> tuple[int, int, int, int]:
        weeks_back = (AS_OF - day).days / 7
        conversion = 0.08 * (1.03 ** -weeks_back)  # skills still improving 3 % a week
        calls = 1200
        connected = round(calls * 0.3)
        deals = sum(1 for _ in range(connected) if rng_rate.random() < conversion)
        return calls, connected, deals, deals * 50_000

    team = facts(formed_days_ago=400, members=reps(15, 390), days=day_facts(rising, back=182),
                 rep_output=outputs([18] * 15, hired_days_ago=390))
    result = diagnose(team, default_playbook())
    assert result.signal("long_run_results").finding == "rising"
    assert result.top_stage is Stage.NORMING


def test_formation_from_history_takes_the_earliest_fact() -> None:
    assert formation_from_history(None, None) is None
    assert formation_from_history(dt.date(2026, 8, 6), None) == dt.date(2026, 8, 6)
    assert formation_from_history(dt.date(2026, 8, 6), dt.date(2026, 8, 1)) == dt.date(2026, 8, 1)
    assert formation_from_history(None, dt.date(2026, 8, 1)) == dt.date(2026, 8, 1)


def test_a_typed_date_later_than_the_first_activity_gives_way_in_the_diagnosis() -> None:
    later = effective_formed_on(dt.date(2026, 12, 6), dt.date(2026, 8, 6))
    assert (later.day, later.recorded, later.from_activity) == (dt.date(2026, 8, 6), dt.date(2026, 12, 6), True)
    earlier = effective_formed_on(dt.date(2026, 1, 1), dt.date(2026, 8, 6))
    assert (earlier.day, earlier.from_activity) == (dt.date(2026, 1, 1), False)
    assert effective_formed_on(dt.date(2026, 1, 1), None).day == dt.date(2026, 1, 1)


def test_team_age_counted_from_the_first_activity_says_so() -> None:
    base = loud_sign_team()
    moved = type(base)(**{**base.__dict__, "recorded_formed_on": days_ago(5)})  # type: ignore[attr-defined]
    signal = diagnose(moved, default_playbook()).signal("team_age")
    assert signal.finding == "growing_from_activity"
    assert signal.params["recorded_formed_on"] == days_ago(5).isoformat()


def test_a_rep_who_fell_silent_counts_as_gone() -> None:
    last_call = days_ago(40)
    silent = MemberFact(days_ago(300), None, True, last_call)
    team = facts(formed_days_ago=300, members=[silent, *reps(9, 300)],
                 days=day_facts(poisson_days(2), back=60))
    assert team.last_activity_day is not None and (team.last_activity_day - last_call).days >= SILENT_DAYS
    assert left_on(silent, team) == last_call + dt.timedelta(days=1)
    assert turnover(team, T, 90, T.turnover_90d_high, 0.6).params["silent"] == 1
    recent = MemberFact(days_ago(300), None, True, days_ago(3))
    assert left_on(recent, team) is None


@st.composite
def calm_signals(draw: st.DrawFn) -> list[Signal]:
    count = draw(st.integers(1, 8))
    return [Signal(f"c{i}", 0.0, "held", support(**NOT_STORMING), 0.0, draw(st.floats(0.5, 3.0)), kind=CALM)
            for i in range(count)]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(calm_signals(), st.floats(0.5, 1.0), st.floats(0.5, 2.0))
def test_calm_signals_alone_never_make_a_team_performing_nor_outvote_a_severe_sign(
        calm: list[Signal], severity: float, weight: float) -> None:
    mix, _ = stage_mix(calm)
    assert mix[Stage.PERFORMING] == 0.0  # no maturity evidence among them
    severe = Signal("drop", -0.3, "fell", support(storming=1.0), severity, weight)
    with_sign, _ = stage_mix([*calm, severe])
    # One severe sign beats the calm signals whenever its weighted strength is at least theirs split three ways.
    calm_total = sum(s.weight * strength(s) for s in calm)
    if weight * strength(severe) >= calm_total * 0.67:
        assert max(STAGES, key=lambda s: with_sign[s]) is Stage.STORMING
    assert with_sign[Stage.STORMING] > mix[Stage.STORMING]
