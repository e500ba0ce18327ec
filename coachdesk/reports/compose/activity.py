"""Section "activity": calls, connects and deals week by week over the last eight weeks, the figures per group,
and the reps who need support — those whose connect rate or conversion lags well behind the team's, and sellers
who recorded nothing. Every figure is the store's (store/activity/stats) for the period ``activity_period``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coachdesk.core.activity.metrics import Totals
from coachdesk.core.roster.model import MemberRow
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.strings import count, money, percent, t
from coachdesk.reports.document import Block, Chart, Column, Figure, KeyFigures, Paragraph, Section, Series, Table, Tone

# A rep needs support below these shares of the team's rate (with enough calls for the rate to mean something).
CONNECT_SHARE = 0.8
CONVERSION_SHARE = 0.7
MIN_CALLS = 50


def compose_activity(ctx: PlanContext) -> Section:
    lang = ctx.lang
    act = ctx.activity
    blocks: list[Block] = [
        Paragraph(t("activity.lead", lang, start=act.period.start.isoformat(), end=act.period.end.isoformat())),
        KeyFigures(totals_figures(act.team, lang)),
    ]
    categories = tuple(w.day.strftime("%m-%d") for w in act.weeks)

    def values(pick: str) -> tuple[float | None, ...]:
        return tuple(float(getattr(w.totals, pick)) if w.day in act.recorded else None for w in act.weeks)

    empty = t("activity.no_activity", lang)
    blocks += [
        Chart(t("activity.chart_calls", lang), categories,
              (Series(t("fig.calls", lang), values("calls")), Series(t("fig.connects", lang), values("connected"))),
              "bar", y_label=t("activity.per_week", lang), empty=empty),
        Chart(t("activity.chart_deals", lang), categories, (Series(t("fig.deals", lang), values("deals")),),
              "bar", y_label=t("activity.per_week", lang), empty=empty),
        _group_table(ctx),
        _support_table(ctx),
    ]
    return Section(t("section.activity", lang), tuple(blocks), key="activity")


def totals_figures(totals: Totals, lang: str) -> tuple[Figure, ...]:
    return (Figure(t("fig.calls", lang), count(totals.calls)),
            Figure(t("fig.connects", lang), count(totals.connected)),
            Figure(t("fig.connect_rate", lang), percent(totals.connect_rate, lang, 1)),
            Figure(t("fig.deals", lang), count(totals.deals)),
            Figure(t("fig.conversion", lang), percent(totals.conversion, lang, 1)),
            Figure(t("fig.revenue", lang), money(totals.revenue_cents)))


def totals_cells(totals: Totals, lang: str) -> tuple[str, ...]:
    return (count(totals.calls), count(totals.connected), percent(totals.connect_rate, lang, 1),
            count(totals.deals), percent(totals.conversion, lang, 1), money(totals.revenue_cents))


def totals_columns(lang: str) -> tuple[Column, ...]:
    return (Column(t("fig.calls", lang), "right"), Column(t("fig.connects", lang), "right"),
            Column(t("fig.connect_rate", lang), "right"), Column(t("fig.deals", lang), "right"),
            Column(t("fig.conversion", lang), "right"), Column(t("fig.revenue", lang), "right", 1.2))


def _group_table(ctx: PlanContext) -> Table:
    lang = ctx.lang
    act = ctx.activity
    rows = [(g.label or t("activity.no_group", lang), *totals_cells(g.totals, lang)) for g in act.groups]
    rows.append((t("activity.total", lang), *totals_cells(act.team, lang)))
    tones = (Tone.NORMAL,) * len(act.groups) + (Tone.STRONG,)
    return Table((Column(t("col.group", lang), width=1.4), *totals_columns(lang)), tuple(rows), tones,
                 caption=t("activity.by_group", lang))


@dataclass(frozen=True)
class SupportNeed:
    member: MemberRow
    totals: Totals | None  # None: a seller who recorded nothing in the period
    reasons: tuple[str, ...]


def support_needs(ctx: PlanContext) -> tuple[SupportNeed, ...]:
    """Reps on the roster whose rates lag the team's, and silent sellers, in employee-id order."""
    lang = ctx.lang
    act = ctx.activity
    team = act.team
    found: list[SupportNeed] = []
    recorded = {int(r.key): r.totals for r in act.reps}
    for member in ctx.members:
        if not member.role.sells or not member.on_roster(act.period.end):
            continue
        mine = recorded.get(member.id)
        if mine is None or mine.calls == 0:
            if team.calls:
                found.append(SupportNeed(member, mine, (t("support.silent", lang),)))
            continue
        reasons: list[str] = []
        if mine.calls >= MIN_CALLS and _below(mine.connect_rate, team.connect_rate, CONNECT_SHARE):
            reasons.append(t("support.connect", lang, mine=percent(mine.connect_rate, lang, 1),
                             team=percent(team.connect_rate, lang, 1)))
        if mine.connected and _below(mine.conversion, team.conversion, CONVERSION_SHARE):
            reasons.append(t("support.conversion", lang, mine=percent(mine.conversion, lang, 1),
                             team=percent(team.conversion, lang, 1)))
        if reasons:
            found.append(SupportNeed(member, mine, tuple(reasons)))
    return tuple(found)


def _below(value: float | None, team: float | None, share: float) -> bool:
    return value is not None and team is not None and value < share * team


def support_table(needs: Sequence[SupportNeed], ctx: PlanContext, caption: str = "") -> Table:
    lang = ctx.lang
    rows = tuple((n.member.name, n.member.group_name or "—", count(n.totals.calls) if n.totals else "0",
                  percent(n.totals.connect_rate if n.totals else None, lang, 1),
                  percent(n.totals.conversion if n.totals else None, lang, 1),
                  t("list.sep", lang).join(n.reasons)) for n in needs)
    columns = (Column(t("col.rep", lang), width=1.1), Column(t("col.group", lang), width=1.0),
               Column(t("fig.calls", lang), "right", 0.7), Column(t("fig.connect_rate", lang), "right", 0.8),
               Column(t("fig.conversion", lang), "right", 0.8), Column(t("col.why", lang), width=2.6))
    return Table(columns, rows, (Tone.WARNING,) * len(rows), caption=caption, empty=t("support.none", lang),
                 note=t("support.rule", lang, connect=percent(CONNECT_SHARE, lang),
                        conversion=percent(CONVERSION_SHARE, lang), calls=MIN_CALLS))


def _support_table(ctx: PlanContext) -> Table:
    return support_table(support_needs(ctx), ctx, t("activity.support", ctx.lang))
