"""Render the models' schema as SQL (SQLite dialect) for db/schema.sql, a reviewable snapshot of the tables.

Regenerate after changing coachdesk/store/tables.py (tests/test_schema.py fails while the file is stale):

    python -m coachdesk.store.schema_dump > db/schema.sql
"""

from __future__ import annotations

import sys

from sqlalchemy import MetaData
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from coachdesk.store.tables import Base

REGENERATE = "python -m coachdesk.store.schema_dump > db/schema.sql"
HEADER = f"""\
-- coachdesk database schema (SQLite dialect).
-- GENERATED from the models in coachdesk/store/*/models.py by coachdesk/store/schema_dump.py; do not edit by hand.
-- Regenerate with:  {REGENERATE}
-- The real schema is created by the Alembic migrations in db/migrations; tests check both agree.
"""


def _statement(ddl) -> str:
    sql = str(ddl.compile(dialect=sqlite.dialect())).strip().replace("\t", "    ")
    lines = [line.rstrip() for line in sql.splitlines()]
    return "\n".join(line for line in lines if line) + ";"


def render_schema(metadata: MetaData = Base.metadata) -> str:
    """CREATE TABLE statements (parents before children, ties by name), each followed by its indexes by name."""
    parts = [HEADER]
    for table in metadata.sorted_tables:
        parts.append(_statement(CreateTable(table)))
        parts += [_statement(CreateIndex(index)) for index in sorted(table.indexes, key=lambda i: str(i.name))]
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


def main() -> int:
    sys.stdout.write(render_schema())
    return 0


if __name__ == "__main__":
    sys.exit(main())
