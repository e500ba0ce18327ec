"""What every feature's commands share: the --db/--json options, the `command()` helper that adds a sub-command
with them, `CommandFailed`, and `run_command`, which opens the database, runs the handler and turns errors into
messages and exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from coachdesk.cli.output import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, emit, report_errors
from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError, parse_date
from coachdesk.store.database import Database, DatabaseUrlError, open_database
from coachdesk.store.migrate import MigrationError

Result = tuple[object, list[str]]  # (the --json payload, the lines printed without --json)
Handler = Callable[[Database, argparse.Namespace], Result]
Subparsers = argparse._SubParsersAction  # what `add_subparsers()` returns; features register into it


class CommandFailed(Exception):
    """The command ran but did not succeed (an import with problems, `db check` finding some): its result is
    printed like any other and the process exits with ``exit_code``."""

    def __init__(self, payload: object, lines: list[str], exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(*lines[:1])
        self.payload, self.lines, self.exit_code = payload, lines, exit_code


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", help="SQLite file/URL or postgresql:// URL (default: $COACHDESK_DB "
                        "or the file in your user data folder)")
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return common


COMMON_OPTIONS = _common_options()


def command(parent: Subparsers, name: str, handler: Handler | None, help_: str, *,
            upgrade: bool = True) -> argparse.ArgumentParser:
    """A sub-command with --db and --json whose ``handler`` runs on the opened database. ``upgrade=False``
    opens it as it is (`db upgrade` runs and reports the upgrade itself; `db check` must change nothing)."""
    parser: argparse.ArgumentParser = parent.add_parser(name, parents=[COMMON_OPTIONS], help=help_,
                                                        description=help_)
    parser.set_defaults(run=run_command, handler=handler, upgrade_schema=upgrade)
    return parser


def subcommands_of(sub: Subparsers, name: str) -> Subparsers:
    """The sub-commands of an already registered command, so another feature can add to them (`group balance`
    belongs to competitions, `group list` to the roster)."""
    parser = sub.choices[name]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def run_command(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    db: Database | None = None
    try:
        db = open_database(args.db, upgrade=args.upgrade_schema)
        payload, lines = handler(db, args)
        return emit(args, payload, lines)
    except CommandFailed as exc:
        emit(args, exc.payload, exc.lines)
        return exc.exit_code
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
        sys.stdout = None  # stop Python flushing into the closed pipe at exit
        return EXIT_OK
    finally:
        if db is not None:
            db.dispose()


def as_of_or_today(args: argparse.Namespace) -> dt.date:
    """``--as-of`` (checked, the error names the option), else today."""
    return (parse_date("as_of", args.as_of) or dt.date.today()) if args.as_of else dt.date.today()
