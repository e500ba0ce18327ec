"""Drill sessions and their entries. An entry is saved the moment the trainer presses Enter (the caller commits
each one), so a session survives a sleeping laptop or a closed app and is resumed where it stopped."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.roster_days import on_roster
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.drills.rubrics import Rubric
from coachdesk.core.drills.scripts import Section
from coachdesk.core.drills.sessions import DrillEntry, DrillSession, Mode, cleaned_entry, cleaned_trainer
from coachdesk.core.roster.model import SELLING_ROLES
from coachdesk.store.drills.models import (
    DrillEntryRow,
    DrillSessionRow,
    QuestionRow,
    ScriptRow,
    ScriptVersionRow,
)
from coachdesk.store.drills.rubrics import rubric_for, rubrics_for, usable_rubric
from coachdesk.store.roster.models import Member
from coachdesk.store.roster.service import find_team

NOT_A_PARTICIPANT = MessageCode("drill.not_participant", "'{value}' is not a rep of this team on {day}")
NO_PARTICIPANTS = MessageCode("drill.no_participants", "pick at least one participant")
SESSION_ENDED = MessageCode("drill.session_ended", "the session ended at {ended}; reopen it to add entries")
OTHER_TEAM_QUESTION = MessageCode("drill.other_question", "question {value} is not in this team's bank")
OTHER_TEAM_SCRIPT = MessageCode("drill.other_script", "script version {value} does not belong to this team")


def _session(row: DrillSessionRow) -> DrillSession:
    return DrillSession(row.team_id, Mode(row.mode), row.started_at, row.trainer, row.rubric_key,
                        row.script_version_id, tuple(json.loads(row.participants_json)), row.ended_at, row.id)


def _entry(row: DrillEntryRow) -> DrillEntry:
    return DrillEntry(row.member_id, row.at, json.loads(row.scores_json), row.question_id, row.answered_well,
                      row.note, row.seconds, row.session_id, row.id)


def _row(session: Session, session_id: int) -> DrillSessionRow:
    row = session.get(DrillSessionRow, session_id)
    if row is None:
        raise NotFoundError("session", f"no drill session with id {session_id}", kind="session",
                            value=str(session_id))
    return row


def get_session(session: Session, session_id: int) -> DrillSession:
    return _session(_row(session, session_id))


def _participants(session: Session, team_id: int, member_ids: Sequence[int], day: dt.date) -> list[int]:
    if not member_ids:
        raise ValidationError(FieldError.of("participants", "required", NO_PARTICIPANTS))
    rows = {m.id: m for m in session.scalars(select(Member).where(Member.team_id == team_id,
                                                                  Member.id.in_(list(member_ids))))}
    errors = [FieldError.of("participants", "not_found", NOT_A_PARTICIPANT, value=str(m), day=day.isoformat())
              for m in member_ids if m not in rows or not on_roster(rows[m].hired_on, rows[m].left_on, day)]
    if errors:
        raise ValidationError(errors)
    return list(dict.fromkeys(member_ids))  # order kept, repeats dropped


def _rubric_key(session: Session, team_id: int, key: str, errors: list[FieldError]) -> str:
    try:
        return usable_rubric(session, team_id, key).key
    except ValidationError as error:
        errors.extend(error.errors)
        return key


def start_session(session: Session, team_id: int, mode: Mode, trainer: str, participants: Sequence[int],
                  at: dt.datetime, script_version_id: int | None = None, rubric_key: str = "") -> int:
    """Open a session; ``rubric_key`` '' scores it on the team's default rubric."""
    find_team(session, team_id)
    errors: list[FieldError] = []
    rubric_key = _rubric_key(session, team_id, rubric_key, errors)
    try:
        name = cleaned_trainer(trainer)
    except ValidationError as error:
        errors.extend(error.errors)
        name = ""
    try:
        people = _participants(session, team_id, participants, at.date())
    except ValidationError as error:
        errors.extend(error.errors)
        people = []
    if script_version_id is not None and session.scalar(
            select(ScriptVersionRow.id).join(ScriptRow, ScriptRow.id == ScriptVersionRow.script_id)
            .where(ScriptVersionRow.id == script_version_id, ScriptRow.team_id == team_id)) is None:
        errors.append(FieldError.of("script_version", "not_found", OTHER_TEAM_SCRIPT, value=str(script_version_id)))
    if errors:
        raise ValidationError(errors)
    row = DrillSessionRow(team_id=team_id, mode=mode.value, trainer=name, rubric_key=rubric_key,
                          script_version_id=script_version_id,
                          participants_json=json.dumps(people), started_at=at)
    session.add(row)
    session.flush()
    return row.id


