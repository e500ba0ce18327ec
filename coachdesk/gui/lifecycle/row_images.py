"""Row images for exact undo/redo: a row taken out is put back with the same id and every column, so later
commands on the undo stack that name it by id (mark done, delete, …) still find it on redo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import DeclarativeBase, Session

Image = dict[str, Any]


def capture(session: Session, model: type[DeclarativeBase], *where: ColumnElement[bool]) -> list[Image]:
    table = model.__table__
    order = list(table.primary_key.columns)  # type: ignore[attr-defined]
    return [dict(row._mapping) for row in session.execute(select(table).where(*where).order_by(*order))]


def insert_images(session: Session, model: type[DeclarativeBase], images: Sequence[Image]) -> None:
    if images:
        session.execute(insert(model.__table__), list(images))


def overwrite(session: Session, model: type[DeclarativeBase], image: Image) -> None:
    """Set every column of the row with this image's id back to the image."""
    table = model.__table__
    key = model.id  # type: ignore[attr-defined]
    session.execute(update(table).where(key == image["id"]).values(**image))


def remove(session: Session, model: type[DeclarativeBase], ids: Sequence[int]) -> None:
    if ids:
        session.execute(delete(model.__table__).where(model.id.in_(ids)))  # type: ignore[attr-defined]
