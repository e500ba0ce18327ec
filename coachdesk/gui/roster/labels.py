"""Translated role names and the leave reasons offered in the leave dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.roster.model import Role

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def role_label(role: Role) -> str:
    return {
        Role.REP: translate("Labels", "Rep"),
        Role.GROUP_LEADER: translate("Labels", "Group leader"),
        Role.TRAINER: translate("Labels", "Trainer"),
        Role.MANAGER: translate("Labels", "Manager"),
    }[role]


def leave_reasons() -> list[str]:
    """Common reasons offered in the leave dialog (free text is allowed too)."""
    return [
        translate("Labels", "Did not pass probation"),
        translate("Labels", "Resigned: pressure of the job"),
        translate("Labels", "Resigned: pay"),
        translate("Labels", "Changed career"),
        translate("Labels", "Family reasons"),
        translate("Labels", "Health reasons"),
        translate("Labels", "Transferred to another team"),
    ]
