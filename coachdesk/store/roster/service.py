"""Roster services: the operations on teams, members and groups that the GUI and CLI call.

Every function takes an open Session (one unit of work, see Database.session) and either succeeds or raises
ValidationError / NotFoundError before anything is committed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.formation import formation_from_history
from coachdesk.core.common.validation import (
    ALREADY_LEFT,
    DATE_ORDER,
    DUPLICATE,
    HAS_ACTIVITY,
    OTHER_TEAM,
    FieldError,
    NotFoundError,
    ValidationError,
    clean_text,
)
from coachdesk.core.roster.model import (
    SELLING_ROLES,
    GroupDraft,
    GroupRow,
    LeaveDraft,
    MemberDraft,
    MemberRow,
    Role,
    TeamDraft,
    TeamSummary,
)
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.roster.models import Group, GroupMembership, Member, Team

# ---------------------------------------------------------------- teams


def list_teams(session: Session) -> list[TeamSummary]:
    members = (
        select(
            Member.team_id,
            func.count(Member.id).label("total"),
            func.count(Member.id).filter(Member.left_on.is_(None)).label("active"),
        )
        .group_by(Member.team_id)
        .subquery()
    )
    groups = select(Group.team_id, func.count(Group.id).label("n")).group_by(Group.team_id).subquery()
    rows = session.execute(
        select(Team, members.c.total, members.c.active, groups.c.n)
        .outerjoin(members, members.c.team_id == Team.id)
        .outerjoin(groups, groups.c.team_id == Team.id)
        .order_by(Team.name)
    )
    return [
        TeamSummary(t.id, t.name, t.product, t.formed_on, t.notes, total or 0, active or 0, n or 0, t.formed_on_known)
        for t, total, active, n in rows
    ]


def team_summary(session: Session, team_id: int) -> TeamSummary:
    for summary in list_teams(session):
        if summary.id == team_id:
            return summary
    raise NotFoundError("team", f"no team with id {team_id}", kind="team", value=str(team_id))


def find_team(session: Session, ref: str | int, field: str = "team") -> Team:
    """Find a team by exact name, or by numeric id."""
    if isinstance(ref, int):
        team = session.get(Team, ref)
    else:
        text = clean_text(ref)
        team = session.scalar(select(Team).where(Team.name == text))
        if team is None and text.isdigit():
            team = session.get(Team, int(text))
    if team is None:
        raise NotFoundError(field, f"no team named {ref!r}", kind="team", value=str(ref))
    return team


def _check_team_name_free(session: Session, name: str, team_id: int | None) -> None:
    clash = session.scalar(select(Team.id).where(Team.name == name, Team.id != (team_id or -1)))
    if clash is not None:
        raise ValidationError.single("name", f"a team named {name!r} already exists", DUPLICATE, value=name)


def create_team(session: Session, draft: TeamDraft) -> int:
    clean = draft.cleaned()
    _check_team_name_free(session, clean.name, None)
    team = Team(name=clean.name, product=clean.product, formed_on=clean.formed_on, notes=clean.notes,
                formed_on_known=clean.formed_on_known)
    session.add(team)
    session.flush()
    return team.id


def update_team(session: Session, team_id: int, draft: TeamDraft) -> None:
    clean = draft.cleaned()
    assert clean.formed_on is not None  # cleaned() raises without it
    team = find_team(session, team_id)
    _check_team_name_free(session, clean.name, team_id)
    team.name, team.product, team.notes = clean.name, clean.product, clean.notes
    team.formed_on_known = clean.formed_on_known
    if clean.formed_on_known:
        team.formed_on = clean.formed_on
    else:  # "not known": the team's own history decides, as on import
        team.formed_on = team_data_start(session, team_id) or clean.formed_on
    session.flush()


def team_data_start(session: Session, team_id: int) -> dt.date | None:
    """The earliest day the team's own data shows it existing: its first selling member's start or its first
    activity (a manager or trainer may have been hired long before the team was set up)."""
    first_day = session.scalar(select(func.min(ActivityDay.day)).where(ActivityDay.team_id == team_id))
    first_hire = session.scalar(select(func.min(Member.hired_on)).where(
        Member.team_id == team_id, Member.role.in_([r.value for r in SELLING_ROLES])))
    return formation_from_history(_as_date(first_day), _as_date(first_hire))


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def formed_later_than_data(session: Session, team_id: int) -> dt.date | None:
    """The start of the team's data when its typed formation date is later than that (the user is told)."""
    team = find_team(session, team_id)
    start = team_data_start(session, team_id)
    return start if team.formed_on_known and start is not None and start < team.formed_on else None


