"""The diagnosis: stage mix, confidence, evidence, principal contradiction, its words — properties over random
teams (hypothesis), scenarios built from seed 003's stage descriptions, and signal providers added later."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.core.lifecycle import signals as signal_registry
from coachdesk.core.lifecycle.diagnosis import (
    BUILTIN_PROVIDERS,
    PRESSING,
    Diagnosis,
    confidence,
    diagnose,
    principal_contradiction,
    stage_mix,
)
from coachdesk.core.lifecycle.explain import contradiction_text, diagnosis_dict
from coachdesk.core.lifecycle.facts import ACTIVITY_LOOKBACK_DAYS, DayFact, MemberFact, RepOutput, TeamFacts
from coachdesk.core.lifecycle.playbook import Playbook, default_playbook
from coachdesk.core.lifecycle.roster_signals import RosterSignals
from coachdesk.core.lifecycle.signals import Signal, missing, register_provider, registered_providers, support
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, Thresholds, thresholds_from
from tests.test_lifecycle_builders import (
    AS_OF,
    day_facts,
    days_ago,
    facts,
    flat_day,
    output,
    outputs,
    poisson,
    poisson_days,
    reps,
    response,
    working_days,
)

F, S, N, P = Stage.FORMING, Stage.STORMING, Stage.NORMING, Stage.PERFORMING
LANGS = ("en", "zh")


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return default_playbook()


def texts_of(result: dict[str, object]) -> Iterator[str]:
    """Every sentence a reader sees in a diagnosis dict."""
    pc = result["principal_contradiction"]
    assert isinstance(pc, dict)
    yield pc["summary"]
    yield from (e["text"] for e in pc["evidence"])
    yield from (p["title"] for p in pc["prescription"])
    yield from (e["text"] for e in result["evidence"])  # type: ignore[union-attr]
    for signal in result["signals"]:  # type: ignore[union-attr]
        yield signal["name"]
        yield signal["text"]
    yield from result["missing_data"]  # type: ignore[misc]


def assert_readable(diagnosis: Diagnosis) -> None:
    for lang in LANGS:
        result = diagnosis_dict(diagnosis, lang)
        assert json.loads(json.dumps(result, ensure_ascii=False)) == json.loads(json.dumps(result))
        for text in texts_of(result):
            assert isinstance(text, str) and text.strip(), f"empty text in {lang}"
            assert "{" not in text and "}" not in text, f"unfilled placeholder in {lang}: {text}"


# --- hand-made signals: the mix, the confidence, the contradiction ----------------------------------------------


class Fixed:
    """A provider that yields the signals it was given (to test the engine on hand-made signals)."""

    def __init__(self, given: Iterable[Signal], provider_id: str = "fixed") -> None:
        self.id = provider_id
        self.given = tuple(given)

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        return self.given


def test_mix_confidence_and_evidence_hand_computed(playbook: Playbook) -> None:
    # A (weight 1) points fully to forming, B (weight 1) half to storming, C (weight 2) is missing.
    given = [Signal("a", 1.0, "x", support(forming=1.0)), Signal("b", 1.0, "x", support(storming=0.5)),
             missing("c", "no_data", 2.0)]
    diagnosis = diagnose(facts(), playbook, providers=[Fixed(given)])
    assert diagnosis.stage_mix == {F: pytest.approx(2 / 3), S: pytest.approx(1 / 3), N: 0.0, P: 0.0}
    assert diagnosis.top_stage is F
    # coverage 2 / 4 of the weight, lead (2/3 − 1/3) / (2/3) = 0.5 → 0.5 · (0.4 + 0.6 · 0.5)
    assert diagnosis.confidence == pytest.approx(0.35)
    assert [(e.signal, e.stage, round(e.share, 6)) for e in diagnosis.evidence] == [
        ("a", F, round(2 / 3, 6)), ("b", S, round(1 / 3, 6))]
    assert [s.id for s in diagnosis.missing] == ["c"]


def test_without_any_data_the_mix_is_even(playbook: Playbook) -> None:
    mix, evidence = stage_mix([missing("a", "x", 1.0), Signal("b", 0.0, "none")])
    assert mix == dict.fromkeys(STAGES, 0.25) and evidence == []
    assert confidence([missing("a", "x", 1.0)], mix) == 0.0
    diagnosis = diagnose(facts(), playbook, providers=[Fixed([missing("a", "x", 1.0), missing("b", "y", 1.0)])])
    assert diagnosis.top_stage is F  # a team nobody has data on is treated as just forming
    assert diagnosis.confidence == 0.0
    pc = diagnosis.contradiction
    assert (pc.kind, pc.signal, pc.signals, pc.stage) == ("no_data", "a", ("a",), F)
    assert pc.prescription == ()  # first collect data: nothing to prescribe yet


def test_a_team_without_data_gets_no_prescription(playbook: Playbook) -> None:
    # Nothing at all: no providers' signals, so the contradiction names the survey as the data to collect.
    bare = diagnose(facts(), playbook, providers=[])
    assert (bare.top_stage, bare.confidence) == (F, 0.0)
    assert (bare.contradiction.kind, bare.contradiction.signals, bare.contradiction.prescription) == (
        "no_data", ("survey",), ())
    # The builtin providers on a team before it formed, with no roster, activity or survey: the same.
    diagnosis = diagnose(facts(formed_days_ago=-10), playbook)
    pc = diagnosis.contradiction
    assert (diagnosis.top_stage, diagnosis.confidence, diagnosis.stage_mix) == (F, 0.0, dict.fromkeys(STAGES, 0.25))
    assert (pc.kind, pc.signal, pc.prescription) == ("no_data", "survey", ())
    result = diagnosis_dict(diagnosis)
    assert result["principal_contradiction"]["prescription"] == []  # type: ignore[index]
    assert result["principal_contradiction"]["summary"].startswith("Not enough data to judge the stage: ")  # type: ignore[index]
    assert_readable(diagnosis)


def test_no_data_always_has_zero_confidence(playbook: Playbook) -> None:
    diagnosis = diagnose(facts(formed_days_ago=-10, members=reps(10, 400)), playbook)
    assert (diagnosis.contradiction.kind, diagnosis.top_stage) == ("no_data", F)
    assert diagnosis.confidence == 0.0


def test_a_faded_survey_lowers_the_confidence() -> None:
    fresh = Signal("survey", 35.0, "clear", support(norming=1.0), weight=3.0, full_weight=3.0)
    faded = Signal("survey", 35.0, "clear", support(norming=1.0), weight=0.75, full_weight=3.0)
    other = Signal("team_age", 400, "settled", support(norming=1.0))
    mix = {F: 0.0, S: 0.0, N: 1.0, P: 0.0}
    assert confidence([fresh, other], mix) == 1.0
    assert confidence([faded, other], mix) == pytest.approx(round(1.75 / 4, 3))


def test_the_most_severe_weighted_problem_is_principal(playbook: Playbook) -> None:
    given = [Signal("turnover_30d", 0.2, "high", support(storming=0.7, forming=0.3), severity=0.8, weight=1.0),
             Signal("call_volume_change", -0.3, "fell", support(storming=1.0), severity=0.6, weight=1.5),
             Signal("team_age", 100, "growing", support(storming=1.0)),
             Signal("low_performers", 0.1, "some", support(forming=0.2), severity=0.2)]  # below PRESSING
    pc = principal_contradiction(given, S, playbook)
    # 0.6 · 1.5 = 0.9 beats 0.8 · 1.0; turnover is severe enough and points to storming too: the companion.
    assert (pc.kind, pc.signal, pc.stage, pc.signals) == ("problem", "call_volume_change", S,
                                                          ("call_volume_change", "turnover_30d"))
    assert 1 <= len(pc.prescription) <= 3
    assert pc.prescription[0].stage is S


def test_a_companion_must_be_about_another_fact(playbook: Playbook) -> None:
    # turnover_90d is severe enough and points the same way, but it is turnover again: the next problem of another
    # family (low performers) joins instead.
    given = [Signal("turnover_30d", 0.3, "high", support(storming=0.7, forming=0.3), severity=0.8,
                    family="turnover"),
             Signal("turnover_90d", 0.3, "high", support(storming=0.7, forming=0.3), severity=0.6,
                    family="turnover"),
             Signal("low_performers", 0.3, "many", support(storming=0.6, forming=0.4), severity=0.5,
                    family="low_performers")]
    pc = principal_contradiction(given, S, playbook)
    assert pc.signals == ("turnover_30d", "low_performers")
    assert principal_contradiction(given[:2], S, playbook).signals == ("turnover_30d",)
    # Without a family, a signal is its own kin: two different ids may pair.
    plain = [Signal("turnover_30d", 0.3, "high", support(storming=1.0), severity=0.8),
             Signal("turnover_90d", 0.3, "high", support(storming=1.0), severity=0.6)]
    assert [s.kin for s in plain] == ["turnover_30d", "turnover_90d"]
    assert principal_contradiction(plain, S, playbook).signals == ("turnover_30d", "turnover_90d")


def test_a_dip_in_calls_is_not_a_problem(playbook: Playbook) -> None:
    # A dip just above the drop threshold (−14.7 %: severity 0.5 · 0.49 ≈ 0.245) stays under PRESSING.
    from coachdesk.core.lifecycle.activity_signals import call_volume_change

    days = day_facts(lambda day: (256 if (AS_OF - day).days <= 14 else 300, 100, 10, 500_000))
    dip = call_volume_change(facts(days=days), DEFAULT_THRESHOLDS)
    assert dip.finding == "dipped" and dip.severity < PRESSING
    growth = principal_contradiction([dip, Signal("team_age", 400, "settled", support(norming=1.0))], N, playbook)
    assert (growth.kind, growth.signal) == ("growth", "team_age")


def test_a_companion_must_point_the_same_way(playbook: Playbook) -> None:
    given = [Signal("call_volume_change", -0.3, "fell", support(storming=1.0), severity=1.0, weight=1.5),
             Signal("conversion_trend", 0.0, "flat", support(performing=1.0), severity=0.5)]
    assert principal_contradiction(given, S, playbook).signals == ("call_volume_change",)
    weak = [given[0], Signal("low_performers", 0.1, "some", support(storming=0.5), severity=0.29)]
    assert principal_contradiction(weak, S, playbook).signals == ("call_volume_change",)


def test_equal_problems_go_to_the_earlier_provider(playbook: Playbook) -> None:
    first = Signal("turnover_30d", 0.2, "high", support(storming=1.0), severity=0.5)
    second = Signal("low_performers", 0.3, "many", support(forming=1.0), severity=0.5)
    assert principal_contradiction([first, second], S, playbook).signal == "turnover_30d"
    assert principal_contradiction([second, first], S, playbook).signal == "low_performers"


def test_growth_anchor_is_the_strongest_support_for_the_top_stage(playbook: Playbook) -> None:
    given = [Signal("team_age", 800, "mature", support(performing=0.5, norming=0.5)),
             Signal("deals_volatility", 0.1, "steady", support(norming=0.5, performing=0.5), weight=1.5),
             Signal("conversion_trend", 0.0, "flat", support(performing=0.5), severity=0.15)]
    pc = principal_contradiction(given, P, playbook)
    assert (pc.kind, pc.signal, pc.signals, pc.stage) == ("growth", "deals_volatility", ("deals_volatility",), P)


# --- properties over random teams -------------------------------------------------------------------------------

LOOKBACK = working_days(days_ago(63), AS_OF)


@st.composite
def day_fact(draw: st.DrawFn, day: dt.date, connects: bool, revenue: bool) -> DayFact:
    calls = draw(st.integers(0, 3000))
    connected = draw(st.integers(0, calls)) if connects else 0
    deals = draw(st.integers(0, connected))
    cents = draw(st.integers(deals, deals * 200_000)) if revenue else 0
    return DayFact(day, calls, connected, deals, cents)


@st.composite
def member_fact(draw: st.DrawFn) -> MemberFact:
    hired = days_ago(draw(st.integers(-20, 1500)))
    stayed = draw(st.one_of(st.none(), st.integers(0, 600)))
    return MemberFact(hired, None if stayed is None else hired + dt.timedelta(days=stayed), draw(st.booleans()))


@st.composite
def team_facts(draw: st.DrawFn) -> TeamFacts:
    kept = draw(st.lists(st.booleans(), min_size=len(LOOKBACK), max_size=len(LOOKBACK)))
    # Degenerate teams too: calls but never a connected call, deals but no revenue recorded (signals go missing).
    connects, revenue = draw(st.booleans()), draw(st.booleans())
    days = tuple(draw(day_fact(day, connects, revenue)) for day, keep in zip(LOOKBACK, kept, strict=True) if keep)
    members = draw(st.lists(member_fact(), max_size=30))
    rep_output = [RepOutput(i, days_ago(draw(st.integers(0, 1500))), draw(st.integers(0, 120)),
                            draw(st.integers(0, 3000)), draw(st.integers(1, 24)))
                  for i in range(draw(st.integers(0, 25)))]
    scores = st.integers(8, 40)
    survey = [response(draw(st.integers(-20, 400)), draw(scores), draw(scores), draw(scores), draw(scores),
                       member_id=draw(st.one_of(st.none(), st.integers(1, 40))))
              for _ in range(draw(st.integers(0, 10)))]
    newest = max((d.day for d in days), default=None)
    last = draw(st.sampled_from([newest, None, days_ago(draw(st.integers(1, 400)))])) if newest else None
    return facts(formed_days_ago=draw(st.integers(-30, 2500)), members=members, days=days,
                 rep_output=rep_output, survey=survey, last_activity_day=last)


PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.data_too_large])


@PROPERTY
@given(team_facts())
def test_mix_is_four_shares_summing_to_one(team: TeamFacts) -> None:
    diagnosis = diagnose(team, default_playbook())
    assert tuple(diagnosis.stage_mix) == STAGES
    assert all(0.0 <= share <= 1.0 for share in diagnosis.stage_mix.values())
    assert abs(sum(diagnosis.stage_mix.values()) - 1.0) < 1e-9
    assert 0.0 <= diagnosis.confidence <= 1.0
    if diagnosis.evidence:
        assert abs(sum(e.share for e in diagnosis.evidence) - 1.0) < 1e-9
        ids = {s.id for s in diagnosis.signals if not s.missing}
        assert {e.signal for e in diagnosis.evidence} <= ids


@PROPERTY
@given(team_facts())
def test_top_stage_is_the_argmax(team: TeamFacts) -> None:
    diagnosis = diagnose(team, default_playbook())
    mix = diagnosis.stage_mix
    assert mix[diagnosis.top_stage] == max(mix.values())
    if diagnosis.evidence:  # ties go to the later stage
        assert all(mix[s] < mix[diagnosis.top_stage] for s in STAGES if s.order > diagnosis.top_stage.order)
    else:  # nothing measurable: an even mix, read as just forming
        assert mix == dict.fromkeys(STAGES, 0.25) and diagnosis.top_stage is F
        assert diagnosis.contradiction.kind == "no_data"
    assert diagnosis.contradiction.stage is diagnosis.top_stage


@PROPERTY
@given(team_facts())
def test_diagnosis_is_deterministic(team: TeamFacts) -> None:
    playbook = default_playbook()
    first, second = diagnose(team, playbook), diagnose(team, playbook)
    assert first == second
    for lang in LANGS:
        assert diagnosis_dict(first, lang) == diagnosis_dict(second, lang)


@PROPERTY
@given(team_facts())
def test_diagnosis_dict_is_json_and_fully_worded(team: TeamFacts) -> None:
    diagnosis = diagnose(team, default_playbook())
    assert_readable(diagnosis)
    result = diagnosis_dict(diagnosis)
    assert set(result) >= {"stage_mix", "top_stage", "confidence", "principal_contradiction", "evidence",
                           "missing_data"}
    pc = result["principal_contradiction"]
    assert isinstance(pc, dict)
    assert set(pc) >= {"signal", "summary", "evidence", "prescription"}
    if pc["kind"] == "no_data":  # first collect data: nothing to prescribe yet
        assert pc["prescription"] == []
    else:
        assert 1 <= len(pc["prescription"]) <= 3
    assert pc["signal"] == pc["evidence"][0]["signal"]
    assert len(result["missing_data"]) == len(set(result["missing_data"]))  # type: ignore[arg-type]


@PROPERTY
@given(team_facts())
def test_every_signal_is_judged_against_its_thresholds(team: TeamFacts) -> None:
    diagnosis = diagnose(team, default_playbook())
    assert len(diagnosis.signals) == 15
    for signal in diagnosis.signals:
        assert signal.thresholds, signal.id
        assert 0.0 <= signal.severity <= 1.0
        assert all(0.0 <= v <= 1.0 for v in signal.support.values())
        assert (signal.value is None) == signal.missing


# --- scenarios from seed 003 ------------------------------------------------------------------------------------


def new_team_of_new_hires() -> TeamFacts:
    """Forming (磨合期): formed two weeks ago, everyone new, little activity yet, hardly any deals."""
    rng = random.Random(1)
    return facts(formed_days_ago=14, members=reps(10, 14) + reps(2, 10),
                 days=day_facts(poisson_days(1, calls=300, conversion=0.005), back=12),
                 rep_output=[output(i, rng.choice([0, 0, 0, 1]), calls=250, days_worked=9, hired_days_ago=14)
                             for i in range(12)])


def storming_team() -> TeamFacts:
    """Storming (动乱期): three months in, reps avoid dialling (calls −35 % in two weeks), results swing."""
    rng = random.Random(2)

    def make(day: dt.date) -> tuple[int, int, int, int]:
        calls = poisson(rng, 780 if (AS_OF - day).days <= 14 else 1200)
        connected = poisson(rng, calls * 0.33)
        deals = poisson(rng, connected * rng.choice([0.03, 0.20]))
        return calls, connected, deals, deals * 60_000

    return facts(formed_days_ago=91, members=reps(12, 91) + reps(2, 50), days=day_facts(make),
                 rep_output=outputs([30, 25, 20, 35, 10, 5, 28, 22, 18, 30, 26, 12]))


def norming_team() -> TeamFacts:
    """Norming (安稳期): 14 months, steady volume and results for half a year, nobody left, the survey reads
    norming."""
    return facts(formed_days_ago=426, members=reps(14, 420) + reps(1, 200),
                 days=day_facts(poisson_days(3, calls=900), back=ACTIVITY_LOOKBACK_DAYS),
                 rep_output=outputs([40, 38, 42, 36, 44, 39, 41, 37, 40, 43, 35, 38, 42, 40, 39]),
                 survey=[response(20, 14, 17, 34, 27, member_id=i) for i in range(10)])


def performing_team(**changes: object) -> TeamFacts:
    """Performing (成熟期): three years, steady high output, the survey reads performing."""
    base: dict[str, object] = dict(
        formed_days_ago=1095, members=reps(16, 1000), days=day_facts(poisson_days(4, calls=1100, conversion=0.14)),
        rep_output=outputs([50, 52, 48, 55, 47, 51, 49, 53, 50, 46, 54, 50, 52, 48, 51, 49]),
        survey=[response(15, 12, 14, 31, 36, member_id=i) for i in range(12)])
    return facts(**{**base, **changes})  # type: ignore[arg-type]


def performing_team_losing_reps() -> TeamFacts:
    """"The stages are not absolute": a performing team loses 6 of 20 reps in the last 30 days."""
    rng = random.Random(5)

    def make(day: dt.date) -> tuple[int, int, int, int]:
        active = 20 if (AS_OF - day).days > 20 else 14
        calls = poisson(rng, 70 * active)
        connected = poisson(rng, calls * 0.35)
        deals = poisson(rng, connected * 0.14)
        return calls, connected, deals, deals * 60_000

    return performing_team(members=reps(14, 1000) + reps(6, 1000, left_days_ago=20), days=day_facts(make),
                           rep_output=outputs([50] * 14) + outputs([30] * 6, first_id=50, days_worked=6),
                           survey=[response(40, 12, 14, 31, 36, member_id=i) for i in range(12)])


def test_a_new_team_of_new_hires_is_forming_led(playbook: Playbook) -> None:
    diagnosis = diagnose(new_team_of_new_hires(), playbook)
    assert diagnosis.top_stage is F
    assert diagnosis.stage_mix[F] > 0.5
    pc = diagnosis.contradiction
    assert (pc.kind, pc.signal) == ("problem", "new_hires_30d")
    assert all(p.stage is F for p in pc.prescription)
    summary = contradiction_text(diagnosis).summary
    assert summary.startswith("12 of 12 reps are under 30 days' tenure")
    assert "入职不满 30 天" in contradiction_text(diagnosis, "zh").summary
    assert_readable(diagnosis)


def test_falling_calls_and_swinging_deals_are_storming_led(playbook: Playbook) -> None:
    diagnosis = diagnose(storming_team(), playbook)
    assert diagnosis.top_stage is S
    assert diagnosis.stage_mix[S] > 0.5
    pc = diagnosis.contradiction
    assert pc.kind == "problem"
    assert "call_volume_change" in pc.signals
    assert diagnosis.signal("call_volume_change").finding == "fell"
    assert diagnosis.signal("deals_volatility").finding == "unstable"
    assert pc.prescription and all(p.stage is S for p in pc.prescription)
    assert pc.signals == ("call_volume_change", "deals_volatility")
    for signal_id in pc.signals:  # the companion gets a practice too
        assert any(signal_id in p.signals for p in pc.prescription), signal_id
    result = diagnosis_dict(diagnosis)
    change = diagnosis.signal("call_volume_change").params["change_pct"]
    assert 30 <= change <= 40  # 780 vs 1200 calls a day, give or take chance
    assert f"Call volume fell {change} % in two weeks" in result["principal_contradiction"]["summary"]  # type: ignore[index]
    assert_readable(diagnosis)


def test_a_steady_settled_team_is_norming(playbook: Playbook) -> None:
    diagnosis = diagnose(norming_team(), playbook)
    assert diagnosis.top_stage is N
    assert diagnosis.stage_mix[N] > 0.5
    assert diagnosis.contradiction.kind == "growth"
    assert diagnosis.contradiction.prescription[0].stage is N
    for signal_id in ("call_volume_change", "turnover_30d", "turnover_90d"):
        assert diagnosis.signal(signal_id).severity < 0.05  # at most a chance dip, nothing to name
    assert diagnosis.signal("deals_volatility").finding == "steady"
    assert not diagnosis.missing
    assert_readable(diagnosis)


def test_a_mature_steady_team_is_performing_with_a_growth_task(playbook: Playbook) -> None:
    diagnosis = diagnose(performing_team(), playbook)
    assert diagnosis.top_stage is P
    assert max(s.severity for s in diagnosis.signals) < 0.25
    pc = diagnosis.contradiction
    assert (pc.kind, pc.stage) == ("growth", P)
    assert pc.prescription[0].stage is P
    summary = contradiction_text(diagnosis).summary
    assert summary.startswith("No acute problem:")
    assert "renew methods, stretch goals and grow top performers" in summary
    assert "暂无突出问题" in contradiction_text(diagnosis, "zh").summary
    assert_readable(diagnosis)


def test_a_performing_team_losing_reps_names_turnover(playbook: Playbook) -> None:
    steady = diagnose(performing_team(), playbook)
    diagnosis = diagnose(performing_team_losing_reps(), playbook)
    pc = diagnosis.contradiction
    assert pc.kind == "problem"
    assert "turnover_30d" in pc.signals
    assert diagnosis.signal("turnover_30d").params == {"left": 6, "silent": 0, "headcount": 17.0, "rate_pct": 35,
                                                       "days": 30}
    assert "6 reps left or stopped calling in the last 30 days" in contradiction_text(diagnosis).summary
    assert diagnosis.stage_mix[S] > steady.stage_mix[S] + 0.1  # the mix shows the storming traits
    for signal_id in pc.signals:
        assert any(signal_id in p.signals for p in pc.prescription), signal_id
    assert_readable(diagnosis)


def test_the_prescription_addresses_every_signal_of_the_contradiction(playbook: Playbook) -> None:
    given = [Signal("call_volume_change", -0.35, "fell", support(storming=1.0), severity=1.0, weight=1.5),
             Signal("turnover_30d", 0.3, "high", support(storming=0.7, forming=0.3), severity=0.8)]
    pc = principal_contradiction(given, S, playbook)
    assert pc.signals == ("call_volume_change", "turnover_30d")
    for signal_id in pc.signals:
        assert any(signal_id in p.signals for p in pc.prescription), signal_id
    # The main signal's first two storming practices, then the companion's (storming.toml order).
    assert [p.id for p in pc.prescription] == ["storming-open-dispute-forum", "storming-fair-lead-rules",
                                               "storming-mood-and-turnover-watch"]


def turnover_only() -> TeamFacts:
    """Reps left but the remaining ones keep the team's call volume up: turnover is the problem alone."""
    return performing_team(members=reps(14, 1000) + reps(6, 1000, left_days_ago=20))


