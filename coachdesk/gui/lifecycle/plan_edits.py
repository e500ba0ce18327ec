"""Undoable action-plan edits: action fields and status, add, delete, plan notes, and making a new plan.

Undo and redo restore row images (same ids, every column: position, carried-over origin, closing day), so
commands further up the stack that name an action or a plan by id keep working. Undoing a new plan deletes it
and moves the open actions it carried over back into the previous plan at their old places (the store has no
such service, so it is done here on the same tables)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.lifecycle.actions import ActionDraft, ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.row_images import Image, capture, insert_images, overwrite, remove
from coachdesk.gui.lifecycle.undoable import push_edit
from coachdesk.store.lifecycle import action_plans
from coachdesk.store.lifecycle.models import ActionPlan, PlanAction


def _action_image(session: Session, action_id: int) -> Image:
    images = capture(session, PlanAction, PlanAction.id == action_id)
    if not images:
        raise ValidationError.single("action", f"no action {action_id}", "not_found")
    return images[0]


def update_action(context: LifecycleContext, team_id: int, action_id: int, draft: ActionDraft, text: str) -> None:
    images: dict[str, Image] = {}

    def do(session: Session) -> None:
        images["before"] = _action_image(session, action_id)
        action_plans.update_action(session, action_id, draft, context.today())
        session.flush()
        images["after"] = _action_image(session, action_id)

    push_edit(context, text, do, lambda s: overwrite(s, PlanAction, images["before"]), team_id,
              redo=lambda s: overwrite(s, PlanAction, images["after"]))


def set_status(context: LifecycleContext, team_id: int, action_id: int, status: ActionStatus, text: str) -> None:
    with context.database().session() as s:
        draft = action_plans.action_draft(s, action_id)
    update_action(context, team_id, action_id, replace(draft, status=status), text)


@dataclass
class _Action:
    """An action an edit adds or deletes; its image while it is taken out."""

    action_id: int = 0
    image: Image = field(default_factory=dict)

    def take_out(self, session: Session) -> None:
        self.image = _action_image(session, self.action_id)
        remove(session, PlanAction, [self.action_id])

    def put_back(self, session: Session) -> None:
        insert_images(session, PlanAction, [self.image])


def add_action(context: LifecycleContext, team_id: int, plan_id: int, draft: ActionDraft, text: str) -> int:
    added = _Action()

    def do(session: Session) -> int:
        added.action_id = action_plans.add_action(session, plan_id, draft)
        return added.action_id

    return push_edit(context, text, do, added.take_out, team_id, redo=added.put_back)


def delete_action(context: LifecycleContext, team_id: int, action_id: int, text: str) -> None:
    gone = _Action(action_id)
    push_edit(context, text, gone.take_out, gone.put_back, team_id)


def set_plan_notes(context: LifecycleContext, team_id: int, plan_id: int, notes: str, text: str) -> None:
    before: list[str] = []

    def do(session: Session) -> None:
        before[:] = [next((p.notes for p in action_plans.list_plans(session, team_id) if p.id == plan_id), "")]
        action_plans.set_plan_notes(session, plan_id, notes)

    push_edit(context, text, do, lambda s: action_plans.set_plan_notes(s, plan_id, before[0]), team_id,
              redo=lambda s: action_plans.set_plan_notes(s, plan_id, notes))


@dataclass
class _NewPlan:
    team_id: int
    plan_id: int = 0
    previous_id: int | None = None
    carried: dict[int, int] = field(default_factory=dict)  # action id → its position in the previous plan
    plan_image: list[Image] = field(default_factory=list)
    action_images: list[Image] = field(default_factory=list)

    def create(self, session: Session, diagnosis: Diagnosis, practice_ids: Sequence[str], lang: str,
               notes: str, created_on: dt.date) -> int:
        previous = action_plans.current_plan(session, self.team_id)
        self.previous_id = previous.id if previous else None
        if previous is not None:
            self.carried = dict(session.execute(
                select(PlanAction.id, PlanAction.position)
                .where(PlanAction.plan_id == previous.id, PlanAction.status == ActionStatus.OPEN.value)).all())
        self.plan_id = action_plans.create_plan(session, self.team_id, diagnosis, practice_ids,
                                                created_on, lang=lang, notes=notes)
        return self.plan_id

    def take_out(self, session: Session) -> None:
        self.plan_image = capture(session, ActionPlan, ActionPlan.id == self.plan_id)
        self.action_images = capture(session, PlanAction, PlanAction.plan_id == self.plan_id)
        for action_id, position in self.carried.items():
            session.execute(update(PlanAction).where(PlanAction.id == action_id)
                            .values(plan_id=self.previous_id, position=position))
        remove(session, PlanAction, [a["id"] for a in self.action_images if a["id"] not in self.carried])
        remove(session, ActionPlan, [self.plan_id])

    def put_back(self, session: Session) -> None:
        insert_images(session, ActionPlan, self.plan_image)
        insert_images(session, PlanAction, [a for a in self.action_images if a["id"] not in self.carried])
        for image in self.action_images:
            if image["id"] in self.carried:
                overwrite(session, PlanAction, image)


def create_plan(context: LifecycleContext, team_id: int, diagnosis: Diagnosis, practice_ids: Sequence[str],
                lang: str, notes: str, text: str) -> int:
    plan = _NewPlan(team_id)
    today = context.today()
    return push_edit(context, text, lambda s: plan.create(s, diagnosis, practice_ids, lang, notes, today),
                     plan.take_out, team_id, redo=plan.put_back)
