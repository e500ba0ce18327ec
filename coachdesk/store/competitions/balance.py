"""Balancing a team's groups: gather the reps' figures, propose a split beside the current one, apply it.

Applying is one undoable roster edit (:mod:`coachdesk.store.roster.edits`): the proposed groups are matched to
the team's existing groups by the members they share (fewest moves), missing groups are created, memberships
change from the given day and each group gets its leader.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.member_ref import MemberRef
from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.competitions.balance import BalanceResult, BalanceRules, Candidate, balance
from coachdesk.core.competitions.strength import RepFigures, RepStrength, StrengthSpec, rep_strengths
from coachdesk.core.roster.model import SELLING_ROLES, GroupDraft, Role
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.edits import Edited, team_rows
from coachdesk.store.roster.models import Group, Member
from coachdesk.store.undo import record_edit

UNKNOWN_EMPLOYEE = MessageCode("balance.unknown_employee", "'{value}' is not the employee id of an active rep of this "
                               "team")
IN_TWO_GROUPS = MessageCode("balance.in_two_groups", "a member is in two proposed groups")


@dataclass(frozen=True, slots=True)
class RepInfo:
    member: MemberRef
    strength: RepStrength
    group_id: int | None  # the group the rep is in now


@dataclass(frozen=True, slots=True)
class CurrentGroup:
    group_id: int
    name: str
    members: tuple[int, ...]
    leader_id: int | None
    strength: int


@dataclass(frozen=True)
class Proposal:
    team_id: int
    as_of: dt.date
    spec: StrengthSpec
    reps: dict[int, RepInfo]  # by member id
    current: tuple[CurrentGroup, ...]  # the team's groups as they are (reps not in a group left out)
    result: BalanceResult

    @property
    def current_spread(self) -> int | None:
        strengths = [g.strength for g in self.current if g.members]
        return max(strengths) - min(strengths) if len(strengths) >= 2 else None

    @property
    def current_spread_pct(self) -> float:
        """The current spread as % of the current groups' mean strength (0 without two groups)."""
        strengths = [g.strength for g in self.current if g.members]
        mean = sum(strengths) / len(strengths) if strengths else 0.0
        spread = self.current_spread
        return 100 * spread / mean if spread is not None and mean else 0.0


@dataclass(frozen=True, slots=True)
class AppliedSplit:
    group_ids: tuple[int, ...]  # per proposed group, in the proposal's order
    created: tuple[str, ...]  # names of groups created for the split
    emptied: tuple[str, ...]  # existing groups left without members
    moved: int  # members whose group changed


def rep_figures(session: Session, team_id: int, as_of: dt.date, window_days: int) -> list[RepFigures]:
    """Every active selling rep with their figures over the ``window_days`` before ``as_of``."""
    start = as_of - dt.timedelta(days=window_days)
    A = ActivityDay
    sums = (select(A.member_id, func.count(case((A.calls > 0, 1))).label("days"),
                   func.coalesce(func.sum(A.calls), 0).label("calls"),
                   func.coalesce(func.sum(A.connected), 0).label("connected"),
                   func.coalesce(func.sum(A.deals), 0).label("deals"),
                   func.coalesce(func.sum(A.revenue_cents), 0).label("revenue"))
            .where(A.team_id == team_id, A.day >= start, A.day < as_of).group_by(A.member_id).subquery())
    leading = select(Group.leader_id).where(Group.team_id == team_id, Group.leader_id.is_not(None))
    rows = session.execute(
        select(Member, sums.c.days, sums.c.calls, sums.c.connected, sums.c.deals, sums.c.revenue,
               Member.id.in_(leading))
        .outerjoin(sums, sums.c.member_id == Member.id)
        .where(Member.team_id == team_id, Member.left_on.is_(None),
               Member.role.in_([r.value for r in SELLING_ROLES]), Member.hired_on <= as_of)
        .order_by(Member.employee_id))
    return [RepFigures(m.id, MemberRef(m.employee_id, m.name).label, m.hired_on, int(days or 0), int(calls or 0),
                       int(connected or 0), int(deals or 0), int(revenue or 0),
                       leader_capable=Role(m.role) is Role.GROUP_LEADER or bool(leads))
            for m, days, calls, connected, deals, revenue, leads in rows]


