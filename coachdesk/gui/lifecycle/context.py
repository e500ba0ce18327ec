"""What the lifecycle widgets share: the database (asked per use: the user can open another file), the window's
undo stack, "today" (fixed in tests and screenshots) and the language content files are shown in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coachdesk.store.database import Database


def content_language() -> str:
    """'zh' or 'en': which text of the bilingual content files (playbooks, survey, wording) to show."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


class CallbackCommand(QUndoCommand):
    """An undoable edit given as two functions; ``redo`` runs when the command is pushed."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None], after: Callable[[], None]):
        super().__init__(text)
        self._redo, self._undo, self._after = redo, undo, after

    def redo(self) -> None:
        self._redo()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


class LifecycleContext(QObject):
    changed = Signal(int)  # this team's lifecycle data changed (survey, history, plan, playbook edits)

    def __init__(self, database: Callable[[], Database], undo_stack: QUndoStack,
                 today: Callable[[], dt.date] = dt.date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.undo_stack = undo_stack
        self._today = today
        self.team_id: int | None = None
        self.team_name = ""

    def database(self) -> Database:
        return self._database()

    def today(self) -> dt.date:
        return self._today()

    def set_today(self, today: Callable[[], dt.date]) -> None:
        self._today = today

    def push(self, text: str, redo: Callable[[], None], undo: Callable[[], None], team_id: int) -> None:
        """Run an edit now as an undoable command; every redo/undo announces ``changed(team_id)``."""
        self.undo_stack.push(CallbackCommand(text, redo, undo, lambda: self.changed.emit(team_id)))
