"""Diagnose a team, keep its stage history (accept, confirm, override with a reason) and its thresholds."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.core.common.progress import CancelToken, ProgressCallback, no_progress
from coachdesk.core.common.validation import FieldError, ValidationError, clean_text
from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus, due_this_week
from coachdesk.core.lifecycle.diagnosis import Diagnosis, diagnose
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.core.lifecycle.stages import Stage, StageMap
from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, Thresholds, thresholds_from
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.action_plans import current_plan, plan_actions
from coachdesk.store.lifecycle.facts import gather_facts
from coachdesk.store.lifecycle.models import LifecycleSettings, StageRecord
from coachdesk.store.lifecycle.playbooks import effective_playbook
from coachdesk.store.roster.models import Team


def team_thresholds(session: Session, team_id: int) -> Thresholds:
    row = session.get(LifecycleSettings, team_id)
    return thresholds_from(json.loads(row.thresholds_json)) if row else DEFAULT_THRESHOLDS


def set_team_thresholds(session: Session, team_id: int, changes: dict[str, object]) -> Thresholds:
    """Apply changes to the team's thresholds (checked, every error at once); store only what differs from the
    defaults. A value of None resets that threshold."""
    current = team_thresholds(session, team_id).to_mapping()
    for name, value in changes.items():
        if value is None:
            current[name] = DEFAULT_THRESHOLDS.to_mapping().get(name)  # type: ignore[assignment]
            if current[name] is None:
                raise ValidationError.single(name, f"{name!r} is not a threshold", "bad_format")
        else:
            current[name] = value  # type: ignore[assignment]
    result = thresholds_from(current)
    differing = {k: v for k, v in result.to_mapping().items() if DEFAULT_THRESHOLDS.to_mapping()[k] != v}
    row = session.get(LifecycleSettings, team_id)
    if row is None:
        session.add(LifecycleSettings(team_id=team_id, thresholds_json=json.dumps(differing, sort_keys=True)))
    else:
        row.thresholds_json = json.dumps(differing, sort_keys=True)
    session.flush()
    return result


def diagnose_team(session: Session, team_id: int, as_of: dt.date) -> Diagnosis:
    facts = gather_facts(session, team_id, as_of)
    return diagnose(facts, effective_playbook(session), team_thresholds(session, team_id))


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    as_of: dt.date
    kind: str  # accepted / confirmed / overridden
    stage: Stage
    diagnosed_stage: Stage
    mix: StageMap
    confidence: float
    contradiction_signal: str
    contradiction_summary: str
    reason: str
    source: str


def record_stage(session: Session, diagnosis: Diagnosis, kind: str = "accepted", stage: Stage | None = None,
                 reason: str = "", source: str = "app", lang: str = "en") -> int:
    """Store a diagnosis the manager accepted, confirmed, or overrode (a different stage needs a reason)."""
    reason = clean_text(reason)
    chosen = stage or diagnosis.top_stage
    errors: list[FieldError] = []
    if kind not in ("accepted", "confirmed", "overridden"):
        errors.append(FieldError("kind", f"{kind!r} is not accepted, confirmed or overridden", "bad_format"))
    if kind == "overridden" and not reason:
        errors.append(FieldError("reason", "an override needs a reason", "required"))
    if kind != "overridden" and chosen is not diagnosis.top_stage:
        errors.append(FieldError("stage", "a different stage than the diagnosis is an override", "bad_format"))
    if errors:
        raise ValidationError(errors)
    summary = contradiction_text(diagnosis, lang).summary
    mix = diagnosis.stage_mix
    row = StageRecord(team_id=diagnosis.team_id, as_of=diagnosis.as_of, kind=kind, stage=chosen.value,
                      diagnosed_stage=diagnosis.top_stage.value, mix_forming=mix[Stage.FORMING],
                      mix_storming=mix[Stage.STORMING], mix_norming=mix[Stage.NORMING],
                      mix_performing=mix[Stage.PERFORMING], confidence=diagnosis.confidence,
                      contradiction_signal=diagnosis.contradiction.signal, contradiction_summary=summary,
                      source=source, reason=reason)
    session.add(row)
    session.flush()
    return row.id


def stage_history(session: Session, team_id: int) -> list[HistoryRow]:
    rows = session.scalars(select(StageRecord).where(StageRecord.team_id == team_id)
                           .order_by(StageRecord.as_of, StageRecord.id))
    return [HistoryRow(r.id, r.as_of, r.kind, Stage(r.stage), Stage(r.diagnosed_stage),
                       {Stage.FORMING: r.mix_forming, Stage.STORMING: r.mix_storming, Stage.NORMING: r.mix_norming,
                        Stage.PERFORMING: r.mix_performing}, r.confidence, r.contradiction_signal,
                       r.contradiction_summary, r.reason, r.source) for r in rows]


def delete_stage_record(session: Session, record_id: int) -> None:
    row = session.get(StageRecord, record_id)
    if row is None:
        raise ValidationError.single("record", f"no stage history entry {record_id}", "not_found")
    session.delete(row)


def held_stage(session: Session, team_id: int) -> Stage | None:
    """The stage of the newest history entry (what the manager last accepted, confirmed or set)."""
    value = session.scalar(select(StageRecord.stage).where(StageRecord.team_id == team_id)
                           .order_by(StageRecord.as_of.desc(), StageRecord.id.desc()).limit(1))
    return Stage(value) if value else None


@dataclass(frozen=True)
class OverviewRow:
    team_id: int
    team_name: str
    diagnosis: Diagnosis
    held_stage: Stage | None  # the stage of the newest history entry
    open_actions: int  # in the current plan
    overdue_actions: int


def overview(session: Session, as_of: dt.date, today: dt.date | None = None, progress: ProgressCallback = no_progress,
             cancel: CancelToken | None = None) -> list[OverviewRow]:
    """Every team diagnosed as of a day, with its current plan's open and overdue actions (overdue vs ``today``,
    default ``as_of``); a few aggregate queries per team, reporting progress team by team, cancellable."""
    teams = session.execute(select(Team.id, Team.name).order_by(Team.name)).all()
    rows: list[OverviewRow] = []
    for done, (team_id, name) in enumerate(teams):
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(done, len(teams), name)
        plan = current_plan(session, team_id)
        actions = [a for a in plan_actions(session, plan.id) if a.status is ActionStatus.OPEN] if plan else []
        rows.append(OverviewRow(team_id, name, diagnose_team(session, team_id, as_of), held_stage(session, team_id),
                                len(actions), sum(1 for a in actions if a.overdue(today or as_of))))
    progress(len(teams), len(teams), "")
    return rows


@dataclass(frozen=True)
class DiagnosisPage:
    """What the Diagnosis view shows, read in one worker job."""

    diagnosis: Diagnosis
    held: HistoryRow | None  # the newest history entry: the stage the manager holds the team to be in
    week: tuple[ActionRow, ...]  # the current plan's open actions overdue or due this week, soonest first
    has_plan: bool
    today: dt.date


def diagnosis_page(database: Database, team_id: int, as_of: dt.date, today: dt.date) -> DiagnosisPage:
    """The diagnosis as of ``as_of``, the newest stage-history entry and this week's open actions (against
    ``today``) of the current plan, in one session."""
    with database.session() as session:
        diagnosis = diagnose_team(session, team_id, as_of)
        history = stage_history(session, team_id)
        plan = current_plan(session, team_id)
        actions = plan_actions(session, plan.id) if plan is not None else []
    return DiagnosisPage(diagnosis, history[-1] if history else None, due_this_week(actions, today),
                         plan is not None, today)
