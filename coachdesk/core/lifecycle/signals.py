"""Signals: facts about a team that point to stages and may show a problem, and the providers that compute them.

A provider turns ``TeamFacts`` + ``Thresholds`` into signals. The diagnosis only reads ``Signal`` fields, so a
later module (drill readiness, target completion, 1:1 mood) adds a provider with ``register_provider`` and the
engine does not change. Wording lives in resources/lifecycle/wording.toml, keyed ``<signal id>.<finding>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from coachdesk.core.lifecycle.facts import TeamFacts
from coachdesk.core.lifecycle.stages import STAGES, Stage, StageMap, zero_map
from coachdesk.core.lifecycle.thresholds import Thresholds

MISSING = "missing"  # prefix of findings for which there was not enough data

# What kind of evidence a signal is (``Signal.kind``); the stage mix weighs them differently (diagnosis.py):
STAGE_SIGN = "sign"  # a feature of a stage or a problem: counts with its weight, more the more severe it is
CALM = "calm"  # the absence of a problem (nothing fell, nobody left): weak evidence, it only argues "not storming"
MATURITY = "maturity"  # positive evidence of maturity (age, tenure, long steady results, retention, survey)


@dataclass(frozen=True)
class Signal:
    id: str
    value: float | None  # the measured figure (None: not enough data; ``finding`` says why)
    finding: str  # what the value means, e.g. "fell", "steady", "missing_no_activity": picks the wording
    support: StageMap = field(default_factory=zero_map)  # 0–1 per stage: how strongly it points there
    severity: float = 0.0  # 0–1: how pressing a problem it shows (0: none)
    weight: float = 1.0  # how much it counts in the stage mix
    thresholds: Mapping[str, float] = field(default_factory=dict)  # the thresholds it was judged by
    params: Mapping[str, object] = field(default_factory=dict)  # the figures the wording cites
    full_weight: float | None = None  # the weight when the data is fresh (the survey's fades with age)
    family: str = ""  # signals measuring one fact over different windows (turnover 30/90 days) share a family
    kind: str = STAGE_SIGN  # STAGE_SIGN, CALM or MATURITY

    @property
    def kin(self) -> str:
        return self.family or self.id

    @property
    def missing(self) -> bool:
        return self.finding.startswith(MISSING)

    @property
    def nominal_weight(self) -> float:
        return self.weight if self.full_weight is None else self.full_weight

    @property
    def stages(self) -> tuple[Stage, ...]:
        """Stages it points to, strongest first."""
        return tuple(s for s in sorted(STAGES, key=lambda s: -self.support[s]) if self.support[s] > 0)


def missing(signal_id: str, reason: str, weight: float, thresholds: Mapping[str, float] | None = None,
            **params: object) -> Signal:
    """A signal that could not be computed; it keeps its nominal weight so the confidence can account for it."""
    return Signal(signal_id, None, f"{MISSING}_{reason}", weight=weight, thresholds=thresholds or {},
                  params=params)


def support(**shares: float) -> StageMap:
    """Shares per stage by name, each clamped to 0–1, e.g. ``support(storming=0.6, forming=0.4)``."""
    result = zero_map()
    for name, value in shares.items():
        result[Stage(name)] = round(max(0.0, min(1.0, value)), 4)
    return result


# What a calm signal supports: not storming, and nothing about which of the other three stages it is.
NOT_STORMING = {"forming": 0.34, "norming": 0.33, "performing": 0.33}


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


class SignalProvider(Protocol):
    """Computes one or more signals. ``id`` names it (and its entry in ``TeamFacts.extras``, if it needs one)."""

    id: str

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]: ...


_registered: list[SignalProvider] = []


def register_provider(provider: SignalProvider) -> None:
    """Add a provider to every later diagnosis (e.g. drills' readiness); registering an id twice replaces it."""
    _registered[:] = [p for p in _registered if p.id != provider.id] + [provider]


def registered_providers() -> tuple[SignalProvider, ...]:
    return tuple(_registered)
