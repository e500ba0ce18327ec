"""`coachdesk drill list`, `coachdesk readiness`, `coachdesk questions import|export|list`, `coachdesk rubric
list|import`: drill sessions, the reps' readiness and certification, the team's question bank and rubrics."""

from __future__ import annotations

import argparse
from pathlib import Path

from coachdesk.cli.common import Result, Subparsers, as_of_or_today, command
from coachdesk.cli.output import table
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.drills.question_file import QuestionFileError, write_question_file
from coachdesk.core.drills.rubric_drafts import draft_of, rubric_to_data
from coachdesk.core.drills.rubrics import load_rubric
from coachdesk.store.database import Database
from coachdesk.store.drills import questions, readiness, rubrics, sessions
from coachdesk.store.roster import service as roster


def _team(db: Database, ref: str) -> tuple[int, str]:
    with db.session() as s:
        team = roster.find_team(s, ref)
        return team.id, team.name


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def drill_list(db: Database, args: argparse.Namespace) -> Result:
    team_id, name = _team(db, args.team)
    with db.session() as s:
        found = sessions.list_sessions(s, team_id)
    if args.limit:
        found = found[:args.limit]
    payload = [{"id": x.session.id, "started_at": x.session.started_at, "ended_at": x.session.ended_at,
                "mode": x.session.mode.value, "trainer": x.session.trainer, "entries": x.entries, "people": x.people,
                "rubric_average": None if x.average is None else round(x.average, 2),
                "answered_well_pct": None if x.share_well is None else round(100 * x.share_well, 1),
                "script": None if x.script is None else {"name": x.script[0], "version": x.script[1]}}
               for x in found]
    if not found:
        return payload, [f"{name} has no drill sessions yet."]
    rows = [[str(x.session.id), f"{x.session.started_at:%Y-%m-%d %H:%M}", x.session.mode.value, x.session.trainer,
             str(x.people), str(x.entries), _score(x.average), _pct(x.share_well),
             f"{x.script[0]} v{x.script[1]}" if x.script else "—", "open" if x.session.open else ""]
            for x in found]
    return payload, [f"Drill sessions of {name}:",
                     *table(["id", "started", "mode", "trainer", "people", "entries", "rubric", "answered well",
                             "script", ""], rows)]


def readiness_report(db: Database, args: argparse.Namespace) -> Result:
    today = as_of_or_today(args)
    team_id, name = _team(db, args.team)
    with db.session() as s:
        view = readiness.readiness_of(s, team_id, today)
    team = view.readiness
    reps = sorted(team.reps, key=lambda r: (-r.readiness, view.names.get(r.member_id, "")))
    payload = {
        "team": name, "as_of": today, "pass_mark": view.pass_mark,
        "mean_readiness_pct": None if team.mean is None else round(100 * team.mean, 1),
        "drilled": team.drilled, "certified": team.certified, "bands": dict(team.bands),
        "reps": [{"member_id": r.member_id, "name": view.names.get(r.member_id, ""),
                  "readiness_pct": round(100 * r.readiness, 1), "basic_well": r.basic_well,
                  "basic_total": r.basic_total,
                  "rubric_average": None if r.rubric_average is None else round(r.rubric_average, 2),
                  "rubric_trend_per_30_days": None if r.rubric_trend is None else round(r.rubric_trend, 2),
                  "certified": r.certified, "certified_on": r.certified_on,
                  "certification_missing": len(r.certification_missing), "entries": r.entries,
                  "last_drilled": r.last_drilled, "script_versions": list(r.script_versions),
                  "audits": r.audits.audits,
                  "audit_adherence_pct": None if r.audits.adherence is None else round(100 * r.audits.adherence, 1)}
                 for r in reps],
        "weakest_questions": [{"question": view.questions.get(w.question_id, ""), "answered_well_pct":
                               round(100 * w.share_well, 1), "answers": w.answers} for w in team.weakest_questions],
        "weakest_sections": [{"section": sec.value, "answered_well_pct": round(100 * share, 1)}
                             for sec, share in team.weakest_sections],
    }
    lines = [f"Readiness of {name} on {today.isoformat()}: {team.drilled} of {len(team.reps)} reps drilled in the "
             f"last 90 days, mean {_pct(team.mean)}, {team.certified} certified (pass mark {view.pass_mark:g} of 5)."]
    rows = [[view.names.get(r.member_id, str(r.member_id)), _pct(r.readiness), f"{r.basic_well}/{r.basic_total}",
             _score(r.rubric_average), "yes" if r.certified else "no", str(r.entries),
             r.last_drilled.isoformat() if r.last_drilled else "—"] for r in reps]
    lines += table(["rep", "readiness", "basic well", "rubric", "certified", "entries", "last drilled"], rows)
    if team.weakest_questions:
        lines += ["", "Weakest questions:"] + [f"  {_pct(w.share_well):>5}  {view.questions.get(w.question_id, '')}"
                                               for w in team.weakest_questions[:5]]
    return payload, lines


def questions_import(db: Database, args: argparse.Namespace) -> Result:
    path = Path(args.file)
    try:
        with db.session() as s:
            team = roster.find_team(s, args.team)
            name = team.name
            result = questions.import_questions(s, team.id, path, args.encoding)
    except QuestionFileError as exc:  # every problem names its row and column; nothing was stored
        raise ValidationError([FieldError("file", f"{path.name}: {problem}") for problem in exc.problems]) from None
    return ({"team": name, "file": path.name, "added": result.added, "updated": result.updated},
            [f"Question bank of {name}: {result.added} added, {result.updated} updated from {path.name}."])


