"""Contest participation as a lifecycle signal provider: registered, silent without its figures, and shown in the
diagnosis's evidence when the figures are there."""

from __future__ import annotations

import dataclasses
import datetime as dt

from coachdesk.core.lifecycle.competition_signal import CompetitionSignals
from coachdesk.core.lifecycle.diagnosis import diagnose
from coachdesk.core.lifecycle.playbook import default_playbook
from coachdesk.core.lifecycle.signals import registered_providers
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.store.competitions.signals import participation_extras
from coachdesk.store.lifecycle.facts import gather_facts
from coachdesk.store.roster import service as roster
from tests.conftest import DEMO_DAY


def test_the_provider_is_registered() -> None:
    assert "competitions" in [p.id for p in registered_providers()]


def test_without_figures_it_says_nothing(demo_db) -> None:
    with demo_db.session() as s:
        team = roster.find_team(s, "城南电销二部")
        facts = gather_facts(s, team.id, DEMO_DAY)
    assert "competitions" not in facts.extras  # not wired into the fact gathering yet
    assert list(CompetitionSignals().signals(facts, DEFAULT_THRESHOLDS)) == []


def test_low_participation_and_broken_promises_point_to_storming(demo_db) -> None:
    with demo_db.session() as s:
        team = roster.find_team(s, "城南电销二部")
        facts = gather_facts(s, team.id, DEMO_DAY)
        extras = participation_extras(s, team.id, DEMO_DAY)
    figures = dict(extras["competitions"])  # type: ignore[call-overload]
    figures.update(contests=1, reps=18, scoring_reps=6, share_scoring=6 / 18, promises_outstanding=2)
    with_contests = dataclasses.replace(facts, extras={"competitions": figures})
    diagnosis = diagnose(with_contests, default_playbook())
    signal = diagnosis.signal("contest_participation")
    assert signal.finding == "low" and signal.value == 6 / 18 and signal.severity > 0.4
    assert diagnosis.signal("contest_promises").finding == "broken"
    assert any(e.signal == "contest_participation" for e in diagnosis.evidence)
    wording = default_wording()
    assert wording.describe(signal, "en") == "Only 33 % of the 18 reps in the running contest have scored"
    assert "33%" in wording.describe(signal, "zh")


def test_stored_participation_figures(demo_db) -> None:
    with demo_db.session() as s:
        team = roster.find_team(s, "星火新人营")
        extras = participation_extras(s, team.id, DEMO_DAY + dt.timedelta(days=0))
    assert extras["competitions"]["contests"] == 0  # type: ignore[index]
