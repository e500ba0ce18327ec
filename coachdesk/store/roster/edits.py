"""Roster edits as undoable changes: each runs a roster service in the caller's unit of work and returns its
result with the :class:`~coachdesk.store.undo.Change` (the team's roster rows before and after).

The scope of an edit is the team's whole roster (team, members, groups, memberships), so undo and redo put it
back exactly while leaving other teams alone. Deleting a team or a member also changes rows of other features
hanging off them (survey responses, plans, … cascaded or set to NULL): those deletes take every row the team owns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.core.roster.model import GroupDraft, LeaveDraft, MemberDraft, TeamDraft
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.models import Group, GroupMembership, Member, Team
from coachdesk.store.undo import Change, RowSet, owned_rows, record_edit

T = TypeVar("T")
Edited = tuple[T, Change]


def team_rows(team_id: int) -> list[RowSet]:
    """Every roster row of one team (memberships through the team's groups)."""
    team_groups = select(Group.id).where(Group.team_id == team_id).scalar_subquery()
    return [RowSet.of(Team, Team.id == team_id), RowSet.of(Member, Member.team_id == team_id),
            RowSet.of(Group, Group.team_id == team_id),
            RowSet.of(GroupMembership, GroupMembership.group_id.in_(team_groups))]


def owned_by_team(team_id: int) -> list[RowSet]:
    """The team's rows in every table (through foreign keys), roster included."""
    return owned_rows(Team, Team.id == team_id)


def _team_edit(session: Session, team_id: int, edit: Callable[[Session], T]) -> Edited[T]:
    return record_edit(session, team_rows(team_id), edit)


def create_team(session: Session, draft: TeamDraft) -> Edited[int]:
    return record_edit(session, [RowSet.newer(session, Team)], lambda s: roster.create_team(s, draft))


def update_team(session: Session, team_id: int, draft: TeamDraft) -> Edited[None]:
    return _team_edit(session, team_id, lambda s: roster.update_team(s, team_id, draft))


def delete_team(session: Session, team_id: int) -> Edited[None]:
    return record_edit(session, owned_by_team(team_id), lambda s: roster.delete_team(s, team_id))


def add_member(session: Session, team_id: int, draft: MemberDraft, group_id: int | None = None) -> Edited[int]:
    def edit(s: Session) -> int:
        member_id = roster.add_member(s, team_id, draft)
        if group_id is not None:
            roster.assign_member(s, member_id, group_id, on=roster.get_member(s, member_id).hired_on)
        return member_id

    return _team_edit(session, team_id, edit)


def update_member(session: Session, team_id: int, member_id: int, draft: MemberDraft) -> Edited[None]:
    return _team_edit(session, team_id, lambda s: roster.update_member(s, member_id, draft))


def record_leave(session: Session, team_id: int, member_id: int, leave: LeaveDraft) -> Edited[None]:
    return _team_edit(session, team_id, lambda s: roster.record_leave(s, member_id, leave))


def delete_member(session: Session, team_id: int, member_id: int) -> Edited[None]:
    return record_edit(session, owned_by_team(team_id), lambda s: roster.delete_member(s, member_id))


def create_group(session: Session, team_id: int, draft: GroupDraft, *, on: dt.date) -> Edited[int]:
    return _team_edit(session, team_id, lambda s: roster.create_group(s, team_id, draft, on=on))


def update_group(session: Session, team_id: int, group_id: int, draft: GroupDraft,
                 *, on: dt.date) -> Edited[None]:
    return _team_edit(session, team_id, lambda s: roster.update_group(s, group_id, draft, on=on))


def delete_group(session: Session, team_id: int, group_id: int) -> Edited[None]:
    return _team_edit(session, team_id, lambda s: roster.delete_group(s, group_id))


def move_member(session: Session, team_id: int, member_id: int, group_id: int | None,
                *, on: dt.date) -> Edited[bool]:
    """Into a group (None: out of all groups); the result tells whether anything changed."""
    return _team_edit(session, team_id, lambda s: roster.assign_member(s, member_id, group_id, on=on))
