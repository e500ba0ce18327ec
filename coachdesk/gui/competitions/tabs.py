"""The competitions feature's team-page tab: the team's contests and the chosen contest's page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.competitions.contests_tab import ContestsTab
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.shell.tabs import TabRegistry

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises; the title keeps the TeamPage context


def register(registry: TabRegistry) -> None:
    registry.add("contests", lambda: translate("TeamPage", "&Contests"),
                 lambda services: ContestsTab(services.get(LifecycleContext)))
