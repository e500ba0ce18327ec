"""The lifecycle content files (survey items, playbooks, wording) and the code that reads them: prescriptions,
a manager's playbook edits, checking an edited practice, and actions drafted from practices."""

from __future__ import annotations

import datetime as dt
import itertools
import string
from dataclasses import replace

import pytest

from coachdesk.core.common.local_text import LANGUAGES
from coachdesk.core.lifecycle.actions import ActionStatus, draft_from_practice
from coachdesk.core.lifecycle.diagnosis import BUILTIN_PROVIDERS, diagnose
from coachdesk.core.lifecycle.playbook import (
    Cadence,
    OwnerRole,
    Playbook,
    Practice,
    clean_practice,
    default_playbook,
    prescribe,
)
from coachdesk.core.lifecycle.signals import MISSING
from coachdesk.core.lifecycle.stages import STAGE_NAMES_ZH, STAGES, Stage
from coachdesk.core.lifecycle.survey import ITEMS_PER_STAGE, default_survey
from coachdesk.core.lifecycle.wording import Wording, default_wording
from tests.test_lifecycle_builders import facts, reps
from tests.test_lifecycle_diagnosis import (
    new_team_of_new_hires,
    norming_team,
    performing_team,
    performing_team_losing_reps,
    storming_team,
    turnover_only,
)

# What each builtin signal can find and the figures it cites, read from roster_signals.py, activity_signals.py and
# survey_signal.py. ``missing`` reasons come from missing(…) calls; activity signals also go missing for
# no_activity / stale_activity.
ACTIVITY_GONE = {"no_activity": set(), "stale_activity": {"days", "last"}}
NOT_FORMED = {"not_formed": {"formed_on"}}  # roster signals before the team formed
FINDINGS: dict[str, tuple[set[str], set[str], dict[str, set[str]]]] = {
    # signal: (findings, params, {missing reason: params})
    "team_age": ({"young", "growing", "settled", "mature", *(f"{band}_from_activity" for band in
                                                             ("young", "growing", "settled", "mature"))},
                 {"days", "months", "formed_on", "recorded_formed_on"}, {"not_formed": {"formed_on"}}),
    "tenure": ({"new", "short", "seasoned", "veteran"}, {"days", "months", "reps", "veterans"},
               {"no_reps": set(), "not_formed": {"formed_on"}}),
    "new_hires_30d": ({"many", "few"}, {"new", "reps", "share_pct"}, {"no_reps": set(), **NOT_FORMED}),
    "new_hires_90d": ({"many", "few"}, {"new", "reps", "share_pct"}, {"no_reps": set(), **NOT_FORMED}),
    "turnover_30d": ({"high", "some", "none"}, {"left", "silent", "headcount", "rate_pct", "days"},
                     {"no_reps": set(), **NOT_FORMED}),
    "turnover_90d": ({"high", "some", "none"}, {"left", "silent", "headcount", "rate_pct", "days"},
                     {"no_reps": set(), **NOT_FORMED}),
    "retention_180d": ({"kept", "lost"}, {"left", "silent", "headcount", "rate_pct", "days"},
                       {"young_team": {"days", "needed"}, "no_reps": set(), **NOT_FORMED}),
    "call_volume_change": ({"fell", "dipped", "held"}, {"change_pct", "recent", "before"},
                           {"short_history": {"recent_days", "before_days"}, **ACTIVITY_GONE}),
    "deals_volatility": ({"unstable", "uneven", "steady"}, {"swing_pct", "days", "per_day"},
                         {"short_history": {"days"}, "few_deals": {"deals", "days"}, **ACTIVITY_GONE}),
    "revenue_volatility": ({"unstable", "uneven", "steady"}, {"swing_pct", "days", "per_day"},
                           {"short_history": {"days"}, "few_deals": {"deals", "days"}, "no_revenue": {"days"},
                            **ACTIVITY_GONE}),
    "connect_rate_trend": ({"falling", "holding"}, {"pts_per_week", "first_pct", "last_pct", "weeks"},
                           {"short_history": {"weeks"}, **ACTIVITY_GONE}),
    "conversion_trend": ({"falling", "rising", "flat"}, {"pct_per_week", "first_pct", "last_pct", "weeks"},
                         {"short_history": {"weeks"}, "no_connects": {"weeks"}, **ACTIVITY_GONE}),
    "low_performers": ({"many", "some", "few"}, {"below", "reps", "share_pct", "measure", "median"},
                       {"few_reps": {"reps"}, **ACTIVITY_GONE}),
    "long_run_results": ({"rising", "falling", "steady", "steady_so_far", "swinging"},
                         {"weeks", "rise_pct", "swing_pct", "first_pct", "last_pct"},
                         {"short_history": {"weeks", "needed"}, "few_deals": {"deals", "days"}, **ACTIVITY_GONE}),
    "survey": ({"clear", "leaning", "transition"},
               {"stage", "responses", "age_days", "answered_on", "recency_pct", "score", "other",
                *(f"{s.value}_score" for s in STAGES)},
               {"no_survey": set(), "old_survey": {"days", "last"}}),
    # the contest signal (core/lifecycle/competition_signal.py; registered, not yet fed by gather_facts)
    "contest_participation": ({"low", "routine", "partial"}, {"share_pct", "reps", "morning_days"}, {}),
    "contest_promises": ({"broken"}, {"promises"}, {}),
    # the readiness signal (core/lifecycle/readiness_signal.py; registered and fed by the drills store)
    "script_readiness": ({"low", "middle", "high"}, {"readiness_pct", "drilled", "reps", "certified"}, {}),
    "readiness_trend": ({"falling_with_volume", "falling"}, {"fall_pts", "before_pct", "readiness_pct", "volume_pct"},
                        {}),
}
BUILTIN_SIGNALS = tuple(FINDINGS)
# registered providers, not BUILTIN_PROVIDERS
PROVIDED_SIGNALS = ("contest_participation", "contest_promises", "script_readiness", "readiness_trend")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return default_playbook()


