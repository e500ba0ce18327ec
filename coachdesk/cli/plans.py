"""`coachdesk plan actions|create|set` (the action plan) and `coachdesk playbook list|show`."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace

from coachdesk.cli.common import Result, Subparsers, command
from coachdesk.cli.lifecycle import add_lang, add_team, as_of, lang, parse_stage, stage_label
from coachdesk.cli.output import table
from coachdesk.cli.reports import add_plan_printing, plan_print
from coachdesk.core.common.local_text import pick
from coachdesk.core.common.validation import FieldError, ValidationError, parse_date
from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.action_plans import (
    PlanRow,
    action_draft,
    create_plan,
    current_plan,
    plan_actions,
    update_action,
)
from coachdesk.store.lifecycle.diagnosis import diagnose_team
from coachdesk.store.lifecycle.playbooks import edited_ids, effective_playbook
from coachdesk.store.roster.service import find_team

# Store field names → this command's options (the store says "due_on", the option is --due).
FIELD_FOR_STORE = {"due_on": "due", "action": "action_id", "practices": "practice"}


def _renamed(exc: ValidationError) -> ValidationError:
    return ValidationError([replace(e, field=FIELD_FOR_STORE.get(e.field, e.field)) for e in exc.errors])


def _action_payload(a: ActionRow, today: dt.date) -> dict[str, object]:
    return {"id": a.id, "practice_id": a.practice_id or None, "title": a.title, "owner": a.owner_name or a.owner_role,
            "owner_role": a.owner_role, "owner_member_id": a.owner_member_id,
            "owner_employee_id": a.owner_employee_id or None, "owner_name": a.owner_name or None, "due_on": a.due_on,
            "status": a.status.value, "notes": a.notes, "overdue": a.overdue(today), "carried_over": a.carried_over,
            "closed_on": a.closed_on, "plan_id": a.plan_id, "first_plan_id": a.first_plan_id}


def _action_table(actions: list[ActionRow], today: dt.date) -> list[str]:
    def flags(a: ActionRow) -> str:
        return ", ".join(f for f, on in (("OVERDUE", a.overdue(today)), ("carried over", a.carried_over)) if on)

    body = [[str(a.id), a.title, a.owner_name or a.owner_role, a.due_on.isoformat(), a.status.value, flags(a),
             a.notes] for a in actions]
    return table(["id", "action", "owner", "due", "status", "", "notes"], body)


def _plan_payload(plan: PlanRow) -> dict[str, object]:
    return {"id": plan.id, "created_on": plan.created_on, "stage": plan.stage.value,
            "contradiction_signal": plan.contradiction_signal, "contradiction_summary": plan.contradiction_summary,
            "notes": plan.notes}


def plan_actions_command(db: Database, args: argparse.Namespace) -> Result:
    today = as_of(args)
    with db.session() as s:
        team = find_team(s, args.team)
        name = team.name
        plan = current_plan(s, team.id)
        actions = plan_actions(s, plan.id) if plan else []
    payload = {"team": name, "as_of": today, "plan": _plan_payload(plan) if plan else None,
               "actions": [_action_payload(a, today) for a in actions]}
    if plan is None:
        return payload, [f"{name} has no action plan yet. Make one with `coachdesk plan create --team TEAM`."]
    overdue = sum(1 for a in actions if a.overdue(today))
    lines = [f"{name}: plan {plan.id} of {plan.created_on.isoformat()} ({plan.stage.value}) — "
             f"{plan.contradiction_summary}", *_action_table(actions, today)]
    if overdue:
        lines.append(f"{overdue} action(s) overdue as of {today.isoformat()}.")
    return payload, lines


def plan_create(db: Database, args: argparse.Namespace) -> Result:
    day = as_of(args)
    language = lang(args)
    with db.session() as s:
        team = find_team(s, args.team)
        name = team.name
        diagnosis = diagnose_team(s, team.id, day)
        chosen = list(dict.fromkeys(args.practice or [p.id for p in diagnosis.contradiction.prescription]))
        playbook = effective_playbook(s)
        unknown = [pid for pid in chosen if playbook.get(pid) is None]
        if unknown:
            raise ValidationError([FieldError("practice", f"no practice {pid!r}; see `coachdesk playbook list`",
                                              "not_found", {"value": pid}) for pid in unknown])
        try:
            plan_id = create_plan(s, team.id, diagnosis, chosen, day, lang=language)
        except ValidationError as exc:
            raise _renamed(exc) from None
        plan = current_plan(s, team.id)
        actions = plan_actions(s, plan_id)
    assert plan is not None and plan.id == plan_id
    payload = {"team": name, "plan": _plan_payload(plan), "practices": chosen,
               "actions": [_action_payload(a, day) for a in actions]}
    carried = sum(1 for a in actions if a.carried_over)
    still_open = {a.practice_id for a in actions if a.carried_over}
    lines = [f"Created plan {plan_id} for {name} on {day.isoformat()} ({stage_label(plan.stage, language)}): "
             f"{len(actions) - carried} new action(s), {carried} carried over.", *_action_table(actions, day)]
    if still_open & set(chosen):
        lines.append("Already open (carried over, not added twice): " + ", ".join(sorted(still_open & set(chosen))))
    return payload, lines


def plan_set(db: Database, args: argparse.Namespace) -> Result:
    if args.status is None and args.notes is None and args.due is None:
        raise ValidationError.single("status", "nothing to change: give --status, --notes and/or --due", "required")
    due = parse_date("due", args.due) if args.due is not None else None
    today = dt.date.today()
    with db.session() as s:
        try:
            draft = action_draft(s, args.action_id)
            draft = replace(draft, status=ActionStatus(args.status) if args.status else draft.status,
                            notes=draft.notes if args.notes is None else args.notes, due_on=due or draft.due_on)
            update_action(s, args.action_id, draft, today)
        except ValidationError as exc:
            raise _renamed(exc) from None
        action = draft.cleaned()
    payload = {"id": args.action_id, "title": action.title, "status": action.status.value, "notes": action.notes,
               "due_on": action.due_on}
    return payload, [f"Action {args.action_id} ({action.title}): {action.status.value}, due "
                     f"{action.due_on.isoformat() if action.due_on else '-'}" + (f"; notes: {action.notes}"
                                                                                 if action.notes else "") + "."]


def playbook_list(db: Database, args: argparse.Namespace) -> Result:
    stage = parse_stage(args.stage) if args.stage else None
    language = lang(args)
    with db.session() as s:
        playbook = effective_playbook(s)
        edited = edited_ids(s)
    practices = playbook.for_stage(stage) if stage else playbook.practices
    payload = [{"id": p.id, "stage": p.stage.value, "owner": p.owner.value, "cadence": p.cadence.value,
                "title": pick(p.title, language), "signals": list(p.signals), "custom": p.custom,
                "edited": p.id in edited} for p in practices]
    body = [[p.id + (" *" if p.id in edited else ""), stage_label(p.stage, language), p.owner.value, p.cadence.value,
             pick(p.title, language)] for p in practices]
    return payload, [*table(["id", "stage", "owner", "cadence", "title"], body),
                     *(["(* edited in the app)"] if edited & {p.id for p in practices} else [])]


def playbook_show(db: Database, args: argparse.Namespace) -> Result:
    language = lang(args)
    with db.session() as s:
        practice = effective_playbook(s).get(args.practice_id.strip())
        edited = args.practice_id.strip() in edited_ids(s)
    if practice is None:
        raise ValidationError.single("practice_id", f"no practice {args.practice_id!r}; see `coachdesk playbook "
                                     "list`", "not_found", value=args.practice_id)
    words = default_wording()
    steps = list(practice.steps(language))
    payload = {"id": practice.id, "stage": practice.stage.value, "owner": practice.owner.value,
               "cadence": practice.cadence.value, "signals": list(practice.signals),
               "title": pick(practice.title, language), "why": pick(practice.why, language), "how": steps,
               "custom": practice.custom, "edited": edited}
    lines = [f"{practice.id} — {pick(practice.title, language)}" + (" (edited in the app)" if edited else ""),
             f"Stage: {stage_label(practice.stage, language)} · owner: {practice.owner.value} · cadence: "
             f"{practice.cadence.value}",
             "Addresses: " + (", ".join(words.name(sid, language) for sid in practice.signals) or "-"),
             "", "Why:", f"  {pick(practice.why, language)}", "", "How:"]
    lines += [f"  {n}. {step}" for n, step in enumerate(steps, start=1)]
    return payload, lines


def register(sub: Subparsers) -> None:
    plan = command(sub, "plan", plan_print, "the team's action plan: list, create, update actions; with --team "
                   "and --out (or --all and --out-dir) the printed coaching plan as PDF")
    add_plan_printing(plan)
    plans = plan.add_subparsers(dest="action", required=False, metavar="ACTION")
    listing = command(plans, "actions", plan_actions_command, "the current plan's actions (overdue ones marked)")
    add_team(listing)
    create = command(plans, "create", plan_create,
                     "a new plan from the diagnosis (its prescription unless --practice); open actions carry over")
    add_team(create)
    create.add_argument("--practice", nargs="+", action="extend", metavar="ID",
                        help="practice ids to act on (default: the diagnosis' prescription)")
    add_lang(create)
    update = command(plans, "set", plan_set, "change an action's status, notes or due date")
    update.add_argument("action_id", type=int, metavar="ACTION_ID")
    update.add_argument("--status", choices=[s.value for s in ActionStatus])
    update.add_argument("--notes")
    update.add_argument("--due", metavar="YYYY-MM-DD")

    book = sub.add_parser("playbook", help="the practices for each stage").add_subparsers(dest="action",
                                                                                         required=True)
    plist = command(book, "list", playbook_list, "the practices (defaults with the app's edits)")
    plist.add_argument("--stage", help="only this stage (forming, storming, norming, performing or 磨合期 …)")
    add_lang(plist)
    show = command(book, "show", playbook_show, "one practice: why, how, cadence, owner")
    show.add_argument("practice_id", metavar="PRACTICE_ID")
    add_lang(show)
