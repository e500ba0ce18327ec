"""Audits of real calls (mystery shopper, QC call review): record, list, delete."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.drills.audits import Audit, AuditKind, cleaned_audit
from coachdesk.store.drills.models import AuditRow
from coachdesk.store.roster.models import Member
from coachdesk.store.roster.service import find_team

NOT_ON_TEAM = MessageCode("audit.not_on_team", "member {value} is not on this team")


def _audit(row: AuditRow) -> Audit:
    return Audit(row.member_id, row.audited_on, AuditKind(row.kind), row.auditor, json.loads(row.points_json),
                 tuple(json.loads(row.issues_json)), row.score, row.note, row.id, row.team_id)


def add_audit(session: Session, team_id: int, audit: Audit, today: dt.date) -> int:
    find_team(session, team_id)
    clean = cleaned_audit(audit, today)
    member = session.get(Member, clean.member_id)
    if member is None or member.team_id != team_id:
        raise ValidationError(FieldError.of("member", "not_found", NOT_ON_TEAM, value=str(clean.member_id)))
    row = AuditRow(team_id=team_id, member_id=clean.member_id, audited_on=clean.on, kind=clean.kind.value,
                   auditor=clean.auditor, points_json=json.dumps(dict(clean.points), ensure_ascii=False),
                   issues_json=json.dumps(list(clean.issues), ensure_ascii=False), score=clean.score, note=clean.note)
    session.add(row)
    session.flush()
    return row.id


def delete_audit(session: Session, audit_id: int) -> None:
    row = session.get(AuditRow, audit_id)
    if row is None:
        raise NotFoundError("audit", f"no audit with id {audit_id}", kind="audit", value=str(audit_id))
    session.delete(row)
    session.flush()


def list_audits(session: Session, team_id: int, *, member_id: int | None = None,
                until: dt.date | None = None) -> list[Audit]:
    """The team's audits, newest first."""
    query = select(AuditRow).where(AuditRow.team_id == team_id)
    if member_id is not None:
        query = query.where(AuditRow.member_id == member_id)
    if until is not None:
        query = query.where(AuditRow.audited_on <= until)
    return [_audit(r) for r in session.scalars(query.order_by(AuditRow.audited_on.desc(), AuditRow.id.desc()))]
