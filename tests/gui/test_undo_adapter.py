"""The GUI's one undo adapter (gui/widgets/undo.py): a pushed edit is not run again, undo/redo restore through the
store, a validation error leaves the stack untouched, and a refusal is reported once, translated, and clears the
stack."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.roster.model import MemberDraft, TeamDraft
from coachdesk.gui.roster.editor import RosterEditor
from coachdesk.gui.widgets.undo import ChangeStack
from coachdesk.store.database import Database
from coachdesk.store.roster import edits
from coachdesk.store.roster import service as roster
from tests.conftest import dump_tables

D0 = dt.date(2025, 1, 1)


def test_push_undo_redo_through_the_store(app, db: Database, qtbot) -> None:
    with db.session() as s:
        team = roster.create_team(s, TeamDraft("一组", "宽带", D0))
    before = dump_tables(db)
    with db.session() as s:
        _, change = edits.add_member(s, team, MemberDraft("E1", "李娜", D0))
    after = dump_tables(db)
    stack = QUndoStack()
    changes = ChangeStack(stack, lambda: db)
    calls: list[str] = []
    changes.push("Add member 李娜", change, lambda: calls.append("changed"))
    assert dump_tables(db) == after  # the push did not run the edit again
    assert calls == ["changed"] and stack.undoText() == "Add member 李娜"
    stack.undo()
    assert dump_tables(db) == before
    stack.redo()
    assert dump_tables(db) == after
    assert calls == ["changed"] * 3


def test_a_refusal_is_reported_translated_and_clears_the_stack(app, db: Database, qtbot) -> None:
    editor = RosterEditor(db)
    team = editor.create_team(TeamDraft("一组", "宽带", D0))
    member = editor.add_member(team, MemberDraft("E1", "李娜", D0))
    assert editor.undo_stack.count() == 2
    with db.session() as s:  # someone else edits the member meanwhile
        roster.update_member(s, member, MemberDraft("E1", "别人改的", D0))
    changed = dump_tables(db)
    with qtbot.waitSignal(editor.failed) as report:
        editor.undo_stack.undo()
    assert "changed since" in report.args[0] and "cannot be undone" in report.args[0]
    assert dump_tables(db) == changed  # nothing written
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 0)


def test_a_validation_error_reaches_the_caller_and_pushes_nothing(app, db: Database) -> None:
    editor = RosterEditor(db)
    editor.create_team(TeamDraft("一组", "宽带", D0))
    before = dump_tables(db)
    with pytest.raises(ValidationError):
        editor.create_team(TeamDraft("一组", "保险", D0))  # the name is taken
    assert editor.undo_stack.count() == 1
    assert dump_tables(db) == before
