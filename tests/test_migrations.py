"""Alembic from code: upgrade, backups of old SQLite files, model/migration drift and the health check."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from coachdesk.store.database import Database, open_database
from coachdesk.store.migrate import (
    MigrationError,
    alembic_config,
    check_database,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from coachdesk.store.tables import Base

APP_TABLES = {"teams", "members", "groups", "group_memberships", "activity_imports", "activity_days",
              "activity_history", "survey_responses", "survey_answers", "lifecycle_settings", "stage_history",
              "playbook_edits", "action_plans", "plan_actions", "contests", "contest_amendments", "contest_duels",
              "contest_points", "deal_announcements", "morning_rounds", "morning_entries", "evening_recaps",
              "contest_promises", "support_notes", "board_opt_outs",
              "scripts", "script_versions", "drill_questions", "drill_sessions", "drill_entries", "call_audits",
              "drill_rubrics"}


@pytest.fixture
def empty_db(db_url: str):
    database = open_database(db_url, upgrade=False)
    yield database
    database.dispose()


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def test_head_is_a_single_known_revision() -> None:
    assert head_revision() == "0008"


def test_upgrade_empty_database_to_head(empty_db: Database) -> None:
    assert current_revision(empty_db) is None
    result = upgrade_to_head(empty_db)
    assert (result.from_revision, result.to_revision, result.changed) == (None, head_revision(), True)
    assert result.backup is None  # nothing worth backing up
    assert current_revision(empty_db) == head_revision()
    assert table_names(empty_db) == APP_TABLES | {"alembic_version"}


def test_second_upgrade_is_a_no_op(db: Database) -> None:
    result = upgrade_to_head(db)
    assert (result.from_revision, result.to_revision, result.changed, result.backup) == (
        head_revision(), head_revision(), False, None)


def test_open_database_without_upgrade_leaves_it_empty(empty_db: Database) -> None:
    assert table_names(empty_db) == set()


def test_models_match_migrations(db: Database) -> None:
    """Autogenerate would write an empty revision: every model change has its migration."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_and_up_again(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert current_revision(db) is None
    assert table_names(db) <= {"alembic_version"}
    assert upgrade_to_head(db).changed
    assert table_names(db) == APP_TABLES | {"alembic_version"}


def test_old_sqlite_file_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "coachdesk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.begin() as conn:  # simulate a file written by an older coachdesk
            command.downgrade(alembic_config(conn), "base")
            conn.execute(text("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, body TEXT)"))
            conn.execute(text("INSERT INTO legacy_notes (body) VALUES ('旧数据')"))
        result = upgrade_to_head(db)
    finally:
        db.dispose()
    assert (result.from_revision, result.to_revision) == (None, head_revision())
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == path.parent
    assert re.fullmatch(r"coachdesk\.sqlite3\.\d{8}-\d{6}\.norev\.bak", result.backup.name), result.backup.name
    backup = sqlite3.connect(result.backup)
    try:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT body FROM legacy_notes").fetchall() == [("旧数据",)]
        tables = {name for (name,) in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "teams" not in tables  # the backup is the state before the upgrade
    finally:
        backup.close()


def test_backup_can_be_disabled(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}", upgrade=False)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE legacy (id INTEGER PRIMARY KEY)"))
        assert upgrade_to_head(db, backup=False).backup is None
    finally:
        db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".bak") == []


def test_unknown_revision_raises_migration_error(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff00000000'"))
    with pytest.raises(MigrationError, match=r"ffff00000000.*newer coachdesk"):
        upgrade_to_head(db)
    with pytest.raises(MigrationError):
        open_database(db.url).dispose()
    report = check_database(db)
    assert not report.ok and report.revision == "ffff00000000"


def test_check_good_database(db: Database) -> None:
    report = check_database(db)
    assert report.ok and report.up_to_date
    assert report.problems == []
    assert report.revision == report.head == head_revision()
    assert report.backend == db.engine.dialect.name


def test_check_unmigrated_database(empty_db: Database) -> None:
    report = check_database(empty_db)
    assert not report.ok and not report.up_to_date
    assert report.revision is None
    assert len(report.problems) == 1 and "coachdesk db upgrade" in report.problems[0]
    assert table_names(empty_db) == set()  # checking changes nothing


def test_check_reports_broken_foreign_keys_in_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    raw = sqlite3.connect(path)  # foreign keys are off in a plain connection, so bad rows get in
    raw.execute("INSERT INTO members (team_id, employee_id, name, phone, role, hired_on, leave_reason) "
                "VALUES (99, 'E1', 'x', '', 'rep', '2024-01-01', '')")
    raw.commit()
    raw.close()
    db = open_database(f"sqlite:///{path}", upgrade=False)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    assert report.up_to_date and not report.ok
    assert report.problems == ["foreign key: table members row 1 points to missing teams"]


def test_upgrade_from_0001_keeps_roster_rows(empty_db: Database) -> None:
    """SQLite batch migrations rebuild tables; with foreign keys enforced that would cascade-delete group
    memberships and clear group leaders. The runner turns enforcement off for the migration."""
    with empty_db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO teams (name, product, formed_on, notes) VALUES ('t', 'p', '2024-01-01', '')"))
        team = conn.execute(text("SELECT id FROM teams")).scalar_one()
        conn.execute(text("INSERT INTO members (team_id, employee_id, name, phone, role, hired_on, leave_reason) "
                          "VALUES (:t, 'E1', 'a', '', 'rep', '2024-01-01', '')"), {"t": team})
        member = conn.execute(text("SELECT id FROM members")).scalar_one()
        conn.execute(text("INSERT INTO groups (team_id, name, slogan, goal, leader_id) VALUES (:t, 'g', '', '', :m)"),
                     {"t": team, "m": member})
        group = conn.execute(text("SELECT id FROM groups")).scalar_one()
        conn.execute(text("INSERT INTO group_memberships (group_id, member_id, from_date) "
                          "VALUES (:g, :m, '2024-01-01')"), {"g": group, "m": member})
    upgrade_to_head(empty_db)
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM group_memberships")).scalar_one() == 1
        assert conn.execute(text("SELECT leader_id FROM groups")).scalar_one() == member
        if empty_db.is_sqlite:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
