"""One undo mechanism for every edit: exact row images before and after, restored by difference.

An edit names the rows it may touch as :class:`RowSet` scopes (a table and a where-clause). :func:`record_edit`
captures every column of those rows, by primary key, before and after running the edit in the same unit of work;
the pair is a :class:`Change`. :func:`undo` / :func:`redo` make the scopes equal to "before" / "after" again:
rows missing are inserted with their old ids (so later commands naming them by id still work), changed rows are
updated, extra rows deleted — nothing else. They first check the rows are still exactly as the edit left them
(or as the undo left them, for redo); when not (someone else changed them since), :class:`UndoRefused` is raised
with a code and params the GUI translates, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    RowMapping,
    Table,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    true,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from coachdesk.store.database import Database
from coachdesk.store.tables import Base  # every feature's models, so sorted_tables knows all tables

T = TypeVar("T")
Row = dict[str, Any]
Key = tuple[Any, ...]
Image = Mapping[str, Mapping[Key, Row]]  # table name → primary key → every column

UNDO_STALE = "undo_stale"  # the rows changed since the edit (or the undo); params: table


class UndoRefused(Exception):
    """An undo or redo that would overwrite changes made since; nothing has been written."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


@dataclass(frozen=True)
class RowSet:
    """Rows of one table an edit may touch (``where`` None: the whole table)."""

    table: Table
    where: ColumnElement[bool] | None = None

    @classmethod
    def of(cls, model: Any, where: ColumnElement[bool] | None = None) -> RowSet:
        return cls(model.__table__, where)

    @classmethod
    def newer(cls, session: Session, model: Any) -> RowSet:
        """Rows an edit is about to add: primary keys above today's largest (ids only grow)."""
        table: Table = model.__table__
        (key,) = table.primary_key.columns
        top = session.scalar(select(func.max(key)))
        return cls(table, key > top if top is not None else None)


def owned_rows(model: Any, where: ColumnElement[bool]) -> list[RowSet]:
    """The rows of ``model`` matching ``where`` and every row hanging off them through a foreign key that a delete
    cascades or sets to NULL (children of children included): what deleting them may change."""
    wheres: dict[str, list[ColumnElement[bool]]] = {model.__table__.name: [where]}
    tables = Base.metadata.sorted_tables  # parents first, so a table's parents are complete before it
    for table in tables:
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent.name in wheres and parent is not table and (fk.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                keys = select(fk.column).where(or_(*wheres[parent.name])).scalar_subquery()
                wheres.setdefault(table.name, []).append(fk.parent.in_(keys))
    return [RowSet(table, or_(*wheres[table.name])) for table in tables if table.name in wheres]


@dataclass(frozen=True)
class Change:
    """What one edit did: its scopes and their images before and after."""

    scopes: tuple[RowSet, ...]
    before: Image
    after: Image


def _order(scopes: Sequence[RowSet]) -> list[tuple[Table, ColumnElement[bool]]]:
    """One where-clause per table (scopes on the same table combined), parents before children."""
    wheres: dict[str, list[ColumnElement[bool]]] = {}
    tables: dict[str, Table] = {}
    for scope in scopes:
        tables[scope.table.name] = scope.table
        wheres.setdefault(scope.table.name, []).append(scope.where if scope.where is not None else true())
    rank = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    names = sorted(tables, key=lambda name: rank.get(name, len(rank)))
    return [(tables[name], or_(*wheres[name])) for name in names]


def _key(table: Table, row: Mapping[str, Any] | RowMapping) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def capture(session: Session, scopes: Sequence[RowSet]) -> dict[str, dict[Key, Row]]:
    session.flush()
    image: dict[str, dict[Key, Row]] = {}
    for table, where in _order(scopes):
        rows = session.execute(select(table).where(where)).mappings()
        image[table.name] = {_key(table, r): {c.name: r[c.name] for c in table.c} for r in rows}
    return image


def record_edit(session: Session, scopes: Sequence[RowSet], edit: Callable[[Session], T]) -> tuple[T, Change]:
    """Run ``edit`` between two captures of ``scopes``; its errors propagate (the caller's unit of work rolls
    back, and no Change exists)."""
    before = capture(session, scopes)
    result = edit(session)
    return result, Change(tuple(scopes), before, capture(session, scopes))


def _where_key(table: Table, key: Key) -> ColumnElement[bool]:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))


def _bump_sequences(session: Session, tables: Sequence[Table]) -> None:
    """PostgreSQL: explicit ids were inserted; the id sequence must stay ahead of them (and never go back)."""
    for table in tables:
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not columns[0].autoincrement or columns[0].type.python_type is not int:
            continue
        column = columns[0]
        sequence = session.scalar(select(func.pg_get_serial_sequence(table.name, column.name)))
        if sequence is None:
            continue
        last = session.scalar(text(f"SELECT last_value FROM {sequence}"))
        top = session.scalar(select(func.max(column)))
        session.execute(select(func.setval(sequence, func.greatest(top, last))))


def _apply(session: Session, scopes: Sequence[RowSet], expected: Image, target: Image) -> None:
    current = capture(session, scopes)
    ordered = _order(scopes)
    for table, _ in ordered:
        if current.get(table.name, {}) != dict(expected.get(table.name, {})):
            raise UndoRefused(UNDO_STALE, f"the rows of {table.name} changed since; cannot undo or redo",
                              table=table.name)
    inserted: list[Table] = []
    for table, _ in ordered:  # parents first: insert and update
        want, have = target.get(table.name, {}), current.get(table.name, {})
        missing = [row for key, row in want.items() if key not in have]
        if missing:
            session.execute(insert(table), missing)
            inserted.append(table)
        for key, row in want.items():
            if key in have and have[key] != row:
                session.execute(update(table).where(_where_key(table, key)).values(row))
    for table, _ in reversed(ordered):  # children first: delete
        extra = [key for key in current.get(table.name, {}) if key not in target.get(table.name, {})]
        if extra:
            columns = list(table.primary_key.columns)
            keys = columns[0].in_([k[0] for k in extra]) if len(columns) == 1 else tuple_(*columns).in_(extra)
            session.execute(delete(table).where(keys))
    if inserted and session.get_bind().dialect.name == "postgresql":
        _bump_sequences(session, inserted)
    session.flush()
    session.expire_all()


def undo_in(session: Session, change: Change) -> None:
    _apply(session, change.scopes, change.after, change.before)


def redo_in(session: Session, change: Change) -> None:
    _apply(session, change.scopes, change.before, change.after)


def undo(db: Database, change: Change) -> None:
    """Put the change's rows back as they were before the edit, in one unit of work."""
    with db.session() as session:
        undo_in(session, change)


def redo(db: Database, change: Change) -> None:
    """Put the change's rows back as the edit left them, in one unit of work."""
    with db.session() as session:
        redo_in(session, change)
