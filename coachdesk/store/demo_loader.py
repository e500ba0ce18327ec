"""Write the demo dataset (coachdesk/core/demo.py) into a database in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coachdesk.core.demo import DemoTeam, build_demo
from coachdesk.core.progress import CancelToken, ProgressCallback, no_progress
from coachdesk.store.database import Database
from coachdesk.store.models import Group, GroupMembership, Member, Team


@dataclass(frozen=True)
class DemoResult:
    teams: list[str]
    members: int
    replaced: list[str]


def load_demo(
    db: Database,
    seed: int = 2024,
    as_of: dt.date | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> DemoResult:
    """Create the demo teams; teams of the same name are replaced. All or nothing."""
    teams = build_demo(seed, as_of)
    replaced: list[str] = []
    with db.session() as session:
        for index, demo in enumerate(teams):
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(index, len(teams), demo.name)
            existing = session.scalar(select(Team).where(Team.name == demo.name))
            if existing is not None:
                session.delete(existing)
                session.flush()
                replaced.append(demo.name)
            _write_team(session, demo)
        progress(len(teams), len(teams), "")
    return DemoResult([t.name for t in teams], sum(len(t.members) for t in teams), replaced)


def _write_team(session, demo: DemoTeam) -> None:
    team = Team(name=demo.name, product=demo.product, formed_on=demo.formed_on, notes=demo.notes)
    session.add(team)
    session.flush()
    by_employee: dict[str, Member] = {}
    for m in demo.members:
        member = Member(
            team_id=team.id, employee_id=m.employee_id, name=m.name, phone=m.phone, role=m.role.value,
            hired_on=m.hired_on, left_on=m.left_on, leave_reason=m.leave_reason,
        )
        session.add(member)
        by_employee[m.employee_id] = member
    session.flush()
    groups: dict[str, Group] = {}
    for g in demo.groups:
        leader = by_employee.get(g.leader_employee_id or "")
        group = Group(team_id=team.id, name=g.name, slogan=g.slogan, goal=g.goal,
                      leader_id=leader.id if leader else None)
        session.add(group)
        groups[g.name] = group
    session.flush()
    session.add_all(
        GroupMembership(group_id=groups[name].id, member_id=by_employee[m.employee_id].id,
                        from_date=start, to_date=end)
        for m in demo.members
        for name, start, end in m.groups
    )
    session.flush()
