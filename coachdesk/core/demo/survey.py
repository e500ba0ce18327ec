"""Stage-survey answers for the demo teams (coachdesk/core/demo/lifecycle.py): a round answered by 60–80 % of the
selling reps, a few anonymously, whose team means read as a chosen stage under ``core.lifecycle.survey.read_scores``.
Answers are drawn per item around the stage's target score, then single answers are nudged until the reading holds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coachdesk.core.common.roster_days import on_roster
from coachdesk.core.demo.activity import is_day_off
from coachdesk.core.demo.teams import DemoMember, DemoTeam
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import CLEAR_SCORE, Survey, read_scores, stage_scores

ROUND_DAYS = 5  # a survey round is answered over a few working days
# Mean stage scores (8–40) a round aims at, by the stage it should read as: the stage clearly first, the others
# spread below it and never high enough for the transition or combined-stage rules.
SURVEY_TARGETS: dict[Stage, dict[Stage, float]] = {
    Stage.FORMING: {Stage.FORMING: 34, Stage.STORMING: 25, Stage.NORMING: 20, Stage.PERFORMING: 16},
    Stage.STORMING: {Stage.FORMING: 26, Stage.STORMING: 33.5, Stage.NORMING: 22, Stage.PERFORMING: 18},
    Stage.NORMING: {Stage.FORMING: 17, Stage.STORMING: 21, Stage.NORMING: 34, Stage.PERFORMING: 27},
    Stage.PERFORMING: {Stage.FORMING: 14, Stage.STORMING: 17, Stage.NORMING: 29, Stage.PERFORMING: 35},
}


@dataclass(frozen=True)
class DemoResponse:
    answered_on: dt.date
    employee_id: str | None  # None: anonymous
    answers: tuple[tuple[str, int], ...]  # (item id, 1–5) in the survey's order


def sellers_on(team: DemoTeam, day: dt.date) -> list[DemoMember]:
    return [m for m in team.members if m.role.sells and on_roster(m.hired_on, m.left_on, day)]


def _working_days(start: dt.date, count: int) -> list[dt.date]:
    days = [start + dt.timedelta(days=i) for i in range(count)]
    return [d for d in days if not is_day_off(d)] or [start]


def survey_round(team: DemoTeam, reads_as: Stage, start: dt.date, survey: Survey,
                 rng: random.Random) -> list[DemoResponse]:
    """60–80 % of the reps selling on ``start`` answer within ROUND_DAYS; a few anonymously."""
    days = _working_days(start, ROUND_DAYS)
    reps = sellers_on(team, start)
    chosen = sorted(rng.sample(reps, max(3, round(len(reps) * rng.uniform(0.6, 0.8)))), key=lambda m: m.employee_id)
    anonymous = set(rng.sample(range(len(chosen)), min(len(chosen) - 1, rng.randint(2, 3))))
    targets = SURVEY_TARGETS[reads_as]
    item_bias = {item.id: rng.gauss(0, 0.3) for item in survey.items}
    sheets: list[dict[str, int]] = []
    for _ in chosen:
        person = rng.gauss(0, 0.35)
        sheets.append({item.id: min(5, max(1, round(targets[item.stage] / 8 + person + item_bias[item.id]
                                                    + rng.gauss(0, 0.6)))) for item in survey.items})
    steer(sheets, reads_as, survey, rng)
    return [DemoResponse(rng.choice(days), None if index in anonymous else member.employee_id,
                         tuple((item.id, sheet[item.id]) for item in survey.items))
            for index, (member, sheet) in enumerate(zip(chosen, sheets, strict=True))]


def stage_means(sheets: Sequence[Mapping[str, int]], survey: Survey) -> dict[Stage, float]:
    totals = [stage_scores(survey, sheet) for sheet in sheets]
    return {stage: sum(t[stage] for t in totals) / len(totals) for stage in STAGES}


def steer(sheets: list[dict[str, int]], stage: Stage, survey: Survey, rng: random.Random) -> None:
    """Nudge single answers until the team means read clearly as ``stage``: at least CLEAR_SCORE + 0.5, every other
    stage more than 4 points lower (no transition) and below CLEAR_SCORE unless the combined rule keeps ``stage``."""
    items = {s: [i.id for i in survey.items if i.stage is s] for s in STAGES}
    absorbs = {Stage.STORMING: Stage.FORMING, Stage.PERFORMING: Stage.NORMING}.get(stage)
    for _ in range(10_000):
        means = stage_means(sheets, survey)
        if means[stage] < CLEAR_SCORE + 0.5:
            target, step = stage, 1
        else:
            too_high = [s for s in STAGES if s is not stage
                        and (means[s] > means[stage] - 4 or (means[s] >= CLEAR_SCORE - 0.5 and s is not absorbs))]
            if not too_high:
                reading = read_scores(means)
                assert reading.stage is stage and reading.clear and reading.transition is None
                return
            target, step = too_high[0], -1
        candidates = [(n, i) for n, sheet in enumerate(sheets) for i in items[target] if 1 <= sheet[i] + step <= 5]
        n, item = rng.choice(candidates)
        sheets[n][item] += step
    raise AssertionError("survey answers could not be steered")  # unreachable: each step moves a mean 1/n
