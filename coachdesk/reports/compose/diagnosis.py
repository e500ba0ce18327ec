"""Section "diagnosis": the stage mix as a bar, the principal contradiction with the evidence and its figures as
the diagnosis states them, the stage survey's latest round and the stage timeline the manager recorded."""

from __future__ import annotations

from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.core.lifecycle.survey import MAX_SCORE
from coachdesk.reports.compose.context import PlanContext
from coachdesk.reports.compose.labels import day, history_kind, stage_name
from coachdesk.reports.compose.strings import percent, score, t
from coachdesk.reports.document import (
    Block,
    Bullets,
    Column,
    Heading,
    Paragraph,
    Section,
    Segment,
    StageBar,
    Table,
    Tone,
)
from coachdesk.store.lifecycle.diagnosis import stage_history
from coachdesk.store.lifecycle.survey import team_result


def compose_diagnosis(ctx: PlanContext) -> Section:
    lang = ctx.lang
    data = ctx.diagnosis_data
    mix = data["stage_mix"]
    pc = data["principal_contradiction"]
    blocks: list[Block] = [
        Paragraph(t("diagnosis.lead", lang, stage=stage_name(data["top_stage"], lang),
                    confidence=f"{data['confidence']:.2f}"), Tone.LEAD),
        StageBar(t("diagnosis.mix", lang), tuple(Segment(stage_name(s, lang), float(mix[s.value]), s.value)
                                                 for s in STAGES)),
        Heading(t("diagnosis.contradiction", lang), 2),
        Paragraph(pc["summary"], Tone.STRONG),
    ]
    if pc["evidence"]:
        blocks.append(Bullets(tuple(e["text"] for e in pc["evidence"])))
    blocks += [Heading(t("diagnosis.evidence", lang), 2), _evidence_table(ctx)]
    if data["missing_data"]:
        blocks += [Paragraph(t("diagnosis.missing", lang), Tone.MUTED), Bullets(tuple(data["missing_data"]),
                                                                                 Tone.MUTED)]
    blocks += [Heading(t("diagnosis.survey", lang), 2), *_survey(ctx)]
    blocks += [Heading(t("diagnosis.timeline", lang), 2), _timeline(ctx)]
    return Section(t("section.diagnosis", lang), tuple(blocks), key="diagnosis")


def _evidence_table(ctx: PlanContext) -> Table:
    lang = ctx.lang
    names = {s["id"]: s["name"] for s in ctx.diagnosis_data["signals"]}
    rows = tuple((names.get(e["signal"], e["signal"]), stage_name(e["stage"], lang), percent(e["share"], lang),
                  e["text"]) for e in ctx.diagnosis_data["evidence"])
    columns = (Column(t("col.signal", lang), width=1.2), Column(t("col.points_to", lang), width=0.8),
               Column(t("col.weight", lang), "right", 0.6), Column(t("col.finding", lang), width=3.4))
    return Table(columns, rows, empty=t("diagnosis.no_evidence", lang), note=t("diagnosis.evidence_note", lang))


def _survey(ctx: PlanContext) -> list[Block]:
    lang = ctx.lang
    result = team_result(ctx.session, ctx.team_id, ctx.as_of)
    if result is None:
        return [Paragraph(t("diagnosis.no_survey", lang), Tone.MUTED)]
    reading = result.reading
    rows = tuple((stage_name(s, lang), f"{result.means[s]:.1f} / {MAX_SCORE}") for s in STAGES)
    tones = tuple(Tone.STRONG if s is reading.stage else Tone.NORMAL for s in STAGES)
    lead = t("diagnosis.survey_lead", lang, responses=result.responses, first=day(result.first_answered),
             last=day(result.last_answered), stage=stage_name(reading.stage, lang))
    return [Paragraph(lead), Table((Column(t("col.stage", lang)), Column(t("col.mean_score", lang), "right")),
                                   rows, tones)]


def _timeline(ctx: PlanContext) -> Table:
    lang = ctx.lang
    history = stage_history(ctx.session, ctx.team_id)
    rows = tuple((day(r.as_of), history_kind(r.kind, lang), stage_name(r.stage, lang),
                  stage_name(r.diagnosed_stage, lang), score(r.confidence), r.reason or r.contradiction_summary)
                 for r in history if r.as_of <= ctx.as_of)
    columns = (Column(t("col.date", lang), width=0.9), Column(t("col.kind", lang), width=0.8),
               Column(t("col.stage", lang), width=0.7), Column(t("col.diagnosed", lang), width=0.7),
               Column(t("col.confidence", lang), "right", 0.6), Column(t("col.reason", lang), width=3.0))
    return Table(columns, rows, empty=t("diagnosis.no_history", lang))
