"""Call activity: imports, one row per rep and day, and the values an import overwrote (for undo).

db/schema.sql is a generated snapshot of every feature's models (tests/test_schema.py fails when it is stale).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from coachdesk.store.base import Base


class ActivityImport(Base):
    """One import of call activity (a file, or a day typed into the manual-entry grid)."""

    __tablename__ = "activity_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16), default="file")  # "file" or "manual"
    file_name: Mapped[str] = mapped_column(String(260), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    encoding: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    rows_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_changed: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    members_created: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # The team's formation date this import replaced (a team added without one takes it from its history);
    # undoing the import puts it back.
    formed_on_before: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ActivityDay(Base):
    """One rep's figures for one day. Talk time in seconds, revenue in cents (exact on every backend)."""

    __tablename__ = "activity_days"
    __table_args__ = (
        # Covering index: team dashboards and `stats` read every figure of a date range without touching
        # the table itself (2 years x 400 reps stays well under 0.3 s).
        Index("ix_activity_days_team_day_cover", "team_id", "day", "member_id", "calls", "connected",
              "talk_seconds", "deals", "revenue_cents"),
        CheckConstraint(
            "calls >= 0 AND connected >= 0 AND talk_seconds >= 0 AND deals >= 0 AND revenue_cents >= 0",
            name="figures_not_negative",
        ),
    )

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    calls: Mapped[int] = mapped_column(Integer, default=0)
    connected: Mapped[int] = mapped_column(Integer, default=0)
    talk_seconds: Mapped[int] = mapped_column(Integer, default=0)
    deals: Mapped[int] = mapped_column(Integer, default=0)
    revenue_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    intent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity_imports.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ActivityHistory(Base):
    """The values an import overwrote, so the import can be undone exactly."""

    __tablename__ = "activity_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("activity_imports.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    calls: Mapped[int] = mapped_column(Integer)
    connected: Mapped[int] = mapped_column(Integer)
    talk_seconds: Mapped[int] = mapped_column(Integer)
    deals: Mapped[int] = mapped_column(Integer)
    revenue_cents: Mapped[int] = mapped_column(BigInteger)
    intent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    old_import_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
