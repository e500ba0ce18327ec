"""The reports feature's team-page tab: generate, preview, print and save the team's coaching plan or poster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.reports.reports_tab import ReportsTab
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.gui.shell.tabs import TabRegistry, TabServices

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises; the title keeps the TeamPage context


def _build(services: TabServices) -> ReportsTab:
    try:
        settings: UiSettings | None = services.get(UiSettings)
    except LookupError:  # a page built without the window's settings (tests of other tabs)
        settings = None
    return ReportsTab(services.get(LifecycleContext), settings)


def register(registry: TabRegistry) -> None:
    registry.add("reports", lambda: translate("TeamPage", "&Reports"), _build)
