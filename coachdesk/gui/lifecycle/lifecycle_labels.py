"""Translated words the lifecycle widgets share: stage names, history kinds, owner roles and cadences.

Values come in as the core enums or their string values ("forming", "accepted", "group_leader", "daily");
an unknown value is shown as it is, so a later kind or role never breaks a view."""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _key(value: str | StrEnum | None) -> str:
    return "" if value is None else str(value.value if isinstance(value, StrEnum) else value)


def stage_label(stage: str | StrEnum | None) -> str:
    key = _key(stage)
    return {
        "forming": translate("LifecycleLabels", "Forming"),
        "storming": translate("LifecycleLabels", "Storming"),
        "norming": translate("LifecycleLabels", "Norming"),
        "performing": translate("LifecycleLabels", "Performing"),
    }.get(key, key)


def kind_label(kind: str | StrEnum | None) -> str:
    key = _key(kind)
    return {
        "accepted": translate("LifecycleLabels", "Accepted"),
        "confirmed": translate("LifecycleLabels", "Confirmed"),
        "overridden": translate("LifecycleLabels", "Overridden"),
    }.get(key, key)


def role_label(role: str | StrEnum | None) -> str:
    key = _key(role)
    return {
        "manager": translate("LifecycleLabels", "Manager"),
        "group_leader": translate("LifecycleLabels", "Group leader"),
        "trainer": translate("LifecycleLabels", "Trainer"),
        "rep": translate("LifecycleLabels", "Rep"),
    }.get(key, key)


def cadence_label(cadence: str | StrEnum | None) -> str:
    key = _key(cadence)
    return {
        "daily": translate("LifecycleLabels", "Daily"),
        "weekly": translate("LifecycleLabels", "Weekly"),
        "once": translate("LifecycleLabels", "Once"),
    }.get(key, key)


def status_label(status: str | StrEnum | None) -> str:
    key = _key(status)
    return {
        "open": translate("LifecycleLabels", "Open"),
        "done": translate("LifecycleLabels", "Done"),
        "dropped": translate("LifecycleLabels", "Dropped"),
    }.get(key, key)


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1 … %9 in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values)
                  else m.group(0), template)


def source_label(source: str | None) -> str:
    key = source or ""
    return {
        "app": translate("LifecycleLabels", "App"),
        "cli": translate("LifecycleLabels", "Command line"),
        "demo": translate("LifecycleLabels", "Demo data"),
    }.get(key, key)
