"""What the contest page and the war-room board read, each in one unit of work (contests past their end are
closed first, so a page never shows a finished contest as running), and the team's contest participation for the
lifecycle diagnosis."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.core.competitions.contests import (
    EMPTY_PARTICIPATION,
    Contest,
    ContestStatus,
    Ledger,
    Participation,
    StageFit,
    group_gap_pct,
    stage_fit,
)
from coachdesk.core.competitions.rules import Participants
from coachdesk.core.competitions.standings import (
    PublicBoard,
    Standing,
    Standings,
    compute_standings,
    lagging,
    public_board,
)
from coachdesk.core.roster.model import SELLING_ROLES
from coachdesk.store.competitions import contests as contest_store
from coachdesk.store.competitions import routine
from coachdesk.store.competitions.contests import Amendment, ContestSummary
from coachdesk.store.competitions.models import ContestPromise, ContestRow, MorningRoundRow
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.diagnosis import diagnose_team, held_stage
from coachdesk.store.roster.models import Group, Member, Team

MORNING_WINDOW_DAYS = 14


@dataclass(frozen=True, slots=True)
class LaggingRow:
    standing: Standing
    support: routine.SupportRow | None


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    employee_id: str
    group_id: int | None


@dataclass(frozen=True)
class ContestPage:
    contest: Contest
    status: ContestStatus
    today: dt.date
    standings: Standings
    board: PublicBoard
    lagging: tuple[LaggingRow, ...]
    ledger: Ledger
    amendments: tuple[Amendment, ...]
    morning: tuple[routine.MorningRow, ...]
    deals: tuple[routine.DealInfo, ...]
    recaps: tuple[routine.RecapRow, ...]
    fit: StageFit
    people: tuple[Person, ...]  # the team's selling reps active today (pickers)
    groups: dict[int, str]
    staff: tuple[Person, ...]  # everyone active (supporters: leaders, trainers, the manager)


def close_due(database: Database, team_id: int, today: dt.date) -> list[int]:
    with database.session() as s:
        return contest_store.close_due_contests(s, team_id, today)


def team_contests(database: Database, team_id: int, today: dt.date) -> list[ContestSummary]:
    close_due(database, team_id, today)
    with database.session() as s:
        return contest_store.list_contests(s, team_id, today)


def team_stage(session: Session, team_id: int, today: dt.date) -> str | None:
    """The stage the manager holds the team in, else the diagnosis's top stage (None without any data)."""
    held = held_stage(session, team_id)
    if held is not None:
        return held.value
    diagnosis = diagnose_team(session, team_id, today)
    return diagnosis.top_stage.value if diagnosis.evidence else None


def people(session: Session, team_id: int, today: dt.date, *, sellers_only: bool = True) -> tuple[Person, ...]:
    periods = contest_store.memberships(session, team_id)
    query = select(Member).where(Member.team_id == team_id, Member.hired_on <= today,
                                 (Member.left_on.is_(None)) | (Member.left_on > today))
    if sellers_only:
        query = query.where(Member.role.in_([r.value for r in SELLING_ROLES]))
    return tuple(Person(m.id, m.name, m.employee_id, contest_store.group_on(periods.get(m.id, []), today))
                 for m in session.scalars(query.order_by(Member.employee_id)))


def contest_page(database: Database, contest_id: int, today: dt.date) -> ContestPage:
    with database.session() as s:
        contest = contest_store.get_contest(s, contest_id)
    close_due(database, contest.team_id, today)
    with database.session() as s:
        contest = contest_store.get_contest(s, contest_id)
        standings = contest_store.standings_of(s, contest_id, today)
        notes = routine.support_notes(s, contest_id)
        last = min(today, contest.ends_on)
        return ContestPage(
            contest, contest.status(today), today, standings, public_board(standings),
            tuple(LaggingRow(st, notes.get(st.id)) for st in lagging(_members_view(s, contest, standings, today))),
            routine.ledger(s, contest_id, today), tuple(contest_store.amendments(s, contest_id)),
            tuple(routine.morning_rounds(s, contest.team_id, contest_id=contest_id)),
            tuple(routine.deals_between(s, contest.team_id, contest.starts_on, last)),
            tuple(routine.recaps(s, contest.team_id, first=contest.starts_on, last=last)),
            stage_fit(team_stage(s, contest.team_id, today), contest.rules),
            people(s, contest.team_id, today),
            {g.id: g.name for g in s.scalars(select(Group).where(Group.team_id == contest.team_id))},
            people(s, contest.team_id, today, sellers_only=False),
        )


