"""Contest participation as lifecycle evidence (seed 003: groups competing is the storming-stage routine).

Reads ``TeamFacts.extras["competitions"]`` — the figures of ``core.competitions.contests.Participation``
(``as_extras()``): running contests, reps taking part and scoring, the gap between the first and last group,
morning contests held in the last 14 days, promises of finished contests not kept. The provider is registered by
the competitions store (store/competitions/signals.py) but the fact gathering does not fill the entry yet, so the
engine's readings are unchanged until it does; without the entry the provider says nothing (it is not "missing":
a team may simply run no contests).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coachdesk.core.lifecycle.facts import TeamFacts
from coachdesk.core.lifecycle.signals import Signal, clamp, support
from coachdesk.core.lifecycle.thresholds import Thresholds

EXTRAS_KEY = "competitions"
LOW_SHARE = 0.6  # fewer than this share of the reps scoring in a running contest: many have switched off
FULL_SHARE = 0.85  # this share or more scoring, with a morning contest most days: the routine works
ROUTINE_DAYS = 5  # morning contests in the last 14 days that count as "most days"


class CompetitionSignals:
    id = EXTRAS_KEY

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        data = facts.extras.get(EXTRAS_KEY)
        if not isinstance(data, Mapping):
            return []
        found: list[Signal] = []
        thresholds = {"low_share": LOW_SHARE, "full_share": FULL_SHARE, "routine_days": ROUTINE_DAYS}
        share = data.get("share_scoring")
        morning = int(data.get("morning_days") or 0)
        if int(data.get("contests") or 0) > 0 and isinstance(share, (int, float)):
            params = {"share_pct": round(100 * share), "reps": data.get("reps"), "morning_days": morning}
            if share < LOW_SHARE:
                found.append(Signal("contest_participation", float(share), "low",
                                    support(storming=0.7, forming=0.3), clamp((LOW_SHARE - share) / LOW_SHARE),
                                    0.8, thresholds, params))
            elif share >= FULL_SHARE and morning >= ROUTINE_DAYS:
                found.append(Signal("contest_participation", float(share), "routine",
                                    support(storming=0.5, norming=0.5), 0.0, 0.5, thresholds, params))
            else:
                found.append(Signal("contest_participation", float(share), "partial",
                                    support(storming=0.6, norming=0.4), 0.0, 0.4, thresholds, params))
        broken = int(data.get("promises_outstanding") or 0)
        if broken > 0:
            found.append(Signal("contest_promises", float(broken), "broken", support(storming=1.0),
                                clamp(broken / 3), 0.6, {"broken": 1}, {"promises": broken}))
        return found
