"""Write the demo dataset (coachdesk/core/demo/teams.py, activity.py, lifecycle.py, competitions.py, drills.py) into
a database in one transaction: the rosters through the ORM, the daily activity (~20,000 rows) with the driver's
executemany, then each team's survey answers, stage history and action plans, then its contests and their routine
(morning contests, deals, recaps, promises, support notes, opt-outs, manual points, duels, amendments) through the
models; finished contests are closed (final standings frozen) by the contest store's ``close_due_contests``; then its
script drills (script versions, question bank, sessions with their entries, audits)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from coachdesk.core.common.progress import CancelToken, ProgressCallback, no_progress
from coachdesk.core.competitions.rules import group_key, rep_key, rules_to_dict
from coachdesk.core.demo.activity import DayRow, build_team_activity
from coachdesk.core.demo.competitions import DemoContest, DemoContests, build_team_contests
from coachdesk.core.demo.drills import LANG as DRILLS_LANG
from coachdesk.core.demo.drills import DemoDrills, build_team_drills
from coachdesk.core.demo.lifecycle import DemoLifecycle, build_team_lifecycle
from coachdesk.core.demo.teams import DemoTeam, build_demo
from coachdesk.core.drills.audits import Audit
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.rubrics import default_rubric
from coachdesk.core.drills.scripts import ScriptDraft, VersionDraft
from coachdesk.store.competitions.contests import close_due_contests
from coachdesk.store.competitions.models import (
    BoardOptOut,
    ContestAmendment,
    ContestDuel,
    ContestPoints,
    ContestPromise,
    ContestRow,
    DealAnnouncement,
    EveningRecap,
    MorningEntryRow,
    MorningRoundRow,
    SupportNote,
)
from coachdesk.store.database import Database
from coachdesk.store.drills import audits as drill_audits
from coachdesk.store.drills import questions as drill_questions
from coachdesk.store.drills import rubrics as drill_rubrics
from coachdesk.store.drills import scripts as drill_scripts
from coachdesk.store.drills.models import DrillEntryRow, DrillSessionRow, ScriptVersionRow
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
    """Create the demo teams with their daily activity, survey answers, stage history, action plans and contests;
    teams of the same name are replaced (with all of that). All or nothing. Progress counts two steps per team: its
    roster, then its activity, lifecycle and contest data. ``as_of`` is the day the demo is built around (the caller's
    "today")."""
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
            contests = build_team_contests(demo, seed, day, activity)
            if contests is not None:
                _write_contests(session, team_id, member_ids, contests)
                close_due_contests(session, team_id, day)
            drills = build_team_drills(demo, seed, day)
            if drills is not None:
                _write_drills(session, team_id, member_ids, drills, day)
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


def _write_contests(session: Session, team_id: int, member_ids: dict[str, int], demo: DemoContests) -> None:
    """Both contests with what hangs off them, then the team's deal announcements, recaps and opt-outs. Finished
    contests are written open (closed_on NULL); the caller closes them."""
    group_ids = {name: gid for gid, name in session.execute(select(Group.id, Group.name)
                                                            .where(Group.team_id == team_id))}
    for contest in (demo.finished, demo.running):
        _write_contest(session, team_id, member_ids, group_ids, contest)
    session.add_all(DealAnnouncement(team_id=team_id, member_id=member_ids[d.employee_id], day=d.day,
                                     announced_at=d.at, amount_cents=d.amount_cents, note=d.note)
                    for d in demo.deals)
    session.add_all(EveningRecap(team_id=team_id, day=r.day, member_id=member_ids[r.employee_id], kind=r.kind,
                                 text=r.text) for r in demo.recaps)
    session.add_all(BoardOptOut(member_id=member_ids[o.employee_id], since=o.since) for o in demo.opt_outs)
    session.flush()


def _write_contest(session: Session, team_id: int, member_ids: dict[str, int], group_ids: dict[str, int],
                   contest: DemoContest) -> None:
    row = ContestRow(team_id=team_id, name=contest.name, starts_on=contest.starts_on, ends_on=contest.ends_on,
                     rules_json=_rules_json(contest), published=True)
    session.add(row)
    session.flush()
    if contest.amendment is not None:
        a = contest.amendment
        session.add(ContestAmendment(
            contest_id=row.id, made_on=a.made_on, reason=a.reason,
            changes_json=json.dumps([dataclasses.asdict(c) for c in a.changes], ensure_ascii=False),
            rules_before_json=json.dumps(rules_to_dict(a.rules_before), ensure_ascii=False)))
    rounds = [MorningRoundRow(team_id=team_id, contest_id=row.id, day=r.day, topic=r.topic,
                              winner_group_id=group_ids[r.winner] if r.winner is not None else None, notes=r.notes)
              for r in contest.morning_rounds]
    session.add_all(rounds)
    session.flush()
    session.add_all(
        MorningEntryRow(round_id=stored.id, group_id=group_ids[e.group], representative_id=member_ids[e.representative],
                        scores_json=json.dumps({judge: list(scores) for judge, scores in e.scores},
                                               ensure_ascii=False))
        for stored, r in zip(rounds, contest.morning_rounds, strict=True) for e in r.entries)

    def key(kind: str, who: str) -> str:
        if kind == "group":
            return group_key(group_ids[who])
        if kind == "rep":
            return rep_key(member_ids[who])
        return who

    session.add_all(ContestPromise(contest_id=row.id, kind=p.kind.value, to_whom=key(p.to_kind, p.to_whom),
                                   for_what=p.for_what, promised_on=p.promised_on, delivered_on=p.delivered_on,
                                   delivery_note=p.delivery_note) for p in contest.promises)
    session.add_all(ContestPoints(contest_id=row.id, day=p.day, points=p.points, reason=p.reason,
                                  member_id=member_ids[p.employee_id] if p.employee_id is not None else None,
                                  group_id=group_ids[p.group] if p.group is not None else None)
                    for p in contest.points)
    session.add_all(ContestDuel(contest_id=row.id, a_key=key("group" if d.groups else "rep", d.a),
                                b_key=key("group" if d.groups else "rep", d.b), starts_on=d.starts_on,
                                ends_on=d.ends_on) for d in contest.duels)
    session.add_all(SupportNote(contest_id=row.id, member_id=member_ids[n.employee_id],
                                supporter_id=member_ids[n.supporter_employee_id] if n.supporter_employee_id else None,
                                chance=n.chance, note=n.note, noted_on=n.noted_on) for n in contest.support)
    session.flush()


def _rules_json(contest: DemoContest) -> str:
    return json.dumps(rules_to_dict(contest.rules), ensure_ascii=False)


def _write_drills(session: Session, team_id: int, member_ids: dict[str, int], demo: DemoDrills,
                  as_of: dt.date) -> None:
    """The script and its versions, the bank and the audits through the drills services (they check what they
    store); the sessions and their entries (a few thousand) through the models, second scorings after the entries
    they score."""
    script_id = drill_scripts.create_script(session, team_id, ScriptDraft(demo.script.name, demo.script.product))
    for version in demo.script.versions:
        drill_scripts.add_version(session, script_id, VersionDraft(dict(version.sections), version.note),
                                  version.created_on)
    version_ids = {number: vid for vid, number in session.execute(
        select(ScriptVersionRow.id, ScriptVersionRow.number).where(ScriptVersionRow.script_id == script_id))}
    question_ids = []
    for q in demo.questions:
        text, answer = q.texts(DRILLS_LANG)
        question_ids.append(drill_questions.add_question(session, team_id, Question(
            text, answer, q.section, q.kind, q.difficulty, q.basic, q.tags)))
    rubric_key = default_rubric().key
    rows = [DrillSessionRow(team_id=team_id, mode=d.mode.value, trainer=d.trainer, rubric_key=rubric_key,
                            script_version_id=version_ids[d.version],
                            participants_json=json.dumps([member_ids[e] for e in d.participants]),
                            started_at=d.started_at, ended_at=d.ended_at) for d in demo.sessions]
    session.add_all(rows)
    session.flush()
    firsts: list[tuple[DrillEntryRow, str, dict[str, int]]] = []
    entries = []
    for row, d in zip(rows, demo.sessions, strict=True):
        for e in d.entries:
            entry = DrillEntryRow(session_id=row.id, member_id=member_ids[e.employee_id],
                                  question_id=question_ids[e.question] if e.question is not None else None,
                                  at=e.at, scores_json=json.dumps(dict(e.scores)), answered_well=e.well, note=e.note,
                                  seconds=e.seconds, trainer=d.trainer)
            entries.append(entry)
            if e.second is not None:
                firsts.append((entry, e.second.trainer, dict(e.second.scores)))
    session.add_all(entries)
    session.flush()
    session.add_all(DrillEntryRow(session_id=first.session_id, member_id=first.member_id,
                                  question_id=first.question_id, at=first.at, scores_json=json.dumps(scores),
                                  answered_well=first.answered_well, note="", seconds=first.seconds, trainer=trainer,
                                  second_of=first.id) for first, trainer, scores in firsts)
    for draft in demo.rubrics:
        drill_rubrics.add_rubric(session, team_id, draft)
    for a in demo.audits:
        drill_audits.add_audit(session, team_id, Audit(member_ids[a.employee_id], a.on, a.kind, a.auditor,
                                                       dict(a.points), a.issues, a.score, a.note), as_of)
    session.flush()
