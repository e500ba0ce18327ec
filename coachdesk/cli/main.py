"""Entry point of the `coachdesk` command. With no subcommand it opens the GUI.

Each feature's module registers its own sub-commands; ``FEATURES`` lists them once, in the order the
commands appear in ``coachdesk --help``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from coachdesk import __version__
from coachdesk.cli import activity, app, competitions, contests, database, demo, drills, lifecycle, reports, roster

# Every module has ``register(subparsers)``; lifecycle's also registers survey, plan and playbook; competitions
# adds `group balance` to the roster's `group` command (so it comes after roster); reports adds `poster` (`plan`'s
# printing options are lifecycle's plan command's own).
FEATURES: tuple[ModuleType, ...] = (app, demo, roster, competitions, contests, drills, activity, lifecycle, reports,
                                   database)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk", description="Coaching desk for telephone-sales teams. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"coachdesk {__version__}")
    parser.add_argument("--db", dest="top_db", metavar="URL",
                        help="database for the app or the command (a command's own --db wins)")
    parser.set_defaults(run=app.run_app)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for feature in FEATURES:
        feature.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "db", None) is None and args.top_db is not None:  # `coachdesk --db URL team list`
        args.db = args.top_db
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
