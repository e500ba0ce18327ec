"""What builds the PDFs the Reports tab previews, injectable so the page can be tested without the composers.

The real builders live in ``coachdesk.reports.plans``; the default here imports that module when a report is
built (not when the GUI starts), so the page works without it until it is merged and tests inject their own."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.reports.options import BuiltReport, PlanOptions
from coachdesk.store.database import Database

PLANS_MODULE = "coachdesk.reports.plans"


class ReportKind(StrEnum):
    PLAN = "plan"  # the coaching plan: cover and the chosen sections
    POSTER = "poster"  # the wall poster: one panel per group, landscape


class ReportBuilder(Protocol):
    """``build_plan`` / ``build_poster``: write the team's report to ``out`` (runs in the worker)."""

    def __call__(self, db: Database, team_id: int, options: PlanOptions, out: Path, *,
                 progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> BuiltReport: ...


@dataclass(frozen=True)
class Builders:
    plan: ReportBuilder
    poster: ReportBuilder

    def for_kind(self, kind: ReportKind) -> ReportBuilder:
        return self.plan if kind is ReportKind.PLAN else self.poster


def _lazy(name: str) -> ReportBuilder:
    """A builder that looks ``name`` up in reports/plans.py at call time (in the worker)."""

    def build(db: Database, team_id: int, options: PlanOptions, out: Path, *,
              progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> BuiltReport:
        builder: ReportBuilder = getattr(importlib.import_module(PLANS_MODULE), name)
        return builder(db, team_id, options, out, progress=progress, cancel=cancel)

    return build


def default_builders() -> Builders:
    return Builders(plan=_lazy("build_plan"), poster=_lazy("build_poster"))
