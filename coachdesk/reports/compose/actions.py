"""Section "plan": the practices the diagnosis prescribes (why and how) and the current plan's actions with their
owner, due date and a box to tick by hand. The rows are the actions `coachdesk plan actions --json` lists, in its
order and with its titles, owners and due dates; overdue ones (carried over or not) are marked."""

from __future__ import annotations

from collections.abc import Sequence

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.labels import cadence_name, day, owner_text, role_name, stage_name, status_name
from coachdesk.reports.compose.strings import t
from coachdesk.reports.document import Block, Bullets, Column, Heading, Paragraph, Section, Table, Tone


def compose_actions(ctx: PlanContext) -> Section:
    lang = ctx.lang
    blocks: list[Block] = [Heading(t("plan.practices", lang), 2)]
    practices = ctx.diagnosis.contradiction.prescription
    if not practices:
        blocks.append(Paragraph(t("plan.no_practices", lang), Tone.MUTED))
    for practice in practices:
        blocks += [Heading(pick(practice.title, lang), 3, toc=False),
                   Paragraph(t("plan.practice_line", lang, owner=role_name(practice.owner.value, lang),
                               cadence=cadence_name(practice.cadence.value, lang),
                               stage=stage_name(practice.stage, lang)), Tone.MUTED),
                   Paragraph(pick(practice.why, lang))]
        steps = practice.steps(lang)
        if steps:
            blocks.append(Bullets(tuple(steps)))
    blocks.append(Heading(t("plan.actions", lang), 2))
    plan = ctx.plan
    if plan is None:
        blocks.append(Paragraph(t("plan.no_plan", lang), Tone.MUTED))
    else:
        blocks.append(Paragraph(t("plan.current", lang, date=day(plan.created_on), stage=stage_name(plan.stage, lang),
                                  summary=plan.contradiction_summary)))
        blocks.append(action_table(ctx.actions, ctx, t("plan.actions_caption", lang)))
        if plan.notes:
            blocks.append(Paragraph(plan.notes, Tone.MUTED))
    return Section(t("section.plan", lang), tuple(blocks), key="plan")


def action_flags(action: ActionRow, ctx: PlanContext) -> str:
    lang = ctx.lang
    words = [status_name(action.status.value, lang)]
    if action.overdue(ctx.as_of):
        words.append(t("plan.overdue", lang))
    if action.carried_over:
        words.append(t("plan.carried_over", lang))
    return t("list.sep", lang).join(words)


def action_tone(action: ActionRow, ctx: PlanContext) -> Tone:
    if action.overdue(ctx.as_of):
        return Tone.WARNING
    return Tone.NORMAL if action.status is ActionStatus.OPEN else Tone.MUTED


def action_table(actions: Sequence[ActionRow], ctx: PlanContext, caption: str = "") -> Table:
    """Columns: the action (with a box to tick), owner, due, status (overdue / carried over), notes."""
    lang = ctx.lang
    columns = (Column(t("col.action", lang), width=2.4, checkbox=True), Column(t("col.owner", lang), width=0.9),
               Column(t("col.due", lang), width=0.9), Column(t("col.status", lang), width=1.0),
               Column(t("col.notes", lang), width=2.0))
    rows = tuple((a.title, owner_text(a, lang), day(a.due_on), action_flags(a, ctx), a.notes) for a in actions)
    overdue = sum(1 for a in actions if a.overdue(ctx.as_of))
    note = t("plan.overdue_note", lang, count=overdue, date=ctx.as_of.isoformat()) if overdue else ""
    return Table(columns, rows, tuple(action_tone(a, ctx) for a in actions), caption=caption,
                 empty=t("plan.no_actions", lang), note=note)
