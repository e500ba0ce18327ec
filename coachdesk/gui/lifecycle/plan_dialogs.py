"""The action-plan panel's dialogs, filled from the database and wired to undoable edits: edit an action, add
one, make a new plan from a diagnosis. The undo texts come translated from the panel (its translation context);
`%1` in them is the action's title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from coachdesk.core.lifecycle.actions import ActionDraft, ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.core.roster.model import MemberRow
from coachdesk.gui.lifecycle import plan_edits
from coachdesk.gui.lifecycle.action_dialog import ActionDialog
from coachdesk.gui.lifecycle.context import LifecycleContext, content_language
from coachdesk.gui.lifecycle.new_plan_dialog import NewPlanDialog
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle import action_plans, playbooks

NEW_ACTION_DUE = dt.timedelta(days=7)


def edit_action_dialog(context: LifecycleContext, team_id: int, action_id: int, members: Sequence[MemberRow],
                       undo_text: str, saved: Callable[[int], None], parent: QWidget) -> ActionDialog:
    with context.database().session() as s:
        draft = action_plans.action_draft(s, action_id)

    def submit(changed: ActionDraft) -> None:
        plan_edits.update_action(context, team_id, action_id, changed, fill(undo_text, changed.title.strip()))
        saved(action_id)

    return ActionDialog(draft, members, submit, False, parent)


def add_action_dialog(context: LifecycleContext, team_id: int, plan_id: int, members: Sequence[MemberRow],
                      undo_text: str, added: Callable[[int], None], parent: QWidget) -> ActionDialog:
    draft = ActionDraft("", "manager", context.today() + NEW_ACTION_DUE)

    def submit(new: ActionDraft) -> None:
        added(plan_edits.add_action(context, team_id, plan_id, new, fill(undo_text, new.title.strip())))

    return ActionDialog(draft, members, submit, True, parent)


def new_plan_dialog(context: LifecycleContext, team_id: int, diagnosis: Diagnosis, undo_text: str,
                    made: Callable[[int], None], parent: QWidget) -> NewPlanDialog:
    """The prescription of the diagnosis to pick from; the current plan's open actions carry over."""
    lang = content_language()
    with context.database().session() as s:
        playbook = playbooks.effective_playbook(s)
        current = action_plans.current_plan(s, team_id)
        carried = [a for a in action_plans.plan_actions(s, current.id)
                   if a.status is ActionStatus.OPEN] if current else []

    def submit(choice: tuple[list[str], str]) -> int:
        picked, notes = choice
        plan_id = plan_edits.create_plan(context, team_id, diagnosis, picked, lang, notes, undo_text)
        made(plan_id)
        return plan_id

    summary = contradiction_text(diagnosis, lang).summary
    return NewPlanDialog(diagnosis, summary, playbook, carried, context.today(), submit, parent)
