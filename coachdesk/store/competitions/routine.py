"""The daily routine around contests (seed 003): deal announcements, morning contests, evening recaps, the
celebration ledger of promises, support notes for lagging reps and board opt-outs."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.competitions.contests import (
    DELIVERED_EARLY,
    Ledger,
    MorningEntry,
    MorningRound,
    Promise,
    PromiseKind,
    check_promise,
)
from coachdesk.core.roster.model import SELLING_ROLES
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.competitions.models import (
    BoardOptOut,
    ContestPromise,
    ContestRow,
    DealAnnouncement,
    EveningRecap,
    MorningEntryRow,
    MorningRoundRow,
    SupportNote,
)
from coachdesk.store.roster.models import Group, Member

RECAP_KINDS = ("win", "idea", "method")
NOT_ON_TEAM = MessageCode("deal.not_on_team", "'{value}' is not an active rep of this team on {day}")
BAD_AMOUNT = MessageCode("deal.bad_amount", "the amount must be 0 or more, not {value}")
RECAP_TEXT = MessageCode("recap.text_required", "say what was shared")
RECAP_KIND = MessageCode("recap.bad_kind", "a recap entry is a win, an idea or a method, not {value}")
NOTE_EMPTY = MessageCode("support.empty", "say who supports the rep or what chance they are given")


# --- deals --------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DealInfo:
    id: int | None  # None: deals that arrived with imported activity (no announcement)
    member_id: int
    name: str
    employee_id: str
    at: dt.datetime | None
    amount_cents: int
    note: str
    count: int = 1  # imported: how many deals the row stands for
    opted_out: bool = False


def active_seller(session: Session, team_id: int, employee_or_id: str | int, day: dt.date,
                  field: str = "member") -> Member:
    query = select(Member).where(Member.team_id == team_id, Member.role.in_([r.value for r in SELLING_ROLES]))
    if isinstance(employee_or_id, int):
        query = query.where(Member.id == employee_or_id)
    else:
        query = query.where(or_(Member.employee_id == employee_or_id, Member.name == employee_or_id))
    members = session.scalars(query).all()
    member = next((m for m in members if m.hired_on <= day and (m.left_on is None or m.left_on > day)), None)
    if member is None:
        raise ValidationError(FieldError.of(field, "not_found", NOT_ON_TEAM, value=str(employee_or_id),
                                            day=day.isoformat()))
    return member


def announce_deal(session: Session, team_id: int, member: str | int, amount_cents: int, at: dt.datetime,
                  note: str = "") -> DealInfo:
    """Log a deal as it happens (by employee id, name or member id)."""
    errors: list[FieldError] = []
    found: Member | None = None
    try:
        found = active_seller(session, team_id, member, at.date())
    except ValidationError as e:
        errors += e.errors
    if amount_cents < 0:
        errors.append(FieldError.of("amount", "bad_format", BAD_AMOUNT, value=amount_cents / 100))
    if errors or found is None:
        raise ValidationError(errors)
    row = DealAnnouncement(team_id=team_id, member_id=found.id, day=at.date(), announced_at=at.replace(tzinfo=None),
                           amount_cents=amount_cents, note=note.strip())
    session.add(row)
    session.flush()
    return DealInfo(row.id, found.id, found.name, found.employee_id, row.announced_at, amount_cents, row.note)


def delete_deal(session: Session, deal_id: int) -> None:
    session.execute(delete(DealAnnouncement).where(DealAnnouncement.id == deal_id))


def opted_out(session: Session, team_id: int) -> set[int]:
    """The team's members hidden from public boards."""
    return set(session.scalars(select(BoardOptOut.member_id).join(Member, Member.id == BoardOptOut.member_id)
                               .where(Member.team_id == team_id)))


def deals_between(session: Session, team_id: int, first: dt.date, last: dt.date) -> list[DealInfo]:
    """Announced deals, newest first, plus for each rep-day the deals imported activity holds beyond those
    announced (one entry per rep-day, without a time)."""
    opted = opted_out(session, team_id)
    rows = session.execute(select(DealAnnouncement, Member).join(Member, Member.id == DealAnnouncement.member_id)
                           .where(DealAnnouncement.team_id == team_id, DealAnnouncement.day.between(first, last))
                           .order_by(DealAnnouncement.announced_at.desc(), DealAnnouncement.id.desc())).all()
    found = [DealInfo(d.id, m.id, m.name, m.employee_id, d.announced_at, d.amount_cents, d.note, 1, m.id in opted)
             for d, m in rows]
    announced: dict[tuple[int, dt.date], tuple[int, int]] = {}
    for d, _m in rows:
        count, total = announced.get((d.member_id, d.day), (0, 0))
        announced[(d.member_id, d.day)] = (count + 1, total + d.amount_cents)
    imported = session.execute(select(ActivityDay.member_id, ActivityDay.day, ActivityDay.deals,
                                      ActivityDay.revenue_cents, Member.name, Member.employee_id)
                               .join(Member, Member.id == ActivityDay.member_id)
                               .where(ActivityDay.team_id == team_id, ActivityDay.day.between(first, last),
                                      ActivityDay.deals > 0)
                               .order_by(ActivityDay.day.desc(), Member.name)).all()
    for member, day, deals, revenue, name, employee in imported:
        count, total = announced.get((member, day), (0, 0))
        if deals > count:
            found.append(DealInfo(None, member, name, employee, None, max(0, revenue - total), "", deals - count,
                                  member in opted))
    return found


