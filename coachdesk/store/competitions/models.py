"""Contests and the routine around them: amendments, duels, manual points, deal announcements, morning contests,
evening recaps, promised rewards and penalties, support notes for lagging reps, and board opt-outs.

db/schema.sql is a generated snapshot of every feature's models (tests/test_schema.py fails when it is stale).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from coachdesk.store.base import Base


class ContestRow(Base):
    """A contest; ``rules_json`` is core.competitions.rules.rules_to_dict. Once closed, ``final_json`` holds the
    frozen final standings and later imports no longer change them."""

    __tablename__ = "contests"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        Index("ix_contests_team_period", "team_id", "starts_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    rules_json: Mapped[str] = mapped_column(Text)
    published: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    final_json: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ContestAmendment(Base):
    """A rule change after the contest started: what changed, why, and the rules before it."""

    __tablename__ = "contest_amendments"
    __table_args__ = (CheckConstraint("reason <> ''", name="has_reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    made_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    changes_json: Mapped[str] = mapped_column(Text)  # [{"field", "before", "after"}]
    rules_before_json: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ContestDuel(Base):
    """A head-to-head duel inside a contest between two reps ("r12") or two groups ("g3")."""

    __tablename__ = "contest_duels"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("a_key <> b_key", name="two_sides"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    a_key: Mapped[str] = mapped_column(String(16))
    b_key: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)


class ContestPoints(Base):
    """Manual points for a rep or a group on a day (the "custom points" metric)."""

    __tablename__ = "contest_points"
    __table_args__ = (
        CheckConstraint("(member_id IS NULL) <> (group_id IS NULL)", name="rep_or_group"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), nullable=True,
                                                  index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), nullable=True,
                                                 index=True)
    points: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(String(200), default="")


class DealAnnouncement(Base):
    """A deal announced as it happens (成交播报). It counts until that day's activity is imported, never twice."""

    __tablename__ = "deal_announcements"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
        Index("ix_deal_announcements_team_time", "team_id", "announced_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    announced_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall time, as typed or logged
    amount_cents: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class MorningRoundRow(Base):
    """A morning contest (晨会小组比赛): a topic, one representative per group, judges' rubric scores."""

    __tablename__ = "morning_rounds"
    __table_args__ = (Index("ix_morning_rounds_team_day", "team_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    contest_id: Mapped[int | None] = mapped_column(ForeignKey("contests.id", ondelete="SET NULL"), nullable=True,
                                                   index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200))
    winner_group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"),
                                                        nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class MorningEntryRow(Base):
    __tablename__ = "morning_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("morning_rounds.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    representative_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"),
                                                          nullable=True, index=True)
    scores_json: Mapped[str] = mapped_column(Text)  # {judge: [score per rubric criterion]}


class EveningRecap(Base):
    """What was shared at the evening meeting (晚会分享): a win, a good idea or a method, and by whom."""

    __tablename__ = "evening_recaps"
    __table_args__ = (
        CheckConstraint("kind IN ('win', 'idea', 'method')", name="kind_known"),
        CheckConstraint("text <> ''", name="has_text"),
        Index("ix_evening_recaps_team_day", "team_id", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), nullable=True,
                                                  index=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)


class ContestPromise(Base):
    """A reward or penalty promised at the start (庆功会 ledger) and whether it was delivered."""

    __tablename__ = "contest_promises"
    __table_args__ = (
        CheckConstraint("kind IN ('reward', 'penalty')", name="kind_known"),
        CheckConstraint("delivered_on IS NULL OR delivered_on >= promised_on", name="delivered_after_promise"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    to_whom: Mapped[str] = mapped_column(String(120))  # a participant key ("g3", "r12") or free text
    for_what: Mapped[str] = mapped_column(Text)
    promised_on: Mapped[dt.date] = mapped_column(Date)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    delivery_note: Mapped[str] = mapped_column(Text, default="")


class SupportNote(Base):
    """For a rep below the middle of a contest: who talks to them and what chance they are given."""

    __tablename__ = "support_notes"
    __table_args__ = (Index("ix_support_notes_contest_member", "contest_id", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), nullable=True,
                                                     index=True)
    chance: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    noted_on: Mapped[dt.date] = mapped_column(Date)


class BoardOptOut(Base):
    """A rep who does not want to appear on public boards (they still compete)."""

    __tablename__ = "board_opt_outs"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    since: Mapped[dt.date] = mapped_column(Date)
