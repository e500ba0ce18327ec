"""Edits of the survey, playbook and action-plan panels as undoable commands on the window's undo stack.

The edit runs once *before* anything is pushed, so a validation error reaches the dialog that asked for it
(the dialog stays open with the user's input) and nothing half-done lands on the stack. Redo and undo each
open their own unit of work (``with context.database().session() as s``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from coachdesk.gui.lifecycle.context import LifecycleContext

T = TypeVar("T")
Work = Callable[[Session], T]


def in_session(context: LifecycleContext, work: Work[T]) -> T:
    with context.database().session() as session:
        return work(session)


def push_edit(context: LifecycleContext, text: str, do: Work[T], undo: Work[object], team_id: int,
              redo: Work[object] | None = None) -> T:
    """Run ``do`` now in a unit of work (raising leaves the stack untouched), then make it undoable; later
    redos run ``redo`` (default: ``do`` again)."""
    result = in_session(context, do)
    push_done(context, text, redo or do, undo, team_id)
    return result


def push_done(context: LifecycleContext, text: str, redo: Work[object], undo: Work[object], team_id: int) -> None:
    """Make an edit that has already been stored (e.g. by a worker) undoable; later redos run ``redo``."""
    first = True

    def run_redo() -> None:
        nonlocal first
        if first:  # the edit has already run
            first = False
            return
        in_session(context, redo)

    context.push(text, run_redo, lambda: in_session(context, undo), team_id)