def save_entry(session: Session, session_id: int, entry: DrillEntry, *, trainer: str = "",
               second_of: int | None = None) -> int:
    """Store one entry (checked against the session's rubric); a participant not yet in the session's list is
    added at the end (a latecomer)."""
    row = _row(session, session_id)
    if row.ended_at is not None:
        raise ValidationError(FieldError.of("session", "closed", SESSION_ENDED, ended=row.ended_at.isoformat(" ",
                                                                                                           "minutes")))
    clean = cleaned_entry(entry, rubric_for(session, row.rubric_key))
    people = json.loads(row.participants_json)
    if clean.member_id not in people:
        _participants(session, row.team_id, [clean.member_id], clean.at.date())
        row.participants_json = json.dumps([*people, clean.member_id])
    if clean.question_id is not None and session.scalar(
            select(QuestionRow.id).where(QuestionRow.id == clean.question_id,
                                         QuestionRow.team_id == row.team_id)) is None:
        raise ValidationError(FieldError.of("question", "not_found", OTHER_TEAM_QUESTION,
                                            value=str(clean.question_id)))
    stored = DrillEntryRow(session_id=session_id, member_id=clean.member_id, question_id=clean.question_id,
                           at=clean.at, scores_json=json.dumps(dict(clean.scores)), answered_well=clean.answered_well,
                           note=clean.note, seconds=clean.seconds, trainer=trainer or row.trainer,
                           second_of=second_of)
    session.add(stored)
    session.flush()
    return stored.id


def delete_entry(session: Session, entry_id: int) -> None:
    row = session.get(DrillEntryRow, entry_id)
    if row is None:
        raise NotFoundError("entry", f"no drill entry with id {entry_id}", kind="entry", value=str(entry_id))
    session.delete(row)
    session.flush()


def end_session(session: Session, session_id: int, at: dt.datetime) -> None:
    _row(session, session_id).ended_at = at
    session.flush()


def reopen_session(session: Session, session_id: int) -> None:
    _row(session, session_id).ended_at = None
    session.flush()


def delete_session(session: Session, session_id: int) -> None:
    session.delete(_row(session, session_id))
    session.flush()


def session_entries(session: Session, session_id: int) -> list[DrillEntry]:
    return [_entry(r) for r in session.scalars(select(DrillEntryRow).where(DrillEntryRow.session_id == session_id,
                                                                           DrillEntryRow.second_of.is_(None))
                                               .order_by(DrillEntryRow.at, DrillEntryRow.id))]


# --- logs ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SessionSummary:
    session: DrillSession
    entries: int
    people: int  # participants with at least one entry
    average: float | None  # mean rubric total of the entries
    share_well: float | None  # answered well / questions asked
    script: tuple[str, int] | None  # (script name, version number)


