"""Contests: create, edit while not started, amend with a reason once active, duels and manual points, the
standings from the team's activity, and closing a contest (its final standings frozen as JSON).

Deals announced live count until that day's activity is imported, never twice (core ``merge_day_deals``).
A rep's figures count for the group they were in on that day (dated memberships, half-open).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.competitions.contests import Contest, ContestStatus
from coachdesk.core.competitions.rules import (
    ContestDraft,
    ContestKind,
    ContestRules,
    Handicap,
    RuleChange,
    check_rules,
    group_key,
    rep_key,
    rule_changes,
    rules_from_dict,
    rules_to_dict,
)
from coachdesk.core.competitions.standings import (
    ContestInput,
    Duel,
    DuelResult,
    Entrant,
    GroupInfo,
    GroupPoints,
    RepDay,
    Standing,
    Standings,
    compute_standings,
    merge_day_deals,
)
from coachdesk.core.roster.model import SELLING_ROLES
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.competitions import routine
from coachdesk.store.competitions.models import (
    ContestAmendment,
    ContestDuel,
    ContestPoints,
    ContestRow,
    DealAnnouncement,
    MorningRoundRow,
)
from coachdesk.store.roster.models import Group, GroupMembership, Member

RULES_LOCKED = MessageCode("contest.rules_locked",
                           "the rules are locked since the contest started on {starts}: amend them with a reason")
PERIOD_LOCKED = MessageCode("contest.period_locked",
                            "the contest started on {starts}: its period changes only by an amendment")
CLOSED = MessageCode("contest.closed", "the contest was closed on {closed}; its final standings are frozen")
AMEND_NEEDS_REASON = MessageCode("contest.amend_reason", "say why the rules change (the amendment is kept)")
AMEND_NOTHING = MessageCode("contest.amend_nothing", "the amendment changes nothing")
AMEND_NOT_STARTED = MessageCode("contest.amend_not_started",
                                "the contest has not started: edit its rules directly")
UNKNOWN_PARTICIPANT = MessageCode("contest.unknown_participant", "'{value}' is not a participant of this contest")
DUEL_MIXED = MessageCode("contest.duel_mixed", "a duel is between two reps or two groups, not one of each")
DUEL_SAME = MessageCode("contest.duel_same", "a duel needs two different sides")
OUTSIDE_PERIOD = MessageCode("contest.outside_period", "{day} is outside the contest ({starts} – {ends})")
BAD_POINTS_VALUE = MessageCode("contest.bad_manual_points", "points must be a number other than 0, not {value}")


@dataclass(frozen=True, slots=True)
class Amendment:
    id: int
    made_on: dt.date
    reason: str
    changes: tuple[RuleChange, ...]


@dataclass(frozen=True, slots=True)
class ContestSummary:
    contest: Contest
    status: ContestStatus
    leader: str  # the main board's leader's name ("" before any points)


# --- reading ------------------------------------------------------------------------------------------------

def _contest(row: ContestRow) -> Contest:
    return Contest(row.id, row.team_id, row.name, row.starts_on, row.ends_on,
                   rules_from_dict(json.loads(row.rules_json)), row.published, row.closed_on)


def _row(session: Session, contest_id: int) -> ContestRow:
    row = session.get(ContestRow, contest_id)
    if row is None:
        raise NotFoundError("contest", f"no contest with id {contest_id}", kind="contest", value=str(contest_id))
    return row


def get_contest(session: Session, contest_id: int) -> Contest:
    return _contest(_row(session, contest_id))


def list_contests(session: Session, team_id: int, today: dt.date, *, leaders: bool = True) -> list[ContestSummary]:
    """The team's contests, running first, then upcoming, drafts and completed (newest first in each); with
    ``leaders`` each started contest's leader (its standings are computed)."""
    rows = session.scalars(select(ContestRow).where(ContestRow.team_id == team_id)
                           .order_by(ContestRow.starts_on.desc(), ContestRow.id.desc())).all()
    order = {ContestStatus.ACTIVE: 0, ContestStatus.UPCOMING: 1, ContestStatus.DRAFT: 2, ContestStatus.COMPLETED: 3}
    found = []
    for row in rows:
        contest = _contest(row)
        status = contest.status(today)
        leader = ""
        if leaders and status in (ContestStatus.ACTIVE, ContestStatus.COMPLETED):
            main = standings_of(session, row.id, today).main
            leader = main[0].label if main and main[0].score > 0 else ""
        found.append(ContestSummary(contest, status, leader))
    return sorted(found, key=lambda s: order[s.status])


