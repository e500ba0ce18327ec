"""Alembic environment. The app passes its open connection in ``config.attributes["connection"]``;
the alembic command line falls back to ``COACHDESK_DB`` (or the default SQLite file)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from coachdesk.store.database import make_engine, resolve_url
from coachdesk.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTER needs batch mode
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=resolve_url(None), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    shared = config.attributes.get("connection")
    if shared is not None:
        _run(shared)
    else:
        engine = make_engine(resolve_url(None))
        with engine.begin() as conn:
            _run(conn)
        engine.dispose()
