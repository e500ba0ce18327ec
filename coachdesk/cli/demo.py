"""`coachdesk demo`: load the demo teams."""

from __future__ import annotations

import argparse
import datetime as dt

from coachdesk.cli.common import Result, Subparsers, command
from coachdesk.core.common.validation import parse_date
from coachdesk.store.database import Database
from coachdesk.store.demo.loader import load_demo


def demo(db: Database, args: argparse.Namespace) -> Result:
    as_of = (parse_date("as_of", args.as_of) if args.as_of else None) or dt.date.today()  # the CLI decides "today"
    result = load_demo(db, seed=args.seed, as_of=as_of)
    lines = [f"Loaded demo data into {db.display_location}: {len(result.teams)} teams, {result.members} people, "
             f"{result.activity_rows} rep-days of call activity."]
    lines += [f"  {name}" for name in result.teams]
    if result.replaced:
        lines.append("Replaced existing teams of the same name: " + ", ".join(result.replaced))
    return {"teams": result.teams, "members": result.members, "replaced": result.replaced,
            "activity_rows": result.activity_rows}, lines


def register(sub: Subparsers) -> None:
    parser = command(sub, "demo", demo, "load the demo teams (deterministic for a seed and date)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day the demo is built around (default today)")
