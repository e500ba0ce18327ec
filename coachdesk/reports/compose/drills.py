"""Section "drills": each rep's readiness on the basic questions, rubric average and certification, and the
questions the team answers worst — the figures `coachdesk readiness` reports (store/drills/readiness)."""

from __future__ import annotations

from coachdesk.core.drills.readiness import RepReadiness
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.labels import day
from coachdesk.reports.compose.strings import count, percent, score, t
from coachdesk.reports.document import Block, Column, Figure, KeyFigures, Section, Table, Tone

WEAKEST_SHOWN = 5


def compose_drills(ctx: PlanContext) -> Section:
    lang = ctx.lang
    view = ctx.readiness
    team = view.readiness
    blocks: list[Block] = [
        KeyFigures((Figure(t("drills.mean", lang), percent(team.mean, lang)),
                    Figure(t("drills.drilled", lang), t("drills.of", lang, part=team.drilled, whole=len(team.reps))),
                    Figure(t("drills.certified", lang), count(team.certified)),
                    Figure(t("drills.pass_mark", lang), f"{view.pass_mark:g} / 5"))),
        readiness_table(ctx, sorted_reps(ctx)),
        weakest_table(ctx),
    ]
    return Section(t("section.drills", lang), tuple(blocks), key="drills")


def sorted_reps(ctx: PlanContext, member_ids: set[int] | None = None) -> list[RepReadiness]:
    """As `coachdesk readiness` orders them: most ready first, then by name."""
    view = ctx.readiness
    reps = [r for r in view.readiness.reps if member_ids is None or r.member_id in member_ids]
    return sorted(reps, key=lambda r: (-r.readiness, view.names.get(r.member_id, "")))


def certified_text(rep: RepReadiness, lang: str) -> str:
    return t("drills.certified_on", lang, date=day(rep.certified_on)) if rep.certified else t("word.no", lang)


def readiness_table(ctx: PlanContext, reps: list[RepReadiness]) -> Table:
    lang = ctx.lang
    names = ctx.readiness.names
    rows = tuple((names.get(r.member_id, str(r.member_id)), percent(r.readiness, lang),
                  f"{r.basic_well}/{r.basic_total}", score(r.rubric_average), certified_text(r, lang),
                  count(r.entries), day(r.last_drilled)) for r in reps)
    tones = tuple(Tone.GOOD if r.certified else (Tone.WARNING if r.entries == 0 else Tone.NORMAL) for r in reps)
    columns = (Column(t("col.rep", lang), width=1.2), Column(t("col.readiness", lang), "right", 0.8),
               Column(t("col.basic_well", lang), "right", 0.8), Column(t("col.rubric", lang), "right", 0.7),
               Column(t("col.certified", lang), width=1.1), Column(t("col.entries", lang), "right", 0.6),
               Column(t("col.last_drilled", lang), width=0.9))
    return Table(columns, rows, tones, caption=t("drills.per_rep", lang), empty=t("drills.no_reps", lang))


def weakest_table(ctx: PlanContext) -> Table:
    lang = ctx.lang
    view = ctx.readiness
    weak = view.readiness.weakest_questions[:WEAKEST_SHOWN]
    rows = tuple((view.questions.get(w.question_id, ""), percent(w.share_well, lang), count(w.answers))
                 for w in weak)
    return Table((Column(t("col.question", lang), width=4.0), Column(t("col.answered_well", lang), "right", 0.9),
                  Column(t("col.answers", lang), "right", 0.6)), rows, caption=t("drills.weakest", lang),
                 empty=t("drills.no_weak", lang))


def weakest_question_of(ctx: PlanContext, member_id: int) -> str:
    """The basic question this rep answers worst (recency-weighted), "" when none scored below one half."""
    rep = next((r for r in ctx.readiness.readiness.reps if r.member_id == member_id), None)
    if rep is None or not rep.question_scores:
        return ""
    question_id, share = min(rep.question_scores.items(), key=lambda item: (item[1], item[0]))
    return ctx.readiness.questions.get(question_id, "") if share < 0.5 else ""
