"""Undoable survey edits (store/lifecycle/edits.py): saving a questionnaire, deleting one, and taking back a file
import. Undo and redo restore the team's responses with the same ids, so commands further up the stack that name
a response by id keep working."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.widgets.tasks import Job
from coachdesk.store.database import Database
from coachdesk.store.lifecycle import edits
from coachdesk.store.undo import Change


@dataclass(frozen=True)
class Paper:
    """One questionnaire as typed in."""

    answered_on: dt.date
    member_id: int | None
    answers: dict[str, int]


def save_paper(context: LifecycleContext, team_id: int, paper: Paper, text: str) -> int:
    """Store one questionnaire (a ValidationError names the unanswered items; nothing is stored then)."""
    with context.database().session() as s:
        response_id, change = edits.add_response(s, team_id, paper.answered_on, paper.answers, paper.member_id)
    context.push(text, change, team_id)
    return response_id


def delete_paper(context: LifecycleContext, team_id: int, response_id: int, text: str) -> None:
    with context.database().session() as s:
        _, change = edits.delete_response(s, team_id, response_id)
    context.push(text, change, team_id)


@dataclass(frozen=True)
class ImportOutcome:
    count: int
    change: Change


def import_job(database: Database, team_id: int, path: Path) -> Job:
    """The worker's job: store every row of the file or none (errors and Cancel roll the whole file back)."""

    def job(progress: ProgressCallback, cancel: CancelToken) -> ImportOutcome:
        progress(0, 0, path.name)
        with database.session() as session:
            count, change = edits.import_survey_file(session, team_id, path)
            cancel.raise_if_cancelled()
        return ImportOutcome(count, change)

    return job


def make_import_undoable(context: LifecycleContext, team_id: int, outcome: ImportOutcome, text: str) -> None:
    context.push(text, outcome.change, team_id)
