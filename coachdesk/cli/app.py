"""`coachdesk gui` (also what `coachdesk` with no command runs): the window."""

from __future__ import annotations

import argparse

from coachdesk.cli.common import Subparsers, command


def run_app(args: argparse.Namespace) -> int:
    from coachdesk.gui.shell.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(db_url=getattr(args, "db", None) or args.top_db, lang=getattr(args, "lang", None),
                   smoke=getattr(args, "smoke", False))


def register(sub: Subparsers) -> None:
    gui = command(sub, "gui", None, "open the coachdesk window")
    gui.set_defaults(run=run_app)
    gui.add_argument("--lang", choices=["zh_CN", "en"], help="UI language for this run")
    gui.add_argument("--smoke", action="store_true", help="start, open the database, build the window, quit")
