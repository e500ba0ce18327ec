"""`coachdesk team|member|group …` subcommands."""

from __future__ import annotations

import argparse
import datetime as dt

from coachdesk.cli.common import Result, Subparsers, command
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


def team_list(db: Database, args: argparse.Namespace) -> Result:
    with db.session() as s:
        teams = roster.list_teams(s)
    payload = [
        {"id": t.id, "name": t.name, "product": t.product, "formed_on": t.formed_on,
         "formed_on_known": t.formed_on_known,
         "members": t.active_count, "members_total": t.member_count, "groups": t.group_count}
        for t in teams
    ]
    rows = [[str(t.id), t.name, t.product, t.formed_on.isoformat() + ("" if t.formed_on_known else " (not typed)"),
             str(t.active_count),
             str(t.member_count - t.active_count), str(t.group_count)] for t in teams]
    lines = table(["id", "team", "product", "formed", "members", "left", "groups"], rows) if rows else [
        "No teams yet. Add one with `coachdesk team add --name NAME` or load `coachdesk demo`."
    ]
    return payload, lines


def team_add(db: Database, args: argparse.Namespace) -> Result:
    known = bool(args.formed)
    formed = parse_date("formed_on", args.formed) if args.formed else dt.date.today()
    draft = TeamDraft(args.name, args.product or "", formed, args.notes or "", formed_on_known=known)
    with db.session() as s:
        team_id = roster.create_team(s, draft)
    name = draft.cleaned().name
    lines = [f"Added team {name} (id {team_id})."]
    if not known:
        lines.append("No formation date given: importing the team's call history sets it to the first day of "
                     "that history (until then it reads as formed today).")
    return {"id": team_id, "name": name, "formed_on": formed, "formed_on_known": known}, lines


def team_edit(db: Database, args: argparse.Namespace) -> Result:
    with db.session() as s:
        team = roster.team_summary(s, roster.find_team(s, args.team).id)
        known = team.formed_on_known if args.formed is None and not args.formed_from_history else bool(args.formed)
        formed = parse_date("formed_on", args.formed) if args.formed else team.formed_on
        draft = TeamDraft(team.name if args.name is None else args.name,
                          team.product if args.product is None else args.product, formed,
                          team.notes if args.notes is None else args.notes, formed_on_known=known)
        roster.update_team(s, team.id, draft)
        after = roster.team_summary(s, team.id)
        data_start = roster.formed_later_than_data(s, team.id)
    lines = [f"Updated team {after.name}: formed {after.formed_on.isoformat()}"
             + ("" if after.formed_on_known else " (from its history)") + "."]
    payload: dict[str, object] = {"id": after.id, "name": after.name, "formed_on": after.formed_on,
                                  "formed_on_known": after.formed_on_known, "data_starts_on": None}
    if data_start is not None:
        payload["data_starts_on"] = data_start
        lines.append(f"Warning: the formation date {after.formed_on.isoformat()} is later than the team's own data, "
                     f"which starts on {data_start.isoformat()}. The diagnosis counts the team's age from its first "
                     "calls; use --formed-from-history to take the date from the data.")
    return payload, lines


def member_list(db: Database, args: argparse.Namespace) -> Result:
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


def member_add(db: Database, args: argparse.Namespace) -> Result:
    draft = MemberDraft(args.employee_id, args.name, parse_date("hired_on", args.hired), _role(args.role),
                        args.phone or "")
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        member_id = roster.add_member(s, team_id, draft)
        if args.group:
            group = roster.find_group(s, team_id, args.group)
            roster.assign_member(s, member_id, group.id, on=roster.get_member(s, member_id).hired_on)
    clean = draft.cleaned()
    where = f" in group {args.group}" if args.group else ""
    return ({"id": member_id, "employee_id": clean.employee_id, "name": clean.name},
            [f"Added {clean.name} ({clean.employee_id}){where}."])


def member_leave(db: Database, args: argparse.Namespace) -> Result:
    leave = LeaveDraft(parse_date("left_on", args.on) if args.on else dt.date.today(), args.reason or "")
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        member = roster.find_member(s, team_id, args.employee_id)
        roster.record_leave(s, member.id, leave)
        name = member.name
    assert leave.left_on is not None
    return ({"employee_id": member.employee_id, "name": name, "left_on": leave.left_on},
            [f"Recorded that {name} left on {leave.left_on.isoformat()}."])


