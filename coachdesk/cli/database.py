"""`coachdesk db upgrade|check`."""

from __future__ import annotations

import argparse

from coachdesk.cli.common import CommandFailed, Result, Subparsers, command
from coachdesk.cli.output import EXIT_FAILED
from coachdesk.store.database import Database
from coachdesk.store.migrate import check_database, upgrade_to_head


def db_upgrade(db: Database, args: argparse.Namespace) -> Result:
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


def db_check(db: Database, args: argparse.Namespace) -> Result:
    report = check_database(db)
    payload = {"ok": report.ok, "backend": report.backend, "location": report.location,
               "revision": report.revision, "head": report.head, "problems": report.problems}
    lines = [f"Database {report.location} ({report.backend})",
             f"Schema revision {report.revision or 'none'} (newest {report.head})"]
    lines += [f"PROBLEM: {p}" for p in report.problems] or ["Integrity: ok"]
    if not report.ok:
        raise CommandFailed(payload, lines, EXIT_FAILED)
    return payload, lines


def register(sub: Subparsers) -> None:
    db = sub.add_parser("db", help="schema upgrade and integrity check").add_subparsers(dest="action", required=True)
    command(db, "upgrade", db_upgrade, "bring the database to the newest schema (backs up first)", upgrade=False)
    command(db, "check", db_check, "check integrity and schema revision (changes nothing)", upgrade=False)
