"""Teams, members, groups and dated group memberships.

db/schema.sql is a generated snapshot of every feature's models (tests/test_schema.py fails when it is stale).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coachdesk.store.base import Base


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    product: Mapped[str] = mapped_column(String(200), default="")
    formed_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # False: the date was not typed; imports replace it with the team's earliest membership/activity.
    formed_on_known: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

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
