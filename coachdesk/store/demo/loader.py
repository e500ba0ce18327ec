"""Write the demo dataset (coachdesk/core/demo/teams.py, demo_activity.py, demo_lifecycle.py) into a database in one
transaction: the rosters through the ORM, the daily activity (~20,000 rows) with the driver's executemany, then each
team's survey answers, stage history and action plans through the models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from coachdesk.core.common.progress import CancelToken, ProgressCallback, no_progress
from coachdesk.core.demo.activity import DayRow, build_team_activity
from coachdesk.core.demo.lifecycle import DemoLifecycle, build_team_lifecycle
from coachdesk.core.demo.teams import DemoTeam, build_demo
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.models import ActionPlan, PlanAction, StageRecord, SurveyAnswer, SurveyResponse
from coachdesk.store.roster.models import Group, GroupMembership, Member, Team

ACTIVITY_CHUNK = 5_000  # rows per executemany; cancel is checked between chunks


@dataclass(frozen=True)
class DemoResult:
    teams: list[str]
    members: int
    replaced: list[str]
    activity_rows: int = 0


def load_demo(
    db: Database,
    seed: int = 2024,
    *,
    as_of: dt.date,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> DemoResult:
    """Create the demo teams with their daily activity, survey answers, stage history and action plans; teams of
    the same name are replaced (with all of that). All or nothing. Progress counts two steps per team: its roster,
    then its activity and lifecycle data. ``as_of`` is the day the demo is built around (the caller's "today")."""
    day = as_of
    teams = build_demo(seed, day)
    replaced: list[str] = []
    rows_written = 0
    steps = 2 * len(teams)
    with db.session() as session:
        for index, demo in enumerate(teams):
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(2 * index, steps, demo.name)
            existing = session.scalar(select(Team).where(Team.name == demo.name))
            if existing is not None:
                session.delete(existing)  # activity_days go with it (ON DELETE CASCADE)
                session.flush()
                replaced.append(demo.name)
            team_id, member_ids = _write_team(session, demo)
            progress(2 * index + 1, steps, demo.name)
            activity = build_team_activity(demo, seed, day)
            _write_activity(session.connection(), team_id, member_ids, activity, cancel)
            rows_written += len(activity)
            if cancel is not None:
                cancel.raise_if_cancelled()
            _write_lifecycle(session, team_id, member_ids, build_team_lifecycle(demo, seed, day, activity))
        progress(steps, steps, "")
    return DemoResult([t.name for t in teams], sum(len(t.members) for t in teams), replaced, rows_written)


def _write_activity(conn: Connection, team_id: int, member_ids: dict[str, int], rows: list[DayRow],
                    cancel: CancelToken | None) -> None:
    """Bulk insert (executemany) inside the session's transaction; import_id stays NULL (not from an import)."""
    sqlite = conn.dialect.name == "sqlite"
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO activity_days (member_id, day, team_id, calls, connected, talk_seconds, deals, "
           f"revenue_cents, intent, import_id) VALUES ({', '.join([mark] * 9)}, NULL)")
    for start in range(0, len(rows), ACTIVITY_CHUNK):
        if cancel is not None:
            cancel.raise_if_cancelled()
        conn.exec_driver_sql(sql, [
            (member_ids[eid], day.isoformat() if sqlite else day, team_id, calls, connected, talk, deals, revenue,
             intent)
            for eid, day, calls, connected, talk, deals, revenue, intent in rows[start:start + ACTIVITY_CHUNK]
        ])


def _write_team(session: Session, demo: DemoTeam) -> tuple[int, dict[str, int]]:
    team = Team(name=demo.name, product=demo.product, formed_on=demo.formed_on, notes=demo.notes)
    session.add(team)
    session.flush()
    by_employee: dict[str, Member] = {}
    for m in demo.members:
        member = Member(
            team_id=team.id, employee_id=m.employee_id, name=m.name, phone=m.phone, role=m.role.value,
            hired_on=m.hired_on, left_on=m.left_on, leave_reason=m.leave_reason,
        )
        session.add(member)
        by_employee[m.employee_id] = member
    session.flush()
    groups: dict[str, Group] = {}
    for g in demo.groups:
        leader = by_employee.get(g.leader_employee_id or "")
        group = Group(team_id=team.id, name=g.name, slogan=g.slogan, goal=g.goal,
                      leader_id=leader.id if leader else None)
        session.add(group)
        groups[g.name] = group
    session.flush()
    session.add_all(
        GroupMembership(group_id=groups[name].id, member_id=by_employee[m.employee_id].id,
                        from_date=start, to_date=end)
        for m in demo.members
        for name, start, end in m.groups
    )
    session.flush()
    return team.id, {eid: member.id for eid, member in by_employee.items()}


def _write_lifecycle(session: Session, team_id: int, member_ids: dict[str, int], life: DemoLifecycle) -> None:
    """Survey responses (answers in one bulk insert), stage history, then plans and their actions."""
    responses = [SurveyResponse(team_id=team_id, member_id=member_ids[r.employee_id] if r.employee_id else None,
                                answered_on=r.answered_on, source="demo") for r in life.responses]
    session.add_all(responses)
    records = [StageRecord(team_id=team_id, as_of=h.as_of, kind=h.kind, stage=h.stage.value,
                           diagnosed_stage=h.diagnosed_stage.value, mix_forming=h.mix[0], mix_storming=h.mix[1],
                           mix_norming=h.mix[2], mix_performing=h.mix[3], confidence=h.confidence,
                           contradiction_signal=h.contradiction_signal, contradiction_summary=h.contradiction_summary,
                           source="demo", reason=h.reason) for h in life.history]
    session.add_all(records)
    session.flush()
    session.execute(insert(SurveyAnswer), [
        {"response_id": row.id, "item_id": item_id, "score": score}
        for row, response in zip(responses, life.responses, strict=True) for item_id, score in response.answers
    ])
    plans = [ActionPlan(team_id=team_id, created_on=p.created_on, stage=p.stage.value,
                        contradiction_signal=p.contradiction_signal, contradiction_summary=p.contradiction_summary,
                        history_id=records[p.history_index].id if p.history_index is not None else None,
                        notes=p.notes) for p in life.plans]
    session.add_all(plans)
    session.flush()
    session.add_all(
        PlanAction(plan_id=plan.id, first_plan_id=plans[a.first_plan].id, position=position,
                   practice_id=a.practice_id, title=a.title, owner_role=a.owner_role,
                   owner_member_id=member_ids[a.owner_employee_id] if a.owner_employee_id else None,
                   due_on=a.due_on, status=a.status.value, notes=a.notes, closed_on=a.closed_on)
        for plan, demo_plan in zip(plans, life.plans, strict=True)
        for position, a in enumerate(demo_plan.actions)
    )
    session.flush()
