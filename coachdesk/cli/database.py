"""`coachdesk db upgrade|check` and `coachdesk demo`."""

from __future__ import annotations

import argparse

from coachdesk.core.common.validation import parse_date
from coachdesk.store.database import Database
from coachdesk.store.demo.loader import load_demo
from coachdesk.store.migrate import check_database, upgrade_to_head


def db_upgrade(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    result = upgrade_to_head(db)
    lines = [f"Database {db.display_location}"]
    if result.changed:
        lines.append(f"Upgraded schema from {result.from_revision or 'empty'} to {result.to_revision}.")
    else:
        lines.append(f"Already at the newest schema revision {result.to_revision}.")
    if result.backup:
        lines.append(f"Backup of the previous file: {result.backup}")
    payload = {"location": db.display_location, "from": result.from_revision, "to": result.to_revision,
               "changed": result.changed, "backup": str(result.backup) if result.backup else None}
    return payload, lines


def db_check(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    report = check_database(db)
    payload = {"ok": report.ok, "backend": report.backend, "location": report.location,
               "revision": report.revision, "head": report.head, "problems": report.problems}
    lines = [f"Database {report.location} ({report.backend})",
             f"Schema revision {report.revision or 'none'} (newest {report.head})"]
    lines += [f"PROBLEM: {p}" for p in report.problems] or ["Integrity: ok"]
    return payload, lines


def demo(db: Database, args: argparse.Namespace) -> tuple[object, list[str]]:
    as_of = parse_date("as_of", args.as_of) if args.as_of else None
    result = load_demo(db, seed=args.seed, as_of=as_of)
    lines = [f"Loaded demo data into {db.display_location}: {len(result.teams)} teams, {result.members} people, "
             f"{result.activity_rows} rep-days of call activity."]
    lines += [f"  {name}" for name in result.teams]
    if result.replaced:
        lines.append("Replaced existing teams of the same name: " + ", ".join(result.replaced))
    return {"teams": result.teams, "members": result.members, "replaced": result.replaced,
            "activity_rows": result.activity_rows}, lines
