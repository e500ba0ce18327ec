"""`coachdesk import activity|list|undo` and `coachdesk stats`."""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
from pathlib import Path

from coachdesk.cli.common import CommandFailed, Result, Subparsers, command
from coachdesk.cli.output import table
from coachdesk.core.activity.figures import Field
from coachdesk.core.activity.metrics import Totals, summarise
from coachdesk.core.common.money import money_text
from coachdesk.core.common.periods import DateRange
from coachdesk.core.common.validation import FieldError, ValidationError, parse_date
from coachdesk.core.tabular.files import FileProblem
from coachdesk.store.activity.imports import (
    FORMED_ON_LATER_TEXT,
    FORMED_ON_SET,
    FORMED_ON_SET_TEXT,
    ImportOptions,
    ImportReport,
    MappingNeeded,
    list_imports,
    run_import,
    undo_import,
)
from coachdesk.store.activity.stats import GROUPINGS, Grouping, KeyedTotals, activity_span, daily_points
from coachdesk.store.database import Database
from coachdesk.store.roster.service import find_team


def _parse_maps(values: list[str]) -> dict[Field, str | None]:
    choices: dict[Field, str | None] = {}
    for value in values:
        name, sep, header = value.partition("=")
        try:
            f = Field(name.strip())
        except ValueError:
            known = ", ".join(f.value for f in Field)
            raise ValidationError.single("map", f"{value!r}: unknown field {name!r}; use one of {known}") from None
        if not sep:
            raise ValidationError.single("map", f"{value!r}: write field=Header (Header empty: not in the file)")
        choices[f] = header.strip() or None
    return choices


def _report_payload(report: ImportReport) -> dict[str, object]:
    return {
        "ok": report.ok, "dry_run": report.dry_run, "written": report.written, "import_id": report.import_id,
        "file": report.file_name, "encoding": report.encoding, "mapping": report.mapping,
        "rows_read": report.rows_read, "new": report.new, "changed": report.changed,
        "unchanged": report.unchanged,
        "skipped": {"blank": report.skipped.blank, "summary_rows": report.skipped.summary,
                    "no_figures": report.skipped.no_figures, "unknown_reps": report.skipped_unknown},
        "problems": [{"row": p.row, "column": p.column, "value": p.value, "message": p.message, "code": p.code}
                     for p in report.problems],
        "unknown_reps": [{"employee_id": r.employee_id, "name": r.name, "first_day": r.first_day,
                          "rows": r.rows, "first_row": r.first_row} for r in report.unknown],
        "created_members": [m.as_json() for m in report.created_members],
        "formation": None if report.formation is None else {
            "kind": report.formation.kind, "formed_on": report.formation.formed_on,
            "data_starts_on": report.formation.data_start},
        "changed_rows": [{"row": c.row, "employee_id": c.employee_id, "name": c.name, "day": c.day,
                          "before": list(c.before), "after": list(c.after)} for c in report.changed_rows],
    }


def _report_lines(report: ImportReport, team: str = "TEAM") -> list[str]:
    verb = "Would import" if report.dry_run else ("Imported" if report.written else "Did not import")
    source = f"{report.kind}, {report.encoding}" if report.encoding else report.kind
    lines = [f"{verb} {report.file_name} ({source}): "
             f"{report.new} new, {report.changed} changed, {report.unchanged} unchanged, "
             f"{report.skipped.total + report.skipped_unknown} skipped."]
    if report.skipped.summary:
        lines.append(f"  Skipped summary rows: {', '.join(map(str, report.skipped.summary))}")
    if report.skipped.blank:
        lines.append(f"  Skipped {report.skipped.blank} blank line(s).")
    if report.skipped.no_figures:
        lines.append(f"  Skipped rows without any figures: {', '.join(map(str, report.skipped.no_figures))}")
    if report.skipped_unknown:
        lines.append(f"  Skipped {report.skipped_unknown} row(s) of unknown reps.")
    for created in report.created_members:
        lines.append(f"  Created rep {created}.")
    for c in report.changed_rows:
        lines.append(f"  Changed row {c.row}: {c.employee_id or c.name} {c.day.isoformat()} {c.before} -> {c.after}")
    if report.needs_rep_decision:
        lines.append(f"{len(report.unknown)} rep(s) are not in the team; add --create-missing to create them "
                     "(hired on the first day seen) or --skip-unknown to leave their rows out:")
        lines += [f"  row {r.first_row}: {r.employee_id or '-'} {r.name} ({r.rows} rows from {r.first_day})"
                  for r in report.unknown]
    if report.problems:
        lines.append(f"{len(report.problems)} problem(s); nothing was written:")
        lines += [f"  {p}" for p in report.problems]
    if report.formation is not None and not report.problems and not report.needs_rep_decision:
        template = FORMED_ON_SET_TEXT if report.formation.kind == FORMED_ON_SET else FORMED_ON_LATER_TEXT
        text = template.format(formed_on=report.formation.formed_on.isoformat(),
                               data_start=report.formation.data_start.isoformat(), team=team)
        lines.append(("Would set the formation date: " + text) if report.dry_run and
                     report.formation.kind == FORMED_ON_SET else text)
    if report.import_id and report.written:
        lines.append(f"Import id {report.import_id} (undo with `coachdesk import undo {report.import_id}`).")
    return lines


