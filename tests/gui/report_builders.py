"""Stand-ins for reports/plans.py's build_plan / build_poster: real small PDFs written with reportlab and the bundled
font ("Plan for <team>" on every page), honouring progress and cancel, and recording the options they were given."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.gui.reports.builders import Builders
from coachdesk.reports.document import Paper
from coachdesk.reports.options import BuiltReport, PlanOptions
from coachdesk.reports.pdf.fonts import register_pdf_font
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster

SIZES = {Paper.A4: A4, Paper.LETTER: letter, Paper.A3: A3}


def write_pdf(out: Path, title: str, pages: int, paper: Paper, wide: bool = False,
              progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
              gate: threading.Event | None = None) -> None:
    size = landscape(SIZES[paper]) if wide else SIZES[paper]
    canvas = Canvas(str(out), pagesize=size)
    font = register_pdf_font()
    for page in range(pages):
        if gate is not None:
            gate.wait(10)  # a test holds the build here until it has pressed Cancel
        if cancel is not None:
            cancel.raise_if_cancelled()
        canvas.setFont(font, 28)
        canvas.drawString(60, size[1] - 100, title)
        canvas.setFont(font, 14)
        canvas.drawString(60, size[1] - 140, f"{page + 1} / {pages}")
        canvas.rect(50, 50, size[0] - 100, size[1] - 220)
        canvas.showPage()
        if progress is not None:
            progress(page + 1, pages, "")
    canvas.save()


@dataclass
class FakeBuilders:
    pages: int = 3
    poster_pages: int = 1
    error: Exception | None = None
    gate: threading.Event | None = None
    calls: list[tuple[str, int, PlanOptions, Path]] = field(default_factory=list)

    def _build(self, kind: str, db: Database, team_id: int, options: PlanOptions, out: Path,
               progress: ProgressCallback | None, cancel: CancelToken | None) -> BuiltReport:
        self.calls.append((kind, team_id, options, out))
        with db.session() as s:
            team = roster.team_summary(s, team_id).name
        if self.error is not None:
            raise self.error
        pages = self.pages if kind == "plan" else self.poster_pages
        title = f"Plan for {team}" if kind == "plan" else f"Poster for {team}"
        write_pdf(out, title, pages, options.paper, kind == "poster", progress, cancel, self.gate)
        return BuiltReport(team, out, pages)

    def plan(self, db: Database, team_id: int, options: PlanOptions, out: Path, *,
             progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> BuiltReport:
        return self._build("plan", db, team_id, options, out, progress, cancel)

    def poster(self, db: Database, team_id: int, options: PlanOptions, out: Path, *,
               progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> BuiltReport:
        return self._build("poster", db, team_id, options, out, progress, cancel)

    def builders(self) -> Builders:
        return Builders(plan=self.plan, poster=self.poster)
