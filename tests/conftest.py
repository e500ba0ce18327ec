"""Fixtures shared by every test suite (including tests/gui).

Storage tests take ``db_url`` (a URL to a fresh, empty database) or ``db`` (that database opened and
migrated to head). Both are parametrized over the backends:

* ``sqlite`` — always: a new file in the test's tmp_path;
* ``pg`` — only when ``COACHDESK_TEST_PG_URL`` names a PostgreSQL server (skipped otherwise). Every test
  gets its own schema (random name), selected with ``options=-csearch_path=<schema>`` in the URL, and the
  schema is dropped with CASCADE afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, create_engine, select, text
from sqlalchemy.engine import make_url

from coachdesk.store.database import ENV_VAR, Database, open_database, resolve_url

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


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """The fresh database opened through the app's own code path (migrated to head)."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """``db`` with the demo teams loaded for a fixed seed and day."""
    from coachdesk.store.demo.loader import load_demo

    load_demo(db, seed=DEMO_SEED, as_of=DEMO_DAY)
    return db


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
