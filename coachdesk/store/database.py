"""Choosing, opening and configuring the database (local SQLite file or shared PostgreSQL).

The URL comes from ``--db``, else ``COACHDESK_DB``, else a SQLite file in the user data folder. A bare file
path is accepted as SQLite; ``postgresql://`` URLs are routed to psycopg 3.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from coachdesk import APP_NAME, ORG_NAME
from coachdesk.store import tables  # noqa: F401  (every feature's models registered before any session)

ENV_VAR = "COACHDESK_DB"
SQLITE_BUSY_TIMEOUT_MS = 10_000


class DatabaseUrlError(ValueError):
    """The database location given by the user cannot be used."""


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, ORG_NAME) / "coachdesk.sqlite3"


def resolve_url(value: str | None = None) -> str:
    """Turn ``--db`` / ``COACHDESK_DB`` / the default into a SQLAlchemy URL string."""
    raw = (value or os.environ.get(ENV_VAR) or "").strip()
    if not raw:
        return f"sqlite:///{default_db_path()}"
    if "://" not in raw:  # a plain file path
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"db: {raw!r} is not a database URL ({exc})") from None
    backend = url.get_backend_name()
    if url.drivername in ("postgresql", "postgres"):  # SQLAlchemy 2 names "postgres://" backend "postgres"
        url = url.set(drivername="postgresql+psycopg")
    elif backend not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(f"db: {backend!r} databases are not supported; use a SQLite file or PostgreSQL")
    return url.render_as_string(hide_password=False)


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL / in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL lets the GUI read while a worker writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=path is None)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    return engine


@dataclass
class Database:
    """An open database: the engine plus a session factory. Create with :func:`open_database`."""

    url: str
    engine: Engine
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_location(self) -> str:
        path = sqlite_file(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back everything on any error."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate to the newest revision, with a backup first) the chosen database."""
    from coachdesk.store.migrate import upgrade_to_head

    resolved = resolve_url(url)
    db = Database(resolved, make_engine(resolved))
    if upgrade:
        upgrade_to_head(db)
    return db
