"""Registers the contest signal with the lifecycle diagnosis and gives the figures it reads.

"Registered, not wired": ``CompetitionSignals`` is in the registry, so any ``TeamFacts`` whose
``extras["competitions"]`` holds ``participation_extras(...)`` gets the contest evidence; ``gather_facts`` does not
fill that entry yet, so today's readings (and their measured accuracy) are unchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coachdesk.core.lifecycle.competition_signal import EXTRAS_KEY, CompetitionSignals
from coachdesk.core.lifecycle.signals import register_provider
from coachdesk.store.competitions.pages import participation


def participation_extras(session: Session, team_id: int, as_of: dt.date) -> dict[str, object]:
    """The ``TeamFacts.extras`` entry the contest signal reads."""
    return {EXTRAS_KEY: participation(session, team_id, as_of).as_extras()}


register_provider(CompetitionSignals())
