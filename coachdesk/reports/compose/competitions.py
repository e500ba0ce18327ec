"""Section "competitions": the groups and their standing in the running contest, its morning-contest winners,
the support noted for the reps below the middle, and the promises (rewards, penalties) still to keep. Without a
running contest the section says so and shows the groups alone."""

from __future__ import annotations

from coachdesk.core.competitions.standings import Standing, lagging
from coachdesk.reports.compose.context import PlanContext, RunningContest
from coachdesk.reports.compose.labels import day, promise_kind
from coachdesk.reports.compose.strings import count, money, points_pct, t
from coachdesk.reports.document import Block, Column, Heading, Paragraph, Section, Table, Tone


def compose_competitions(ctx: PlanContext) -> Section:
    lang = ctx.lang
    running = ctx.contest
    blocks: list[Block] = []
    if running is None:
        blocks += [Paragraph(t("contest.none", lang), Tone.MUTED), _groups_only(ctx)]
    else:
        contest = running.summary.contest
        blocks += [Paragraph(t("contest.lead", lang, name=contest.name, start=day(contest.starts_on),
                               end=day(contest.ends_on), through=day(running.standings.through)), Tone.LEAD),
                   _standings_table(ctx, running)]
        blocks += [Heading(t("contest.morning", lang), 2), _morning_table(ctx, running)]
        blocks += [Heading(t("contest.support", lang), 2), _support_table(ctx, running)]
        blocks += [Heading(t("contest.promises", lang), 2), _promises_table(ctx, running)]
    return Section(t("section.competitions", lang), tuple(blocks), key="competitions")


def score_text(standing: Standing, running: RunningContest, lang: str) -> str:
    """What a board ranks: % of target in target and race contests, else points."""
    if running.summary.contest.rules.kind.uses_targets and standing.progress is not None:
        return points_pct(standing.progress, lang)
    return t("contest.points", lang, points=f"{standing.score:,.0f}")


def group_standing(running: RunningContest | None, group_id: int) -> Standing | None:
    if running is None:
        return None
    return next((s for s in running.standings.groups if s.id == group_id), None)


def _groups_only(ctx: PlanContext) -> Table:
    lang = ctx.lang
    rows = tuple((g.name, g.leader_name or "—", g.slogan, g.goal, count(len(g.member_ids))) for g in ctx.groups)
    return Table((Column(t("col.group", lang)), Column(t("col.leader", lang)), Column(t("col.slogan", lang), width=1.6),
                  Column(t("col.goal", lang), width=1.6), Column(t("col.members", lang), "right", 0.6)), rows,
                 empty=t("groups.none", lang))


def _standings_table(ctx: PlanContext, running: RunningContest) -> Table:
    lang = ctx.lang
    slogans = {g.id: g for g in ctx.groups}
    board = running.standings.groups or running.standings.reps
    rows = []
    for s in board:
        group = slogans.get(s.id) if s.is_group else None
        rows.append((str(s.rank), s.label, group.slogan if group else "", score_text(s, running, lang),
                     f"{s.points:,.1f}", count(s.deals), money(s.revenue_cents)))
    tones = tuple(Tone.STRONG if s.rank == 1 else Tone.NORMAL for s in board)
    columns = (Column("#", "right", 0.3), Column(t("col.group", lang) if running.standings.groups
                                                 else t("col.rep", lang), width=1.2),
               Column(t("col.slogan", lang), width=1.8), Column(t("col.score", lang), "right", 0.8),
               Column(t("col.points", lang), "right", 0.7), Column(t("fig.deals", lang), "right", 0.6),
               Column(t("fig.revenue", lang), "right", 1.0))
    return Table(columns, tuple(rows), tones, caption=t("contest.standings", lang),
                 empty=t("contest.not_started", lang))


def _morning_table(ctx: PlanContext, running: RunningContest) -> Table:
    lang = ctx.lang
    rows = tuple((day(m.day), m.topic, m.winner or "—") for m in running.morning)
    return Table((Column(t("col.date", lang), width=0.8), Column(t("col.topic", lang), width=2.4),
                  Column(t("col.winner", lang), width=1.0)), rows, empty=t("contest.no_morning", lang))


def _support_table(ctx: PlanContext, running: RunningContest) -> Table:
    lang = ctx.lang
    ranks = {s.id: s for s in running.standings.reps}
    shown = [s.id for s in lagging(running.standings.reps)]
    shown += [mid for mid in sorted(running.support, key=lambda m: ranks[m].rank if m in ranks else 10**6)
              if mid not in shown]
    rows = []
    for member_id in shown:
        note = running.support.get(member_id)
        standing = ranks.get(member_id)
        member = ctx.member_by_id.get(member_id)
        name = member.name if member else (standing.label if standing else str(member_id))
        rows.append((name, str(standing.rank) if standing else "—", (note.supporter or "—") if note else "—",
                     note.chance if note else "", note.note if note else t("contest.no_note", lang)))
    tones = tuple(Tone.NORMAL if running.support.get(m) else Tone.WARNING for m in shown)
    return Table((Column(t("col.rep", lang), width=1.0), Column("#", "right", 0.3),
                  Column(t("col.supporter", lang), width=0.9), Column(t("col.chance", lang), width=1.6),
                  Column(t("col.notes", lang), width=2.2)), tuple(rows), tones, empty=t("contest.no_support", lang))


def _promises_table(ctx: PlanContext, running: RunningContest) -> Table:
    lang = ctx.lang
    rows = []
    tones = []
    for p in running.ledger_promises:
        if p.delivered_on is not None:
            state, tone = t("promise.kept", lang, date=day(p.delivered_on)), Tone.GOOD
        elif running.contest_over:
            state, tone = t("promise.broken", lang), Tone.WARNING
        else:
            state, tone = t("promise.to_keep", lang), Tone.NORMAL
        rows.append((promise_kind(p.kind.value, lang), p.to_whom_label, p.for_what, day(p.promised_on), state))
        tones.append(tone)
    return Table((Column(t("col.kind", lang), width=0.6), Column(t("col.to_whom", lang), width=1.0),
                  Column(t("col.for_what", lang), width=2.2), Column(t("col.promised_on", lang), width=0.8),
                  Column(t("col.status", lang), width=1.0)), tuple(rows), tuple(tones),
                 empty=t("contest.no_promises", lang))