def list_sessions(session: Session, team_id: int, *, since: dt.date | None = None,
                  until: dt.date | None = None) -> list[SessionSummary]:
    """The team's sessions, newest first, with their figures."""
    query = select(DrillSessionRow).where(DrillSessionRow.team_id == team_id)
    if since is not None:
        query = query.where(DrillSessionRow.started_at >= dt.datetime.combine(since, dt.time()))
    if until is not None:
        query = query.where(DrillSessionRow.started_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    rows = session.scalars(query.order_by(DrillSessionRow.started_at.desc(), DrillSessionRow.id.desc())).all()
    labels = dict(((i, (n, int(v))) for i, n, v in session.execute(
        select(ScriptVersionRow.id, ScriptRow.name, ScriptVersionRow.number)
        .join(ScriptRow, ScriptRow.id == ScriptVersionRow.script_id).where(ScriptRow.team_id == team_id))))
    entries: dict[int, list[DrillEntryRow]] = {}
    for e in session.scalars(select(DrillEntryRow).join(DrillSessionRow).where(
            DrillSessionRow.team_id == team_id, DrillEntryRow.second_of.is_(None),
            DrillEntryRow.session_id.in_([r.id for r in rows]))):
        entries.setdefault(e.session_id, []).append(e)
    out = []
    rubrics = rubrics_for(session, (r.rubric_key for r in rows))
    for r in rows:
        rubric = rubrics[r.rubric_key]
        mine = entries.get(r.id, [])
        totals = [t for t in (rubric.total(json.loads(e.scores_json)) for e in mine) if t is not None]
        asked = [e.answered_well for e in mine if e.answered_well is not None]
        out.append(SessionSummary(_session(r), len(mine), len({e.member_id for e in mine}),
                                  sum(totals) / len(totals) if totals else None,
                                  sum(asked) / len(asked) if asked else None,
                                  labels.get(r.script_version_id) if r.script_version_id else None))
    return out


def open_sessions(session: Session, team_id: int) -> list[DrillSession]:
    """Sessions not ended (left open by a closed app): the console offers to resume them."""
    return [_session(r) for r in session.scalars(select(DrillSessionRow).where(
        DrillSessionRow.team_id == team_id, DrillSessionRow.ended_at.is_(None))
        .order_by(DrillSessionRow.started_at.desc()))]


@dataclass(frozen=True, slots=True)
class EntryInfo:
    entry: DrillEntry
    member: str
    question: str  # "" without a question
    section: Section | None
    mode: Mode
    trainer: str
    total: float | None
    script: tuple[str, int] | None
    rubric: Rubric | None = None  # the rubric the entry was scored on (its criteria's names)


def entry_log(session: Session, team_id: int, *, member_id: int | None = None, question_id: int | None = None,
              section: Section | None = None, script_version_id: int | None = None,
              limit: int | None = None) -> list[EntryInfo]:
    """Entries of the team, newest first, filtered by rep, question, script section or script version."""
    where: list[ColumnElement[bool]] = [DrillSessionRow.team_id == team_id, DrillEntryRow.second_of.is_(None)]
    if member_id is not None:
        where.append(DrillEntryRow.member_id == member_id)
    if question_id is not None:
        where.append(DrillEntryRow.question_id == question_id)
    if section is not None:
        where.append(QuestionRow.section == section.value)
    if script_version_id is not None:
        where.append(DrillSessionRow.script_version_id == script_version_id)
    query = (select(DrillEntryRow, Member.name, QuestionRow.text, QuestionRow.section, DrillSessionRow.mode,
                    DrillSessionRow.rubric_key, ScriptRow.name, ScriptVersionRow.number)
             .join(DrillSessionRow, DrillSessionRow.id == DrillEntryRow.session_id)
             .join(Member, Member.id == DrillEntryRow.member_id)
             .outerjoin(QuestionRow, QuestionRow.id == DrillEntryRow.question_id)
             .outerjoin(ScriptVersionRow, ScriptVersionRow.id == DrillSessionRow.script_version_id)
             .outerjoin(ScriptRow, ScriptRow.id == ScriptVersionRow.script_id)
             .where(*where).order_by(DrillEntryRow.at.desc(), DrillEntryRow.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    out = []
    found = session.execute(query).all()
    rubrics = rubrics_for(session, (r[5] for r in found))
    for row, name, text, sect, mode, rubric_key, script, number in found:
        entry = _entry(row)
        out.append(EntryInfo(entry, name, text or "", Section(sect) if sect else None, Mode(mode), row.trainer,
                             rubrics[rubric_key].total(entry.scores),
                             (script, int(number)) if script is not None else None, rubrics[rubric_key]))
    return out


def second_scorings(session: Session, team_id: int) -> list[tuple[dict[str, int], dict[str, int]]]:
    """(first trainer's scores, second trainer's scores) of every role-play two trainers scored."""
    first = DrillEntryRow.__table__.alias("first_scoring")
    rows = session.execute(
        select(first.c.scores_json, DrillEntryRow.scores_json)
        .join(first, first.c.id == DrillEntryRow.second_of)
        .join(DrillSessionRow, DrillSessionRow.id == DrillEntryRow.session_id)
        .where(DrillSessionRow.team_id == team_id))
    return [(json.loads(a), json.loads(b)) for a, b in rows]


def selling_members(session: Session, team_id: int, day: dt.date) -> list[Member]:
    """The reps a trainer can call up on ``day``: selling roles, on the roster that day, by name."""
    members = session.scalars(select(Member).where(Member.team_id == team_id,
                                                   Member.role.in_([r.value for r in SELLING_ROLES]))
                              .order_by(Member.name)).all()
    return [m for m in members if on_roster(m.hired_on, m.left_on, day)]


def entries_count(session: Session, team_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(DrillEntryRow).join(DrillSessionRow)
                              .where(DrillSessionRow.team_id == team_id)) or 0)
