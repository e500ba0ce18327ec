"""The playbook in use: the defaults from resources/playbooks/ with the managers' stored edits laid over them."""

from __future__ import annotations

import json
import re
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.lifecycle.playbook import (
    Playbook,
    Practice,
    clean_practice,
    default_playbook,
    practice_from_mapping,
)
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.store.lifecycle.models import PlaybookEdit


def known_signals() -> list[str]:
    return list(default_wording().names)


def stored_edits(session: Session) -> list[Practice]:
    rows = session.execute(select(PlaybookEdit.practice_id, PlaybookEdit.practice_json)
                           .order_by(PlaybookEdit.practice_id))
    return [practice_from_mapping(json.loads(data), f"playbook_edits[{pid}]") for pid, data in rows]


def effective_playbook(session: Session) -> Playbook:
    return default_playbook().with_edits(stored_edits(session))


def edited_ids(session: Session) -> set[str]:
    return set(session.scalars(select(PlaybookEdit.practice_id)))


def save_practice(session: Session, practice: Practice) -> Practice:
    """Store a manager's version of a practice (checked first: every field error at once)."""
    clean = clean_practice(practice, known_signals())
    default = default_playbook().get(clean.id)
    if default is not None and clean.custom:
        raise ValidationError.single("id", f"{clean.id!r} is a default practice", "duplicate", value=clean.id)
    data = json.dumps(clean.to_mapping(), ensure_ascii=False, sort_keys=True)
    row = session.get(PlaybookEdit, clean.id)
    if row is None:
        session.add(PlaybookEdit(practice_id=clean.id, stage=clean.stage.value, practice_json=data))
    else:
        row.stage, row.practice_json = clean.stage.value, data
    session.flush()
    return clean


def new_practice_id(session: Session, stage: Stage, title: str) -> str:
    """An id for an own practice: custom-<stage>-<n>, unique among defaults and edits."""
    taken = {p.id for p in effective_playbook(session).practices}
    base = f"custom-{stage.value}"
    number = 1 + max((int(m.group(1)) for i in taken if (m := re.fullmatch(rf"{base}-(\d+)", i))), default=0)
    return f"{base}-{number}"


def restore_practice(session: Session, practice_id: str) -> None:
    """Back to the default text (an own practice is removed)."""
    session.execute(delete(PlaybookEdit).where(PlaybookEdit.practice_id == practice_id))


def restore_all(session: Session, stage: Stage | None = None) -> int:
    query = delete(PlaybookEdit)
    if stage is not None:
        query = query.where(PlaybookEdit.stage == stage.value)
    result = cast(CursorResult[Any], session.execute(query))  # a DELETE's result is a cursor result
    return result.rowcount or 0
