"""What the Drills tab reads in the worker (one job: readiness, the log, scripts, the bank, audits, the team's
people) and its undoable edits: each runs one store edit (store/drills/edits.py) in its own unit of work — a
ValidationError reaches the dialog that asked and nothing is pushed — then puts the Change on the window's undo
stack through ``LifecycleContext.push`` (the tab reloads on ``changed``, also after undo/redo)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.core.drills.audits import Audit
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.rubrics import Agreement, agreement
from coachdesk.core.drills.scripts import Script
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.store.database import Database
from coachdesk.store.drills import audits, questions, readiness, rubrics, scripts, sessions
from coachdesk.store.drills.readiness import ReadinessView
from coachdesk.store.drills.rubrics import RubricInfo
from coachdesk.store.drills.sessions import EntryInfo, SessionSummary
from coachdesk.store.roster import service as roster
from coachdesk.store.undo import Change

T = TypeVar("T")
LOG_LIMIT = 2000  # entries the log shows at most (newest first)


@dataclass(frozen=True)
class DrillsData:
    team_id: int
    readiness: ReadinessView
    agreement: Agreement | None
    sessions: list[SessionSummary]
    entries: list[EntryInfo]
    scripts: list[Script]
    questions: list[Question]
    audits: list[Audit]
    reps: list[tuple[int, str]]  # the team's selling reps today (id, name)
    names: dict[int, str]  # every member of the team
    rubrics: list[RubricInfo]  # the shipped rubric and the team's own, retired ones too


def load_drills(db: Database, team_id: int, today: dt.date, progress: ProgressCallback,
                cancel: CancelToken) -> DrillsData:
    steps = 6
    with db.session() as s:
        view = readiness.readiness_of(s, team_id, today)
        progress(1, steps, "")
        cancel.raise_if_cancelled()
        agreed = agreement(sessions.second_scorings(s, team_id))
        summaries = sessions.list_sessions(s, team_id)
        entries = sessions.entry_log(s, team_id, limit=LOG_LIMIT)
        progress(2, steps, "")
        cancel.raise_if_cancelled()
        team_scripts = scripts.list_scripts(s, team_id)
        progress(3, steps, "")
        bank = questions.list_questions(s, team_id)
        progress(4, steps, "")
        team_audits = audits.list_audits(s, team_id)
        progress(5, steps, "")
        reps = [(m.id, m.name) for m in sessions.selling_members(s, team_id, today)]
        names = {m.id: m.name for m in roster.list_members(s, team_id)}
        team_rubrics = rubrics.list_rubrics(s, team_id)
        progress(6, steps, "")
    return DrillsData(team_id, view, agreed, summaries, entries, team_scripts, bank, team_audits, reps, names,
                      team_rubrics)


def load_entries(db: Database, team_id: int, filters: dict[str, Any]) -> list[EntryInfo]:
    with db.session() as s:
        return sessions.entry_log(s, team_id, limit=LOG_LIMIT, **filters)


class DrillEditor(QObject):
    def __init__(self, context: LifecycleContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def edit(self, team_id: int, text: str, op: Callable[[Any], tuple[T, Change]]) -> T:
        with self.context.database().session() as s:
            result, change = op(s)
        self.context.push(text, change, team_id)
        return result

    def push(self, team_id: int, text: str, change: Change) -> None:
        self.context.push(text, change, team_id)
