"""db/schema.sql is the generated snapshot of the models and must be kept up to date."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, inspect

from coachdesk.store.database import open_database
from coachdesk.store.schema_dump import REGENERATE, render_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_SQL = ROOT / "db" / "schema.sql"
HINT = f"db/schema.sql is stale; regenerate it with `{REGENERATE}` and commit the result"


def test_schema_sql_is_up_to_date() -> None:
    assert SCHEMA_SQL.read_text(encoding="utf-8") == render_schema(), HINT


def test_rendering_is_deterministic_across_processes() -> None:
    """The module's command line prints the same text even with a different hash seed."""
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk.store.schema_dump"], capture_output=True, text=True, check=True,
        encoding="utf-8", env={**os.environ, "PYTHONHASHSEED": "12345"}, cwd=ROOT, timeout=60,
    ).stdout
    assert out == render_schema(), HINT


def test_schema_sql_header_says_how_to_regenerate() -> None:
    head = render_schema().splitlines()[:4]
    assert any("GENERATED" in line for line in head)
    assert any(REGENERATE in line for line in head)
    assert REGENERATE == "python -m coachdesk.store.schema_dump > db/schema.sql"


def describe(engine) -> dict[str, object]:
    insp = inspect(engine)
    return {
        table: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
            sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table)),
            sorted((fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                    fk["options"].get("ondelete")) for fk in insp.get_foreign_keys(table)),
            sorted((c["name"], c["sqltext"]) for c in insp.get_check_constraints(table)),
            sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)),
        )
        for table in sorted(insp.get_table_names())
        if table != "alembic_version"
    }


def test_schema_sql_builds_the_same_tables_as_the_migrations(tmp_path: Path) -> None:
    """Running schema.sql in SQLite gives the tables, indexes, keys and checks the migrations create."""
    from_sql = tmp_path / "from_sql.sqlite3"
    conn = sqlite3.connect(from_sql)
    conn.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
    conn.close()
    migrated = open_database(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    plain = create_engine(f"sqlite:///{from_sql}")
    try:
        assert describe(plain) == describe(migrated.engine)
    finally:
        plain.dispose()
        migrated.dispose()
