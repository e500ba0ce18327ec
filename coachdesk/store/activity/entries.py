"""Reads for the manual-entry grid: who worked on a day, and what is already stored for that day.

Tens of rows per call (one team, one day); writes go through ``activity_import.save_day_entries`` so a typed
day is an undoable import like a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from coachdesk.core.activity.figures import DayFigures
from coachdesk.core.common.roster_days import on_roster
from coachdesk.core.roster.model import SELLING_ROLES, Role
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.database import Database
from coachdesk.store.roster.models import Group, GroupMembership, Member

A = ActivityDay
SELLING = sorted(role.value for role in SELLING_ROLES)


@dataclass(frozen=True, slots=True)
class RepOnDay:
    member_id: int
    employee_id: str
    name: str
    group_id: int | None  # the group the rep was in on that day (half-open periods, as the statistics count)
    group_name: str
    # A selling role on the roster that day (core/common/roster_days.on_roster); False: only here because
    # figures are stored.
    on_roster: bool


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
    """Selling members on the team's roster on ``day`` (hired, not yet left: the leaving day is off the
    roster), plus anyone with figures stored for that day, each with the group they were in then;
    ordered by employee id."""
    membership = and_(
        GroupMembership.member_id == Member.id,
        GroupMembership.from_date <= day,
        or_(GroupMembership.to_date.is_(None), GroupMembership.to_date > day),
    )
    # The SQL twin of core on_roster(), to select the candidates; each row is decided by on_roster() itself.
    candidate = and_(Member.role.in_(SELLING), Member.hired_on <= day,
                     or_(Member.left_on.is_(None), Member.left_on > day))
    stored = select(A.member_id).where(A.team_id == team_id, A.day == day)
    with db.session() as s:
        rows = s.execute(
            select(Member.id, Member.employee_id, Member.name, Group.id, Group.name, Member.role, Member.hired_on,
                   Member.left_on)
            .outerjoin(GroupMembership, membership)
            .outerjoin(Group, Group.id == GroupMembership.group_id)
            .where(Member.team_id == team_id, or_(candidate, Member.id.in_(stored)))
            .order_by(Member.employee_id, Member.id)
        )
        reps: dict[int, RepOnDay] = {}
        for member_id, eid, name, group_id, group_name, role, hired_on, left_on in rows:
            if member_id in reps:  # overlapping periods should not exist; keep the first
                continue
            active = Role(role).sells and on_roster(hired_on, left_on, day)
            reps[member_id] = RepOnDay(member_id, eid, name, group_id, group_name or "", active)
        return list(reps.values())