def test_turnover_alone_is_principal(playbook: Playbook) -> None:
    pc = diagnose(turnover_only(), playbook).contradiction
    assert (pc.kind, pc.signal) == ("problem", "turnover_30d")


@pytest.mark.parametrize(("build", "expected"), [(new_team_of_new_hires, ("new_hires_30d",)),
                                                 (turnover_only, ("turnover_30d",))], ids=["new-hires", "turnover"])
def test_the_companion_adds_a_different_fact(build, expected: tuple[str, ...], playbook: Playbook) -> None:
    diagnosis = diagnose(build(), playbook)
    pc = diagnosis.contradiction
    assert pc.signals == expected  # the 90-day window of the same fact does not join
    family = {sid.rsplit("_", 1)[0] if sid.endswith(("_30d", "_90d")) else sid for sid in pc.signals}
    assert len(family) == len(pc.signals), pc.signals
    assert len({diagnosis.signal(sid).kin for sid in pc.signals}) == len(pc.signals)


def test_no_activity_is_reported_and_the_diagnosis_still_works(playbook: Playbook) -> None:
    diagnosis = diagnose(facts(formed_days_ago=400, members=reps(10, 300)), playbook)
    result = diagnosis_dict(diagnosis)
    assert "No activity has been imported for this team" in result["missing_data"]  # type: ignore[operator]
    assert "No stage survey answered yet" in result["missing_data"]  # type: ignore[operator]
    assert "该团队尚未导入任何通话数据" in diagnosis_dict(diagnosis, "zh")["missing_data"]  # type: ignore[operator]
    assert diagnosis.top_stage is N  # from the team's age alone
    assert 0 < diagnosis.confidence < 0.5  # most of the weight is missing
    assert_readable(diagnosis)


