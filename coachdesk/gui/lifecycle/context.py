"""What the lifecycle widgets share: the database (asked per use: the user can open another file), the window's
undo stack, "today" (fixed in tests and screenshots) and the language content files are shown in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoStack

from coachdesk.gui.widgets.undo import ChangeStack
from coachdesk.store.database import Database
from coachdesk.store.undo import Change


def content_language() -> str:
    """'zh' or 'en': which text of the bilingual content files (playbooks, survey, wording) to show."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


class LifecycleContext(QObject):
    changed = Signal(int)  # this team's lifecycle data changed (survey, history, plan, playbook edits)

    def __init__(self, database: Callable[[], Database], undo_stack: QUndoStack,
                 today: Callable[[], dt.date] = dt.date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.undo_stack = undo_stack
        self.changes = ChangeStack(undo_stack, database, self)  # refusals: ``changes.refused``
        self._today = today
        self.team_id: int | None = None
        self.team_name = ""

    def database(self) -> Database:
        return self._database()

    def today(self) -> dt.date:
        return self._today()

    def set_today(self, today: Callable[[], dt.date]) -> None:
        self._today = today

    def push(self, text: str, change: Change, team_id: int) -> None:
        """Make a stored edit undoable; the push and every redo/undo announce ``changed(team_id)``."""
        self.changes.push(text, change, lambda: self.changed.emit(team_id))
