"""Scripts and their versions: create a script, save a new version (never edit an old one), choose the team's
unified version, read two versions' difference."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.drills.scripts import (
    Script,
    ScriptDraft,
    ScriptVersion,
    Section,
    SectionDiff,
    VersionDraft,
    diff_versions,
)
from coachdesk.store.drills.models import ScriptRow, ScriptVersionRow
from coachdesk.store.roster.service import find_team


def _version(row: ScriptVersionRow) -> ScriptVersion:
    sections = {Section(k): v for k, v in json.loads(row.sections_json).items() if k in Section._value2member_map_}
    return ScriptVersion(row.number, sections, row.created_on, row.note, row.id)


def _row(session: Session, script_id: int) -> ScriptRow:
    row = session.get(ScriptRow, script_id)
    if row is None:
        raise NotFoundError("script", f"no script with id {script_id}", kind="script", value=str(script_id))
    return row


def get_script(session: Session, script_id: int) -> Script:
    row = _row(session, script_id)
    versions = session.scalars(select(ScriptVersionRow).where(ScriptVersionRow.script_id == script_id)
                               .order_by(ScriptVersionRow.number)).all()
    return Script(row.name, row.product, tuple(_version(v) for v in versions), row.current_number, row.id)


def list_scripts(session: Session, team_id: int) -> list[Script]:
    ids = session.scalars(select(ScriptRow.id).where(ScriptRow.team_id == team_id).order_by(ScriptRow.name)).all()
    return [get_script(session, i) for i in ids]


def _check_name_free(session: Session, team_id: int, name: str, script_id: int | None) -> None:
    clash = session.scalar(select(ScriptRow.id).where(ScriptRow.team_id == team_id,
                                                      func.lower(ScriptRow.name) == name.lower()))
    if clash is not None and clash != script_id:
        raise ValidationError(FieldError("name", f"the team already has a script named {name!r}", "duplicate",
                                         {"value": name}))


def create_script(session: Session, team_id: int, draft: ScriptDraft) -> int:
    find_team(session, team_id)
    clean = draft.cleaned()
    _check_name_free(session, team_id, clean.name, None)
    row = ScriptRow(team_id=team_id, name=clean.name, product=clean.product)
    session.add(row)
    session.flush()
    return row.id


def rename_script(session: Session, script_id: int, draft: ScriptDraft) -> None:
    row = _row(session, script_id)
    clean = draft.cleaned()
    _check_name_free(session, row.team_id, clean.name, script_id)
    row.name, row.product = clean.name, clean.product
    session.flush()


def delete_script(session: Session, script_id: int) -> None:
    session.delete(_row(session, script_id))
    session.flush()


def add_version(session: Session, script_id: int, draft: VersionDraft, on: dt.date, *,
                make_current: bool = True) -> int:
    """Save a new version (number = last + 1); by default it becomes the team's unified version."""
    row = _row(session, script_id)
    clean = draft.cleaned()
    last = session.scalar(select(func.max(ScriptVersionRow.number)).where(ScriptVersionRow.script_id == script_id))
    number = int(last or 0) + 1
    session.add(ScriptVersionRow(script_id=script_id, number=number, created_on=on, note=clean.note,
                                 sections_json=json.dumps({s.value: t for s, t in clean.sections.items()},
                                                          ensure_ascii=False)))
    if make_current:
        row.current_number = number
    session.flush()
    return number


def set_current(session: Session, script_id: int, number: int) -> None:
    row = _row(session, script_id)
    if session.scalar(select(ScriptVersionRow.id).where(ScriptVersionRow.script_id == script_id,
                                                        ScriptVersionRow.number == number)) is None:
        raise NotFoundError("version", f"the script has no version {number}", kind="version", value=str(number))
    row.current_number = number
    session.flush()


def version_diff(session: Session, script_id: int, old: int, new: int) -> tuple[SectionDiff, ...]:
    script = get_script(session, script_id)
    try:
        return diff_versions(script.version(old), script.version(new))
    except KeyError as missing:
        raise NotFoundError("version", f"the script has no version {missing.args[0]}", kind="version",
                            value=str(missing.args[0])) from None


def version_label(session: Session, version_id: int | None) -> tuple[str, int] | None:
    """(script name, version number) of a stored version id."""
    if version_id is None:
        return None
    found = session.execute(select(ScriptRow.name, ScriptVersionRow.number).join(
        ScriptRow, ScriptRow.id == ScriptVersionRow.script_id).where(ScriptVersionRow.id == version_id)).first()
    return None if found is None else (found[0], int(found[1]))


def current_version_id(session: Session, script_id: int) -> int | None:
    row = _row(session, script_id)
    if row.current_number is None:
        return None
    return session.scalar(select(ScriptVersionRow.id).where(ScriptVersionRow.script_id == script_id,
                                                            ScriptVersionRow.number == row.current_number))