def find_contest(session: Session, team_id: int, ref: str | int | None, today: dt.date) -> Contest:
    """A contest by id or name; None: the running one (else the latest)."""
    contests = list_contests(session, team_id, today, leaders=False)
    if ref is None:
        if not contests:
            raise NotFoundError("contest", "the team has no contest yet", kind="contest", value="")
        return contests[0].contest
    for s in contests:
        if str(s.contest.id) == str(ref) or s.contest.name == str(ref):
            return s.contest
    raise NotFoundError("contest", f"the team has no contest {ref!r}", kind="contest", value=str(ref))


def amendments(session: Session, contest_id: int) -> list[Amendment]:
    rows = session.scalars(select(ContestAmendment).where(ContestAmendment.contest_id == contest_id)
                           .order_by(ContestAmendment.made_on, ContestAmendment.id)).all()
    return [Amendment(r.id, r.made_on, r.reason,
                      tuple(RuleChange(c["field"], c["before"], c["after"]) for c in json.loads(r.changes_json)))
            for r in rows]


# --- writing ------------------------------------------------------------------------------------------------

def create_contest(session: Session, team_id: int, draft: ContestDraft) -> int:
    clean = draft.cleaned()
    row = ContestRow(team_id=team_id, name=clean.name, starts_on=clean.starts_on, ends_on=clean.ends_on,
                     rules_json=json.dumps(rules_to_dict(clean.rules), ensure_ascii=False), published=clean.published)
    session.add(row)
    session.flush()
    return row.id


def update_contest(session: Session, contest_id: int, draft: ContestDraft, today: dt.date) -> None:
    """Edit a contest. Once it has started only its name may change here; rules and period go through
    ``amend_contest`` (the reason is kept and shown)."""
    row = _row(session, contest_id)
    contest = _contest(row)
    clean = draft.cleaned()
    errors: list[FieldError] = []
    if contest.closed_on is not None:
        raise ValidationError(FieldError.of("contest", "bad_format", CLOSED, closed=contest.closed_on.isoformat()))
    if contest.rules_locked(today):
        if rule_changes(contest.rules, clean.rules):
            errors.append(FieldError.of("rules", "bad_format", RULES_LOCKED, starts=contest.starts_on.isoformat()))
        if (clean.starts_on, clean.ends_on) != (contest.starts_on, contest.ends_on) or not clean.published:
            errors.append(FieldError.of("ends_on", "bad_format", PERIOD_LOCKED, starts=contest.starts_on.isoformat()))
    if errors:
        raise ValidationError(errors)
    row.name, row.starts_on, row.ends_on, row.published = clean.name, clean.starts_on, clean.ends_on, clean.published
    row.rules_json = json.dumps(rules_to_dict(clean.rules), ensure_ascii=False)
    session.flush()


def amend_contest(session: Session, contest_id: int, rules: ContestRules, reason: str, today: dt.date,
                  ends_on: dt.date | None = None) -> Amendment:
    """Change an active contest's rules (or its last day) with a reason; what changed is recorded."""
    row = _row(session, contest_id)
    contest = _contest(row)
    errors = check_rules(rules)
    if contest.closed_on is not None:
        errors.append(FieldError.of("contest", "bad_format", CLOSED, closed=contest.closed_on.isoformat()))
    if not contest.rules_locked(today):
        errors.append(FieldError.of("contest", "bad_format", AMEND_NOT_STARTED))
    if not reason.strip():
        errors.append(FieldError.of("reason", "required", AMEND_NEEDS_REASON))
    changes = rule_changes(contest.rules, rules)
    new_end = ends_on or contest.ends_on
    if new_end != contest.ends_on:
        changes.append(RuleChange("ends_on", contest.ends_on.isoformat(), new_end.isoformat()))
        if new_end < contest.starts_on:
            errors.append(FieldError("ends_on", "the contest cannot end before it starts", "date_order"))
    if not changes:
        errors.append(FieldError.of("rules", "bad_format", AMEND_NOTHING))
    if errors:
        raise ValidationError(errors)
    amendment = ContestAmendment(
        contest_id=contest_id, made_on=today, reason=reason.strip(),
        changes_json=json.dumps([dataclasses.asdict(c) for c in changes], ensure_ascii=False),
        rules_before_json=row.rules_json)
    session.add(amendment)
    row.rules_json = json.dumps(rules_to_dict(rules), ensure_ascii=False)
    row.ends_on = new_end
    session.flush()
    return Amendment(amendment.id, today, amendment.reason, tuple(changes))


