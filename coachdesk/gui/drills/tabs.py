"""The drills feature's team-page tab: readiness, the drill log, scripts, the question bank and audits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.drills.drills_tab import DrillsTab
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.shell.tabs import TabRegistry

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises; the title keeps the TeamPage context


def register(registry: TabRegistry) -> None:
    registry.add("drills", lambda: translate("TeamPage", "&Drills"),
                 lambda services: DrillsTab(services.get(LifecycleContext)))