def test_stale_activity_is_reported_with_its_age(playbook: Playbook) -> None:
    team = performing_team(days=day_facts(flat_day(1000, 350, 40), until_back=20), last_activity_day=days_ago(20))
    diagnosis = diagnose(team, playbook)
    notes = diagnosis_dict(diagnosis)["missing_data"]
    assert isinstance(notes, list)
    (note,) = [n for n in notes if "No activity imported" in n]
    days = int(note.split("last ")[1].split(" days")[0])
    assert 19 <= days <= 20
    assert days_ago(20).isoformat() in note
    assert all(s.finding == "missing_stale_activity" for s in diagnosis.signals
               if s.id in ("call_volume_change", "deals_volatility", "low_performers"))
    fresh = diagnose(performing_team(), playbook)
    assert diagnosis.confidence < fresh.confidence
    assert_readable(diagnosis)


def test_diagnosis_works_on_any_past_day(playbook: Playbook) -> None:
    """As of a day before the team existed, every signal is missing or neutral, and nothing breaks."""
    team = performing_team()
    before = TeamFacts(team.team_id, team.formed_on, team.formed_on - dt.timedelta(days=5), (), (), (), None, ())
    diagnosis = diagnose(before, playbook)
    assert diagnosis.signal("team_age").finding == "missing_not_formed"
    assert_readable(diagnosis)


