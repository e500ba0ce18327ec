"""Reads for the manual-entry grid: who worked on a day, and what is already stored for that day.

Tens of rows per call (one team, one day); writes go through ``activity_import.save_day_entries`` so a typed
day is an undoable import like a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from coachdesk.core.activity.figures import DayFigures
from coachdesk.core.roster.model import Role
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.database import Database
from coachdesk.store.roster.models import Group, GroupMembership, Member

A = ActivityDay
CALLING_ROLES = (Role.REP.value, Role.GROUP_LEADER.value)


@dataclass(frozen=True, slots=True)
class RepOnDay:
    member_id: int
    employee_id: str
    name: str
    group_id: int | None  # the group the rep was in on that day (half-open periods, as the statistics count)
    group_name: str
    on_roster: bool  # hired and not yet left on that day (False: only here because figures are stored)


def day_entries(db: Database, team_id: int, day: dt.date) -> dict[int, DayFigures]:
    """The figures stored for the team's members on ``day``, by member id."""
    with db.session() as s:
        rows = s.execute(
            select(A.member_id, A.calls, A.connected, A.talk_seconds, A.deals, A.revenue_cents, A.intent)
            .where(A.team_id == team_id, A.day == day)
        )
        return {member_id: DayFigures(calls, connected, talk, deals, revenue, intent)
                for member_id, calls, connected, talk, deals, revenue, intent in rows}


def reps_on_day(db: Database, team_id: int, day: dt.date) -> list[RepOnDay]:
    """Reps and group leaders on the team's roster on ``day`` (hired, not yet left), plus anyone with figures
    stored for that day, each with the group they were in then; ordered by employee id."""
    membership = and_(
        GroupMembership.member_id == Member.id,
        GroupMembership.from_date <= day,
        or_(GroupMembership.to_date.is_(None), GroupMembership.to_date > day),
    )
    on_roster = and_(Member.role.in_(CALLING_ROLES), Member.hired_on <= day,
                     or_(Member.left_on.is_(None), Member.left_on >= day))
    stored = select(A.member_id).where(A.team_id == team_id, A.day == day)
    with db.session() as s:
        rows = s.execute(
            select(Member.id, Member.employee_id, Member.name, Group.id, Group.name, Member.role, Member.hired_on,
                   Member.left_on)
            .outerjoin(GroupMembership, membership)
            .outerjoin(Group, Group.id == GroupMembership.group_id)
            .where(Member.team_id == team_id, or_(on_roster, Member.id.in_(stored)))
            .order_by(Member.employee_id, Member.id)
        )
        reps: dict[int, RepOnDay] = {}
        for member_id, eid, name, group_id, group_name, role, hired_on, left_on in rows:
            if member_id in reps:  # overlapping periods should not exist; keep the first
                continue
            active = role in CALLING_ROLES and hired_on <= day and (left_on is None or left_on >= day)
            reps[member_id] = RepOnDay(member_id, eid, name, group_id, group_name or "", active)
        return list(reps.values())