@pytest.fixture(scope="module")
def wording() -> Wording:
    return default_wording()


# --- survey items -----------------------------------------------------------------------------------------------


def test_survey_has_32_items_8_per_stage_unique_ids() -> None:
    survey = default_survey()
    assert len(survey.items) == 32
    assert {stage: sum(1 for i in survey.items if i.stage is stage) for stage in STAGES} == dict.fromkeys(
        STAGES, ITEMS_PER_STAGE)
    assert len(set(survey.ids)) == 32


def test_survey_mixes_the_stages() -> None:
    stages = [item.stage for item in default_survey().items]
    assert all(a is not b for a, b in itertools.pairwise(stages))
    assert len(set(stages[:4])) == 4  # the first four items already cover every stage


def test_survey_items_and_scale_in_both_languages() -> None:
    survey = default_survey()
    for item in survey.items:
        for lang in LANGUAGES:
            assert item.text[lang].strip(), (item.id, lang)
    assert len(survey.scale) == 5
    assert all(label[lang].strip() for label in survey.scale for lang in LANGUAGES)
    assert survey.scale[0]["en"] == "Almost never" and survey.scale[-1]["en"] == "Almost always"


def test_survey_items_say_different_things() -> None:
    texts = [item.text[lang] for item in default_survey().items for lang in LANGUAGES]
    assert len(set(texts)) == len(texts)


# --- playbooks --------------------------------------------------------------------------------------------------


def test_at_least_8_practices_per_stage_with_unique_ids(playbook: Playbook) -> None:
    for stage in STAGES:
        assert len(playbook.for_stage(stage)) >= 8, stage
    ids = [p.id for p in playbook.practices]
    assert len(ids) == len(set(ids))
    assert all(p.id.startswith(f"{p.stage.value}-") for p in playbook.practices)
    assert not any(p.custom for p in playbook.practices)


