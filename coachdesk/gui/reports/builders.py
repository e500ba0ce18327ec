"""What builds the PDFs the Reports tab previews, injectable so the page can be tested without the composers.

The real builders are ``coachdesk.reports.plans``' build_plan and build_poster; tests inject their own."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.reports import plans
from coachdesk.reports.options import BuiltReport, PlanOptions
from coachdesk.store.database import Database


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


def default_builders() -> Builders:
    return Builders(plan=plans.build_plan, poster=plans.build_poster)
