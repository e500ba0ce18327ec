"""The drills' enum values in the user's language: script sections, question kinds and difficulties, session
modes, audit kinds, readiness bands, the trainers' agreement verdict and rubric criteria (from the rubric's own
bilingual names)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from coachdesk.core.drills.audits import AuditKind
from coachdesk.core.drills.questions import Difficulty, Kind
from coachdesk.core.drills.rubrics import Rubric, default_rubric
from coachdesk.core.drills.scripts import Section
from coachdesk.core.drills.sessions import Mode
from coachdesk.gui.lifecycle.context import content_language

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def section_label(section: Section | str | None) -> str:
    labels = {
        Section.OPENING: translate("DrillLabels", "Opening"),
        Section.DISCOVERY: translate("DrillLabels", "Needs discovery"),
        Section.VALUE: translate("DrillLabels", "Value pitch"),
        Section.OBJECTIONS: translate("DrillLabels", "Objection handling"),
        Section.CLOSING: translate("DrillLabels", "Closing"),
        Section.COMPLIANCE: translate("DrillLabels", "Compliance"),
    }
    if section is None:
        return ""
    try:
        return labels[Section(section)]
    except ValueError:
        return str(section)


def kind_label(kind: Kind) -> str:
    return {Kind.QUESTION: translate("DrillLabels", "Question"),
            Kind.OBJECTION: translate("DrillLabels", "Objection")}[kind]


def difficulty_label(difficulty: Difficulty) -> str:
    return {Difficulty.EASY: translate("DrillLabels", "Easy"), Difficulty.MEDIUM: translate("DrillLabels", "Medium"),
            Difficulty.HARD: translate("DrillLabels", "Hard")}[difficulty]


def mode_label(mode: Mode) -> str:
    return {Mode.ROLE_PLAY: translate("DrillLabels", "Role-play"),
            Mode.MORNING: translate("DrillLabels", "Morning contest"),
            Mode.CERTIFICATION: translate("DrillLabels", "Certification")}[mode]


def audit_kind_label(kind: AuditKind) -> str:
    return {AuditKind.MYSTERY_SHOPPER: translate("DrillLabels", "Mystery shopper"),
            AuditKind.CALL_REVIEW: translate("DrillLabels", "Call review")}[kind]


def band_label(band: str) -> str:
    return {"low": translate("DrillLabels", "Low"), "middle": translate("DrillLabels", "Middle"),
            "ready": translate("DrillLabels", "Ready")}.get(band, band)


def verdict_label(verdict: str) -> str:
    return {"good": translate("DrillLabels", "good"), "fair": translate("DrillLabels", "fair"),
            "poor": translate("DrillLabels", "poor")}.get(verdict, verdict)


def criterion_label(key: str, rubric: Rubric | None = None) -> str:
    """A criterion's name in the content language, from the rubric it belongs to (the shipped one by default)."""
    try:
        return (rubric or default_rubric()).criterion(key).label(content_language())
    except StopIteration:
        return key


def point_label(point: str) -> str:
    """An audit checklist point: the default checklist is the script's sections."""
    return section_label(point) if point in Section._value2member_map_ else point


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return translate("DrillLabels", "yes") if value else translate("DrillLabels", "no")


def percent(share: float | None, digits: int = 0) -> str:
    return "—" if share is None else QLocale().toString(100 * share, "f", digits) + " %"


def number(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else QLocale().toString(value, "f", digits)


def day_text(day: dt.date | None) -> str:
    return "—" if day is None else day.isoformat()


def trend_arrow(trend: float | None) -> str:
    """The rubric trend (points per 30 days) as an arrow."""
    if trend is None:
        return "—"
    return "↑" if trend > 0.1 else "↓" if trend < -0.1 else "→"
