"""The cover: who the plan is for, on which day, the diagnosed stage and the principal contradiction in one line —
the same sentence `coachdesk diagnose --json` gives as ``principal_contradiction.summary``."""

from __future__ import annotations

from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.labels import day, stage_name
from coachdesk.reports.compose.strings import count, t
from coachdesk.reports.document import Cover


def compose_cover(ctx: PlanContext) -> Cover:
    lang = ctx.lang
    data = ctx.diagnosis_data
    team = ctx.team
    manager = ctx.manager
    lines = (
        (t("cover.manager", lang), manager.name if manager else "—"),
        (t("cover.product", lang), team.product or "—"),
        (t("cover.formed_on", lang), day(team.formed_on)),
        (t("cover.active_members", lang), count(len(ctx.active_members))),
        (t("cover.groups", lang), count(len(ctx.groups))),
    )
    top = data["top_stage"]
    return Cover(title=team.name, subtitle=t("cover.subtitle", lang, date=ctx.as_of.isoformat()), lines=lines,
                 badge=_capitalised(stage_name(top, lang)), stage=top,
                 statement=data["principal_contradiction"]["summary"], statement_label=t("cover.statement", lang))


def _capitalised(name: str) -> str:
    """The stage's name as the badge's first word ("storming" → "Storming"; Chinese unchanged)."""
    return name[:1].upper() + name[1:]