def test_per_team_thresholds_change_the_diagnosis(playbook: Playbook) -> None:
    team = storming_team()
    lenient = thresholds_from({"call_drop": -0.5, "deals_volatility_high": 0.95, "deals_volatility_low": 0.9,
                               "revenue_volatility_high": 0.95, "revenue_volatility_low": 0.9})
    assert diagnose(team, playbook).signal("call_volume_change").finding == "fell"
    relaxed = diagnose(team, playbook, lenient)
    assert relaxed.signal("call_volume_change").finding == "dipped"
    assert relaxed.signal("call_volume_change").thresholds["call_drop"] == -0.5
    assert relaxed.stage_mix[S] < diagnose(team, playbook).stage_mix[S]


# --- providers added by later modules ---------------------------------------------------------------------------


class DrillReadiness:
    """A stand-in for the drills module: the share of reps who passed the script drill, from ``facts.extras``."""

    id = "drill_readiness"

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        ready = facts.extras.get(self.id)
        if not isinstance(ready, float):
            yield missing(self.id, "no_drills", 2.0)
            return
        yield Signal(self.id, ready, "low" if ready < 0.5 else "ready", support(forming=1 - ready, performing=ready),
                     severity=max(0.0, 0.5 - ready) * 2, weight=2.0, thresholds={"ready": 0.5},
                     params={"ready_pct": round(ready * 100)})


