"""Choosing and opening the database: URL resolution, SQLite settings, units of work, test isolation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from coachdesk.core.roster.model import TeamDraft
from coachdesk.store.database import (
    ENV_VAR,
    Database,
    DatabaseUrlError,
    default_db_path,
    make_engine,
    resolve_url,
    sqlite_file,
)
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.models import Team


def test_resolve_plain_path_as_sqlite(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert resolve_url(f"  sqlite:///{tmp_path}/b.sqlite3 ") == f"sqlite:///{tmp_path}/b.sqlite3"


def test_resolve_environment_and_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_url(str(tmp_path / "arg.sqlite3")).endswith("arg.sqlite3")  # --db wins
    monkeypatch.delenv(ENV_VAR)
    assert resolve_url(None) == f"sqlite:///{default_db_path()}"


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_resolve_postgresql_uses_psycopg_and_keeps_the_query(scheme: str) -> None:
    url = resolve_url(f"{scheme}://u:secret@db.example:5433/coach?options=-csearch_path%3Dteam_a&sslmode=require")
    parsed = make_url(url)
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.username, parsed.password, parsed.host, parsed.port, parsed.database) == (
        "u", "secret", "db.example", 5433, "coach")
    assert dict(parsed.query) == {"options": "-csearch_path=team_a", "sslmode": "require"}


def test_make_engine_passes_the_query_to_the_driver() -> None:
    engine = make_engine(resolve_url("postgresql://u@h/db?options=-csearch_path%3Dx&application_name=t"))
    try:
        _, params = engine.dialect.create_connect_args(engine.url)
        assert params["options"] == "-csearch_path=x" and params["application_name"] == "t"
    finally:
        engine.dispose()


@pytest.mark.parametrize("raw", ["mysql://u@h/db", "oracle://x", "://nothing"])
def test_resolve_rejects_other_databases(raw: str) -> None:
    with pytest.raises(DatabaseUrlError, match=r"^db: "):
        resolve_url(raw)


def test_sqlite_file(tmp_path: Path) -> None:
    assert sqlite_file(f"sqlite:///{tmp_path}/x.sqlite3") == tmp_path / "x.sqlite3"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("postgresql+psycopg://u@h/db") is None


def test_sqlite_engine_settings(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'dir' / 'x.sqlite3'}")  # parent folders are created
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    finally:
        engine.dispose()
    assert (tmp_path / "sub" / "dir" / "x.sqlite3").exists()


def test_display_location_hides_password() -> None:
    db = Database(resolve_url("postgresql://u:secret@h/db"), make_engine(resolve_url("postgresql://u:secret@h/db")))
    try:
        assert "secret" not in db.display_location
        assert not db.is_sqlite
    finally:
        db.dispose()


def test_session_commits_or_rolls_back(db: Database) -> None:
    with db.session() as s:
        roster.create_team(s, TeamDraft("A", formed_on=dt.date(2024, 1, 1)))
    with pytest.raises(RuntimeError), db.session() as s:
        roster.create_team(s, TeamDraft("B", formed_on=dt.date(2024, 1, 1)))
        raise RuntimeError("boom")
    with db.session() as s:
        assert s.scalars(select(Team.name)).all() == ["A"]


def test_each_test_gets_its_own_empty_database(db: Database, backend: str) -> None:
    with db.engine.connect() as conn:
        if backend == "postgresql":
            # A private database copied from the session's template (conftest), or, where the role may not
            # create databases, a private schema of the test database.
            database = conn.execute(text("SELECT current_database()")).scalar()
            schema = conn.execute(text("SELECT current_schema()")).scalar()
            assert database is not None and schema is not None
            if database.startswith("cdt_"):
                assert make_url(db.url).database == database
            else:
                assert schema.startswith("cdt_")
                assert make_url(db.url).query["options"].endswith(f"-csearch_path={schema}")
        else:
            assert db.is_sqlite
    with db.session() as s:
        assert roster.list_teams(s) == []