def test_every_practice_is_complete_in_both_languages(playbook: Playbook) -> None:
    for practice in playbook.practices:
        for lang in LANGUAGES:
            assert practice.title[lang].strip() and len(practice.title[lang]) <= 120, (practice.id, lang)
            assert practice.why[lang].strip(), (practice.id, lang)
            assert practice.how[lang] and all(step.strip() for step in practice.how[lang]), (practice.id, lang)
        assert len(practice.how["en"]) == len(practice.how["zh"]), practice.id
        assert practice.steps("zh_CN") == practice.how["zh"]
        assert isinstance(practice.owner, OwnerRole) and isinstance(practice.cadence, Cadence)


def test_practice_signals_are_known_names(playbook: Playbook, wording: Wording) -> None:
    for practice in playbook.practices:
        assert practice.signals, practice.id
        for signal_id in practice.signals:
            assert signal_id in wording.names, (practice.id, signal_id)


def test_every_builtin_signal_is_addressed_by_two_practices(playbook: Playbook) -> None:
    for signal_id in BUILTIN_SIGNALS:
        assert sum(1 for p in playbook.practices if signal_id in p.signals) >= 2, signal_id


def test_every_role_and_cadence_is_used(playbook: Playbook) -> None:
    assert {p.owner for p in playbook.practices} == set(OwnerRole)
    assert {p.cadence for p in playbook.practices} == set(Cadence)


def test_practice_round_trips_through_a_mapping(playbook: Playbook) -> None:
    from coachdesk.core.lifecycle.playbook import practice_from_mapping

    for practice in playbook.practices:
        assert practice_from_mapping(practice.to_mapping(), "test") == practice


# --- wording ----------------------------------------------------------------------------------------------------


def test_the_builtin_providers_yield_exactly_the_listed_signals() -> None:
    ids = [s.id for s in diagnose(facts(members=reps(5, 100)), default_playbook(),
                                  providers=BUILTIN_PROVIDERS).signals]
    assert sorted(ids) == sorted(s for s in BUILTIN_SIGNALS if s not in PROVIDED_SIGNALS)


@pytest.mark.parametrize("signal_id", BUILTIN_SIGNALS)
def test_every_finding_has_words_citing_only_its_figures(wording: Wording, signal_id: str) -> None:
    findings, params, _ = FINDINGS[signal_id]
    for finding in findings:
        entry = wording.text.get(f"{signal_id}.{finding}")
        assert entry is not None, f"{signal_id}.{finding}"
        for lang in LANGUAGES:
            assert entry[lang].strip()
            assert placeholders(entry[lang]) <= params, (signal_id, finding, lang)
        assert placeholders(entry["en"]) == placeholders(entry["zh"])
    for lang in LANGUAGES:
        assert wording.names[signal_id][lang].strip()


@pytest.mark.parametrize("signal_id", BUILTIN_SIGNALS)
def test_every_missing_reason_has_a_note(wording: Wording, signal_id: str) -> None:
    _, _, reasons = FINDINGS[signal_id]
    for reason, params in reasons.items():
        entry = wording.text.get(f"{signal_id}.{MISSING}_{reason}") or wording.missing.get(reason)
        assert entry is not None, (signal_id, reason)
        for lang in LANGUAGES:
            assert entry[lang].strip()
            assert placeholders(entry[lang]) <= params, (signal_id, reason, lang)


def test_no_stale_wording(wording: Wording) -> None:
    for key in wording.text:
        signal_id, finding = key.split(".")
        known, _, reasons = FINDINGS[signal_id]
        assert finding in known or finding.removeprefix(f"{MISSING}_") in reasons, key
    used = {reason for _, _, reasons in FINDINGS.values() for reason in reasons}
    assert set(wording.missing) <= used


def test_scenario_findings_are_all_known_and_worded(wording: Wording) -> None:
    """Findings seen when diagnosing the scenarios are within the table above, so the table is not stale."""
    seen: set[tuple[str, str]] = set()
    for build in (new_team_of_new_hires, storming_team, norming_team, performing_team, performing_team_losing_reps,
                  turnover_only, lambda: facts(members=[]), lambda: facts(formed_days_ago=-1)):
        for signal in diagnose(build(), default_playbook()).signals:
            seen.add((signal.id, signal.finding))
            for lang in LANGUAGES:
                text = wording.describe(signal, lang)
                assert text.strip() and "{" not in text, (signal.id, signal.finding, lang)
    for signal_id, finding in seen:
        known, _, reasons = FINDINGS[signal_id]
        assert finding in known or finding.removeprefix(f"{MISSING}_") in reasons
    assert len({f for _, f in seen}) >= 20


