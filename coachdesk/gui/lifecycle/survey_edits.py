"""Undoable survey edits: saving a questionnaire, deleting one, and taking back a file import. Undo and redo
take responses out and put them back with the same ids (row images), so commands further up the stack that
name a response by id keep working."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.core.common.validation import ValidationError
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.row_images import Image, capture, insert_images, remove
from coachdesk.gui.lifecycle.undoable import push_done, push_edit
from coachdesk.gui.widgets.tasks import Job
from coachdesk.store.database import Database
from coachdesk.store.lifecycle import survey as survey_store
from coachdesk.store.lifecycle.models import SurveyAnswer, SurveyResponse


@dataclass(frozen=True)
class Paper:
    """One questionnaire as typed in."""

    answered_on: dt.date
    member_id: int | None
    answers: dict[str, int]


@dataclass
class Responses:
    """Stored responses an edit stands for, and their images while they are taken out."""

    ids: list[int]
    responses: list[Image] = field(default_factory=list)
    answers: list[Image] = field(default_factory=list)

    def take_out(self, session: Session) -> None:
        self.responses = capture(session, SurveyResponse, SurveyResponse.id.in_(self.ids))
        self.answers = capture(session, SurveyAnswer, SurveyAnswer.response_id.in_(self.ids))
        if len(self.responses) != len(self.ids):
            raise ValidationError.single("response", "the survey response no longer exists", "not_found")
        remove(session, SurveyResponse, self.ids)

    def put_back(self, session: Session) -> None:
        insert_images(session, SurveyResponse, self.responses)
        insert_images(session, SurveyAnswer, self.answers)


def save_paper(context: LifecycleContext, team_id: int, paper: Paper, text: str) -> int:
    """Store one questionnaire (a ValidationError names the unanswered items; nothing is stored then)."""
    stored = Responses([])

    def do(session: Session) -> int:
        response_id = survey_store.add_response(session, team_id, paper.answered_on, paper.answers, paper.member_id)
        stored.ids = [response_id]
        return response_id

    return push_edit(context, text, do, stored.take_out, team_id, redo=stored.put_back)


def delete_paper(context: LifecycleContext, team_id: int, response_id: int, text: str) -> None:
    gone = Responses([response_id])
    push_edit(context, text, gone.take_out, gone.put_back, team_id)


@dataclass(frozen=True)
class ImportOutcome:
    count: int
    stored: Responses


def import_job(database: Database, team_id: int, path: Path) -> Job:
    """The worker's job: store every row of the file or none (errors and Cancel roll the whole file back)."""

    def job(progress: ProgressCallback, cancel: CancelToken) -> ImportOutcome:
        progress(0, 0, path.name)
        with database.session() as session:
            before = {r.id for r in survey_store.list_responses(session, team_id)}
            count = survey_store.import_survey_file(session, team_id, path)
            cancel.raise_if_cancelled()
            added = sorted(r.id for r in survey_store.list_responses(session, team_id) if r.id not in before)
            cancel.raise_if_cancelled()
        return ImportOutcome(count, Responses(added))

    return job


def make_import_undoable(context: LifecycleContext, team_id: int, outcome: ImportOutcome, text: str) -> None:
    stored = outcome.stored
    push_done(context, text, stored.put_back, stored.take_out, team_id)
