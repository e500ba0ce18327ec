"""Lifecycle data for the demo teams (core/demo/teams.py): stage-survey rounds, stage history and action plans,
consistent with the stage each team was built in.

* Survey: the newest round is answered by 60–80 % of the selling reps (a few anonymously) two to three weeks before
  ``as_of`` (the two-week-old team answers in its second week); its team means read as the built stage under
  ``core.lifecycle.survey.read_scores`` — clearly (≥ 32), no transition, no combined-stage rule pulling elsewhere.
  Older teams also have an earlier round that reads as their previous stage.
* History: accepted / confirmed diagnoses along the team's life (the norming team has one override with a reason),
  each with a stage mix, a confidence and a contradiction summary worded like the app's own (Chinese).
* Plans: one current plan per team, made ten days before ``as_of`` from its stage's playbook practices, with done,
  dropped, overdue and open actions; the performing team has an earlier plan whose open actions carried over.

The survey answers come from survey.py. Deterministic for ``seed`` + ``as_of`` (string seeds, like
activity.py). Plain data; store/demo/loader.py writes it.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coachdesk.core.demo.activity import DayRow
from coachdesk.core.demo.survey import ROUND_DAYS, DemoResponse, sellers_on, stage_means, survey_round
from coachdesk.core.demo.teams import DemoTeam
from coachdesk.core.lifecycle.actions import ActionStatus, draft_from_practice
from coachdesk.core.lifecycle.activity_signals import excess_swing
from coachdesk.core.lifecycle.playbook import OwnerRole, Playbook, default_playbook
from coachdesk.core.lifecycle.signals import Signal
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import default_survey
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.core.roster.model import Role

LANG = "zh"  # the demo's language
PLAN_AGE_DAYS = 10  # the current plan was made this long before as_of
# Signals a stage's plan starts from (the practices addressing them come first).
PLAN_FOCUS: dict[Stage, tuple[str, ...]] = {
    Stage.FORMING: ("new_hires_30d",),
    Stage.STORMING: ("call_volume_change", "deals_volatility"),
    Stage.NORMING: ("survey", "revenue_volatility"),
    Stage.PERFORMING: ("conversion_trend", "survey"),
}
OVERRIDE_REASON = ("上次问卷是人员调整期间填的，已不反映现状；近两个月签单平稳，小组目标由组员自己商定，"
                   "判断团队已进入安稳期。")
NOTES: dict[str, tuple[str, ...]] = {
    "done": ("已完成，组员反馈不错", "按时完成，纪要已发到团队群", "已落实，下周复盘效果", "完成，效果比预期好"),
    "dropped": ("与月底冲刺时间冲突，本期先不做", "和培训部的安排重复，取消"),
    "overdue": ("进度落后，本周内补上", "还没排出时间，需经理跟进", "只做了一半，卡在排班上"),
    "later": ("已排期，按计划推进", "下周一启动", "材料已准备好", ""),
    "carried": ("上期未完成，转入本期继续",),
}


@dataclass(frozen=True)
class DemoStageEntry:
    as_of: dt.date
    kind: str  # accepted / confirmed / overridden
    stage: Stage  # what the manager holds
    diagnosed_stage: Stage
    mix: tuple[float, float, float, float]  # forming, storming, norming, performing; sums to 1
    confidence: float
    contradiction_signal: str
    contradiction_summary: str
    reason: str = ""


@dataclass(frozen=True)
class DemoAction:
    practice_id: str
    title: str
    owner_role: str
    owner_employee_id: str | None
    due_on: dt.date
    status: ActionStatus
    notes: str
    closed_on: dt.date | None
    first_plan: int  # index of the plan it was made in (another plan's index: carried over)


@dataclass(frozen=True)
class DemoPlan:
    created_on: dt.date
    stage: Stage
    history_index: int | None  # the history entry it was made from
    contradiction_signal: str
    contradiction_summary: str
    notes: str
    actions: tuple[DemoAction, ...]  # in plan order, carried-over actions first


@dataclass(frozen=True)
class DemoLifecycle:
    responses: tuple[DemoResponse, ...]
    history: tuple[DemoStageEntry, ...]  # oldest first
    plans: tuple[DemoPlan, ...]  # oldest first; the last is the current plan


# ---------------------------------------------------------------- history


@dataclass(frozen=True)
class _Round:
    reads_as: Stage
    responses: list[DemoResponse]

    @property
    def last_day(self) -> dt.date:
        return max(r.answered_on for r in self.responses)


def _daily_totals(rows: Sequence[DayRow]) -> dict[dt.date, list[int]]:
    """day → [calls, connected, deals, revenue] for the team."""
    totals: dict[dt.date, list[int]] = {}
    for _eid, day, calls, connected, _talk, deals, revenue, _intent in rows:
        t = totals.setdefault(day, [0, 0, 0, 0])
        t[0] += calls
        t[1] += connected
        t[2] += deals
        t[3] += revenue
    return totals


def _window(totals: Mapping[dt.date, list[int]], day: dt.date, back: int, length: int) -> list[list[int]]:
    start = day - dt.timedelta(days=back)
    return [totals[d] for d in sorted(totals) if start <= d < start + dt.timedelta(days=length) and totals[d][0] > 0]


def _evidence(team: DemoTeam, day: dt.date, stage: Stage, totals: Mapping[dt.date, list[int]],
              latest_round: _Round | None) -> tuple[str, str]:
    """(signal, summary) for a history entry: the figures a diagnosis on ``day`` would have cited."""
    words = default_wording()

    def say(signal_id: str, finding: str, **params: object) -> str:
        return words.describe(Signal(signal_id, 0.0, finding, params=params), LANG)

    reps = sellers_on(team, day)
    if stage is Stage.FORMING:
        new = sum(1 for m in reps if (day - m.hired_on).days < 30)
        return "new_hires_30d", say("new_hires_30d", "many", new=new, reps=len(reps))
    if stage is Stage.STORMING:
        recent, before = _window(totals, day, 14, 14), _window(totals, day, 42, 28)
        if len(recent) >= 4 and len(before) >= 8:
            now, then = sum(d[0] for d in recent) / len(recent), sum(d[0] for d in before) / len(before)
            if now / then - 1 <= -0.15:
                return "call_volume_change", say("call_volume_change", "fell", change_pct=round((1 - now / then) * 100),
                                                 recent=round(now), before=round(then))
        start = day - dt.timedelta(days=90)
        left = sum(1 for m in team.members if m.role.sells and m.left_on is not None and start < m.left_on <= day)
        if left:
            headcount = (len(sellers_on(team, start)) + len(reps)) / 2
            return "turnover_90d", say("turnover_90d", "some", left=left, rate_pct=round(left / headcount * 100))
    if latest_round is not None and latest_round.reads_as is stage:
        survey = default_survey()
        means = stage_means([dict(r.answers) for r in latest_round.responses], survey)
        return "survey", say("survey", "clear", responses=len(latest_round.responses), stage=stage.value,
                             age_days=(day - latest_round.last_day).days, score=round(means[stage], 1))
    days = _window(totals, day, 28, 28)
    deals = sum(d[2] for d in days)
    if len(days) >= 8 and deals >= 2 * len(days):
        swing = excess_swing([float(d[2]) for d in days], [d[1] for d in days])
        evidence = say("deals_volatility", "steady", swing_pct=round(swing * 100), days=len(days),
                       per_day=round(deals / len(days), 1))
        return "deals_volatility", words.growth_summary(stage, evidence, LANG)
    months = round((day - team.formed_on).days / 30.4, 1)
    evidence = say("team_age", "growing" if stage is Stage.STORMING else "settled", months=months)
    return "team_age", words.growth_summary(stage, evidence, LANG)


def _mix(top: Stage, rng: random.Random) -> tuple[tuple[float, float, float, float], float]:
    """A plausible stage mix led by ``top`` (neighbouring stages share the rest) and its confidence."""
    weights = [math.exp(-1.1 * abs(s.order - top.order)) * rng.uniform(0.7, 1.3) for s in STAGES]
    weights[top.order] *= rng.uniform(1.4, 2.0)
    shares = [round(w / sum(weights), 4) for w in weights]
    shares[top.order] = round(1 - sum(v for i, v in enumerate(shares) if i != top.order), 4)
    first, second = sorted(shares, reverse=True)[:2]
    confidence = round(rng.uniform(0.7, 0.95) * (0.4 + 0.6 * (first - second) / first), 3)
    return (shares[0], shares[1], shares[2], shares[3]), confidence


# ---------------------------------------------------------------- plans


def _owner(team: DemoTeam, role: OwnerRole, turn: int) -> str | None:
    """The member who owns an action: the team's manager / trainer, or group leaders in turn (every third
    group-leader action is left to the role: each leader in their own group)."""
    wanted = {OwnerRole.MANAGER: Role.MANAGER, OwnerRole.TRAINER: Role.TRAINER}.get(role)
    if wanted is not None:
        return next((m.employee_id for m in team.members if m.role is wanted and m.left_on is None), None)
    leaders = [g.leader_employee_id for g in team.groups if g.leader_employee_id]
    return None if not leaders or turn % 3 == 2 else leaders[turn % len(leaders)]


def _pick_practices(playbook: Playbook, stage: Stage, count: int, skip: set[str]) -> list[str]:
    ids = [p.id for signal in PLAN_FOCUS[stage] for p in playbook.addressing(signal, stage)]
    ids += [p.id for p in playbook.for_stage(stage)]
    unique = [pid for pid in dict.fromkeys(ids) if pid not in skip]
    return unique[:count]


# Status pattern of a plan's new actions, in order: (status, when) — "overdue" and "later" are open.
CURRENT_PATTERN = ("done", "overdue", "done", "later", "dropped", "later")
EARLIER_PATTERN = ("done", "carried", "dropped", "done", "carried")


def _actions(team: DemoTeam, playbook: Playbook, stage: Stage, created: dt.date, as_of: dt.date, plan: int,
             pattern: Sequence[str], skip: set[str], rng: random.Random) -> list[DemoAction]:
    actions = []
    for turn, (pid, when) in enumerate(zip(_pick_practices(playbook, stage, len(pattern), skip), pattern,
                                           strict=False)):
        practice = playbook.get(pid)
        assert practice is not None
        draft = draft_from_practice(practice, created, LANG)
        due = draft.due_on or created
        closed = None
        if when == "overdue":
            due = min(due, as_of - dt.timedelta(days=rng.randint(1, 3)))
        elif when == "later":
            due = max(due, as_of + dt.timedelta(days=rng.randint(2, 7)))
        elif when in ("done", "dropped"):
            closed = min(as_of - dt.timedelta(days=1), created + dt.timedelta(days=rng.randint(2, 8)))
        status = {"done": ActionStatus.DONE, "dropped": ActionStatus.DROPPED}.get(when, ActionStatus.OPEN)
        actions.append(DemoAction(pid, draft.title, practice.owner.value, _owner(team, practice.owner, turn), due,
                                  status, rng.choice(NOTES[when]), closed, plan))
    return actions


def _plans(team: DemoTeam, stage: Stage, history: Sequence[DemoStageEntry], as_of: dt.date,
           rng: random.Random) -> list[DemoPlan]:
    playbook = default_playbook()
    created = [as_of - dt.timedelta(days=PLAN_AGE_DAYS)]
    if stage is Stage.PERFORMING:
        created.insert(0, as_of - dt.timedelta(days=38))
    plans: list[DemoPlan] = []
    carried: list[DemoAction] = []
    used: set[str] = set()  # a practice is picked once: a repeat of an earlier plan's practice carries over instead
    for index, day in enumerate(created):
        source = max((i for i, h in enumerate(history) if h.as_of <= day), default=None)
        entry = history[source] if source is not None else None
        current = index == len(created) - 1
        pattern = CURRENT_PATTERN if current else EARLIER_PATTERN
        new = _actions(team, playbook, stage, day, as_of, index, pattern, used, rng)
        used |= {a.practice_id for a in new}
        signal, summary = (entry.contradiction_signal, entry.contradiction_summary) if entry else ("", "")
        notes = "本期重点：" + "、".join(a.title for a in new[:2]) if current else ""
        plans.append(DemoPlan(day, stage, source, signal, summary, notes, (*carried, *new) if current else tuple(
            a for a in new if a.status is not ActionStatus.OPEN)))
        carried = [a for a in new if a.status is ActionStatus.OPEN]
    return plans


# ---------------------------------------------------------------- the team's story


def _previous(stage: Stage) -> Stage:
    return STAGES[max(0, stage.order - 1)]


def build_team_lifecycle(team: DemoTeam, seed: int, as_of: dt.date, activity: Sequence[DayRow]) -> DemoLifecycle:
    """Survey rounds, stage history and plans of one demo team; ``activity`` is its demo_activity rows."""
    rng = random.Random(f"coachdesk-demo-lifecycle:{seed}:{as_of.isoformat()}:{team.name}")
    stage = Stage(team.stage)
    survey = default_survey()
    formed, age = team.formed_on, (as_of - team.formed_on).days
    totals = _daily_totals(activity)

    # The newest round: two to three weeks ago (a two-week-old team answers in its second week).
    start = as_of - dt.timedelta(days=rng.randint(19, 21))
    if start < formed + dt.timedelta(days=8):
        start = min(formed + dt.timedelta(days=8), as_of - dt.timedelta(days=ROUND_DAYS))
    newest = _Round(stage, survey_round(team, stage, start, survey, rng))
    earlier: _Round | None = None
    if stage is not Stage.FORMING:
        back = rng.randint(135, 165) if age > 200 else age - rng.randint(18, 22)  # young: its first month
        earlier = _Round(_previous(stage), survey_round(team, _previous(stage), as_of - dt.timedelta(days=back),
                                                         survey, rng))

    # (day, kind, held stage, diagnosed stage)
    story: list[tuple[dt.date, str, Stage, Stage]] = []

    def after(answered: _Round) -> dt.date:
        return answered.last_day + dt.timedelta(days=rng.randint(1, 3))

    def at(days: int) -> dt.date:
        return formed + dt.timedelta(days=days)

    if stage is Stage.FORMING:
        story.append((as_of - dt.timedelta(days=PLAN_AGE_DAYS + 1), "accepted", stage, stage))
    elif stage is Stage.STORMING and earlier is not None:
        story += [(after(earlier), "accepted", Stage.FORMING, Stage.FORMING),
                  (after(newest), "accepted", stage, stage)]
    elif earlier is not None:
        leavers = sorted(m.left_on for m in team.members if m.left_on and 40 <= (m.left_on - formed).days <= 200)
        storming_day = leavers[0] + dt.timedelta(days=5) if leavers else at(110)
        story += [(at(21), "accepted", Stage.FORMING, Stage.FORMING),
                  (storming_day, "accepted", Stage.STORMING, Stage.STORMING)]
        if stage is Stage.NORMING:
            story += [(after(earlier), "confirmed", Stage.STORMING, Stage.STORMING),
                      (as_of - dt.timedelta(days=rng.randint(80, 100)), "overridden", stage, Stage.STORMING)]
        else:
            story += [(at(330), "accepted", Stage.NORMING, Stage.NORMING),
                      (after(earlier), "confirmed", Stage.NORMING, Stage.NORMING),
                      (as_of - dt.timedelta(days=40), "accepted", stage, stage)]
        story.append((after(newest), "confirmed", stage, stage))

    history = []
    rounds = [r for r in (earlier, newest) if r is not None]
    for day, kind, held, diagnosed in story:
        mix, confidence = _mix(diagnosed, rng)
        latest = max((r for r in rounds if r.last_day <= day), key=lambda r: r.last_day, default=None)
        signal, summary = _evidence(team, day, diagnosed, totals, latest)
        history.append(DemoStageEntry(day, kind, held, diagnosed, mix, confidence, signal, summary,
                                      OVERRIDE_REASON if kind == "overridden" else ""))
    responses = (earlier.responses if earlier else []) + newest.responses
    return DemoLifecycle(tuple(sorted(responses, key=lambda r: (r.answered_on, r.employee_id or ""))),
                         tuple(history), tuple(_plans(team, stage, history, as_of, rng)))


def build_lifecycle(teams: Sequence[DemoTeam], seed: int, as_of: dt.date,
                    activity: Mapping[str, Sequence[DayRow]]) -> dict[str, DemoLifecycle]:
    """Team name → its lifecycle data, for the teams of ``build_demo(seed, as_of)`` and their activity."""
    return {team.name: build_team_lifecycle(team, seed, as_of, activity.get(team.name, ())) for team in teams}
