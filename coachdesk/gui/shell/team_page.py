"""One team: header (name, product, age, counts, notes) and the tabs the features registered (Members, Groups,
Activity, Lifecycle; see shell/tabs.py and gui/features.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coachdesk.core.roster.model import GroupRow, MemberRow, TeamSummary
from coachdesk.gui.shell.tabs import TabRegistry, TabServices, TabSpec, TeamData, TeamTab
from coachdesk.gui.widgets.text import fill


class TeamPage(QWidget):
    def __init__(self, registry: TabRegistry, services: TabServices, parent: QWidget | None = None) -> None:
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
        self.tabs = QTabWidget()
        self._tabs: dict[str, tuple[TabSpec, QWidget]] = {}
        for spec in registry.specs():
            widget = spec.build(services)
            if not isinstance(widget, TeamTab):
                raise TypeError(f"the {spec.key!r} tab's widget has no show_team(data)")
            self._tabs[spec.key] = (spec, widget)
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def tab(self, key: str) -> QWidget:
        return self._tabs[key][1]

    def __getattr__(self, name: str) -> Any:
        """``page.lifecycle`` etc.: a registered tab by its key (the window wires some of them up)."""
        tabs = self.__dict__.get("_tabs", {})
        if name in tabs:
            return tabs[name][1]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def show_team(self, team: TeamSummary, members: list[MemberRow], groups: list[GroupRow]) -> None:
        self.team, self.groups = team, groups
        data = TeamData(team, members, groups)
        for _spec, widget in self._tabs.values():
            widget.show_team(data)  # type: ignore[attr-defined]  # checked to be a TeamTab when built
        self.retranslate()

    def retranslate(self) -> None:
        for spec, widget in self._tabs.values():
            self.tabs.setTabText(self.tabs.indexOf(widget), spec.title())
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
