"""The 32-item stage survey: items (from resources/survey/stage_survey.toml), scoring and its reading rules.

Scoring follows the published 32-item Tuckman team survey: eight items per stage answered 1–5, a stage's score
is the sum of its eight answers (8–40). The highest score is the stage; a score of 32 or more means the team
clearly shows it; a runner-up within 3 points suggests a transition; high forming together with high storming
reads as storming, high norming together with high performing reads as performing (when the pair are the two
highest scores).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coachdesk.core.common.local_text import LocalText, require_languages
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.lifecycle.stages import STAGES, Stage, StageMap
from coachdesk.paths import resource

ITEMS_PER_STAGE = 8
MIN_ANSWER, MAX_ANSWER = 1, 5
MIN_SCORE, MAX_SCORE = ITEMS_PER_STAGE * MIN_ANSWER, ITEMS_PER_STAGE * MAX_ANSWER
CLEAR_SCORE = 32  # a stage scored this high is clearly present
TRANSITION_GAP = 3  # a runner-up this close to the top suggests the team is between the two
# "High A together with high B reads as B": the later stage of each pair absorbs the earlier one.
COMBINED: dict[Stage, Stage] = {Stage.FORMING: Stage.STORMING, Stage.NORMING: Stage.PERFORMING}


@dataclass(frozen=True, slots=True)
class SurveyItem:
    id: str
    stage: Stage
    text: LocalText


@dataclass(frozen=True)
class Survey:
    items: tuple[SurveyItem, ...]  # in the order they are presented (stages mixed)
    scale: tuple[LocalText, ...]  # labels of the answers 1..5

    def item(self, item_id: str) -> SurveyItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)


def parse_survey(data: Mapping[str, object], where: str = "survey") -> Survey:
    raw_items = data.get("item")
    if not isinstance(raw_items, list):
        raise ValueError(f"{where}: no [[item]] entries")
    items: list[SurveyItem] = []
    for index, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, Mapping):
            raise ValueError(f"{where}: item {index} is not a table")
        item_id = str(raw.get("id", "")).strip()
        if not item_id:
            raise ValueError(f"{where}: item {index} has no id")
        items.append(SurveyItem(item_id, Stage(str(raw.get("stage"))), require_languages(raw, f"{where}.{item_id}")))
    counts = {stage: sum(1 for i in items if i.stage is stage) for stage in STAGES}
    if any(count != ITEMS_PER_STAGE for count in counts.values()):
        raise ValueError(f"{where}: expected {ITEMS_PER_STAGE} items per stage, found {counts}")
    if len({i.id for i in items}) != len(items):
        raise ValueError(f"{where}: item ids are not unique")
    scale_raw = data.get("scale")
    if not isinstance(scale_raw, Mapping):
        raise ValueError(f"{where}: no [scale] table")
    en, zh = scale_raw.get("en"), scale_raw.get("zh")
    if not (isinstance(en, list) and isinstance(zh, list) and len(en) == len(zh) == MAX_ANSWER):
        raise ValueError(f"{where}.scale: expected {MAX_ANSWER} labels in en and zh")
    scale = tuple({"en": str(e), "zh": str(z)} for e, z in zip(en, zh, strict=True))
    return Survey(tuple(items), scale)


def load_survey(path: Path | None = None) -> Survey:
    file = path or resource("survey", "stage_survey.toml")
    with open(file, "rb") as handle:
        return parse_survey(tomllib.load(handle), file.name)


@cache
def default_survey() -> Survey:
    return load_survey()


def check_answers(survey: Survey, answers: Mapping[str, int | None], field_prefix: str = "") -> dict[str, int]:
    """All items answered with 1–5, no unknown items; raise every problem at once (field = item id)."""
    errors: list[FieldError] = []
    known = set(survey.ids)
    for item_id in answers:
        if item_id not in known:
            errors.append(FieldError(f"{field_prefix}{item_id}", f"{item_id!r} is not an item of the survey"))
    clean: dict[str, int] = {}
    for item in survey.items:
        value = answers.get(item.id)
        if value is None:
            errors.append(FieldError(f"{field_prefix}{item.id}", "no answer", "required"))
        elif isinstance(value, bool) or not isinstance(value, int) or not MIN_ANSWER <= value <= MAX_ANSWER:
            errors.append(FieldError(f"{field_prefix}{item.id}", f"{value!r} is not an answer from 1 to 5",
                                     "bad_format", {"value": value}))
        else:
            clean[item.id] = value
    if errors:
        raise ValidationError(errors)
    return clean


def stage_scores(survey: Survey, answers: Mapping[str, int]) -> dict[Stage, int]:
    """Sum of each stage's eight answers (8–40). ``answers`` must be complete (see ``check_answers``)."""
    scores = dict.fromkeys(STAGES, 0)
    for item in survey.items:
        scores[item.stage] += answers[item.id]
    return scores


@dataclass(frozen=True, slots=True)
class SurveyReading:
    stage: Stage  # what the scores read as, after the combined-stage rule
    highest: Stage  # the stage with the highest score (ties: the later stage)
    clear: bool  # the stage's score is at least CLEAR_SCORE
    transition: tuple[Stage, Stage] | None  # (earlier, later) when the runner-up is within TRANSITION_GAP
    combined: bool  # the combined-stage rule decided the stage


def read_scores(scores: Mapping[Stage, float]) -> SurveyReading:
    """Apply the reading rules to per-stage scores (one response's sums or a team's means)."""
    ranked = sorted(STAGES, key=lambda s: (scores[s], s.order), reverse=True)
    highest, runner_up = ranked[0], ranked[1]
    stage, combined = highest, False
    for early, late in COMBINED.items():
        pair = {early, late}
        if {highest, runner_up} == pair and scores[early] >= CLEAR_SCORE and scores[late] >= CLEAR_SCORE:
            stage, combined = late, True
    transition = None
    if not combined and scores[highest] - scores[runner_up] <= TRANSITION_GAP:
        first, second = sorted((highest, runner_up), key=lambda s: s.order)
        transition = (first, second)
    return SurveyReading(stage, highest, scores[stage] >= CLEAR_SCORE, transition, combined)


@dataclass(frozen=True, slots=True)
class Response:
    """One filled-in questionnaire: by a member, or anonymous (``member_id`` None)."""

    answered_on: dt.date
    scores: Mapping[Stage, int]
    member_id: int | None = None


@dataclass(frozen=True)
class TeamSurveyResult:
    means: StageMap  # mean score per stage over the responses counted
    responses: int
    first_answered: dt.date
    last_answered: dt.date
    reading: SurveyReading

    def age_days(self, as_of: dt.date) -> int:
        return (as_of - self.last_answered).days


def team_result(responses: Sequence[Response], as_of: dt.date, round_days: int = 30) -> TeamSurveyResult | None:
    """The team's result as of a day: the mean per stage over the latest survey round — the responses given up
    to ``as_of`` and at most ``round_days`` before the newest of them. None when nobody has answered yet."""
    given = [r for r in responses if r.answered_on <= as_of]
    if not given:
        return None
    newest = max(r.answered_on for r in given)
    latest = [r for r in given if (newest - r.answered_on).days <= round_days]
    means = {stage: sum(r.scores[stage] for r in latest) / len(latest) for stage in STAGES}
    first = min(r.answered_on for r in latest)
    return TeamSurveyResult(means, len(latest), first, newest, read_scores(means))