def _shell_word(text: str) -> str:
    return shlex.quote(text)


def import_activity(db: Database, args: argparse.Namespace) -> Result:
    options = ImportOptions(team=args.team, today=dt.date.today(), mapping=_parse_maps(args.map or []),
                            encoding=args.encoding, create_missing=args.create_missing, skip_unknown=args.skip_unknown,
                            dry_run=args.dry_run)
    try:
        report = run_import(db, Path(args.file), options)
    except MappingNeeded as exc:
        headers = ", ".join(h for h in exc.headers if h)
        fields = [f.value for f in exc.mapping.missing] + [f.value for f in exc.mapping.unknown_units]
        raise ValidationError([FieldError("map", f"{exc}. The file's columns are: {headers}. Map them with "
                                                 + " ".join(f"--map {f}=HEADER" for f in fields))]) from None
    except FileProblem as exc:
        raise ValidationError([FieldError("file", str(exc))]) from None
    payload, lines = _report_payload(report), _report_lines(report, _shell_word(str(args.team)))
    if not report.ok:  # the report says what is wrong; nothing was written
        raise CommandFailed(payload, lines)
    return payload, lines


def import_list(db: Database, args: argparse.Namespace) -> Result:
    imports = list_imports(db, args.team)
    payload = [{"id": i.id, "team": i.team, "source": i.source, "file": i.file_name, "created_at": i.created_at,
                "new": i.rows_new, "changed": i.rows_changed, "unchanged": i.rows_unchanged,
                "skipped": i.rows_skipped, "members_created": i.members_created, "undone_at": i.undone_at}
               for i in imports]
    rows = [[str(i.id), i.team, i.file_name, i.created_at.strftime("%Y-%m-%d %H:%M"), str(i.rows_new),
             str(i.rows_changed), str(i.rows_unchanged), "undone" if i.undone_at else ""] for i in imports]
    return payload, table(["id", "team", "file", "imported", "new", "changed", "unchanged", ""], rows) if rows \
        else ["No imports yet."]


def import_undo(db: Database, args: argparse.Namespace) -> Result:
    from coachdesk.store.activity.imports import UndoRefused

    try:
        summary = undo_import(db, args.import_id)
    except UndoRefused as exc:
        raise ValidationError(FieldError("import_id", str(exc))) from None
    return ({"id": summary.id, "undone_at": summary.undone_at},
            [f"Undid import {summary.id} ({summary.file_name}): removed {summary.rows_new} new rows, restored "
             f"{summary.rows_changed} changed rows, removed {summary.members_created} created reps."])


