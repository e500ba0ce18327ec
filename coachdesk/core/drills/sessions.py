"""Drill sessions and their entries: a trainer drills participants of a team on one script version, in a mode
(role-play, morning contest, certification); every entry is one participant answering one drawn question, scored on
the rubric, answered well or not, with a short note. Entries are saved one by one as they are made (a session left
open by a closed laptop resumes where it stopped)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coachdesk.core.common.validation import (
    FieldError,
    ValidationError,
    check_optional,
    check_required,
    clean_text,
    raise_if_any,
)
from coachdesk.core.drills.rubrics import Rubric

MAX_NOTE = 500
MAX_TRAINER = 60


class Mode(StrEnum):
    ROLE_PLAY = "role_play"
    MORNING = "morning"  # the morning contest: group representatives on the core value
    CERTIFICATION = "certification"  # counts toward a rep's certification


@dataclass(frozen=True, slots=True)
class DrillSession:
    team_id: int
    mode: Mode
    started_at: dt.datetime
    trainer: str
    rubric_key: str
    script_version_id: int | None = None  # the version drilled on (None: no script recorded)
    participants: tuple[int, ...] = ()  # member ids, in the order they are called
    ended_at: dt.datetime | None = None
    id: int | None = None

    @property
    def open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class DrillEntry:
    member_id: int
    at: dt.datetime
    scores: Mapping[str, int] = field(default_factory=dict)  # criterion key → 1..5 (criteria may be skipped)
    question_id: int | None = None
    answered_well: bool | None = None  # None: no question was asked (a pure role-play score)
    note: str = ""
    seconds: int | None = None  # how long the answer took (the console's timer)
    session_id: int | None = None
    id: int | None = None


def cleaned_entry(entry: DrillEntry, rubric: Rubric) -> DrillEntry:
    """The entry checked against its rubric; raises ValidationError naming each bad field. An entry must say
    something: a score, or how a question was answered."""
    errors: list[FieldError] = []
    try:
        scores = rubric.check(entry.scores)
    except ValidationError as error:  # keep its field errors with the others
        scores = {}
        errors.extend(error.errors)
    note = clean_text(entry.note)
    check_optional(errors, "note", note, MAX_NOTE)
    if entry.question_id is not None and entry.answered_well is None:
        errors.append(FieldError("answered_well", "say whether the question was answered well", "required"))
    if entry.question_id is None and entry.answered_well is not None:
        errors.append(FieldError("question", "answered well or not needs the question asked", "required"))
    if not entry.scores and entry.answered_well is None:
        errors.append(FieldError("scores", "score at least one criterion or ask a question", "required"))
    if entry.seconds is not None and entry.seconds < 0:
        errors.append(FieldError("seconds", "must not be negative", "range"))
    raise_if_any(errors)
    return DrillEntry(entry.member_id, entry.at, scores, entry.question_id, entry.answered_well, note,
                      entry.seconds, entry.session_id, entry.id)


def cleaned_trainer(name: str) -> str:
    text = clean_text(name)
    errors: list[FieldError] = []
    check_required(errors, "trainer", text, MAX_TRAINER)
    raise_if_any(errors)
    return text
