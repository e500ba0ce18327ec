"""Undoable playbook edits (store/lifecycle/edits.py). Edits are shared by every team; undo puts back exactly the
stored edits held before."""

from __future__ import annotations

from coachdesk.core.lifecycle.playbook import Practice
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.store.lifecycle import edits


def save_practice(context: LifecycleContext, team_id: int, practice: Practice, text: str) -> Practice:
    with context.database().session() as s:
        saved, change = edits.save_practice(s, practice)
    context.push(text, change, team_id)
    return saved


def restore_default(context: LifecycleContext, team_id: int, practice_id: str, text: str) -> None:
    with context.database().session() as s:
        _, change = edits.restore_practice(s, practice_id)
    context.push(text, change, team_id)


def restore_all(context: LifecycleContext, team_id: int, text: str) -> int:
    with context.database().session() as s:
        count, change = edits.restore_all(s)
    context.push(text, change, team_id)
    return count