def delete_contest(session: Session, contest_id: int) -> None:
    session.delete(_row(session, contest_id))
    session.flush()


def _participant_keys(session: Session, contest: Contest) -> dict[str, str]:
    entrants, groups = _field(session, contest, contest.ends_on, memberships(session, contest.team_id))
    keys = {group_key(g.id): g.label for g in groups} if contest.rules.participants.groups else {}
    if contest.rules.participants.reps:
        keys |= {rep_key(e.member): e.label for e in entrants}
    return keys


def add_duel(session: Session, contest_id: int, a: str, b: str, starts_on: dt.date, ends_on: dt.date) -> int:
    contest = get_contest(session, contest_id)
    keys = _participant_keys(session, contest)
    errors: list[FieldError] = []
    for field_name, key in (("a", a), ("b", b)):
        if key not in keys:
            errors.append(FieldError.of(field_name, "not_found", UNKNOWN_PARTICIPANT, value=key))
    if a == b:
        errors.append(FieldError.of("b", "duplicate", DUEL_SAME))
    elif a[:1] != b[:1]:
        errors.append(FieldError.of("b", "bad_format", DUEL_MIXED))
    for field_name, day in (("starts_on", starts_on), ("ends_on", ends_on)):
        if not contest.starts_on <= day <= contest.ends_on:
            errors.append(FieldError.of(field_name, "bad_date", OUTSIDE_PERIOD, day=day.isoformat(),
                                        starts=contest.starts_on.isoformat(), ends=contest.ends_on.isoformat()))
    if ends_on < starts_on:
        errors.append(FieldError("ends_on", "the duel cannot end before it starts", "date_order"))
    if errors:
        raise ValidationError(errors)
    row = ContestDuel(contest_id=contest_id, a_key=a, b_key=b, starts_on=starts_on, ends_on=ends_on)
    session.add(row)
    session.flush()
    return row.id


def add_points(session: Session, contest_id: int, day: dt.date, points: float, reason: str = "", *,
               member_id: int | None = None, group_id: int | None = None) -> int:
    """Manual points for one rep or one group (they count with the contest's points weight)."""
    contest = get_contest(session, contest_id)
    errors: list[FieldError] = []
    if not contest.starts_on <= day <= contest.ends_on:
        errors.append(FieldError.of("day", "bad_date", OUTSIDE_PERIOD, day=day.isoformat(),
                                    starts=contest.starts_on.isoformat(), ends=contest.ends_on.isoformat()))
    if points == 0 or points != points:
        errors.append(FieldError.of("points", "bad_format", BAD_POINTS_VALUE, value=points))
    key = rep_key(member_id) if member_id is not None else group_key(group_id or 0)
    if (member_id is None) == (group_id is None) or key not in _participant_keys(session, contest):
        errors.append(FieldError.of("who", "not_found", UNKNOWN_PARTICIPANT, value=key))
    if errors:
        raise ValidationError(errors)
    row = ContestPoints(contest_id=contest_id, day=day, member_id=member_id, group_id=group_id, points=points,
                        reason=reason.strip())
    session.add(row)
    session.flush()
    return row.id


# --- standings ----------------------------------------------------------------------------------------------

def memberships(session: Session, team_id: int) -> dict[int, list[tuple[int, dt.date, dt.date | None]]]:
    rows = session.execute(select(GroupMembership.member_id, GroupMembership.group_id, GroupMembership.from_date,
                                  GroupMembership.to_date).join(Group, Group.id == GroupMembership.group_id)
                           .where(Group.team_id == team_id)).all()
    found: dict[int, list[tuple[int, dt.date, dt.date | None]]] = defaultdict(list)
    for member, group, start, end in rows:
        found[member].append((group, start, end))
    return found


