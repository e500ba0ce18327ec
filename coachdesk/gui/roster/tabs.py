"""The roster's team-page tabs: Members and Groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.roster.group_board import GroupBoard
from coachdesk.gui.roster.members_view import MembersView
from coachdesk.gui.shell.tabs import TabRegistry

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises; the titles keep the TeamPage context


def register(registry: TabRegistry) -> None:
    registry.add("members_view", lambda: translate("TeamPage", "&Members"), lambda _services: MembersView())
    registry.add("group_board", lambda: translate("TeamPage", "&Groups"), lambda _services: GroupBoard())
