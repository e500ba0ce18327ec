"""Translated words the lifecycle widgets share: stage names, history kinds, owner roles and cadences.

Values come in as the core enums or their string values ("forming", "accepted", "group_leader", "daily");
an unknown value is shown as it is, so a later kind or role never breaks a view."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _label(value: str | StrEnum | None, labels: dict[str, str]) -> str:
    """The translated label of ``value``; an unknown value as it is."""
    key = "" if value is None else str(value.value if isinstance(value, StrEnum) else value)
    return labels.get(key, key)


def stage_label(stage: str | StrEnum | None) -> str:
    return _label(stage, {
        "forming": translate("LifecycleLabels", "Forming"),
        "storming": translate("LifecycleLabels", "Storming"),
        "norming": translate("LifecycleLabels", "Norming"),
        "performing": translate("LifecycleLabels", "Performing"),
    })


def kind_label(kind: str | StrEnum | None) -> str:
    return _label(kind, {
        "accepted": translate("LifecycleLabels", "Accepted"),
        "confirmed": translate("LifecycleLabels", "Confirmed"),
        "overridden": translate("LifecycleLabels", "Overridden"),
    })


def role_label(role: str | StrEnum | None) -> str:
    return _label(role, {
        "manager": translate("LifecycleLabels", "Manager"),
        "group_leader": translate("LifecycleLabels", "Group leader"),
        "trainer": translate("LifecycleLabels", "Trainer"),
        "rep": translate("LifecycleLabels", "Rep"),
    })


def cadence_label(cadence: str | StrEnum | None) -> str:
    return _label(cadence, {
        "daily": translate("LifecycleLabels", "Daily"),
        "weekly": translate("LifecycleLabels", "Weekly"),
        "once": translate("LifecycleLabels", "Once"),
    })


def status_label(status: str | StrEnum | None) -> str:
    return _label(status, {
        "open": translate("LifecycleLabels", "Open"),
        "done": translate("LifecycleLabels", "Done"),
        "dropped": translate("LifecycleLabels", "Dropped"),
    })


def source_label(source: str | None) -> str:
    return _label(source, {
        "app": translate("LifecycleLabels", "App"),
        "cli": translate("LifecycleLabels", "Command line"),
        "demo": translate("LifecycleLabels", "Demo data"),
    })
