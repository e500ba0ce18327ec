"""The printed coaching plan of one team on one day: the cover, then the sections the reader picked
(PlanOptions.sections) in print order, each composed by its own module from one PlanContext."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from coachdesk.reports.compose import document_frame as frame
from coachdesk.reports.compose.actions import compose_actions
from coachdesk.reports.compose.activity import compose_activity
from coachdesk.reports.compose.competitions import compose_competitions
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.cover import compose_cover
from coachdesk.reports.compose.diagnosis import compose_diagnosis
from coachdesk.reports.compose.drills import compose_drills
from coachdesk.reports.compose.groups import compose_groups
from coachdesk.reports.compose.strings import t
from coachdesk.reports.document import Document, Heading, Orientation, Section
from coachdesk.reports.options import PlanOptions, PlanSection

TOC_FROM = 3  # a table of contents once the plan has this many sections

_SINGLE: dict[PlanSection, Callable[[PlanContext], Section]] = {
    PlanSection.DIAGNOSIS: compose_diagnosis,
    PlanSection.PLAN: compose_actions,
    PlanSection.ACTIVITY: compose_activity,
    PlanSection.COMPETITIONS: compose_competitions,
    PlanSection.DRILLS: compose_drills,
}


def compose_plan(session: Session, team_id: int, options: PlanOptions, *, printed: dt.date | None = None
                 ) -> Document:
    """The plan as a Document (nothing is written to the store). ``printed`` is the footer's day (default today)."""
    ctx = PlanContext(session, team_id, options)
    lang = ctx.lang
    sections: list[Section] = []
    for part in PlanSection:  # the enum's order is the print order
        if not options.wants(part):
            continue
        if part is PlanSection.GROUPS:
            sections += compose_groups(ctx)
        else:
            sections.append(_SINGLE[part](ctx))
    name = ctx.team.name
    return Document(
        title=t("doc.title", lang, team=name), language=lang, sections=tuple(_titled(s) for s in sections),
        cover=compose_cover(ctx),
        paper=options.paper, orientation=Orientation.PORTRAIT, header=frame.header(name, options.as_of, lang),
        footer=frame.footer(frame.printed_on(printed), lang), page_label=frame.page_label(lang),
        toc_title=t("doc.toc", lang) if len(sections) >= TOC_FROM else "", author="coachdesk",
        subject=t("doc.subject", lang, team=name, date=options.as_of.isoformat()),
        keywords=(name, ctx.diagnosis_data["top_stage"], options.as_of.isoformat()),
    )


def _titled(section: Section) -> Section:
    """The renderer prints headings only: each section opens with its title as a level-1 heading (its line in the
    table of contents and its PDF bookmark)."""
    return replace(section, blocks=(Heading(section.title, 1), *section.blocks))