def latest_deal_id(session: Session, team_id: int) -> int:
    """The newest announcement's id (the board polls it to know when to celebrate)."""
    return int(session.scalar(select(func.max(DealAnnouncement.id)).where(DealAnnouncement.team_id == team_id)) or 0)


# --- morning contests ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MorningRow:
    id: int
    day: dt.date
    topic: str
    contest_id: int | None
    winner: str  # the winning group's name
    entries: tuple[tuple[str, str, float], ...]  # (group, representative, mean total), best first
    notes: str


def save_morning_round(session: Session, team_id: int, round_: MorningRound, contest_id: int | None = None,
                       notes: str = "") -> int:
    checked = round_.checked()
    winner = checked.winner
    row = MorningRoundRow(team_id=team_id, contest_id=contest_id, day=checked.day, topic=checked.topic,
                          winner_group_id=winner.group if winner else None, notes=notes.strip())
    session.add(row)
    session.flush()
    session.add_all(MorningEntryRow(round_id=row.id, group_id=e.group, representative_id=e.representative,
                                    scores_json=json.dumps({k: list(v) for k, v in e.scores.items()},
                                                           ensure_ascii=False))
                    for e in checked.entries)
    session.flush()
    return row.id


def delete_morning_round(session: Session, round_id: int) -> None:
    row = session.get(MorningRoundRow, round_id)
    if row is not None:
        session.delete(row)
        session.flush()


def morning_rounds(session: Session, team_id: int, *, contest_id: int | None = None, first: dt.date | None = None,
                   last: dt.date | None = None) -> list[MorningRow]:
    query = select(MorningRoundRow).where(MorningRoundRow.team_id == team_id)
    if contest_id is not None:
        query = query.where(MorningRoundRow.contest_id == contest_id)
    if first is not None:
        query = query.where(MorningRoundRow.day >= first)
    if last is not None:
        query = query.where(MorningRoundRow.day <= last)
    rounds = session.scalars(query.order_by(MorningRoundRow.day.desc(), MorningRoundRow.id.desc())).all()
    names = {g.id: g.name for g in session.scalars(select(Group).where(Group.team_id == team_id))}
    people = {m.id: m.name for m in session.scalars(select(Member).where(Member.team_id == team_id))}
    ids = [r.id for r in rounds]
    entries: dict[int, list[MorningEntry]] = {}
    for e in session.scalars(select(MorningEntryRow).where(MorningEntryRow.round_id.in_(ids))
                             .order_by(MorningEntryRow.id)):
        scores = {k: tuple(v) for k, v in json.loads(e.scores_json).items()}
        entries.setdefault(e.round_id, []).append(
            MorningEntry(e.group_id, names.get(e.group_id, ""), e.representative_id, scores))
    found = []
    for r in rounds:
        ranked = MorningRound(r.day, r.topic, entries.get(r.id, [])).ranking()
        found.append(MorningRow(r.id, r.day, r.topic, r.contest_id, names.get(r.winner_group_id or 0, ""),
                                tuple((e.group_label, people.get(e.representative or 0, ""), round(e.total, 2))
                                      for e in ranked), r.notes))
    return found


# --- evening recaps -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RecapRow:
    id: int
    day: dt.date
    kind: str
    text: str
    member_id: int | None
    by: str


def add_recap(session: Session, team_id: int, day: dt.date, kind: str, text: str,
              member_id: int | None = None) -> int:
    errors: list[FieldError] = []
    if kind not in RECAP_KINDS:
        errors.append(FieldError.of("kind", "bad_format", RECAP_KIND, value=kind))
    if not text.strip():
        errors.append(FieldError.of("text", "required", RECAP_TEXT))
    if errors:
        raise ValidationError(errors)
    row = EveningRecap(team_id=team_id, day=day, kind=kind, text=text.strip(), member_id=member_id)
    session.add(row)
    session.flush()
    return row.id


def delete_recap(session: Session, recap_id: int) -> None:
    session.execute(delete(EveningRecap).where(EveningRecap.id == recap_id))


