"""The stage survey as a signal: what the team says about itself, weighted by how recent it is."""

from __future__ import annotations

from collections.abc import Iterable

from coachdesk.core.lifecycle.facts import TeamFacts
from coachdesk.core.lifecycle.signals import MATURITY, STAGE_SIGN, Signal, clamp, missing, support
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import team_result
from coachdesk.core.lifecycle.thresholds import Thresholds

SURVEY_WEIGHT = 3.0  # a fresh survey counts as much as the two strongest data signals together


class SurveySignal:
    id = "survey"

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        used = {"survey_half_life_days": limits.survey_half_life_days,
                "survey_max_age_days": limits.survey_max_age_days}
        result = team_result(facts.survey, facts.as_of)
        if result is None:
            yield missing("survey", "no_survey", SURVEY_WEIGHT, used)
            return
        age = result.age_days(facts.as_of)
        if age > limits.survey_max_age_days:
            yield missing("survey", "old_survey", SURVEY_WEIGHT, used, days=age, last=result.last_answered.isoformat())
            return
        recency = 0.5 ** (age / limits.survey_half_life_days)
        reading = result.reading
        points = {reading.stage.value: 1.0}
        if reading.transition is not None:
            other = next(s for s in reading.transition if s is not reading.stage)
            points = {reading.stage.value: 0.6, other.value: 0.4}
        # A high storming score is itself a problem: open conflict, doubt about the targets.
        storming = result.means[Stage.STORMING]
        severity = 0.5 * clamp((storming - 24) / 16) if reading.stage is Stage.STORMING else 0.0
        finding = "transition" if reading.transition else ("clear" if reading.clear else "leaning")
        params: dict[str, object] = {
            "stage": reading.stage.value, "responses": result.responses, "age_days": age,
            "answered_on": result.last_answered.isoformat(), "recency_pct": round(recency * 100),
            "score": round(result.means[reading.stage], 1),
            **{f"{s.value}_score": round(result.means[s], 1) for s in STAGES},
        }
        if reading.transition:
            params["other"] = next(s for s in reading.transition if s is not reading.stage).value
        # The team saying it works as a mature team is positive evidence of maturity.
        kind = MATURITY if Stage.PERFORMING.value in points else STAGE_SIGN
        yield Signal("survey", result.means[reading.stage], finding, support(**points), severity,
                     SURVEY_WEIGHT * recency, used, params, full_weight=SURVEY_WEIGHT, kind=kind)