def test_stage_terms_growth_tasks_and_joins(wording: Wording) -> None:
    for stage in STAGES:
        assert wording.stage(stage, "en") == stage.value
        assert wording.stage(stage, "zh") == STAGE_NAMES_ZH[stage]
        assert all(wording.growth[stage.value][lang].strip() for lang in LANGUAGES)
    assert wording.term("calls", "zh") == "通" and wording.term("deals", "en") == "deals"  # units: 每天 12 通
    assert wording.join("Calls fell", "Five reps are new", "en") == "Calls fell, while five reps are new"
    assert wording.join("Calls fell", "NPS dropped", "en") == "Calls fell, while NPS dropped"  # an acronym stays
    assert wording.join("电话量下降", "新人多", "zh_CN") == "电话量下降；同时，新人多"
    growth = wording.growth_summary(Stage.NORMING, "The team is 14 months old", "en")
    assert growth.startswith("No acute problem: the team is 14 months old.")
    assert "no_data" in wording.contradiction
    assert wording.no_data_summary(["a", "b"], "en") == "Not enough data to judge the stage: a; b"


def test_unknown_signals_are_still_described(wording: Wording) -> None:
    from coachdesk.core.lifecycle.signals import Signal, missing

    assert wording.describe(Signal("drill_readiness", 0.4567, "low"), "en") == "drill_readiness: 0.457"
    assert wording.describe(missing("drill_readiness", "no_drills", 1.0), "zh") == "no_drills"
    assert wording.name("drill_readiness", "zh") == "drill_readiness"


def test_stage_words_inside_sentences_follow_the_language(wording: Wording) -> None:
    from coachdesk.core.lifecycle.signals import Signal

    signal = Signal("low_performers", 0.3, "many", params={"below": 3, "reps": 10, "share_pct": 30,
                                                          "measure": "calls", "median": 61.0})
    assert wording.describe(signal, "en") == "3 of 10 reps produce less than half the team median (61.0 calls a day)"
    assert wording.describe(signal, "zh") == "10 名业务员中有 3 人不到团队中位数的一半（中位数每天 61.0 通）"


# --- prescriptions ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("signal_id", BUILTIN_SIGNALS)
def test_prescribe_puts_the_teams_stage_first(playbook: Playbook, stage: Stage, signal_id: str) -> None:
    chosen = prescribe(playbook, stage, (signal_id,))
    assert 1 <= len(chosen) <= 3
    assert len({p.id for p in chosen}) == len(chosen)
    assert all(signal_id in p.signals for p in chosen)
    own = playbook.addressing(signal_id, stage)
    if own:
        assert chosen[0].stage is stage
        assert chosen[: min(len(own), 2)] == own[: min(len(own), 2)]  # in playbook order
    orders = [abs(p.stage.order - stage.order) for p in chosen]
    assert orders == sorted(orders)  # nearer stages before farther ones


def test_prescribe_respects_the_limit_and_falls_back_to_the_stage(playbook: Playbook) -> None:
    assert len(prescribe(playbook, Stage.STORMING, ("call_volume_change",), limit=1)) == 1
    assert len(prescribe(playbook, Stage.STORMING, ("call_volume_change", "deals_volatility"), limit=5)) == 5
    fallback = prescribe(playbook, Stage.NORMING, ("no_such_signal",))
    assert fallback == list(playbook.for_stage(Stage.NORMING)[:3])


def test_prescribe_covers_both_signals_when_the_stage_has_few_for_the_first(playbook: Playbook) -> None:
    chosen = prescribe(playbook, Stage.PERFORMING, ("call_volume_change", "turnover_30d"))
    assert any("turnover_30d" in p.signals for p in chosen)


