"""Drill edits as undoable changes (store/undo.py), each run in the caller's unit of work and returned with its
Change. Scopes are narrow — the team's questions, its scripts with their versions (and the sessions naming them),
its audits, one session with its entries — so capturing them stays cheap however many drills a team logs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from coachdesk.core.drills.audits import Audit
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.rubric_drafts import RubricDraft
from coachdesk.core.drills.scripts import ScriptDraft, VersionDraft
from coachdesk.core.drills.sessions import DrillEntry
from coachdesk.store.drills import audits, questions, rubrics, scripts, sessions
from coachdesk.store.drills.models import AuditRow, DrillSessionRow, QuestionRow, RubricRow, ScriptRow
from coachdesk.store.undo import Change, RowSet, owned_rows, record_edit

T = TypeVar("T")
Edited = tuple[T, Change]


def bank_rows(team_id: int) -> list[RowSet]:
    return owned_rows(QuestionRow, QuestionRow.team_id == team_id)


def script_rows(team_id: int) -> list[RowSet]:
    return owned_rows(ScriptRow, ScriptRow.team_id == team_id)


def audit_rows(team_id: int) -> list[RowSet]:
    return [RowSet.of(AuditRow, AuditRow.team_id == team_id)]


def rubric_rows(team_id: int) -> list[RowSet]:
    return [RowSet.of(RubricRow, RubricRow.team_id == team_id)]


def session_rows(session_id: int) -> list[RowSet]:
    return owned_rows(DrillSessionRow, DrillSessionRow.id == session_id)


def _edit(session: Session, scopes: list[RowSet], op: Callable[[Session], T]) -> Edited[T]:
    return record_edit(session, scopes, op)


# --- the question bank ---------------------------------------------------------------------------------------------

def add_question(session: Session, team_id: int, question: Question) -> Edited[int]:
    return _edit(session, bank_rows(team_id), lambda s: questions.add_question(s, team_id, question))


def update_question(session: Session, team_id: int, question_id: int, question: Question) -> Edited[None]:
    return _edit(session, bank_rows(team_id), lambda s: questions.update_question(s, question_id, question))


def set_retired(session: Session, team_id: int, question_id: int, retired: bool) -> Edited[None]:
    return _edit(session, bank_rows(team_id), lambda s: questions.set_retired(s, question_id, retired))


def delete_question(session: Session, team_id: int, question_id: int) -> Edited[None]:
    return _edit(session, bank_rows(team_id), lambda s: questions.delete_question(s, question_id))


def import_questions(session: Session, team_id: int, path: Path,
                     encoding: str | None = None) -> Edited[questions.QuestionImport]:
    return _edit(session, bank_rows(team_id), lambda s: questions.import_questions(s, team_id, path, encoding))


# --- rubrics ------------------------------------------------------------------------------------------------------

def add_rubric(session: Session, team_id: int, draft: RubricDraft, *, team_default: bool = False) -> Edited[str]:
    return _edit(session, rubric_rows(team_id),
                 lambda s: rubrics.add_rubric(s, team_id, draft, team_default=team_default))


def update_rubric(session: Session, team_id: int, key: str, draft: RubricDraft) -> Edited[str]:
    return _edit(session, rubric_rows(team_id), lambda s: rubrics.update_rubric(s, key, draft))


def set_team_rubric(session: Session, team_id: int, key: str) -> Edited[None]:
    return _edit(session, rubric_rows(team_id), lambda s: rubrics.set_team_default(s, team_id, key))


def set_rubric_retired(session: Session, team_id: int, key: str, retired: bool) -> Edited[None]:
    return _edit(session, rubric_rows(team_id), lambda s: rubrics.set_retired(s, key, retired))


def delete_rubric(session: Session, team_id: int, key: str) -> Edited[None]:
    return _edit(session, rubric_rows(team_id), lambda s: rubrics.delete_rubric(s, key))


# --- scripts -----------------------------------------------------------------------------------------------------

def create_script(session: Session, team_id: int, draft: ScriptDraft) -> Edited[int]:
    return _edit(session, script_rows(team_id), lambda s: scripts.create_script(s, team_id, draft))


def rename_script(session: Session, team_id: int, script_id: int, draft: ScriptDraft) -> Edited[None]:
    return _edit(session, script_rows(team_id), lambda s: scripts.rename_script(s, script_id, draft))


def delete_script(session: Session, team_id: int, script_id: int) -> Edited[None]:
    return _edit(session, script_rows(team_id), lambda s: scripts.delete_script(s, script_id))


def add_version(session: Session, team_id: int, script_id: int, draft: VersionDraft, on: dt.date,
                make_current: bool = True) -> Edited[int]:
    return _edit(session, script_rows(team_id),
                 lambda s: scripts.add_version(s, script_id, draft, on, make_current=make_current))


def set_current(session: Session, team_id: int, script_id: int, number: int) -> Edited[None]:
    return _edit(session, script_rows(team_id), lambda s: scripts.set_current(s, script_id, number))


# --- audits --------------------------------------------------------------------------------------------------------

def add_audit(session: Session, team_id: int, audit: Audit, today: dt.date) -> Edited[int]:
    return _edit(session, audit_rows(team_id), lambda s: audits.add_audit(s, team_id, audit, today))


def delete_audit(session: Session, team_id: int, audit_id: int) -> Edited[None]:
    return _edit(session, audit_rows(team_id), lambda s: audits.delete_audit(s, audit_id))


# --- sessions (the console saves entries directly: each is committed on Enter; these are the log's edits) ------

def delete_entry(session: Session, session_id: int, entry_id: int) -> Edited[None]:
    return _edit(session, session_rows(session_id), lambda s: sessions.delete_entry(s, entry_id))


def delete_session(session: Session, session_id: int) -> Edited[None]:
    return _edit(session, session_rows(session_id), lambda s: sessions.delete_session(s, session_id))


def save_entry(session: Session, session_id: int, entry: DrillEntry, *, trainer: str = "",
               second_of: int | None = None) -> Edited[int]:
    """An entry saved as an undoable edit (the console's Ctrl+Z takes back the last saved entry)."""
    return _edit(session, session_rows(session_id),
                 lambda s: sessions.save_entry(s, session_id, entry, trainer=trainer, second_of=second_of))
