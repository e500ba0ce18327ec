"""What the Diagnosis view shows, read in one worker job: the diagnosis as of a day, the newest stage-history
entry and this week's open actions of the current plan. Plain data, no widgets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.action_plans import current_plan, plan_actions
from coachdesk.store.lifecycle.diagnosis import HistoryRow, diagnose_team, stage_history

WEEK_DAYS = 7  # "this week": open actions overdue or due within this many days


@dataclass(frozen=True)
class DiagnosisData:
    diagnosis: Diagnosis
    held: HistoryRow | None  # the newest history entry: the stage the manager holds the team to be in
    week: tuple[ActionRow, ...]  # open actions overdue or due within WEEK_DAYS, soonest first
    has_plan: bool
    today: dt.date


def this_week(actions: list[ActionRow], today: dt.date) -> tuple[ActionRow, ...]:
    horizon = today + dt.timedelta(days=WEEK_DAYS)
    due = [a for a in actions if a.status is ActionStatus.OPEN and a.due_on <= horizon]
    return tuple(sorted(due, key=lambda a: (a.due_on, a.id)))


def load_diagnosis(database: Database, team_id: int, as_of: dt.date, today: dt.date) -> DiagnosisData:
    with database.session() as session:
        diagnosis = diagnose_team(session, team_id, as_of)
        history = stage_history(session, team_id)
        plan = current_plan(session, team_id)
        actions = plan_actions(session, plan.id) if plan is not None else []
    return DiagnosisData(diagnosis, history[-1] if history else None, this_week(actions, today), plan is not None,
                         today)