def questions_export(db: Database, args: argparse.Namespace) -> Result:
    team_id, name = _team(db, args.team)
    with db.session() as s:
        bank = questions.list_questions(s, team_id, retired=False)
    count = write_question_file(Path(args.file), bank, chinese_headers=args.chinese_headers)
    return {"team": name, "file": args.file, "questions": count}, [f"Wrote {count} questions of {name} to {args.file}."]


def questions_list(db: Database, args: argparse.Namespace) -> Result:
    team_id, name = _team(db, args.team)
    with db.session() as s:
        bank = questions.list_questions(s, team_id)
    payload = [{"id": q.id, "question": q.text, "answer": q.answer, "section": q.section.value, "kind": q.kind.value,
                "difficulty": int(q.difficulty), "basic": q.basic, "tags": list(q.tags), "retired": q.retired}
               for q in bank]
    rows = [[str(q.id), q.section.value, "basic" if q.basic else "", str(int(q.difficulty)),
             q.text + (" (retired)" if q.retired else "")] for q in bank]
    return payload, ([f"Question bank of {name}:", *table(["id", "section", "", "difficulty", "question"], rows)]
                     if bank else [f"{name} has no questions yet."])


def rubric_list(db: Database, args: argparse.Namespace) -> Result:
    team_id, name = _team(db, args.team)
    with db.session() as s:
        infos = rubrics.list_rubrics(s, team_id)
    payload = [{**rubric_to_data(i.rubric), "built_in": i.built_in, "team_default": i.team_default,
                "retired": i.retired, "sessions": i.sessions, "replaces": i.replaces} for i in infos]
    rows = [[i.key, i.rubric.label("en"), str(len(i.rubric.criteria)), f"{i.rubric.pass_mark:g}",
             "default" if i.team_default else "", "retired" if i.retired else "shipped" if i.built_in else "",
             str(i.sessions)] for i in infos]
    return payload, [f"Rubrics of {name}:", *table(["key", "name", "criteria", "pass mark", "", "", "sessions"], rows)]


def rubric_import(db: Database, args: argparse.Namespace) -> Result:
    path = Path(args.file)
    try:
        rubric = load_rubric(path)
    except OSError as exc:
        raise ValidationError(FieldError("file", f"{path.name}: {exc.strerror or exc}")) from None
    except ValueError as exc:  # names the entry that is wrong, e.g. rubric.toml.criteria[2].anchors.3.zh
        raise ValidationError(FieldError("file", f"{path.name}: {exc}")) from None
    with db.session() as s:
        team = roster.find_team(s, args.team)
        name = team.name
        key = rubrics.add_rubric(s, team.id, draft_of(rubric), team_default=args.default)
    label = rubric.label("en")
    return ({"team": name, "file": path.name, "key": key, "name": label, "criteria": len(rubric.criteria),
             "team_default": args.default},
            [f"Rubric {label} ({len(rubric.criteria)} criteria) added to {name} as {key}"
             + (", the team's default." if args.default else ".")])


def register(sub: Subparsers) -> None:
    drill = sub.add_parser("drill", help="script drill sessions")
    actions = drill.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = command(actions, "list", drill_list, "the team's drill sessions, newest first, with their figures")
    listing.add_argument("--team", required=True, help="team name or id")
    listing.add_argument("--limit", type=int, help="at most this many sessions")
    ready = command(sub, "readiness", readiness_report,
                    "per rep: readiness on the basic questions, rubric average, certified")
    ready.add_argument("--team", required=True, help="team name or id")
    ready.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to judge by (default today)")
    bank = sub.add_parser("questions", help="the team's customer question bank")
    bank_actions = bank.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = command(bank_actions, "import", questions_import,
                  "add or update questions from a CSV or .xlsx file (all rows or none)")
    imp.add_argument("file", help="CSV or .xlsx: question, answer, section[, kind, difficulty, basic, tags]")
    imp.add_argument("--team", required=True, help="team name or id")
    imp.add_argument("--encoding", help="the CSV's encoding (default: detected)")
    exp = command(bank_actions, "export", questions_export, "write the active questions to a CSV file")
    exp.add_argument("file", help="the CSV file to write (UTF-8 with BOM, opens in Excel)")
    exp.add_argument("--team", required=True, help="team name or id")
    exp.add_argument("--chinese-headers", action="store_true", help="column names in Chinese (问题, 参考答案 …)")
    lst = command(bank_actions, "list", questions_list, "the team's questions")
    lst.add_argument("--team", required=True, help="team name or id")
    rubric = sub.add_parser("rubric", help="the rubrics a team scores drills on")
    rubric_actions = rubric.add_subparsers(dest="action", required=True, metavar="ACTION")
    rl = command(rubric_actions, "list", rubric_list, "the shipped rubric and the team's own, with their criteria")
    rl.add_argument("--team", required=True, help="team name or id")
    ri = command(rubric_actions, "import", rubric_import,
                 "add a rubric from a TOML file shaped like resources/drills/rubric.toml")
    ri.add_argument("file", help="TOML: name, pass_mark, [[criteria]] with key, name, weight, anchors 1/3/5 (en + zh)")
    ri.add_argument("--team", required=True, help="team name or id")
    ri.add_argument("--default", action="store_true", help="make it the team's default rubric")
