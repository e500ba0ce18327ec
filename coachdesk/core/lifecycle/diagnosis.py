"""The diagnosis: signals → stage mix, top stage, confidence, evidence and the principal contradiction.

Deterministic: the same facts, thresholds and playbook give the same diagnosis (ties go to the later stage and,
between signals, to the provider order). Nothing here reads a clock: ``as_of`` is part of the facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from coachdesk.core.lifecycle.activity_signals import ActivitySignals
from coachdesk.core.lifecycle.facts import TeamFacts
from coachdesk.core.lifecycle.playbook import Playbook, Practice, prescribe
from coachdesk.core.lifecycle.roster_signals import RosterSignals
from coachdesk.core.lifecycle.signals import CALM, MATURITY, Signal, SignalProvider, registered_providers
from coachdesk.core.lifecycle.stages import STAGES, Stage, StageMap
from coachdesk.core.lifecycle.survey_signal import SurveySignal
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, Thresholds

BUILTIN_PROVIDERS: tuple[SignalProvider, ...] = (SurveySignal(), ActivitySignals(), RosterSignals())
PRESSING = 0.25  # a signal this severe is a problem worth naming
COMPANION = 0.3  # a second problem this severe, pointing the same way, joins the contradiction ("… while …")
# How the mix weighs evidence (docs/lifecycle.md, "How the mix is weighed"):
CALM_STRENGTH = 0.35  # the absence of a problem counts for about a third of a sign of the same weight
SEVERITY_GAIN = 2.0  # a sign counts 1 + SEVERITY_GAIN × severity times its weight: a severe problem up to 3×
MATURITY_NEEDED = 0.5  # weighted support for performing from maturity evidence below which performing is ruled out

# Reasoning notes the diagnosis carries (wording: [reasoning] in wording.toml).
CALM_IS_WEAK = "calm_is_weak"
SEVERE_LEADS = "severe_leads"
NO_MATURITY = "no_maturity"


@dataclass(frozen=True, slots=True)
class Evidence:
    signal: str
    stage: Stage
    share: float  # the part of the whole mix this signal gives this stage (all evidence shares sum to 1)


@dataclass(frozen=True)
class Contradiction:
    """The principal contradiction (主要矛盾): the one most pressing problem, or for a team without one, the task
    its stage sets (``kind`` "growth"), or — with nothing measurable — the data that is missing ("no_data")."""

    kind: str  # "problem", "growth" or "no_data"
    signal: str  # the signal it rests on
    stage: Stage  # the stage whose practices prescribe for it
    signals: tuple[str, ...]  # the signal and any companion: its evidence
    prescription: tuple[Practice, ...]


@dataclass(frozen=True)
class Diagnosis:
    team_id: int
    as_of: dt.date
    stage_mix: StageMap
    top_stage: Stage
    confidence: float
    signals: tuple[Signal, ...]
    evidence: tuple[Evidence, ...]
    contradiction: Contradiction
    reasoning: tuple[str, ...] = ()  # which weighing rules shaped the mix (CALM_IS_WEAK, SEVERE_LEADS, NO_MATURITY)

    def signal(self, signal_id: str) -> Signal:
        return next(s for s in self.signals if s.id == signal_id)

    @property
    def missing(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.missing)


def collect(facts: TeamFacts, limits: Thresholds, providers: Sequence[SignalProvider]) -> tuple[Signal, ...]:
    return tuple(signal for provider in providers for signal in provider.signals(facts, limits))


def strength(signal: Signal) -> float:
    """How many times its weight a signal counts: severe problems more, the mere absence of a problem less."""
    if signal.kind == CALM:
        return CALM_STRENGTH
    return 1 + SEVERITY_GAIN * signal.severity


def maturity_evidence(signals: Sequence[Signal]) -> float:
    """Weighted support for performing from positive evidence of maturity (age, tenure, long steady results,
    retention, a survey)."""
    return sum(s.weight * s.support[Stage.PERFORMING] for s in signals if s.kind == MATURITY and not s.missing)


def stage_mix(signals: Sequence[Signal]) -> tuple[StageMap, list[Evidence]]:
    """Weighted sum of each signal's support, normalised to shares summing to 1 (equal shares without data).

    Each signal counts ``weight × strength``. Without enough positive evidence of maturity, what calm signals would
    give performing goes to norming: "nothing is wrong" alone never makes a team performing."""
    mature = maturity_evidence(signals) >= MATURITY_NEEDED
    raw = {stage: 0.0 for stage in STAGES}
    parts: list[tuple[str, Stage, float]] = []
    for signal in signals:
        if signal.missing:
            continue
        points = dict(signal.support)
        if signal.kind == CALM and not mature:
            points[Stage.NORMING] += points[Stage.PERFORMING]
            points[Stage.PERFORMING] = 0.0
        for stage in STAGES:
            amount = signal.weight * strength(signal) * points[stage]
            if amount > 0:
                raw[stage] += amount
                parts.append((signal.id, stage, amount))
    total = sum(raw.values())
    if total == 0:
        return {stage: 0.25 for stage in STAGES}, []
    mix = {stage: raw[stage] / total for stage in STAGES}
    # Rounding must not break "sums to 1": the top stage absorbs the remainder.
    mix = {stage: round(share, 6) for stage, share in mix.items()}
    top = max(STAGES, key=lambda s: (mix[s], s.order))
    mix[top] = round(1 - sum(mix[s] for s in STAGES if s is not top), 6)
    evidence = sorted((Evidence(sid, stage, amount / total) for sid, stage, amount in parts), key=lambda e: -e.share)
    return mix, evidence


def reasoning(signals: Sequence[Signal]) -> tuple[str, ...]:
    present = [s for s in signals if not s.missing]
    notes = []
    if any(s.severity >= PRESSING and s.kind != CALM for s in present):
        notes.append(SEVERE_LEADS)
    if any(s.kind == CALM for s in present):
        notes.append(CALM_IS_WEAK)
    if present and maturity_evidence(present) < MATURITY_NEEDED:
        notes.append(NO_MATURITY)
    return tuple(notes)


def confidence(signals: Sequence[Signal], mix: StageMap) -> float:
    """How far to trust the top stage: data coverage (the weight the signals carried vs their full weight) times
    how clearly the top stage leads the runner-up."""
    full = sum(s.nominal_weight for s in signals)
    carried = sum(s.weight for s in signals if not s.missing)
    coverage = min(1.0, carried / full) if full else 0.0
    first, second = sorted(mix.values(), reverse=True)[:2]
    lead = (first - second) / first if first else 0.0
    return round(coverage * (0.4 + 0.6 * lead), 3)


def principal_contradiction(signals: Sequence[Signal], top: Stage, playbook: Playbook) -> Contradiction:
    problems = sorted((s for s in signals if not s.missing and s.severity >= PRESSING),
                      key=lambda s: -(s.severity * s.weight))
    if problems:
        main = problems[0]
        direction = main.stages[0] if main.stages else top
        companion = next((s for s in problems[1:] if s.severity >= COMPANION and s.support[direction] > 0
                          and s.kin != main.kin), None)
        ids: tuple[str, ...] = (main.id,) if companion is None else (main.id, companion.id)
        return Contradiction("problem", main.id, top, ids, tuple(prescribe(playbook, top, ids)))
    present = [s for s in signals if not s.missing and s.support[top] > 0]
    if not present:
        ids = tuple(s.id for s in signals if s.missing)[:1] or ("survey",)
        return Contradiction("no_data", ids[0], top, ids, ())  # first collect data: nothing to prescribe yet
    anchor = max(present, key=lambda s: s.weight * s.support[top])
    # Nothing is wrong: the stage's own practices carry the team on, those about the anchor signal first.
    own = playbook.for_stage(top)
    ranked = [p for p in own if anchor.id in p.signals] + [p for p in own if anchor.id not in p.signals]
    prescription = tuple(ranked[:3]) or tuple(prescribe(playbook, top, (anchor.id,)))
    return Contradiction("growth", anchor.id, top, (anchor.id,), prescription)


def diagnose(facts: TeamFacts, playbook: Playbook, limits: Thresholds = DEFAULT_THRESHOLDS,
             providers: Sequence[SignalProvider] | None = None) -> Diagnosis:
    chosen = tuple(providers) if providers is not None else BUILTIN_PROVIDERS + registered_providers()
    signals = collect(facts, limits, chosen)
    mix, evidence = stage_mix(signals)
    # With nothing measurable the mix is even; a team nobody has data on is treated as just forming.
    top = max(STAGES, key=lambda s: (mix[s], s.order)) if evidence else Stage.FORMING
    trust = confidence(signals, mix) if evidence else 0.0  # an even mix from no evidence is not a reading
    return Diagnosis(facts.team_id, facts.as_of, mix, top, trust, signals,
                     tuple(evidence), principal_contradiction(signals, top, playbook), reasoning(signals))

