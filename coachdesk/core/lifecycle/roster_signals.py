"""Signals from the roster: team age, tenure, new hires, turnover and (over half a year) retention.

A rep whose leaving date nobody entered but who has made no calls for SILENT_DAYS while the team kept calling
counts as gone from the day after their last call: reps created by an activity import never get a leaving date.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable

from coachdesk.core.lifecycle.facts import MemberFact, TeamFacts
from coachdesk.core.lifecycle.signals import CALM, MATURITY, NOT_STORMING, STAGE_SIGN, Signal, clamp, missing, support
from coachdesk.core.lifecycle.thresholds import Thresholds

SILENT_DAYS = 21
FOUNDER_DAYS = 14  # reps hired within this of the formation date started the team
RETENTION_DAYS = 180
PATTERN_LEAVERS = 3
# Median tenure (days) of the active reps from which the team is seasoned / veteran.
NEW_TENURE, SEASONED_TENURE, VETERAN_TENURE = 30, 180, 365


def _selling(facts: TeamFacts) -> list[MemberFact]:
    return [m for m in facts.members if m.sells]


def left_on(member: MemberFact, facts: TeamFacts) -> dt.date | None:
    """The day the member left: as entered, or the day after their last call when they fell silent."""
    if member.left_on is not None:
        return member.left_on
    last, team_last = member.last_active, facts.last_activity_day
    if last is not None and team_last is not None and (team_last - last).days >= SILENT_DAYS:
        return last + dt.timedelta(days=1)
    return None


def on_team(member: MemberFact, facts: TeamFacts, day: dt.date) -> bool:
    gone = left_on(member, facts)
    return member.hired_on <= day and (gone is None or day < gone)


def active_reps(facts: TeamFacts) -> list[MemberFact]:
    return [m for m in _selling(facts) if on_team(m, facts, facts.as_of)]


class RosterSignals:
    id = "roster"

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        yield team_age(facts, limits)
        if facts.team_age_days < 0:  # before the team formed its roster says nothing about it
            formed = {"formed_on": facts.formed_on.isoformat()}
            for signal_id, weight in (("tenure", 1.0), ("new_hires_30d", 1.5), ("new_hires_90d", 1.0),
                                      ("turnover_30d", 1.0), ("turnover_90d", 1.0), ("retention_180d", 1.0)):
                yield missing(signal_id, "not_formed", weight, {"young_team_days": limits.young_team_days}, **formed)
            return
        yield tenure(facts, limits)
        yield from new_hires(facts, limits)
        yield turnover(facts, limits, 30, limits.turnover_30d_high, severity=0.8)
        yield turnover(facts, limits, 90, limits.turnover_90d_high, severity=0.6)
        yield retention(facts, limits)


def team_age(facts: TeamFacts, limits: Thresholds) -> Signal:
    used = {"young_team_days": limits.young_team_days, "settled_team_days": limits.settled_team_days,
            "mature_team_days": limits.mature_team_days}
    days = facts.team_age_days
    params: dict[str, object] = {"formed_on": facts.formed_on.isoformat()}
    if facts.recorded_formed_on is not None and facts.recorded_formed_on != facts.formed_on:
        params["recorded_formed_on"] = facts.recorded_formed_on.isoformat()
    if days < 0:
        return missing("team_age", "not_formed", 1.0, used, **params)
    kind = STAGE_SIGN
    if days < limits.young_team_days:
        finding, points = "young", support(forming=1.0)
    elif days < limits.settled_team_days:
        finding, points = "growing", support(storming=0.5, forming=0.25, norming=0.25)
    elif days < limits.mature_team_days:
        finding, points, kind = "settled", support(norming=0.7, storming=0.1, performing=0.2), MATURITY
    else:
        finding, points, kind = "mature", support(performing=0.7, norming=0.3), MATURITY
    if "recorded_formed_on" in params:
        finding += "_from_activity"
    params.update(days=days, months=round(days / 30.4, 1))
    return Signal("team_age", days, finding, points, 0.0, 1.0, used, params, kind=kind)


def tenure(facts: TeamFacts, limits: Thresholds) -> Signal:
    """The median time the active reps have been on the team: long-serving people are what makes a team mature
    (seed 003: a strong sense of belonging), a team of newcomers is forming whatever its age."""
    reps = active_reps(facts)
    used = {"new_tenure_days": NEW_TENURE, "seasoned_tenure_days": SEASONED_TENURE,
            "veteran_tenure_days": VETERAN_TENURE}
    if facts.team_age_days < 0:
        return missing("tenure", "not_formed", 1.0, used, formed_on=facts.formed_on.isoformat())
    if not reps:
        return missing("tenure", "no_reps", 1.0, used)
    # Time on *this* team: a rep hired before the team was set up has been on it since it formed.
    on_team_days = [min((facts.as_of - m.hired_on).days, facts.team_age_days) for m in reps]
    days = statistics.median(on_team_days)
    veterans = sum(1 for d in on_team_days if d >= VETERAN_TENURE)
    params = {"days": round(days), "months": round(days / 30.4, 1), "reps": len(reps), "veterans": veterans}
    kind = STAGE_SIGN
    # Brand-new people are forming; people still learning the trade (seed 003: in storming too their selling
    # skills fall short and they lean on the manager) are forming or storming alike: other signs decide.
    if days < NEW_TENURE:
        finding, points = "new", support(forming=1.0)
    elif days < SEASONED_TENURE:
        finding, points = "short", support(storming=0.45, forming=0.45, norming=0.1)
    elif days < VETERAN_TENURE:
        finding, points, kind = "seasoned", support(norming=0.7, performing=0.2, storming=0.1), MATURITY
    else:
        finding, points, kind = "veteran", support(performing=0.7, norming=0.3), MATURITY
    return Signal("tenure", days, finding, points, 0.0, 1.0, used, params, kind=kind)


def new_hires(facts: TeamFacts, limits: Thresholds) -> list[Signal]:
    reps = active_reps(facts)
    used30 = {"new_hires_30d_high": limits.new_hires_30d_high}
    used90 = {"new_hires_90d_high": limits.new_hires_90d_high}
    if not reps:
        return [missing("new_hires_30d", "no_reps", 1.5, used30), missing("new_hires_90d", "no_reps", 1.0, used90)]
    under30 = sum(1 for m in reps if (facts.as_of - m.hired_on).days < 30)
    under90 = [m for m in reps if (facts.as_of - m.hired_on).days < 90]
    share30, share90 = under30 / len(reps), len(under90) / len(reps)
    x30 = clamp(share30 / limits.new_hires_30d_high)
    x90 = clamp(share90 / limits.new_hires_90d_high)
    # A few new hires are normal turnover; the problem grows with the square of the share. Hires older than 30
    # days who joined a running team have met the real work: they point to storming; the newest, and those who
    # founded a young team, to forming.
    founders = sum(1 for m in under90 if (facts.as_of - m.hired_on).days >= 30
                   and (m.hired_on - facts.formed_on).days <= FOUNDER_DAYS)
    newest = (under30 + founders) / len(under90) if under90 else 0.0
    many30, many90 = share30 >= limits.new_hires_30d_high, share90 >= limits.new_hires_90d_high
    return [
        Signal("new_hires_30d", share30, "many" if many30 else "few",
               support(forming=x30), 0.7 * x30**2, 1.5, used30,
               {"new": under30, "reps": len(reps), "share_pct": round(share30 * 100)}, family="new_hires",
               kind=STAGE_SIGN if many30 else CALM),
        Signal("new_hires_90d", share90, "many" if many90 else "few",
               support(forming=x90 * newest, storming=x90 * (1 - newest)), 0.4 * x90**2, 1.0, used90,
               {"new": len(under90), "reps": len(reps), "share_pct": round(share90 * 100)}, family="new_hires",
               kind=STAGE_SIGN if many90 else CALM),
    ]


def _departures(facts: TeamFacts, window: int) -> tuple[float, int, int]:
    """(mean headcount, leavers, leavers who only fell silent) over the last ``window`` days."""
    start = facts.as_of - dt.timedelta(days=window)
    reps = _selling(facts)
    headcount = (sum(1 for m in reps if on_team(m, facts, start))
                 + sum(1 for m in reps if on_team(m, facts, facts.as_of))) / 2
    gone = [(m, left_on(m, facts)) for m in reps]
    leavers = [(m, day) for m, day in gone if day is not None and start < day <= facts.as_of]
    return headcount, len(leavers), sum(1 for m, _ in leavers if m.left_on is None)


def turnover(facts: TeamFacts, limits: Thresholds, window: int, high: float, severity: float) -> Signal:
    signal_id = f"turnover_{window}d"
    used = {f"{signal_id}_high": high}
    headcount, left, silent = _departures(facts, window)
    if headcount == 0:
        return missing(signal_id, "no_reps", 1.0, used)
    rate = left / headcount
    # One or two departures are worth noting whatever the rate (in a small team they are chance); from
    # PATTERN_LEAVERS on, the rate speaks fully.
    x = clamp(rate / high) * min(1.0, left / PATTERN_LEAVERS)
    finding = "high" if rate >= high else ("some" if left else "none")
    points = support(**NOT_STORMING) if finding == "none" else support(storming=0.7 * x, forming=0.3 * x)
    return Signal(signal_id, rate, finding, points, severity * x**2, 1.0, used,
                  {"left": left, "silent": silent, "headcount": round(headcount, 1), "rate_pct": round(rate * 100),
                   "days": window}, family="turnover", kind=CALM if finding == "none" else STAGE_SIGN)


def retention(facts: TeamFacts, limits: Thresholds) -> Signal:
    """Departures over half a year: people staying over a long window is positive evidence of maturity; it says
    nothing about a team younger than the window."""
    used = {"retention_180d_low": limits.retention_180d_low}
    if facts.team_age_days < RETENTION_DAYS:
        return missing("retention_180d", "young_team", 1.0, used, days=max(0, facts.team_age_days),
                       needed=RETENTION_DAYS)
    headcount, left, silent = _departures(facts, RETENTION_DAYS)
    if headcount == 0:
        return missing("retention_180d", "no_reps", 1.0, used)
    rate = left / headcount
    params = {"left": left, "silent": silent, "headcount": round(headcount, 1), "rate_pct": round(rate * 100),
              "days": RETENTION_DAYS}
    if rate <= limits.retention_180d_low:
        return Signal("retention_180d", rate, "kept", support(performing=0.65, norming=0.35), 0.0, 1.0, used,
                      params, family="turnover", kind=MATURITY)
    x = clamp(rate / (3 * limits.retention_180d_low))
    return Signal("retention_180d", rate, "lost", support(storming=0.5 * x, norming=0.5 * (1 - x), forming=0.2 * x),
                  0.3 * x**2, 1.0, used, params, family="turnover")
