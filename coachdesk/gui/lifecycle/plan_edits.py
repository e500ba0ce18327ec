"""Undoable action-plan edits: action fields and status, add, delete, plan notes, and making a new plan. Each runs
through store/lifecycle/edits.py now (a ValidationError reaches the dialog, nothing is pushed) and its Change goes
on the undo stack; undo and redo restore the team's plan rows with the same ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coachdesk.core.lifecycle.actions import ActionDraft, ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.store.lifecycle import action_plans, edits


def update_action(context: LifecycleContext, team_id: int, action_id: int, draft: ActionDraft, text: str) -> None:
    with context.database().session() as s:
        _, change = edits.update_action(s, action_id, draft, context.today())
    context.push(text, change, team_id)


def set_status(context: LifecycleContext, team_id: int, action_id: int, status: ActionStatus, text: str) -> None:
    with context.database().session() as s:
        draft = action_plans.action_draft(s, action_id)
    update_action(context, team_id, action_id, replace(draft, status=status), text)


def add_action(context: LifecycleContext, team_id: int, plan_id: int, draft: ActionDraft, text: str) -> int:
    with context.database().session() as s:
        action_id, change = edits.add_action(s, plan_id, draft)
    context.push(text, change, team_id)
    return action_id


def delete_action(context: LifecycleContext, team_id: int, action_id: int, text: str) -> None:
    with context.database().session() as s:
        _, change = edits.delete_action(s, action_id)
    context.push(text, change, team_id)


def set_plan_notes(context: LifecycleContext, team_id: int, plan_id: int, notes: str, text: str) -> None:
    with context.database().session() as s:
        _, change = edits.set_plan_notes(s, plan_id, notes)
    context.push(text, change, team_id)


def create_plan(context: LifecycleContext, team_id: int, diagnosis: Diagnosis, practice_ids: Sequence[str],
                lang: str, notes: str, text: str) -> int:
    with context.database().session() as s:
        plan_id, change = edits.create_plan(s, team_id, diagnosis, practice_ids, context.today(), lang, notes)
    context.push(text, change, team_id)
    return plan_id
