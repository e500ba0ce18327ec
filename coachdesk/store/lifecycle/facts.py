"""Gather ``TeamFacts`` for the diagnosis: members, daily team totals and per-rep output (SQL GROUP BY), survey
responses. Everything is read as of a day, so a past diagnosis can be recomputed. The team's age counts from its
formation date, or from its first activity when that is earlier (core/common/formation.py)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.formation import effective_formed_on
from coachdesk.core.lifecycle.facts import (
    ACTIVITY_LOOKBACK_DAYS,
    OUTPUT_WINDOW_DAYS,
    DayFact,
    MemberFact,
    RepOutput,
    TeamFacts,
)
from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.core.lifecycle.survey import Response, Survey, default_survey
from coachdesk.core.roster.model import Role
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.lifecycle.models import SurveyAnswer, SurveyResponse
from coachdesk.store.roster.models import Member, Team

A = ActivityDay
ExtrasSource = Callable[[Session, int, dt.date], Mapping[str, object]]
_extras_sources: dict[str, ExtrasSource] = {}


def register_extras(source: ExtrasSource) -> None:
    """Have every later ``gather_facts`` add ``source(session, team_id, as_of)`` to ``TeamFacts.extras`` — how a
    feature (drills' readiness) feeds the signal provider it registered. Registering a function twice keeps one."""
    _extras_sources[f"{source.__module__}.{source.__qualname__}"] = source


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def gather_facts(session: Session, team_id: int, as_of: dt.date, survey: Survey | None = None) -> TeamFacts:
    team = session.get(Team, team_id)
    if team is None:
        raise LookupError(f"team {team_id} does not exist")
    last_active = (select(A.member_id, func.max(A.day).label("last"))
                   .where(A.team_id == team_id, A.day < as_of).group_by(A.member_id).subquery())
    members = tuple(
        MemberFact(hired, left, Role(role).sells, _date(last) if last else None)
        for hired, left, role, last in session.execute(
            select(Member.hired_on, Member.left_on, Member.role, last_active.c.last)
            .outerjoin(last_active, last_active.c.member_id == Member.id)
            .where(Member.team_id == team_id, Member.hired_on <= as_of))
    )
    start = as_of - dt.timedelta(days=ACTIVITY_LOOKBACK_DAYS)
    day_rows = session.execute(
        select(A.day, func.sum(A.calls), func.sum(A.connected), func.sum(A.deals), func.sum(A.revenue_cents))
        .where(A.team_id == team_id, A.day >= start, A.day < as_of)
        .group_by(A.day).order_by(A.day)
    )
    days = tuple(DayFact(_date(d), int(c), int(n), int(k), int(r)) for d, c, n, k, r in day_rows)
    output_start = as_of - dt.timedelta(days=OUTPUT_WINDOW_DAYS)
    rep_rows = session.execute(
        select(A.member_id, Member.hired_on, func.sum(A.deals), func.sum(A.calls),
               func.sum(case((A.calls > 0, 1), else_=0)))
        .join(Member, Member.id == A.member_id)
        .where(A.team_id == team_id, A.day >= output_start, A.day < as_of)
        .group_by(A.member_id, Member.hired_on).order_by(A.member_id)
    )
    output = tuple(RepOutput(m, _date(h), int(d), int(c), int(w)) for m, h, d, c, w in rep_rows if int(w) > 0)
    last = session.scalar(select(func.max(A.day)).where(A.team_id == team_id, A.day < as_of))
    first = session.scalar(select(func.min(A.day)).where(A.team_id == team_id, A.day <= as_of))
    formed = effective_formed_on(team.formed_on, _date(first) if first else None)
    extras: dict[str, object] = {}
    for source in _extras_sources.values():
        extras.update(source(session, team_id, as_of))
    return TeamFacts(team_id, formed.day, as_of, members, days, output, _date(last) if last else None,
                     survey_responses(session, team_id, as_of, survey or default_survey()), extras,
                     recorded_formed_on=formed.recorded if formed.from_activity else None)


def survey_responses(session: Session, team_id: int, as_of: dt.date, survey: Survey) -> tuple[Response, ...]:
    """Every complete response given up to ``as_of``, with its stage sums (computed in SQL per stage)."""
    stage_of = {item.id: item.stage for item in survey.items}
    rows = session.execute(
        select(SurveyResponse.id, SurveyResponse.answered_on, SurveyResponse.member_id, SurveyAnswer.item_id,
               SurveyAnswer.score)
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .where(SurveyResponse.team_id == team_id, SurveyResponse.answered_on <= as_of)
        .order_by(SurveyResponse.answered_on, SurveyResponse.id)
    )
    sums: dict[int, dict] = defaultdict(lambda: dict.fromkeys(STAGES, 0))
    meta: dict[int, tuple[dt.date, int | None]] = {}
    counts: dict[int, int] = defaultdict(int)
    for response_id, answered_on, member_id, item_id, score in rows:
        stage = stage_of.get(item_id)
        if stage is None:
            continue
        sums[response_id][stage] += score
        counts[response_id] += 1
        meta[response_id] = (_date(answered_on), member_id)
    return tuple(Response(meta[rid][0], sums[rid], meta[rid][1])
                 for rid in meta if counts[rid] == len(survey.items))
