"""Script drills: scripts and their versions, the question bank, drill sessions and their entries, audits of real
calls. JSON columns hold small structured values the core reads whole (section texts, rubric scores, checklists).

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
    false,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from coachdesk.store.base import Base


class ScriptRow(Base):
    """A team's phone script for one project / product; ``current_number`` is the unified version's number."""

    __tablename__ = "scripts"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    product: Mapped[str] = mapped_column(String(80), default="")
    current_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ScriptVersionRow(Base):
    """One version; versions are never edited once saved (a change is a new version), so drills name what they
    were drilled on."""

    __tablename__ = "script_versions"
    __table_args__ = (UniqueConstraint("script_id", "number"), CheckConstraint("number >= 1", name="number_positive"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    sections_json: Mapped[str] = mapped_column(Text)  # {section: text}


class QuestionRow(Base):
    __tablename__ = "drill_questions"
    __table_args__ = (
        UniqueConstraint("team_id", "text"),
        CheckConstraint("difficulty BETWEEN 1 AND 3", name="difficulty_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(String(500))
    answer: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    difficulty: Mapped[int] = mapped_column(Integer)
    basic: Mapped[bool] = mapped_column(Boolean)
    tags_json: Mapped[str] = mapped_column(Text, default="[]")
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RubricRow(Base):
    """A team's own rubric (data_json: the shape of resources/drills/rubric.toml). A rubric that sessions were scored
    on is never changed: an edit saves a new row that ``replaces_id`` the old one and retires it, so old scores
    keep the criteria, weights and pass mark they were given under. Sessions name a rubric as ``rubric-<id>``."""

    __tablename__ = "drill_rubrics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    data_json: Mapped[str] = mapped_column(Text)
    team_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("drill_rubrics.id", ondelete="SET NULL"),
                                                    nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class DrillSessionRow(Base):
    __tablename__ = "drill_sessions"
    __table_args__ = (Index("ix_drill_sessions_team_started", "team_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    mode: Mapped[str] = mapped_column(String(16))
    trainer: Mapped[str] = mapped_column(String(60))
    rubric_key: Mapped[str] = mapped_column(String(40))
    script_version_id: Mapped[int | None] = mapped_column(ForeignKey("script_versions.id", ondelete="SET NULL"),
                                                          nullable=True, index=True)
    participants_json: Mapped[str] = mapped_column(Text, default="[]")  # member ids in calling order
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall-clock time of the trainer's laptop
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class DrillEntryRow(Base):
    """One participant's answer in a session, saved the moment the trainer presses Enter. ``second_of`` marks a
    second trainer's scoring of the same role-play (for the agreement between trainers)."""

    __tablename__ = "drill_entries"
    __table_args__ = (Index("ix_drill_entries_member_at", "member_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drill_sessions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("drill_questions.id", ondelete="SET NULL"),
                                                    nullable=True, index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    scores_json: Mapped[str] = mapped_column(Text, default="{}")  # {criterion: 1..5}
    answered_well: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    trainer: Mapped[str] = mapped_column(String(60), default="")
    second_of: Mapped[int | None] = mapped_column(ForeignKey("drill_entries.id", ondelete="CASCADE"), nullable=True,
                                                  index=True)


class AuditRow(Base):
    __tablename__ = "call_audits"
    __table_args__ = (
        Index("ix_call_audits_team_on", "team_id", "audited_on"),
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 100", name="score_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    audited_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    auditor: Mapped[str] = mapped_column(String(60))
    points_json: Mapped[str] = mapped_column(Text)  # {checklist point: used}
    issues_json: Mapped[str] = mapped_column(Text, default="[]")
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
