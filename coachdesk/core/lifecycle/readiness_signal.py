"""Script readiness as lifecycle evidence (seed 003: every rep must be able to answer the customers' basic
questions — a forming team cannot yet; readiness that falls while the calls go up is a team pushing volume before
the script is settled, a storming sign).

Reads ``TeamFacts.extras["drills"]`` — the figures of ``readiness_extras`` (mean readiness of the drilled reps now
and 30 days before, reps drilled, certified); the call volume comes from the facts' own days. The drills store
registers the provider and its fact gathering fills the entry; without drills in the window it says nothing (a team
may not log drills in coachdesk at all, which is no sign of any stage).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from coachdesk.core.lifecycle.facts import TeamFacts
from coachdesk.core.lifecycle.signals import MATURITY, Signal, clamp, support
from coachdesk.core.lifecycle.thresholds import Thresholds

EXTRAS_KEY = "drills"
LOW_BELOW = 0.5  # mean readiness below this: most reps cannot yet answer the basic questions
HIGH_FROM = 0.75  # at or above: the script is known
FALL_POINTS = 10  # readiness down this many points in 30 days counts as falling
VOLUME_RISE = 0.10  # calls of the last 28 days this much above the 28 before count as rising volume
VOLUME_DAYS = 28


def readiness_extras(mean_now: float | None, mean_before: float | None, drilled: int, reps: int,
                     certified: int) -> dict[str, object]:
    """What the drills store puts in ``TeamFacts.extras["drills"]``."""
    return {"mean_pct": None if mean_now is None else round(100 * mean_now, 1),
            "before_pct": None if mean_before is None else round(100 * mean_before, 1),
            "drilled": drilled, "reps": reps, "certified": certified}


def _volume_change(facts: TeamFacts) -> float | None:
    """Calls of the last VOLUME_DAYS days over the VOLUME_DAYS before, minus one; None without figures in both."""
    start = facts.as_of - dt.timedelta(days=VOLUME_DAYS)
    recent = sum(d.calls for d in facts.days if start <= d.day < facts.as_of)
    before = sum(d.calls for d in facts.days if start - dt.timedelta(days=VOLUME_DAYS) <= d.day < start)
    return None if not before or not recent else recent / before - 1


class ReadinessSignals:
    id = EXTRAS_KEY

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        data = facts.extras.get(EXTRAS_KEY)
        if not isinstance(data, Mapping) or not data.get("drilled"):
            return []
        mean = data.get("mean_pct")
        if not isinstance(mean, (int, float)):
            return []
        share = float(mean) / 100
        params = {"readiness_pct": round(float(mean)), "drilled": data.get("drilled"), "reps": data.get("reps"),
                  "certified": data.get("certified")}
        thresholds = {"low_below": LOW_BELOW, "high_from": HIGH_FROM}
        found: list[Signal] = []
        if share < LOW_BELOW:
            found.append(Signal("script_readiness", share, "low", support(forming=0.7, storming=0.3),
                                clamp((LOW_BELOW - share) / LOW_BELOW), 0.8, thresholds, params))
        elif share >= HIGH_FROM:
            found.append(Signal("script_readiness", share, "high", support(norming=0.5, performing=0.5), 0.0, 0.5,
                                thresholds, params, kind=MATURITY))
        else:
            found.append(Signal("script_readiness", share, "middle", support(storming=0.5, norming=0.5), 0.0, 0.3,
                                thresholds, params))
        before = data.get("before_pct")
        if isinstance(before, (int, float)) and before - mean >= FALL_POINTS:
            change = _volume_change(facts)
            fall = {"fall_pts": round(float(before - mean)), "before_pct": round(float(before)),
                    "readiness_pct": round(float(mean))}
            limits_used = {"fall_points": FALL_POINTS, "volume_rise": VOLUME_RISE}
            if change is not None and change >= VOLUME_RISE:
                found.append(Signal("readiness_trend", float(mean - before), "falling_with_volume",
                                    support(storming=1.0), clamp((before - mean) / 30), 0.7, limits_used,
                                    {**fall, "volume_pct": round(100 * change)}))
            else:
                found.append(Signal("readiness_trend", float(mean - before), "falling",
                                    support(storming=0.6, forming=0.4), clamp((before - mean) / 40), 0.5,
                                    limits_used, fall))
        return found
