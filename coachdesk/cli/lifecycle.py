"""`coachdesk diagnose`, `coachdesk stage accept|confirm|override|history` and `coachdesk thresholds show|set`;
``register`` also registers the rest of the lifecycle feature (survey.py, plans.py), in the order of `--help`."""

from __future__ import annotations

import argparse
import datetime as dt

from coachdesk.cli.common import Result, Subparsers, command
from coachdesk.cli.output import table
from coachdesk.core.common.validation import FieldError, ValidationError, clean_text, parse_date
from coachdesk.core.lifecycle.explain import diagnosis_dict
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.thresholds import THRESHOLD_NAMES, describe
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.diagnosis import (
    diagnose_team,
    record_stage,
    set_team_thresholds,
    stage_history,
    team_thresholds,
)
from coachdesk.store.roster.service import find_team

BAR_WIDTH = 30


# ---------------------------------------------------------------- shared by the lifecycle commands


def as_of(args: argparse.Namespace) -> dt.date:
    value = getattr(args, "as_of", None)
    return parse_date("as_of", value) if value else dt.date.today()  # type: ignore[return-value]


def lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def parse_stage(value: str) -> Stage:
    try:
        return Stage.parse(value)
    except ValueError as exc:
        raise ValidationError.single("stage", str(exc), "bad_format", value=value) from None


def stage_label(stage: Stage | str, language: str) -> str:
    return default_wording().stage(Stage(stage), language)


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["en", "zh", "zh_CN"], default="en",
                        help="language of the content texts (wording, practice titles); default en")


def add_team(parser: argparse.ArgumentParser, *, with_as_of: bool = True) -> None:
    parser.add_argument("--team", required=True, help="team name or id")
    if with_as_of:
        parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to look from (default today)")


# ---------------------------------------------------------------- diagnose


def diagnose(db: Database, args: argparse.Namespace) -> Result:
    day = as_of(args)
    with db.session() as s:
        team = find_team(s, args.team)
        name = team.name
        diagnosis = diagnose_team(s, team.id, day)
    payload = diagnosis_dict(diagnosis, lang(args))
    return payload, diagnosis_lines(name, payload, lang(args))


def diagnosis_lines(team: str, d: dict, language: str) -> list[str]:
    top = d["top_stage"]
    lines = [f"{team} as of {d['as_of']}: {stage_label(top, language)} (confidence {d['confidence']:.2f})", "",
             "Stage mix:"]
    mix = d["stage_mix"]
    rows = [[stage_label(s, language), f"{mix[s.value] * 100:5.1f}%", "#" * round(mix[s.value] * BAR_WIDTH)]
            for s in STAGES]
    lines += ["  " + line for line in table(["stage", "share", ""], rows)]
    pc = d["principal_contradiction"]
    lines += ["", f"Principal contradiction: {pc['summary']}", "  Evidence:"]
    lines += [f"    - {e['text']}" for e in pc["evidence"]]
    lines.append("  Prescription:")
    lines += [f"    {p['id']} — {p['title']}" for p in pc["prescription"]] or ["    (none)"]
    lines += ["", "Signals:"]
    lines += ["  " + line for line in table(["signal", "finding"], [[s["name"], s["text"]] for s in d["signals"]])]
    if d["missing_data"]:
        lines += ["", "Missing data:"] + [f"  - {note}" for note in d["missing_data"]]
    return lines


# ---------------------------------------------------------------- stage history


def _record(db: Database, args: argparse.Namespace, kind: str, stage: Stage | None = None, reason: str = "") -> Result:
    day = as_of(args)
    with db.session() as s:
        team = find_team(s, args.team)
        name = team.name
        diagnosis = diagnose_team(s, team.id, day)
        record_id = record_stage(s, diagnosis, kind, stage, reason, source="cli", lang=lang(args))
    held = stage or diagnosis.top_stage
    payload = {"id": record_id, "team": name, "as_of": day, "kind": kind, "stage": held.value,
               "diagnosed_stage": diagnosis.top_stage.value, "reason": clean_text(reason)}
    text = f"Recorded {name} as {stage_label(held, lang(args))} on {day.isoformat()} ({kind}, entry {record_id})."
    if held is not diagnosis.top_stage:
        text += f" The diagnosis said {stage_label(diagnosis.top_stage, lang(args))}."
    return payload, [text]


def stage_accept(db: Database, args: argparse.Namespace) -> Result:
    return _record(db, args, "accepted")


def stage_confirm(db: Database, args: argparse.Namespace) -> Result:
    return _record(db, args, "confirmed")


def stage_override(db: Database, args: argparse.Namespace) -> Result:
    errors: list[FieldError] = []
    stage = None
    try:
        stage = parse_stage(args.stage)
    except ValidationError as exc:
        errors += exc.errors
    if not clean_text(args.reason):  # checked before diagnosing: nothing is computed or written without it
        errors.append(FieldError("reason", "an override needs a reason", "required"))
    if errors:
        raise ValidationError(errors)
    return _record(db, args, "overridden", stage, args.reason)


