"""Signals from the roster: team age, new hires and turnover."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from coachdesk.core.lifecycle.facts import MemberFact, TeamFacts
from coachdesk.core.lifecycle.signals import Signal, clamp, missing, support
from coachdesk.core.lifecycle.thresholds import Thresholds


def _selling(facts: TeamFacts) -> list[MemberFact]:
    return [m for m in facts.members if m.sells]


class RosterSignals:
    id = "roster"

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        yield team_age(facts, limits)
        yield from new_hires(facts, limits)
        yield turnover(facts, limits, 30, limits.turnover_30d_high, severity=0.8)
        yield turnover(facts, limits, 90, limits.turnover_90d_high, severity=0.6)


def team_age(facts: TeamFacts, limits: Thresholds) -> Signal:
    used = {"young_team_days": limits.young_team_days, "settled_team_days": limits.settled_team_days,
            "mature_team_days": limits.mature_team_days}
    days = facts.team_age_days
    if days < 0:
        return missing("team_age", "not_formed", 1.0, used, formed_on=facts.formed_on.isoformat())
    if days < limits.young_team_days:
        finding, points = "young", support(forming=1.0)
    elif days < limits.settled_team_days:
        finding, points = "growing", support(storming=0.6, forming=0.2, norming=0.2)
    elif days < limits.mature_team_days:
        finding, points = "settled", support(norming=0.6, storming=0.2, performing=0.2)
    else:
        finding, points = "mature", support(performing=0.5, norming=0.5)
    return Signal("team_age", days, finding, points, 0.0, 1.0, used,
                  {"days": days, "months": round(days / 30.4, 1), "formed_on": facts.formed_on.isoformat()})


def new_hires(facts: TeamFacts, limits: Thresholds) -> list[Signal]:
    reps = [m for m in _selling(facts) if m.active_on(facts.as_of)]
    used30 = {"new_hires_30d_high": limits.new_hires_30d_high}
    used90 = {"new_hires_90d_high": limits.new_hires_90d_high}
    if not reps:
        return [missing("new_hires_30d", "no_reps", 1.5, used30), missing("new_hires_90d", "no_reps", 1.0, used90)]
    under30 = sum(1 for m in reps if (facts.as_of - m.hired_on).days < 30)
    under90 = sum(1 for m in reps if (facts.as_of - m.hired_on).days < 90)
    share30, share90 = under30 / len(reps), under90 / len(reps)
    x30 = clamp(share30 / limits.new_hires_30d_high)
    x90 = clamp(share90 / limits.new_hires_90d_high)
    # A few new hires are normal turnover; the problem grows with the square of the share.
    # Hires older than 30 days but under 90 have met the real work: they point to storming, the newest to forming.
    newest = under30 / under90 if under90 else 0.0
    return [
        Signal("new_hires_30d", share30, "many" if share30 >= limits.new_hires_30d_high else "few",
               support(forming=x30), 0.7 * x30**2, 1.5, used30,
               {"new": under30, "reps": len(reps), "share_pct": round(share30 * 100)}, family="new_hires"),
        Signal("new_hires_90d", share90, "many" if share90 >= limits.new_hires_90d_high else "few",
               support(forming=x90 * newest, storming=x90 * (1 - newest)), 0.4 * x90**2, 1.0, used90,
               {"new": under90, "reps": len(reps), "share_pct": round(share90 * 100)}, family="new_hires"),
    ]


def turnover(facts: TeamFacts, limits: Thresholds, window: int, high: float, severity: float) -> Signal:
    signal_id = f"turnover_{window}d"
    used = {f"{signal_id}_high": high}
    start = facts.as_of - dt.timedelta(days=window)
    reps = _selling(facts)
    headcount = (sum(1 for m in reps if m.active_on(start)) + sum(1 for m in reps if m.active_on(facts.as_of))) / 2
    if headcount == 0:
        return missing(signal_id, "no_reps", 1.0, used)
    left = sum(1 for m in reps if m.left_on is not None and start < m.left_on <= facts.as_of)
    rate = left / headcount
    x = clamp(rate / high)
    return Signal(signal_id, rate, "high" if rate >= high else ("some" if left else "none"),
                  support(storming=0.7 * x, forming=0.3 * x), severity * x**2, 1.0, used,
                  {"left": left, "headcount": round(headcount, 1), "rate_pct": round(rate * 100), "days": window},
                  family="turnover")
