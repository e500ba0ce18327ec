"""Sections "group": one page per group for its leader — the group's figures, each member's coaching focus
(support needs from the activity, the weakest drill question, certification, the contest's support note) and the
actions owned by the group's leader or members."""

from __future__ import annotations

from coachdesk.core.activity.metrics import Totals
from coachdesk.core.roster.model import GroupRow
from coachdesk.reports.compose.actions import action_table
from coachdesk.reports.compose.activity import support_needs
from coachdesk.reports.compose.competitions import group_standing, score_text
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.drills import weakest_question_of
from coachdesk.reports.compose.labels import role_name
from coachdesk.reports.compose.strings import count, money, percent, t
from coachdesk.reports.document import Block, Column, Figure, Heading, KeyFigures, Paragraph, Section, Table, Tone


def compose_groups(ctx: PlanContext) -> tuple[Section, ...]:
    return tuple(compose_group(ctx, group) for group in ctx.groups)


def group_totals(ctx: PlanContext, group_id: int) -> Totals:
    return next((g.totals for g in ctx.activity.groups if g.key == str(group_id)), Totals())


def compose_group(ctx: PlanContext, group: GroupRow) -> Section:
    lang = ctx.lang
    totals = group_totals(ctx, group.id)
    figures = [Figure(t("col.members", lang), count(len(group.member_ids))),
               Figure(t("fig.calls", lang), count(totals.calls)),
               Figure(t("fig.connect_rate", lang), percent(totals.connect_rate, lang, 1)),
               Figure(t("fig.deals", lang), count(totals.deals)),
               Figure(t("fig.conversion", lang), percent(totals.conversion, lang, 1)),
               Figure(t("fig.revenue", lang), money(totals.revenue_cents))]
    standing = group_standing(ctx.contest, group.id)
    if standing is not None and ctx.contest is not None:
        figures.append(Figure(t("contest.rank", lang), f"#{standing.rank}", score_text(standing, ctx.contest, lang),
                              Tone.STRONG if standing.rank == 1 else Tone.NORMAL))
    blocks: list[Block] = [Paragraph(t("group.leader", lang, name=group.leader_name or "—"), Tone.LEAD)]
    if group.slogan:
        blocks.append(Paragraph(t("group.slogan", lang, text=group.slogan)))
    if group.goal:
        blocks.append(Paragraph(t("group.goal", lang, text=group.goal)))
    blocks += [Paragraph(t("group.period", lang, start=ctx.activity.period.start.isoformat(),
                           end=ctx.activity.period.end.isoformat()), Tone.MUTED),
               KeyFigures(tuple(figures)),
               Heading(t("group.focus", lang), 2, toc=False), _focus_table(ctx, group),
               Heading(t("group.actions", lang), 2, toc=False)]
    owners = set(group.member_ids) | ({group.leader_id} if group.leader_id is not None else set())
    mine = [a for a in ctx.actions if a.owner_member_id in owners]
    blocks.append(action_table(mine, ctx))
    return Section(t("section.group", lang, name=group.name), tuple(blocks), key="group", new_page=True)


def _focus_table(ctx: PlanContext, group: GroupRow) -> Table:
    lang = ctx.lang
    needs = {n.member.id: n for n in support_needs(ctx)}
    readiness = {r.member_id: r for r in ctx.readiness.readiness.reps}
    rep_totals = {int(r.key): r.totals for r in ctx.activity.reps}
    notes = ctx.contest.support if ctx.contest else {}
    rows = []
    tones = []
    for member_id in group.member_ids:
        member = ctx.member_by_id.get(member_id)
        if member is None:
            continue
        focus: list[str] = []
        need = needs.get(member_id)
        if need is not None:
            focus += need.reasons
        weakest = weakest_question_of(ctx, member_id)
        if weakest:
            focus.append(t("focus.weakest", lang, question=weakest))
        rep = readiness.get(member_id)
        if rep is not None and not rep.certified:
            focus.append(t("focus.not_certified", lang))
        note = notes.get(member_id)
        if note is not None and (note.chance or note.note):
            focus.append(t("focus.support_note", lang, note=" — ".join(x for x in (note.chance, note.note) if x)))
        mine = rep_totals.get(member_id)
        rows.append((member.name, role_name(member.role.value, lang), count(mine.calls) if mine else "0",
                     percent(mine.connect_rate if mine else None, lang, 1),
                     percent(mine.conversion if mine else None, lang, 1),
                     percent(rep.readiness, lang) if rep else "—", t("list.sep", lang).join(focus) or "—"))
        tones.append(Tone.WARNING if need is not None else Tone.NORMAL)
    columns = (Column(t("col.member", lang), width=1.0), Column(t("col.role", lang), width=0.7),
               Column(t("fig.calls", lang), "right", 0.6), Column(t("fig.connect_rate", lang), "right", 0.7),
               Column(t("fig.conversion", lang), "right", 0.7), Column(t("col.readiness", lang), "right", 0.7),
               Column(t("col.focus", lang), width=3.0))
    return Table(columns, tuple(rows), tuple(tones), empty=t("group.no_members", lang))
