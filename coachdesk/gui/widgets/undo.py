"""The window's undo stack, for every undoable edit: a command holds the store's Change (store/undo.py).

An edit runs in its own unit of work *before* it is pushed, so a validation error reaches the dialog that asked
(which stays open with the user's input) and the stack is left untouched; the first redo (the push) therefore
does nothing. Later undos/redos ask the store to restore the rows. When the store refuses (the rows changed
since, e.g. by another user), :attr:`ChangeStack.refused` reports it in the user's language and the stack is
cleared: the commands below and above were recorded against rows that no longer are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coachdesk.store import undo as store_undo
from coachdesk.store.database import Database
from coachdesk.store.undo import Change, UndoRefused

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def refusal_text(error: UndoRefused) -> str:
    """The refusal in the user's language, from its code."""
    if error.code == store_undo.UNDO_STALE:
        # params["table"] names a database table: for the log, not for the user
        return translate("Undo", "This data was changed since (in another window or by another user), so this "
                                 "step cannot be undone or redone. The undo history has been cleared.")
    return translate("Undo", "This step cannot be undone or redone. The undo history has been cleared.")


class ChangeCommand(QUndoCommand):
    """Undo/redo one stored edit by restoring its rows; ``after`` announces what changed."""

    def __init__(self, owner: ChangeStack, text: str, change: Change, after: Callable[[], None]) -> None:
        super().__init__(text)
        self.owner, self.change, self.after = owner, change, after
        self._first_redo = True  # the edit itself already ran when the command was pushed

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
        else:
            self._run(store_undo.redo)
        self.after()

    def undo(self) -> None:
        self._run(store_undo.undo)
        self.after()

    def _run(self, restore: Callable[[Database, Change], None]) -> None:
        try:
            restore(self.owner.database(), self.change)
        except UndoRefused as error:
            self.owner.refuse(error)


class ChangeStack(QObject):
    """Pushes stored edits onto a QUndoStack; one place reports refusals."""

    refused = Signal(str)  # a translated sentence: an undo/redo was refused, the history cleared

    def __init__(self, stack: QUndoStack, database: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.database = database

    def push(self, text: str, change: Change, after: Callable[[], None]) -> None:
        """Make an edit that has already been stored undoable (``after`` runs now and after each undo/redo)."""
        self.stack.push(ChangeCommand(self, text, change, after))

    def refuse(self, error: UndoRefused) -> None:
        self.refused.emit(refusal_text(error))
        QTimer.singleShot(0, self.stack.clear)  # not now: the stack is running the refused command
