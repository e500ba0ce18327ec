"""Undoable playbook edits. Edits are shared by every team; undo stores the practice's previous version again
(or removes the edit when there was none)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coachdesk.core.lifecycle.playbook import Practice
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.undoable import push_edit
from coachdesk.store.lifecycle import playbooks


def _stored_edit(session: Session, practice_id: str) -> Practice | None:
    return next((p for p in playbooks.stored_edits(session) if p.id == practice_id), None)


class _Previous:
    """What a practice's stored edits were before an edit (captured on its first run)."""

    def __init__(self) -> None:
        self.captured = False
        self.edits: list[Practice] = []

    def capture(self, session: Session, practice_id: str | None) -> None:
        if self.captured:
            return
        self.captured = True
        if practice_id is None:
            self.edits = playbooks.stored_edits(session)
        else:
            self.edits = [p for p in [_stored_edit(session, practice_id)] if p is not None]

    def put_back(self, session: Session, practice_id: str | None) -> None:
        if practice_id is not None:
            playbooks.restore_practice(session, practice_id)
        for practice in self.edits:
            playbooks.save_practice(session, practice)


def save_practice(context: LifecycleContext, team_id: int, practice: Practice, text: str) -> Practice:
    previous = _Previous()

    def do(session: Session) -> Practice:
        previous.capture(session, practice.id)
        return playbooks.save_practice(session, practice)

    return push_edit(context, text, do, lambda s: previous.put_back(s, practice.id), team_id)


def restore_default(context: LifecycleContext, team_id: int, practice_id: str, text: str) -> None:
    previous = _Previous()

    def do(session: Session) -> None:
        previous.capture(session, practice_id)
        playbooks.restore_practice(session, practice_id)

    push_edit(context, text, do, lambda s: previous.put_back(s, practice_id), team_id)


def restore_all(context: LifecycleContext, team_id: int, text: str) -> int:
    previous = _Previous()

    def do(session: Session) -> int:
        previous.capture(session, None)
        return playbooks.restore_all(session)

    def undo(session: Session) -> None:
        playbooks.restore_all(session)
        previous.put_back(session, None)

    return push_edit(context, text, do, undo, team_id)
