"""Readiness read from the store: the team's drill entries, bank and audits handed to core/drills/readiness, the
reps' names, the figures the lifecycle signal reads, and a rep's drill scores beside their real call figures."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coachdesk.core.common.periods import week_start
from coachdesk.core.drills.readiness import WINDOW_DAYS, Scored, TeamReadiness, team_readiness
from coachdesk.core.drills.sessions import Mode
from coachdesk.core.lifecycle.readiness_signal import EXTRAS_KEY, readiness_extras
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.drills.audits import list_audits
from coachdesk.store.drills.models import DrillEntryRow, DrillSessionRow, ScriptVersionRow
from coachdesk.store.drills.questions import list_questions
from coachdesk.store.drills.rubrics import rubrics_for, team_rubric
from coachdesk.store.drills.sessions import selling_members

TREND_LOOKBACK_DAYS = 30  # the signal compares readiness now with readiness this many days before


def scored_entries(session: Session, team_id: int, until: dt.date, member_id: int | None = None,
                   since: dt.date | None = None) -> list[Scored]:
    """Every first-trainer entry of the team up to ``until`` as readiness sees it; with ``since``, only entries
    from that day on plus every certification entry (a certificate rests on all of them)."""
    query = (select(DrillEntryRow.member_id, DrillEntryRow.at, DrillSessionRow.mode, DrillEntryRow.question_id,
                    DrillEntryRow.answered_well, DrillEntryRow.scores_json, DrillSessionRow.rubric_key,
                    ScriptVersionRow.number)
             .join(DrillSessionRow, DrillSessionRow.id == DrillEntryRow.session_id)
             .outerjoin(ScriptVersionRow, ScriptVersionRow.id == DrillSessionRow.script_version_id)
             .where(DrillSessionRow.team_id == team_id, DrillEntryRow.second_of.is_(None),
                    DrillEntryRow.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time())))
    if member_id is not None:
        query = query.where(DrillEntryRow.member_id == member_id)
    if since is not None:
        query = query.where(or_(DrillEntryRow.at >= dt.datetime.combine(since, dt.time()),
                                DrillSessionRow.mode == Mode.CERTIFICATION.value))
    found = session.execute(query.order_by(DrillEntryRow.at)).all()
    rubrics = rubrics_for(session, (r[6] for r in found))
    return [Scored(m, at.date(), Mode(mode), q, well, rubrics[key].total(json.loads(scores)), number,
                   rubrics[key].pass_mark)
            for m, at, mode, q, well, scores, key, number in found]


@dataclass(frozen=True, slots=True)
class ReadinessView:
    readiness: TeamReadiness
    names: Mapping[int, str]  # member id → name
    questions: Mapping[int, str]  # question id → text
    pass_mark: float


def readiness_of(session: Session, team_id: int, as_of: dt.date) -> ReadinessView:
    reps = selling_members(session, team_id, as_of)
    bank = list_questions(session, team_id)
    rubric = team_rubric(session, team_id)
    team = team_readiness([m.id for m in reps], scored_entries(session, team_id, as_of), bank, as_of,
                          rubric.pass_mark, list_audits(session, team_id, until=as_of))
    return ReadinessView(team, {m.id: m.name for m in reps}, {q.id: q.text for q in bank if q.id is not None},
                         rubric.pass_mark)


def drills_extras(session: Session, team_id: int, as_of: dt.date) -> dict[str, object]:
    """The ``TeamFacts.extras`` entry the readiness signal reads (nothing drilled: an entry saying so). Reads only
    what readiness now and 30 days before can use (their windows, and certification entries)."""
    before_day = as_of - dt.timedelta(days=TREND_LOOKBACK_DAYS)
    entries = scored_entries(session, team_id, as_of, since=before_day - dt.timedelta(days=WINDOW_DAYS))
    bank = list_questions(session, team_id)
    pass_mark = team_rubric(session, team_id).pass_mark
    reps = [m.id for m in selling_members(session, team_id, as_of)]
    now = team_readiness(reps, entries, bank, as_of, pass_mark)
    before_reps = [m.id for m in selling_members(session, team_id, before_day)]
    before = team_readiness(before_reps, [e for e in entries if e.day <= before_day], bank, before_day, pass_mark)
    return {EXTRAS_KEY: readiness_extras(now.mean, before.mean if before.drilled else None, now.drilled, len(reps),
                                         now.certified)}


@dataclass(frozen=True, slots=True)
class WeekPoint:
    week: dt.date  # Monday
    drill_average: float | None  # the rep's mean rubric total that week (1–5)
    share_well: float | None  # questions answered well that week
    connect_rate: float | None  # connected / calls on real calls that week
    conversion: float | None  # deals / connected
    script_versions: tuple[int, ...]  # versions drilled on that week


def drill_and_calls(session: Session, team_id: int, member_id: int, start: dt.date,
                    end: dt.date) -> list[WeekPoint]:
    """A rep's weeks from ``start`` to ``end``: drill scores next to their connect rate and conversion."""
    drills: dict[dt.date, list[Scored]] = {}
    for e in scored_entries(session, team_id, end, member_id):
        if e.day >= start:
            drills.setdefault(week_start(e.day), []).append(e)
    calls: dict[dt.date, list[int]] = {}
    A = ActivityDay
    for day, c, n, d in session.execute(
            select(A.day, func.sum(A.calls), func.sum(A.connected), func.sum(A.deals))
            .where(A.member_id == member_id, A.day >= start, A.day <= end).group_by(A.day)):
        tally = calls.setdefault(week_start(day), [0, 0, 0])
        tally[0] += int(c)
        tally[1] += int(n)
        tally[2] += int(d)
    out = []
    week = week_start(start)
    while week <= end:
        rows = drills.get(week, [])
        totals = [e.total for e in rows if e.total is not None]
        asked = [e.well for e in rows if e.well is not None]
        c, n, d = calls.get(week, [0, 0, 0])
        versions = tuple(sorted({e.script_version for e in rows if e.script_version is not None}))
        out.append(WeekPoint(week, sum(totals) / len(totals) if totals else None,
                             sum(asked) / len(asked) if asked else None, n / c if c else None, d / n if n else None,
                             versions))
        week += dt.timedelta(days=7)
    return out