@pytest.fixture
def restore_providers() -> Iterator[None]:
    saved = list(signal_registry._registered)
    yield
    signal_registry._registered[:] = saved


@pytest.mark.usefixtures("restore_providers")
def test_a_registered_provider_joins_every_diagnosis(playbook: Playbook) -> None:
    team = performing_team(extras={"drill_readiness": 0.1})
    before = diagnose(team, playbook)
    register_provider(DrillReadiness())
    after = diagnose(team, playbook)
    assert [s.id for s in after.signals][-1] == "drill_readiness"
    assert after.stage_mix[F] > before.stage_mix[F] + 0.05
    assert abs(sum(after.stage_mix.values()) - 1.0) < 1e-9
    assert any(e.signal == "drill_readiness" and e.stage is F for e in after.evidence)
    assert after.contradiction.signal == "drill_readiness"  # 0.8 severity · weight 2 beats anything else
    assert 1 <= len(after.contradiction.prescription) <= 3  # no practice addresses it yet: the stage's first ones
    assert "drill_readiness" in diagnosis_dict(after)["principal_contradiction"]["summary"]  # type: ignore[index]
    assert_readable(after)


@pytest.mark.usefixtures("restore_providers")
def test_registering_an_id_twice_replaces_it() -> None:
    count = len(registered_providers())
    register_provider(DrillReadiness())
    register_provider(DrillReadiness())
    assert len(registered_providers()) == count + 1
    assert [p.id for p in registered_providers()].count("drill_readiness") == 1


