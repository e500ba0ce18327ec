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
    Float,
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


# --- Team lifecycle: survey, settings, stage history, playbook edits, action plans ------------------------------


class SurveyResponse(Base):
    """One filled-in stage questionnaire; ``member_id`` NULL means anonymous."""

    __tablename__ = "survey_responses"
    __table_args__ = (Index("ix_survey_responses_team_day", "team_id", "answered_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), nullable=True,
                                                  index=True)
    answered_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default="manual")  # "manual", "import" or "demo"
    file_name: Mapped[str] = mapped_column(String(260), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    answers: Mapped[list[SurveyAnswer]] = relationship(cascade="all, delete", passive_deletes=True,
                                                        order_by="SurveyAnswer.item_id")


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),)

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_responses.id", ondelete="CASCADE"),
                                             primary_key=True)
    item_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)


class LifecycleSettings(Base):
    """A team's own signal thresholds (only those that differ from the defaults), as JSON."""

    __tablename__ = "lifecycle_settings"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    thresholds_json: Mapped[str] = mapped_column(Text, default="{}")


class StageRecord(Base):
    """One entry of a team's stage history: an accepted diagnosis, a confirmation or an override."""

    __tablename__ = "stage_history"
    __table_args__ = (
        Index("ix_stage_history_team_day", "team_id", "as_of"),
        CheckConstraint("kind IN ('accepted', 'confirmed', 'overridden')", name="kind_known"),
        CheckConstraint("kind <> 'overridden' OR reason <> ''", name="override_has_reason"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    as_of: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    kind: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(16))  # the stage the manager holds the team to be in
    diagnosed_stage: Mapped[str] = mapped_column(String(16))  # what the diagnosis said
    mix_forming: Mapped[float] = mapped_column(Float)
    mix_storming: Mapped[float] = mapped_column(Float)
    mix_norming: Mapped[float] = mapped_column(Float)
    mix_performing: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    contradiction_signal: Mapped[str] = mapped_column(String(40), default="")
    contradiction_summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="app")  # "app", "cli" or "demo"
    reason: Mapped[str] = mapped_column(Text, default="")


class PlaybookEdit(Base):
    """A manager's version of a default practice, or an own practice (``custom``); the whole practice as JSON.
    Deleting the row restores the default."""

    __tablename__ = "playbook_edits"

    practice_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    stage: Mapped[str] = mapped_column(String(16))
    practice_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                    onupdate=func.now())


class ActionPlan(Base):
    """What the manager decided to do after a diagnosis; the printed coaching plan prints it."""

    __tablename__ = "action_plans"
    __table_args__ = (Index("ix_action_plans_team_day", "team_id", "created_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    created_on: Mapped[dt.date] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(16))
    contradiction_signal: Mapped[str] = mapped_column(String(40), default="")
    contradiction_summary: Mapped[str] = mapped_column(Text, default="")
    history_id: Mapped[int | None] = mapped_column(ForeignKey("stage_history.id", ondelete="SET NULL"),
                                                   nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class PlanAction(Base):
    __tablename__ = "plan_actions"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status_known"),
        CheckConstraint("owner_role <> ''", name="has_owner_role"),
        Index("ix_plan_actions_plan_position", "plan_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"))
    first_plan_id: Mapped[int] = mapped_column(Integer)  # the plan it was made in (it carries over while open)
    position: Mapped[int] = mapped_column(Integer, default=0)
    practice_id: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(200))
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"),
                                                        nullable=True, index=True)
    owner_role: Mapped[str] = mapped_column(String(16), default="")
    due_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    notes: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