def group_on(periods: Sequence[tuple[int, dt.date, dt.date | None]], day: dt.date) -> int | None:
    for group, start, end in periods:
        if start <= day and (end is None or day < end):
            return group
    return None


def _field(session: Session, contest: Contest, reference: dt.date,
           periods: dict[int, list[tuple[int, dt.date, dt.date | None]]]) -> tuple[list[Entrant], list[GroupInfo]]:
    """Who competes (the team's sellers on it during the period, each in their group on ``reference``) and the
    team's groups with their size that day (for pro-rating)."""
    members = session.scalars(select(Member).where(
        Member.team_id == contest.team_id, Member.role.in_([r.value for r in SELLING_ROLES]),
        Member.hired_on <= contest.ends_on,
        (Member.left_on.is_(None)) | (Member.left_on > contest.starts_on))).all()
    opted = routine.opted_out(session, contest.team_id)
    entrants = [Entrant(m.id, m.name, m.hired_on, group_on(periods.get(m.id, []), reference) or _last_group(
        periods.get(m.id, [])), m.id in opted) for m in members]
    sizes: dict[int, int] = defaultdict(int)  # members on the reference day, for pro-rating
    for m, e in zip(members, entrants, strict=True):
        if e.group is not None and m.hired_on <= reference and (m.left_on is None or m.left_on > reference):
            sizes[e.group] += 1
    group_rows = session.scalars(select(Group).where(Group.team_id == contest.team_id).order_by(Group.id)).all()
    return entrants, [GroupInfo(g.id, g.name, sizes.get(g.id, 0)) for g in group_rows]


def gather_input(session: Session, contest: Contest, as_of: dt.date) -> ContestInput:
    """Everything the contest's standings need, for figures up to ``as_of`` (cut at the contest's end)."""
    through = min(as_of, contest.ends_on)
    periods = memberships(session, contest.team_id)
    entrants, groups = _field(session, contest, max(contest.starts_on, through), periods)
    ids = {e.member for e in entrants}
    activity = session.execute(select(ActivityDay.member_id, ActivityDay.day, ActivityDay.calls,
                                      ActivityDay.connected, ActivityDay.deals, ActivityDay.revenue_cents)
                               .where(ActivityDay.team_id == contest.team_id,
                                      ActivityDay.day.between(contest.starts_on, through))).all()
    deals: dict[tuple[int, dt.date], list[int]] = defaultdict(list)
    for member, day, amount in session.execute(
            select(DealAnnouncement.member_id, DealAnnouncement.day, DealAnnouncement.amount_cents)
            .where(DealAnnouncement.team_id == contest.team_id,
                   DealAnnouncement.day.between(contest.starts_on, through))):
        deals[(member, day)].append(amount)
    manual: dict[tuple[int, dt.date], float] = defaultdict(float)
    group_points = []
    for p in session.scalars(select(ContestPoints).where(ContestPoints.contest_id == contest.id,
                                                         ContestPoints.day.between(contest.starts_on, through))):
        if p.member_id is not None:
            manual[(p.member_id, p.day)] += p.points
        elif p.group_id is not None:
            group_points.append(GroupPoints(p.group_id, p.day, p.points))
    days = []
    seen: set[tuple[int, dt.date]] = set()
    for member, day, calls, connected, deal_count, revenue in activity:
        if member not in ids:
            continue
        seen.add((member, day))
        d, r = merge_day_deals((deal_count, revenue), deals.get((member, day), []))
        days.append(RepDay(member, day, group_on(periods.get(member, []), day), calls, connected, d, r,
                           manual.get((member, day), 0.0)))
    for (member, day) in set(deals) | set(manual):
        if (member, day) in seen or member not in ids:
            continue
        d, r = merge_day_deals(None, deals.get((member, day), []))
        days.append(RepDay(member, day, group_on(periods.get(member, []), day), 0, 0, d, r,
                           manual.get((member, day), 0.0)))
    wins = {r.day: r.winner_group_id for r in session.scalars(
        select(MorningRoundRow).where(MorningRoundRow.contest_id == contest.id,
                                      MorningRoundRow.day.between(contest.starts_on, through),
                                      MorningRoundRow.winner_group_id.is_not(None)))
        if r.winner_group_id is not None}
    past = _past_scores(session, contest) if contest.rules.handicap is Handicap.PAST_RESULTS else {}
    duels = [Duel(d.id, d.a_key, d.b_key, d.starts_on, d.ends_on) for d in session.scalars(
        select(ContestDuel).where(ContestDuel.contest_id == contest.id).order_by(ContestDuel.id))]
    days.sort(key=lambda d: (d.day, d.member))
    return ContestInput(contest.starts_on, contest.ends_on, contest.rules, entrants, groups, days, group_points,
                        wins, past, duels)


