"""Action plans: made from a diagnosis and the practices the manager picked; open actions carry over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.lifecycle.actions import ActionDraft, ActionRow, ActionStatus, draft_from_practice
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.store.lifecycle.models import ActionPlan, PlanAction
from coachdesk.store.lifecycle.playbooks import effective_playbook
from coachdesk.store.roster.models import Member


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: int
    created_on: dt.date
    stage: Stage
    contradiction_signal: str
    contradiction_summary: str
    notes: str


def _plan_row(p: ActionPlan) -> PlanRow:
    return PlanRow(p.id, p.created_on, Stage(p.stage), p.contradiction_signal, p.contradiction_summary, p.notes)


def list_plans(session: Session, team_id: int) -> list[PlanRow]:
    plans = session.scalars(select(ActionPlan).where(ActionPlan.team_id == team_id)
                            .order_by(ActionPlan.created_on.desc(), ActionPlan.id.desc()))
    return [_plan_row(p) for p in plans]


def current_plan(session: Session, team_id: int) -> PlanRow | None:
    plans = list_plans(session, team_id)
    return plans[0] if plans else None


def _check_owner(session: Session, team_id: int, draft: ActionDraft) -> None:
    if draft.owner_member_id is None:
        return
    member = session.get(Member, draft.owner_member_id)
    if member is None or member.team_id != team_id:
        raise ValidationError.single("owner", "the owner is not a member of this team", "other_team")


def create_plan(session: Session, team_id: int, diagnosis: Diagnosis, practice_ids: Sequence[str],
                created_on: dt.date, *, lang: str = "zh", history_id: int | None = None, notes: str = "",
                extra: Sequence[ActionDraft] = ()) -> int:
    """A new plan: one action per picked practice (due by its cadence) plus ``extra`` actions; the open actions
    of the previous plan move into it (they keep the plan they were first made in), and a picked practice that
    already has one of those is not added twice."""
    playbook = effective_playbook(session)
    unknown = [pid for pid in practice_ids if playbook.get(pid) is None]
    if unknown:
        raise ValidationError([FieldError("practices", f"no practice {pid!r}", "not_found", {"value": pid})
                               for pid in unknown])
    previous = current_plan(session, team_id)
    carried = session.scalars(select(PlanAction).where(PlanAction.plan_id == previous.id,
                                                       PlanAction.status == ActionStatus.OPEN.value)
                              .order_by(PlanAction.position, PlanAction.id)).all() if previous else []
    # A practice whose action is still open carries over with it; a second action for it would be noise.
    still_open = {a.practice_id for a in carried if a.practice_id}
    drafts = [draft_from_practice(playbook.get(pid), created_on, lang)  # type: ignore[arg-type]
              for pid in dict.fromkeys(practice_ids) if pid not in still_open]
    drafts += [d.cleaned() for d in extra]
    for draft in drafts:
        _check_owner(session, team_id, draft)
    plan = ActionPlan(team_id=team_id, created_on=created_on, stage=diagnosis.top_stage.value,
                      contradiction_signal=diagnosis.contradiction.signal,
                      contradiction_summary=contradiction_text(diagnosis, lang).summary, history_id=history_id,
                      notes=notes.strip())
    session.add(plan)
    session.flush()
    position = 0
    for action in carried:
        action.plan_id, action.position = plan.id, position
        position += 1
    for draft in drafts:
        _insert(session, plan.id, position, draft)
        position += 1
    session.flush()
    return plan.id


def _insert(session: Session, plan_id: int, position: int, draft: ActionDraft) -> int:
    action = PlanAction(plan_id=plan_id, first_plan_id=plan_id, position=position, practice_id=draft.practice_id,
                        title=draft.title, owner_member_id=draft.owner_member_id, owner_role=draft.owner_role,
                        due_on=draft.due_on, status=draft.status.value, notes=draft.notes)
    session.add(action)
    session.flush()
    return action.id


def add_action(session: Session, plan_id: int, draft: ActionDraft) -> int:
    plan = session.get(ActionPlan, plan_id)
    if plan is None:
        raise ValidationError.single("plan", f"no action plan {plan_id}", "not_found")
    clean = draft.cleaned()
    _check_owner(session, plan.team_id, clean)
    last = session.scalar(select(func.max(PlanAction.position)).where(PlanAction.plan_id == plan_id))
    return _insert(session, plan_id, (last if last is not None else -1) + 1, clean)


def _action(session: Session, action_id: int) -> PlanAction:
    action = session.get(PlanAction, action_id)
    if action is None:
        raise ValidationError.single("action", f"no action {action_id}", "not_found")
    return action


def update_action(session: Session, action_id: int, draft: ActionDraft, today: dt.date) -> None:
    """Replace an action's fields; closing it (done/dropped) records the day, reopening clears it."""
    action = _action(session, action_id)
    clean = draft.cleaned()
    plan = session.get(ActionPlan, action.plan_id)
    _check_owner(session, plan.team_id if plan else -1, clean)
    if clean.status.value != action.status:
        action.closed_on = None if clean.status is ActionStatus.OPEN else today
    action.title, action.owner_role, action.owner_member_id = clean.title, clean.owner_role, clean.owner_member_id
    action.due_on, action.status, action.notes = clean.due_on, clean.status.value, clean.notes  # type: ignore[assignment]
    action.practice_id = clean.practice_id
    session.flush()


def action_draft(session: Session, action_id: int) -> ActionDraft:
    a = _action(session, action_id)
    return ActionDraft(a.title, a.owner_role, a.due_on, a.owner_member_id, ActionStatus(a.status), a.notes,
                       a.practice_id)


def delete_action(session: Session, action_id: int) -> None:
    session.delete(_action(session, action_id))
    session.flush()


def plan_actions(session: Session, plan_id: int) -> list[ActionRow]:
    rows = session.execute(
        select(PlanAction, Member.name, Member.employee_id).outerjoin(Member, Member.id == PlanAction.owner_member_id)
        .where(PlanAction.plan_id == plan_id).order_by(PlanAction.position, PlanAction.id)
    )
    return [ActionRow(a.id, a.plan_id, a.first_plan_id, a.practice_id, a.title, a.owner_role, a.owner_member_id,
                      name or "", a.due_on, ActionStatus(a.status), a.notes, a.closed_on, employee_id or "")
            for a, name, employee_id in rows]


def set_plan_notes(session: Session, plan_id: int, notes: str) -> None:
    session.execute(update(ActionPlan).where(ActionPlan.id == plan_id).values(notes=notes.strip()))
