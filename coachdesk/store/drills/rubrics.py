"""Rubrics a team scores drills on: the shipped telesales rubric (built in, read-only) and the team's own, one of
which may be the team's default (preselected when a session starts; its pass mark is the team's certification
mark). Sessions keep their rubric's key, so every score is read on the rubric it was given on — an edit of a
rubric that has been used saves a revision and retires the old one (models.RubricRow)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coachdesk.core.common.local_text import LANGUAGES
from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.drills.rubric_drafts import RubricDraft, cleaned_rubric, rubric_of_data, rubric_to_data
from coachdesk.core.drills.rubrics import Rubric, default_rubric
from coachdesk.store.drills.models import DrillSessionRow, RubricRow
from coachdesk.store.roster.service import find_team

PREFIX = "rubric-"
NAME_TAKEN = MessageCode("rubric.name_taken", "the team already has a rubric called '{value}'")
BUILT_IN = MessageCode("rubric.built_in", "the shipped rubric cannot be changed; copy it and edit the copy")
RUBRIC_USED = MessageCode("rubric.used", "{sessions} drill sessions were scored on it: retire it instead (their "
                                         "scores keep it)")
OTHER_TEAM_RUBRIC = MessageCode("rubric.other_team", "rubric {value} is not one of this team's rubrics")
RUBRIC_RETIRED = MessageCode("rubric.retired", "rubric {value} is retired; restore it to score on it")


def key_of(rubric_id: int) -> str:
    return f"{PREFIX}{rubric_id}"


def _id_of(key: str) -> int | None:
    if key.startswith(PREFIX) and key[len(PREFIX):].isdigit():
        return int(key[len(PREFIX):])
    return None


def is_built_in(key: str) -> bool:
    return _id_of(key) is None


def _rubric(row: RubricRow) -> Rubric:
    return rubric_of_data(json.loads(row.data_json), key_of(row.id), f"drill_rubrics[{row.id}]")


def rubric_for(session: Session, key: str) -> Rubric:
    """The rubric a session was scored on ('' or the shipped key: the shipped rubric). A rubric row is deleted only
    when no session names it, so a key whose row is gone (a session of an undone rubric) reads as the shipped one."""
    rubric_id = _id_of(key)
    row = session.get(RubricRow, rubric_id) if rubric_id is not None else None
    return _rubric(row) if row is not None else default_rubric()


def rubrics_for(session: Session, keys: Iterable[str]) -> dict[str, Rubric]:
    """Several sessions' rubrics in one query, by key."""
    wanted = set(keys)
    ids = [i for i in (_id_of(k) for k in wanted) if i is not None]
    rows = {key_of(r.id): r for r in session.scalars(select(RubricRow).where(RubricRow.id.in_(ids)))} if ids else {}
    return {k: _rubric(rows[k]) if k in rows else default_rubric() for k in wanted}


@dataclass(frozen=True, slots=True)
class RubricInfo:
    rubric: Rubric
    built_in: bool
    team_default: bool
    retired: bool
    sessions: int  # drill sessions scored on it (any team, for the shipped one: this team's)
    replaces: str | None = None  # the key of the revision it replaced

    @property
    def key(self) -> str:
        return self.rubric.key


def _row(session: Session, key: str, team_id: int | None = None) -> RubricRow:
    rubric_id = _id_of(key)
    if rubric_id is None:
        raise ValidationError(FieldError.of("rubric", "built_in", BUILT_IN))
    row = session.get(RubricRow, rubric_id)
    if row is None or (team_id is not None and row.team_id != team_id):
        raise NotFoundError("rubric", f"no rubric {key}", kind="rubric", value=key)
    return row


def _uses(session: Session, team_id: int) -> dict[str, int]:
    rows = session.execute(select(DrillSessionRow.rubric_key, func.count()).where(
        DrillSessionRow.team_id == team_id).group_by(DrillSessionRow.rubric_key))
    return {key: int(count) for key, count in rows}


def list_rubrics(session: Session, team_id: int, *, retired: bool = True) -> list[RubricInfo]:
    """The shipped rubric first, then the team's own in the order they were made (retired ones too unless
    ``retired`` is False)."""
    find_team(session, team_id)
    uses = _uses(session, team_id)
    rows = list(session.scalars(select(RubricRow).where(RubricRow.team_id == team_id).order_by(RubricRow.id)))
    shipped = default_rubric()
    infos = [RubricInfo(shipped, True, not any(r.team_default for r in rows), False,
                        uses.get(shipped.key, 0) + uses.get("", 0))]
    infos += [RubricInfo(_rubric(r), False, r.team_default, r.retired, uses.get(key_of(r.id), 0),
                         key_of(r.replaces_id) if r.replaces_id else None)
              for r in rows if retired or not r.retired]
    return infos