def group_add(db: Database, args: argparse.Namespace) -> Result:
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        leader_id = roster.find_member(s, team_id, args.leader, "leader").id if args.leader else None
        draft = GroupDraft(args.name, args.slogan or "", args.goal or "", leader_id)
        group_id = roster.create_group(s, team_id, draft, on=dt.date.today())  # the leader is in it from today
    name = draft.cleaned().name
    return {"id": group_id, "name": name}, [f"Added group {name} (id {group_id})."]


def group_assign(db: Database, args: argparse.Namespace) -> Result:
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
    return ({"employee_id": member.employee_id, "name": name, "group": target, "changed": changed, "from": day},
            [text])


def group_list(db: Database, args: argparse.Namespace) -> Result:
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
        groups = roster.list_groups(s, team_id)
        members = {m.id: m for m in roster.list_members(s, team_id)}
    payload = [
        {"id": g.id, "name": g.name, "slogan": g.slogan, "goal": g.goal, "leader": g.leader_name or None,
         "leader_employee_id": members[g.leader_id].employee_id if g.leader_id in members else None,
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


def register(sub: Subparsers) -> None:
    team = sub.add_parser("team", help="list, add or edit teams").add_subparsers(dest="action", required=True)
    command(team, "list", team_list, "list teams with member counts")
    add = command(team, "add", team_add, "add a team")
    add.add_argument("--name", required=True)
    add.add_argument("--product", help="product or project the team sells")
    add.add_argument("--formed", metavar="YYYY-MM-DD",
                     help="formation date (default: taken from the team's history when it is imported)")
    add.add_argument("--notes")
    edit = command(team, "edit", team_edit, "change a team's name, product, formation date or notes")
    edit.add_argument("team", help="team name or id")
    edit.add_argument("--name")
    edit.add_argument("--product")
    dates = edit.add_mutually_exclusive_group()
    dates.add_argument("--formed", metavar="YYYY-MM-DD", help="formation date (warns if later than the team's data)")
    dates.add_argument("--formed-from-history", action="store_true",
                       help="no typed date: take it from the team's earliest membership or activity")
    edit.add_argument("--notes")

    member = sub.add_parser("member", help="add, list or record leaving").add_subparsers(dest="action", required=True)
    mlist = command(member, "list", member_list, "list a team's members")
    mlist.add_argument("--team", required=True, help="team name or id")
    mlist.add_argument("--all", action="store_true", help="include members who left")
    madd = command(member, "add", member_add, "add a member to a team")
    madd.add_argument("--team", required=True, help="team name or id")
    madd.add_argument("--name", required=True)
    madd.add_argument("--employee-id", required=True)
    madd.add_argument("--hired", required=True, metavar="YYYY-MM-DD")
    madd.add_argument("--role", default="rep", help="rep, group_leader, trainer or manager (default rep)")
    madd.add_argument("--phone")
    madd.add_argument("--group", help="put the new member in this group")
    leave = command(member, "leave", member_leave, "record that a member left")
    leave.add_argument("--team", required=True, help="team name or id")
    leave.add_argument("--employee-id", required=True)
    leave.add_argument("--on", metavar="YYYY-MM-DD", help="leaving date (default today)")
    leave.add_argument("--reason")

    group = sub.add_parser("group", aliases=["groups"], help="add, list, assign or balance groups").add_subparsers(
        dest="action", required=True)
    glist = command(group, "list", group_list, "list a team's groups and their members")
    glist.add_argument("--team", required=True, help="team name or id")
    gadd = command(group, "add", group_add, "add a group (队名, 口号, 目标)")
    gadd.add_argument("--team", required=True, help="team name or id")
    gadd.add_argument("--name", required=True)
    gadd.add_argument("--slogan")
    gadd.add_argument("--goal")
    gadd.add_argument("--leader", metavar="EMPLOYEE_ID")
    assign = command(group, "assign", group_assign, "move a member into a group")
    assign.add_argument("--team", required=True, help="team name or id")
    assign.add_argument("--employee-id", required=True)
    target = assign.add_mutually_exclusive_group(required=True)
    target.add_argument("--group", help="group name")
    target.add_argument("--none", action="store_true", help="take the member out of every group")
    assign.add_argument("--on", metavar="YYYY-MM-DD", help="first day in the new group (default today)")
