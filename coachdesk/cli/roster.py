"""`coachdesk team|member|group …` subcommands."""

from __future__ import annotations

import argparse
import datetime as dt

from coachdesk.cli.output import table
from coachdesk.core.common.validation import ValidationError, parse_date
from coachdesk.core.roster.model import GroupDraft, LeaveDraft, MemberDraft, Role, TeamDraft
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster


def _team_id(db: Database, ref: str) -> int:
    with db.session() as s:
        return roster.find_team(s, ref).id


def _role(value: str) -> Role:
    try:
        return Role.parse(value)
    except ValueError as exc:
        raise ValidationError.single("role", str(exc)) from None


def team_list(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    with db.session() as s:
        teams = roster.list_teams(s)
    payload = [
        {"id": t.id, "name": t.name, "product": t.product, "formed_on": t.formed_on,
         "members": t.active_count, "members_total": t.member_count, "groups": t.group_count}
        for t in teams
    ]
    rows = [[str(t.id), t.name, t.product, t.formed_on.isoformat(), str(t.active_count),
             str(t.member_count - t.active_count), str(t.group_count)] for t in teams]
    lines = table(["id", "team", "product", "formed", "members", "left", "groups"], rows) if rows else [
        "No teams yet. Add one with `coachdesk team add --name NAME` or load `coachdesk demo`."
    ]
    return payload, lines


def team_add(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    formed = parse_date("formed_on", args.formed) if args.formed else dt.date.today()
    draft = TeamDraft(args.name, args.product or "", formed, args.notes or "")
    with db.session() as s:
        team_id = roster.create_team(s, draft)
    return {"id": team_id, "name": draft.cleaned().name}, [f"Added team {draft.cleaned().name} (id {team_id})."]


def member_list(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    today = dt.date.today()
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        members = [m for m in roster.list_members(s, team_id) if args.all or m.active]
    payload = [
        {"id": m.id, "employee_id": m.employee_id, "name": m.name, "role": m.role, "phone": m.phone,
         "hired_on": m.hired_on, "left_on": m.left_on, "leave_reason": m.leave_reason,
         "group": m.group_name or None, "tenure_days": m.tenure_days(today)}
        for m in members
    ]
    rows = [[m.employee_id, m.name, m.role.value, m.group_name or "-", m.hired_on.isoformat(),
             m.left_on.isoformat() if m.left_on else "", m.leave_reason] for m in members]
    return payload, table(["employee_id", "name", "role", "group", "hired", "left", "reason"], rows)


def member_add(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    draft = MemberDraft(args.employee_id, args.name, parse_date("hired_on", args.hired), _role(args.role),
                        args.phone or "")
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        member_id = roster.add_member(s, team_id, draft)
        if args.group:
            group = roster.find_group(s, team_id, args.group)
            roster.assign_member(s, member_id, group.id, on=draft.hired_on)
    clean = draft.cleaned()
    where = f" in group {args.group}" if args.group else ""
    return ({"id": member_id, "employee_id": clean.employee_id, "name": clean.name},
            [f"Added {clean.name} ({clean.employee_id}){where}."])


def member_leave(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    leave = LeaveDraft(parse_date("left_on", args.on) if args.on else dt.date.today(), args.reason or "")
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        member = roster.find_member(s, team_id, args.employee_id)
        roster.record_leave(s, member.id, leave)
        name = member.name
    assert leave.left_on is not None
    return ({"employee_id": args.employee_id, "left_on": leave.left_on},
            [f"Recorded that {name} left on {leave.left_on.isoformat()}."])


def group_add(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        leader_id = roster.find_member(s, team_id, args.leader, "leader").id if args.leader else None
        draft = GroupDraft(args.name, args.slogan or "", args.goal or "", leader_id)
        group_id = roster.create_group(s, team_id, draft)
    name = draft.cleaned().name
    return {"id": group_id, "name": name}, [f"Added group {name} (id {group_id})."]


def group_assign(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    day = (parse_date("date", args.on) if args.on else None) or dt.date.today()
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        member = roster.find_member(s, team_id, args.employee_id)
        group = roster.find_group(s, team_id, args.group) if args.group else None
        changed = roster.assign_member(s, member.id, group.id if group else None, on=day)
        name = member.name
    target = group.name if group else None
    if not changed:
        text = f"{name} is already in {target or 'no group'}; nothing changed."
    else:
        text = f"Moved {name} to {target} from {day.isoformat()}." if target else f"Took {name} out of groups."
    return {"employee_id": args.employee_id, "group": target, "changed": changed, "from": day}, [text]


def group_list(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        groups = roster.list_groups(s, team_id)
        members = {m.id: m for m in roster.list_members(s, team_id)}
    payload = [
        {"id": g.id, "name": g.name, "slogan": g.slogan, "goal": g.goal, "leader": g.leader_name or None,
         "members": [{"employee_id": members[i].employee_id, "name": members[i].name} for i in g.member_ids]}
        for g in groups
    ]
    lines: list[str] = []
    for g in groups:
        lines.append(f"{g.name}  (leader: {g.leader_name or '-'}, {len(g.member_ids)} members)")
        if g.slogan:
            lines.append(f"  slogan: {g.slogan}")
        if g.goal:
            lines.append(f"  goal:   {g.goal}")
        lines.append("  " + ", ".join(f"{members[i].name} {members[i].employee_id}" for i in g.member_ids))
    return payload, lines or ["No groups yet."]
