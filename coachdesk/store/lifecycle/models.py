"""Team lifecycle: survey responses, per-team settings, stage history, playbook edits, action plans.

db/schema.sql is a generated snapshot of every feature's models (tests/test_schema.py fails when it is stale).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coachdesk.store.base import Base


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