def _activity_days(session: Session, *where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(ActivityDay).where(*where)) or 0


def delete_team(session: Session, team_id: int) -> None:
    """Delete a team with its roster. Refused while it holds call activity (undo the imports first), because
    roster undo restores the roster but not deleted activity."""
    team = find_team(session, team_id)
    days = _activity_days(session, ActivityDay.team_id == team_id)
    if days:
        raise ValidationError.single(
            "team", f"{team.name} has {days} rep-days of call activity; undo its imports before deleting it",
            HAS_ACTIVITY, name=team.name, days=days)
    session.delete(team)
    session.flush()


# ---------------------------------------------------------------- members


def _current_membership(session: Session, member_id: int) -> GroupMembership | None:
    return session.scalar(
        select(GroupMembership).where(GroupMembership.member_id == member_id, GroupMembership.to_date.is_(None))
    )


def list_members(session: Session, team_id: int) -> list[MemberRow]:
    current = and_(GroupMembership.member_id == Member.id, GroupMembership.to_date.is_(None))
    rows = session.execute(
        select(Member, Group.id, Group.name)
        .outerjoin(GroupMembership, current)
        .outerjoin(Group, Group.id == GroupMembership.group_id)
        .where(Member.team_id == team_id)
        .order_by(Member.left_on.is_not(None), Member.employee_id)
    )
    return [_member_row(m, gid, gname) for m, gid, gname in rows]


def _member_row(m: Member, group_id: int | None, group_name: str | None) -> MemberRow:
    return MemberRow(
        m.id, m.team_id, m.employee_id, m.name, m.phone, Role(m.role), m.hired_on, m.left_on,
        m.leave_reason, group_id, group_name or "",
    )


def get_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError("member", f"no member with id {member_id}", kind="member", value=str(member_id))
    return member


def find_member(session: Session, team_id: int, employee_id: str, field: str = "employee_id") -> Member:
    member = session.scalar(
        select(Member).where(Member.team_id == team_id, Member.employee_id == clean_text(employee_id))
    )
    if member is None:
        raise NotFoundError(field, f"no member with employee id {employee_id!r} in this team", kind="member",
                            value=employee_id)
    return member


def _check_employee_id_free(session: Session, team_id: int, employee_id: str, member_id: int | None) -> None:
    clash = session.scalar(
        select(Member.name).where(
            Member.team_id == team_id, Member.employee_id == employee_id, Member.id != (member_id or -1)
        )
    )
    if clash is not None:
        raise ValidationError.single(
            "employee_id", f"{employee_id!r} is already used by {clash} in this team", DUPLICATE,
            value=employee_id, other=clash,
        )


def add_member(session: Session, team_id: int, draft: MemberDraft) -> int:
    clean = draft.cleaned()
    find_team(session, team_id)
    _check_employee_id_free(session, team_id, clean.employee_id, None)
    member = Member(
        team_id=team_id, employee_id=clean.employee_id, name=clean.name, phone=clean.phone,
        role=clean.role.value, hired_on=clean.hired_on,
    )
    session.add(member)
    session.flush()
    return member.id


def update_member(session: Session, member_id: int, draft: MemberDraft) -> None:
    clean = draft.cleaned()
    member = get_member(session, member_id)
    _check_employee_id_free(session, member.team_id, clean.employee_id, member_id)
    assert clean.hired_on is not None
    if member.left_on is not None and member.left_on < clean.hired_on:
        raise ValidationError.single(
            "hired_on", f"{clean.hired_on.isoformat()} is after the leaving date {member.left_on.isoformat()}",
            DATE_ORDER, value=clean.hired_on, limit=member.left_on, limit_field="left_on", relation="not_after",
        )
    first_group_day = session.scalar(
        select(func.min(GroupMembership.from_date)).where(GroupMembership.member_id == member_id)
    )
    if first_group_day is not None and clean.hired_on > first_group_day:
        raise ValidationError.single(
            "hired_on", f"{clean.hired_on.isoformat()} is after the first group day {first_group_day.isoformat()}",
            DATE_ORDER, value=clean.hired_on, limit=first_group_day, limit_field="first_group_day",
            relation="not_after",
        )
    member.employee_id, member.name, member.phone = clean.employee_id, clean.name, clean.phone
    member.role, member.hired_on = clean.role.value, clean.hired_on
    session.flush()


