"""Entry point of the `coachdesk` command. With no subcommand it opens the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from coachdesk import __version__
from coachdesk.cli import activity as activity_commands
from coachdesk.cli import database as db_commands
from coachdesk.cli import lifecycle as lifecycle_commands
from coachdesk.cli import roster as roster_commands
from coachdesk.cli.output import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, emit, report_errors
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.tabular.files import FileProblem
from coachdesk.store.activity.imports import MappingNeeded
from coachdesk.store.activity.stats import Grouping
from coachdesk.store.database import Database, DatabaseUrlError, open_database
from coachdesk.store.migrate import MigrationError

Handler = Callable[[Database, argparse.Namespace], tuple[object, list[str]]]


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", help="SQLite file/URL or postgresql:// URL (default: $COACHDESK_DB "
                        "or the file in your user data folder)")
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="coachdesk", description="Coaching desk for telephone-sales teams. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"coachdesk {__version__}")
    parser.add_argument("--db", dest="top_db", metavar="URL", help="database for the app (same as `gui --db`)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(parent: argparse._SubParsersAction, name: str, handler: Handler | None, help_: str):
        p = parent.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    gui = command(sub, "gui", None, "open the coachdesk window")
    gui.add_argument("--lang", choices=["zh_CN", "en"], help="UI language for this run")
    gui.add_argument("--smoke", action="store_true", help="start, open the database, build the window, quit")

    demo = command(sub, "demo", db_commands.demo, "load the demo teams (deterministic for a seed and date)")
    demo.add_argument("--seed", type=int, default=2024)
    demo.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day the demo is built around (default today)")

    team = sub.add_parser("team", help="list or add teams").add_subparsers(dest="action", required=True)
    command(team, "list", roster_commands.team_list, "list teams with member counts")
    add = command(team, "add", roster_commands.team_add, "add a team")
    add.add_argument("--name", required=True)
    add.add_argument("--product", help="product or project the team sells")
    add.add_argument("--formed", metavar="YYYY-MM-DD", help="formation date (default today)")
    add.add_argument("--notes")

    member = sub.add_parser("member", help="add, list or record leaving").add_subparsers(dest="action", required=True)
    mlist = command(member, "list", roster_commands.member_list, "list a team's members")
    mlist.add_argument("--team", required=True, help="team name or id")
    mlist.add_argument("--all", action="store_true", help="include members who left")
    madd = command(member, "add", roster_commands.member_add, "add a member to a team")
    madd.add_argument("--team", required=True, help="team name or id")
    madd.add_argument("--name", required=True)
    madd.add_argument("--employee-id", required=True)
    madd.add_argument("--hired", required=True, metavar="YYYY-MM-DD")
    madd.add_argument("--role", default="rep", help="rep, group_leader, trainer or manager (default rep)")
    madd.add_argument("--phone")
    madd.add_argument("--group", help="put the new member in this group")
    leave = command(member, "leave", roster_commands.member_leave, "record that a member left")
    leave.add_argument("--team", required=True, help="team name or id")
    leave.add_argument("--employee-id", required=True)
    leave.add_argument("--on", metavar="YYYY-MM-DD", help="leaving date (default today)")
    leave.add_argument("--reason")

    group = sub.add_parser("group", help="add, list or assign groups").add_subparsers(dest="action", required=True)
    glist = command(group, "list", roster_commands.group_list, "list a team's groups and their members")
    glist.add_argument("--team", required=True, help="team name or id")
    gadd = command(group, "add", roster_commands.group_add, "add a group (队名, 口号, 目标)")
    gadd.add_argument("--team", required=True, help="team name or id")
    gadd.add_argument("--name", required=True)
    gadd.add_argument("--slogan")
    gadd.add_argument("--goal")
    gadd.add_argument("--leader", metavar="EMPLOYEE_ID")
    assign = command(group, "assign", roster_commands.group_assign, "move a member into a group")
    assign.add_argument("--team", required=True, help="team name or id")
    assign.add_argument("--employee-id", required=True)
    target = assign.add_mutually_exclusive_group(required=True)
    target.add_argument("--group", help="group name")
    target.add_argument("--none", action="store_true", help="take the member out of every group")
    assign.add_argument("--on", metavar="YYYY-MM-DD", help="first day in the new group (default today)")

    imp = sub.add_parser("import", help="import call activity, list or undo imports").add_subparsers(
        dest="action", required=True)
    act = command(imp, "activity", activity_commands.import_activity,
                  "import daily call figures from a CSV (UTF-8 or GBK) or .xlsx export; all or nothing")
    act.add_argument("file", help="the export file (.csv or .xlsx)")
    act.add_argument("--team", required=True, help="team name or id")
    act.add_argument("--map", action="append", metavar="FIELD=HEADER",
                     help="use column HEADER for FIELD (date, employee_id, name, calls, connected, talk_time, "
                          "deals, revenue, intent); FIELD= means the file has no such column (counts as 0)")
    act.add_argument("--encoding", help="CSV encoding (default: detected; e.g. utf-8, gb18030)")
    act.add_argument("--create-missing", action="store_true", help="create reps the team does not have yet")
    act.add_argument("--skip-unknown", action="store_true", help="leave out rows of reps the team does not have")
    act.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    ilist = command(imp, "list", activity_commands.import_list, "list imports")
    ilist.add_argument("--team", help="only this team")
    undo = command(imp, "undo", activity_commands.import_undo, "undo a whole import")
    undo.add_argument("import_id", type=int)

    st = command(sub, "stats", activity_commands.stats, "call-activity totals and rates for a team")
    st.add_argument("--team", required=True, help="team name or id")
    st.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="first day (default: first recorded)")
    st.add_argument("--to", metavar="YYYY-MM-DD", help="last day (default: last recorded)")
    st.add_argument("--by", choices=[g.value for g in Grouping], default="rep")

    lifecycle_commands.add_commands(sub, command)  # diagnose, stage, survey, plan, thresholds, playbook

    dbp = sub.add_parser("db", help="schema upgrade and integrity check").add_subparsers(dest="action", required=True)
    command(dbp, "upgrade", db_commands.db_upgrade, "bring the database to the newest schema (backs up first)")
    command(dbp, "check", db_commands.db_check, "check integrity and schema revision (changes nothing)")
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from coachdesk.gui.shell.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(db_url=getattr(args, "db", None) or args.top_db, lang=getattr(args, "lang", None),
                   smoke=getattr(args, "smoke", False))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        return _run_gui(args)
    handler: Handler = args.handler
    # `db upgrade` runs (and reports) the upgrade itself; `db check` must not change anything.
    upgrade = args.command != "db"
    db: Database | None = None
    try:
        db = open_database(args.db, upgrade=upgrade)
        payload, lines = handler(db, args)
        code = emit(args, payload, lines)
        if args.command == "db" and args.action == "check" and not payload["ok"]:  # type: ignore[index]
            return EXIT_FAILED
        return code
    except activity_commands.ImportFailed as exc:
        emit(args, exc.payload, exc.lines)
        return EXIT_BAD_INPUT
    except MappingNeeded as exc:
        headers = ", ".join(h for h in exc.headers if h)
        fields = [f.value for f in exc.mapping.missing] + [f.value for f in exc.mapping.unknown_units]
        return report_errors(args, [FieldError("map", f"{exc}. The file's columns are: {headers}. Map them with "
                                                      + " ".join(f"--map {f}=HEADER" for f in fields))])
    except FileProblem as exc:
        return report_errors(args, [FieldError("file", str(exc))])
    except ValidationError as exc:
        return report_errors(args, exc.errors)
    except NotFoundError as exc:
        return report_errors(args, [exc.as_field_error()])
    except DatabaseUrlError as exc:
        return report_errors(args, [FieldError("db", str(exc).split(": ", 1)[1])])
    except (MigrationError, OperationalError) as exc:
        message = str(exc.orig) if isinstance(exc, OperationalError) else str(exc)
        return report_errors(args, [FieldError("db", message.strip())], EXIT_FAILED)
    except SQLAlchemyError as exc:
        return report_errors(args, [FieldError("db", f"database error: {exc}")], EXIT_FAILED)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stdout = None  # type: ignore[assignment]  # stop Python flushing into the closed pipe at exit
        return EXIT_OK
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
