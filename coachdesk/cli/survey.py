"""`coachdesk survey import|show|items|template`: the 32-item stage survey from the command line."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from coachdesk.cli.common import Result, Subparsers, command
from coachdesk.cli.lifecycle import add_lang, add_team, as_of, lang, stage_label
from coachdesk.cli.output import table
from coachdesk.core.common.local_text import pick
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.core.lifecycle.survey import TeamSurveyResult, default_survey
from coachdesk.core.lifecycle.survey_file import SurveyFileError
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.survey import import_survey_file, list_responses, team_result
from coachdesk.store.roster.service import find_team

TEMPLATE_HEADERS = ["date", "member"]


def survey_import(db: Database, args: argparse.Namespace) -> Result:
    path = Path(args.file)
    try:
        with db.session() as s:
            team = find_team(s, args.team)
            name = team.name
            stored = import_survey_file(s, team.id, path, args.encoding)
    except SurveyFileError as exc:  # every problem names its row and column; the session rolled back
        raise ValidationError([FieldError("file", problem) for problem in exc.problems]) from None
    return ({"team": name, "file": path.name, "responses": stored},
            [f"Stored {stored} survey response(s) for {name} from {path.name}."])


def _result_payload(result: TeamSurveyResult | None) -> dict[str, object] | None:
    if result is None:
        return None
    reading = result.reading
    return {
        "means": {stage.value: round(result.means[stage], 3) for stage in STAGES},
        "responses": result.responses,
        "first_answered": result.first_answered,
        "last_answered": result.last_answered,
        "reading": {"stage": reading.stage.value, "highest": reading.highest.value, "clear": reading.clear,
                    "transition": [s.value for s in reading.transition] if reading.transition else None,
                    "combined": reading.combined},
    }


def _reading_line(result: TeamSurveyResult, language: str) -> str:
    reading = result.reading
    parts = [f"reads as {stage_label(reading.stage, language)}"]
    if reading.highest is not reading.stage:
        parts.append(f"highest score {stage_label(reading.highest, language)}, combined-stage rule applied")
    parts.append("clearly (score 32 or more)" if reading.clear else "not clearly (score under 32)")
    if reading.transition:
        early, late = (stage_label(s, language) for s in reading.transition)
        parts.append(f"in transition between {early} and {late}")
    return "Reading: " + "; ".join(parts) + "."


def survey_show(db: Database, args: argparse.Namespace) -> Result:
    day = as_of(args)
    language = lang(args)
    with db.session() as s:
        team = find_team(s, args.team)
        name = team.name
        result = team_result(s, team.id, day)
        responses = [r for r in list_responses(s, team.id) if r.answered_on <= day]
    counted = (lambda d: result.first_answered <= d <= result.last_answered) if result else (lambda d: False)
    payload = {
        "team": name, "as_of": day, "result": _result_payload(result),
        "responses": [{"id": r.id, "answered_on": r.answered_on, "member_id": r.member_id,
                       "employee_id": r.member_employee_id or None, "name": r.member_name or None,
                       "member": r.member_name or None, "source": r.source,
                       "scores": {stage.value: r.scores[stage] for stage in STAGES},
                       "counted": counted(r.answered_on)} for r in responses],
    }
    if result is None:
        return payload, [f"No survey answers for {name} up to {day.isoformat()}. Import some with "
                         "`coachdesk survey import FILE --team TEAM`."]
    lines = [f"{name}, stage survey as of {day.isoformat()}: {result.responses} response(s) answered "
             f"{result.first_answered.isoformat()} to {result.last_answered.isoformat()}"]
    lines += ["  " + line for line in table(
        ["stage", "mean score (8-40)"],
        [[stage_label(stage, language), f"{result.means[stage]:.1f}"] for stage in STAGES])]
    lines += [_reading_line(result, language), "", "Responses (* counted in the result):"]
    body = [[r.answered_on.isoformat() + (" *" if counted(r.answered_on) else ""), r.member_name or "(anonymous)",
             *(str(r.scores[stage]) for stage in STAGES), r.source] for r in responses]
    lines += table(["date", "member", *(stage_label(stage, language) for stage in STAGES), "source"], body)
    return payload, lines


def survey_items(db: Database, args: argparse.Namespace) -> Result:
    survey = default_survey()
    language = lang(args)
    payload = [{"id": item.id, "stage": item.stage.value, "text": pick(item.text, language)} for item in survey.items]
    scale = ", ".join(f"{n} {pick(label, language)}" for n, label in enumerate(survey.scale, start=1))
    lines = table(["id", "stage", "statement"],
                  [[item.id, stage_label(item.stage, language), pick(item.text, language)] for item in survey.items])
    return payload, [*lines, "", f"Answers: {scale}."]


def survey_template(db: Database, args: argparse.Namespace) -> Result:
    path = Path(args.file)
    if path.exists() and not args.force:
        raise ValidationError.single("file", f"{path} already exists; add --force to replace it", "duplicate")
    headers = TEMPLATE_HEADERS + list(default_survey().ids)
    try:
        # UTF-8 with a BOM so Excel opens Chinese member names correctly.
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerow(headers)
    except OSError as exc:
        raise ValidationError.single("file", f"cannot write {path}: {exc.strerror}") from None
    return ({"file": str(path), "headers": headers},
            [f"Wrote {path}: one row per questionnaire — date (YYYY-MM-DD), member (employee id or name; "
             "blank = anonymous), q01…q32 answered 1–5.",
             "See the statements with `coachdesk survey items`; import with `coachdesk survey import FILE --team "
             "TEAM`."])


def register(sub: Subparsers) -> None:
    survey = sub.add_parser("survey", help="the 32-item stage survey: import, show, items, template")
    actions = survey.add_subparsers(dest="action", required=True)
    imp = command(actions, "import", survey_import,
                  "store survey answers from a CSV or .xlsx file (date, member, q01…q32); all or nothing")
    imp.add_argument("file", help="the answers file (.csv or .xlsx)")
    add_team(imp, with_as_of=False)
    imp.add_argument("--encoding", help="CSV encoding (default: detected; e.g. utf-8, gb18030)")
    show = command(actions, "show", survey_show, "the team's survey result and its responses")
    add_team(show)
    add_lang(show)
    add_lang(command(actions, "items", survey_items, "the 32 statements in the order they are presented"))
    template = command(actions, "template", survey_template, "write an empty CSV answer sheet (UTF-8 with BOM)")
    template.add_argument("file", help="where to write the template (.csv)")
    template.add_argument("--force", action="store_true", help="replace the file if it exists")
