"""What the plan's sections read, gathered once per team and day in one session.

Several sections show the same facts (the group pages reuse the actions, the activity and the readiness), so each
is read at most once, on first use: a plan without the drills section never computes readiness."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy.orm import Session

from coachdesk.core.activity.metrics import DayPoint, Totals, total, weekly
from coachdesk.core.common.periods import DateRange, week_start
from coachdesk.core.competitions.contests import ContestStatus
from coachdesk.core.competitions.standings import Standings
from coachdesk.core.lifecycle.actions import ActionRow
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.explain import diagnosis_dict
from coachdesk.core.roster.model import GroupRow, MemberRow, Role, TeamSummary
from coachdesk.reports.compose.strings import lang_of
from coachdesk.reports.options import PlanOptions
from coachdesk.store.activity.stats import KeyedTotals, by_group, by_rep, daily_points
from coachdesk.store.competitions import contests as contest_store
from coachdesk.store.competitions import routine
from coachdesk.store.competitions import signals as _signals  # noqa: F401  (the diagnosis sees what the CLI's sees)
from coachdesk.store.competitions.contests import ContestSummary
from coachdesk.store.drills.readiness import ReadinessView, readiness_of
from coachdesk.store.lifecycle.action_plans import PlanRow, current_plan, plan_actions
from coachdesk.store.lifecycle.diagnosis import diagnose_team
from coachdesk.store.roster import service as roster

ACTIVITY_WEEKS = 8  # the activity section looks back this many ISO weeks, the current one included


def activity_period(as_of: dt.date, weeks: int = ACTIVITY_WEEKS) -> DateRange:
    """From the Monday ``weeks - 1`` weeks before ``as_of``'s week up to ``as_of``."""
    return DateRange(week_start(as_of) - dt.timedelta(weeks=weeks - 1), as_of)


@dataclass(frozen=True)
class Activity:
    period: DateRange
    weeks: tuple[DayPoint, ...]  # one per ISO week of the period (Monday), weeks without records have zero totals
    recorded: frozenset[dt.date]  # the Mondays of weeks with any record
    team: Totals
    groups: tuple[KeyedTotals, ...]
    reps: tuple[KeyedTotals, ...]


@dataclass(frozen=True)
class RunningContest:
    summary: ContestSummary
    standings: Standings
    morning: tuple[routine.MorningRow, ...]
    ledger_promises: tuple[Any, ...]
    contest_over: bool
    support: dict[int, routine.SupportRow]


class PlanContext:
    """The team's facts as of ``options.as_of``, read lazily from ``session`` (never written to)."""

    def __init__(self, session: Session, team_id: int, options: PlanOptions) -> None:
        self.session = session
        self.team_id = team_id
        self.options = options
        self.lang = lang_of(options.language)
        self.as_of = options.as_of

    @cached_property
    def team(self) -> TeamSummary:
        return roster.team_summary(self.session, self.team_id)

    @cached_property
    def members(self) -> tuple[MemberRow, ...]:
        return tuple(roster.list_members(self.session, self.team_id))

    @cached_property
    def active_members(self) -> tuple[MemberRow, ...]:
        return tuple(m for m in self.members if m.on_roster(self.as_of))

    @cached_property
    def member_by_id(self) -> dict[int, MemberRow]:
        return {m.id: m for m in self.members}

    @cached_property
    def groups(self) -> tuple[GroupRow, ...]:
        return tuple(roster.list_groups(self.session, self.team_id))

    @cached_property
    def manager(self) -> MemberRow | None:
        managers = [m for m in self.members if m.role is Role.MANAGER]
        active = [m for m in managers if m.on_roster(self.as_of)]
        chosen = active or managers
        return chosen[0] if chosen else None

    @cached_property
    def diagnosis(self) -> Diagnosis:
        return diagnose_team(self.session, self.team_id, self.as_of)

    @cached_property
    def diagnosis_data(self) -> dict[str, Any]:
        """Exactly what `coachdesk diagnose --json` prints, in the plan's language."""
        return diagnosis_dict(self.diagnosis, self.lang)

    @cached_property
    def plan(self) -> PlanRow | None:
        return current_plan(self.session, self.team_id)

    @cached_property
    def actions(self) -> tuple[ActionRow, ...]:
        return tuple(plan_actions(self.session, self.plan.id)) if self.plan else ()

    @cached_property
    def readiness(self) -> ReadinessView:
        return readiness_of(self.session, self.team_id, self.as_of)

    @cached_property
    def activity(self) -> Activity:
        period = activity_period(self.as_of)
        points = daily_points(self.session, self.team_id, period)
        rolled = {w.day: w.totals for w in weekly(points)}
        mondays = [period.start + dt.timedelta(weeks=n) for n in range(ACTIVITY_WEEKS)]
        weeks = tuple(DayPoint(day, rolled.get(day, Totals())) for day in mondays)
        return Activity(period, weeks, frozenset(rolled), total(p.totals for p in points),
                        tuple(by_group(self.session, self.team_id, period)),
                        tuple(by_rep(self.session, self.team_id, period)))

    @cached_property
    def contest(self) -> RunningContest | None:
        """The running contest (the first active one, as the contest list orders them); None without one."""
        found = [c for c in contest_store.list_contests(self.session, self.team_id, self.as_of, leaders=False)
                 if c.status is ContestStatus.ACTIVE]
        if not found:
            return None
        summary = found[0]
        contest_id = summary.contest.id
        ledger = routine.ledger(self.session, contest_id, self.as_of)
        return RunningContest(summary, contest_store.standings_of(self.session, contest_id, self.as_of),
                              tuple(routine.morning_rounds(self.session, self.team_id, contest_id=contest_id)),
                              ledger.promises, ledger.contest_over, routine.support_notes(self.session, contest_id))
