"""Before/after images of one team's roster rows, so any edit can be undone and redone exactly.

The GUI's undo commands capture a snapshot before and after an edit; undo restores "before", redo restores
"after". Restoring applies only the difference (insert missing rows, update changed ones, delete extra
ones), so rows nobody touched — and, later, activity rows hanging off members — are left alone.
When a later issue adds roster-level tables, list them in ROSTER_TABLES (parents before children).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from coachdesk.store.roster.models import Group, GroupMembership, Member, Team

Row = dict[str, Any]
ROSTER_TABLES: tuple[Table, ...] = (
    Team.__table__,  # type: ignore[assignment]
    Member.__table__,  # type: ignore[assignment]
    Group.__table__,  # type: ignore[assignment]
    GroupMembership.__table__,  # type: ignore[assignment]
)


@dataclass(frozen=True)
class RosterSnapshot:
    team_id: int
    rows: dict[str, dict[int, Row]] = field(default_factory=dict)

    def table(self, name: str) -> dict[int, Row]:
        return self.rows.get(name, {})


def _team_rows_query(table: Table, team_id: int):
    teams, groups = Team.__table__, Group.__table__
    if table is teams:
        return select(table).where(table.c.id == team_id)
    if "team_id" in table.c:
        return select(table).where(table.c.team_id == team_id)
    if "group_id" in table.c:
        return select(table).join(groups, groups.c.id == table.c.group_id).where(groups.c.team_id == team_id)
    raise TypeError(f"don't know how {table.name} belongs to a team")


def capture(session: Session, team_id: int) -> RosterSnapshot:
    session.flush()
    rows: dict[str, dict[int, Row]] = {}
    for table in ROSTER_TABLES:
        result = session.execute(_team_rows_query(table, team_id)).mappings()
        rows[table.name] = {r["id"]: {c.name: r[c.name] for c in table.c} for r in result}
    return RosterSnapshot(team_id, rows)


def restore(session: Session, target: RosterSnapshot) -> None:
    """Make the team's roster rows equal ``target`` (an empty snapshot removes the team)."""
    current = capture(session, target.team_id)
    for table in ROSTER_TABLES:  # parents first: insert and update
        want, have = target.table(table.name), current.table(table.name)
        missing = [row for pk, row in want.items() if pk not in have]
        if missing:
            session.execute(insert(table), missing)
        for pk, row in want.items():
            if pk in have and have[pk] != row:
                session.execute(update(table).where(table.c.id == pk).values(row))
    for table in reversed(ROSTER_TABLES):  # children first: delete
        extra = [pk for pk in current.table(table.name) if pk not in target.table(table.name)]
        if extra:
            session.execute(delete(table).where(table.c.id.in_(extra)))
    session.flush()
    session.expire_all()