def ids(practices: list[Practice]) -> list[str]:
    return [p.id for p in practices]


# Hand-traced from resources/playbooks/*.toml (playbook order within a stage).
PRESCRIPTIONS = [
    # The main signal leaves the last place for the companion, even where its stage has more practices for it.
    pytest.param(Stage.STORMING, ("call_volume_change", "turnover_30d"),
                 ["storming-open-dispute-forum", "storming-fair-lead-rules", "storming-mood-and-turnover-watch"],
                 id="storming-main-and-companion"),
    pytest.param(Stage.PERFORMING, ("call_volume_change", "turnover_30d"),
                 ["performing-themed-campaign", "performing-vary-morning-contest", "performing-grow-top-performers"],
                 id="performing-main-and-companion"),
    pytest.param(Stage.PERFORMING, ("turnover_30d", "call_volume_change"),
                 ["performing-grow-top-performers", "performing-second-chance", "performing-themed-campaign"],
                 id="performing-order-given-counts"),
    # Alone, a signal takes every place.
    pytest.param(Stage.STORMING, ("call_volume_change",),
                 ["storming-open-dispute-forum", "storming-fair-lead-rules", "storming-morning-group-contest"],
                 id="one-signal-fills-all"),
    # Three signals: one place each.
    pytest.param(Stage.STORMING, ("call_volume_change", "turnover_30d", "deals_volatility"),
                 ["storming-open-dispute-forum", "storming-mood-and-turnover-watch",
                  "storming-core-members-delegation"], id="three-signals-one-each"),
    # A place the first signal cannot fill passes on to the next.
    pytest.param(Stage.STORMING, ("no_such_signal", "call_volume_change"),
                 ["storming-open-dispute-forum", "storming-fair-lead-rules", "storming-morning-group-contest"],
                 id="unfilled-place-passes-on"),
    # Nearest stages first: forming has nothing for the survey, storming (1 away) before norming (2 away).
    pytest.param(Stage.FORMING, ("survey",),
                 ["storming-open-dispute-forum", "norming-outdoor-training", "norming-team-meeting-minutes"],
                 id="nearest-stage-first"),
    # Storming has nothing for the team's age; norming and forming are both 1 away: the later stage first.
    pytest.param(Stage.STORMING, ("team_age",),
                 ["norming-team-culture", "norming-survey-review", "forming-kickoff-goals"],
                 id="tie-goes-to-the-later-stage"),
    pytest.param(Stage.NORMING, ("call_volume_change",),
                 ["performing-themed-campaign", "performing-vary-morning-contest", "storming-open-dispute-forum"],
                 id="norming-searches-performing-then-storming"),
]


@pytest.mark.parametrize(("stage", "signal_ids", "expected"), PRESCRIPTIONS)
def test_prescribe_hand_traced(playbook: Playbook, stage: Stage, signal_ids: tuple[str, ...],
                               expected: list[str]) -> None:
    assert ids(prescribe(playbook, stage, signal_ids)) == expected


def test_prescribe_limits_each_signal_to_leave_room_for_the_rest(playbook: Playbook) -> None:
    # limit 5, two signals: call volume takes up to 4 places, deals volatility the fifth.
    chosen = prescribe(playbook, Stage.STORMING, ("call_volume_change", "deals_volatility"), limit=5)
    assert ids(chosen) == ["storming-open-dispute-forum", "storming-fair-lead-rules",
                           "storming-morning-group-contest", "storming-role-models",
                           "storming-core-members-delegation"]
    # More signals than places: the first ones get one each, the rest none.
    many = prescribe(playbook, Stage.STORMING, ("call_volume_change", "turnover_30d", "deals_volatility",
                                                 "conversion_trend"))
    assert ids(many) == ["storming-open-dispute-forum", "storming-mood-and-turnover-watch",
                         "storming-core-members-delegation"]


# --- a manager's edits ------------------------------------------------------------------------------------------


