"""`coachdesk plan --team T --out FILE.pdf` (a printed coaching plan), `coachdesk plan --all --out-dir DIR` (every
team's) and `coachdesk poster --team T --out FILE.pdf` (the wall poster). `plan` without these options keeps its
action-plan sub-commands (`plan actions|create|set`, cli/plans.py), which register on the same parser."""

from __future__ import annotations

import argparse
from pathlib import Path

from coachdesk.cli.common import Result, Subparsers, as_of_or_today, command
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.reports.document import Orientation, Paper
from coachdesk.reports.options import ALL_SECTIONS, BuiltReport, PlanOptions, PlanSection, plan_language
from coachdesk.reports.plans import build_all, build_plan, build_poster
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster

PLAN_PAPERS = (Paper.A4.value, Paper.LETTER.value)
POSTER_PAPERS = (Paper.A3.value, Paper.A4.value)


def _sections(text: str | None) -> frozenset[PlanSection]:
    if not text:
        return ALL_SECTIONS
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in PlanSection._value2member_map_]
    if unknown:
        raise ValidationError(FieldError("sections", f"unknown section(s) {', '.join(unknown)}; choose from "
                                                     f"{', '.join(s.value for s in PlanSection)}", "invalid"))
    return frozenset(PlanSection(n) for n in names)


def _options(args: argparse.Namespace, default_paper: str) -> PlanOptions:
    return PlanOptions(as_of_or_today(args), plan_language(args.lang or "zh_CN"), Paper(args.paper or default_paper),
                       _sections(getattr(args, "sections", None)))


def _payload(built: BuiltReport) -> dict[str, object]:
    return {"team": built.team, "file": str(built.path), "pages": built.pages}


def plan_print(db: Database, args: argparse.Namespace) -> Result:
    if args.all == bool(args.team):
        raise ValidationError(FieldError("team", "give --team T (with --out) or --all (with --out-dir)", "required"))
    options = _options(args, Paper.A4.value)
    if args.all:
        if not args.out_dir:
            raise ValidationError(FieldError("out_dir", "--all writes one file per team: give --out-dir DIR",
                                             "required"))
        built = build_all(db, options, Path(args.out_dir))
        return ([_payload(b) for b in built],
                [f"{b.team}: {b.path} ({b.pages} pages)" for b in built] or ["No teams yet."])
    if not args.out:
        raise ValidationError(FieldError("out", "give --out FILE.pdf", "required"))
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
    one = build_plan(db, team_id, options, Path(args.out))
    return _payload(one), [f"Coaching plan of {one.team}: {one.path} ({one.pages} pages)."]


def poster_print(db: Database, args: argparse.Namespace) -> Result:
    options = _options(args, Paper.A3.value)
    with db.session() as s:
        team_id = roster.find_team(s, args.team).id
    one = build_poster(db, team_id, options, Path(args.out))
    return _payload(one), [f"Poster of {one.team}: {one.path} ({Orientation.LANDSCAPE.value} "
                           f"{options.paper.value.upper()})."]


def _common(parser: argparse.ArgumentParser, papers: tuple[str, ...]) -> None:
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day the plan is for (default today)")
    parser.add_argument("--lang", choices=["zh_CN", "zh", "en"], help="the document's language (default zh_CN)")
    parser.add_argument("--paper", choices=papers, help=f"paper size (default {papers[0]})")


def add_plan_printing(plan: argparse.ArgumentParser) -> None:
    """The printing options of `plan` itself (used when no action-plan sub-command is given)."""
    plan.add_argument("--team", help="team name or id")
    plan.add_argument("--all", action="store_true", help="every team's plan, one file each, into --out-dir")
    plan.add_argument("--out", metavar="FILE.pdf", help="the PDF to write (with --team)")
    plan.add_argument("--out-dir", metavar="DIR", help="the folder for --all (<team>-<date>-<lang>.pdf)")
    plan.add_argument("--sections", metavar="S1,S2", help="only these sections (default all): "
                                                          + ", ".join(s.value for s in PlanSection))
    _common(plan, PLAN_PAPERS)


def register(sub: Subparsers) -> None:
    poster = command(sub, "poster", poster_print, "the target/contest poster for the wall (landscape PDF)")
    poster.add_argument("--team", required=True, help="team name or id")
    poster.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    _common(poster, POSTER_PAPERS)