@pytest.mark.usefixtures("restore_providers")
def test_a_provider_without_its_data_counts_as_missing(playbook: Playbook) -> None:
    register_provider(DrillReadiness())
    diagnosis = diagnose(performing_team(), playbook)
    assert diagnosis.signal("drill_readiness").missing
    assert diagnosis.confidence < diagnose(performing_team(), playbook, providers=BUILTIN_PROVIDERS).confidence
    assert_readable(diagnosis)


def test_providers_can_be_passed_explicitly(playbook: Playbook) -> None:
    team = performing_team(extras={"drill_readiness": 0.9})
    diagnosis = diagnose(team, playbook, providers=(*BUILTIN_PROVIDERS, DrillReadiness()))
    assert diagnosis.signal("drill_readiness").finding == "ready"
    assert diagnosis.top_stage is P
    only_roster = diagnose(team, playbook, providers=[RosterSignals()])
    assert [s.id for s in only_roster.signals] == ["team_age", "tenure", "new_hires_30d", "new_hires_90d",
                                                   "turnover_30d", "turnover_90d", "retention_180d"]
    assert "drill_readiness" not in [p.id for p in registered_providers()]


def test_explicit_thresholds_reach_every_provider(playbook: Playbook) -> None:
    seen: list[Thresholds] = []

    class Spy:
        id = "spy"

        def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
            seen.append(limits)
            return ()

    limits = thresholds_from({"young_team_days": 30})
    diagnose(facts(), playbook, limits, providers=[Spy()])
    diagnose(facts(), playbook, providers=[Spy()])
    assert seen == [limits, DEFAULT_THRESHOLDS]