def propose(session: Session, team_id: int, groups: int, spec: StrengthSpec, as_of: dt.date,
            keep_together: Sequence[tuple[str, str]] = (), keep_apart: Sequence[tuple[str, str]] = ()) -> Proposal:
    """The most even split of the team's active reps into ``groups`` groups (pairs name employee ids)."""
    figures = rep_figures(session, team_id, as_of, spec.checked().window_days)
    strengths = {s.key: s for s in rep_strengths(figures, spec, as_of)}
    groups_now = roster.list_groups(session, team_id)
    current_of = {m: row.id for row in groups_now for m in row.member_ids}
    by_employee = {}
    reps: dict[int, RepInfo] = {}
    for f in figures:
        member = session.get(Member, f.key)  # in the session already (rep_figures loaded it): no query
        assert member is not None
        ref = MemberRef(member.employee_id, member.name)
        by_employee[member.employee_id] = f.key
        reps[f.key] = RepInfo(ref, strengths[f.key], current_of.get(f.key))
    rules = BalanceRules(groups, _pairs(keep_together, by_employee, "keep_together"),
                         _pairs(keep_apart, by_employee, "keep_apart"))
    candidates = [Candidate(key, s.strength, s.leader_capable, s.new_hire, reps[key].member.label)
                  for key, s in strengths.items()]
    result = balance(candidates, rules)
    current = []
    for row in groups_now:
        members = tuple(m for m in row.member_ids if m in reps)
        current.append(CurrentGroup(row.id, row.name, members, row.leader_id,
                                    sum(reps[m].strength.strength for m in members)))
    return Proposal(team_id, as_of, spec, reps, tuple(current), result)


def _pairs(pairs: Sequence[tuple[str, str]], by_employee: dict[str, int], field: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    errors: list[FieldError] = []
    for a, b in pairs:
        missing = [e for e in (a, b) if e not in by_employee]
        if missing:
            errors.extend(FieldError.of(field, "not_found", UNKNOWN_EMPLOYEE, value=e) for e in missing)
            continue
        out.append((by_employee[a], by_employee[b]))
    if errors:
        raise ValidationError(errors)
    return tuple(out)


def _match_groups(session: Session, team_id: int, plan: Sequence[Sequence[int]]) -> list[int | None]:
    """For each proposed group, the existing group sharing most of its members (each used once)."""
    existing = roster.list_groups(session, team_id)
    overlaps = sorted(((len(set(members) & set(g.member_ids)), -index, g.id, index)
                       for index, members in enumerate(plan) for g in existing), reverse=True)
    chosen: list[int | None] = [None] * len(plan)
    used: set[int] = set()
    for _, _, group_id, index in overlaps:
        if chosen[index] is None and group_id not in used:
            chosen[index] = group_id
            used.add(group_id)
    return chosen


def apply_split(session: Session, team_id: int, plan: Sequence[tuple[Sequence[int], int | None]], *, on: dt.date,
                new_group_name: str = "Group {n}") -> Edited[AppliedSplit]:
    """Make the team's groups the ``plan`` (members, leader) from day ``on``, as one undoable edit."""

    def edit(s: Session) -> AppliedSplit:
        placed = [m for members, _ in plan for m in members]
        if len(placed) != len(set(placed)):
            raise ValidationError(FieldError.of("groups", "duplicate", IN_TWO_GROUPS))
        targets = _match_groups(s, team_id, [members for members, _ in plan])
        taken = {g.name for g in roster.list_groups(s, team_id)}
        created: list[str] = []
        group_ids: list[int] = []
        n = 0
        for target in targets:
            if target is None:
                while True:
                    n += 1
                    name = new_group_name.format(n=n)
                    if name not in taken:
                        break
                taken.add(name)
                target = roster.create_group(s, team_id, GroupDraft(name), on=on)
                created.append(name)
            group_ids.append(target)
        moved = 0
        # Out of groups first, then in: a leader moving between two groups never leads both.
        for (members, _), group_id in zip(plan, group_ids, strict=True):
            for member_id in members:
                moved += roster.assign_member(s, member_id, group_id, on=on)
        for (_, leader), group_id in zip(plan, group_ids, strict=True):
            group = roster.get_group(s, group_id)
            group.leader_id = leader
        s.flush()
        emptied = [row.name for row in roster.list_groups(s, team_id)
                   if row.id not in group_ids and not row.member_ids]
        return AppliedSplit(tuple(group_ids), tuple(created), tuple(sorted(emptied)), moved)

    return record_edit(session, team_rows(team_id), edit)

