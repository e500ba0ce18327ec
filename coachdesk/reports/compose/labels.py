"""Words for the app's values (stages, roles, cadences, statuses) in the plan's language: stage names from the
lifecycle wording the CLI and GUI use, the rest from the reports' strings."""

from __future__ import annotations

import datetime as dt

from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.reports.compose.strings import t

ROLES = ("rep", "group_leader", "trainer", "manager")
CADENCES = ("daily", "weekly", "once")
STATUSES = tuple(s.value for s in ActionStatus)
HISTORY_KINDS = ("accepted", "confirmed", "overridden")
PROMISE_KINDS = ("reward", "penalty")


def stage_name(stage: Stage | str, lang: str) -> str:
    return default_wording().stage(Stage(stage), lang)


def role_name(role: str, lang: str) -> str:
    return t(f"role.{role}", lang) if role in ROLES else role


def cadence_name(cadence: str, lang: str) -> str:
    return t(f"cadence.{cadence}", lang) if cadence in CADENCES else cadence


def status_name(status: str, lang: str) -> str:
    return t(f"status.{status}", lang) if status in STATUSES else status


def history_kind(kind: str, lang: str) -> str:
    return t(f"history.{kind}", lang) if kind in HISTORY_KINDS else kind


def promise_kind(kind: str, lang: str) -> str:
    return t(f"promise.{kind}", lang) if kind in PROMISE_KINDS else kind


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def owner_text(action: ActionRow, lang: str) -> str:
    """The owner as `coachdesk plan actions --json` names it: the member, else the role (worded)."""
    return action.owner_name or role_name(action.owner_role, lang)
