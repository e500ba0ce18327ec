"""Lifecycle edits as undoable changes: surveys, stage records, thresholds, playbook and action plans. Each runs
a lifecycle service in the caller's unit of work and returns its result with the
:class:`~coachdesk.store.undo.Change` (the rows in its scope before and after; see store/undo.py).

Scopes are one team's rows of the tables an edit writes (the playbook is shared by every team: all its edits).
Undo and redo restore them with the same ids, so commands further up the stack that name a response, an action
or a plan by id keep working; undoing a new plan also moves the open actions it carried over back into the
previous plan at their old places, as both plans are in the scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.core.lifecycle.actions import ActionDraft
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.playbook import Practice
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.thresholds import Thresholds
from coachdesk.store.lifecycle import action_plans, playbooks
from coachdesk.store.lifecycle import diagnosis as diagnosis_store
from coachdesk.store.lifecycle import survey as survey_store
from coachdesk.store.lifecycle.models import (
    ActionPlan,
    LifecycleSettings,
    PlanAction,
    PlaybookEdit,
    StageRecord,
    SurveyAnswer,
    SurveyResponse,
)
from coachdesk.store.undo import Change, RowSet, record_edit

T = TypeVar("T")
Edited = tuple[T, Change]


# ---------------------------------------------------------------- scopes
def survey_rows(team_id: int) -> list[RowSet]:
    responses = select(SurveyResponse.id).where(SurveyResponse.team_id == team_id).scalar_subquery()
    return [RowSet.of(SurveyResponse, SurveyResponse.team_id == team_id),
            RowSet.of(SurveyAnswer, SurveyAnswer.response_id.in_(responses))]


def plan_rows(team_id: int) -> list[RowSet]:
    plans = select(ActionPlan.id).where(ActionPlan.team_id == team_id).scalar_subquery()
    return [RowSet.of(ActionPlan, ActionPlan.team_id == team_id), RowSet.of(PlanAction, PlanAction.plan_id.in_(plans))]


def _plan_team(session: Session, plan_id: int) -> int:
    return int(session.scalar(select(ActionPlan.team_id).where(ActionPlan.id == plan_id)) or 0)


def _action_team(session: Session, action_id: int) -> int:
    return int(session.scalar(select(ActionPlan.team_id).join(PlanAction, PlanAction.plan_id == ActionPlan.id)
                              .where(PlanAction.id == action_id)) or 0)


def _plan_edit(session: Session, team_id: int, edit: Callable[[Session], T]) -> Edited[T]:
    return record_edit(session, plan_rows(team_id), edit)


# ---------------------------------------------------------------- survey
def add_response(session: Session, team_id: int, answered_on: dt.date, answers: Mapping[str, int | None],
                 member_id: int | None = None) -> Edited[int]:
    """Store one questionnaire (a ValidationError names the unanswered items; nothing is stored then)."""
    return record_edit(session, survey_rows(team_id),
                       lambda s: survey_store.add_response(s, team_id, answered_on, answers, member_id))


def delete_response(session: Session, team_id: int, response_id: int) -> Edited[None]:
    return record_edit(session, survey_rows(team_id), lambda s: survey_store.delete_response(s, response_id))


def import_survey_file(session: Session, team_id: int, path: Path) -> Edited[int]:
    """Every row of the file or none; returns how many responses were stored."""
    return record_edit(session, survey_rows(team_id), lambda s: survey_store.import_survey_file(s, team_id, path))


# ---------------------------------------------------------------- diagnosis
def record_stage(session: Session, diagnosis: Diagnosis, kind: str, stage: Stage, reason: str,
                 lang: str) -> Edited[int]:
    """Accept, confirm or override a diagnosis: one stage-history entry from the app."""
    return record_edit(session, [RowSet.of(StageRecord, StageRecord.team_id == diagnosis.team_id)],
                       lambda s: diagnosis_store.record_stage(s, diagnosis, kind, stage, reason, source="app",
                                                              lang=lang))


def set_team_thresholds(session: Session, team_id: int, changes: Mapping[str, object]) -> Edited[Thresholds]:
    return record_edit(session, [RowSet.of(LifecycleSettings, LifecycleSettings.team_id == team_id)],
                       lambda s: diagnosis_store.set_team_thresholds(s, team_id, dict(changes)))


# ---------------------------------------------------------------- playbook (shared by every team)
def _playbook_edit(session: Session, edit: Callable[[Session], T]) -> Edited[T]:
    return record_edit(session, [RowSet.of(PlaybookEdit)], edit)


def save_practice(session: Session, practice: Practice) -> Edited[Practice]:
    return _playbook_edit(session, lambda s: playbooks.save_practice(s, practice))


def restore_practice(session: Session, practice_id: str) -> Edited[None]:
    return _playbook_edit(session, lambda s: playbooks.restore_practice(s, practice_id))


def restore_all(session: Session) -> Edited[int]:
    return _playbook_edit(session, playbooks.restore_all)


# ---------------------------------------------------------------- action plans
def create_plan(session: Session, team_id: int, diagnosis: Diagnosis, practice_ids: Sequence[str], created_on: dt.date,
                lang: str, notes: str) -> Edited[int]:
    return _plan_edit(session, team_id, lambda s: action_plans.create_plan(s, team_id, diagnosis, practice_ids,
                                                                           created_on, lang=lang, notes=notes))


def update_action(session: Session, action_id: int, draft: ActionDraft, today: dt.date) -> Edited[None]:
    return _plan_edit(session, _action_team(session, action_id),
                      lambda s: action_plans.update_action(s, action_id, draft, today))


def add_action(session: Session, plan_id: int, draft: ActionDraft) -> Edited[int]:
    return _plan_edit(session, _plan_team(session, plan_id), lambda s: action_plans.add_action(s, plan_id, draft))


def delete_action(session: Session, action_id: int) -> Edited[None]:
    return _plan_edit(session, _action_team(session, action_id), lambda s: action_plans.delete_action(s, action_id))


def set_plan_notes(session: Session, plan_id: int, notes: str) -> Edited[None]:
    return _plan_edit(session, _plan_team(session, plan_id), lambda s: action_plans.set_plan_notes(s, plan_id, notes))