def record_leave(session: Session, member_id: int, leave: LeaveDraft) -> None:
    """Mark a member as gone: close their group membership and drop them as group leader."""
    member = get_member(session, member_id)
    if member.left_on is not None:
        raise ValidationError.single(
            "left_on", f"{member.name} already left on {member.left_on.isoformat()}", ALREADY_LEFT,
            name=member.name, date=member.left_on,
        )
    clean = leave.cleaned(member.hired_on)
    assert clean.left_on is not None
    membership = _current_membership(session, member_id)
    if membership is not None and clean.left_on < membership.from_date:
        raise ValidationError.single(
            "left_on", f"{clean.left_on.isoformat()} is before the current group start "
            f"{membership.from_date.isoformat()}",
            DATE_ORDER, value=clean.left_on, limit=membership.from_date, limit_field="from_date", relation="not_before",
        )
    if membership is not None:
        membership.to_date = clean.left_on
    for group in session.scalars(select(Group).where(Group.leader_id == member_id)):
        group.leader_id = None
    member.left_on, member.leave_reason = clean.left_on, clean.reason
    session.flush()


def delete_member(session: Session, member_id: int) -> None:
    """Delete a member entered by mistake. Someone with call activity has worked here: record leaving."""
    member = get_member(session, member_id)
    days = _activity_days(session, ActivityDay.member_id == member_id)
    if days:
        raise ValidationError.single(
            "member", f"{member.name} has {days} days of call activity; record leaving instead",
            HAS_ACTIVITY, name=member.name, days=days)
    session.delete(member)
    session.flush()


# ---------------------------------------------------------------- groups


def list_groups(session: Session, team_id: int) -> list[GroupRow]:
    leader = select(Member.name).where(Member.id == Group.leader_id).scalar_subquery()
    groups = session.execute(select(Group, leader).where(Group.team_id == team_id).order_by(Group.name)).all()
    members: dict[int, list[int]] = {}
    current = session.execute(
        select(GroupMembership.group_id, GroupMembership.member_id)
        .join(Member, Member.id == GroupMembership.member_id)
        .join(Group, Group.id == GroupMembership.group_id)
        .where(Group.team_id == team_id, GroupMembership.to_date.is_(None))
        .order_by(Member.employee_id)
    )
    for group_id, member_id in current:
        members.setdefault(group_id, []).append(member_id)
    return [
        GroupRow(g.id, g.team_id, g.name, g.slogan, g.goal, g.leader_id, leader_name or "",
                 tuple(members.get(g.id, ())))
        for g, leader_name in groups
    ]


def get_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError("group", f"no group with id {group_id}", kind="group", value=str(group_id))
    return group


def find_group(session: Session, team_id: int, name: str, field: str = "group") -> Group:
    group = session.scalar(select(Group).where(Group.team_id == team_id, Group.name == clean_text(name)))
    if group is None:
        raise NotFoundError(field, f"no group named {name!r} in this team", kind="group", value=name)
    return group


def _check_group(session: Session, team_id: int, clean: GroupDraft, group_id: int | None) -> None:
    errors: list[FieldError] = []
    clash = session.scalar(
        select(Group.id).where(Group.team_id == team_id, Group.name == clean.name, Group.id != (group_id or -1))
    )
    if clash is not None:
        errors.append(FieldError("name", f"a group named {clean.name!r} already exists in this team", DUPLICATE,
                                 {"value": clean.name}))
    if clean.leader_id is not None:
        leader = session.get(Member, clean.leader_id)
        if leader is None or leader.team_id != team_id:
            errors.append(FieldError("leader", "the leader must be a member of this team", OTHER_TEAM))
        elif leader.left_on is not None:
            errors.append(FieldError("leader", f"{leader.name} left on {leader.left_on.isoformat()}", ALREADY_LEFT,
                                     {"name": leader.name, "date": leader.left_on}))
    if errors:
        raise ValidationError(errors)


