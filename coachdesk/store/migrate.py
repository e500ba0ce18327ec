"""Running Alembic from code: bring a database to head (backing up a SQLite file first) and check it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, inspect, text

from coachdesk.paths import db_dir
from coachdesk.store.database import Database, sqlite_file


class MigrationError(RuntimeError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config(str(db_dir() / "alembic.ini"))
    cfg.set_main_option("script_location", str(db_dir() / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/migrations has no revisions"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_user_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy a live SQLite file (WAL included) to ``<name>.<timestamp>.<revision>.bak`` beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.{revision or 'norev'}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _known_revision(revision: str) -> bool:
    try:  # alembic raises (rather than returning None) for a revision id it has never heard of
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


@dataclass
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade_to_head(db: Database, *, backup: bool = True) -> UpgradeResult:
    head = head_revision()
    current = current_revision(db)
    if current == head:
        return UpgradeResult(current, head)
    if current is not None and not _known_revision(current):
        raise MigrationError(
            f"the database is at revision {current}, which this version of coachdesk does not know; "
            "it was written by a newer coachdesk — update the app"
        )
    saved: Path | None = None
    path = sqlite_file(db.url)
    if backup and path is not None and path.exists() and _has_user_tables(db):
        saved = backup_sqlite(path, current)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Batch migrations rebuild tables (copy, drop, rename). With foreign keys enforced, dropping the
            # old table would cascade-delete rows of the tables that point at it, so enforcement is off during
            # the migration and the result is checked before it commits.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()  # ends SQLAlchemy's autobegun (empty) transaction; the pragma is already in effect
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"the migration would leave {len(broken)} broken references; "
                                             "nothing was changed")
        finally:
            if db.is_sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    return UpgradeResult(current, head, saved)


@dataclass
class CheckReport:
    backend: str
    location: str
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    @property
    def ok(self) -> bool:
        return self.up_to_date and not self.problems


def check_database(db: Database) -> CheckReport:
    """Integrity (SQLite: integrity_check + foreign_key_check) and revision, without changing anything."""
    report = CheckReport(db.engine.dialect.name, db.display_location, current_revision(db), head_revision())
    if not report.up_to_date:
        report.problems.append(
            f"schema revision is {report.revision or 'none (empty database)'}, newest is {report.head}; "
            "run `coachdesk db upgrade`"
        )
    with db.engine.connect() as conn:
        if db.is_sqlite:
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    report.problems.append(f"integrity: {line}")
            for row in conn.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(f"foreign key: table {row[0]} row {row[1]} points to missing {row[2]}")
        else:
            conn.execute(text("SELECT 1"))
    return report
