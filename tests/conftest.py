"""Fixtures shared by every test suite (including tests/gui).

Storage tests take ``db_url`` (a URL to a fresh, empty database), ``db`` (a fresh database migrated to
head) or ``demo_db`` (``db`` with the demo teams). All are parametrized over the backends:

* ``sqlite`` — always: a new file in the test's tmp_path;
* ``pg`` — only when ``COACHDESK_TEST_PG_URL`` names a PostgreSQL server (skipped otherwise). Every test
  gets its own schema (random name), selected with ``options=-csearch_path=<schema>`` in the URL, and the
  schema is dropped with CASCADE afterwards.

Speed: migrating and loading the demo cost most of a storage test, so ``db`` and ``demo_db`` are copies of
templates built once per test session (:class:`_Templates`): a file copy on SQLite, ``CREATE DATABASE …
TEMPLATE`` on PostgreSQL (each test gets its own database, dropped afterwards). Where the PostgreSQL role may
not create databases, the ``pg`` variants fall back to migrating (and loading the demo) per test.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from coachdesk.store.database import ENV_VAR, Database, open_database, resolve_url, sqlite_file

# Qt must not look for a display in CI; set before any test creates a QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "COACHDESK_TEST_PG_URL"
BACKENDS = (pytest.param("sqlite", id="sqlite"), pytest.param("pg", id="pg", marks=pytest.mark.pg))
DEMO_SEED = 2024
DEMO_DAY = dt.date(2025, 6, 30)

TableDump = dict[str, list[tuple[Any, ...]]]


def pg_base_url() -> str | None:
    """The PostgreSQL server to test against, or None when PostgreSQL tests are off."""
    value = os.environ.get(PG_ENV, "").strip()
    return resolve_url(value) if value else None


@pytest.fixture(scope="session", autouse=True)
def _no_real_default_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Code that falls back to the default database (no --db) must never touch the developer's own file."""
    old = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(tmp_path_factory.mktemp("default-db") / "coachdesk.sqlite3")
    yield
    if old is None:
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = old


@pytest.fixture(scope="session")
def _pg_admin() -> Iterator[Engine | None]:
    base = pg_base_url()
    if base is None:
        yield None
        return
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def _pg_schema_url(base: str, schema: str) -> str:
    url = make_url(base)
    query = dict(url.query)
    # application_name lets teardown find (and end) connections a failing test leaked.
    options = " ".join(filter(None, [str(query.get("options") or ""), f"-csearch_path={schema}"]))
    query.update(options=options, application_name=schema)
    return url.set(query=query).render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """URL of a fresh, empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'coachdesk.sqlite3'}"
        return
    admin: Engine | None = request.getfixturevalue("_pg_admin")
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    schema = f"cdt_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(admin.url.render_as_string(hide_password=False), schema)
    finally:
        with admin.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name = :name AND pid <> pg_backend_pid()"),
                {"name": schema},
            )
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def backend(db_url: str) -> str:
    """``"sqlite"`` or ``"postgresql"`` for the current ``db_url``."""
    return make_url(db_url).get_backend_name()


class _Templates:
    """Databases built once per session (migrated; migrated + demo) that each test gets a private copy of."""

    KINDS = ("migrated", "demo")

    def __init__(self, folder: Path, admin: Engine | None) -> None:
        self._folder = folder
        self._admin = admin
        self._sqlite: dict[str, Path] = {}
        self._pg: dict[str, str] = {}
        self._pg_refused = False
        self._tag = uuid.uuid4().hex[:8]

    @staticmethod
    def _fill(database: Database, kind: str) -> None:
        if kind == "demo":
            from coachdesk.store.demo.loader import load_demo

            load_demo(database, seed=DEMO_SEED, as_of=DEMO_DAY)

    def sqlite_copy(self, kind: str, target: Path) -> Database:
        if kind not in self._sqlite:
            path = self._folder / f"{kind}.sqlite3"
            database = open_database(f"sqlite:///{path}")
            self._fill(database, kind)
            database.dispose()  # the last connection closing checkpoints the WAL into the file
            assert not path.with_name(path.name + "-wal").exists(), "template still has a WAL file"
            self._sqlite[kind] = path
        shutil.copyfile(self._sqlite[kind], target)
        return open_database(f"sqlite:///{target}")  # already at head: the upgrade is a quick check

    def _pg_url(self, name: str) -> str:
        assert self._admin is not None
        return self._admin.url.set(database=name).render_as_string(hide_password=False)

    def pg_copy(self, kind: str) -> tuple[Database, str] | None:
        """A private PostgreSQL database copied from the template, or None where CREATE DATABASE is refused."""
        assert self._admin is not None
        if self._pg_refused:
            return None
        if kind not in self._pg:
            name = f"cdt_tmpl_{kind}_{self._tag}"
            try:
                with self._admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
            except DBAPIError:  # e.g. no CREATEDB privilege: the caller migrates per test instead
                self._pg_refused = True
                return None
            database = open_database(self._pg_url(name))
            self._fill(database, kind)
            database.dispose()  # a template must have no connections while it is copied
            self._pg[kind] = name
        name = f"cdt_{uuid.uuid4().hex[:16]}"
        with self._admin.connect() as conn:
            # FILE_COPY (PostgreSQL 15+) copies the few MB of a template ten times faster than WAL_LOG
            modern = int(conn.execute(text("SHOW server_version_num")).scalar_one()) >= 150000
            strategy = " STRATEGY FILE_COPY" if modern else ""
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self._pg[kind]}"{strategy}'))
        return open_database(self._pg_url(name)), name

    def drop_pg(self, name: str) -> None:
        assert self._admin is not None
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        for name in self._pg.values():
            self.drop_pg(name)


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory, _pg_admin: Engine | None) -> Iterator[_Templates]:
    templates = _Templates(tmp_path_factory.mktemp("db-templates"), _pg_admin)
    yield templates
    templates.close()


def _fresh_database(db_url: str, templates: _Templates, kind: str) -> Iterator[Database]:
    """A private copy of the ``kind`` template on the backend of this test's ``db_url``."""
    path = sqlite_file(db_url)
    if path is not None:
        database = templates.sqlite_copy(kind, path)
        yield database
        database.dispose()
        return
    copy = templates.pg_copy(kind)
    if copy is None:  # no CREATEDB: migrate (and load) in the test's own schema, as before
        database = open_database(db_url)
        _Templates._fill(database, kind)
        yield database
        database.dispose()
        return
    database, name = copy
    try:
        yield database
    finally:
        database.dispose()
        templates.drop_pg(name)


@pytest.fixture
def db(db_url: str, _templates: _Templates) -> Iterator[Database]:
    """A fresh database at head (a copy of the session's migrated template)."""
    yield from _fresh_database(db_url, _templates, "migrated")


@pytest.fixture
def demo_db(db_url: str, _templates: _Templates) -> Iterator[Database]:
    """A fresh database with the demo teams loaded for a fixed seed and day (a copy of the demo template)."""
    yield from _fresh_database(db_url, _templates, "demo")


def dump_tables(db: Database) -> TableDump:
    """Every row of every table (alembic_version included), tables by name, rows by primary key."""
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        dump: TableDump = {}
        for name in sorted(meta.tables):
            table = meta.tables[name]
            order = list(table.primary_key.columns) or list(table.columns)
            dump[name] = [tuple(row) for row in conn.execute(select(table).order_by(*order))]
    return dump


@pytest.fixture
def table_dump() -> Callable[[Database], TableDump]:
    """``table_dump(db)`` returns all rows of all tables, to prove an operation changed nothing."""
    return dump_tables