def team_rubric(session: Session, team_id: int) -> Rubric:
    """The rubric a new session of the team is scored on unless the trainer picks another."""
    row = session.scalars(select(RubricRow).where(RubricRow.team_id == team_id, RubricRow.team_default.is_(True),
                                                  RubricRow.retired.is_(False))).first()
    return _rubric(row) if row is not None else default_rubric()


def usable_rubric(session: Session, team_id: int, key: str) -> Rubric:
    """The rubric a new session may be scored on: the shipped one or one of the team's own, not retired. Raises
    ValidationError on field ``rubric``."""
    if not key:
        return team_rubric(session, team_id)
    if is_built_in(key):
        if key != default_rubric().key:
            raise ValidationError(FieldError.of("rubric", "not_found", OTHER_TEAM_RUBRIC, value=key))
        return default_rubric()
    row = session.get(RubricRow, _id_of(key))
    if row is None or row.team_id != team_id:
        raise ValidationError(FieldError.of("rubric", "not_found", OTHER_TEAM_RUBRIC, value=key))
    if row.retired:
        raise ValidationError(FieldError.of("rubric", "retired", RUBRIC_RETIRED, value=_rubric(row).label("en")))
    return _rubric(row)


def _check_name_free(session: Session, team_id: int, rubric: Rubric, skip: int | None) -> None:
    names = {v.casefold() for v in rubric.name.values()}
    taken = [default_rubric()] + [_rubric(r) for r in session.scalars(select(RubricRow).where(
        RubricRow.team_id == team_id, RubricRow.retired.is_(False))) if r.id != skip]
    for other in taken:
        if names & {v.casefold() for v in other.name.values()}:
            raise ValidationError(FieldError.of("name", "duplicate", NAME_TAKEN, value=rubric.label(LANGUAGES[0])))


def add_rubric(session: Session, team_id: int, draft: RubricDraft, *, team_default: bool = False) -> str:
    """Save a new rubric for the team; its key."""
    find_team(session, team_id)
    rubric = cleaned_rubric(draft, "new")
    _check_name_free(session, team_id, rubric, None)
    row = RubricRow(team_id=team_id, data_json="{}", team_default=False)
    session.add(row)
    session.flush()
    _store(row, rubric)
    if team_default:
        set_team_default(session, team_id, key_of(row.id))
    session.flush()
    return key_of(row.id)


def _store(row: RubricRow, rubric: Rubric) -> None:
    data = rubric_to_data(Rubric(key_of(row.id), rubric.name, rubric.criteria, rubric.pass_mark))
    row.data_json = json.dumps(data, ensure_ascii=False)


def update_rubric(session: Session, key: str, draft: RubricDraft) -> str:
    """Save an edit; the rubric's key afterwards. A rubric no session was scored on changes in place; one that was
    used is kept as it is (retired) and the edit becomes a new revision that takes its place, default included."""
    row = _row(session, key)
    rubric = cleaned_rubric(draft, key)
    _check_name_free(session, row.team_id, rubric, row.id)
    used = session.scalar(select(func.count()).select_from(DrillSessionRow).where(DrillSessionRow.rubric_key == key))
    if not used:
        _store(row, rubric)
        session.flush()
        return key
    revision = RubricRow(team_id=row.team_id, data_json="{}", team_default=row.team_default, retired=row.retired,
                         replaces_id=row.id)
    session.add(revision)
    row.team_default, row.retired = False, True
    session.flush()
    _store(revision, rubric)
    session.flush()
    return key_of(revision.id)


def set_team_default(session: Session, team_id: int, key: str) -> None:
    """Make ``key`` the team's default (the shipped key: no own default)."""
    find_team(session, team_id)
    target = None if is_built_in(key) else _row(session, key, team_id)
    if target is not None and target.retired:
        raise ValidationError(FieldError.of("rubric", "retired", RUBRIC_RETIRED, value=key))
    session.execute(update(RubricRow).where(RubricRow.team_id == team_id).values(team_default=False))
    if target is not None:
        target.team_default = True
    session.flush()


def set_retired(session: Session, key: str, retired: bool) -> None:
    """Retire a rubric (no new session picks it; its sessions keep it) or restore it. A retired default is no longer
    the default."""
    row = _row(session, key)
    if not retired:
        _check_name_free(session, row.team_id, _rubric(row), row.id)
    row.retired = retired
    if retired:
        row.team_default = False
    session.flush()


def delete_rubric(session: Session, key: str) -> None:
    """Delete a rubric no session was scored on (one that was: RUBRIC_USED, retire it instead)."""
    row = _row(session, key)
    used = session.scalar(select(func.count()).select_from(DrillSessionRow).where(DrillSessionRow.rubric_key == key))
    if used:
        raise ValidationError(FieldError.of("rubric", "has_activity", RUBRIC_USED, sessions=used))
    session.execute(update(RubricRow).where(RubricRow.replaces_id == row.id).values(replaces_id=None))
    session.delete(row)
    session.flush()