def stage_history_command(db: Database, args: argparse.Namespace) -> Result:
    with db.session() as s:
        team = find_team(s, args.team)
        rows = stage_history(s, team.id)
    payload = [{"id": r.id, "as_of": r.as_of, "kind": r.kind, "stage": r.stage.value,
                "diagnosed_stage": r.diagnosed_stage.value, "mix": {k.value: v for k, v in r.mix.items()},
                "confidence": r.confidence, "contradiction_signal": r.contradiction_signal,
                "contradiction_summary": r.contradiction_summary, "reason": r.reason, "source": r.source}
               for r in rows]
    body = [[r.as_of.isoformat(), r.kind, stage_label(r.stage, lang(args)),
             stage_label(r.diagnosed_stage, lang(args)), f"{r.confidence:.2f}", r.source,
             r.reason or r.contradiction_summary] for r in rows]
    lines = table(["date", "kind", "stage", "diagnosed", "confidence", "source", "reason / contradiction"], body) \
        if body else ["No stage history yet. Record one with `coachdesk stage accept --team TEAM`."]
    return payload, lines


# ---------------------------------------------------------------- thresholds


def _thresholds_view(db: Database, team_ref: str) -> Result:
    with db.session() as s:
        team = find_team(s, team_ref)
        current = team_thresholds(s, team.id)
    payload = [{"name": name, "value": getattr(current, name), "default": default, "meaning": meaning,
                "changed": getattr(current, name) != default} for name, default, meaning in describe()]
    body = [[p["name"], f"{p['value']:g}" + (" *" if p["changed"] else ""), f"{p['default']:g}", p["meaning"]]
            for p in payload]
    return payload, [*table(["threshold", "value", "default", "meaning"], body), "(* differs from the default)"]


def thresholds_show(db: Database, args: argparse.Namespace) -> Result:
    return _thresholds_view(db, args.team)


def parse_assignments(items: list[str]) -> tuple[dict[str, object], list[FieldError]]:
    """NAME=VALUE pairs (VALUE "default" resets) and an error for each malformed pair or unknown name."""
    changes: dict[str, object] = {}
    errors: list[FieldError] = []
    for item in items:
        name, sep, value = (part.strip() for part in item.partition("="))
        if not sep or not name or not value:
            errors.append(FieldError("threshold", f"{item!r}: write NAME=VALUE (VALUE 'default' resets it)",
                                     "bad_format", {"value": item}))
        elif name not in THRESHOLD_NAMES:
            errors.append(FieldError("threshold", f"{name!r} is not a threshold; see `coachdesk thresholds show`",
                                     "bad_format", {"value": name}))
        else:
            changes[name] = None if value.lower() == "default" else value
    return changes, errors


def thresholds_set(db: Database, args: argparse.Namespace) -> Result:
    changes, errors = parse_assignments(args.assignments)
    with db.session() as s:
        team = find_team(s, args.team)
        name = team.name
        try:
            result = set_team_thresholds(s, team.id, changes)
        except ValidationError as exc:
            errors += exc.errors
        if errors:  # every problem at once; raising rolls the session back, so nothing is stored
            raise ValidationError(errors)
    payload, _ = _thresholds_view(db, args.team)
    lines = [f"{name}: {key} = {getattr(result, key):g}" + (" (default)" if value is None else "")
             for key, value in changes.items()]
    return payload, lines


# ---------------------------------------------------------------- registration


def register(sub: Subparsers) -> None:
    """Every lifecycle command: diagnose, stage, survey, plan, playbook, thresholds."""
    from coachdesk.cli import plans, survey  # they import this module's helpers

    diag = command(sub, "diagnose", diagnose,
                   "a team's stage mix, top stage, principal contradiction with its evidence and prescription")
    add_team(diag)
    add_lang(diag)

    stage = sub.add_parser("stage", help="accept, confirm or override the diagnosed stage; the stage history")
    stages = stage.add_subparsers(dest="action", required=True)
    for name, handler, help_ in (("accept", stage_accept, "record today's diagnosis in the stage history"),
                                 ("confirm", stage_confirm, "record the diagnosis as confirmed by the manager")):
        p = command(stages, name, handler, help_)
        add_team(p)
        add_lang(p)
    override = command(stages, "override", stage_override, "record a different stage than diagnosed (with a reason)")
    add_team(override)
    override.add_argument("--stage", required=True,
                          help="forming, storming, norming, performing (or 磨合期, 动乱期, 安稳期, 成熟期)")
    override.add_argument("--reason", help="why the team is in this stage (required)")
    add_lang(override)
    hist = command(stages, "history", stage_history_command, "the team's accepted, confirmed and overridden stages")
    add_team(hist, with_as_of=False)
    add_lang(hist)

    survey.register(sub)
    plans.register(sub)

    thr = sub.add_parser("thresholds", help="the signal thresholds of a team").add_subparsers(dest="action",
                                                                                            required=True)
    add_team(command(thr, "show", thresholds_show, "every threshold with its value, default and meaning"),
             with_as_of=False)
    tset = command(thr, "set", thresholds_set, "change thresholds (NAME=default resets one); all or nothing")
    add_team(tset, with_as_of=False)
    tset.add_argument("assignments", nargs="+", metavar="NAME=VALUE")
