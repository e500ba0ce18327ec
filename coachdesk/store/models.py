"""Typed SQLAlchemy models. Schema changes go through Alembic (db/migrations) — never create_all in the app.

db/schema.sql is a generated snapshot of these models (tests/test_schema.py fails when it is stale).
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
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    product: Mapped[str] = mapped_column(String(200), default="")
    formed_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    # The database cascades deletes (ON DELETE CASCADE); the ORM deletes children already loaded in the
    # session instead of trying to null their (NOT NULL) team_id.
    members: Mapped[list[Member]] = relationship(back_populates="team", cascade="all, delete", passive_deletes=True)
    groups: Mapped[list[Group]] = relationship(back_populates="team", cascade="all, delete", passive_deletes=True)


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (
        UniqueConstraint("team_id", "employee_id", name="uq_members_team_employee"),
        CheckConstraint("left_on IS NULL OR left_on >= hired_on", name="left_after_hired"),
        CheckConstraint("role IN ('rep', 'group_leader', 'trainer', 'manager')", name="role_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    employee_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32), default="")
    role: Mapped[str] = mapped_column(String(16), default="rep")
    hired_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    leave_reason: Mapped[str] = mapped_column(String(200), default="")
    # Set when an activity import created this rep (undoing the import removes them again).
    created_by_import_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity_imports.id", ondelete="SET NULL"), nullable=True, index=True
    )

    team: Mapped[Team] = relationship(back_populates="members")


class Group(Base):
    """A small selling group (小组) inside a team, with its own name 队名, slogan 口号 and goal 目标."""

    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("team_id", "name", name="uq_groups_team_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    slogan: Mapped[str] = mapped_column(String(200), default="")
    goal: Mapped[str] = mapped_column(String(200), default="")
    leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), nullable=True, index=True
    )

    team: Mapped[Team] = relationship(back_populates="groups")


class GroupMembership(Base):
    """Who was in which group from when to when; ``to_date`` NULL means current. History is never rewritten
    except by undo."""

    __tablename__ = "group_memberships"
    __table_args__ = (
        CheckConstraint("to_date IS NULL OR to_date >= from_date", name="to_after_from"),
        Index("ix_group_memberships_member_current", "member_id", "to_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


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
