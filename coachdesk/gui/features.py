"""The GUI's features, listed once: each contributes its tabs to the team page (``<feature>/tabs.py``)."""

from __future__ import annotations

from types import ModuleType

from coachdesk.gui.activity import tabs as activity_tabs
from coachdesk.gui.competitions import tabs as competitions_tabs
from coachdesk.gui.drills import tabs as drills_tabs
from coachdesk.gui.lifecycle import tabs as lifecycle_tabs
from coachdesk.gui.reports import tabs as reports_tabs
from coachdesk.gui.roster import tabs as roster_tabs
from coachdesk.gui.shell.tabs import TabRegistry

# In the order of their tabs; every module has ``register(registry)``.
FEATURES: tuple[ModuleType, ...] = (roster_tabs, activity_tabs, lifecycle_tabs, competitions_tabs, drills_tabs,
                                    reports_tabs)


def team_tabs() -> TabRegistry:
    registry = TabRegistry()
    for feature in FEATURES:
        feature.register(registry)
    return registry
