"""Translated words for the contest enums and keys, in one place: status, kind, participants, metrics, size rules,
handicaps, tie-breaks, promise and recap kinds, the morning rubric's criteria and the rule fields an amendment
names. Values come in as the core enums or their string values (as stored in JSON); an unknown value is shown as
it is, so a later kind never breaks a view."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from coachdesk.core.competitions.contests import ContestStatus

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

# a status badge's (text, background) colours
STATUS_COLORS: dict[ContestStatus, tuple[str, str]] = {
    ContestStatus.DRAFT: ("#374151", "#e5e7eb"),
    ContestStatus.UPCOMING: ("#1e3a8a", "#dbeafe"),
    ContestStatus.ACTIVE: ("#166534", "#dcfce7"),
    ContestStatus.COMPLETED: ("#6b21a8", "#f3e8ff"),
}


def _label(value: object, labels: dict[str, str]) -> str:
    key = "" if value is None else str(value.value if isinstance(value, StrEnum) else value)
    return labels.get(key, key)


def status_label(status: object) -> str:
    return _label(status, {
        "draft": translate("ContestLabels", "Draft"),
        "upcoming": translate("ContestLabels", "Upcoming"),
        "active": translate("ContestLabels", "Active"),
        "completed": translate("ContestLabels", "Completed"),
    })


def kind_label(kind: object) -> str:
    return _label(kind, {
        "standard": translate("ContestLabels", "Standard (one metric)"),
        "points": translate("ContestLabels", "Points (several metrics)"),
        "target": translate("ContestLabels", "Target (% of own target)"),
        "race": translate("ContestLabels", "Race (first to 100 % wins)"),
    })


def kind_short(kind: object) -> str:
    return _label(kind, {
        "standard": translate("ContestLabels", "Standard"),
        "points": translate("ContestLabels", "Points"),
        "target": translate("ContestLabels", "Target"),
        "race": translate("ContestLabels", "Race"),
    })


def participants_label(participants: object) -> str:
    return _label(participants, {
        "groups": translate("ContestLabels", "Groups"),
        "individuals": translate("ContestLabels", "Individuals"),
        "hybrid": translate("ContestLabels", "Hybrid (reps and their groups)"),
    })


def metric_label(metric: object) -> str:
    return _label(metric, {
        "deals": translate("ContestLabels", "Deals"),
        "revenue": translate("ContestLabels", "Revenue (per yuan)"),
        "calls": translate("ContestLabels", "Calls"),
        "connects": translate("ContestLabels", "Connected calls"),
        "points": translate("ContestLabels", "Manual points"),
    })


def metric_unit(metric: object) -> str:
    """What one unit of the metric is ("per deal", "per yuan" …)."""
    return _label(metric, {
        "deals": translate("ContestLabels", "per deal"),
        "revenue": translate("ContestLabels", "per yuan"),
        "calls": translate("ContestLabels", "per call"),
        "connects": translate("ContestLabels", "per connected call"),
        "points": translate("ContestLabels", "per manual point"),
    })


def size_rule_label(rule: object) -> str:
    return _label(rule, {
        "total": translate("ContestLabels", "Total (no adjustment)"),
        "per_head": translate("ContestLabels", "Per head (points ÷ members)"),
        "size_factor": translate("ContestLabels", "Size factor (points × mean size ÷ size)"),
    })


def handicap_label(handicap: object) -> str:
    return _label(handicap, {
        "none": translate("ContestLabels", "None"),
        "tenure": translate("ContestLabels", "By tenure (under 30 days ×0.5, under 90 days ×0.75)"),
        "past_results": translate("ContestLabels", "By past results (own ÷ team median, 0.5–1.5)"),
    })


def tie_break_label(rule: object) -> str:
    """A tie-break rule as the "ties are broken by …" sentence names it; "name" is the last resort."""
    return _label(rule, {
        "deals": translate("ContestLabels", "more deals"),
        "revenue": translate("ContestLabels", "more revenue"),
        "connects": translate("ContestLabels", "more connected calls"),
        "fewer_calls": translate("ContestLabels", "the same result from fewer calls"),
        "first_there": translate("ContestLabels", "who got there first"),
        "name": translate("ContestLabels", "name"),
    })


def promise_kind_label(kind: object) -> str:
    return _label(kind, {
        "reward": translate("ContestLabels", "Reward"),
        "penalty": translate("ContestLabels", "Penalty"),
    })


def recap_kind_label(kind: object) -> str:
    return _label(kind, {
        "win": translate("ContestLabels", "Win"),
        "idea": translate("ContestLabels", "Idea"),
        "method": translate("ContestLabels", "Method"),
    })


def criterion_label(key: str) -> str:
    """A morning-contest rubric criterion (core MORNING_RUBRIC keys)."""
    return _label(key, {
        "accuracy": translate("ContestLabels", "Accurate content"),
        "fluency": translate("ContestLabels", "Fluent delivery"),
        "persuasion": translate("ContestLabels", "Persuasive"),
    })


def rule_field_label(field: str) -> str:
    """A rules field an amendment changes (core ``RuleChange.field``)."""
    return _label(field, {
        "kind": translate("ContestLabels", "Kind"),
        "participants": translate("ContestLabels", "Participants"),
        "scoring": translate("ContestLabels", "Scoring"),
        "size_rule": translate("ContestLabels", "Group sizes"),
        "handicap": translate("ContestLabels", "Handicap"),
        "rep_target": translate("ContestLabels", "Rep target"),
        "group_target": translate("ContestLabels", "Group target"),
        "targets": translate("ContestLabels", "Own targets"),
        "tie_breaks": translate("ContestLabels", "Tie-breaks"),
        "morning_points": translate("ContestLabels", "Morning contest points"),
        "ends_on": translate("ContestLabels", "Last day"),
    })