def _members_view(session: Session, contest: Contest, standings: Standings, today: dt.date) -> tuple[Standing, ...]:
    """The reps' standings; in a groups-only contest, what each member contributed (the manager still sees who
    lags behind in a group contest, though no individual board is shown)."""
    if standings.reps or standings.through is None or contest.rules.participants.reps:
        return standings.reps
    data = contest_store.gather_input(session, contest, today)
    as_members = dataclasses.replace(data, rules=dataclasses.replace(data.rules, participants=Participants.HYBRID))
    return compute_standings(as_members, min(today, standings.through)).reps


# --- the war-room board -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BoardGroup:
    id: int
    name: str
    slogan: str
    goal: str


@dataclass(frozen=True)
class BoardData:
    team_name: str
    today: dt.date
    contest: Contest | None
    board: PublicBoard | None
    standings: Standings | None
    deals_today: tuple[routine.DealInfo, ...]
    latest_deal_id: int
    groups: dict[int, BoardGroup]
    people: tuple[Person, ...]


def board_data(database: Database, team_id: int, today: dt.date, contest_id: int | None = None) -> BoardData:
    """The running contest (or the one asked for; else the latest completed one) as the public board shows it."""
    close_due(database, team_id, today)
    with database.session() as s:
        team = s.get(Team, team_id)
        name = team.name if team else ""
        chosen: Contest | None = None
        if contest_id is not None:
            chosen = contest_store.get_contest(s, contest_id)
        else:
            listed = [c for c in contest_store.list_contests(s, team_id, today, leaders=False)
                      if c.status is not ContestStatus.DRAFT]
            running = [c for c in listed if c.status is ContestStatus.ACTIVE]
            done = [c for c in listed if c.status is ContestStatus.COMPLETED]
            pick = running[0] if running else (done[0] if done else None)
            chosen = pick.contest if pick else None
        standings = contest_store.standings_of(s, chosen.id, today) if chosen else None
        groups = {g.id: BoardGroup(g.id, g.name, g.slogan, g.goal)
                  for g in s.scalars(select(Group).where(Group.team_id == team_id))}
        return BoardData(name, today, chosen, public_board(standings) if standings else None, standings,
                         tuple(routine.deals_between(s, team_id, today, today)),
                         routine.latest_deal_id(s, team_id), groups, people(s, team_id, today))


# --- participation (a lifecycle signal's figures) -----------------------------------------------------------

def participation(session: Session, team_id: int, as_of: dt.date) -> Participation:
    """How the team takes part in its running contests on ``as_of`` (for ``TeamFacts.extras["competitions"]``)."""
    rows = session.scalars(select(ContestRow).where(ContestRow.team_id == team_id, ContestRow.published.is_(True),
                                                    ContestRow.starts_on <= as_of, ContestRow.ends_on >= as_of)).all()
    completed = select(ContestRow.id).where(ContestRow.team_id == team_id, ContestRow.ends_on < as_of)
    outstanding = int(session.scalar(select(func.count()).select_from(ContestPromise).where(
        ContestPromise.contest_id.in_(completed), ContestPromise.delivered_on.is_(None))) or 0)
    morning = int(session.scalar(select(func.count(func.distinct(MorningRoundRow.day))).where(
        MorningRoundRow.team_id == team_id,
        MorningRoundRow.day.between(as_of - dt.timedelta(days=MORNING_WINDOW_DAYS - 1), as_of))) or 0)
    if not rows:
        return Participation(0, 0, 0, None, morning, outstanding) if (morning or outstanding) else EMPTY_PARTICIPATION
    reps: dict[int, bool] = {}  # member → scored anything in a running contest
    gaps = []
    for row in rows:
        contest = contest_store.get_contest(session, row.id)
        data = contest_store.gather_input(session, contest, as_of)
        scored = {d.member for d in data.days if d.calls or d.connects or d.deals or d.revenue_cents or d.points}
        for e in data.entrants:
            reps[e.member] = reps.get(e.member, False) or e.member in scored
        groups = compute_standings(data, as_of).groups
        gap = group_gap_pct([g.score for g in groups]) if groups else None
        if gap is not None:
            gaps.append(gap)
    return Participation(len(rows), len(reps), sum(reps.values()), max(gaps) if gaps else None, morning, outstanding)
