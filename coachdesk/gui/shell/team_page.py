"""One team: header (name, product, age, counts, notes) and the Members / Groups / Activity / Lifecycle tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coachdesk.core.roster.model import GroupRow, MemberRow, TeamSummary
from coachdesk.gui.activity.dashboard import ActivityDashboard
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.lifecycle_tab import LifecycleTab
from coachdesk.gui.roster.group_board import GroupBoard
from coachdesk.gui.roster.members_view import MembersView
from coachdesk.gui.widgets.text import fill


class TeamPage(QWidget):
    def __init__(self, lifecycle: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team: TeamSummary | None = None
        self.groups: list[GroupRow] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.notes = QLabel()
        self.notes.setObjectName("pageNotes")
        self.notes.setWordWrap(True)
        self.members_view = MembersView()
        self.group_board = GroupBoard()
        self.activity = ActivityDashboard()
        self.lifecycle = LifecycleTab(lifecycle)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members_view, "")
        self.tabs.addTab(self.group_board, "")
        self.tabs.addTab(self.activity, "")
        self.tabs.addTab(self.lifecycle, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def show_team(self, team: TeamSummary, members: list[MemberRow], groups: list[GroupRow]) -> None:
        self.team, self.groups = team, groups
        self.members_view.set_members(members)
        self.group_board.set_data(groups, members)
        self.activity.set_team(team.id, team.name)
        self.lifecycle.set_team(team.id, team.name)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Members"))
        self.tabs.setTabText(1, self.tr("&Groups"))
        self.tabs.setTabText(self.tabs.indexOf(self.activity), self.tr("&Activity"))
        self.tabs.setTabText(self.tabs.indexOf(self.lifecycle), self.tr("&Lifecycle"))
        team = self.team
        if team is None:
            return
        self.title.setText(team.name)
        age = (dt.date.today() - team.formed_on).days
        self.subtitle.setText(
            fill(self.tr("%1 · formed %2 (%3 days ago) · %4 active members, %5 left · %6 groups"),
                 team.product or self.tr("no product set"), team.formed_on.isoformat(), str(age),
                 str(team.active_count), str(team.member_count - team.active_count), str(team.group_count))
        )
        self.notes.setText(team.notes)
        self.notes.setVisible(bool(team.notes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