def recaps(session: Session, team_id: int, *, search: str = "", kind: str | None = None,
           first: dt.date | None = None, last: dt.date | None = None) -> list[RecapRow]:
    """Recap entries newest first; ``search`` matches the text or the sharer's name (case-insensitive)."""
    query = (select(EveningRecap, Member.name).outerjoin(Member, Member.id == EveningRecap.member_id)
             .where(EveningRecap.team_id == team_id))
    if search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(or_(func.lower(EveningRecap.text).like(pattern), func.lower(Member.name).like(pattern)))
    if kind:
        query = query.where(EveningRecap.kind == kind)
    if first is not None:
        query = query.where(EveningRecap.day >= first)
    if last is not None:
        query = query.where(EveningRecap.day <= last)
    rows = session.execute(query.order_by(EveningRecap.day.desc(), EveningRecap.id)).all()
    return [RecapRow(r.id, r.day, r.kind, r.text, r.member_id, name or "") for r, name in rows]


# --- promises (庆功会) ----------------------------------------------------------------------------------------

def add_promise(session: Session, contest_id: int, kind: PromiseKind, to_whom: str, for_what: str,
                promised_on: dt.date) -> int:
    check_promise(kind, to_whom, for_what)
    row = ContestPromise(contest_id=contest_id, kind=kind.value, to_whom=to_whom.strip(), for_what=for_what.strip(),
                         promised_on=promised_on)
    session.add(row)
    session.flush()
    return row.id


def set_delivered(session: Session, promise_id: int, on: dt.date | None, note: str = "") -> None:
    """Mark a promise kept on ``on`` (None: not delivered after all)."""
    row = session.get(ContestPromise, promise_id)
    if row is None:
        raise NotFoundError("promise", f"no promise with id {promise_id}", kind="promise", value=str(promise_id))
    if on is not None and on < row.promised_on:
        raise ValidationError(FieldError.of("delivered_on", "date_order", DELIVERED_EARLY,
                                            delivered=on.isoformat(), promised=row.promised_on.isoformat()))
    row.delivered_on = on
    row.delivery_note = note.strip() if on is not None else ""
    session.flush()


def delete_promise(session: Session, promise_id: int) -> None:
    session.execute(delete(ContestPromise).where(ContestPromise.id == promise_id))


def ledger(session: Session, contest_id: int, today: dt.date) -> Ledger:
    contest = session.get(ContestRow, contest_id)
    if contest is None:
        raise NotFoundError("contest", f"no contest with id {contest_id}", kind="contest", value=str(contest_id))
    labels = _participant_labels(session, contest.team_id)
    rows = session.scalars(select(ContestPromise).where(ContestPromise.contest_id == contest_id)
                           .order_by(ContestPromise.kind.desc(), ContestPromise.id)).all()
    promises = tuple(Promise(r.id, PromiseKind(r.kind), r.to_whom, labels.get(r.to_whom, r.to_whom), r.for_what,
                             r.promised_on, r.delivered_on, r.delivery_note) for r in rows)
    return Ledger(promises, contest.closed_on is not None or today > contest.ends_on)


def _participant_labels(session: Session, team_id: int) -> dict[str, str]:
    labels = {f"g{g.id}": g.name for g in session.scalars(select(Group).where(Group.team_id == team_id))}
    labels |= {f"r{m.id}": m.name for m in session.scalars(select(Member).where(Member.team_id == team_id))}
    return labels


# --- support notes and opt-outs -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SupportRow:
    id: int
    member_id: int
    supporter_id: int | None
    supporter: str
    chance: str
    note: str
    noted_on: dt.date


def save_support_note(session: Session, contest_id: int, member_id: int, supporter_id: int | None, chance: str,
                      note: str, on: dt.date) -> int:
    """One note per rep and contest: saving again replaces it."""
    if supporter_id is None and not chance.strip() and not note.strip():
        raise ValidationError(FieldError.of("chance", "required", NOTE_EMPTY))
    row = session.scalar(select(SupportNote).where(SupportNote.contest_id == contest_id,
                                                   SupportNote.member_id == member_id))
    if row is None:
        row = SupportNote(contest_id=contest_id, member_id=member_id)
        session.add(row)
    row.supporter_id, row.chance, row.note, row.noted_on = supporter_id, chance.strip(), note.strip(), on
    session.flush()
    return row.id


def support_notes(session: Session, contest_id: int) -> dict[int, SupportRow]:
    rows = session.execute(select(SupportNote, Member.name).outerjoin(Member, Member.id == SupportNote.supporter_id)
                           .where(SupportNote.contest_id == contest_id)).all()
    return {n.member_id: SupportRow(n.id, n.member_id, n.supporter_id, name or "", n.chance, n.note, n.noted_on)
            for n, name in rows}


def set_opt_out(session: Session, member_id: int, opted_out: bool, on: dt.date) -> None:
    row = session.get(BoardOptOut, member_id)
    if opted_out and row is None:
        session.add(BoardOptOut(member_id=member_id, since=on))
    elif not opted_out and row is not None:
        session.delete(row)
    session.flush()

