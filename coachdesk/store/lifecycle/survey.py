"""Stage survey answers: typed in (one questionnaire at a time) or imported from a file (all or nothing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import Survey, TeamSurveyResult, check_answers, default_survey
from coachdesk.core.lifecycle.survey import team_result as core_team_result
from coachdesk.core.lifecycle.survey_file import read_survey_file
from coachdesk.store.lifecycle.facts import survey_responses
from coachdesk.store.lifecycle.models import SurveyAnswer, SurveyResponse
from coachdesk.store.roster.models import Member, Team


@dataclass(frozen=True, slots=True)
class ResponseRow:
    id: int
    answered_on: dt.date
    member_id: int | None
    member_name: str  # "" for anonymous answers
    source: str
    scores: dict[Stage, int]
    member_employee_id: str = ""  # "" for anonymous answers


def add_response(session: Session, team_id: int, answered_on: dt.date, answers: Mapping[str, int | None],
                 member_id: int | None = None, *, source: str = "manual", file_name: str = "",
                 survey: Survey | None = None) -> int:
    items = survey or default_survey()
    clean = check_answers(items, answers)
    if member_id is not None:
        member = session.get(Member, member_id)
        if member is None or member.team_id != team_id:
            raise ValidationError.single("member", "not a member of this team", "other_team")
    response = SurveyResponse(team_id=team_id, member_id=member_id, answered_on=answered_on, source=source,
                              file_name=file_name)
    session.add(response)
    session.flush()
    session.add_all(SurveyAnswer(response_id=response.id, item_id=k, score=v) for k, v in clean.items())
    session.flush()
    return response.id


def _member_lookup(session: Session, team_id: int) -> dict[str, int]:
    """Employee ids and (unique) names of the team's members → member id."""
    rows = session.execute(select(Member.id, Member.employee_id, Member.name).where(Member.team_id == team_id))
    by_key: dict[str, int] = {}
    names: dict[str, list[int]] = {}
    for member_id, employee_id, name in rows:
        by_key[employee_id] = member_id
        names.setdefault(name, []).append(member_id)
    for name, ids in names.items():
        if len(ids) == 1:
            by_key.setdefault(name, ids[0])
    return by_key


def import_survey_file(session: Session, team_id: int, path: Path, encoding: str | None = None,
                       survey: Survey | None = None) -> int:
    """Store every row of the file, or none: raises ``SurveyFileError`` listing each problem by row/column."""
    items = survey or default_survey()
    members = _member_lookup(session, team_id)
    rows = read_survey_file(path, items, encoding, members)
    for row in rows:
        add_response(session, team_id, row.answered_on, row.answers, members.get(row.member) if row.member else None,
                     source="import", file_name=Path(path).name, survey=items)
    return len(rows)


def list_responses(session: Session, team_id: int, survey: Survey | None = None) -> list[ResponseRow]:
    items = survey or default_survey()
    stage_of = {item.id: item.stage for item in items.items}
    query = (
        select(SurveyResponse.id, SurveyResponse.answered_on, SurveyResponse.member_id, Member.name,
               Member.employee_id, SurveyResponse.source, SurveyAnswer.item_id, SurveyAnswer.score)
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .outerjoin(Member, Member.id == SurveyResponse.member_id)
        .where(SurveyResponse.team_id == team_id)
        .order_by(SurveyResponse.answered_on.desc(), SurveyResponse.id.desc())
    )
    rows: dict[int, ResponseRow] = {}
    for rid, day, member_id, name, employee_id, source, item_id, score in session.execute(query):
        row = rows.get(rid)
        if row is None:
            row = rows[rid] = ResponseRow(rid, day, member_id, name or "", source, dict.fromkeys(STAGES, 0),
                                          employee_id or "")
        if item_id in stage_of:
            row.scores[stage_of[item_id]] += score
    return list(rows.values())


def response_answers(session: Session, response_id: int) -> dict[str, int]:
    return dict(session.execute(select(SurveyAnswer.item_id, SurveyAnswer.score)
                                .where(SurveyAnswer.response_id == response_id)).all())


def delete_response(session: Session, response_id: int) -> None:
    if session.get(SurveyResponse, response_id) is None:
        raise ValidationError(FieldError("response", f"no survey response {response_id}", "not_found"))
    session.execute(delete(SurveyResponse).where(SurveyResponse.id == response_id))


def team_result(session: Session, team_id: int, as_of: dt.date, survey: Survey | None = None
                ) -> TeamSurveyResult | None:
    if session.get(Team, team_id) is None:
        raise LookupError(f"team {team_id} does not exist")
    return core_team_result(survey_responses(session, team_id, as_of, survey or default_survey()), as_of)