def own_practice(stage: Stage = Stage.FORMING, practice_id: str = "own-buddy-calls") -> Practice:
    return Practice(practice_id, stage, OwnerRole.GROUP_LEADER, Cadence.WEEKLY, ("new_hires_30d",),
                    {"en": "Buddy calls", "zh": "结对通话"},
                    {"en": "New reps learn by listening.", "zh": "新人边听边学。"},
                    {"en": ("Pair each new rep with a senior.",), "zh": ("每位新人配一名老员工。",)}, custom=True)


def test_with_edits_replaces_a_default_and_appends_an_own_practice(playbook: Playbook) -> None:
    first = playbook.for_stage(Stage.FORMING)[0]
    edited = replace(first, title={"en": "Kick off, our way", "zh": "我们的开局"})
    merged = playbook.with_edits([edited, own_practice()])
    assert len(merged.practices) == len(playbook.practices) + 1
    got = merged.get(first.id)
    assert got is not None and got.title["en"] == "Kick off, our way"
    forming = merged.for_stage(Stage.FORMING)
    assert forming[0].id == first.id  # the edit keeps its place
    assert forming[-1].id == "own-buddy-calls"  # an own practice follows its stage's defaults
    ids = [p.id for p in merged.practices]
    assert ids.index("own-buddy-calls") < ids.index(playbook.for_stage(Stage.STORMING)[0].id)
    assert [p.stage.order for p in merged.practices] == sorted(p.stage.order for p in merged.practices)
    assert playbook.get(first.id) == first  # the defaults are untouched: restoring is dropping the edit
    assert "own-buddy-calls" in [p.id for p in prescribe(merged, Stage.FORMING, ("new_hires_30d",), limit=20)]


def test_clean_practice_trims_and_keeps_good_input() -> None:
    messy = replace(own_practice(), title={"en": "  Buddy calls ", "zh": " 结对通话"},
                    how={"en": (" Pair up. ", "  "), "zh": ("结对。",)})
    cleaned = clean_practice(messy, BUILTIN_SIGNALS)
    assert cleaned.title == {"en": "Buddy calls", "zh": "结对通话"}
    assert cleaned.how == {"en": ("Pair up.",), "zh": ("结对。",)}


def test_clean_practice_reports_every_empty_field_at_once() -> None:
    from coachdesk.core.common.validation import ValidationError

    empty = replace(own_practice(), title={"en": " ", "zh": "结对通话"}, why={"en": "Because.", "zh": ""},
                    how={"en": ("  ",), "zh": ()}, signals=("new_hires_30d", "mood"))
    with pytest.raises(ValidationError) as caught:
        clean_practice(empty, BUILTIN_SIGNALS)
    assert sorted(caught.value.fields) == ["how_en", "how_zh", "signals", "title_en", "why_zh"]
    codes = {e.field: e.code for e in caught.value.errors}
    assert codes["title_en"] == codes["how_zh"] == "required"
    assert codes["signals"] == "bad_format"


def test_clean_practice_limits_the_title() -> None:
    from coachdesk.core.common.validation import ValidationError

    with pytest.raises(ValidationError) as caught:
        clean_practice(replace(own_practice(), title={"en": "x" * 121, "zh": "标题"}), BUILTIN_SIGNALS)
    (error,) = caught.value.errors
    assert (error.field, error.code, error.params) == ("title_en", "too_long", {"max": 120})


# --- actions from practices -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cadence", "days"), [(Cadence.DAILY, 7), (Cadence.WEEKLY, 7), (Cadence.ONCE, 14)])
def test_a_picked_practice_becomes_an_action(cadence: Cadence, days: int) -> None:
    practice = replace(own_practice(), cadence=cadence)
    start = dt.date(2025, 7, 1)
    draft = draft_from_practice(practice, start, "zh")
    assert (draft.title, draft.owner_role, draft.practice_id) == ("结对通话", "group_leader", "own-buddy-calls")
    assert draft.due_on == start + dt.timedelta(days=days)
    assert draft.status is ActionStatus.OPEN
    assert draft_from_practice(practice, start, "en").title == "Buddy calls"
    assert draft.cleaned() == draft
