"""The team's question bank: add, edit, retire (a question drills have asked stays for their history), delete one
never asked, and import a file all-or-nothing (a row whose question is already in the bank updates it, so an
exported bank re-imports cleanly)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.drills.question_file import read_question_file
from coachdesk.core.drills.questions import Difficulty, Kind, Question, cleaned_question
from coachdesk.core.drills.scripts import Section
from coachdesk.store.drills.models import DrillEntryRow, QuestionRow
from coachdesk.store.roster.service import find_team

ASKED_BEFORE = MessageCode("question.asked_before",
                           "the question was asked in {entries} drill entries: retire it instead (kept for history)")


def _question(row: QuestionRow) -> Question:
    return Question(row.text, row.answer, Section(row.section), Kind(row.kind), Difficulty(row.difficulty), row.basic,
                    tuple(json.loads(row.tags_json)), row.id, row.retired)


def _row(session: Session, question_id: int) -> QuestionRow:
    row = session.get(QuestionRow, question_id)
    if row is None:
        raise NotFoundError("question", f"no question with id {question_id}", kind="question",
                            value=str(question_id))
    return row


def list_questions(session: Session, team_id: int, *, retired: bool = True) -> list[Question]:
    query = select(QuestionRow).where(QuestionRow.team_id == team_id)
    if not retired:
        query = query.where(QuestionRow.retired.is_(False))
    return [_question(r) for r in session.scalars(query.order_by(QuestionRow.section, QuestionRow.id))]


def get_question(session: Session, question_id: int) -> Question:
    return _question(_row(session, question_id))


def _fill(row: QuestionRow, q: Question) -> None:
    row.text, row.answer, row.section, row.kind = q.text, q.answer, q.section.value, q.kind.value
    row.difficulty, row.basic, row.tags_json = int(q.difficulty), q.basic, json.dumps(list(q.tags), ensure_ascii=False)


def _same_text(session: Session, team_id: int, text: str) -> QuestionRow | None:
    return session.scalars(select(QuestionRow).where(QuestionRow.team_id == team_id,
                                                     func.lower(QuestionRow.text) == text.lower())).first()


def _check_text_free(session: Session, team_id: int, text: str, question_id: int | None) -> None:
    clash = _same_text(session, team_id, text)
    if clash is not None and clash.id != question_id:
        raise ValidationError(FieldError("text", "the bank already has this question", "duplicate", {"value": text}))


def add_question(session: Session, team_id: int, question: Question) -> int:
    find_team(session, team_id)
    q = cleaned_question(question)
    _check_text_free(session, team_id, q.text, None)
    row = QuestionRow(team_id=team_id, retired=False)
    _fill(row, q)
    session.add(row)
    session.flush()
    return row.id


def update_question(session: Session, question_id: int, question: Question) -> None:
    row = _row(session, question_id)
    q = cleaned_question(question)
    _check_text_free(session, row.team_id, q.text, question_id)
    _fill(row, q)
    row.retired = question.retired
    session.flush()


def set_retired(session: Session, question_id: int, retired: bool) -> None:
    _row(session, question_id).retired = retired
    session.flush()


def delete_question(session: Session, question_id: int) -> None:
    row = _row(session, question_id)
    asked = session.scalar(select(func.count()).select_from(DrillEntryRow)
                           .where(DrillEntryRow.question_id == question_id)) or 0
    if asked:
        raise ValidationError(FieldError.of("question", "in_use", ASKED_BEFORE, entries=int(asked)))
    session.delete(row)
    session.flush()


@dataclass(frozen=True, slots=True)
class QuestionImport:
    added: int
    updated: int


def import_questions(session: Session, team_id: int, path: Path, encoding: str | None = None) -> QuestionImport:
    """Every row of the file or nothing (QuestionFileError names each bad row and column)."""
    find_team(session, team_id)
    questions = read_question_file(path, encoding)
    added = updated = 0
    for q in questions:
        row = _same_text(session, team_id, q.text)
        if row is None:
            row = QuestionRow(team_id=team_id, retired=False)
            session.add(row)
            added += 1
        else:
            updated += 1
        _fill(row, q)
    session.flush()
    return QuestionImport(added, updated)
