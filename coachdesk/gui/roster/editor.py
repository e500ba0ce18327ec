"""The GUI's single entry point for roster reads and undoable edits.

Each edit runs in one transaction through store/roster/edits.py, which returns the team's roster rows before
and after (a Change); the Change goes on the QUndoStack (gui/widgets/undo.py), so Ctrl+Z / Ctrl+Y restore
exactly. A failed edit raises before anything is pushed or committed, so dialogs can show the error and keep what
the user typed.

Roster reads and edits touch a few dozen rows and run on the GUI thread; bulk work (demo data, imports,
reports) goes through gui/tasks.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coachdesk.core.roster.model import GroupDraft, GroupRow, LeaveDraft, MemberDraft, MemberRow, TeamDraft, TeamSummary
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.undo import ChangeStack
from coachdesk.store.database import Database
from coachdesk.store.roster import edits
from coachdesk.store.roster import service as roster
from coachdesk.store.undo import Change

T = TypeVar("T")


class RosterEditor(QObject):
    teamsChanged = Signal()  # team list (names, counts) may differ
    teamChanged = Signal(int)  # members/groups of this team may differ
    failed = Signal(str)  # an undo/redo could not be applied (e.g. another user changed the same rows)

    def __init__(self, db: Database, parent: QObject | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today  # the day group moves (and a new leader's membership) start; the window passes its clock
        self.undo_stack = QUndoStack(self)
        self.changes = ChangeStack(self.undo_stack, lambda: self.db, self)
        self.changes.refused.connect(self.failed)

    # ---------------------------------------------------------------- reads
    def teams(self) -> list[TeamSummary]:
        with self.db.session() as s:
            return roster.list_teams(s)

    def team(self, team_id: int) -> TeamSummary | None:
        return next((t for t in self.teams() if t.id == team_id), None)

    def team_data_start(self, team_id: int) -> dt.date | None:
        """The team's earliest membership or activity (one indexed MIN each: fine on the GUI thread)."""
        with self.db.session() as s:
            return roster.team_data_start(s, team_id)

    def members(self, team_id: int) -> list[MemberRow]:
        with self.db.session() as s:
            return roster.list_members(s, team_id)

    def groups(self, team_id: int) -> list[GroupRow]:
        with self.db.session() as s:
            return roster.list_groups(s, team_id)

    # ---------------------------------------------------------------- undo machinery
    def _edit(self, text: str, team_id: int | None, op: Callable[..., tuple[T, Change]]) -> T:
        """Run a store edit now (its errors reach the caller, nothing is pushed) and make it undoable."""
        with self.db.session() as s:
            result, change = op(s)
        team = int(result) if team_id is None else team_id  # type: ignore[call-overload]  # a new team's id
        self.changes.push(text, change, lambda: self._notify(team))
        return result

    def _notify(self, team_id: int) -> None:
        self.teamsChanged.emit()
        self.teamChanged.emit(team_id)

    # ---------------------------------------------------------------- edits
    def create_team(self, draft: TeamDraft) -> int:
        return self._edit(fill(self.tr("Create team %1"), draft.name.strip()), None,
                          lambda s: edits.create_team(s, draft))

    def update_team(self, team_id: int, draft: TeamDraft) -> None:
        self._edit(fill(self.tr("Edit team %1"), draft.name.strip()), team_id,
                   lambda s: edits.update_team(s, team_id, draft))

    def delete_team(self, team_id: int, name: str) -> None:
        self._edit(fill(self.tr("Delete team %1"), name), team_id, lambda s: edits.delete_team(s, team_id))

    def add_member(self, team_id: int, draft: MemberDraft, group_id: int | None = None) -> int:
        return self._edit(fill(self.tr("Add member %1"), draft.name.strip()), team_id,
                          lambda s: edits.add_member(s, team_id, draft, group_id))

    def update_member(self, team_id: int, member_id: int, draft: MemberDraft) -> None:
        self._edit(fill(self.tr("Edit member %1"), draft.name.strip()), team_id,
                   lambda s: edits.update_member(s, team_id, member_id, draft))

    def record_leave(self, team_id: int, member_id: int, name: str, leave: LeaveDraft) -> None:
        self._edit(fill(self.tr("Record that %1 left"), name), team_id,
                   lambda s: edits.record_leave(s, team_id, member_id, leave))

    def delete_member(self, team_id: int, member_id: int, name: str) -> None:
        self._edit(fill(self.tr("Delete member %1"), name), team_id,
                   lambda s: edits.delete_member(s, team_id, member_id))

    def create_group(self, team_id: int, draft: GroupDraft) -> int:
        return self._edit(fill(self.tr("Create group %1"), draft.name.strip()), team_id,
                          lambda s: edits.create_group(s, team_id, draft, on=self.today()))

    def update_group(self, team_id: int, group_id: int, draft: GroupDraft) -> None:
        self._edit(fill(self.tr("Edit group %1"), draft.name.strip()), team_id,
                   lambda s: edits.update_group(s, team_id, group_id, draft, on=self.today()))

    def delete_group(self, team_id: int, group_id: int, name: str) -> None:
        self._edit(fill(self.tr("Delete group %1"), name), team_id,
                   lambda s: edits.delete_group(s, team_id, group_id))

    def move_member(self, team_id: int, member_id: int, name: str, group_id: int | None, group_name: str,
                    on: dt.date | None = None) -> bool:
        """Move into a group (None: out of all groups) from ``on`` (default: the editor's today). Returns False,
        pushing nothing, if nothing changed."""
        day = on or self.today()
        with self.db.session() as s:
            current = next((m.group_id for m in roster.list_members(s, team_id) if m.id == member_id), None)
        if current == group_id:
            return False
        text = (fill(self.tr("Move %1 to %2"), name, group_name) if group_id is not None
                else fill(self.tr("Take %1 out of groups"), name))
        return self._edit(text, team_id, lambda s: edits.move_member(s, team_id, member_id, group_id, on=day))
