"""A diagnosis in words and plain data: what the CLI prints as JSON, the GUI shows and history stores."""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.stages import STAGES
from coachdesk.core.lifecycle.wording import Wording, default_wording


@dataclass(frozen=True)
class ContradictionText:
    summary: str
    evidence: tuple[str, ...]  # one sentence per signal it rests on, citing the figures


def contradiction_text(diagnosis: Diagnosis, lang: str = "en", wording: Wording | None = None) -> ContradictionText:
    words = wording or default_wording()
    pc = diagnosis.contradiction
    sentences = tuple(words.describe(diagnosis.signal(sid), lang) for sid in pc.signals)
    if pc.kind == "growth":
        summary = words.growth_summary(pc.stage, sentences[0], lang)
    elif pc.kind == "no_data":
        notes = sorted({words.missing_note(s, lang) for s in diagnosis.missing})
        summary = words.no_data_summary(notes, lang)
    elif len(sentences) == 2:
        summary = words.join(sentences[0], sentences[1], lang)
    else:
        summary = sentences[0]
    return ContradictionText(summary, sentences)


def diagnosis_dict(diagnosis: Diagnosis, lang: str = "en", wording: Wording | None = None) -> dict[str, object]:
    """JSON-ready: stage_mix, top_stage, confidence, principal_contradiction, evidence, signals, missing_data,
    reasoning (the weighing rules that shaped the mix)."""
    words = wording or default_wording()
    text = contradiction_text(diagnosis, lang, words)
    pc = diagnosis.contradiction
    return {
        "team_id": diagnosis.team_id,
        "as_of": diagnosis.as_of.isoformat(),
        "stage_mix": {stage.value: diagnosis.stage_mix[stage] for stage in STAGES},  # 6 places, sums to 1
        "top_stage": diagnosis.top_stage.value,
        "confidence": diagnosis.confidence,
        "principal_contradiction": {
            "kind": pc.kind,
            "signal": pc.signal,
            "stage": pc.stage.value,
            "summary": text.summary,
            "evidence": [{"signal": sid, "value": diagnosis.signal(sid).value,
                          "figures": diagnosis.signal(sid).params, "text": sentence}
                         for sid, sentence in zip(pc.signals, text.evidence, strict=True)],
            "prescription": [{"id": p.id, "title": pick(p.title, lang), "owner": p.owner.value,
                              "cadence": p.cadence.value} for p in pc.prescription],
        },
        "evidence": [{"signal": e.signal, "stage": e.stage.value, "share": round(e.share, 4),
                      "text": words.describe(diagnosis.signal(e.signal), lang)} for e in diagnosis.evidence],
        "signals": [{"id": s.id, "name": words.name(s.id, lang), "value": s.value, "finding": s.finding,
                     "severity": round(s.severity, 3), "weight": round(s.weight, 3),
                     "points_to": [st.value for st in s.stages], "thresholds": s.thresholds,
                     "text": words.describe(s, lang)} for s in diagnosis.signals],
        "missing_data": sorted({words.missing_note(s, lang) for s in diagnosis.missing}),
        "reasoning": [{"rule": code, "text": words.reasoning_note(code, lang)} for code in diagnosis.reasoning],
    }