def create_group(session: Session, team_id: int, draft: GroupDraft, *, on: dt.date) -> int:
    clean = draft.cleaned()
    find_team(session, team_id)
    _check_group(session, team_id, clean, None)
    group = Group(team_id=team_id, name=clean.name, slogan=clean.slogan, goal=clean.goal, leader_id=clean.leader_id)
    session.add(group)
    session.flush()
    if clean.leader_id is not None:
        assign_member(session, clean.leader_id, group.id, on=on)
    return group.id


def update_group(session: Session, group_id: int, draft: GroupDraft, *, on: dt.date) -> None:
    clean = draft.cleaned()
    group = get_group(session, group_id)
    _check_group(session, group.team_id, clean, group_id)
    group.name, group.slogan, group.goal, group.leader_id = clean.name, clean.slogan, clean.goal, clean.leader_id
    session.flush()
    if clean.leader_id is not None:  # a leader leads from inside the group
        assign_member(session, clean.leader_id, group.id, on=on)


def delete_group(session: Session, group_id: int) -> None:
    session.delete(get_group(session, group_id))
    session.flush()


def assign_member(session: Session, member_id: int, group_id: int | None, *, on: dt.date) -> bool:
    """Move a member into ``group_id`` (None: out of every group) from day ``on``.

    Membership periods are half-open [from_date, to_date): the old period ends the day the new one starts.
    Returns False when the member already was in that group.
    """
    day = on
    member = get_member(session, member_id)
    if member.left_on is not None:
        raise ValidationError.single(
            "member", f"{member.name} left on {member.left_on.isoformat()}", ALREADY_LEFT,
            name=member.name, date=member.left_on,
        )
    if group_id is not None:
        group = get_group(session, group_id)
        if group.team_id != member.team_id:
            raise ValidationError.single("group", f"group {group.name!r} belongs to another team", OTHER_TEAM)
    current = _current_membership(session, member_id)
    if (current.group_id if current is not None else None) == group_id:
        return False  # already in that group (or already in none)
    if current is None:  # periods must not overlap: start no earlier than the last closed one ended
        last_end = session.scalar(
            select(func.max(GroupMembership.to_date)).where(GroupMembership.member_id == member_id)
        )
        if last_end is not None and day < last_end:
            raise ValidationError.single(
                "date", f"{day.isoformat()} is before the end of the last group period {last_end.isoformat()}",
                DATE_ORDER, value=day, limit=last_end, limit_field="to_date", relation="not_before",
            )
    if current is not None and day < current.from_date:
        raise ValidationError.single(
            "date", f"{day.isoformat()} is before the current group start {current.from_date.isoformat()}",
            DATE_ORDER, value=day, limit=current.from_date, limit_field="from_date", relation="not_before",
        )
    if current is not None and current.from_date == day:
        # Same-day correction: rewrite the period rather than keep a zero-length one, and if the member goes
        # back to the group they left that same day, reopen that period instead of starting a new one.
        previous = session.scalar(
            select(GroupMembership).where(GroupMembership.member_id == member_id, GroupMembership.to_date == day)
        )
        if previous is not None and previous.group_id == group_id:
            session.delete(current)
            session.flush()
            previous.to_date = None
        elif group_id is None:
            session.delete(current)
        else:
            current.group_id = group_id
    else:
        if current is not None:
            current.to_date = day
        if group_id is not None:
            session.add(GroupMembership(group_id=group_id, member_id=member_id, from_date=max(day, member.hired_on)))
    for led in session.scalars(select(Group).where(Group.leader_id == member_id, Group.id != (group_id or -1))):
        led.leader_id = None  # a leader who moves out no longer leads the old group
    session.flush()
    return True


def membership_history(session: Session, member_id: int) -> list[tuple[str, dt.date, dt.date | None]]:
    rows = session.execute(
        select(Group.name, GroupMembership.from_date, GroupMembership.to_date)
        .join(Group, Group.id == GroupMembership.group_id)
        .where(GroupMembership.member_id == member_id)
        .order_by(GroupMembership.from_date, GroupMembership.id)
    )
    return [(name, start, end) for name, start, end in rows]