def _last_group(periods: Sequence[tuple[int, dt.date, dt.date | None]]) -> int | None:
    return max(periods, key=lambda p: p[1])[0] if periods else None


def _past_scores(session: Session, contest: Contest) -> dict[int, float]:
    """Each rep's points over the equal period before the contest (for the past-results handicap)."""
    length = (contest.ends_on - contest.starts_on).days + 1
    start = contest.starts_on - dt.timedelta(days=length)
    end = contest.starts_on - dt.timedelta(days=1)
    rows = session.execute(select(ActivityDay.member_id, func.sum(ActivityDay.calls), func.sum(ActivityDay.connected),
                                  func.sum(ActivityDay.deals), func.sum(ActivityDay.revenue_cents))
                           .where(ActivityDay.team_id == contest.team_id, ActivityDay.day.between(start, end))
                           .group_by(ActivityDay.member_id)).all()
    return {m: contest.rules.points_of(int(c or 0), int(k or 0), int(d or 0), int(v or 0)) for m, c, k, d, v in rows}


def standings_of(session: Session, contest_id: int, as_of: dt.date) -> Standings:
    """The standings on ``as_of``; a closed contest's are its frozen final standings."""
    row = _row(session, contest_id)
    if row.closed_on is not None and row.final_json:
        return standings_from_json(row.final_json)
    contest = _contest(row)
    return compute_standings(gather_input(session, contest, as_of), as_of)


def close_due_contests(session: Session, team_id: int, today: dt.date) -> list[int]:
    """Freeze the final standings of every contest past its end (or a race already won); returns their ids."""
    closed = []
    for row in session.scalars(select(ContestRow).where(ContestRow.team_id == team_id,
                                                        ContestRow.closed_on.is_(None),
                                                        ContestRow.published.is_(True))).all():
        contest = _contest(row)
        if today < contest.starts_on or (today <= contest.ends_on and contest.rules.kind is not ContestKind.RACE):
            continue  # still running (only a race can end early): nothing to compute
        final = compute_standings(gather_input(session, contest, contest.ends_on), contest.ends_on)
        if contest.due_to_close(today, final.race_won_on):
            row.final_json = standings_to_json(final)
            row.closed_on = today
            closed.append(row.id)
    session.flush()
    return closed


# --- frozen standings ---------------------------------------------------------------------------------------

def standings_to_json(standings: Standings) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return value
    return json.dumps(plain(standings), ensure_ascii=False, sort_keys=True)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _standing(data: dict[str, Any]) -> Standing:
    data = dict(data)
    for name in ("reached_on", "last_gain_on"):
        data[name] = _date(data[name])
    return Standing(**data)


def standings_from_json(text: str) -> Standings:
    data = json.loads(text)
    duels = tuple(DuelResult(Duel(d["duel"]["id"], d["duel"]["a"], d["duel"]["b"],
                                  dt.date.fromisoformat(d["duel"]["starts_on"]),
                                  dt.date.fromisoformat(d["duel"]["ends_on"])),
                             d["a_score"], d["b_score"], d["leader"], d["finished"]) for d in data["duels"])
    def board(name: str) -> tuple[Standing, ...]:
        return tuple(_standing(s) for s in data[name])
    return Standings(_date(data["through"]), board("groups"), board("reps"), board("rolling_reps"),
                     board("rolling_groups"), duels, data["winner"], _date(data["race_won_on"]))
