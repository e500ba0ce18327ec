"""The activity feature's team-page tab: the call-activity dashboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.activity.dashboard import ActivityDashboard
from coachdesk.gui.shell.tabs import TabRegistry

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises; the title keeps the TeamPage context


def register(registry: TabRegistry) -> None:
    registry.add("activity", lambda: translate("TeamPage", "&Activity"), lambda _services: ActivityDashboard())
