"""Build printed coaching plans and posters as PDF files: compose the Document in one session (reports/compose),
then typeset it (reports/pdf/render). Shared by the CLI and the Reports page's worker.

A build writes to a hidden temporary file beside ``out`` and moves it over ``out`` only once rendering finished,
so a cancelled or failed build leaves neither a half-written PDF nor a damaged earlier one."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from coachdesk.core.common.progress import CancelToken, ProgressCallback, no_progress
from coachdesk.reports.compose import compose_plan, compose_poster
from coachdesk.reports.document import Document
from coachdesk.reports.options import BuiltReport, PlanOptions
from coachdesk.reports.pdf.render import render_document
from coachdesk.store.database import Database
from coachdesk.store.roster.service import list_teams, team_summary

Composer = Callable[[Session, int, PlanOptions], Document]
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def safe_file_part(text: str) -> str:
    """A team's name as part of a file name on Windows, macOS and Linux: path and reserved characters become
    "_", no leading/trailing dots or spaces; Chinese stays as it is."""
    cleaned = _UNSAFE.sub("_", text).strip(" .") or "team"
    return f"_{cleaned}" if cleaned.upper() in _RESERVED else cleaned


def plan_file_name(team: str, options: PlanOptions, suffix: str = "") -> str:
    return f"{safe_file_part(team)}-{options.as_of.isoformat()}-{options.language}{suffix}.pdf"


def _build(db: Database, team_id: int, options: PlanOptions, out: Path, compose: Composer,
           progress: ProgressCallback | None, cancel: CancelToken | None) -> BuiltReport:
    with db.session() as session:
        name = team_summary(session, team_id).name
        document = compose(session, team_id, options)
    if cancel is not None:
        cancel.raise_if_cancelled()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        pages = render_document(document, part, progress=progress or no_progress, cancel=cancel)
        if cancel is not None:
            cancel.raise_if_cancelled()
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return BuiltReport(name, out, pages)


def build_plan(db: Database, team_id: int, options: PlanOptions, out: Path, *, progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> BuiltReport:
    return _build(db, team_id, options, out, compose_plan, progress, cancel)


def build_poster(db: Database, team_id: int, options: PlanOptions, out: Path, *,
                 progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> BuiltReport:
    return _build(db, team_id, options, out, compose_poster, progress, cancel)


def _scaled(progress: ProgressCallback, index: int, count: int, team: str) -> ProgressCallback:
    """One team's rendering progress as a share of the whole run (each team counts 100 steps)."""
    def report(done: int, total: int, message: str = "") -> None:
        share = done / total if total else 0.0
        progress(index * 100 + round(100 * share), count * 100, message or team)
    return report


def build_all(db: Database, options: PlanOptions, out_dir: Path, *, progress: ProgressCallback | None = None,
              cancel: CancelToken | None = None) -> list[BuiltReport]:
    """Every team's plan into ``out_dir`` as ``<team>-<as_of>-<lang>.pdf``, in team-name order."""
    report = progress or no_progress
    with db.session() as session:
        teams = [(t.id, t.name) for t in list_teams(session)]
    built: list[BuiltReport] = []
    for index, (team_id, name) in enumerate(teams):
        if cancel is not None:
            cancel.raise_if_cancelled()
        report(index * 100, len(teams) * 100, name)
        built.append(build_plan(db, team_id, options, Path(out_dir) / plan_file_name(name, options),
                                progress=_scaled(report, index, len(teams), name), cancel=cancel))
    report(len(teams) * 100, len(teams) * 100, "")
    return built


__all__: list[Any] = ["build_all", "build_plan", "build_poster", "plan_file_name", "safe_file_part"]
