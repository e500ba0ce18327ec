"""The wall poster: one landscape page with a panel per group — its name, slogan, goal, leader and members, and
its rank and score in the running contest (none without one). Shares the plan's options (day, language, paper)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coachdesk.reports.compose import document_frame as frame
from coachdesk.reports.compose.competitions import group_standing, score_text
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.labels import day
from coachdesk.reports.compose.strings import t
from coachdesk.reports.document import Document, Orientation, Poster, PosterGroup
from coachdesk.reports.options import PlanOptions


def compose_poster(session: Session, team_id: int, options: PlanOptions, *, printed: dt.date | None = None
                   ) -> Document:
    ctx = PlanContext(session, team_id, options)
    lang = ctx.lang
    running = ctx.contest
    panels = []
    for group in ctx.groups:
        standing = group_standing(running, group.id)
        members = tuple(ctx.member_by_id[m].name for m in group.member_ids if m in ctx.member_by_id)
        panels.append(PosterGroup(
            name=group.name, slogan=group.slogan, goal=group.goal,
            rank=standing.rank if standing else None,
            score=score_text(standing, running, lang) if standing and running else "",
            lines=members, leader=group.leader_name))
    name = ctx.team.name
    if running is not None:
        contest = running.summary.contest
        subtitle = t("poster.contest", lang, name=contest.name, start=day(contest.starts_on), end=day(contest.ends_on),
                     through=day(running.standings.through))
    else:
        subtitle = t("poster.no_contest", lang, date=options.as_of.isoformat())
    poster = Poster(title=name, subtitle=subtitle, groups=tuple(panels),
                    footer=frame.footer(frame.printed_on(printed), lang), empty=t("groups.none", lang))
    return Document(title=t("poster.title", lang, team=name), language=lang, poster=poster, paper=options.paper,
                    orientation=Orientation.LANDSCAPE, header=frame.header(name, options.as_of, lang),
                    footer=poster.footer, page_label=frame.page_label(lang), author="coachdesk",
                    subject=t("poster.title", lang, team=name), keywords=(name, options.as_of.isoformat()))
