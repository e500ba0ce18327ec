"""Contest edits as undoable changes (store/undo.py): every edit of a team's contests and their routine runs in
the caller's unit of work and returns its result with the Change. The scope is all of the team's contest rows —
contests with everything hanging off them, deals, morning contests, recaps and opt-outs — a few hundred rows at
most, so capturing it whole is cheap and undo restores exactly, with the same ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.core.competitions.contests import MorningRound, PromiseKind
from coachdesk.core.competitions.rules import ContestDraft, ContestRules
from coachdesk.store.competitions import contests, routine
from coachdesk.store.competitions.contests import Amendment
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
from coachdesk.store.roster.models import Member
from coachdesk.store.undo import Change, RowSet, record_edit

T = TypeVar("T")
Edited = tuple[T, Change]


def competition_rows(team_id: int) -> list[RowSet]:
    team_contests = select(ContestRow.id).where(ContestRow.team_id == team_id).scalar_subquery()
    rounds = select(MorningRoundRow.id).where(MorningRoundRow.team_id == team_id).scalar_subquery()
    members = select(Member.id).where(Member.team_id == team_id).scalar_subquery()
    return [
        RowSet.of(ContestRow, ContestRow.team_id == team_id),
        *(RowSet.of(model, model.contest_id.in_(team_contests))
          for model in (ContestAmendment, ContestDuel, ContestPoints, ContestPromise, SupportNote)),
        RowSet.of(DealAnnouncement, DealAnnouncement.team_id == team_id),
        RowSet.of(MorningRoundRow, MorningRoundRow.team_id == team_id),
        RowSet.of(MorningEntryRow, MorningEntryRow.round_id.in_(rounds)),
        RowSet.of(EveningRecap, EveningRecap.team_id == team_id),
        RowSet.of(BoardOptOut, BoardOptOut.member_id.in_(members)),
    ]


def _team_of_contest(session: Session, contest_id: int) -> int:
    return contests.get_contest(session, contest_id).team_id


def edit(session: Session, team_id: int, op: Callable[[Session], T]) -> Edited[T]:
    return record_edit(session, competition_rows(team_id), op)


def create_contest(session: Session, team_id: int, draft: ContestDraft) -> Edited[int]:
    return edit(session, team_id, lambda s: contests.create_contest(s, team_id, draft))


def update_contest(session: Session, contest_id: int, draft: ContestDraft, today: dt.date) -> Edited[None]:
    return edit(session, _team_of_contest(session, contest_id),
                lambda s: contests.update_contest(s, contest_id, draft, today))


def amend_contest(session: Session, contest_id: int, rules: ContestRules, reason: str, today: dt.date,
                  ends_on: dt.date | None = None) -> Edited[Amendment]:
    return edit(session, _team_of_contest(session, contest_id),
                lambda s: contests.amend_contest(s, contest_id, rules, reason, today, ends_on))


def delete_contest(session: Session, contest_id: int) -> Edited[None]:
    return edit(session, _team_of_contest(session, contest_id), lambda s: contests.delete_contest(s, contest_id))


def add_duel(session: Session, contest_id: int, a: str, b: str, starts_on: dt.date, ends_on: dt.date) -> Edited[int]:
    return edit(session, _team_of_contest(session, contest_id),
                lambda s: contests.add_duel(s, contest_id, a, b, starts_on, ends_on))


def add_points(session: Session, contest_id: int, day: dt.date, points: float, reason: str = "", *,
               member_id: int | None = None, group_id: int | None = None) -> Edited[int]:
    return edit(session, _team_of_contest(session, contest_id),
                lambda s: contests.add_points(s, contest_id, day, points, reason, member_id=member_id,
                                              group_id=group_id))


def announce_deal(session: Session, team_id: int, member: str | int, amount_cents: int, at: dt.datetime,
                  note: str = "") -> Edited[routine.DealInfo]:
    return edit(session, team_id, lambda s: routine.announce_deal(s, team_id, member, amount_cents, at, note))


def delete_deal(session: Session, team_id: int, deal_id: int) -> Edited[None]:
    return edit(session, team_id, lambda s: routine.delete_deal(s, deal_id))


def save_morning_round(session: Session, team_id: int, round_: MorningRound, contest_id: int | None = None,
                       notes: str = "") -> Edited[int]:
    return edit(session, team_id, lambda s: routine.save_morning_round(s, team_id, round_, contest_id, notes))


def delete_morning_round(session: Session, team_id: int, round_id: int) -> Edited[None]:
    return edit(session, team_id, lambda s: routine.delete_morning_round(s, round_id))


def add_recap(session: Session, team_id: int, day: dt.date, kind: str, text: str,
              member_id: int | None = None) -> Edited[int]:
    return edit(session, team_id, lambda s: routine.add_recap(s, team_id, day, kind, text, member_id))


def delete_recap(session: Session, team_id: int, recap_id: int) -> Edited[None]:
    return edit(session, team_id, lambda s: routine.delete_recap(s, recap_id))


def add_promise(session: Session, contest_id: int, kind: PromiseKind, to_whom: str, for_what: str,
                promised_on: dt.date) -> Edited[int]:
    return edit(session, _team_of_contest(session, contest_id),
                lambda s: routine.add_promise(s, contest_id, kind, to_whom, for_what, promised_on))


def set_delivered(session: Session, team_id: int, promise_id: int, on: dt.date | None,
                  note: str = "") -> Edited[None]:
    return edit(session, team_id, lambda s: routine.set_delivered(s, promise_id, on, note))


def delete_promise(session: Session, team_id: int, promise_id: int) -> Edited[None]:
    return edit(session, team_id, lambda s: routine.delete_promise(s, promise_id))


def save_support_note(session: Session, contest_id: int, member_id: int, supporter_id: int | None, chance: str,
                      note: str, on: dt.date) -> Edited[int]:
    return edit(session, _team_of_contest(session, contest_id),
                lambda s: routine.save_support_note(s, contest_id, member_id, supporter_id, chance, note, on))


def set_opt_out(session: Session, team_id: int, member_id: int, opted_out: bool, on: dt.date) -> Edited[None]:
    return edit(session, team_id, lambda s: routine.set_opt_out(s, member_id, opted_out, on))


