"""How the contest page writes figures and rules: money, points, the period and countdown, the rules summary with
its stated tie-breaks, and what an amendment changed (a rule field before → after, from the rules' JSON form)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from coachdesk.core.competitions.contests import Contest, ContestStatus
from coachdesk.core.competitions.rules import ContestRules, Weight, rules_to_dict
from coachdesk.gui.competitions.contest_labels import (
    handicap_label,
    kind_label,
    kind_short,
    metric_unit,
    participants_label,
    rule_field_label,
    size_rule_label,
    tie_break_label,
)
from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def figure(value: float | None, digits: int = 1) -> str:
    """A score or points: whole numbers without decimals, others with ``digits``."""
    if value is None:
        return "–"
    if abs(value - round(value)) < 10 ** -(digits + 1):
        return f"{round(value):,}"
    return f"{value:,.{digits}f}"


def percent(value: float | None) -> str:
    return "–" if value is None else fill(translate("ContestTexts", "%1 %"), f"{value:.1f}")


def money(cents: int) -> str:
    yuan = cents / 100
    return fill(translate("ContestTexts", "¥%1"), f"{yuan:,.0f}" if cents % 100 == 0 else f"{yuan:,.2f}")


def period(starts_on: dt.date, ends_on: dt.date) -> str:
    days = (ends_on - starts_on).days + 1
    return fill(translate("ContestTexts", "%1 – %2 (%3 days)"), starts_on.isoformat(), ends_on.isoformat(), days)


def countdown(contest: Contest, status: ContestStatus, today: dt.date) -> str:
    """Days left, days to the start, or when it ended."""
    if status is ContestStatus.UPCOMING or (status is ContestStatus.DRAFT and today < contest.starts_on):
        days = (contest.starts_on - today).days
        return (translate("ContestTexts", "starts tomorrow") if days == 1
                else fill(translate("ContestTexts", "starts in %1 days"), days))
    if status is ContestStatus.COMPLETED:
        return fill(translate("ContestTexts", "ended %1"), (contest.closed_on or contest.ends_on).isoformat())
    left = contest.days_left(today)
    if left == 0:
        return translate("ContestTexts", "past its last day")
    if left == 1:
        return translate("ContestTexts", "last day today")
    return fill(translate("ContestTexts", "%1 days left"), left)


def weight_text(weight: Weight | Mapping[str, object]) -> str:
    metric, points = ((weight.metric.value, weight.points) if isinstance(weight, Weight)
                      else (str(weight["metric"]), float(weight["points"])))  # type: ignore[arg-type]
    if points == 1:
        return fill(translate("ContestTexts", "1 point %1"), metric_unit(metric))
    return fill(translate("ContestTexts", "%1 points %2"), figure(points, 3), metric_unit(metric))


def tie_break_sentence(tie_breaks: Sequence[object]) -> str:
    """"Equal scores are decided by more deals, then …, then name." (name is always the last resort)."""
    parts = [tie_break_label(t) for t in tie_breaks] + [tie_break_label("name")]
    return fill(translate("ContestTexts", "Equal scores are decided by %1."),
                translate("ContestTexts", ", then ").join(parts))


def rules_summary(rules: ContestRules) -> list[tuple[str, str]]:
    """(label, text) lines of the rules, as the page's rules box shows them."""
    lines = [(translate("ContestTexts", "Kind"), kind_label(rules.kind)),
             (translate("ContestTexts", "Participants"), participants_label(rules.participants)),
             (translate("ContestTexts", "Scoring"), "; ".join(weight_text(w) for w in rules.scoring))]
    if rules.participants.groups:
        lines.append((translate("ContestTexts", "Group sizes"), size_rule_label(rules.size_rule)))
    if rules.participants.reps:
        lines.append((translate("ContestTexts", "Handicap"), handicap_label(rules.handicap)))
    targets = []
    if rules.rep_target is not None:
        targets.append(fill(translate("ContestTexts", "each rep %1 points"), figure(rules.rep_target)))
    if rules.group_target is not None:
        targets.append(fill(translate("ContestTexts", "each group %1 points"), figure(rules.group_target)))
    if rules.targets:
        targets.append(fill(translate("ContestTexts", "%1 own targets"), len(rules.targets)))
    if targets:
        lines.append((translate("ContestTexts", "Targets"), ", ".join(targets)))
    if rules.morning_points > 0:
        lines.append((translate("ContestTexts", "Morning contest"),
                      fill(translate("ContestTexts", "%1 points to the winning group each day"),
                           figure(rules.morning_points))))
    lines.append((translate("ContestTexts", "Ties"), tie_break_sentence(rules.tie_breaks)))
    return lines


def rule_value_text(field: str, value: object) -> str:
    """One side of an amendment's change, from the rules' JSON form."""
    if value is None:
        return translate("ContestTexts", "none")
    if field == "kind":
        return kind_short(value)
    if field == "participants":
        return participants_label(value)
    if field == "size_rule":
        return size_rule_label(value)
    if field == "handicap":
        return handicap_label(value)
    if field == "scoring" and isinstance(value, list):
        return "; ".join(weight_text(w) for w in value)
    if field == "tie_breaks" and isinstance(value, list):
        return " → ".join(tie_break_label(t) for t in value)
    if field == "targets" and isinstance(value, dict):
        return fill(translate("ContestTexts", "%1 own targets"), len(value))
    if isinstance(value, float | int) and not isinstance(value, bool):
        return figure(float(value), 3)
    return str(value)


def change_text(field: str, before: object, after: object) -> str:
    return fill(translate("ContestTexts", "%1: %2 → %3"), rule_field_label(field), rule_value_text(field, before),
                rule_value_text(field, after))


def rules_dict(rules: ContestRules) -> dict[str, object]:
    return rules_to_dict(rules)
