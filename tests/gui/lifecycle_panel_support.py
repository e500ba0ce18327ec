"""Shared set-up for the survey, playbook and action-plan panel tests: a small team on a fresh database (both
backends), a LifecycleContext with a fixed today, and the window's Undo shortcut."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import MemberDraft, Role, TeamDraft
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster

TODAY = dt.date(2025, 6, 30)
MEMBERS = (("T001", "王芳", Role.GROUP_LEADER), ("T002", "李雷", Role.REP), ("T003", "张伟", Role.REP),
           ("T004", "陈静", Role.TRAINER))


@dataclass
class Team:
    database: Database
    context: LifecycleContext
    team_id: int
    member_ids: list[int]


def make_team(database: Database) -> Team:
    with database.session() as s:
        team_id = roster.create_team(s, TeamDraft("测试一组", "宽带", dt.date(2025, 1, 6)))
        ids = [roster.add_member(s, team_id, MemberDraft(eid, name, dt.date(2025, 1, 6), role))
               for eid, name, role in MEMBERS]
    context = LifecycleContext(lambda: database, QUndoStack())
    context.set_today(lambda: TODAY)
    return Team(database, context, team_id, ids)


def install_undo(widget: QWidget, context: LifecycleContext) -> QAction:
    """What the main window does: Edit › Undo (Ctrl+Z) on the shared stack."""
    action = context.undo_stack.createUndoAction(widget)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    widget.addAction(action)
    return action


def show(qtbot, widget: QWidget, width: int = 1000, height: int = 700) -> None:
    qtbot.add_widget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
