"""The lifecycle feature's team-page tab (diagnosis, survey, timeline, playbook, action plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.lifecycle_tab import LifecycleTab
from coachdesk.gui.shell.tabs import TabRegistry

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises; the title keeps the TeamPage context


def register(registry: TabRegistry) -> None:
    registry.add("lifecycle", lambda: translate("TeamPage", "&Lifecycle"),
                 lambda services: LifecycleTab(services.get(LifecycleContext)))