def _totals_payload(t: Totals) -> dict[str, object]:
    def rate(value: float | None) -> float | None:
        return round(value, 4) if value is not None else None

    return {"calls": t.calls, "connected": t.connected, "talk_seconds": t.talk_seconds, "deals": t.deals,
            "revenue": money_text(t.revenue_cents), "connect_rate": rate(t.connect_rate),
            "conversion": rate(t.conversion), "avg_talk_per_connect": rate(t.avg_talk_per_connect),
            "revenue_per_rep_day": str(t.revenue_per_rep_day) if t.revenue_per_rep_day is not None else None,
            "rep_days": t.rep_days, "active_rep_days": t.active_rep_days}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _row_payload(row: KeyedTotals) -> dict[str, object]:
    """One --json row of `stats`; a rep's row also names the member in separate fields."""
    member = row.member.as_json() if row.member is not None else {}
    return {"key": row.key, "label": row.label, **member, **_totals_payload(row.totals)}


def stats(db: Database, args: argparse.Namespace) -> Result:
    with db.session() as s:
        team = find_team(s, args.team)
        span = activity_span(s, team.id)
        today = dt.date.today()
        start = parse_date("from", args.from_) if args.from_ else (span.start if span else today)
        end = parse_date("to", args.to) if args.to else (span.end if span else today)
        if end < start:  # type: ignore[operator]
            raise ValidationError.single("to", f"{end} is before --from {start}")
        period = DateRange(start, end)  # type: ignore[arg-type]
        rows = GROUPINGS[Grouping(args.by)](s, team.id, period)
        summary = summarise(daily_points(s, team.id, period), daily_points(s, team.id, period.previous()))
    t = summary.totals
    payload = {
        "team": team.name, "from": period.start, "to": period.end, "by": args.by,
        "total": _totals_payload(t),
        "rows": [_row_payload(r) for r in rows],
        "trend": {"calls_per_week": summary.trend_calls_per_week, "deals_per_week": summary.trend_deals_per_week,
                  "connect_rate_per_week": summary.trend_connect_rate},
        "change_vs_previous": {"calls": summary.change_calls, "deals": summary.change_deals,
                               "revenue": summary.change_revenue},
        "volatility": {"deals": summary.volatility_deals, "revenue": summary.volatility_revenue},
        "best_day": summary.best_day.day if summary.best_day else None,
        "worst_day": summary.worst_day.day if summary.worst_day else None,
        "deal_streak": {"current": summary.deal_streak, "longest": summary.longest_deal_streak},
    }
    header = ["key", "calls", "connected", "talk (h)", "deals", "revenue", "connect", "conversion"]
    body = [[r.label or "(no group)", str(r.totals.calls), str(r.totals.connected),
             f"{r.totals.talk_seconds / 3600:.1f}", str(r.totals.deals), money_text(r.totals.revenue_cents),
             _pct(r.totals.connect_rate), _pct(r.totals.conversion)] for r in rows]
    body.append(["TOTAL", str(t.calls), str(t.connected), f"{t.talk_seconds / 3600:.1f}", str(t.deals),
                 money_text(t.revenue_cents), _pct(t.connect_rate), _pct(t.conversion)])
    lines = [f"{team.name}: {period.start} to {period.end}, by {args.by}", *table(header, body),
             f"Change vs previous {period.days} days: calls {_pct(summary.change_calls)}, deals "
             f"{_pct(summary.change_deals)}, revenue {_pct(summary.change_revenue)}",
             f"Volatility (CV of daily deals / revenue): {summary.volatility_deals or 0:.2f} / "
             f"{summary.volatility_revenue or 0:.2f}; deal streak {summary.deal_streak} "
             f"(longest {summary.longest_deal_streak}) working days"]
    return payload, lines


def register(sub: Subparsers) -> None:
    imp = sub.add_parser("import", help="import call activity, list or undo imports").add_subparsers(
        dest="action", required=True)
    act = command(imp, "activity", import_activity,
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
    ilist = command(imp, "list", import_list, "list imports")
    ilist.add_argument("--team", help="only this team")
    undo = command(imp, "undo", import_undo, "undo a whole import")
    undo.add_argument("import_id", type=int)

    st = command(sub, "stats", stats, "call-activity totals and rates for a team")
    st.add_argument("--team", required=True, help="team name or id")
    st.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="first day (default: first recorded)")
    st.add_argument("--to", metavar="YYYY-MM-DD", help="last day (default: last recorded)")
    st.add_argument("--by", choices=[g.value for g in Grouping], default="rep")
